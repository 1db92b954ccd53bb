// Locates ../shared/data for importer tests on the real open data; tests skip LOUDLY without it.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const SHARED_DATA = resolve(process.env.SHARED_DATA_DIR ?? resolve(REPO, '../shared/data'));
export const HAS_SHARED = existsSync(resolve(SHARED_DATA, 'rome-v4.60'));

if (!HAS_SHARED) {
   
  console.warn(`\n!!! ../shared/data not found at ${SHARED_DATA}: importer tests on REAL data are SKIPPED (set SHARED_DATA_DIR) !!!\n`);
}
