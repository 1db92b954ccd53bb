// Normalised form of a French place name, so that "St-Étienne", "saint etienne" and "SAINT-ETIENNE"
// meet in the same key. Pure.

export function stripAccents(text: string): string {
  // Combining diacritical marks block: enough for French, much faster than \p{M} on 35k names.
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Lower case, no accents, hyphens/apostrophes as spaces, "St"/"Ste" expanded, single spaces. */
export function normalisePlaceName(raw: string): string {
  let t = stripAccents(raw.toLowerCase())
    .replace(/[œæ]/g, (c) => (c === 'œ' ? 'oe' : 'ae'))
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

/** Damerau-Levenshtein distance capped at `max` (returns max+1 when above), for cheap typo tolerance. */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length;
  const m = b.length;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prevPrev[j - 2] + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = cur;
  }
  return prev[m] > max ? max + 1 : prev[m];
}
