// npm run bench:extraction -- [--baseline <another checkout>] [--n 3000] — the cost of reading one first message
// (extractProfile: normalisation, typo correction, every lexicon family, the classifier where the rules are silent,
// places) over the first messages of every routing evaluation set, side by side in the same run with the same
// function loaded from another checkout of the repository (an earlier commit: `git worktree add /tmp/base <commit>`),
// so that the growth of the lexicon is measured against what it replaced. Writes the "First-message extraction"
// section of docs/benchmarks.md.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { percentile, writeBenchSection } from '../benchKit.js';

type Extract = (text: string) => unknown;

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const ITER = Number(flag('n')) || 3000;
const baselineDir = flag('baseline');

/** Every first message of the routing sets (the evaluation sets are read, never changed). */
function firstMessages(): string[] {
  const dir = resolve('test/routing');
  const out: string[] = [];
  for (const f of readdirSync(dir).filter((n) => /^firstMessages\..*\.json$/.test(n) && !/(firstRun|beforeRound)/.test(n))) {
    const raw = JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as { cases?: Array<{ text?: string; message?: string }> };
    for (const c of raw.cases ?? []) {
      const t = c.text ?? c.message;
      if (typeof t === 'string' && t.trim()) out.push(t);
    }
  }
  return out;
}

async function loadExtract(root: string): Promise<{ extract: Extract; loadMs: number }> {
  const t0 = performance.now();
  const mod = (await import(pathToFileURL(resolve(root, 'orientation/understanding/extractProfile.ts')).href)) as { extractProfile: Extract };
  return { extract: mod.extractProfile, loadMs: performance.now() - t0 };
}

function measure(extract: Extract, texts: string[]): { p50: number; p95: number; p99: number; perSecond: number } {
  for (const x of texts.slice(0, 200)) extract(x); // warm-up (regex compilation, JIT)
  const ms: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < ITER; i++) {
    const t = performance.now();
    extract(texts[i % texts.length]);
    ms.push(performance.now() - t);
  }
  const total = performance.now() - t0;
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99), perSecond: Math.round((ITER / total) * 1000) };
}

const texts = firstMessages();
const variants: Array<{ name: string; root: string }> = [{ name: 'this checkout', root: process.cwd() }];
if (baselineDir) {
  if (!existsSync(resolve(baselineDir, 'orientation/understanding/extractProfile.ts'))) throw new Error(`${baselineDir}: no orientation/understanding/extractProfile.ts`);
  variants.unshift({ name: `baseline (${baselineDir})`, root: resolve(baselineDir) });
}
const rows: string[] = [];
// Loaded one after the other: each first import is timed alone.
const loaded: Array<{ name: string; root: string; extract: Extract; loadMs: number }> = [];
for (const v of variants) loaded.push({ ...v, ...(await loadExtract(v.root)) });
// Alternate the variants twice so that neither always runs on a colder or busier machine.
const results = new Map<string, Array<ReturnType<typeof measure>>>();
for (let round = 0; round < 2; round++) {
  for (const v of round % 2 ? [...loaded].reverse() : loaded) {
    const r = measure(v.extract, texts);
    results.set(v.name, [...(results.get(v.name) ?? []), r]);
  }
}
for (const v of loaded) {
  const rs = results.get(v.name)!;
  const best = rs.reduce((a, b) => (b.p50 < a.p50 ? b : a));
  rows.push(`| ${v.name} | ${v.loadMs.toFixed(0)} ms | ${best.p50.toFixed(3)} ms | ${best.p95.toFixed(3)} ms | ${best.p99.toFixed(3)} ms | ${best.perSecond} |`);
}
const body = [
  `Run on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), Node ${process.version}, load average at start ${loadavg().map((l) => l.toFixed(1)).join(' / ')}; ${ITER} reads per round over the ${texts.length} first messages of the routing sets, two rounds per variant (alternated), the faster round kept.`,
  '',
  '| extractor | first import (module graph, model, tables) | per message p50 | p95 | p99 | messages / s |',
  '|---|---|---|---|---|---|',
  ...rows,
].join('\n');
console.log(body);
writeBenchSection({ begin: '<!-- extraction-bench:begin -->', end: '<!-- extraction-bench:end -->', body, heading: 'First-message extraction (bench/understanding/extractProfileBench.ts)' });
process.exit(0);
