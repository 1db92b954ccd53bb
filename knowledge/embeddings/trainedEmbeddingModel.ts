// The project's own embedding model: a hashed feature table (word stems, stem bigrams, char
// n-grams) projected to a small dense space, plus one "anchor" vector per ROME fiche. Trained by
// `npm run embeddings:train` (trainEmbeddings.ts) from the KB's own texts; stored as one compact
// binary artifact (int8 table, float32 anchors).
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { documentFeatures, queryFeatures, type SparseFeatures } from './textFeatures.js';

export const TRAINED_MODEL_FILE = fileURLToPath(new URL('./model/trained-fr.bin.gz', import.meta.url));
const MAGIC = 'CEPEMB1';

export interface TrainedModelHeader {
  magic: string;
  dim: number;
  buckets: number;
  /** ROME codes of the anchors, in storage order. */
  anchorCodes: string[];
  trainedAt: string;
  /** Free-form provenance: KB datasets, counts, hyper-parameters. */
  info: Record<string, unknown>;
}

export class TrainedEmbeddingModel {
  readonly anchorIndex: Map<string, number>;

  constructor(
    readonly header: TrainedModelHeader,
    /** buckets × dim, row-major, float32 (dequantised at load). */
    readonly table: Float32Array,
    /** anchors × dim, L2-normalised. */
    readonly anchors: Float32Array,
  ) {
    this.anchorIndex = new Map(header.anchorCodes.map((c, i) => [c, i]));
  }

  get dim(): number {
    return this.header.dim;
  }

  /** Anchor vector of a ROME fiche (a view, do not mutate), or undefined. */
  anchor(code: string): Float32Array | undefined {
    const i = this.anchorIndex.get(code);
    if (i === undefined) return undefined;
    return this.anchors.subarray(i * this.dim, (i + 1) * this.dim);
  }

  /** Σ weight · table[feature]; L2-normalised; zero vector when no feature is known. */
  project(f: SparseFeatures, out = new Float32Array(this.dim)): Float32Array {
    const d = this.dim;
    out.fill(0);
    for (let i = 0; i < f.ids.length; i++) {
      const base = f.ids[i] * d;
      const w = f.weights[i];
      for (let j = 0; j < d; j++) out[j] += w * this.table[base + j];
    }
    return normalizeInPlace(out);
  }

  embedQuery(text: string): Float32Array {
    return this.project(queryFeatures(text, this.header.buckets));
  }

  embedDocument(text: string): Float32Array {
    return this.project(documentFeatures(text, this.header.buckets));
  }

  serialize(): Buffer {
    const { dim, buckets } = this.header;
    // int8 rows with one float32 scale per row: 4× smaller than float32, no measurable loss.
    const q = new Int8Array(buckets * dim);
    const scales = new Float32Array(buckets);
    for (let r = 0; r < buckets; r++) {
      let max = 0;
      for (let j = 0; j < dim; j++) max = Math.max(max, Math.abs(this.table[r * dim + j]));
      const s = max / 127 || 1;
      scales[r] = max === 0 ? 0 : s;
      for (let j = 0; j < dim; j++) q[r * dim + j] = Math.round(this.table[r * dim + j] / s);
    }
    const head = Buffer.from(JSON.stringify(this.header), 'utf8');
    const len = Buffer.alloc(4);
    len.writeUInt32LE(head.length);
    return gzipSync(
      Buffer.concat([
        Buffer.from(MAGIC),
        len,
        head,
        Buffer.from(scales.buffer, scales.byteOffset, scales.byteLength),
        Buffer.from(this.anchors.buffer, this.anchors.byteOffset, this.anchors.byteLength),
        Buffer.from(q.buffer, q.byteOffset, q.byteLength),
      ]),
      { level: 9 },
    );
  }

  save(file = TRAINED_MODEL_FILE): number {
    const buf = this.serialize();
    writeFileSync(file, buf);
    return buf.length;
  }

  static deserialize(gz: Buffer): TrainedEmbeddingModel {
    const buf = gunzipSync(gz);
    if (buf.subarray(0, MAGIC.length).toString() !== MAGIC) throw new Error('Not a trained embedding model file');
    let o = MAGIC.length;
    const headLen = buf.readUInt32LE(o);
    o += 4;
    const header = JSON.parse(buf.subarray(o, o + headLen).toString('utf8')) as TrainedModelHeader;
    o += headLen;
    const { dim, buckets } = header;
    const copy = (bytes: number) => {
      const b = new Uint8Array(bytes);
      b.set(buf.subarray(o, o + bytes));
      o += bytes;
      return b.buffer;
    };
    const scales = new Float32Array(copy(buckets * 4));
    const anchors = new Float32Array(copy(header.anchorCodes.length * dim * 4));
    const q = new Int8Array(copy(buckets * dim));
    const table = new Float32Array(buckets * dim);
    for (let r = 0; r < buckets; r++) {
      const s = scales[r];
      if (s === 0) continue;
      for (let j = 0; j < dim; j++) table[r * dim + j] = q[r * dim + j] * s;
    }
    return new TrainedEmbeddingModel(header, table, anchors);
  }

  static load(file = TRAINED_MODEL_FILE): TrainedEmbeddingModel {
    return TrainedEmbeddingModel.deserialize(readFileSync(file));
  }
}

export function normalizeInPlace(v: Float32Array): Float32Array {
  let n = 0;
  for (let j = 0; j < v.length; j++) n += v[j] * v[j];
  if (n > 0) {
    const inv = 1 / Math.sqrt(n);
    for (let j = 0; j < v.length; j++) v[j] *= inv;
  }
  return v;
}
