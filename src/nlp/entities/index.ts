/**
 * The entities stage: names of people, organisations, places (and works), their roles, and one
 * entity per actor within the report.
 *
 * extractors
 *   1. ner/perceptron@1     — the trained two-pass tagger over every sentence (body, headings, notes)
 *   2. entities/gazetteer   — known names from the word lists, wherever they stand capitalised
 *   3. entities/org-pattern — "Church of Scientology", "University of ...": institution word + of + name
 *   4. entities/east-asian-names — "Chan Siu-ming": a known family name + hyphenated given name
 *   5. entities/figure-surnames — "Putin" alone: a public figure's surname the tagger may not know
 * refiners (order matters)
 *   1. trim                 — spans start and end on name words ("the", "de", quotes, "L’" cut) first,
 *                             so that every later rule compares clean names
 *      currency-code        — "US$ 20,000": a code glued to a dollar sign is a currency, not a place;
 *                             after trim, which cut the span to the code
 *      coordination         — "Labour Party and Mary Tate" is two names (institution word before "and")
 *      coordinated-names    — "Northrop Grumman and Airbus" is two names when the report names each alone
 *      person-of            — "Mary Tate of the Civic Alliance" is a person and a body
 *      possessive-split     — "Green Party's Mary Tate" is a body and a person
 *                             (both after trim, before role-split and the typing rules)
 *   2. role-split           — a title inside a name splits it into organisation + role + person
 *      prefixed-person      — "NASA Tom Hale" is a body and a person; after role-split, which
 *                             handles "US Army Secretary Dan Brown" with its role
 *      portfolio-person     — "Minister of Education Anna Berg": the portfolio the tagger ran into the
 *                             name is part of the role; after role-split and prefixed-person
 *      person-place         — "Anna Berg of Sweden", "Holyfield in Atlanta" are a person and a place;
 *                             after role-split, which cuts the person out of "Council President ..."
 *   3. headings             — title-case headings keep only names confirmed elsewhere
 *   4. citation-titles      — so do the titles of reference entries
 *      nationality-body     — "Indonesian" + "Navy" (untagged) is one organisation; just before the
 *                             nationality filter, which would drop the adjective
 *   5. nationality          — "Russian", "the Europeans" are not entities
 *   6. known-names          — a name that is exactly a country, body, outlet or public figure takes
 *                             that type (after every rule that changes the span)
 *      crossing             — a tagger name running into a known multi-word name ends before it;
 *                             just before overlaps, which then sees two names side by side
 *   7. overlaps             — one mention per stretch of text: gazetteer vs tagger, longer vs shorter;
 *                             after the filters, so a dropped heading name cannot shadow a good one
 *      person-join          — "Trygve" + "Johannes Smidt" is one person; after overlaps, on final pieces
 *   8. adjacent             — "Kennedy" + "Space Center" is one name; after overlaps, before head-type
 *      org-link             — "... Foundation" + "for the" + "Performing Arts" is one organisation; with adjacent
 *      ampersand            — "Hartley" + "&" + "Crane", "A.G. Edwards & Sons" is one firm; with adjacent
 *      national-body        — "Saudi" + "Interior Ministry" is one name; after overlaps, so it
 *                             extends the final span
 *      place-body           — "US" + "Army" (no candidate) is one organisation; after overlaps, so
 *                             the words it takes are sure to belong to no other name
 *      city-region          — "from Irving, Texas": the name before ", <known region>" is a place,
 *                             whatever the tagger said (MISC) or left; after overlaps, so it sees
 *                             which words the final names hold
 *   9. head-type            — the words of the final span settle its type ("... Foundation", "... Center")
 *      event-names          — "... Science Fair", "... Festival" name events, not actors (a known
 *                             place or body they open with is kept); after head-type, which types
 *                             by the last word too
 *      given-name-person    — "Gladys Marsh" is a person whatever the tagger guessed; after head-type,
 *                             so institution words have spoken, and before person-names spreads it
 *      person-left          — "by Hugo" + "Lloris" is one person; after head-type and before
 *                             person-names spreads the full name
 *      company-descriptor   — "airline Ryanair", "the carmaker Daimler": a name right after a kind of
 *                             business is an organisation, and so are its other uses read as a
 *                             person; after the typing rules, before person-names spreads types
 *  10. person-names         — a full name read as a person once is a person everywhere; after head-type
 *      heading-type         — a heading's name takes the one type the prose gives it ("Texas student
 *                             ..."); after person-names, when the prose types are settled
 *      citation-roles       — the notes' outlets are organisations, their authors and translators
 *                             people, everywhere in the report; last of the typing rules, so that
 *                             the parsed entry has the final word
 *      dateline-agency      — "(Harbour Wire)" in a wire dateline is the agency: an organisation; with
 *                             citation-roles, for the same reason
 *  11. particles            — "von der" joins "Leyen" when "Ursula von der Leyen" is in the report
 *      affiliation-acronym  — "Mary Tate of NUJ": the acronym is an organisation; after person
 *                             spans are final (person-names), so it reads the final person names
 *  12. roles                — titles before, after or in brackets around a person's name; needs
 *                             final person spans
 *  13. nested-places        — "US" in "US National Science Foundation", "Texas" in "University of
 *                             Texas": a place inside an institution's name is a mention too; after
 *                             every rule that settles the outer spans, before grouping joins it
 *      nested-people        — "Andy Warhol" in "Andy Warhol Foundation" when the report names him
 *   then grouping, each rule joining clusters and recording why (grouping/):
 *  14. same-name            — the same name (case and diacritics folded) is one actor
 *  15. acronym              — "State Emergency Service of Ukraine (SESU)", initials
 *      short-name           — "the Rada" joins the one organisation whose name ends in it ("Verkhovna Rada")
 *  16. alias                — "X (alias Y)", "X, also known as Y"
 *  17. transliteration      — "Yuri"/"Yury Ushakov", "Rustem Umerov"/"Umarov" in one section
 *  18. surname              — "Witkoff" joins "Steve Witkoff"; after the full names are settled
 *      given-name           — "Andriy" alone joins the one person named "Andriy …"; after surname,
 *                             so a word that ends a full name is read as that surname first
 *  19. role-reference       — a later "the NATO Secretary General" is the person given that role; last,
 *                             when every person's roles are gathered in one cluster
 * commit: one entity per cluster, canonical name = fullest form; candidates still of type `other`
 *         (the tagger's MISC: events, nationalities) are not entities.
 */
import { defineStage, type Stage } from '../pipeline.js';
import type { Candidate } from './candidate.js';
import { commitEntities } from './commit.js';
import { gazetteerExtractor } from './extractors/gazetteer.js';
import { eastAsianNamesExtractor } from './extractors/east-asian-names.js';
import { figureSurnamesExtractor } from './extractors/figure-surnames.js';
import { orgPatternExtractor } from './extractors/org-pattern.js';
import { taggerExtractor } from './extractors/tagger.js';
import { acronymGrouping } from './grouping/acronym.js';
import { aliasGrouping } from './grouping/alias.js';
import { shortNameGrouping } from './grouping/short-name.js';
import { roleReferenceGrouping } from './grouping/role-reference.js';
import { sameNameGrouping } from './grouping/same-name.js';
import { givenNameGrouping } from './grouping/given-name.js';
import { surnameGrouping } from './grouping/surname.js';
import { transliterationGrouping } from './grouping/transliteration.js';
import { adjacentRefiner } from './refiners/adjacent.js';
import { personJoinRefiner } from './refiners/person-join.js';
import { citationRolesRefiner } from './refiners/citation-roles.js';
import { citationTitlesRefiner } from './refiners/citation-titles.js';
import { givenNamePersonRefiner } from './refiners/given-name-person.js';
import { coordinationRefiner } from './refiners/coordination.js';
import { coordinatedNamesRefiner } from './refiners/coordinated-names.js';
import { companyDescriptorRefiner } from './refiners/company-descriptor.js';
import { currencyCodeRefiner } from './refiners/currency-code.js';
import { personOfRefiner } from './refiners/person-of.js';
import { personPlaceRefiner } from './refiners/person-place.js';
import { possessiveSplitRefiner } from './refiners/possessive-split.js';
import { affiliationAcronymRefiner } from './refiners/affiliation-acronym.js';
import { prefixedPersonRefiner } from './refiners/prefixed-person.js';
import { portfolioPersonRefiner } from './refiners/portfolio-person.js';
import { headTypeRefiner } from './refiners/head-type.js';
import { eventNamesRefiner } from './refiners/event-names.js';
import { headingsRefiner } from './refiners/headings.js';
import { headingTypeRefiner } from './refiners/heading-type.js';
import { knownNamesRefiner } from './refiners/known-names.js';
import { nationalityRefiner } from './refiners/nationality.js';
import { nationalityBodyRefiner } from './refiners/nationality-body.js';
import { orgLinkRefiner } from './refiners/org-link.js';
import { datelineAgencyRefiner } from './refiners/dateline-agency.js';
import { ampersandRefiner } from './refiners/ampersand.js';
import { nationalBodyRefiner } from './refiners/national-body.js';
import { placeBodyRefiner } from './refiners/place-body.js';
import { cityRegionRefiner } from './refiners/city-region.js';
import { overlapsRefiner } from './refiners/overlaps.js';
import { crossingRefiner } from './refiners/crossing.js';
import { nestedPlacesRefiner } from './refiners/nested-places.js';
import { nestedPeopleRefiner } from './refiners/nested-people.js';
import { personNamesRefiner } from './refiners/person-names.js';
import { personLeftRefiner } from './refiners/person-left.js';
import { particlesRefiner } from './refiners/particles.js';
import { roleSplitRefiner } from './refiners/role-split.js';
import { rolesRefiner } from './refiners/roles.js';
import { trimRefiner } from './refiners/trim.js';

export const entitiesStage: Stage = defineStage<Candidate>({
  name: 'entities',
  extractors: [taggerExtractor, gazetteerExtractor, orgPatternExtractor, eastAsianNamesExtractor, figureSurnamesExtractor],
  refiners: [
    // spans and types
    trimRefiner,
    currencyCodeRefiner,
    coordinationRefiner,
    coordinatedNamesRefiner,
    personOfRefiner,
    possessiveSplitRefiner,
    roleSplitRefiner,
    prefixedPersonRefiner,
    portfolioPersonRefiner,
    personPlaceRefiner,
    headingsRefiner,
    citationTitlesRefiner,
    nationalityBodyRefiner,
    nationalityRefiner,
    knownNamesRefiner,
    crossingRefiner,
    overlapsRefiner,
    personJoinRefiner,
    adjacentRefiner,
    orgLinkRefiner,
    ampersandRefiner,
    nationalBodyRefiner,
    placeBodyRefiner,
    cityRegionRefiner,
    headTypeRefiner,
    eventNamesRefiner,
    givenNamePersonRefiner,
    personLeftRefiner,
    companyDescriptorRefiner,
    personNamesRefiner,
    headingTypeRefiner,
    citationRolesRefiner,
    datelineAgencyRefiner,
    particlesRefiner,
    affiliationAcronymRefiner,
    rolesRefiner,
    nestedPlacesRefiner,
    nestedPeopleRefiner,
    // one entity per actor
    sameNameGrouping,
    acronymGrouping,
    shortNameGrouping,
    aliasGrouping,
    transliterationGrouping,
    surnameGrouping,
    givenNameGrouping,
    roleReferenceGrouping,
  ],
  commit: commitEntities,
});
