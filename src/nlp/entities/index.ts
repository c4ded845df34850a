/**
 * The entities stage: names of people, organisations, places (and works), their roles, and one
 * entity per actor within the report.
 *
 * extractors
 *   1. ner/perceptron@1     — the trained two-pass tagger over every sentence (body, headings, notes)
 *   2. entities/gazetteer   — known names from the word lists, wherever they stand capitalised
 * refiners (order matters)
 *   1. trim                 — spans start and end on name words ("the", "de", quotes, "L’" cut) first,
 *                             so that every later rule compares clean names
 *   1. role-split           — a title inside a name splits it into organisation + role + person
 *   2. known-names          — a name that is exactly a country, body, outlet or public figure takes
 *                             that type (after trim and split, which change the span)
 *   3. headings             — title-case headings keep only names confirmed elsewhere
 *   4. citation-titles      — so do the titles of reference entries
 *   5. nationality          — "Russian", "the Europeans" are not entities
 *   6. overlaps             — one mention per stretch of text: gazetteer vs tagger, longer vs shorter;
 *                             after the filters, so a dropped heading name cannot shadow a good one
 *   7. roles                — titles before, after or in brackets around a person's name; needs
 *                             final person spans
 *   then grouping, each rule joining clusters and recording why (grouping/):
 *   8. same-name            — the same name (case and diacritics folded) is one actor
 *   9. acronym              — "National Anti-Corruption Bureau of Ukraine (NABU)", initials
 *  10. alias                — "X (alias Y)", "X, also known as Y"
 *  11. transliteration      — "Yuri"/"Yury Ushakov", "Rustem Umerov"/"Umarov" in one section
 *  12. surname              — "Witkoff" joins "Steve Witkoff"; after the full names are settled
 * commit: one entity per cluster, canonical name = fullest form.
 */
import { defineStage, type Stage } from '../pipeline.js';
import type { Candidate } from './candidate.js';
import { commitEntities } from './commit.js';
import { gazetteerExtractor } from './extractors/gazetteer.js';
import { taggerExtractor } from './extractors/tagger.js';
import { citationTitlesRefiner } from './refiners/citation-titles.js';
import { headingsRefiner } from './refiners/headings.js';
import { nationalityRefiner } from './refiners/nationality.js';
import { overlapsRefiner } from './refiners/overlaps.js';
import { roleSplitRefiner } from './refiners/role-split.js';
import { rolesRefiner } from './refiners/roles.js';
import { trimRefiner } from './refiners/trim.js';
import { knownNamesRefiner } from './refiners/known-names.js';
import { acronymGrouping } from './grouping/acronym.js';
import { aliasGrouping } from './grouping/alias.js';
import { sameNameGrouping } from './grouping/same-name.js';
import { surnameGrouping } from './grouping/surname.js';
import { transliterationGrouping } from './grouping/transliteration.js';

export const entitiesStage: Stage = defineStage<Candidate>({
  name: 'entities',
  extractors: [taggerExtractor, gazetteerExtractor],
  refiners: [
    trimRefiner, roleSplitRefiner, knownNamesRefiner, headingsRefiner, citationTitlesRefiner, nationalityRefiner, overlapsRefiner,
    rolesRefiner, sameNameGrouping, acronymGrouping, aliasGrouping, transliterationGrouping, surnameGrouping,
  ],
  commit: commitEntities,
});
