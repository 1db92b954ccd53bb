// The repository ships the search index of the built-in knowledge base, so that a fresh machine and
// every test server load it instead of indexing for tens of seconds. If this fails, the KB, the
// analyzer or the embeddings changed: run `npm run search:index -- --ship` and commit the result.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../knowledge/base/loadKnowledgeBase.js';
import { createKnowledgeSearch } from '../../knowledge/search/createKnowledgeSearch.js';
import { QueryHints } from '../../knowledge/search/queryHints.js';
import { documentsOf } from '../../knowledge/search/searchDocument.js';
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

  it('ships the query hints vocabulary that the current code derives from the built-in KB', () => {
    const file = join(SHIPPED_INDEX_DIR, 'hints.json.gz');
    expect(existsSync(file)).toBe(true);
    const shipped = gunzipSync(readFileSync(file)).toString('utf8');
    const docs = documentsOf(loadKnowledgeBase());
    expect(shipped === new QueryHints(docs).toJSON()).toBe(true);
    // Loaded, it answers like a freshly built one.
    const loaded = new QueryHints(docs);
    expect(loaded.load(shipped)).toBe(true);
    expect(loaded.for('chanpignoniste')).toContain('champignonniste');
  });

  it('rejects a vocabulary that is not one (then builds its own)', () => {
    const hints = new QueryHints(documentsOf(loadKnowledgeBase()));
    expect(hints.load('{"format":0}')).toBe(false);
    expect(hints.load('not json')).toBe(false);
    expect(hints.for('ortoptiste')).toContain('orthoptiste');
  });
});
