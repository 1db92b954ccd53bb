// The embedded default behind LangChain's `Embeddings` interface: the project-trained model
// (trainedEmbeddingModel.ts), no network, no download, ~2 MB.
import { Embeddings, type EmbeddingsParams } from '@langchain/core/embeddings';
import type { SearchDocument } from '../search/searchDocument.js';
import type { SearchEmbedder } from './searchEmbedder.js';
import { normalizeInPlace, TrainedEmbeddingModel } from './trainedEmbeddingModel.js';

/** Weight of the document's own text next to its fiche anchors (trade, RNCP→ROME, offer→ROME). */
const OWN_TEXT_WEIGHT = 0.6;

export class TrainedEmbeddings extends Embeddings implements SearchEmbedder {
  readonly id: string;

  constructor(
    readonly model: TrainedEmbeddingModel = TrainedEmbeddingModel.load(),
    params: EmbeddingsParams = {},
  ) {
    super(params);
    this.id = `trained:${model.header.trainedAt}:${model.dim}`;
  }

  get dim(): number {
    return this.model.dim;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => Array.from(this.model.embedDocument(t)));
  }

  async embedQuery(text: string): Promise<number[]> {
    return Array.from(this.model.embedQuery(text));
  }

  /** Synchronous query vector (hot path of the hybrid search). */
  queryVector(text: string): Float32Array {
    return this.model.embedQuery(text);
  }

  /** A document vector: its fiche anchors (what queries were trained to reach) plus its own words. */
  documentVector(d: SearchDocument, out: Float32Array): Float32Array {
    const dim = this.dim;
    out.fill(0);
    let anchors = 0;
    for (const code of d.romeCodes) {
      const a = this.model.anchor(code);
      if (!a) continue;
      for (let j = 0; j < dim; j++) out[j] += a[j];
      anchors++;
    }
    if (d.type === 'trade' && anchors > 0) return normalizeInPlace(out);
    if (anchors > 1) for (let j = 0; j < dim; j++) out[j] /= anchors;
    const own = this.model.embedDocument(`${d.label} ${d.appellations} ${d.definition.slice(0, 300)}`);
    const w = anchors > 0 ? OWN_TEXT_WEIGHT : 1;
    for (let j = 0; j < dim; j++) out[j] += w * own[j];
    return normalizeInPlace(out);
  }

  async embedSearchDocuments(docs: readonly SearchDocument[]): Promise<Float32Array> {
    const dim = this.dim;
    const out = new Float32Array(docs.length * dim);
    docs.forEach((d, i) => this.documentVector(d, out.subarray(i * dim, (i + 1) * dim)));
    return out;
  }
}
