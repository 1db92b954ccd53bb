// One cold measurement in a fresh process (spawned by knowledgeBench.ts): prints JSON.
// --mode kb: import the loader module + loadKnowledgeBase() (what start-up pays)
// --mode floor: gunzip + JSON.parse of the same snapshot, no maps/lookups (the floor)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const mode = process.argv[process.argv.indexOf('--mode') + 1];
const t0 = performance.now();
const c0 = process.cpuUsage();
let size: number;
if (mode === 'floor') {
  const { BUILTIN_KB_DIR, SNAPSHOT_FILE } = await import('../../knowledge/base/snapshot.js');
  const data = JSON.parse(gunzipSync(readFileSync(join(BUILTIN_KB_DIR, SNAPSHOT_FILE))).toString('utf8')) as { trades: unknown[] };
  size = data.trades.length;
} else {
  const { loadKnowledgeBase } = await import('../../knowledge/base/loadKnowledgeBase.js');
  const kb = loadKnowledgeBase();
  size = kb.trades().length;
  if (!kb.getTrade('J1501') || kb.certificationsForRome('J1501').length === 0) throw new Error('lookup failed');
}
const ms = performance.now() - t0;
const cpu = process.cpuUsage(c0);
const cpuMs = (cpu.user + cpu.system) / 1000;
console.log(JSON.stringify({ mode, ms, cpuMs, rssMiB: process.memoryUsage().rss / 1048576, trades: size }));
