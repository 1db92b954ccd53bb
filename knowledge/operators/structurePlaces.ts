// Where a structure is, read from its name when the data has nothing else (names and départements
// only): « France Travail LILLE VAUCANSON » is in Lille, « Paris 1 2 3 4ème Paul Lelong » in those
// arrondissements, « Mission locale de l'arrondissement de Château-Thierry » serves that district.
// Only communes of the structure's own département are considered. Pure apart from the referentials.
import type { OperatorType } from '../model/operatorType.js';
import { arrondissementNamed } from '../territory/administrativeGeography.js';
import { normalisePlaceName } from '../territory/placeName.js';
import { territoryIndex, type CommuneRef } from '../territory/territoryIndex.js';

export interface StructurePlaces {
  /** INSEE codes of the communes (or Paris/Lyon/Marseille arrondissements) the name places it in. */
  communes: string[];
  /** Arrondissements (sub-prefecture districts) the name says it serves. */
  arrondissements: string[];
}

/** Words of operator names that are never a commune on their own, even if a tiny commune bears them. */
const GENERIC_WORDS = new Set(
  (
    'mission missions locale locales france travail agence agences pole emploi relais specialisee specialise ml mli maison ' +
    'service services jeunes jeunesse pour les des de du la le l d et en sur sous aux au pays bassin centre nord sud est ouest ' +
    'val vallee metropole metropolitaine ville gare siege insertion formation rurale plateau territoires territoire cote ' +
    'avenir accueil information orientation cap reussir intercommunale communale itineraire entreprendre ensemble placement artistes'
  ).split(' '),
);

interface Candidates {
  /** `département|first word` → [normalised name, commune], for prefix matches ("aix" → Aix-en-Provence). */
  byFirstWord: Map<string, Array<[string, CommuneRef]>>;
}
let cached: Candidates | undefined;

function candidates(): Candidates {
  if (cached) return cached;
  const idx = territoryIndex();
  const byFirstWord = new Map<string, Array<[string, CommuneRef]>>();
  for (const c of idx.communeByInsee.values()) {
    if (c.kind !== 'commune') continue;
    const name = normalisePlaceName(c.name);
    const key = `${c.departement}|${name.split(' ')[0]}`;
    const list = byFirstWord.get(key) ?? [];
    list.push([name, c]);
    byFirstWord.set(key, list);
  }
  cached = { byFirstWord };
  return cached;
}

function exactCommune(key: string, departement: string): CommuneRef | undefined {
  const idx = territoryIndex();
  const list = [...(idx.communesByName.get(key) ?? []), ...(idx.formerNames.get(key) ?? [])].filter((c) => c.departement === departement && c.kind === 'commune');
  return list[0];
}

/** A commune of the département whose name starts with these words, when only one does. */
function prefixCommune(key: string, departement: string): CommuneRef | undefined {
  if (key.length < 3) return undefined;
  const found = (candidates().byFirstWord.get(`${departement}|${key.split(' ')[0]}`) ?? []).filter(([n]) => n.startsWith(`${key} `));
  const distinct = new Set(found.map(([, c]) => c.insee));
  return distinct.size === 1 ? found[0][1] : undefined;
}

const ARRONDISSEMENT_NUMBER = /^(\d{1,2})(?:e|eme|er|ere)?$/;

/** "paris 7 8 9eme" → the 7th, 8th and 9th arrondissements, with how many tokens were read. */
function arrondissementNumbers(city: CommuneRef, tokens: string[], from: number): { codes: string[]; next: number } {
  const list = territoryIndex().arrondissementsOf.get(city.insee);
  const codes: string[] = [];
  let i = from;
  if (!list) return { codes, next: i };
  while (i < tokens.length) {
    const m = ARRONDISSEMENT_NUMBER.exec(tokens[i]);
    if (m) {
      const arr = list[Number(m[1]) - 1];
      if (arr) codes.push(arr.insee);
      i++;
    } else if (tokens[i] === 'et' && i + 1 < tokens.length && ARRONDISSEMENT_NUMBER.test(tokens[i + 1])) i++;
    else break;
  }
  return { codes, next: i };
}

const MAX_WORDS = 7;
/** Below this, a commune whose name merely starts with a word of the structure's name is a homonym. */
const SHORT_NAME_MIN_POPULATION = 15_000;

/**
 * Places named in a structure's name. France Travail agencies are named « VILLE QUARTIER »: once
 * the first word(s) name a commune the rest is a quarter, not another commune. Other names may
 * list several communes (« ML Bron Décines Meyzieu »).
 */
export function placesInStructureName(name: string, departement: string | undefined, type?: OperatorType): StructurePlaces {
  const out: StructurePlaces = { communes: [], arrondissements: [] };
  if (!departement) return out;
  const tokens = normalisePlaceName(name).split(' ').filter(Boolean);
  // « arrondissement de Château-Thierry »: the district, when the département has one of that name.
  for (let i = 0; i < tokens.length - 1; i++) {
    if (tokens[i] !== 'arrondissement' || !['de', 'd'].includes(tokens[i + 1])) continue;
    for (let len = Math.min(MAX_WORDS, tokens.length - i - 2); len >= 1; len--) {
      const code = arrondissementNamed(departement, tokens.slice(i + 2, i + 2 + len).join(' '));
      if (code) {
        out.arrondissements.push(code);
        break;
      }
    }
  }
  const firstContent = tokens.findIndex((t) => !GENERIC_WORDS.has(t));
  // « Mission locale du Gers », « Sud Gironde »: the département's name, not a small homonymous commune
  // (agencies are named after towns: « France Travail MAYENNE » is in Mayenne; Paris is Paris).
  const departementName = normalisePlaceName(territoryIndex().departementByCode.get(departement)?.name ?? '');
  const namesDepartement = (words: string[]) =>
    type !== 'france_travail' && words.join(' ') === departementName && (exactCommune(departementName, departement)?.population ?? 0) < SHORT_NAME_MIN_POPULATION;
  let i = 0;
  while (i < tokens.length) {
    let matched: { commune: CommuneRef; len: number } | undefined;
    for (let len = Math.min(MAX_WORDS, tokens.length - i); len >= 1 && !matched; len--) {
      const words = tokens.slice(i, i + len);
      if (len === 1 && (GENERIC_WORDS.has(words[0]) || words[0].length < 3 || /^\d+/.test(words[0]))) continue;
      if (GENERIC_WORDS.has(words[0]) && words.every((w) => GENERIC_WORDS.has(w))) continue;
      if (namesDepartement(words)) continue;
      const commune = exactCommune(words.join(' '), departement);
      if (commune) matched = { commune, len };
    }
    // Short names: agencies abbreviate their city at the start (« AIX GALICE », « LA ROCHE SUD »);
    // elsewhere only a town's usual short name (« Evry », « Conflans »), not a small homonym (« Lys »).
    const leading = type === 'france_travail' && i <= firstContent;
    for (let len = Math.min(MAX_WORDS, tokens.length - i); len >= 1 && !matched; len--) {
      const words = tokens.slice(i, i + len);
      if (words.every((w) => GENERIC_WORDS.has(w)) || words[0].length < 2 || /^\d/.test(words[0]) || namesDepartement(words)) continue;
      const commune = prefixCommune(words.join(' '), departement);
      if (commune && (leading || (commune.population ?? 0) >= SHORT_NAME_MIN_POPULATION)) matched = { commune, len };
    }
    if (!matched) {
      i++;
      continue;
    }
    const numbers = arrondissementNumbers(matched.commune, tokens, i + matched.len);
    const codes = numbers.codes.length ? numbers.codes : [matched.commune.insee];
    for (const c of codes) if (!out.communes.includes(c)) out.communes.push(c);
    if (type === 'france_travail' && i === firstContent) break;
    i = numbers.next;
  }
  return out;
}
