// Lookup maps over the official referentials, built once (lazily) per process:
// @etalab/decoupage-administratif (communes, arrondissements municipaux, départements, régions)
// and codes-postaux (La Poste postcodes → INSEE commune codes).
import { createRequire } from 'node:module';
import { normalisePlaceName, withoutArticle } from './placeName.js';

const require = createRequire(import.meta.url);

interface RawCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  zone?: string;
  departement?: string;
  region?: string;
  commune?: string;
  chefLieu?: string;
  codesPostaux?: string[];
  population?: number;
}
interface RawPostcode {
  codePostal: string;
  codeCommune: string;
  nomCommune: string;
}
interface RawArea {
  code: string;
  nom: string;
  region?: string;
  zone?: string;
}

/** One commune (or Paris/Lyon/Marseille arrondissement) as the rest of the code sees it. */
export interface CommuneRef {
  insee: string;
  name: string;
  kind: 'commune' | 'arrondissement';
  departement: string;
  departementName: string;
  region: string;
  regionName: string;
  /** metro, drom (971–976) or com (Saint-Pierre-et-Miquelon, Saint-Barthélemy, Saint-Martin…). */
  zone: string;
  postcodes: string[];
  population?: number;
  /** For an arrondissement municipal: the city it belongs to (75056 Paris, 69123 Lyon, 13055 Marseille). */
  parent?: { insee: string; name: string };
}

export interface AreaRef {
  code: string;
  name: string;
}

export interface TerritoryIndex {
  communeByInsee: Map<string, CommuneRef>;
  communesByPostcode: Map<string, CommuneRef[]>;
  /** Normalised name → communes (current communes and arrondissements; former communes map to their current one). */
  communesByName: Map<string, CommuneRef[]>;
  /** Names of former (merged) communes → current communes, used only when no current name matches. */
  formerNames: Map<string, CommuneRef[]>;
  /** First words of big towns' names ("evry" → Évry-Courcouronnes), see lookupName. */
  shortNames: Map<string, CommuneRef[]>;
  departementByCode: Map<string, AreaRef & { region: string; zone: string }>;
  departementByName: Map<string, string>;
  regionByCode: Map<string, AreaRef>;
  regionByName: Map<string, string>;
  /** City INSEE → its arrondissements ordered by number. */
  arrondissementsOf: Map<string, CommuneRef[]>;
  nameKeys: string[];
  /** Name keys bucketed by first letter + length, so typo matching scans a few hundred keys. */
  nameKeysByBucket: Map<string, string[]>;
}

let cached: TerritoryIndex | undefined;

const SHORT_NAME_MIN_POPULATION = 20_000;
const NOT_A_SHORT_NAME = new Set(['le', 'la', 'les', 'l', 'saint', 'sainte', 'de', 'du', 'des', 'd', 'sur', 'sous', 'en', 'et', 'lez', 'les', 'aux', 'au']);

export function territoryIndex(): TerritoryIndex {
  cached ??= buildIndex();
  return cached;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function buildIndex(): TerritoryIndex {
  const communes = require('@etalab/decoupage-administratif/data/communes.json') as RawCommune[];
  const departements = require('@etalab/decoupage-administratif/data/departements.json') as RawArea[];
  const regions = require('@etalab/decoupage-administratif/data/regions.json') as RawArea[];
  const postcodes = require('codes-postaux/codes-postaux.json') as RawPostcode[];

  const regionByCode = new Map<string, AreaRef>();
  const regionByName = new Map<string, string>();
  for (const r of regions) {
    regionByCode.set(r.code, { code: r.code, name: r.nom });
    regionByName.set(normalisePlaceName(r.nom), r.code);
  }
  const departementByCode = new Map<string, AreaRef & { region: string; zone: string }>();
  const departementByName = new Map<string, string>();
  for (const d of departements) {
    departementByCode.set(d.code, { code: d.code, name: d.nom, region: d.region ?? d.code, zone: d.zone ?? 'metro' });
    const key = normalisePlaceName(d.nom);
    departementByName.set(key, d.code);
    const bare = withoutArticle(key);
    if (bare) departementByName.set(bare, d.code);
  }

  const communeByInsee = new Map<string, CommuneRef>();
  const make = (c: RawCommune, kind: CommuneRef['kind']): CommuneRef | undefined => {
    const dep = c.departement && departementByCode.get(c.departement);
    if (!dep) return undefined;
    return {
      insee: c.code,
      name: c.nom,
      kind,
      departement: dep.code,
      departementName: dep.name,
      region: dep.region,
      regionName: regionByCode.get(dep.region)?.name ?? dep.region,
      zone: c.zone ?? dep.zone,
      postcodes: [...(c.codesPostaux ?? [])],
      ...(c.population !== undefined ? { population: c.population } : {}),
    };
  };
  for (const c of communes) {
    if (c.type === 'commune-actuelle') {
      const ref = make(c, 'commune');
      if (ref) communeByInsee.set(c.code, ref);
    }
  }
  const arrondissementsOf = new Map<string, CommuneRef[]>();
  for (const c of communes) {
    if (c.type !== 'arrondissement-municipal') continue;
    const ref = make(c, 'arrondissement');
    const city = c.commune ? communeByInsee.get(c.commune) : undefined;
    if (!ref || !city) continue;
    ref.parent = { insee: city.insee, name: city.name };
    communeByInsee.set(c.code, ref);
    push(arrondissementsOf, city.insee, ref);
  }
  for (const list of arrondissementsOf.values()) list.sort((a, b) => a.insee.localeCompare(b.insee));

  const communesByPostcode = new Map<string, CommuneRef[]>();
  for (const p of postcodes) {
    const ref = communeByInsee.get(p.codeCommune);
    if (ref) {
      push(communesByPostcode, p.codePostal, ref);
      if (!ref.postcodes.includes(p.codePostal)) ref.postcodes.push(p.codePostal);
    }
  }
  // Postcodes the commune file knows but La Poste's list does not (rare), so both sources count.
  for (const ref of communeByInsee.values()) {
    for (const cp of ref.postcodes) {
      if (ref.kind === 'commune' && arrondissementsOf.has(ref.insee)) continue; // city-wide: arrondissements answer
      push(communesByPostcode, cp, ref);
    }
  }

  const communesByName = new Map<string, CommuneRef[]>();
  for (const ref of communeByInsee.values()) {
    const key = normalisePlaceName(ref.name);
    push(communesByName, key, ref);
    const bare = withoutArticle(key);
    if (bare) push(communesByName, bare, ref);
    if (ref.kind === 'arrondissement') {
      // "Paris 1er Arrondissement" → also "paris 1", "paris 1er", "paris 1e".
      const m = /^(.+?) (\d+)(?:er|e)? arrondissement$/.exec(key);
      if (m) for (const alias of [`${m[1]} ${m[2]}`, `${m[1]} ${m[2]}e`, `${m[1]} ${m[2]}eme`, `${m[1]} ${m[2]}er`]) push(communesByName, alias, ref);
    }
  }
  const formerNames = new Map<string, CommuneRef[]>();
  for (const c of communes) {
    if (c.type !== 'commune-deleguee' && c.type !== 'commune-associee') continue;
    const current = c.chefLieu ? communeByInsee.get(c.chefLieu) : undefined;
    if (!current) continue;
    const key = normalisePlaceName(c.nom);
    if (key === normalisePlaceName(current.name)) continue;
    push(formerNames, key, current);
    // "Évry" is now Évry-Courcouronnes: a former name competes with current homonyms (ranked by population).
    if (communesByName.has(key)) push(communesByName, key, current);
  }
  const shortNames = new Map<string, CommuneRef[]>();
  // Short names of big towns ("Évry" → Évry-Courcouronnes, "Clermont" → Clermont-Ferrand): they join
  // the homonyms of that name, and the population decides (dominantCommune) or the person is asked.
  for (const ref of communeByInsee.values()) {
    if (ref.kind !== 'commune' || (ref.population ?? 0) < SHORT_NAME_MIN_POPULATION) continue;
    const words = normalisePlaceName(ref.name).split(' ');
    for (let k = 1; k < words.length; k++) {
      const prefix = words.slice(0, k);
      if (prefix.every((w) => NOT_A_SHORT_NAME.has(w))) continue;
      if (NOT_A_SHORT_NAME.has(prefix[prefix.length - 1])) continue;
      push(shortNames, prefix.join(' '), ref);
    }
  }
  for (const list of communesByName.values()) list.sort((a, b) => (b.population ?? 0) - (a.population ?? 0));

  return {
    communeByInsee,
    communesByPostcode,
    communesByName,
    formerNames,
    departementByCode,
    departementByName,
    regionByCode,
    regionByName,
    arrondissementsOf,
    shortNames,
    nameKeys: [...communesByName.keys()],
    nameKeysByBucket: bucketKeys([...communesByName.keys()]),
  };
}

const maxPopulation = (list: CommuneRef[]) => list.reduce((m, c) => Math.max(m, c.population ?? 0), 0);

/**
 * Communes a normalised name may designate, most populated first: exact names (current, arrondissement,
 * former), joined by big towns whose name starts with it when those are 10 times bigger (Évry → Évry-Courcouronnes,
 * but Saint-Étienne stays Saint-Étienne despite Saint-Étienne-du-Rouvray).
 */
export function lookupName(key: string): CommuneRef[] {
  const idx = territoryIndex();
  const exact = idx.communesByName.get(key) ?? idx.formerNames.get(key) ?? [];
  const short = (idx.shortNames.get(key) ?? []).filter((c) => !exact.includes(c));
  if (short.length === 0) return exact;
  if (exact.length > 0 && maxPopulation(short) < 10 * maxPopulation(exact)) return exact;
  return [...exact, ...short].sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
}

export function nameBucket(key: string, length = key.length): string {
  return `${key[0]}:${length}`;
}

function bucketKeys(keys: string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const k of keys) push(out, nameBucket(k), k);
  return out;
}
