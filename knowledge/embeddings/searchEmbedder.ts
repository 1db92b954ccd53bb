// What the vector side of the search needs from an embedding model: query vectors and one vector
// per search document, as normalised Float32Arrays. Any LangChain `Embeddings` fits through
// `fromLangChainEmbeddings`; the trained model has its own (it uses fiche anchors).
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { SearchDocument } from '../search/searchDocument.js';
import { normalizeInPlace } from './trainedEmbeddingModel.js';

export interface SearchEmbedder {
  /** Identifies model + version: part of the index snapshot key (vectors are rebuilt when it changes). */
  readonly id: string;
  readonly dim: number;
  /** May be synchronous (trained model) or not (transformers.js). */
  queryVector(text: string): Float32Array | Promise<Float32Array>;
  /** N × dim, row-major, each row L2-normalised. */
  embedSearchDocuments(docs: readonly SearchDocument[]): Promise<Float32Array>;
}

/** Text given to a general-purpose model for a document (title first, then what it is about). */
export function documentText(d: SearchDocument, maxChars = 600): string {
  return [d.label, d.appellations, d.definition].filter(Boolean).join('. ').slice(0, maxChars);
}

export function fromLangChainEmbeddings(embeddings: EmbeddingsInterface, id: string, dim: number, batchSize = 32): SearchEmbedder {
  return {
    id,
    dim,
    async queryVector(text: string) {
      return normalizeInPlace(Float32Array.from(await embeddings.embedQuery(text)));
    },
    async embedSearchDocuments(docs: readonly SearchDocument[]) {
      const out = new Float32Array(docs.length * dim);
      for (let i = 0; i < docs.length; i += batchSize) {
        const batch = docs.slice(i, i + batchSize).map((d) => documentText(d));
        const vectors = await embeddings.embedDocuments(batch);
        vectors.forEach((v, j) => {
          const row = out.subarray((i + j) * dim, (i + j + 1) * dim);
          row.set(v.slice(0, dim));
          normalizeInPlace(row);
        });
      }
      return out;
    },
  };
}
