// Hashed sparse features of a French text for the trained embedding model: word stems, stem
// bigrams and character n-grams of folded words (the n-grams make typos and unseen inflections
// land near the right words, fastText-style).
import { documentTokens, expandQuery, MAX_QUERY_CHARS, queryTokens, stem } from '../search/frenchAnalyzer.js';

export interface SparseFeatures {
  ids: Uint32Array;
  weights: Float32Array;
}

/** FNV-1a 32-bit, enough to spread a few hundred thousand distinct features. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export const NGRAM_MIN = 3;
export const NGRAM_MAX = 5;
/** Share of a word's weight carried by its character n-grams (the stem carries the rest). */
export const NGRAM_SHARE = 0.5;
export const BIGRAM_WEIGHT = 0.5;

function addWords(acc: Map<number, number>, words: string[], buckets: number, scale: number): void {
  let prev: string | undefined;
  for (const w of words) {
    const s = stem(w);
    const wordKey = fnv1a(`w:${s}`) % buckets;
    acc.set(wordKey, (acc.get(wordKey) ?? 0) + scale * (1 - NGRAM_SHARE));
    const padded = `<${w}>`;
    const grams: string[] = [];
    for (let n = NGRAM_MIN; n <= NGRAM_MAX; n++) {
      for (let i = 0; i + n <= padded.length; i++) grams.push(padded.slice(i, i + n));
    }
    const g = (scale * NGRAM_SHARE) / Math.max(1, grams.length);
    for (const gram of grams) {
      const k = fnv1a(`g:${gram}`) % buckets;
      acc.set(k, (acc.get(k) ?? 0) + g);
    }
    if (prev !== undefined) {
      const k = fnv1a(`b:${prev}_${s}`) % buckets;
      acc.set(k, (acc.get(k) ?? 0) + scale * BIGRAM_WEIGHT);
    }
    prev = s;
  }
}

function toSparse(acc: Map<number, number>): SparseFeatures {
  const ids = new Uint32Array(acc.size);
  const weights = new Float32Array(acc.size);
  let i = 0;
  for (const [k, v] of acc) {
    ids[i] = k;
    weights[i] = v;
    i++;
  }
  return { ids, weights };
}

/** Features of a KB text (appellation, definition sentence…). */
export function documentFeatures(text: string, buckets: number): SparseFeatures {
  const acc = new Map<number, number>();
  addWords(acc, documentTokens(text), buckets, 1);
  return toSparse(acc);
}

/** Features of a user query: intent words dropped, synonym expansion added at a lower weight. */
export function queryFeatures(text: string, buckets: number, expansionWeight = 0.7): SparseFeatures {
  const { text: own, expansion } = expandQuery(text.slice(0, MAX_QUERY_CHARS));
  const acc = new Map<number, number>();
  addWords(acc, queryTokens(own), buckets, 1);
  if (expansion) addWords(acc, queryTokens(expansion), buckets, expansionWeight);
  return toSparse(acc);
}

