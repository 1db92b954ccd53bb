// The French text toolkit: accent folding, folding for matching, apostrophes, ligatures, word
// splitting and a bounded edit distance. knowledge/ is the bottom layer, so every layer imports these
// instead of keeping its own copy. Pure, no dependency.

/**
 * Which marks are removed after canonical decomposition:
 * - 'all': every Unicode mark (\p{M}), whatever the script;
 * - 'latinCombining': only the combining diacritical marks block (U+0300–U+036F), enough for French and
 *   much faster on large lists (35k commune names).
 */
export type AccentMarks = 'all' | 'latinCombining';

const ALL_MARKS = /\p{M}/gu;
const LATIN_COMBINING_MARKS = /[\u0300-\u036f]/g;

/** The text without accents ("Élève" → "Eleve"); case is kept. */
export function stripAccents(text: string, marks: AccentMarks = 'all'): string {
  return text.normalize('NFD').replace(marks === 'all' ? ALL_MARKS : LATIN_COMBINING_MARKS, '');
}

/** Typographic apostrophes and their look-alikes (’ ‘ ` ´ ʼ) written as the ASCII apostrophe. */
export function unifyApostrophes(text: string): string {
  return text.replace(/[’‘`´ʼ]/g, "'");
}

/** The French ligatures written as two letters ("œuvre" → "oeuvre"); lower case only. */
export function splitLigatures(text: string): string {
  return text.replace(/œ/g, 'oe').replace(/æ/g, 'ae');
}

export interface FoldOptions {
  /** Marks removed (see AccentMarks); 'all' unless told. */
  marks?: AccentMarks;
  /**
   * What becomes a space:
   * - 'nonAlphanumeric' (default): every run of characters other than a–z and 0–9 ("Pôle-emploi !" → "pole emploi");
   * - 'apostrophes': only ’ and ', other punctuation is kept and white space is collapsed
   *   ("l'@dresse.fr" → "l @dresse.fr"), for texts where punctuation carries meaning (e-mails, references).
   */
  spaces?: 'nonAlphanumeric' | 'apostrophes';
}

/** Lower case, no accents, separators as single spaces, trimmed: the key two texts are compared by. */
export function foldForMatching(text: string, options: FoldOptions = {}): string {
  const folded = stripAccents(text, options.marks ?? 'all').toLowerCase();
  if (options.spaces === 'apostrophes') return folded.replace(/[’']/g, ' ').replace(/\s+/g, ' ').trim();
  return folded.replace(/[^a-z0-9]+/g, ' ').trim();
}

/** Words of a folded text, apostrophes splitting like spaces ("l'apec" → "l", "apec"). */
export function words(folded: string): string[] {
  return folded.split(/[ ']+/).filter(Boolean);
}

/**
 * Optimal-string-alignment distance (a transposition is one edit) capped at `max`: returns max + 1
 * as soon as the distance is known to be larger, so typo tolerance over long lists stays cheap.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prevPrev[j - 2] + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = cur;
  }
  return prev[b.length] > max ? max + 1 : prev[b.length];
}
