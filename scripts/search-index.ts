// npm run search:index — prebuilds the search index snapshot (MiniSearch JSON + vectors) into
// ${DATA_DIR}/search-index so the server loads it at start-up instead of indexing. The server also
// builds it on first start when missing or stale; this command just does it ahead of time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../server/config.js';
import { loadKnowledgeBase } from '../knowledge/base/loadKnowledgeBase.js';
import { createKnowledgeSearch } from '../knowledge/search/createKnowledgeSearch.js';
import { embedderFor, searchIndexDir } from '../server/knowledge/knowledgeServices.js';
import { shipIndexSnapshot, SHIPPED_INDEX_DIR } from '../knowledge/search/searchIndexSnapshot.js';

const config = loadConfig();
// --ship: build from scratch and write the gzipped snapshot shipped in the repository.
const ship = process.argv.includes('--ship');
const dir = ship ? mkdtempSync(join(tmpdir(), 'cep-search-index-')) : searchIndexDir(config);
if (process.argv.includes('--force')) rmSync(dir, { recursive: true, force: true });
const kb = config.KB_DIR ? loadKnowledgeBase(config.KB_DIR) : loadKnowledgeBase();
const search = await createKnowledgeSearch(kb, { embeddings: await embedderFor(config), indexDir: dir, log: (m) => console.log(`[search:index] ${m}`) });
console.log(`[search:index] ${dir}: ${search.info.documents} documents, ${search.info.fromSnapshot ? 'already up to date' : 'written'}`);
if (ship) {
  shipIndexSnapshot(dir, SHIPPED_INDEX_DIR);
  rmSync(dir, { recursive: true, force: true });
  console.log(`[search:index] shipped snapshot written to ${SHIPPED_INDEX_DIR}`);
}
