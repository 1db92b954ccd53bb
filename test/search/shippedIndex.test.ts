// The repository ships the search index of the built-in knowledge base, so that a fresh machine and
// every test server load it instead of indexing for tens of seconds. If this fails, the KB, the
// analyzer or the embeddings changed: run `npm run search:index -- --ship` and commit the result.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../knowledge/base/knowledgeBase.js';
import { createKnowledgeSearch } from '../../knowledge/search/createKnowledgeSearch.js';
import { SHIPPED_INDEX_DIR } from '../../knowledge/search/searchIndexSnapshot.js';

describe('shipped search index', () => {
  it('Given an empty data directory, When the search starts, Then it loads the shipped snapshot of the built-in KB and answers', async () => {
    const search = await createKnowledgeSearch(loadKnowledgeBase(), {
      indexDir: mkdtempSync(join(tmpdir(), 'cep-empty-index-')),
      fallbackIndexDirs: [SHIPPED_INDEX_DIR],
    });
    expect(search.info.fromSnapshot).toBe(true);
    const hits = await search.search('aide-soignante', { types: ['trade'], limit: 3 });
    expect(hits.map((h) => h.code)).toContain('J1501');
  });
});
