/**
 * A reporting verb inside the source phrase of an "according to" describes that source, it
 * reports nothing of its own: in "according to two people who saw the new text", "saw" tells
 * who the people are. Such a claim is dropped; the claim the phrase is the source of stays.
 * Only "according to" phrases count: their extent is certain (the phrase after the cue), while
 * a subject read backwards from a verb may run too far.
 */
import type { Refiner } from '../../pipeline.js';
import type { AttributionCandidate } from '../candidate.js';
import { narrowestCover } from '../../text/cover.js';

export const cueInSourceRefiner: Refiner<AttributionCandidate> = {
  name: 'attribution/cue-in-source',
  refine(_doc, cs) {
    const sources = cs.filter((c) => c.who !== null && c.rule === 'attribution/according-to').map((c) => c.who!);
    if (sources.length === 0) return cs;
    const cover = narrowestCover(sources);
    return cs.filter((c) => c.kind !== 'claim' || c.cue === null || cover(c.cue.start, c.cue.end) === undefined);
  },
};
