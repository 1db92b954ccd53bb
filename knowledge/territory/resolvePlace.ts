// Postcode, town name or département → commune(s) → département → région. Every answer says
// whether it is resolved, ambiguous (the dialog asks which) or unknown (with a French message).
import type { Place } from './place.js';
import { boundedEditDistance } from '../shared/frenchText.js';
import { normalisePlaceName } from './placeName.js';
import { lookupName, nameBucket, territoryIndex, type CommuneRef } from './territoryIndex.js';

export type { CommuneRef } from './territoryIndex.js';

export type TerritoryResult =
  | { kind: 'commune'; commune: CommuneRef; place: Place; postcode?: string; correctedFrom?: string }
  | {
      kind: 'ambiguous';
      reason: 'postcode_several_communes' | 'homonyms';
      query: string;
      /** Candidates, most populated first (at most MAX_CANDIDATES). */
      candidates: CommuneRef[];
      total: number;
      /** What is certain anyway (e.g. all candidates share a département). */
      common: Place;
      /** French question the dialog can ask as is. */
      question: string;
    }
  | { kind: 'departement'; departement: string; departementName: string; region: string; regionName: string; place: Place }
  | { kind: 'region'; region: string; regionName: string; place: Place }
  | { kind: 'unknown'; reason: 'postcode_unknown' | 'postcode_invalid' | 'name_unknown' | 'departement_unknown'; query: string; message: string };

export const MAX_CANDIDATES = 8;

/** Profile place of a commune (arrondissements keep their own INSEE code; the directory maps them to the city). */
export function placeOfCommune(c: CommuneRef, postcode?: string): Place {
  const place: Place = { communeInsee: c.insee, communeName: c.name, departement: c.departement, region: c.region };
  const cp = postcode ?? (c.postcodes.length === 1 ? c.postcodes[0] : undefined);
  if (cp) place.postcode = cp;
  return place;
}

export function communeByInsee(insee: string): CommuneRef | undefined {
  return territoryIndex().communeByInsee.get(insee.trim().toUpperCase());
}

function label(c: CommuneRef): string {
  return `${c.name} (${c.departementName}, ${c.departement})`;
}

function commonPlace(list: CommuneRef[]): Place {
  const place: Place = {};
  // Postcodes shared by arrondissements of one city (13013 → Marseille 12e/13e/14e): the city is certain.
  const parent = list[0].parent;
  if (parent && list.every((c) => c.parent?.insee === parent.insee)) {
    place.communeInsee = parent.insee;
    place.communeName = parent.name;
  }
  if (list.every((c) => c.departement === list[0].departement)) place.departement = list[0].departement;
  if (list.every((c) => c.region === list[0].region)) place.region = list[0].region;
  return place;
}

function ambiguous(reason: 'postcode_several_communes' | 'homonyms', query: string, all: CommuneRef[], postcode?: string): TerritoryResult {
  const sorted = [...all].sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  const candidates = sorted.slice(0, MAX_CANDIDATES);
  const common = commonPlace(all);
  if (postcode) common.postcode = postcode;
  const question =
    reason === 'postcode_several_communes'
      ? `Le code postal ${query} correspond à plusieurs communes. Laquelle est la vôtre ? ${candidates.map((c) => c.name).join(', ')}${all.length > candidates.length ? '…' : ''}`
      : `Il existe plusieurs communes nommées « ${candidates[0].name} ». Laquelle est la vôtre ? ${candidates.map(label).join(' ; ')}${all.length > candidates.length ? '…' : ''}`;
  return { kind: 'ambiguous', reason, query, candidates, total: all.length, common, question };
}

export function resolvePostcode(raw: string): TerritoryResult {
  const query = raw.replace(/\s+/g, '').trim();
  if (!/^\d{5}$/.test(query)) {
    return { kind: 'unknown', reason: 'postcode_invalid', query, message: `« ${raw.trim()} » n'est pas un code postal : il faut 5 chiffres, par exemple 69003.` };
  }
  const list = territoryIndex().communesByPostcode.get(query) ?? [];
  if (list.length === 0) {
    return { kind: 'unknown', reason: 'postcode_unknown', query, message: `Je ne trouve pas le code postal ${query}. Pouvez-vous le vérifier, ou me donner le nom de votre commune ?` };
  }
  if (list.length === 1) return { kind: 'commune', commune: list[0], place: placeOfCommune(list[0], query), postcode: query };
  return ambiguous('postcode_several_communes', query, list, query);
}

export function resolveDepartement(raw: string): TerritoryResult {
  const idx = territoryIndex();
  let code = raw.trim().toUpperCase();
  if (/^\d$/.test(code)) code = `0${code}`;
  let dep = idx.departementByCode.get(code);
  if (!dep) {
    const byName = idx.departementByName.get(normalisePlaceName(raw));
    if (byName) dep = idx.departementByCode.get(byName);
  }
  if (!dep && code === '20') {
    return {
      kind: 'unknown',
      reason: 'departement_unknown',
      query: raw,
      message: 'La Corse compte deux départements : la Corse-du-Sud (2A) et la Haute-Corse (2B). Lequel est le vôtre ?',
    };
  }
  if (!dep) return { kind: 'unknown', reason: 'departement_unknown', query: raw, message: `Je ne connais pas le département « ${raw.trim()} ». Pouvez-vous me donner votre code postal ?` };
  const region = idx.regionByCode.get(dep.region);
  return {
    kind: 'departement',
    departement: dep.code,
    departementName: dep.name,
    region: dep.region,
    regionName: region?.name ?? dep.region,
    place: { departement: dep.code, region: dep.region },
  };
}

export function resolveRegion(raw: string): TerritoryResult | undefined {
  const idx = territoryIndex();
  const code = idx.regionByName.get(normalisePlaceName(raw));
  if (!code) return undefined;
  return { kind: 'region', region: code, regionName: idx.regionByCode.get(code)!.name, place: { region: code } };
}

/**
 * Among homonyms, the commune people almost always mean: at least 10 times the population of all
 * the others together (Montreuil 93 vs small Montreuils). The dialog's reformulation lets the person correct it.
 */
export function dominantCommune(list: CommuneRef[]): CommuneRef | undefined {
  if (list.length === 1) return list[0];
  const sorted = [...list].sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  const others = sorted.slice(1).reduce((n, c) => n + (c.population ?? 0), 0);
  return (sorted[0].population ?? 0) >= 10 * Math.max(others, 1) ? sorted[0] : undefined;
}

function fromList(query: string, list: CommuneRef[], correctedFrom?: string): TerritoryResult {
  const one = dominantCommune(list);
  if (one) {
    const r: TerritoryResult = { kind: 'commune', commune: one, place: placeOfCommune(one) };
    if (correctedFrom) r.correctedFrom = correctedFrom;
    return r;
  }
  return ambiguous('homonyms', query, list);
}

/** Exact lookup on the normalised name (current communes, arrondissements, then former communes). */
export function communesNamed(raw: string): CommuneRef[] {
  return lookupName(normalisePlaceName(raw));
}

/** Typo tolerance: 1 edit for names of 5–8 letters, 2 from 9; only a unique closest name is accepted. */
export function closestCommuneName(raw: string): string | undefined {
  const key = normalisePlaceName(raw);
  if (key.length < 5) return undefined;
  const max = key.length >= 9 ? 2 : 1;
  let best: string | undefined;
  let bestD = max + 1;
  let tie = false;
  const idx = territoryIndex();
  const keys: string[] = [];
  for (let len = key.length - max; len <= key.length + max; len++) keys.push(...(idx.nameKeysByBucket.get(nameBucket(key, len)) ?? []));
  for (const k of keys) {
    const d = boundedEditDistance(key, k, max);
    if (d < bestD) {
      bestD = d;
      best = k;
      tie = false;
    } else if (d === bestD && d <= max) {
      // Same distance: keep the most populated commune name when one clearly dominates.
      const pb = territoryIndex().communesByName.get(best!)?.[0]?.population ?? 0;
      const pk = territoryIndex().communesByName.get(k)?.[0]?.population ?? 0;
      if (pk > pb * 10) best = k;
      else if (pb <= pk * 10) tie = true;
    }
  }
  return bestD <= max && !tie ? best : undefined;
}

export function resolveTownName(raw: string, options: { fuzzy?: boolean } = {}): TerritoryResult {
  const query = raw.trim();
  const exact = communesNamed(query);
  if (exact.length > 0) return fromList(query, exact);
  if (options.fuzzy !== false) {
    const close = closestCommuneName(query);
    if (close) return fromList(query, lookupName(close), query);
  }
  return { kind: 'unknown', reason: 'name_unknown', query, message: `Je ne trouve pas la commune « ${query} ». Pouvez-vous me donner votre code postal ?` };
}

/** Whatever the person typed as a place: a postcode, a département number, or a town name. */
export function resolvePlace(raw: string): TerritoryResult {
  const t = raw.trim();
  if (/^\d{5}$/.test(t.replace(/\s+/g, ''))) return resolvePostcode(t);
  if (/^(\d{1,3}|2[abAB])$/.test(t)) return resolveDepartement(t);
  if (/^\d+$/.test(t)) return resolvePostcode(t);
  // A département or region name wins over a homonymous small commune ("Bretagne", "Savoie").
  const idx = territoryIndex();
  const key = normalisePlaceName(t);
  if (idx.departementByName.has(key) && key !== 'paris') return resolveDepartement(t);
  const region = resolveRegion(t);
  if (region) return region;
  return resolveTownName(t);
}

/** Completes a profile place (e.g. only a postcode or an INSEE code) from the referentials. */
export function completePlace(place: Place): { place: Place; result?: TerritoryResult } {
  if (place.communeInsee) {
    const c = communeByInsee(place.communeInsee);
    if (c) return { place: { ...placeOfCommune(c, place.postcode), ...place, departement: c.departement, region: c.region } };
  }
  if (place.postcode) {
    const r = resolvePostcode(place.postcode);
    if (r.kind === 'commune') return { place: { ...place, ...r.place }, result: r };
    if (r.kind === 'ambiguous') return { place: { ...place, ...r.common }, result: r };
    return { place, result: r };
  }
  if (place.departement && !place.region) {
    const r = resolveDepartement(place.departement);
    if (r.kind === 'departement') return { place: { ...place, region: r.region }, result: r };
    return { place, result: r };
  }
  return { place };
}
