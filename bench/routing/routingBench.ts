// npm run bench:routing — territory lookups and the rule engine, each side by side with a naive
// baseline in the same run: postcode → communes (indexed map vs scanning La Poste's list), town
// name → communes (indexed normalised names vs scanning and normalising every commune), place in
// free text, and routeProfile (rules loaded once vs re-read and validated per call).
// Writes bench/results/routing.json and the "Routing and territory" section of docs/benchmarks.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, totalmem } from 'node:os';
import { emptyProfile, type Profile } from '../../orientation/routing/profile.js';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import { defaultRoutingRules, loadRoutingRules } from '../../orientation/routing/routingRules.js';
import { findPlaceInText, normalisePlaceName, resolvePostcode, resolveTownName, territoryIndex } from '../../knowledge/territory/index.js';
import { loadLabelledSet } from '../../test/routing/routingEvaluation.js';
import { percentile, writeBenchSection } from '../benchKit.js';

const require = createRequire(import.meta.url);
const ITER = Number(process.argv[process.argv.indexOf('--n') + 1]) || 2000;

function measure<T>(inputs: T[], run: (x: T) => unknown, n = ITER): { p50: number; p95: number; perSecond: number } {
  for (const x of inputs.slice(0, 50)) run(x); // warm-up
  const ms: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    run(inputs[i % inputs.length]);
    ms.push(performance.now() - t);
  }
  const total = performance.now() - t0;
  ms.sort((a, b) => a - b);
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), perSecond: Math.round((n / total) * 1000) };
}

const t0 = performance.now();
const idx = territoryIndex();
const buildMs = performance.now() - t0;
const rssAfterBuild = Math.round(process.memoryUsage().rss / 1e6);

const postcodes = [...idx.communesByPostcode.keys()];
const laPoste = require('codes-postaux/codes-postaux.json') as Array<{ codePostal: string; codeCommune: string; nomCommune: string }>;
const rawCommunes = require('@etalab/decoupage-administratif/data/communes.json') as Array<{ code: string; nom: string; type: string }>;
const names = [...idx.communeByInsee.values()].filter((_, i) => i % 17 === 0).map((c, i) => (i % 3 === 0 ? c.name.toUpperCase() : i % 3 === 1 ? c.name.replace(/^Saint-/, 'St ') : c.name));
const cases = loadLabelledSet();
const texts = cases.map((c) => c.text);
const profiles: Profile[] = cases.map((c) => ({ ...emptyProfile(), ...c.profile }) as Profile);
const rules = defaultRoutingRules();

const rows = [
  {
    what: 'postcode → communes',
    product: measure(postcodes, (cp) => resolvePostcode(cp), ITER * 10),
    baseline: measure(postcodes, (cp) => laPoste.filter((e) => e.codePostal === cp), ITER / 4),
    baselineName: 'scan of La Poste list',
  },
  {
    what: 'town name → communes',
    product: measure(names, (n) => resolveTownName(n, { fuzzy: false }), ITER * 5),
    baseline: measure(names, (n) => {
      const key = normalisePlaceName(n);
      return rawCommunes.filter((c) => c.type === 'commune-actuelle' && normalisePlaceName(c.nom) === key);
    }, ITER / 20),
    baselineName: 'scan + normalise every commune',
  },
  {
    what: 'place in a first message',
    product: measure(texts, (t) => findPlaceInText(t)),
    baseline: undefined,
    baselineName: '—',
  },
  {
    what: 'routeProfile',
    product: measure(profiles, (p) => routeProfile(p, rules, { checkPlace: false }), ITER * 10),
    baseline: measure(profiles, (p) => routeProfile(p, loadRoutingRules(), { checkPlace: false }), ITER / 4),
    baselineName: 'rules re-read and validated per call',
  },
];

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
const f = (x: number) => (x < 0.01 ? x.toFixed(4) : x < 1 ? x.toFixed(3) : x.toFixed(1));
const section = [
  `Run ${new Date().toISOString().slice(0, 16)}Z on ${machine}. Territory index built once per process in ${Math.round(buildMs)} ms (RSS ${rssAfterBuild} MB after build); ${postcodes.length} postcodes, ${idx.communeByInsee.size} communes and arrondissements; inputs: every postcode, ${names.length} commune names (upper case / "St" variants), the ${texts.length} labelled first messages and their profiles.`,
  '',
  '| operation | product p50 (ms) | product p95 (ms) | product ops/s | baseline | baseline p50 (ms) | baseline p95 (ms) | baseline ops/s |',
  '|---|---|---|---|---|---|---|---|',
  ...rows.map((r) =>
    `| ${r.what} | ${f(r.product.p50)} | ${f(r.product.p95)} | ${r.product.perSecond} | ${r.baselineName} | ${r.baseline ? f(r.baseline.p50) : '—'} | ${r.baseline ? f(r.baseline.p95) : '—'} | ${r.baseline ? r.baseline.perSecond : '—'} |`,
  ),
].join('\n');

process.stdout.write(`${section}\n`);
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/routing.json', JSON.stringify({ machine, buildMs, rssAfterBuild, rows }, null, 2));

writeBenchSection({ begin: '<!-- bench:routing:begin -->', end: '<!-- bench:routing:end -->', body: section, heading: 'Routing and territory (bench/routing)' });
process.stdout.write('Section written to docs/benchmarks.md\n');
