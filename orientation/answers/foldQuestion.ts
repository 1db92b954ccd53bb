// Folding of a question before matching cues: lower case, no accents, apostrophes unified,
// punctuation as spaces, a few SMS and spoken spellings written out. Kept here (not shared with the
// extractor's lexicons) so that fact-sheet cues do not move when the extractor's folding changes.
import { splitLigatures, stripAccents, unifyApostrophes } from '../../knowledge/shared/frenchText.js';

const SPELLINGS: Array<[RegExp, string]> = [
  [/\bcb\b|\bcmb\b|\bcombein\b|\bcombiens\b/g, 'combien'],
  [/\bkoi\b/g, 'quoi'],
  [/\bki\b/g, 'qui'],
  [/\bkel(le)?s?\b/g, 'quel'],
  [/\bkelke ?chose\b|\bqqch\b|\bquelquechose\b/g, 'quelque chose'],
  [/\bc\b(?= (?:quoi|qui|pour|combien|payant|gratuit|devenu|long|valable))/g, "c'est"],
  [/\bjai\b|\bj ai\b/g, "j'ai"],
  [/\bpeu\b(?= (?:faire|avoir|aller|etre|demander))/g, 'peux'],
  [/\bdheures?\b/g, "d'heures"],
  [/\bpr\b/g, 'pour'],
  [/\bds\b/g, 'dans'],
  [/\brdv\b/g, 'rendez vous'],
  [/\bsvp\b|\bstp\b/g, ''],
  [/\bpole emplois?\b/g, 'pole emploi'],
];

export function foldQuestion(text: string): string {
  let t = splitLigatures(unifyApostrophes(stripAccents(text.toLowerCase())))
    .replace(/(\d)[\s\u00a0\u202f](?=\d{3}\b)/g, '$1')
    .replace(/€/g, ' euros ')
    .replace(/[^a-z0-9' ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // Elisions typed without the apostrophe: "d emploi", "l apec", "qu il".
  t = t.replace(/\b(qu|[djlnmst]) (?=[aeiouyh])/g, "$1'");
  for (const [pattern, written] of SPELLINGS) t = t.replace(pattern, written);
  return t.replace(/\s+/g, ' ').trim();
}
