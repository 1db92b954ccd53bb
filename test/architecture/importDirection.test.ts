// The layers' import directions, cycles, and the architecture document kept in step with the code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALLOWED, BOT_FRAMEWORK_PACKAGES, fileCycles, layerCounts, layerOf, readImportGraph } from './importGraph.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ARCHITECTURE_DOC = `${ROOT}docs/architecture.md`;

describe('import directions between the layers', () => {
  const graph = readImportGraph(ROOT);

  it('Given the layers, When every import is read, Then none goes in a wrong direction', () => {
    const wrong = graph.edges
      .filter((e) => !e.packageName)
      .filter((e) => {
        const from = layerOf(e.from);
        const to = layerOf(e.to);
        return from && to && from !== to && !ALLOWED[from].includes(to);
      })
      .map((e) => `${e.from} → ${e.to}`);
    expect(wrong).toEqual([]);
  });

  it('Given the domain and the knowledge, Then neither imports the Bot Framework SDK', () => {
    const offenders = graph.edges
      .filter((e) => e.packageName && BOT_FRAMEWORK_PACKAGES.test(e.packageName))
      .filter((e) => ['orientation', 'knowledge', 'platform'].includes(layerOf(e.from) ?? ''))
      .map((e) => `${e.from} → ${e.packageName}`);
    expect(offenders).toEqual([]);
  });

  it('Given every source file, Then no import cycle exists', () => {
    expect(fileCycles(graph.files, graph.edges)).toEqual([]);
  });

  it('Given docs/architecture.md, Then its table of imports between layers is the current one', () => {
    const doc = readFileSync(ARCHITECTURE_DOC, 'utf8');
    const block = /<!-- layer-imports:start -->\n([\s\S]*?)<!-- layer-imports:end -->/.exec(doc)?.[1] ?? '';
    const documented = [...block.matchAll(/^\| (\w+ → \w+) \| (\d+) \|$/gm)].map((m) => `${m[1]}: ${m[2]}`);
    const actual = [...layerCounts(graph.edges)].map(([k, n]) => `${k}: ${n}`);
    // When this fails, paste the actual rows into docs/architecture.md (between the markers).
    expect(documented).toEqual(actual);
  });

  it('Given the path of a message in docs/architecture.md, Then every file it names exists', () => {
    const doc = readFileSync(ARCHITECTURE_DOC, 'utf8');
    const block = /<!-- message-path:start -->\n([\s\S]*?)<!-- message-path:end -->/.exec(doc)?.[1] ?? '';
    const named = [...block.matchAll(/`([\w/.-]+\.ts)`/g)].map((m) => m[1]!);
    expect(named.length).toBeGreaterThan(8);
    const missing = named.filter((f) => !graph.files.includes(f));
    expect(missing).toEqual([]);
  });
});
