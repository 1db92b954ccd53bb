// npm run bench:search [-- --offers 100000 --queries 600 --skip-offers | --skip-builtin] [--no-doc]
// Measures, side by side in one run, the product's hybrid search and a default-configured
// MiniSearch (baseline) on the same documents: index build time, snapshot load time, p50/p95 query
// latency, RSS; on (a) the built-in KB and (b) built-in + N synthetic Lhéo offers (the synthetic generator of knowledge/synthetic,
// parsed by the streaming Lhéo importer). Writes bench/results/search.json and prints a Markdown section.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { loadKnowledgeBase } from '../../knowledge/base/loadKnowledgeBase.js';
import type { KnowledgeBase } from '../../knowledge/model/knowledgeBase.js';
import { importLheoFile } from '../../knowledge/importers/lheoImporter.js';
import { writeSyntheticLheo } from '../../knowledge/synthetic/lheoSynthetic.js';
import { createKnowledgeSearch } from '../../knowledge/search/createKnowledgeSearch.js';
import { documentsOf } from '../../knowledge/search/searchDocument.js';
import { loadJobQueries } from '../../knowledge/search/relevanceEvaluation.js';
import type { KnowledgeType } from '../../knowledge/search/knowledgeSearch.js';
import { percentile, writeBenchSection } from '../benchKit.js';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}
const OFFERS = flag('offers', 100_000);
const QUERIES = flag('queries', 600);
const skipOffers = process.argv.includes('--skip-offers');
// Only (b): for iterating on the offer index; the docs section is then left alone (it shows both).
const skipBuiltin = process.argv.includes('--skip-builtin');

const rssMb = () => Math.round(process.memoryUsage().rss / 1e6);
const gc = () => (globalThis as { gc?: () => void }).gc?.();
async function time<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const t = performance.now();
  const r = await fn();
  return [r, performance.now() - t];
}

const queryTexts = loadJobQueries().map((q) => q.query);
const workload = Array.from({ length: QUERIES }, (_, i) => queryTexts[i % queryTexts.length]);

async function latencies(run: (q: string) => Promise<unknown> | unknown): Promise<{ p50: number; p95: number; max: number }> {
  for (const q of workload.slice(0, 50)) await run(q); // warm-up (JIT, caches)
  const ms: number[] = [];
  for (const q of workload) {
    const t = performance.now();
    await run(q);
    ms.push(performance.now() - t);
  }
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), max: ms[ms.length - 1] };
}

interface ScenarioResult {
  name: string;
  documents: number;
  product: {
    buildMs: number;
    snapshotLoadMs: number;
    snapshotMb: number;
    hybridAll: { p50: number; p95: number; max: number };
    hybridTrades: { p50: number; p95: number; max: number };
    lexicalAll: { p50: number; p95: number; max: number };
    rssMb: number;
  };
  baseline: { buildMs: number; loadJsonMs: number; query: { p50: number; p95: number; max: number }; rssMb: number };
}

async function scenario(name: string, kb: KnowledgeBase): Promise<ScenarioResult> {
  console.error(`\n[bench:search] scenario ${name}`);
  const dir = mkdtempSync(join(tmpdir(), 'cep-search-bench-'));
  try {
    gc();
    const [built, buildMs] = await time(() => createKnowledgeSearch(kb, { indexDir: dir }));
    console.error(`  product build ${buildMs.toFixed(0)} ms (${built.info.documents} docs)`);
    const { statSync, readdirSync } = await import('node:fs');
    const snapshotMb = readdirSync(dir).reduce((s, f) => s + statSync(join(dir, f)).size, 0) / 1e6;
    gc();
    const [search, snapshotLoadMs] = await time(() => createKnowledgeSearch(kb, { indexDir: dir }));
    if (!search.info.fromSnapshot) throw new Error('snapshot was not used');
    console.error(`  product snapshot load ${snapshotLoadMs.toFixed(0)} ms`);
    const trades: KnowledgeType[] = ['trade'];
    const hybridAll = await latencies((q) => search.searchWith(q, 'hybrid', { limit: 10 }));
    const hybridTrades = await latencies((q) => search.searchWith(q, 'hybrid', { types: trades, limit: 10 }));
    const lexicalAll = await latencies((q) => search.searchWith(q, 'lexical', { limit: 10 }));
    gc();
    const productRss = rssMb();
    console.error(`  product hybrid p50 ${hybridAll.p50.toFixed(2)} p95 ${hybridAll.p95.toFixed(2)} ms, rss ${productRss} MB`);

    // Baseline: MiniSearch with its defaults on the same documents and fields.
    const rssBefore = rssMb();
    const docs = documentsOf(kb).map((d, i) => ({ id: i, label: d.label, appellations: d.appellations, skills: d.skills, definition: d.definition }));
    const fields = ['label', 'appellations', 'skills', 'definition'];
    const [mini, baseBuildMs] = await time(() => {
      const m = new MiniSearch({ fields });
      m.addAll(docs);
      return m;
    });
    const json = JSON.stringify(mini);
    const [, loadJsonMs] = await time(() => MiniSearch.loadJSON(json, { fields }));
    const query = await latencies((q) => mini.search(q).slice(0, 10));
    gc();
    const baseRss = rssMb() - rssBefore;
    console.error(`  baseline build ${baseBuildMs.toFixed(0)} ms, query p50 ${query.p50.toFixed(2)} p95 ${query.p95.toFixed(2)} ms`);
    return {
      name,
      documents: built.info.documents,
      product: { buildMs, snapshotLoadMs, snapshotMb, hybridAll, hybridTrades, lexicalAll, rssMb: productRss },
      baseline: { buildMs: baseBuildMs, loadJsonMs, query, rssMb: baseRss },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const loadAtStart = loadavg()[0];
const results: ScenarioResult[] = [];
const [kb, kbLoadMs] = await time(() => loadKnowledgeBase());
console.error(`[bench:search] built-in KB loaded in ${kbLoadMs.toFixed(0)} ms`);
if (!skipBuiltin) results.push(await scenario('(a) built-in KB', kb));

if (!skipOffers) {
  const tmp = mkdtempSync(join(tmpdir(), 'cep-lheo-bench-'));
  try {
    const file = join(tmp, 'synthetic.xml');
    const [, genMs] = await time(() => writeSyntheticLheo(file, kb, { count: OFFERS, seed: 42 }));
    const [{ offers }, parseMs] = await time(() => importLheoFile(file, { sourceLabel: 'Catalogue synthétique (benchmark)' }));
    console.error(`[bench:search] ${offers.length} synthetic offers generated in ${genMs.toFixed(0)} ms, parsed in ${parseMs.toFixed(0)} ms`);
    const kbWithOffers = loadKnowledgeBase(undefined, { offers });
    results.push(await scenario(`(b) built-in + ${offers.length.toLocaleString('en')} synthetic offers`, kbWithOffers));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

const f = (x: number) => x.toFixed(x < 10 ? 2 : 0);
const lines = [
  `Run ${new Date().toISOString().slice(0, 16)}Z. Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average (1 min) ${loadAtStart.toFixed(1)} at the start and ${loadavg()[0].toFixed(1)} at the end of the run (the 2 cores are shared);`,
  `${QUERIES} queries per measure (the labelled job queries, cycled), limit 10, after 50 warm-up queries. KB load (gunzip + parse): ${f(kbLoadMs)} ms.`,
  '',
  '| Scenario | Docs | Engine | Build (ms) | Snapshot load (ms) | p50 (ms) | p95 (ms) | RSS (MB; baseline: added) |',
  '|---|---|---|---|---|---|---|---|',
];
for (const r of results) {
  lines.push(`| ${r.name} | ${r.documents} | product hybrid, all types | ${f(r.product.buildMs)} | ${f(r.product.snapshotLoadMs)} (${r.product.snapshotMb.toFixed(1)} MB on disk) | ${f(r.product.hybridAll.p50)} | ${f(r.product.hybridAll.p95)} | ${r.product.rssMb} |`);
  lines.push(`| ${r.name} | ${r.documents} | product hybrid, type=trade | | | ${f(r.product.hybridTrades.p50)} | ${f(r.product.hybridTrades.p95)} | |`);
  lines.push(`| ${r.name} | ${r.documents} | product lexical only | | | ${f(r.product.lexicalAll.p50)} | ${f(r.product.lexicalAll.p95)} | |`);
  lines.push(`| ${r.name} | ${r.documents} | baseline MiniSearch (defaults) | ${f(r.baseline.buildMs)} | ${f(r.baseline.loadJsonMs)} (loadJSON) | ${f(r.baseline.query.p50)} | ${f(r.baseline.query.p95)} | ${r.baseline.rssMb >= 0 ? '+' : ''}${r.baseline.rssMb} |`);
}
const out = fileURLToPath(new URL('../results/', import.meta.url));
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'search.json'), JSON.stringify({ kbLoadMs, queries: QUERIES, results }, null, 2));
console.log(lines.join('\n'));

// Own section of docs/benchmarks.md, between markers (other benches keep theirs).
if (!process.argv.includes('--no-doc') && !skipBuiltin) {
  writeBenchSection({ begin: '<!-- bench:search:begin -->', end: '<!-- bench:search:end -->', body: lines.join('\n'), heading: 'Knowledge search (bench/search)' });
}
