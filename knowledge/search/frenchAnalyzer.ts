// French text analysis shared by the lexical index, the trained embeddings and the evaluation:
// folding, elisions, stop words, gender normalisation, Snowball stemming and synonym expansion.
import { createRequire } from 'node:module';
import synonymTable from './synonyms.fr.json' with { type: 'json' };
import brandTable from './brands.fr.json' with { type: 'json' };
import { splitLigatures, stripAccents, unifyApostrophes } from '../shared/frenchText.js';

const require = createRequire(import.meta.url);
const snowball = require('snowball-stemmers') as { newStemmer(lang: string): { stem(w: string): string } };
const stemmer = snowball.newStemmer('french');

/** Longest query we analyse; longer input is cut (a 2,000-char paste must not cost seconds). */
export const MAX_QUERY_CHARS = 512;

/** Lower case, no accents, ligatures split, typographic apostrophes unified. */
export function foldText(text: string): string {
  return stripAccents(unifyApostrophes(splitLigatures(text.toLowerCase())), 'latinCombining');
}

// Function words, plus what people say around a job title in a chat or on the phone ("je voudrais
// devenir…", "euh", "ben"). They carry no trade meaning and would match definitions at random.
const STOP_WORDS = new Set(
  (
    'a au aux avec ce ces cet cette ceci cela ca dans de des du elle elles en et eux il ils je la le les leur leurs lui ' +
    'ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta te tes toi ton ' +
    'tu un une vos votre vous c d j l m n s t y est sont suis es etre ai as avait avoir ont fait faire ete tres plus ' +
    'peu bien tout tous toute toutes autre autres comme donc car si sans sous chez vers entre depuis aussi deja ' +
    'quel quelle quels quelles dont ici la-bas alors puis encore quand comment pourquoi parce '
  )
    .trim()
    .split(/\s+/),
);

// Words of intent and hesitation: removed from queries only (documents keep them, e.g. "Inspecteur
// du travail" must stay findable by a query that names it, so "travail" is not in this list).
const QUERY_STOP_WORDS = new Set(
  (
    'voudrais voudrai veux voulais voulait aimerais aimerai aimer souhaite souhaiterais souhaiterai envie devenir ' +
    'deviens trouver cherche cherches recherche chercher metier metiers emploi emplois poste postes boulot taf job ' +
    'jobs travailler travaille bosser bosse boss faire fais fait fasse plutot genre quoi euh heu hum bah ben bon ' +
    'voila hein enfin bref truc machin style sais sait pense crois peut peux pourrais pourrai serait serais ' +
    'idee interesse interessee interesserait tente tenterait passionne passionnee adore aime bonjour salut merci ' +
    'svp stp madame monsieur oui non voir mettre reconversion reconvertir orienter changer ' +
    'devenirs me moi mon ma mes quelque chose domaine secteur ' +
    'voudrions aller avoir ca comme ' +
    // SMS abbreviations of function words (« pr » pour, « ds » dans, « avc » avec, « qd » quand, « tt » tout).
    'pr ds dc avc qd tt tte ts bcp tjr tjrs vrm vrmt jsp jsuis chui chuis'
  )
    .trim()
    .split(/\s+/),
);

// Feminine → masculine endings, applied on folded words before stemming so that
// "conductrice", "vendeuse", "boulangère" meet "conducteur", "vendeur", "boulanger".
const GENDER_RULES: Array<[RegExp, string]> = [
  [/trices?$/, 'teur'],
  [/euses?$/, 'eur'],
  [/ieres?$/, 'ier'],
  [/eres?$/, 'er'],
  [/iennes?$/, 'ien'],
  [/ennes?$/, 'en'],
  [/onnes?$/, 'on'],
  [/ives?$/, 'if'],
];

export function masculine(word: string): string {
  if (word.length < 6) return word;
  for (const [re, rep] of GENDER_RULES) if (re.test(word)) return word.replace(re, rep);
  return word;
}

const stemCache = new Map<string, string>();
/** Snowball French stem of a folded word, after gender normalisation (memoised). */
export function stem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stemmer.stem(masculine(word));
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

/** Folded word tokens; elisions (l', d', qu', j'…) and hyphens split, digits kept (e.g. "caces r489"). */
export function tokenize(text: string): string[] {
  return foldText(text)
    // Markup is never a job: drop script/style blocks with their content, then any tag.
    .replace(/<(script|style)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
}

function keepToken(t: string, forQuery: boolean): boolean {
  if (t.length < 2 && !/\d/.test(t)) return false;
  if (STOP_WORDS.has(t)) return false;
  if (forQuery && QUERY_STOP_WORDS.has(t)) return false;
  return true;
}

// Stop words that are also nouns: « car » (a coach: « conducteur de car ») and « mais » (maize, folded from
// « maïs »). After a determiner or a preposition they are the noun and are kept.
const BEFORE_A_NOUN = new Set(['de', 'd', 'du', 'des', 'en', 'le', 'l', 'un', 'au', 'les', 'mon', 'son', 'ce']);
// « son » (sound) is a noun after an article that cannot precede a possessive (« du son », « le son »);
// « de son » / « en son » stay possessive.
const NOUN_HOMOGRAPHS = new Map<string, ReadonlySet<string>>([
  ['car', BEFORE_A_NOUN],
  ['mais', BEFORE_A_NOUN],
  ['son', new Set(['du', 'le', 'l', 'un', 'au'])],
]);
// « son » is a possessive only before the noun it determines: after a word, at the end or before a function
// word it is the noun (« ingé son en studio », « technicien son et lumière »).
const NOUN_WHEN_NOTHING_FOLLOWS = new Set(['son']);
// « ça recrute ? », « qui embauche » ask whether there are jobs; only « je recrute » describes the work itself.
const INTENT_UNLESS_FIRST_PERSON = new Set(['recrute', 'recrutent', 'embauche', 'embauchent', 'embauchez', 'recrutez']);
const FIRST_PERSON = new Set(['je', 'j']);
// SMS writing fuses the elided pronoun to its verb (« jbosse », « jreponds »); no French word starts with j
// and a consonant, so the pronoun is split off.
const FUSED_PRONOUN = /^j([bcdfghklmnpqrstvwxz][a-z]+)$/;

function contentTokens(text: string, forQuery: boolean): string[] {
  const out: string[] = [];
  let previous = '';
  const tokens = tokenize(text);
  tokens.forEach((token, i) => {
    const t = forQuery ? (FUSED_PRONOUN.exec(token)?.[1] ?? token) : token;
    const next = tokens[i + 1];
    const noun =
      (NOUN_HOMOGRAPHS.get(t)?.has(previous) ?? false) ||
      (NOUN_WHEN_NOTHING_FOLLOWS.has(t) && previous !== '' && !STOP_WORDS.has(previous) && (next === undefined || STOP_WORDS.has(next)));
    const intent = forQuery && INTENT_UNLESS_FIRST_PERSON.has(t) && token === t && !FIRST_PERSON.has(previous);
    if (!intent && (keepToken(t, forQuery) || noun)) out.push(t);
    previous = t;
  });
  return out;
}

/** Index side, before stemming: folded tokens without stop words. */
export function documentTokens(text: string): string[] {
  return contentTokens(text, false);
}

/** Query side, before stemming: folded tokens without stop, intent or hesitation words. */
export function queryTokens(text: string): string[] {
  return contentTokens(text.slice(0, MAX_QUERY_CHARS), true);
}

/** Query side: same as documents plus intent/hesitation words removed. */
export function analyzeQueryText(text: string): string[] {
  return queryTokens(text).map(stem);
}

// ---------------------------------------------------------------- synonyms and acronyms

interface SynonymEntry {
  /** Surface forms (any case/accents); matched as whole words on the folded query. */
  terms: string[];
  /** Words appended to the query when a term matches (wording of the ROME appellations). */
  expand: string;
  /** When true the matched term is dropped from the query (e.g. "taf" or an ambiguous acronym). */
  replace?: boolean;
  /** Words after which a term is the start of another title (« maîtresse de chai »): no match then. */
  unlessFollowedBy?: string[];
  /** Words before which a term is the complement of another thing (« au feu de bois »): no match then. */
  unlessPrecededBy?: string[];
  /**
   * The term names people only when no content word follows it; before a noun it is an adjective
   * (« aider les vieux à manger » but « refaire de vieux fauteuils »): no match then.
   */
  onlyAsNoun?: boolean;
  /**
   * The term names a workplace: after a preposition (« en usine », « à l'usine ») it says where, not what. Its
   * expansion is left out when another table term names the work (« manut en usine »); alone (« travail en
   * usine ») it still stands for the factory's trades. For an activity verb's agent it is no object either.
   */
  workplace?: boolean;
}

interface CompiledSynonym {
  /** Matches on the folded, lower-case query. */
  re?: RegExp;
  /** Matches short capital acronyms on the accent-folded but case-kept query ("AS" but not "as"). */
  reCase?: RegExp;
  expand: string;
  replace: boolean;
  workplace: boolean;
  /** An employer brand of brands.fr.json: its expansion is the employer's sector. */
  brand: boolean;
}

const escapeRe = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[-\s]+/g, '[-\\s]+');
/** Words that may follow a noun without being qualified by it (prepositions, conjunctions, pronouns, articles). */
const FUNCTION_WORDS = ['a', 'au', 'aux', 'dans', 'en', 'de', 'du', 'des', 'd', 'l', 'la', 'le', 'les', 'et', 'ou', 'qui', 'que', 'qu', 'pour', 'avec', 'chez', 'sur', 'pendant', 'quand', 'comme', 'ne', 'n', 'y', 'se', 's', 'leur', 'leurs', 'un', 'une', 'par', 'mais', 'donc', 'car'];
const wordRe = (alternatives: string[], flags: string, unlessFollowedBy: string[] = [], unlessPrecededBy: string[] = [], onlyAsNoun = false) =>
  new RegExp(
    `${unlessPrecededBy.length ? `(?<!(?:^|[^A-Za-z0-9])(?:${unlessPrecededBy.map(escapeRe).join('|')}))` : ''}(^|[^A-Za-z0-9])(${alternatives.map(escapeRe).join('|')})(?=$|[^A-Za-z0-9])${unlessFollowedBy.length ? `(?![^A-Za-z0-9]+(?:${unlessFollowedBy.map(escapeRe).join('|')})(?:$|[^A-Za-z0-9]))` : ''}${onlyAsNoun ? `(?![ ]+(?!(?:${FUNCTION_WORDS.join('|')})(?:$|[^A-Za-z0-9]))[a-z0-9])` : ''}`,
    flags,
  );
const isCaseSensitive = (t: string) => /^[A-Z]{2}$/.test(t);

// Brands come after the synonyms and always drop the brand from the query (its letters would match
// trades at random): « je bosse chez Cdiscount » searches the sector words only.
const brandEntries: Array<SynonymEntry & { brand: true }> = (brandTable as { entries: Array<{ terms: string[]; expand: string }> }).entries.map((e) => ({
  terms: e.terms,
  expand: e.expand,
  replace: true,
  brand: true,
}));

const compiled: CompiledSynonym[] = [...(synonymTable as { entries: SynonymEntry[] }).entries, ...brandEntries].map((e: SynonymEntry & { brand?: boolean }) => {
  // Apostrophes are spaces in the query text (see expandQuery), so in the terms too.
  const plain = e.terms.filter((t) => !isCaseSensitive(t)).map((t) => foldText(t).replace(/'/g, ' '));
  const caps = e.terms.filter(isCaseSensitive);
  return {
    re: plain.length ? wordRe(plain, 'g', e.unlessFollowedBy?.map((t) => foldText(t)), e.unlessPrecededBy?.map((t) => foldText(t)), e.onlyAsNoun) : undefined,
    reCase: caps.length ? wordRe(caps, 'g') : undefined,
    expand: e.expand,
    replace: e.replace === true,
    workplace: e.workplace === true,
    brand: e.brand === true,
  };
});

/** One-word workplace terms of the table (« usine »), folded. */
const WORKPLACE_NOUNS = new Set(
  (synonymTable as { entries: SynonymEntry[] }).entries.filter((e) => e.workplace).flatMap((e) => e.terms.map((t) => foldText(t)).filter((t) => !/\s/.test(t))),
);

/** A workplace noun of the table (« usine »): where the work is done, never the object a trade is named after (usineur). */
export function isWorkplaceNoun(folded: string): boolean {
  return WORKPLACE_NOUNS.has(folded);
}

// Stems of the workplace nouns and of the words that name work without saying which (« travail », « boulot »).
const WORKPLACE_STEMS = new Set([...WORKPLACE_NOUNS].flatMap((w) => analyzeQueryText(w)));
const WORK_ITSELF_STEMS = new Set(analyzeQueryText('travail travaux boulot taf job emploi poste place'));

export interface ExpandedQuery {
  /** Folded query with replaced terms removed. */
  text: string;
  /** Expansion text gathered from the synonym table (may be empty). */
  expansion: string;
  /** The part of `expansion` that stands for words dropped from the query (slang, brands, acronyms). */
  replacement: string;
  /** Folded words of the query that a table term matched (the table handles them). */
  matched: readonly string[];
  /**
   * The part of `expansion` added for words that name where the work is done (« à l'usine », « dans la
   * cuisine d'un resto »): in an activity the place is no title (the plongeur works in a restaurant too).
   */
  placeExpansion: string;
  /** The part of `expansion` that employer brands brought (« chez Lidl » → the food-retail trades): their sector. */
  brandExpansion: string;
  /** The folded query with only the brands taken out (« technicien fibre chez orange » → « technicien fibre chez »). */
  withoutBrands: string;
}

// A place complement: after one of these prepositions, past determiners (« dans la cuisine »), and the
// complement of a place noun (« la cuisine d'un resto »).
// « à » is left out: « à la logistique », « à la caisse » name a department, whose title is the person's trade.
const PLACE_PREPOSITIONS = new Set(['dans', 'sur', 'chez']);
const DETERMINERS = new Set(['l', 'la', 'le', 'les', 'un', 'une', 'des', 'du', 'mon', 'ma', 'mes']);
const COMPLEMENT_LINKS = new Set(['de', 'd', 'du', 'des']);

/** Whether the word at character position `at` of the folded text is one of its place complements. */
function isPlaceAt(text: string, at: number, placeWords: ReadonlySet<number>): boolean {
  return placeWords.has(text.slice(0, at).split(/[^a-z0-9]+/).filter(Boolean).length);
}

/** Positions (word indexes) of the place complements of a folded text. */
function placeWordsOf(text: string, prepositions: ReadonlySet<string> = PLACE_PREPOSITIONS): Set<number> {
  const words = text.split(/[^a-z0-9]+/).filter(Boolean);
  const out = new Set<number>();
  // 'place': a place preposition or a place noun and its « de » link came last, past determiners.
  let state: 'none' | 'preposition' | 'place' | 'link' = 'none';
  words.forEach((w, i) => {
    if (prepositions.has(w)) state = 'preposition';
    else if (state === 'place' && COMPLEMENT_LINKS.has(w)) state = 'link';
    else if (DETERMINERS.has(w) && state !== 'place') return;
    else if (state === 'preposition' || state === 'link') {
      out.add(i);
      state = 'place';
    } else state = 'none';
  });
  return out;
}

// Where the work is done, for the trade an activity verb names: « en atelier » is a place too (the synonym
// table's place complements leave « en » out: « en cuisine », « en magasin » often name the department).
const WORKPLACE_PREPOSITIONS = new Set([...PLACE_PREPOSITIONS, 'en']);
// A workplace noun of the table (« usine ») is a place after « à » and « au » too: it names no department.
const WORKPLACE_NOUN_PREPOSITIONS = new Set([...WORKPLACE_PREPOSITIONS, 'a', 'au']);

/** Folded words of the place complements of a raw query (« en atelier », « dans la cuisine d'un resto », « à l'usine »). */
export function placeComplementWords(raw: string): Set<string> {
  const words = foldText(raw).replace(/'/g, ' ').split(/[^a-z0-9]+/).filter(Boolean);
  const text = words.join(' ');
  const atWorkplace = [...placeWordsOf(text, WORKPLACE_NOUN_PREPOSITIONS)].map((i) => words[i]).filter((w) => WORKPLACE_NOUNS.has(w));
  return new Set([...[...placeWordsOf(text, WORKPLACE_PREPOSITIONS)].map((i) => words[i]), ...atWorkplace]);
}

/**
 * Folded words right after « avec » and a determiner (« avec les infirmières », « avec le chef »): in an activity,
 * the people one works with when they are named by a trade title (the caller checks that).
 */
export function companionWords(raw: string): string[] {
  const words = foldText(raw).replace(/'/g, ' ').split(/[^a-z0-9]+/).filter(Boolean);
  const out: string[] = [];
  words.forEach((w, i) => {
    if (w === 'avec' && DETERMINERS.has(words[i + 1] ?? '') && words[i + 2]) out.push(words[i + 2]);
  });
  return out;
}

// One search expands the same query several times (lexical side, hints, vector query, named titles); the table
// is ~200 regular expressions, so the last result is kept (frozen: callers share it).
let lastRaw: string | undefined;
let lastExpanded: ExpandedQuery | undefined;

/** Applies the acronym/synonym table to a raw query (case-sensitive acronyms are handled by folding). */
export function expandQuery(raw: string): ExpandedQuery {
  if (raw === lastRaw && lastExpanded) return lastExpanded;
  const expanded = expandQueryUncached(raw);
  Object.freeze(expanded.matched);
  lastRaw = raw;
  lastExpanded = Object.freeze(expanded);
  return expanded;
}

function expandQueryUncached(raw: string): ExpandedQuery {
  const cut = unifyApostrophes(raw.slice(0, MAX_QUERY_CHARS));
  const caseKept = stripAccents(cut, 'latinCombining').replace(/'/g, ' ');
  let text = foldText(cut).replace(/'/g, ' ');
  const extra: string[] = [];
  const replacement: string[] = [];
  const matched: string[] = [];
  const placeExtra: string[] = [];
  const otherExtra: string[] = [];
  const places = placeWordsOf(text);
  const workplaceExtra: string[] = [];
  const brandExtra: string[] = [];
  let withoutBrands = text;
  for (const s of compiled) {
    let hit = false;
    let atPlace = false;
    let atWorkplace = false;
    if (s.re) {
      s.re.lastIndex = 0;
      if (s.re.test(text)) {
        hit = true;
        s.re.lastIndex = 0;
        const found = [...text.matchAll(s.re)];
        atPlace = !s.replace && found.every((m) => isPlaceAt(text, (m.index ?? 0) + m[1].length, places));
        // Read on the text as it is now: the terms replaced before this one moved the words.
        const workplaces = s.workplace ? placeWordsOf(text, WORKPLACE_NOUN_PREPOSITIONS) : undefined;
        atWorkplace = !!workplaces && !s.replace && found.every((m) => isPlaceAt(text, (m.index ?? 0) + m[1].length, workplaces));
        for (const m of found) matched.push(...tokenize(m[0]));
        if (s.replace) text = text.replace(s.re, '$1 ');
        if (s.brand) withoutBrands = withoutBrands.replace(s.re, '$1 ');
      }
    }
    if (s.reCase) {
      s.reCase.lastIndex = 0;
      if (s.reCase.test(caseKept)) {
        hit = true;
        for (const m of caseKept.match(s.reCase) ?? []) matched.push(...tokenize(m));
        // The capital acronym folds to a lower-case word that must not be searched as itself.
        if (s.replace) text = foldText(caseKept.replace(s.reCase, '$1 '));
      }
    }
    if (hit && s.expand && atWorkplace) workplaceExtra.push(s.expand);
    else if (hit && s.expand) {
      extra.push(s.expand);
      if (s.brand) brandExtra.push(s.expand);
      if (s.replace) replacement.push(s.expand);
      if (atPlace && !s.reCase?.test(caseKept)) placeExtra.push(s.expand);
      else otherExtra.push(s.expand);
    }
  }
  // A workplace said next to what another term names is only where that work is done.
  if (otherExtra.length === 0 && workplaceExtra.length) {
    extra.push(...workplaceExtra);
    // Where some work the person names is done (« souder des pièces à l'usine »), or the work itself (« travail en usine »).
    const named = analyzeQueryText(text).filter((t) => !WORKPLACE_STEMS.has(t) && !WORK_ITSELF_STEMS.has(t));
    (named.length ? placeExtra : otherExtra).push(...workplaceExtra);
  }
  // Only what no other term of the query brought too.
  const elsewhere = new Set(otherExtra.join(' ').split(' '));
  const placeOnly = placeExtra.join(' ').split(' ').filter((w) => w && !elsewhere.has(w));
  return { text, expansion: extra.join(' '), replacement: replacement.join(' '), matched, placeExpansion: placeOnly.join(' '), brandExpansion: brandExtra.join(' '), withoutBrands };
}

export function synonymEntryCount(): number {
  return compiled.length - brandEntries.length;
}

export function brandEntryCount(): number {
  return brandEntries.length;
}
