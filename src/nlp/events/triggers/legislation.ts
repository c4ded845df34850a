/**
 * Legislation: "a bill", "the draft law", "legislation", "ratified", "a resolution", and the
 * parliamentary verbs ("passed", "adopted", "approved", "voted", "introduced", "referred",
 * "extended") when a bill, law, resolution or extension is named close by.
 */
import { triggerExtractor } from '../trigger.js';

const PATTERN = /\b(?:(?<t>bills?|draft laws?|legislation|ratified|ratification|resolutions?)\b|(?<t2>passed|adopted|approved|voted|introduced|referred|extended)\b(?=[^.;]{0,40}\b(?:bill|law|resolution|amendments?|budget|legislation|martial law|mobili[sz]ation)\b))/gid;

export const legislationTrigger = triggerExtractor({ name: 'events/legislation', type: 'legislation', pattern: PATTERN });
