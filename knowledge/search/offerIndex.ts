// Inverted index of training offers (up to ~100k), queried with AND over the person's own words.
// Purpose-built instead of MiniSearch: MiniSearch scores each term's whole posting list (tens of
// thousands of offers for "formation", "aide") before intersecting, which was the p95 of the search
// with 100k offers. Here postings are sorted typed arrays with a precomputed BM25+ weight per
// (term, offer); AND intersects from the rarest term with galloping search, so only the
// intersection is scored and filtered. Scores equal MiniSearch's (same BM25+ formula and
// parameters, same field boosts, same field lengths) up to float32 rounding of the weights.
import { documentTokens, stem } from './frenchAnalyzer.js';

/** Fields of an offer, in the order of `boosts`. */
export interface OfferFields {
  label: string;
  appellations: string;
  skills: string;
  definition: string;
}
export type OfferField = keyof OfferFields;

export interface OfferHit {
  /** Position of the offer in the caller's document array. */
  index: number;
  score: number;
}

/** MiniSearch's defaults (BM25+). */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const FORMAT = 1;

/** The serialised form, also kept in memory (a few bytes per posting) so that saving is cheap. */
interface Encoded {
  fields: OfferField[];
  boosts: number[];
  terms: string[];
  offerCount: number;
  postingCount: number;
  /** Varints: offer positions as deltas (ascending). */
  docIndex: Buffer;
  /** Varints: per offer and field, number of distinct tokens (MiniSearch's field length). */
  fieldLengths: Buffer;
  /** Varints, per term: count, then per posting: ordinal delta, field mask, tf of each field in the mask. */
  postings: Buffer;
}

export interface OfferIndexJSON {
  format: number;
  fields: OfferField[];
  boosts: number[];
  terms: string[];
  offerCount: number;
  postingCount: number;
  /** Base64 of the varint streams of `Encoded`. */
  docIndex: string;
  fieldLengths: string;
  postings: string;
}

export class OfferIndex {
  private readonly termIds: Map<string, number>;
  /** Postings of term t are [offsets[t], offsets[t + 1]). */
  private readonly offsets: Uint32Array;
  /** Offer ordinals, ascending within a term. */
  private readonly postings: Int32Array;
  /** Σ over fields of boost × BM25+(tf, df, N, field length), per posting. */
  private readonly weights: Float32Array;
  /** Offer ordinal → document position. */
  private readonly docIndex: Int32Array;

  private constructor(private readonly encoded: Encoded) {
    const decoded = decode(encoded);
    this.docIndex = decoded.docIndex;
    this.offsets = decoded.offsets;
    this.postings = decoded.postings;
    this.weights = decoded.weights;
    this.termIds = new Map(encoded.terms.map((t, i) => [t, i]));
  }

  get documentCount(): number {
    return this.docIndex.length;
  }

  /** `offers`: document position and fields, positions ascending; `boosts` by field. */
  static build(offers: ReadonlyArray<{ index: number; fields: OfferFields }>, boosts: Record<OfferField, number>): OfferIndex {
    const fields = Object.keys(boosts) as OfferField[];
    const nf = fields.length;
    if (nf > 30) throw new Error('too many fields for the field mask');
    const docs = new VarintWriter();
    const lengths = new VarintWriter();
    const termIds = new Map<string, number>();
    // Per term, while building: ordinals, and per posting the nf term frequencies.
    const ordsOf: number[][] = [];
    const tfOf: number[][] = [];
    let prev = -1;
    for (let o = 0; o < offers.length; o++) {
      const { index, fields: f } = offers[o];
      if (!Number.isInteger(index) || index <= prev) throw new Error('offer positions must be ascending integers');
      docs.write(index - Math.max(prev, 0));
      prev = index;
      const counts = new Map<number, number[]>();
      fields.forEach((name, fi) => {
        const tokens = documentTokens(f[name] ?? '');
        lengths.write(new Set(tokens).size);
        for (const token of tokens) {
          const term = stem(token);
          let id = termIds.get(term);
          if (id === undefined) {
            id = ordsOf.length;
            termIds.set(term, id);
            ordsOf.push([]);
            tfOf.push([]);
          }
          let c = counts.get(id);
          if (!c) counts.set(id, (c = new Array<number>(nf).fill(0)));
          c[fi]++;
        }
      });
      for (const [id, c] of counts) {
        ordsOf[id].push(o);
        tfOf[id].push(...c);
      }
    }
    const post = new VarintWriter();
    let postingCount = 0;
    for (let t = 0; t < ordsOf.length; t++) {
      const ords = ordsOf[t];
      const tfs = tfOf[t];
      post.write(ords.length);
      postingCount += ords.length;
      for (let i = 0; i < ords.length; i++) {
        post.write(ords[i] - (i ? ords[i - 1] : 0));
        let mask = 0;
        for (let f = 0; f < nf; f++) if (tfs[i * nf + f]) mask |= 1 << f;
        post.write(mask);
        for (let f = 0; f < nf; f++) if (tfs[i * nf + f]) post.write(tfs[i * nf + f]);
      }
    }
    return new OfferIndex({
      fields,
      boosts: fields.map((x) => boosts[x]),
      terms: [...termIds.keys()],
      offerCount: offers.length,
      postingCount,
      docIndex: docs.bytes(),
      fieldLengths: lengths.bytes(),
      postings: post.bytes(),
    });
  }

  /**
   * Offers containing every term (analysed stems; a repeated term counts as many times as given,
   * as in MiniSearch), best first, ties by position; `accept` filters by document position and is
   * only asked about offers that would enter the top `limit`.
   */
  search(terms: readonly string[], limit: number, accept?: (index: number) => boolean): OfferHit[] {
    if (terms.length === 0 || limit <= 0) return [];
    const times = new Map<number, number>();
    for (const term of terms) {
      const id = this.termIds.get(term);
      if (id === undefined) return [];
      times.set(id, (times.get(id) ?? 0) + 1);
    }
    const { offsets, postings, weights } = this;
    const lists = [...times.keys()].sort((a, b) => offsets[a + 1] - offsets[a] - (offsets[b + 1] - offsets[b]));
    // MiniSearch multiplies the score by the number of distinct query terms matched (here: all).
    const quality = lists.length;
    const top = new TopK(limit);
    const first = lists[0];
    const m0 = times.get(first)! * quality;
    if (lists.length === 1) {
      for (let p = offsets[first]; p < offsets[first + 1]; p++) this.offer(top, postings[p], weights[p] * m0, accept);
      return top.sorted();
    }
    // Candidates from the rarest term, narrowed list by list (in place).
    let n = offsets[first + 1] - offsets[first];
    const cand = postings.slice(offsets[first], offsets[first + 1]);
    const score = new Float64Array(n);
    for (let i = 0; i < n; i++) score[i] = weights[offsets[first] + i] * m0;
    for (let l = 1; l < lists.length && n > 0; l++) {
      const t = lists[l];
      const mult = times.get(t)! * quality;
      const end = offsets[t + 1];
      let lo = offsets[t];
      let kept = 0;
      for (let i = 0; i < n && lo < end; i++) {
        const d = cand[i];
        lo = gallop(postings, lo, end, d);
        if (lo < end && postings[lo] === d) {
          cand[kept] = d;
          score[kept++] = score[i] + weights[lo] * mult;
          lo++;
        }
      }
      n = kept;
    }
    for (let i = 0; i < n; i++) this.offer(top, cand[i], score[i], accept);
    return top.sorted();
  }

  private offer(top: TopK, ordinal: number, score: number, accept: ((index: number) => boolean) | undefined): void {
    if (!top.wouldTake(score)) return;
    const index = this.docIndex[ordinal];
    if (accept && !accept(index)) return;
    top.push(index, score);
  }

  toJSON(): OfferIndexJSON {
    const e = this.encoded;
    return {
      format: FORMAT,
      fields: e.fields,
      boosts: e.boosts,
      terms: e.terms,
      offerCount: e.offerCount,
      postingCount: e.postingCount,
      docIndex: e.docIndex.toString('base64'),
      fieldLengths: e.fieldLengths.toString('base64'),
      postings: e.postings.toString('base64'),
    };
  }

  static fromJSON(json: OfferIndexJSON): OfferIndex {
    const ok =
      json && json.format === FORMAT && Array.isArray(json.terms) && Array.isArray(json.fields) && Array.isArray(json.boosts) &&
      json.boosts.length === json.fields.length && Number.isInteger(json.offerCount) && Number.isInteger(json.postingCount);
    if (!ok) throw new Error('not an offer index snapshot');
    return new OfferIndex({
      ...json,
      docIndex: Buffer.from(json.docIndex, 'base64'),
      fieldLengths: Buffer.from(json.fieldLengths, 'base64'),
      postings: Buffer.from(json.postings, 'base64'),
    });
  }
}

/** Encoded → search arrays; BM25+ weights computed here, so a loaded index scores exactly as the built one. */
function decode(e: Encoded) {
  const nf = e.fields.length;
  const n = e.offerCount;
  const docIndex = new Int32Array(n);
  const docs = new VarintReader(e.docIndex);
  for (let o = 0, prev = 0; o < n; o++) docIndex[o] = prev += docs.read();
  const fieldLengths = new Uint32Array(n * nf);
  const lengths = new VarintReader(e.fieldLengths);
  const avg = new Float64Array(nf);
  for (let i = 0; i < n * nf; i++) avg[i % nf] += fieldLengths[i] = lengths.read();
  for (let f = 0; f < nf; f++) avg[f] = n ? avg[f] / n : 0;

  const offsets = new Uint32Array(e.terms.length + 1);
  const postings = new Int32Array(e.postingCount);
  const weights = new Float32Array(e.postingCount);
  const post = new VarintReader(e.postings);
  let tf = new Uint32Array(1024 * nf);
  const df = new Int32Array(nf);
  const idf = new Float64Array(nf);
  const { k, b, d } = BM25;
  for (let t = 0, p0 = 0; t < e.terms.length; t++) {
    const count = post.read();
    if (p0 + count > e.postingCount) throw new Error('offer index snapshot is corrupt');
    offsets[t + 1] = p0 + count;
    if (tf.length < count * nf) tf = new Uint32Array(count * nf);
    df.fill(0);
    for (let i = 0, prev = 0; i < count; i++) {
      postings[p0 + i] = prev += post.read();
      if (prev >= n) throw new Error('offer index snapshot is corrupt');
      const mask = post.read();
      for (let f = 0; f < nf; f++) {
        const x = mask & (1 << f) ? post.read() : 0;
        tf[i * nf + f] = x;
        if (x) df[f]++;
      }
    }
    for (let f = 0; f < nf; f++) idf[f] = Math.log(1 + (n - df[f] + 0.5) / (df[f] + 0.5));
    for (let i = 0; i < count; i++) {
      const o = postings[p0 + i];
      let w = 0;
      for (let f = 0; f < nf; f++) {
        const x = tf[i * nf + f];
        if (!x) continue;
        w += e.boosts[f] * idf[f] * (d + (x * (k + 1)) / (x + k * (1 - b + (b * fieldLengths[o * nf + f]) / avg[f])));
      }
      weights[p0 + i] = w;
    }
    p0 += count;
  }
  if (offsets[e.terms.length] !== e.postingCount || !post.done() || !docs.done() || !lengths.done()) throw new Error('offer index snapshot is corrupt');
  return { docIndex, offsets, postings, weights };
}

/** First position p in [lo, end) with a[p] >= target (end if none): exponential then binary search. */
export function gallop(a: Int32Array, lo: number, end: number, target: number): number {
  let step = 1;
  let hi = lo;
  while (hi < end && a[hi] < target) {
    lo = hi + 1;
    hi = lo + step;
    step *= 2;
  }
  if (hi > end) hi = end;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The best `k` (score desc, then position asc), kept in a min-heap whose root is the worst. */
class TopK {
  private readonly idx: number[] = [];
  private readonly sc: number[] = [];
  constructor(private readonly k: number) {}

  /** Candidates arrive by ascending position, so an equal score never beats the worst kept. */
  wouldTake(score: number): boolean {
    return this.sc.length < this.k || score > this.sc[0];
  }

  private worse(i: number, j: number): boolean {
    return this.sc[i] < this.sc[j] || (this.sc[i] === this.sc[j] && this.idx[i] > this.idx[j]);
  }

  private swap(i: number, j: number): void {
    [this.sc[i], this.sc[j]] = [this.sc[j], this.sc[i]];
    [this.idx[i], this.idx[j]] = [this.idx[j], this.idx[i]];
  }

  push(index: number, score: number): void {
    if (this.sc.length < this.k) {
      this.sc.push(score);
      this.idx.push(index);
      for (let i = this.sc.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (!this.worse(i, parent)) break;
        this.swap(i, parent);
        i = parent;
      }
      return;
    }
    this.sc[0] = score;
    this.idx[0] = index;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let w = i;
      if (l < this.sc.length && this.worse(l, w)) w = l;
      if (r < this.sc.length && this.worse(r, w)) w = r;
      if (w === i) break;
      this.swap(i, w);
      i = w;
    }
  }

  sorted(): OfferHit[] {
    return this.idx.map((index, i) => ({ index, score: this.sc[i] })).sort((a, b) => b.score - a.score || a.index - b.index);
  }
}

class VarintWriter {
  private buf = new Uint8Array(1 << 16);
  private len = 0;

  write(x: number): void {
    if (this.len + 5 > this.buf.length) {
      const next = new Uint8Array(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    while (x >= 0x80) {
      this.buf[this.len++] = (x & 0x7f) | 0x80;
      x >>>= 7;
    }
    this.buf[this.len++] = x;
  }

  bytes(): Buffer {
    return Buffer.from(this.buf.subarray(0, this.len));
  }
}

class VarintReader {
  private pos = 0;
  constructor(private readonly buf: Uint8Array) {}

  done(): boolean {
    return this.pos >= this.buf.length;
  }

  read(): number {
    let x = 0;
    let shift = 0;
    for (;;) {
      if (this.pos >= this.buf.length || shift > 35) throw new Error('offer index snapshot is truncated or corrupt');
      const byte = this.buf[this.pos++];
      x += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return x;
      shift += 7;
    }
  }
}
