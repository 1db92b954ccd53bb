// Finds where the person lives in free text: a postcode, "Paris 15e", "j'habite à St-Étienne",
// "je suis dans le 93", "en Gironde", "en Bretagne". Conservative: a town name is taken only after
// a locative word (à, sur, habite…) or when written with a capital, so ordinary words are not
// mistaken for communes.
import { normalisePlaceName } from './placeName.js';
import {
  closestCommuneName,
  communesNamed,
  dominantCommune,
  placeOfCommune,
  resolveDepartement,
  resolvePostcode,
  type TerritoryResult,
} from './resolvePlace.js';
import { lookupName, territoryIndex, type CommuneRef } from './territoryIndex.js';
import commonWordCommunes from './commonWordCommunes.json' with { type: 'json' };
import { BEING_AT_WORDS, HOME_VERB_WORDS, LIVE_VERB_WORDS, clauseBefore, markedWords, roleOfClause, type PlaceActivity } from './placeRole.js';
export type { PlaceActivity } from './placeRole.js';

/**
 * What the place is to the person: where they live ('home': « j'habite à », « chez mes parents à »),
 * where they work or study ('work_or_study': « infirmière au CHU de Bordeaux », « en terminale à
 * Bastia »), or a bare « à Lyon » ('unspecified', read as the area they live in).
 */
export type PlaceRole = 'home' | 'work_or_study' | 'unspecified';

export interface PlaceMention {
  via: 'postcode' | 'arrondissement' | 'town' | 'departement' | 'region';
  /** The matched words (normalised). */
  text: string;
  result: TerritoryResult;
  role: PlaceRole;
  /** For a 'work_or_study' place: whether the clause speaks of a workplace or of studies. */
  activity?: PlaceActivity;
}

const NOT_A_POSTCODE_AFTER = /^\s*(?:€|euros?|eur\b|e\b|km|habitants|h\b|heures|personnes|salaries|ans)/;
const DEP_NUMBER_NOT_FOLLOWED_BY = /^\s*(?:(?:au|a|et|ou) \d{1,2}\b|ans?\b|euros?|€|%|h\b|heures|km|mois|jours|semaines|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|personnes|salaries|fois)/;

/** Words that are commune names somewhere but ordinary French after "à"/"de" (Eu, Y, Vers, Moi…). */
const COMMON_WORDS = new Set(
  ('a au aux y eu en le la les l un une des du de d moi toi lui eux elle nous vous mon ma mes ton ta ses son sa ' +
    'ce cet cette ces ca cela tout tous plein temps mi partir faire trouver etre avoir travailler chercher domicile ' +
    'distance vers plus mois ans an quoi rien bien bon bonne mal pas point part place maison ecole lycee college ' +
    'fac universite travail emploi stage formation ville campagne cote centre nord sud est ouest mer montagne ' +
    'cours cause force peu fond long moment mission stage cdi cdd interim contrat arret conge retraite service poste equipe usine bureau magasin hopital mairie jour nuit lot mens oo bure bec bourg ile sainte saint jours heures paris ' +
    'habite habitons habitez vis vit vivons reside demeure situe situee base basee installe installee originaire pres proche cote region secteur dans sur')
    .split(' '),
);
/**
 * Commune names that are ordinary French words ("charge", "six", "rue", "tours", "sens"…): found in
 * the ROME texts by scripts/common-word-communes.ts, plus words the referential lacks (numbers,
 * months, clipped words). Such a name is a place only with a place cue and a capital, or right after
 * a residence word ("j'habite à Tours", "à Orange", never "chez Orange" or "un reste à charge").
 */
const COMMON_WORD_TOWNS = new Set([
  ...commonWordCommunes.words,
  ...('job cap gap mars avril mai juin sept neuf dix onze douze quarante cent mille mur ver val die ham plan orange vienne nice ' +
    'bats ri eu y mens lens bar sete cognac champagne bordeaux bourgogne marseille lourdes nancy florence valence ' +
    'laval pau agen foix gueret auch condom vire bray dieu grace saintes')
    .split(' '),
]);
/**
 * City names in the list above that are no ordinary word right after « à » / « sur »: « a bordeaux »,
 * « sur marseille » typed in lower case are places (« du vin de bordeaux » has no such cue).
 */
const CITY_AFTER_LOCATIVE = new Set('bordeaux marseille nancy pau agen foix gueret auch laval sete cognac valence lourdes saintes arles amiens cannes orleans'.split(' '));
/** "22 ans lyon", "jai 15 ans le havre": in a short SMS a place often comes right after the age. */
const AFTER_AGE = /\b\d{1,2} ans\s+$/;

/** Words that are not place cues although they end like one ("il y a six mois", "chez Orange"). */
const NOT_A_CUE = /(?:\by a|\bchez|\bpar|\bpour)\s+$/;

/**
 * Cues of a place that is not where the person lives or works now: birth, childhood, past studies or
 * jobs, holidays, a job interview or application, someone else's home (« mon fils habite à Paris »).
 */
const NOT_WHERE_THEY_LIVE = new RegExp(
  '(?:(?:(?:^|\\bsuis |\\best |\\bmoi |\\bet )nes?|\\bnees?|\\bgrandi|\\boriginaire) (?:a|au|en|dans|sur|de|d|pres de)' +
    '|\\b(?:mes etudes|etudie|etudiais|vacances|en voyage|de passage|entretien|entretiens|postuler|postule|candidature|j ai (?:travaille|vecu|habite|bosse)|j habitais|je vivais|je travaillais|je bossais|' +
    '(?:fait|fais|faisais|eu|suivi) (?:un |une |mon |ma |des |mes )?(?:stages?|formation)|' +
    // A move still to come (« on va déménager à Dijon »): not where the person lives today.
    '(?:va|vais|allons|vont|dois|doit|devons|devrai|devrons|compte|comptons|pense|pensons|voudrais|aimerais) (?:bientot )?(?:demenager|partir vivre|aller vivre|m installer|nous installer|s installer|partir)|' +
    '(?:mon|ma|mes|son|sa|ses|notre|nos) (?:fils|fille|filles|enfants?|mari|femme|conjoint|conjointe|compagnon|compagne|mere|pere|parents|frere|soeur|copain|copine|ami|amie|famille|ex) (?:qui |il |elle |ils |elles )?(?:habite|habitent|vit|vivent|est|sont|travaille|travaillent|reside|resident))' +
    '(?: [a-z0-9]+){0,2} (?:a|au|aux|en|sur|de|d|dans|pres de|vers))\\s+$' +
    // Someone close and what happens to them there (« mon mari a trouvé un travail à Dijon »), the person not in the clause.
    '|\\b(?:mon|ma|mes|son|sa|ses|notre|nos) (?:ex )?(?:fils|fille|filles|enfants?|mari|femme|epoux|epouse|conjoint|conjointe|compagnon|compagne|mere|pere|parents|frere|soeur|copain|copine|ami|amie|famille|ex|cousin|cousine|oncle|tante|grand mere|grand pere|belle mere|beau pere)' +
    // « mon mari il est cadre chez Airbus à Blagnac »: the pronoun said again is still the relative.
    ' (?:qui |il |elle |ils |elles )?(?:a|ont|est|sont|va|vont|vient|viennent|doit|doivent|avait|avaient|etait|etaient|part|partent|compte)' +
    '(?: (?!(?:moi|nous|on|je|j\\w*|et|mais|que|qu)\\b)[a-z0-9]+){0,4} (?:a|au|aux|en|sur|dans|pres de|vers)\\s+$',
);

/** Single-word names still accepted after a locative word although in the list above. */
const ALWAYS_TOWNS = new Set(['paris']);

/** Words after which a single word may be a town ("à Brest", "sur Lyon", "j'habite Nancy"). */
const STRONG_LOCATIVE = new RegExp(`\\b(?:${HOME_VERB_WORDS}|${LIVE_VERB_WORDS}|situe|situee|installe|installee|originaire|pres de|proche de|a cote de|a|sur)\\s+$`);
/** « je réside désormais à Arras »: a word of time between the residence word and the place. */
const NOW = '(?: (?:desormais|maintenant|actuellement|aujourd hui|depuis peu|toujours|encore))?';
/** Residence words after which a typo-tolerant lookup is worth it ("j'habite à Marseile"). */
const RESIDENCE = new RegExp(
  `\\b(?:${HOME_VERB_WORDS}|installe\\w*|originaire)${NOW}(?: a| au| sur| pres de| a cote de| dans| en)?\\s+$` +
    `|\\b(?:${BEING_AT_WORDS}|${LIVE_VERB_WORDS})${NOW}(?: a| au| sur| pres de| a cote de)\\s+$|\\b(?:pres de|proche de|a cote de|region de|secteur de)\\s+$`,
);
const ARTICLES = new Set(['l', 'le', 'la', 'les']);
const LOCATIVE = /\b(?:habite|habitons|habitez|vis|vit|vivons|reside|demeure|situe|situee|base|basee|installe|installee|originaire|pres|proche|cote|region|secteur|a|au|sur|vers|de|d|dans|en)\s+$/;

/** Whether `word` (normalised, one word) is followed in the raw text by a capitalised word, with no punctuation between. */
function followedByCapitalisedWord(raw: string, word: string): boolean {
  const plain = raw.normalize('NFD').replace(/\p{M}/gu, '');
  const lower = plain.toLowerCase();
  const re = new RegExp(`(?<!\\p{L})${word}[ \\t]+(?=\\p{L})`, 'gu');
  for (let m = re.exec(lower); m; m = re.exec(lower)) {
    const next = plain.slice(m.index + m[0].length).split(/[^\p{L}]/u)[0];
    if (/^\p{Lu}/u.test(next) && !ARTICLES.has(next.toLowerCase()) && !COMMON_WORDS.has(next.toLowerCase())) return true;
  }
  return false;
}

/** How many words of `t` from `i` make a commune name (0 when none). */
function townLengthAt(t: string[], i: number): number {
  for (let n = Math.min(6, t.length - i); n >= 1; n--) {
    const words = t.slice(i, i + n);
    if (words.every((w) => ARTICLES.has(w)) || (n === 1 && (t[i].length < 3 || COMMON_WORDS.has(t[i])))) continue;
    if ((lookupName(words.join(' '))?.length ?? 0) > 0) return n;
  }
  return 0;
}

function filterByArea(list: CommuneRef[], area: { departement?: string; region?: string } | undefined): CommuneRef[] {
  if (!area) return list;
  const f = list.filter((c) => (area.departement ? c.departement === area.departement : true) && (area.region ? c.region === area.region : true));
  return f.length > 0 ? f : list;
}

function townResult(query: string, list: CommuneRef[], correctedFrom?: string): TerritoryResult {
  const one = dominantCommune(list);
  if (one) {
    const r: TerritoryResult = { kind: 'commune', commune: one, place: placeOfCommune(one) };
    if (correctedFrom) r.correctedFrom = correctedFrom;
    return r;
  }
  // Reuse the ambiguity wording of resolveTownName through a name lookup of the best candidate.
  const sorted = [...list].sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
  const candidates = sorted.slice(0, 8);
  const common: { departement?: string; region?: string } = {};
  if (list.every((c) => c.departement === list[0].departement)) common.departement = list[0].departement;
  if (list.every((c) => c.region === list[0].region)) common.region = list[0].region;
  return {
    kind: 'ambiguous',
    reason: 'homonyms',
    query,
    candidates,
    total: list.length,
    common,
    question: `Il existe plusieurs communes nommées « ${candidates[0].name} ». Laquelle est la vôtre ? ${candidates
      .map((c) => `${c.name} (${c.departementName}, ${c.departement})`)
      .join(' ; ')}${list.length > candidates.length ? '…' : ''}`,
  };
}

/** Words after « réunion » that make it a meeting (« réunion d'équipe », « réunion avec mon chef »). */
const MEETING_AFTER = /^(?:d (?:information|equipe|service|chantier|entreprise)|de (?:service|travail|chantier|rentree|suivi|groupe|famille|parents|direction|crise|lancement|recadrage|preparation)|du (?:cse|ce|personnel|lundi|mardi|mercredi|jeudi|vendredi|matin|soir|conseil)|des (?:delegues|parents|salaries|equipes)|hebdo\w*|mensuelle|annuelle|collective)\b/;

/** Nouns that open a business's name (« Hôtel de Bordeaux », « Banque de France »). */
const BUSINESS_NOUNS = new Set('plage cafe hotel banque residence camping restaurant brasserie bar galeries chateau domaine clos societe compagnie caisse credit boulangerie pharmacie garage salon theatre cinema casino golf club auberge relais taverne bistrot'.split(' '));

/** Units after a number (« quarante ans »): the word before them is no town. */
const UNIT_AFTER = /^(?:ans?|mois|jours?|semaines?|heures?|h|euros?|eur|km|kilometres?|minutes?|fois|enfants|salaries|personnes)$/;

/** Feast days and holidays (« Saint-Valentin passée », « depuis la Toussaint »): a commune only after a residence word. */
const FEAST_DAYS = new Set(['saint valentin', 'saint sylvestre', 'saint nicolas', 'saint patrick', 'saint jean', 'sainte catherine', 'saint martin', 'toussaint', 'reveillon']);

/** Département and region names that are also ordinary words or phrases. */
const COMMON_AREA_NAMES = new Set(['reunion', 'la reunion', 'cher', 'somme', 'manche', 'allier', 'creuse', 'nord', 'centre', 'var', 'ain', 'lot', 'orne', 'gard', 'marne', 'landes', 'charente', 'vienne', 'aude', 'eure', 'indre', 'loire', 'meuse', 'doubs']);

/** Whether the words of `phrase` (normalised) appear capitalised in the raw text. */
function capitalisedIn(raw: string, phrase: string): boolean {
  const capitals = new Set(
    raw
      .split(/[\s,.;:!?()'’-]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .flatMap((w) => normalisePlaceName(w).split(' ')),
  );
  const words = phrase.split(' ').filter((w) => !ARTICLES.has(w));
  return words.length > 0 && words.every((w) => capitals.has(w));
}

function findDepartementOrRegion(norm: string, raw: string, marked: readonly string[]): PlaceMention | undefined {
  const idx = territoryIndex();
  const normWords = norm.split(' ');
  const paren = /\(\s*(\d{2,3}|2[abAB])\s*\)/.exec(raw);
  if (paren) {
    const r = resolveDepartement(paren[1]);
    if (r.kind === 'departement') return { via: 'departement', text: paren[0], result: r, role: 'unspecified' };
  }
  const num = /\b(?:dans le|ds le|dans l|du|en|departement(?: du| de la| de)?|dept|dpt|dep|habite le|suis du|viens du|\()\s*(\d{2,3}|2a|2b)\b/g;
  // « je travaille dans le 93 et j'habite dans le 77 »: the number told with a residence word wins.
  let firstNumber: PlaceMention | undefined;
  for (let m = num.exec(norm); m; m = num.exec(norm)) {
    const after = norm.slice(m.index + m[0].length);
    if (DEP_NUMBER_NOT_FOLLOWED_BY.test(after)) continue;
    const before = norm.slice(0, m.index);
    if (notWhereTheyLiveBefore(`${before}${m[0].replace(/\s*(\d{2,3}|2a|2b)$/, '')}`)) continue;
    const r = resolveDepartement(m[1]);
    // "dans le 20": Corsica, but which département? The unknown result carries the 2A/2B question.
    if (r.kind === 'departement' || m[1] === '20') {
      const mention: PlaceMention = { via: 'departement', text: m[0].trim(), result: r, role: 'unspecified' };
      if (RESIDENCE_WORD_THEN_UP_TO_TWO_WORDS.test(before)) return { ...mention, role: 'home' };
      Object.assign(mention, roleOfClause(clauseBefore(marked, normWords, wordCount(before))));
      // « je bosse dans le 93 et j'habite dans le 77 »: a number not said of a workplace beats one that is.
      if (!firstNumber || (firstNumber.role === 'work_or_study' && mention.role !== 'work_or_study')) firstNumber = mention;
    }
  }
  if (firstNumber) return firstNumber;
  // Département or region names after "dans le/la/l", "en", "du", "de la"; one said of a workplace
  // (« au conseil départemental du Gers ») only when no other is named.
  const t = normWords;
  let atWork: PlaceMention | undefined;
  for (let i = 0; i < t.length; i++) {
    const prev = t.slice(Math.max(0, i - 2), i).join(' ');
    if (!/(?:^| )(?:dans le|dans la|dans les|dans l|a la|en|du|de la|de l|des|region|departement)$/.test(prev) && !/^(?:en|du|des|a)$/.test(t[i - 1] ?? '')) continue;
    // « en vacances en Corse », « né dans le Nord »: not where the person lives.
    if (notWhereTheyLiveBefore(t.slice(0, i).join(' '))) continue;
    // « le Restaurant des Landes »: the end of a business's name.
    if (/^(?:de|des|du|d)$/.test(t[i - 1] ?? '') && BUSINESS_NOUNS.has(t[i - 2] ?? '') && capitalisedIn(raw, t[i - 2] ?? '')) continue;
    for (let n = Math.min(5, t.length - i); n >= 1; n--) {
      const phrase = t.slice(i, i + n).join(' ');
      // "la réunion du CSE", "en somme", "c'est cher": an area named like an ordinary word needs a capital.
      if (COMMON_AREA_NAMES.has(phrase) && !capitalisedIn(raw, phrase) && !/(?:^| )(?:dans le|dans la|dans l|departement)$/.test(prev)) continue;
      // « la Réunion d'information », « la Réunion du lundi »: a meeting, even with a capital.
      if (/(?:^| )reunion$/.test(phrase) && MEETING_AFTER.test(t.slice(i + n, i + n + 2).join(' '))) continue;
      const dep = idx.departementByName.get(phrase);
      // « à Vienne », « à Paris »: after a bare « à » a name that is also a commune is the town.
      if (dep && t[i - 1] === 'a' && (lookupName(phrase)?.length ?? 0) > 0) continue;
      let found: PlaceMention | undefined;
      if (dep && !(n === 1 && COMMON_WORDS.has(phrase) && phrase !== 'nord')) {
        found = { via: 'departement', text: phrase, result: resolveDepartement(dep), role: 'unspecified' };
      }
      const reg = found ? undefined : idx.regionByName.get(phrase);
      if (reg) {
        found = { via: 'region', text: phrase, result: { kind: 'region', region: reg, regionName: idx.regionByCode.get(reg)!.name, place: { region: reg } }, role: 'unspecified' };
      }
      if (!found) continue;
      Object.assign(found, roleAt(marked, t, i, i + n));
      if (found.role !== 'work_or_study') return found;
      atWork ??= found;
      i += n - 1;
      break;
    }
  }
  return atWork;
}

/** Whether the words before an area say it is not the home (« en vacances dans le », « né dans le »), articles aside. */
function notWhereTheyLiveBefore(before: string): boolean {
  return NOT_WHERE_THEY_LIVE.test(`${before.trim().replace(/ (?:le|la|les|l)$/, '')} `);
}

function areaHasResidenceCue(norm: string, area: PlaceMention): boolean {
  const at = norm.indexOf(area.text);
  return at > 0 && RESIDENCE_WORD_THEN_UP_TO_THREE_WORDS.test(norm.slice(0, at));
}

/** A residence word or being somewhere (« j'habite », « je vis », « je suis », « installée »). */
const RESIDENCE_WORD = `\\b(?:${HOME_VERB_WORDS}|${LIVE_VERB_WORDS}|${BEING_AT_WORDS}|installe\\w*)`;
const RESIDENCE_WORD_THEN_UP_TO_TWO_WORDS = new RegExp(`${RESIDENCE_WORD}(?: \\w+){0,2} $`);
const RESIDENCE_WORD_THEN_UP_TO_THREE_WORDS = new RegExp(`${RESIDENCE_WORD}\\b(?: \\w+){0,3} $`);
/** « près de Rennes » alone: the home only when no workplace is told with it (« une PME près de Rennes »). */
const PROXIMITY_ONLY = /\b(?:pres de|proche de|a cote de|region de|secteur de)\s+$/;
const RESIDENCE_VERB_BEFORE_PROXIMITY = new RegExp(`${RESIDENCE_WORD}(?: \\w+)? (?:pres de|proche de|a cote de)\\s+$`);
/** « j'habite et je travaille à Rennes »: the same town for both. */
const HOME_AND_WORK_BEFORE = new RegExp(`\\b(?:${HOME_VERB_WORDS}|(?:je|on|nous) ${LIVE_VERB_WORDS}) et ` + String.raw`(?:je |on |nous )?(?:travaille|bosse|travaillons|etudie)(?: \w+){0,2} (?:a|au|sur|dans|en|pres de)\s+$`);
/** A residence told right after the place: « Troyes, ville où je réside », « à Nantes, j'y habite aussi ». */
const HOME_AFTER = new RegExp(`^(?:(?:ville|commune) )?(?:la )?ou (?:je|j|nous|on) (?:${HOME_VERB_WORDS}|${LIVE_VERB_WORDS})\\b|^(?:j|on|nous) y (?:${HOME_VERB_WORDS}|${LIVE_VERB_WORDS})\\b|` + String.raw`^(?:j habite|jhabite|je vis|je reside|on habite|nous habitons|on vit) (?:la|ici|aussi|egalement|sur place)\b`);

/** A stay bounded by the season or the job (« je suis à Tignes jusqu'en avril », « à Lyon pour la mission »). */
const STAY_FOR_WORK_AFTER = /^(?:jusqu (?:en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|a la fin de (?:la saison|ma mission|mon contrat))\b|pour (?:la|une|cette) saison|pour (?:la|ma|une|cette) mission|pour (?:le|mon) (?:travail|boulot|chantier|contrat|stage))/;
const STAY_FOR_STUDY_AFTER = /^pour (?:mes|les) etudes|^pour (?:l|cette) annee (?:scolaire|universitaire)/;
/** Residence words that say the home itself, not only « je suis à ». */
const HOME_VERB = new RegExp(`\\b${HOME_VERB_WORDS}\\b`);

/**
 * The role of a place whose first word is the `k`-th word of `words` and whose last word comes
 * before the `end`-th: a residence word right before or right after it makes it the home, else the
 * clause before it tells a workplace, a study place or nothing.
 */
function roleAt(marked: readonly string[], words: readonly string[], k: number, end = k + 1): Pick<PlaceMention, 'role' | 'activity'> {
  const before = `${words.slice(0, k).join(' ')} `;
  const after = words.slice(end, end + 6).join(' ');
  if (HOME_AFTER.test(after) || HOME_AND_WORK_BEFORE.test(before)) return { role: 'home' };
  if (!HOME_VERB.test(before.split(' ').slice(-6).join(' '))) {
    if (STAY_FOR_WORK_AFTER.test(after)) return { role: 'work_or_study', activity: 'work' };
    if (STAY_FOR_STUDY_AFTER.test(after)) return { role: 'work_or_study', activity: 'study' };
  }
  const clauseRole = roleOfClause(clauseBefore(marked, words, k));
  if (k > 0 && RESIDENCE.test(before)) {
    const proximityOnly = PROXIMITY_ONLY.test(before) && !RESIDENCE_VERB_BEFORE_PROXIMITY.test(before);
    return proximityOnly && clauseRole.role === 'work_or_study' ? clauseRole : { role: 'home' };
  }
  return clauseRole;
}

/**
 * « chef de rayon à Clermont-Ferrand, je vis à Cournon »: a home town named beside a workplace town is,
 * among the communes whose name is or starts with it, the one in the workplace's département
 * (Cournon-d'Auvergne, not Cournon in Morbihan), when there is one.
 */
function nearTheWorkplace(mention: PlaceMention, workTown: CommuneRef): PlaceMention {
  const r = mention.result;
  if (mention.via !== 'town' || (r.kind === 'commune' && r.commune.departement === workTown.departement)) return mention;
  if (r.kind !== 'commune' && r.kind !== 'ambiguous') return mention;
  // A longer name (« Montauban-de-Luchon ») does not replace a town ten times bigger (Montauban): that one was meant.
  const namedPopulation = r.kind === 'commune' ? (r.commune.population ?? 0) : Math.max(0, ...r.candidates.map((c) => c.population ?? 0));
  let near: CommuneRef | undefined;
  for (const c of territoryIndex().communeByInsee.values()) {
    if (c.kind !== 'commune' || c.departement !== workTown.departement) continue;
    const name = normalisePlaceName(c.name);
    const longerName = name.startsWith(`${mention.text} `) && (c.population ?? 0) * 10 >= namedPopulation;
    if ((name === mention.text || longerName) && (!near || (c.population ?? 0) > (near.population ?? 0))) near = c;
  }
  return near ? { ...mention, result: townResult(mention.text, [near]) } : mention;
}

const wordCount = (s: string) => s.split(' ').filter(Boolean).length;

export function findPlaceInText(text: string): PlaceMention | undefined {
  const norm = normalisePlaceName(text);
  const marked = markedWords(text);
  const normWords = norm.split(' ');

  // 1. A postcode (5 digits, not an amount).
  const cpRe = /(?<!\d)(\d{5})(?!\d)/g;
  for (let m = cpRe.exec(norm); m; m = cpRe.exec(norm)) {
    if (NOT_A_POSTCODE_AFTER.test(norm.slice(m.index + 5))) continue;
    const r = resolvePostcode(m[1]);
    if (r.kind !== 'unknown' || /\b(?:code postal|cp)\s*$/.test(norm.slice(0, m.index)) || /^(?:[0-8]\d|9[0-8])/.test(m[1])) {
      // A postcode is the person's own unless a clause says otherwise; only a residence word makes it 'home'.
      const role = roleAt(marked, normWords, wordCount(norm.slice(0, m.index))).role === 'home' ? 'home' : 'unspecified';
      return { via: 'postcode', text: m[1], result: r, role };
    }
  }

  // 2. Paris/Lyon/Marseille arrondissements: "paris 15e", "lyon 3eme", "marseille 13".
  // « sur un chantier à Lyon 7e »: a workplace's arrondissement is kept only when nothing better is said.
  let workArrondissement: PlaceMention | undefined;
  const arr = /\b(paris|lyon|marseille)\s+(\d{1,2})\s*(?:er|e|eme|ieme)?\b/.exec(norm);
  if (arr) {
    const list = communesNamed(`${arr[1]} ${arr[2]}`);
    if (list.length === 1) {
      const at = wordCount(norm.slice(0, arr.index));
      const mention: PlaceMention = { via: 'arrondissement', text: arr[0], result: townResult(arr[0], list), ...roleAt(marked, normWords, at, at + wordCount(arr[0])) };
      if (mention.role !== 'work_or_study') return mention;
      workArrondissement = mention;
    }
  }

  const area = findDepartementOrRegion(norm, text, marked);
  const anyAreaPlace = area && area.result.kind !== 'unknown' && area.result.kind !== 'ambiguous' && area.result.kind !== 'commune' ? area.result.place : undefined;
  // A workplace's département (« au conseil départemental du Gers ») narrows only the towns of workplaces.
  const areaPlaceFor = (role: PlaceRole) => (area?.role !== 'work_or_study' || role === 'work_or_study' ? anyAreaPlace : undefined);
  const areaPlace = areaPlaceFor('unspecified');

  // 3. A town. Exact names first (anywhere they are allowed), typos only after "j'habite à"-like words.
  const t = norm.split(' ');
  const capitalised = new Set(
    text
      .split(/[\s,.;:!?()'’]+/)
      .slice(1)
      .filter((w) => /^\p{Lu}/u.test(w))
      .flatMap((w) => normalisePlaceName(w).split(' ')),
  );
  // Every town mention is a candidate; the one with the best place cue wins (where the person lives
  // beats where they work, were born or applied), the first one on a tie.
  let best: { rank: number; mention: PlaceMention } | undefined;
  // The first workplace town told: a home town named beside it is looked for near it first.
  let workTown: CommuneRef | undefined;
  // « je postule à Toulouse, Bordeaux et Montpellier »: the towns listed after a place that is not
  // the person's home are not it either.
  let listNotHomeFrom = -1;
  for (let i = 0; i < t.length; i++) {
    const before = t.slice(0, i).join(' ') + ' ';
    if (i === listNotHomeFrom && (t[i] === 'et' || t[i] === 'ou')) {
      listNotHomeFrom++;
      continue;
    }
    if (NOT_WHERE_THEY_LIVE.test(before) || i === listNotHomeFrom) {
      const n = townLengthAt(t, i);
      if (n > 0) listNotHomeFrom = i + n;
      if (n > 0) i += n - 1;
      continue;
    }
    // « chez Saint-Gobain », « chez Orange »: a company, not a place, even with a capital.
    if (/\bchez\s+$/.test(before)) continue;
    // « depuis la Saint-Jean », « à la Sainte-Catherine »: a feast day, not a commune.
    if (t[i] === 'la' && /^saint/.test(t[i + 1] ?? '') && !RESIDENCE.test(before)) {
      i += townLengthAt(t, i + 1);
      continue;
    }
    const cued = i > 0 && !NOT_A_CUE.test(before);
    const residence = cued && RESIDENCE.test(before);
    const strong = cued && (STRONG_LOCATIVE.test(before) || AFTER_AGE.test(before));
    const weak = cued && LOCATIVE.test(before);
    const cap = capitalised.has(t[i]) || (ARTICLES.has(t[i]) && capitalised.has(t[i + 1] ?? ''));
    if (!strong && !weak && !cap) continue;
    // « la Plage des Pins », « le Café de Paris »: the end of a business's name, not a commune.
    if (!strong && /^(?:de|des|du|d)$/.test(t[i - 1] ?? '') && BUSINESS_NOUNS.has(t[i - 2] ?? '') && capitalised.has(t[i - 2] ?? '')) continue;
    // A capital after "je m'appelle" or an initial (« T. Guérin » signing a letter) is a name, not a place.
    if (!strong && !weak && /\b(?:appelle|prenom|nom|moi c est|signe)\s+(?:\S+\s+)?$|(?:^| )(?![adjlsy] )[a-z] $/.test(before)) continue;
    for (let n = Math.min(6, t.length - i); n >= 1; n--) {
      const phrase = t.slice(i, i + n).join(' ');
      const words = t.slice(i, i + n);
      const significant = words.filter((w) => !ARTICLES.has(w));
      if (significant.length === 0) continue;
      if (significant.length === 1) {
        const w = significant[0];
        if (w.length < 3 || /^\d/.test(w) || (COMMON_WORDS.has(w) && !ALWAYS_TOWNS.has(w))) continue;
        // A single ordinary-looking word is a town only when capitalised or right after "à/sur/habite".
        if (!cap && !strong) continue;
        // A name that is an ordinary word needs a residence word, or a capital and a place cue.
        if (COMMON_WORD_TOWNS.has(w) && !residence && !(cap && (strong || weak)) && !(strong && CITY_AFTER_LOCATIVE.has(w))) continue;
      }
      // "à l'hôpital", "dans l'hôtellerie": a name starting with an article needs a capital, a
      // residence word, or (« à le havre », « 15 ans la rochelle ») a strong cue and no ordinary word.
      const articleTownInLowerCase = strong && significant.length >= 1 && significant.every((w) => !COMMON_WORDS.has(w) && !COMMON_WORD_TOWNS.has(w));
      if (ARTICLES.has(words[0]) && !capitalised.has(words[1] ?? '') && !RESIDENCE.test(before) && !articleTownInLowerCase) continue;
      if (FEAST_DAYS.has(phrase) && !strong && !residence) break;
      // « à quarante ans », « à douze euros »: a name followed by a unit is a number.
      if (UNIT_AFTER.test(t[i + n] ?? '')) continue;
      if (/(?:^| )reunion$/.test(phrase) && MEETING_AFTER.test(t.slice(i + n, i + n + 2).join(' '))) break;
      const list = lookupName(phrase);
      if (list && list.length > 0) {
        // "dans le Nord" is a département, not the commune Nord: département/region names win there.
        if (area && area.text === phrase) break;
        const role = roleAt(marked, t, i, i + n);
        // « j'habite à Limoges » told with a place of origin or work (« je viens de Job, dans le
        // Puy-de-Dôme »): a town said with a residence word is not narrowed by a département said without one.
        // An ordinary word in lower case (« j'habite rue de Paris ») is not told as a town even there.
        const ordinaryWord = n === 1 && COMMON_WORD_TOWNS.has(phrase) && !cap;
        const toldAsHome = role.role === 'home' && !ordinaryWord && (residence || HOME_AFTER.test(t.slice(i + n, i + n + 6).join(' ')));
        const saidArea = areaPlaceFor(role.role);
        const inSaidArea = (c: CommuneRef) => !saidArea || ((!saidArea.departement || c.departement === saidArea.departement) && (!saidArea.region || c.region === saidArea.region));
        const townArea = toldAsHome && area && !areaHasResidenceCue(norm, area) && !list.some(inSaidArea) ? undefined : saidArea;
        // « à Val Thorens, en Savoie »: no commune of that name in the département said, so the name
        // is something else (a resort, a homonym elsewhere); the département stands.
        if (townArea && !list.some((c) => (!townArea.departement || c.departement === townArea.departement) && (!townArea.region || c.region === townArea.region))) {
          i += n - 1;
          break;
        }
        // « Val Thorens », « Orange Vélodrome »: an ordinary-word name followed by another capitalised
        // word is the start of a longer name the referential does not hold, not that commune.
        if (n === 1 && COMMON_WORD_TOWNS.has(phrase) && followedByCapitalisedWord(text, phrase)) break;
        // Where the person lives beats a bare place, which beats a workplace or a study place; a home
        // told by a residence word next to the town (« mais j'habite à Montauban ») beats one read from
        // the clause (« un plan social chez nous, je suis cadre à Toulouse »).
        const rank = role.role === 'home' ? (toldAsHome ? 4 : 3) : role.role === 'work_or_study' ? (strong ? 2 : 1) - 10 : strong ? 2 : 1;
        const mention: PlaceMention = { via: 'town', text: phrase, result: townResult(phrase, filterByArea(list, townArea)), ...role };
        if (role.role === 'work_or_study' && mention.result.kind === 'commune') workTown ??= mention.result.commune;
        if (!best || rank > best.rank) best = { rank, mention };
        i += n - 1;
        break;
      }
    }
  }
  // A département or region named with a residence word beats a town named without one.
  if (best && best.mention.role !== 'work_or_study' && workTown) best.mention = nearTheWorkplace(best.mention, workTown);
  const bestAtWork = best?.mention.role === 'work_or_study';
  if (best && !bestAtWork && !(area && best.rank < 3 && areaHasResidenceCue(norm, area))) return best.mention;
  for (let i = 1; i < t.length && !area; i++) {
    const before = t.slice(0, i).join(' ') + ' ';
    if (!RESIDENCE.test(before) || NOT_WHERE_THEY_LIVE.test(before) || ARTICLES.has(t[i]) || COMMON_WORDS.has(t[i])) continue;
    // « une PME près de Rennes »: a workplace's town is no home, even misspelt.
    if (roleAt(marked, t, i).role !== 'home') continue;
    for (let n = Math.min(3, t.length - i); n >= 1; n--) {
      const phrase = t.slice(i, i + n).join(' ');
      if (phrase.length < 5 || /\d/.test(phrase)) continue;
      const close = closestCommuneName(phrase);
      if (close && !COMMON_WORDS.has(close)) {
        return { via: 'town', text: phrase, result: townResult(phrase, filterByArea(lookupName(close), areaPlace), phrase), ...roleAt(marked, t, i, i + n) };
      }
    }
  }

  // Only workplaces or study places named: the area said otherwise wins, else the workplace's place.
  if (area && area.role !== 'work_or_study') return area;
  return workArrondissement ?? best?.mention ?? area;
}
