/**
 * entities/head-type: the words a name is built from can settle its type against the tagger's
 * guess. A "person" holding an organisation word after its first word is an organisation
 * ("Ada Lovelace Foundation for the Sciences", "Johnson Controls", "Hartley & Crane"), and so
 * is a "place" that goes on with one ("United States Navy", "New Zealand Herald"); a name ending in a facility word is a place
 * ("Johnson Space Center", "Intercontinental Hotel", "Museum of Flight" by its first word); a
 * person or place that opens with a Spanish, Portuguese, Italian, French or German institution
 * word is an organisation ("Banco Santander", "Istituto Galilei");
 * a name ending in a place word is a place ("Odessa Oblast", "Baltic Sea"), except a district named
 * for a service ("Dallas Independent School District": the body that runs it); a name ending in a
 * document word is a work ("National Security Strategy", "Minsk Agreement").
 */
import type { Refiner } from '../../pipeline.js';
import { ORG_HEADS } from '../../lexicon/organizations.js';
import { PLACE_HEADS } from '../../lexicon/places.js';
import type { Candidate } from '../candidate.js';
import { gazetteerCategories, GAZ } from '../gazetteer.js';

/** Gazetteer categories of places: a known place name ("West Bank") keeps its type. */
const KNOWN_PLACE = (1 << GAZ.country) | (1 << GAZ.city) | (1 << GAZ.region);

/** Institution words that open names in Spanish, Portuguese, Italian, French and German (public facts of those languages). */
const FIRST_ORG = new Set([
  'banco', 'banca', 'banque', 'partido', 'partito', 'parti', 'instituto', 'istituto', 'institut', 'universidad',
  'universidade', 'università', 'universita', 'université', 'universite', 'universität', 'universitat', 'fundación',
  'fundacion', 'fundação', 'fondazione', 'fondation', 'stiftung', 'ministerio', 'ministero', 'ministère', 'ministerium',
  'comité', 'comitato', 'consejo', 'consiglio', 'conseil', 'sociedad', 'società', 'societa', 'société', 'societe',
  'compañía', 'compagnia', 'compagnie', 'grupo', 'gruppo', 'groupe', 'movimento', 'movimiento', 'mouvement',
  'liceo', 'colegio', 'collegio', 'escuela', 'scuola', 'école', 'ecole', 'asociación', 'associazione', 'associação',
  'federación', 'federazione', 'fédération', 'confederación', 'confederazione', 'sindicato', 'sindacato', 'syndicat',
  'agencia', 'agenzia', 'agence', 'tribunale', 'corte', 'cour', 'gobierno', 'governo', 'gouvernement',
  'frente', 'fronte', 'unión', 'unione', 'verband', 'verein', 'bundesamt', 'bundesbank',
]);
const ORG = new Set(ORG_HEADS.concat([
  'program', 'programme', 'project', 'initiative', 'church', 'fund', 'council', 'sa', 'ag', 'nv', 'bv', 'spa', 'gmbh',
  'bros', 'bros.', 'communications', 'pharmaceuticals', 'cement', 'copper', 'cables', 'controls', 'medical', 'motors',
  'industries', 'holdings', 'systems', 'technologies', 'electric', 'energy', 'oil', 'airways', 'telecom', 'steel',
  'mining', 'insurance', 'securities', 'capital', 'partners', 'investments', 'resources', 'petroleum', 'chemicals',
  'foods', 'entertainment', 'media', 'pictures', 'records', 'software', 'electronics', 'financial', 'ventures',
  'herald', 'tribune', 'gazette', 'magazine', 'chronicle', 'observer', 'telegraph', 'daily', 'navy',
]));
export const FACILITY: ReadonlySet<string> = new Set([
  'center', 'centre', 'hall', 'hotel', 'museum', 'airport', 'stadium', 'arena', 'tower', 'towers', 'mosque',
  'cathedral', 'bridge', 'square', 'park', 'station', 'port', 'base', 'prison', 'hospital', 'embassy',
  'memorial', 'monument', 'planetarium', 'road', 'cave', 'temple', 'zoo', 'complex', 'course', 'racecourse',
  'speedway', 'raceway', 'racetrack', 'ballpark', 'velodrome', 'lighthouse',
]);
/** Last words of the names of documents, plans and agreements: works, not actors. */
const WORK = new Set([
  'strategy', 'plan', 'act', 'treaty', 'agreement', 'accord', 'accords', 'doctrine', 'charter', 'convention',
  'protocol', 'memorandum', 'declaration', 'resolution', 'bill', 'directive', 'communique', 'report',
]);
/** Services a district of that name is run for: the district is the body that runs it. */
const SERVICE_DISTRICT = new Set(['school', 'water', 'sanitation', 'transit', 'utility', 'irrigation', 'hospital', 'library']);
const PLACE = new Set(PLACE_HEADS.filter((w) => !['state', 'republic', 'city', 'county'].includes(w)));

export const headTypeRefiner: Refiner<Candidate> = {
  name: 'entities/head-type',
  refine(doc, candidates) {
    return candidates.map((c) => {
      const text = doc.text.slice(c.start, c.end);
      const words = text.split(/\s+/).map((w) => w.toLowerCase());
      if (words.length < 2) return c;
      const last = words[words.length - 1]!;
      let type = c.type;
      if (c.type === 'person' && (words.slice(1).some((w) => ORG.has(w)) || words.includes('&'))) type = 'organization';
      // "United States Navy", "New Zealand Herald": a place name followed by an institution word.
      if (c.type === 'place' && words.slice(1).some((w) => ORG.has(w) && !FACILITY.has(w)) && !(gazetteerCategories(text) & KNOWN_PLACE)) type = 'organization';
      // "Banco Santander", "Partido Popular", "Istituto Galilei": Romance and German names open with the institution word
      if (FIRST_ORG.has(words[0]!) && (c.type === 'person' || c.type === 'place')) type = 'organization';
      if (WORK.has(last) && c.type !== 'person') return { ...c, type: 'work' as const };
      if (FACILITY.has(last) || (words[0] === 'museum' && words[1] === 'of')) type = 'place';
      // "Dallas Independent School District", "Metropolitan Water District": a district that a
      // school board or a utility runs is that body.
      else if (last === 'district' && SERVICE_DISTRICT.has(words[words.length - 2]!)) type = 'organization';
      else if (PLACE.has(last) && c.type !== 'person') type = 'place';
      return type === c.type ? c : { ...c, type };
    });
  },
};
