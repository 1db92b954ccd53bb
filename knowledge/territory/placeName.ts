// Normalised form of a French place name, so that "St-Étienne", "saint etienne" and "SAINT-ETIENNE"
// meet in the same key. Pure.
import { splitLigatures, stripAccents } from '../shared/frenchText.js';

/** Lower case, no accents, hyphens/apostrophes as spaces, "St"/"Ste" expanded, single spaces. */
export function normalisePlaceName(raw: string): string {
  let t = splitLigatures(stripAccents(raw.toLowerCase(), 'latinCombining'))
    .replace(/[’'`´‘\-_./,()\s]+/g, ' ')
    .trim();
  if (t.includes('st')) t = t.replace(/\bst(e?)\b/g, (_m, e: string) => (e ? 'sainte' : 'saint'));
  return t;
}

/** Key without a leading article ("Le Havre" → "havre"), a second way people write names. */
export function withoutArticle(key: string): string | undefined {
  const m = /^(?:le|la|les|l) (.+)$/.exec(key);
  return m ? m[1] : undefined;
}
