/**
 * Appointments: "appointed", "an appointment", "nominated", "named as / named the new …",
 * "named Denys Shmyhal, the former prime minister, as defence minister",
 * "will name a new chief of staff", "took his place", "replaced", "succeeded".
 */
import { triggerExtractor } from '../trigger.js';

const PATTERN = /\b(?<t>appoint(?:ed|s|ment)?|nominat(?:ed|ion)|named(?= (?:as|to|him|her|the new|a new)\b)|named(?= \p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}(?:, [^,.;]{1,60},)? as\b)|name(?= (?:a|the|his|her) (?:new|successor)\b)|took (?:his|her|their) place|replaced|succeeded)\b/gidu;

export const appointmentTrigger = triggerExtractor({ name: 'events/appointment', type: 'appointment', pattern: PATTERN });
