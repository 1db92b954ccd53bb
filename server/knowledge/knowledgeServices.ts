// Start-up of the knowledge search for the server: loads (or builds, then saves) the search index
// in the background so the HTTP server listens at once; /readyz reports "knowledge-search" until
// the index is ready. The snapshot lives in `${DATA_DIR}/search-index` (rebuilt automatically when
// the KB, analyzer or embeddings change; prebuilt by `npm run search:index`).
import { join } from 'node:path';
import type { AppConfig } from '../config.js';
import type { Logger } from '../logger.js';
import type { KnowledgeBase } from '../../knowledge/model/knowledgeBase.js';
import type { KnowledgeSearch, SearchHit, SearchOptions } from '../../knowledge/search/knowledgeSearch.js';
import { createKnowledgeSearch, type ReadyKnowledgeSearch } from '../../knowledge/search/createKnowledgeSearch.js';
import { SHIPPED_INDEX_DIR } from '../../knowledge/search/searchIndexSnapshot.js';
import type { SearchEmbedder } from '../../knowledge/embeddings/searchEmbedder.js';
import { createTransformersEmbedder } from '../../knowledge/embeddings/transformersEmbeddings.js';

/** Also a KnowledgeSearch: search() waits for the index on the first calls after start-up. */
export interface KnowledgeSearchService extends KnowledgeSearch {
  /** The search once ready, undefined while loading or after a failure. */
  current(): ReadyKnowledgeSearch | undefined;
  ready: Promise<ReadyKnowledgeSearch>;
  /** For /readyz. */
  check(): Promise<{ ok: boolean; detail?: string }>;
}

export function searchIndexDir(config: AppConfig): string {
  return join(config.DATA_DIR, 'search-index');
}

export async function embedderFor(config: AppConfig): Promise<'trained' | 'none' | SearchEmbedder> {
  if (config.EMBEDDINGS === 'transformers') {
    if (!config.TRANSFORMERS_MODEL_DIR) throw new Error('EMBEDDINGS=transformers needs TRANSFORMERS_MODEL_DIR (see npm run models:fetch)');
    return createTransformersEmbedder({ modelDir: config.TRANSFORMERS_MODEL_DIR });
  }
  return config.EMBEDDINGS;
}

export function startKnowledgeSearch(kb: KnowledgeBase, config: AppConfig, logger: Logger): KnowledgeSearchService {
  let value: ReadyKnowledgeSearch | undefined;
  let failure: Error | undefined;
  const ready = (async () => {
    const search = await createKnowledgeSearch(kb, {
      embeddings: await embedderFor(config),
      indexDir: searchIndexDir(config),
      // The repository ships the index of the built-in KB: used when DATA_DIR has none.
      fallbackIndexDirs: [SHIPPED_INDEX_DIR],
      log: (msg) => logger.info(msg),
    });
    value = search;
    return search;
  })();
  ready.catch((err: Error) => {
    failure = err;
    logger.error({ err: { message: err.message } }, 'knowledge search failed to start');
  });
  return {
    current: () => value,
    ready,
    async search(query: string, options?: SearchOptions): Promise<SearchHit[]> {
      return (value ?? (await ready)).search(query, options);
    },
    async check() {
      if (value) return { ok: true, detail: `${value.info.documents} documents (${value.info.fromSnapshot ? 'snapshot' : 'built'} in ${value.info.millis} ms)` };
      return { ok: false, detail: failure ? `failed: ${failure.message}` : 'index loading' };
    },
  };
}
