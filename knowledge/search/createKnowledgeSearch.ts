// Factory of the product's KnowledgeSearch: documents from the KB, lexical + vector indexes loaded
// from a snapshot directory when it matches (fast start), otherwise built and saved there.
import type { KnowledgeBase } from '../model/knowledgeBase.js';
import type { SearchEmbedder } from '../embeddings/searchEmbedder.js';
import { TrainedEmbeddings } from '../embeddings/trainedEmbeddings.js';
import { DEFAULT_FUSION, HybridKnowledgeSearch, type FusionSettings } from './hybridKnowledgeSearch.js';
import { LexicalIndex } from './lexicalIndex.js';
import { documentsOf } from './searchDocument.js';
import { readIndexSnapshot, writeIndexSnapshot } from './searchIndexSnapshot.js';
import { VectorIndex } from './vectorIndex.js';

export interface CreateKnowledgeSearchOptions {
  /**
   * Embeddings for the vector side: 'trained' (default, shipped model), 'none' (lexical only), or
   * any SearchEmbedder (e.g. transformers.js through fromLangChainEmbeddings).
   */
  embeddings?: 'trained' | 'none' | SearchEmbedder;
  /** Where the index snapshot is read from / written to (e.g. `${DATA_DIR}/search-index`). */
  indexDir?: string;
  /** Read-only snapshots tried when `indexDir` has none that matches (e.g. SHIPPED_INDEX_DIR). */
  fallbackIndexDirs?: string[];
  fusion?: FusionSettings;
  log?: (msg: string) => void;
}

export interface KnowledgeSearchInfo {
  documents: number;
  fromSnapshot: boolean;
  embedderId: string | null;
  millis: number;
}

export type ReadyKnowledgeSearch = HybridKnowledgeSearch & { readonly info: KnowledgeSearchInfo };

export async function createKnowledgeSearch(
  kb: KnowledgeBase,
  options: CreateKnowledgeSearchOptions = {},
): Promise<ReadyKnowledgeSearch> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const embedder: SearchEmbedder | undefined =
    options.embeddings === 'none'
      ? undefined
      : options.embeddings === undefined || options.embeddings === 'trained'
        ? new TrainedEmbeddings()
        : options.embeddings;
  const docs = documentsOf(kb);

  let lexical: LexicalIndex | undefined;
  let vectors: VectorIndex | undefined;
  let hints: string | undefined;
  let fromSnapshot = false;
  for (const dir of [options.indexDir, ...(options.fallbackIndexDirs ?? [])]) {
    if (!dir || lexical) continue;
    try {
      const snap = readIndexSnapshot(dir, docs, embedder?.id);
      if (snap) {
        lexical = snap.lexical;
        vectors = snap.vectors;
        hints = snap.hints;
        fromSnapshot = true;
      }
    } catch (err) {
      log(`search index snapshot in ${dir} unreadable: ${(err as Error).message}`);
    }
  }
  let built = false;
  if (!lexical) {
    lexical = LexicalIndex.build(docs);
    if (embedder) vectors = new VectorIndex(embedder.dim, await embedder.embedSearchDocuments(docs));
    built = true;
  }
  const search = new HybridKnowledgeSearch(docs, lexical, vectors, embedder, options.fusion ?? DEFAULT_FUSION);
  // The query hints' vocabulary comes with the snapshot, or is built here rather than on the first
  // person's query.
  if (!hints || !search.hints.load(hints)) search.hints.prepare();
  if (built && options.indexDir) {
    try {
      writeIndexSnapshot(options.indexDir, docs, lexical, vectors, embedder?.id, search.hints.toJSON());
    } catch (err) {
      log(`search index snapshot not written: ${(err as Error).message}`);
    }
  }
  const info: KnowledgeSearchInfo = {
    documents: docs.length,
    fromSnapshot,
    embedderId: embedder?.id ?? null,
    millis: Math.round(performance.now() - started),
  };
  log(`knowledge search ready: ${info.documents} documents, ${fromSnapshot ? 'snapshot' : 'built'} in ${info.millis} ms`);
  return Object.assign(search, { info });
}
