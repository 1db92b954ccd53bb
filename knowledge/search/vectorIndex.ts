// Exact cosine top-k over normalised Float32Array rows (dot product = cosine). Exact on purpose:
// at the KB's size (thousands to ~100k rows × 64 dims) a linear scan is a few milliseconds and
// needs no approximate structure to tune or persist.
export interface VectorHit {
  index: number;
  score: number;
}

export class VectorIndex {
  readonly count: number;

  constructor(
    readonly dim: number,
    /** count × dim, each row L2-normalised. */
    readonly vectors: Float32Array,
  ) {
    if (vectors.length % dim !== 0) throw new Error(`vector buffer (${vectors.length}) is not a multiple of dim ${dim}`);
    this.count = vectors.length / dim;
  }

  /**
   * Top-k rows by cosine; `accept` filters by row position; `ranges` ([start, end) pairs) limits
   * the scan to some rows (e.g. the rows of the requested types). A zero query returns nothing.
   */
  search(query: Float32Array, k: number, accept?: (index: number) => boolean, ranges?: ReadonlyArray<readonly [number, number]>): VectorHit[] {
    const d = this.dim;
    let qn = 0;
    for (let j = 0; j < d; j++) qn += query[j] * query[j];
    if (qn === 0 || k <= 0) return [];
    const v = this.vectors;
    // Sorted (descending) fixed-size buffers; insertion is cheap for k ≤ 100.
    const topScore = new Float32Array(k).fill(-Infinity);
    const topIndex = new Int32Array(k).fill(-1);
    let min = -Infinity;
    for (const [start, end] of ranges ?? [[0, this.count] as const]) {
      for (let i = start, base = start * d; i < end; i++, base += d) {
        // 4 independent accumulators: lets V8 overlap the multiply-adds (≈2× faster than one).
        let s0 = 0;
        let s1 = 0;
        let s2 = 0;
        let s3 = 0;
        let j = 0;
        for (; j + 3 < d; j += 4) {
          s0 += query[j] * v[base + j];
          s1 += query[j + 1] * v[base + j + 1];
          s2 += query[j + 2] * v[base + j + 2];
          s3 += query[j + 3] * v[base + j + 3];
        }
        for (; j < d; j++) s0 += query[j] * v[base + j];
        const s = s0 + s1 + s2 + s3;
        if (s <= min) continue;
        if (accept && !accept(i)) continue;
        let p = k - 1;
        while (p > 0 && topScore[p - 1] < s) {
          topScore[p] = topScore[p - 1];
          topIndex[p] = topIndex[p - 1];
          p--;
        }
        topScore[p] = s;
        topIndex[p] = i;
        min = topScore[k - 1];
      }
    }
    const out: VectorHit[] = [];
    for (let p = 0; p < k && topIndex[p] >= 0; p++) out.push({ index: topIndex[p], score: topScore[p] });
    return out;
  }
}
