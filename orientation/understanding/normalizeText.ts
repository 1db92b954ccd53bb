// Text normalisation shared by the lexicons: lower case, no accents, SMS/spoken spellings folded,
// punctuation to spaces. Pure, no botbuilder.
import { splitLigatures, stripAccents, unifyApostrophes } from '../../knowledge/shared/frenchText.js';

/** Common SMS / spoken spellings folded to the written form the lexicons use. */
const SMS_FOLDS: Array<[RegExp, string]> = [
  [/\bjsuis\b|\bchui\b|\bchuis\b|\bjsui\b|\bshui\b/g, 'je suis'],
  [/\bj ai\b|\bjai\b|\bg\b(?= (?:\d|un|une|pas|perdu|plus|besoin|envie|eu|fait|le|la|les|des|mon|ma|mes|\w+e\b))/g, "j'ai"],
  [/\bsui\b/g, 'suis'],
  // "jcherche", "jveux", "jpeu", "jtrouve": the subject glued to its verb (no French word starts "j" + consonant).
  [/\bj(?=(?:cherch|trouv|voudr|veu|vx\b|vai|sai|peu|pourr|bosse|boss|travaill|pens|compt|souhait|vien|fini|fai|dor|connai|comprend|galer)\w*)/g, 'je '],
  [/\bj(?=(?:aurai|avais|etais|arrive|attend|aime|habit|hesit|ecri|arret|abandon|accept|envisag|esper)\w*)/g, "j'"],
  [/\bjme\b/g, 'je me'],
  // « lhopital », « lecole », « lentreprise », « leducation nationale »: the article glued to a workplace noun in SMS.
  [/\b([ld])(?=(?:hopital|hopitaux|ecole|entreprise|usine|universite|education|ehpad|armee|etat|administration|agence|association|interim|apprentissage|alternance|emploi|assurance|aide sociale|employeur|academie|iut|institut|inspection|office|eglise)\b)/g, "$1'"],
  // « il ma frappé », « elle ma mis dehors », « on mavait menacée »: « m'a » typed « ma » after a subject, before a
  // participle; « ma mère », « ma fille » (no subject before, or a noun after) stay.
  [/\b(il|elle|on|ils|elles|qui|lui|mari|copain|ex|pere|conjoint|compagnon) ma (?=(?:(?:encore|deja|toujours|jamais|pas|meme|souvent|trop) )*(?!(?:mere|fille|femme|soeur|tante|vie|tete|famille|maison|chambre|porte|voiture|copine|cousine|niece|belle)\b)[a-z]+(?:e|ee|es|ees|i|ie|is|ise|it|ite|u|ue|us|ert|erte|ait)\b)/g, "$1 m'a "],
  [/\bmavai(t|s|ent)\b/g, "m'avai$1"],
  [/\bjpx\b|\bjpe\b/g, 'je peux'],
  [/\bje (?:peu|pe|px)\b/g, 'je peux'],
  [/\bje (?:sai|sé|sait)\b/g, 'je sais'],
  [/\bpr\b/g, 'pour'],
  // « avc mes enfants » is « avec »; « un AVC » (a stroke) stays.
  [/\bavc\b(?= (?:mes|mon|ma|les|le|la|lui|elle|eux|moi|toi|nous|vous|des|\d))/g, 'avec'],
  [/\bpk\b|\bpq\b|\bpkoi\b/g, 'pourquoi'],
  [/\bqd\b|\bqnd\b/g, 'quand'],
  [/\bds\b/g, 'dans'],
  [/\bbcp\b/g, 'beaucoup'],
  [/\btjrs\b|\btjs\b/g, 'toujours'],
  [/\bsvp\b|\bstp\b/g, "s'il vous plait"],
  [/\bmtn\b|\bmaintenan\b/g, 'maintenant'],
  [/\bkoi\b/g, 'quoi'],
  [/\bki\b/g, 'qui'],
  // « il y a » itself stays as it is (not « il il y a »).
  [/\bya\b|(?<!\bil )\by a\b/g, 'il y a'],
  [/\bc\b(?= (?:un|une|quoi|pour|la|le|pas|trop))/g, "c'est"],
  [/\bpa\b/g, 'pas'],
  [/\bvx\b|\bveu\b/g, 'veux'],
  [/\bvoudrai\b/g, 'voudrais'],
  [/\bboulot\b|\bboulo\b|\bbouleau\b|\btaf\b|\btaff\b|\bjob\b/g, 'travail'],
  [/\b(\d{1,3}) (?:an|piges|balais|berges|printemps|ens|anz)\b/g, '$1 ans'],
];

/**
 * Lower-case, accent-free, apostrophes unified, SMS spellings folded, single spaces. The apostrophe
 * is kept (it separates "l'apec", "d'emploi"), other punctuation becomes a space.
 */
export function normalizeText(text: string): string {
  let t = splitLigatures(unifyApostrophes(stripAccents(text.toLowerCase())));
  // Keep digits glued to letters apart ("22ans" → "22 ans", "69003lyon" → "69003 lyon").
  t = t.replace(/(\d)([a-z])/g, '$1 $2').replace(/([a-z])(\d)/g, '$1 $2');
  t = t.replace(/[^a-z0-9' ]+/g, ' ').replace(/\s+/g, ' ').trim();
  // Elisions typed without the apostrophe: "d emploi", "j ai", "l apec", "qu il".
  t = t.replace(/\b(qu|[djlnmst]) (?=[aeiouyh])/g, "$1'");
  for (const [re, replacement] of SMS_FOLDS) t = t.replace(re, replacement);
  return t.replace(/\s+/g, ' ').trim();
}

/** Typo tolerance: 0 edits up to 4 letters, 1 up to 8, 2 beyond. */
export function typoBudget(word: string): number {
  if (word.length <= 4) return 0;
  if (word.length <= 8) return 1;
  return 2;
}
