// bench:knowledge — (1) cold load of the built-in knowledge base vs the floor (gunzip + JSON.parse
// of the same file), each in fresh processes, alternating; (2) streaming import of a synthetic
// Lhéo 2.3 catalogue (default 100k offers) vs the floor (saxes parse alone, no offer built).
// Usage: npm run bench:knowledge [-- --rounds 5 --offers 100000]
import { execFileSync } from 'node:child_process';
import { createReadStream, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { SaxesParser } from 'saxes';
import { loadKnowledgeBase } from '../../knowledge/base/loadKnowledgeBase.js';
import { BUILTIN_KB_DIR, SNAPSHOT_FILE } from '../../knowledge/base/snapshot.js';
import { streamLheoFile } from '../../knowledge/importers/lheoImporter.js';
import { writeSyntheticLheo } from '../../knowledge/synthetic/lheoSynthetic.js';
import { percentile } from '../benchKit.js';

const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' }, offers: { type: 'string', default: '100000' } } });
const START_LOAD = loadavg()[0];
const ROUNDS = Number(values.rounds);
const OFFERS = Number(values.offers);
const REPO = fileURLToPath(new URL('../../', import.meta.url));
const TSX = join(REPO, 'node_modules/.bin/tsx');
const machine = `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;

const median = (xs: number[]) => percentile(xs, 50);

// (1) cold load, alternating variants so that outside load hits both alike
const load: Record<string, { ms: number[]; cpu: number[]; rss: number[] }> = { kb: { ms: [], cpu: [], rss: [] }, floor: { ms: [], cpu: [], rss: [] } };
for (let r = 0; r < ROUNDS; r++) {
  for (const mode of ['floor', 'kb'] as const) {
    const out = JSON.parse(execFileSync(TSX, [join(REPO, 'bench/knowledge/loadProbe.ts'), '--mode', mode], { cwd: REPO, encoding: 'utf8' }).trim().split('\n').pop()!);
    load[mode].ms.push(out.ms);
    load[mode].rss.push(out.rssMiB);
    load[mode].cpu.push(out.cpuMs);
  }
}

// (2) streaming Lhéo import
const dir = mkdtempSync(join(tmpdir(), 'k1-bench-'));
const file = join(dir, 'synthetic.xml');
const kb = loadKnowledgeBase();
const t = performance.now();
await writeSyntheticLheo(file, kb, { count: OFFERS, seed: 1 });
const genSeconds = (performance.now() - t) / 1000;
const fileMiB = statSync(file).size / 1048576;

async function floorParse(): Promise<{ seconds: number; peakRssMiB: number; formations: number }> {
  const parser = new SaxesParser({ xmlns: true });
  let formations = 0;
  let peak = 0;
  parser.on('closetag', (tag) => {
    if (tag.local === 'formation' && ++formations % 5000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  });
  const start = performance.now();
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 })) parser.write(chunk as string);
  parser.close();
  return { seconds: (performance.now() - start) / 1000, peakRssMiB: peak / 1048576, formations };
}
async function importerParse(): Promise<{ seconds: number; peakRssMiB: number; offers: number }> {
  let offers = 0;
  let peak = 0;
  const start = performance.now();
  await streamLheoFile(file, { onOffer: () => { if (++offers % 5000 === 0) peak = Math.max(peak, process.memoryUsage().rss); } });
  return { seconds: (performance.now() - start) / 1000, peakRssMiB: peak / 1048576, offers };
}
global.gc?.();
const floor = await floorParse();
const importer = await importerParse();
rmSync(dir, { recursive: true, force: true });

const results = {
  date: new Date().toISOString(),
  machine,
  loadAverageAtStart: START_LOAD,
  snapshotKiB: Math.round(statSync(join(BUILTIN_KB_DIR, SNAPSHOT_FILE)).size / 1024),
  coldLoad: {
    rounds: ROUNDS,
    kb: { p50ms: median(load.kb.ms), maxMs: Math.max(...load.kb.ms), cpuP50ms: median(load.kb.cpu), rssMiB: median(load.kb.rss) },
    floor: { p50ms: median(load.floor.ms), maxMs: Math.max(...load.floor.ms), cpuP50ms: median(load.floor.cpu), rssMiB: median(load.floor.rss) },
  },
  lheo: { offers: OFFERS, fileMiB: Math.round(fileMiB), generationSeconds: genSeconds, importer, floor, importerMiBperSecond: fileMiB / importer.seconds },
};
mkdirSync(join(REPO, 'bench/results'), { recursive: true });
writeFileSync(join(REPO, 'bench/results/knowledge.json'), JSON.stringify(results, null, 2));
console.log(JSON.stringify(results, null, 2));
