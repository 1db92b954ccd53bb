// npm run eval:relevance — measures lexical-only, vector-only and hybrid search on the labelled job
// queries (test/relevance/jobQueries.json) and on every registered blind set (BLIND_SETS in
// knowledge/search/relevanceEvaluation.ts), and writes docs/relevance.md.
// --tune: grid-search the fusion settings on the DEV split only and print them (no file written).
// --record-<set>-first-run / --record-<set>-before-round: record that set's run once (a recorded run is never
// overwritten); a set's current figures are shown only once its first run is recorded.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadKnowledgeBase } from '../knowledge/base/loadKnowledgeBase.js';
import { createKnowledgeSearch } from '../knowledge/search/createKnowledgeSearch.js';
import { DEFAULT_FUSION, HybridKnowledgeSearch, type SearchMode } from '../knowledge/search/hybridKnowledgeSearch.js';
import {
  BLIND_SETS,
  evaluate,
  loadJobQueries,
  metricsOf,
  runQueries,
  type BlindSet,
  type EvaluationReport,
  type LabelledQuery,
  type Metrics,
} from '../knowledge/search/relevanceEvaluation.js';
import { brandEntryCount, synonymEntryCount } from '../knowledge/search/frenchAnalyzer.js';
import { createPlainFuzzySearch } from '../knowledge/search/plainFuzzyBaseline.js';
import { everydayWordsOf } from '../knowledge/search/everydayWords.js';

const REPORT_DATE = '2026-12-07';
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;
const row = (name: string, m: Metrics) => `| ${name} | ${m.n} | ${pct(m.top1)} | ${pct(m.top3)} | ${m.mrr.toFixed(3)} |`;

const kb = loadKnowledgeBase();
const everydayWordCount = kb.trades().reduce((n, t) => n + everydayWordsOf(t.code).length, 0).toLocaleString('en');
const search = await createKnowledgeSearch(kb, { embeddings: 'trained' });
const queries = loadJobQueries();

if (process.argv.includes('--tune')) {
  const dev = queries.filter((q) => q.split === 'dev');
  const results: string[] = [];
  for (const k of [5, 10, 20, 60]) {
    for (const vectorWeight of [0.5, 0.75, 1, 1.25, 1.5]) {
      const fusion = { ...DEFAULT_FUSION, k, vectorWeight };
      const s = new HybridKnowledgeSearch(search.documents, search.lexical, search.vectors, search.embedder, fusion);
      const m = metricsOf(await runQueries(s, 'hybrid', dev));
      results.push(`k=${k} vectorWeight=${vectorWeight}: top1 ${pct(m.top1)} top3 ${pct(m.top3)} mrr ${m.mrr.toFixed(3)}`);
    }
  }
  console.log(results.join('\n'));
  process.exit(0);
}

// Every --record flag must name a registered set: a misspelt one would otherwise record nothing, silently.
const recordFlags = new Set(BLIND_SETS.flatMap((s) => [`--record-${s.name}-first-run`, ...(s.beforeRoundFile ? [`--record-${s.name}-before-round`] : [])]));
for (const arg of process.argv.slice(2)) if (arg.startsWith('--record-') && !recordFlags.has(arg)) throw new Error(`${arg}: no registered blind set has this recorded run`);

const report = await evaluate(search, queries);

interface BlindRun {
  date: string;
  modes: Record<SearchMode, { all: Metrics; byCategory: Record<string, Metrics> }>;
  /** Hybrid rank of each query (0 = not in the top 10). */
  hybridRanks: Record<string, number>;
}
const blindRunOf = (r: EvaluationReport, date: string): BlindRun => ({
  date,
  modes: Object.fromEntries(
    (['lexical', 'vector', 'hybrid'] as SearchMode[]).map((m) => [m, { all: r.modes[m].all, byCategory: r.modes[m].byCategory }]),
  ) as BlindRun['modes'],
  hybridRanks: Object.fromEntries(r.modes.hybrid.outcomes.map((o) => [o.query.id, o.rank])),
});
/** Writes a blind run the first time only: a recorded run is never overwritten. */
function recordRunOnce(file: string, r: EvaluationReport): void {
  if (existsSync(file)) throw new Error(`${file} exists: a blind run is recorded once`);
  writeFileSync(file, `${JSON.stringify(blindRunOf(r, new Date().toISOString()), null, 1)}\n`);
  console.log(`recorded the run in ${file}`);
}
const readRun = (file: string | undefined): BlindRun | undefined => (file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BlindRun) : undefined);
const runDate = (run: BlindRun | undefined) => (run ? `${run.date.slice(0, 16).replace('T', ' ')} UTC` : 'not recorded yet');
const blindMetric = (r: { all: Metrics; byCategory: Record<string, Metrics> }, family: string) => (family === 'all' ? r.all : r.byCategory[family]);
const f = (m: Metrics | undefined, k: 'top1' | 'top3') => (m ? pct(m[k]) : '–');
const LATER_SET_HEADER = `| Family | Queries | Hybrid top-1 (first run) | Hybrid top-3 (first run) | Lexical top-3 (first run) | Vector top-3 (first run) | Hybrid top-1 (now) | Hybrid top-3 (now) |
|---|---|---|---|---|---|---|---|`;

/** A registered set, evaluated now, with its recorded runs read back and its table for the report. */
interface EvaluatedSet {
  set: BlindSet;
  queries: LabelledQuery[];
  report: EvaluationReport;
  first?: BlindRun;
  before?: BlindRun;
  firstRunDate: string;
  beforeDate: string;
  composition: string;
  registers: string;
  /** Header and rows: recorded runs (and the current figures once the set is seen). */
  table: string;
  misses: EvaluationReport['modes']['hybrid']['outcomes'];
}

function tableOf(set: BlindSet, now: EvaluationReport, first: BlindRun | undefined, before: BlindRun | undefined): string {
  const families = [...Object.keys(now.modes.hybrid.byCategory), 'all'];
  const m = (r: BlindRun | undefined, mode: SearchMode, family: string) => (r ? blindMetric(r.modes[mode], family) : undefined);
  const nowColumns = (family: string) => `${pct(blindMetric(now.modes.hybrid, family).top1)} | ${pct(blindMetric(now.modes.hybrid, family).top3)} |`;
  if (set.name === 'blind') {
    // The first set: its first run was on the code before the first round; "now" includes the lexical side.
    const header = `| Family | Queries | Hybrid top-1 (first run) | Hybrid top-3 (first run) | Lexical top-3 (first run) | Hybrid top-1 (now) | Hybrid top-3 (now) | Lexical top-3 (now) |
|---|---|---|---|---|---|---|---|`;
    const rowOf = (family: string) =>
      `| ${family} | ${blindMetric(now.modes.hybrid, family).n} | ${f(m(first, 'hybrid', family), 'top1')} | ${f(m(first, 'hybrid', family), 'top3')} | ${f(m(first, 'lexical', family), 'top3')} | ${nowColumns(family)} ${pct(blindMetric(now.modes.lexical, family).top3)} |`;
    return [header, ...families.map(rowOf)].join('\n');
  }
  if (!set.beforeRoundFile) {
    const rowOf = (family: string) =>
      `| ${family} | ${blindMetric(now.modes.hybrid, family).n} | ${f(m(first, 'hybrid', family), 'top1')} | ${f(m(first, 'hybrid', family), 'top3')} | ${f(m(first, 'lexical', family), 'top3')} | ${f(m(first, 'vector', family), 'top3')} | ${nowColumns(family)}`;
    return [LATER_SET_HEADER, ...families.map(rowOf)].join('\n');
  }
  const beforeColumn = set.beforeRoundColumn ?? 'before the round';
  const firstColumn = set.firstRunColumn ?? "round's code";
  const header = `| Family | Queries | Hybrid top-1 (${beforeColumn}) | Hybrid top-3 (${beforeColumn}) | Hybrid top-1 (first run, ${firstColumn}) | Hybrid top-3 (first run) | Lexical top-3 (first run) | Vector top-3 (first run) |${set.seen ? ' Hybrid top-1 (now) | Hybrid top-3 (now) |' : ''}
|---|---|---|---|---|---|---|---|${set.seen ? '---|---|' : ''}`;
  const rowOf = (family: string) =>
    `| ${family} | ${blindMetric(now.modes.hybrid, family).n} | ${f(m(before, 'hybrid', family), 'top1')} | ${f(m(before, 'hybrid', family), 'top3')} | ${f(m(first, 'hybrid', family), 'top1')} | ${f(m(first, 'hybrid', family), 'top3')} | ${f(m(first, 'lexical', family), 'top3')} | ${f(m(first, 'vector', family), 'top3')} |${set.seen ? ` ${nowColumns(family)}` : ''}`;
  return [header, ...families.map(rowOf)].join('\n');
}

const evaluatedSets = new Map<string, EvaluatedSet>();
for (const set of BLIND_SETS) {
  const setQueries = loadJobQueries(set.queriesFile);
  const setReport = await evaluate(search, setQueries);
  if (process.argv.includes(`--record-${set.name}-first-run`)) recordRunOnce(set.firstRunFile, setReport);
  if (set.beforeRoundFile && process.argv.includes(`--record-${set.name}-before-round`)) recordRunOnce(set.beforeRoundFile, setReport);
  const first = readRun(set.firstRunFile);
  const before = readRun(set.beforeRoundFile);
  evaluatedSets.set(set.name, {
    set,
    queries: setQueries,
    report: setReport,
    first,
    before,
    firstRunDate: runDate(first),
    beforeDate: runDate(before),
    composition: Object.entries(setReport.modes.hybrid.byCategory).map(([c, m]) => `${c} ${m.n}`).join(', '),
    registers: [...new Set(setQueries.map((q) => q.register))].map((r) => `${r} ${setQueries.filter((q) => q.register === r).length}`).join(', '),
    table: tableOf(set, setReport, first, before),
    misses: setReport.modes.hybrid.outcomes.filter((o) => o.rank === 0 || o.rank > 3),
  });
}
const S = (name: string): EvaluatedSet => {
  const set = evaluatedSets.get(name);
  if (!set) throw new Error(`no blind job-query set named ${name}`);
  return set;
};
/** How many queries of a set changed hybrid rank between its before-round and first runs (counts only, no query). */
function rankMoves(name: string): string {
  const { before, first } = S(name);
  if (!before || !first) return '';
  const worth = (r: number | undefined) => (r === undefined || r === 0 ? 11 : r);
  const ids = Object.keys(before.hybridRanks);
  const better = ids.filter((id) => worth(first.hybridRanks[id]) < worth(before.hybridRanks[id])).length;
  const worse = ids.filter((id) => worth(first.hybridRanks[id]) > worth(before.hybridRanks[id])).length;
  return better + worse === 0
    ? 'No query changed rank between the two runs: none of the round\'s changes reached this set\'s queries.'
    : `Between the two runs ${better} queries went up and ${worse} went down (hybrid rank).`;
}
/** Sets whose current figures may be shown: their first run is recorded (before it, looking would unblind it). */
const shownSets = [...evaluatedSets.values()].filter((s) => s.first);
const missLines = (s: EvaluatedSet) =>
  s.misses.length === 0 ? 'None.' : s.misses.map((o) => `- "${o.query.query}" (${o.query.category}) expected ${o.query.expected.join(', ')}, got ${o.top.slice(0, 3).join(', ') || 'nothing'}`).join('\n');

// Typo tolerance against plain accent-folded fuzzy MiniSearch, on every misspelt or phonetic query.
const plain = createPlainFuzzySearch(search.documents);
const spelling = new Set(['typo', 'phonetic', 'phonetic_typo', 'typo_phonetic']);
const spellingSets = [{ name: 'main set', report, printMisses: true }, ...shownSets.map((s) => ({ name: s.set.label, report: s.report, printMisses: s.set.printMisses }))];
const plainRows = spellingSets
  .map(({ name, report: r, printMisses }) => {
    const outcomes = r.modes.hybrid.outcomes.filter((o) => spelling.has(o.query.category));
    const plainTop3 = (q: (typeof outcomes)[number]['query']) => plain.search(q.query, 3).some((c) => q.expected.includes(c));
    const plainFound = outcomes.filter((o) => plainTop3(o.query));
    const lost = plainFound.filter((o) => o.rank === 0 || o.rank > 3);
    const found = outcomes.filter((o) => o.rank >= 1 && o.rank <= 3).length;
    return { name, n: outcomes.length, plain: plainFound.length, found, lost, printMisses };
  })
  .filter((r) => r.n > 0);

const modes: SearchMode[] = ['lexical', 'vector', 'hybrid'];
const names: Record<SearchMode, string> = { lexical: 'Lexical only (MiniSearch + French analysis)', vector: 'Vector only (trained embeddings)', hybrid: 'Hybrid (weighted RRF)' };
const categories = Object.keys(report.modes.hybrid.byCategory);
const misses = report.modes.hybrid.outcomes.filter((o) => o.rank === 0 || o.rank > 3);

// Measured once with the code of commit 35b6d73 (before this round's changes) on the confirmation set,
// by running evaluate() from a checkout of that commit; kept here as text since that code is gone.
const CONFIRMATION_BEFORE = `
Before this round's changes (the code of commit 35b6d73, run once on 2026-12-06 for this comparison),
hybrid top-1 / top-3 on the same queries: phonetic 70.0 / 85.0 %, clipped_slang 45.0 / 90.0 %, brand 15.0 / 20.0 %,
activity 50.0 / 65.0 %, **all 45.0 / 65.0 %** (lexical only 51.2 / 70.0 %, vector only 32.5 / 45.0 %).
`;
const AFTER_FIGURES_NOTE = `### What the after-figures are worth
- The first blind set's "now" columns are **not blind**: its first-run misses were listed in this report while the
  changes were made. The brand table (\`knowledge/search/brands.fr.json\`) and the new slang entries of
  \`synonyms.fr.json\` were written as general lists of large employers and common slang, but they include brands and
  words of that list (Amazon, Carrefour, Lidl, Norauto, Brink's, croque-mort, pion, clarkiste, ASV…), and the phonetic
  rules were first checked on pairs that included some of its spellings (the unit tests now use other examples).
  Its 100 % on brands and slang says that those entries work, not that the families are solved.
- The honest after-figure is the confirmation set's first run, on queries written after the changes: **top-3 65.0 % →
  83.8 %, top-1 45.0 % → 72.5 %** (phonetic 85 → 100 %, brands 20 → 80 %, activities 65 → 75 %; clipped forms and slang
  90 → 80 %: « manip radio » is now found, but « chargée de com », « admin réseau » and « MNS à la piscine » were found
  before and are not now — « com » is completed to the commonest appellation word, « commercial »; three-letter
  clipped forms are too ambiguous to complete by frequency alone — and « auxi de puér » is still missed). Below the
  95 % target: activities described with verbs, brands not in the table and short clipped forms remain weak.
- The next round writes a new blind set; neither blind set here may be tuned on.`;

// Measured on 2026-12-06 with a throw-away harness (dev split, first blind, confirmation and third sets; the
// fourth set's queries and misses were not used); kept as text since none of the variants was shipped.
const THIRD_ROUND_NOTE = `
### Third round: no change shipped (no improvement found)
- Tried for queries that describe an activity with a verb (set for such queries only), measured on the dev split and
  the three earlier sets (109 activity queries among 479; hybrid top-3, all / activity, baseline 94.2 / 84.4 %):
  vector weight 0.35–2 (1.25–2 lose up to 6 activity queries; 0.35–0.85 gain 0–2, not monotonic, nothing on dev),
  RRF k 2–20 (−3 to +1), competences boost 1.2–2.5 and definition boost 0.8 (−1 to 0), agent nouns of the verb
  also on the lexical side at weight 0.15–0.5 (−1 activity query each, on the first blind set). None clearly helps, so
  none was shipped; the "now" columns equal the first run.
- What the remaining activity misses of the dev split and earlier sets need is world knowledge that neither the
  fiche texts nor the trained vectors carry: an object or a place that names the trade without sharing its words
  (« des fuites d'eau » → plombier, « des toits » → couvreur, « les ordinateurs » → maintenance informatique,
  « des piqûres et des pansements » → infirmier) while a generic verb (« réparer ») pulls towards the trades named
  after it (réparateur…). A verb-and-object evidence table built from the ROME competences (each object noun of a
  fiche's savoir-faire linked to the fiche) is the next step worth measuring; not started for lack of time.`;

// Measured on 2026-12-06 with \`npm run eval:relevance-dev-pool\` (main set, first, confirmation and third sets; the
// fourth and fifth sets never ran during the round); kept as text since the variants are not shipped.
const FOURTH_ROUND_NOTE = `- What changed: \`knowledge/search/everydayWords.fr.json\`, 12,823 everyday words and short phrases for the 1,584
  fiches (objects, materials, places, people served, verb + object phrases: « réparer les fuites », « tondre la
  pelouse », « faire les piqûres »), written fiche by fiche from each fiche's label, appellations and definition by
  seven writers who did not open any evaluation set; an everyday activity shared by several fiches sits on the fiche a
  counsellor would first propose. They are a fifth lexical field (boost 1, 2.5 when the query describes an activity),
  known words for the query hints (so « fuites » is not read as a misspelt trade word), and training examples of the
  embeddings (weight 1 each; an appellation weighs 2, a skill 0.4).
- Settings chosen on the tuning pool only (622 queries, 134 activities; hybrid top-1 / top-3): before the round
  82.8 / 94.9 %, activities 58.2 / 85.1 %, other families top-3 97.5 %. Everyday words on the lexical side only:
  85.5 / 95.7 %, activities 68.7 / 89.6 %. Also in the embeddings' training, by weight of each word: 0.5 → 96.9 %
  top-3, **1 → 97.6 % (activities 80.6 / 95.5 %, other families 98.2 %)**, 1.5 → 96.5 %, 2 → 96.3 %, 3 → 97.1 % (top-1
  85.4 %); four epochs instead of three at weight 1 → 96.8 %. Activity boost of the field 1–5: 2–2.5 best (1 → 88.1 %
  activities on the lexical side only, 5 → 90.3 %); boost for other queries 0.5–2: no change. Fusion re-checked with
  the new model (vector weight 0.75 / 1.25, k 3 / 10, commonness 0.04 / 0.12): none better, defaults kept.
- Dropped from the table before any measurement: 5 entries the analyser reads as stop words (« maïs » folds to the
  conjunction « mais », « bien-être », « dés », « c++ »).`;

// The fifth round, measured with `npm run eval:relevance-dev-pool` once the second development set was in the pool.
const FIFTH_ROUND_NOTE = `- A second development set (\`test/relevance/jobQueriesDev2.json\`, 200 queries: activity 60, clipped forms and slang
  40, titles in sentences 40, typos 30, brands 30), written by a writer who saw neither the code nor the tables, joined
  the tuning pool (822 queries). Its first run, on the fourth round's code, was 88.0 % top-3 with the code before the
  fourth round and 94.5 % after it; it is not blind for what follows.
- Its misses, grouped by family, gave: « car » (a coach) and « maïs » were dropped as the conjunctions « car » and « mais »,
  in the fiches too (« Conducteur de car »): kept after a determiner or a preposition; SMS writing fuses the pronoun to
  the verb (« jrépare », « jbosse »): split when j is followed by a consonant; « maîtresse » was expanded to the school
  teacher even in « maîtresse de chai »: a synonym entry can now exclude the words that start another title
  (\`unlessFollowedBy\`); folding turns ç into c, so « masson » never met « maçon »: trade names with ç also get the key of
  their s sound; plurals of known words (« matins ») were read as misspellings (« marins »); in an activity, short
  object words were completed or read phonetically into trade names (« des docs » → docker): not any more unless they
  meet the other words.
- Pool, hybrid top-1 / top-3: 86.0 / 96.8 % → 86.4 / 97.2 % (activities 78.9 / 94.3 → 79.9 / 94.8 %; development set
  94.5 → 95.5 % top-3). The fifth blind set was not run again during the round.
- After the sixth set's first run (below), the brand table grew by 11 employer families written as general lists
  (restaurant and bakery chains, garden centres, opticians, food industry, fuel stations, « chez Orange », hospitals,
  defence and nuclear industry, cosmetics, home retail; ambiguous words such as « action » or « au bureau » left out):
  pool top-1 86.4 → 86.7 %, no set's top-3 changed; the sixth set's figures in this report stay those of its first run.`;

// Search round 8, measured with scripts/eval-relevance.ts (sets 3–9) and \`npm run eval:relevance-dev-pool\`.
const SEARCH_ROUND_8_NOTE = `## Search round 8 (2026-12-06): families of the ninth set's misses
- Place complements in an activity: what the synonym table brings for the place where the work is done
  (« sur les chantiers » → chef de chantier, « dans la cuisine d'un resto » → cuisinier, serveur) no longer counts on
  the lexical side (\`placeExpansion\`: a table term after « dans », « sur » or « chez », past determiners, and the
  « de » complement of such a place; weight 0, 0.15, 0.3, 0.4 tried on the tuning pool, 0 best). « à » is left out:
  « à la logistique » names a department whose title is the trade (with it: three more seen-set gains, one pool loss).
- « faire » (or « je fais ») with an object describes an activity (« faire des photos », « je fais le ménage »), though
  « faire » is no competence verb: the activity boosts and object readings apply.
- A trade name typed in two pieces (« chaux dronier », « charpen tier ») is read as the joined word (same sounds or a
  typing slip or two away from a trade name, joined length 8 or more), and the pieces are not read on their own.
- Initials standing alone for two names keep the one that is a trade's own name (« MNS » → maître-nageur sauveteur,
  not the « machiniste nettoyage à sec » title of a pressing trade).
- « centre commercial », « galerie / zone commerciale » are places: the salesman expansion of « commercial » is
  blocked after them (\`unlessPrecededBy\`).
- Tried and not kept: a plural s after a, i, o, u dropped before stemming (« photos » → photo; Snowball keeps it): the
  fourth set lost a top-3 query and the third set a top-1, nothing gained on the ninth, without retraining the
  embeddings; every additive synonym expansion weighed less in an activity (0.2–0.55): ninth set up to 95.6 % top-3
  but the seventh set lost a top-3 query; agent nouns kept when their trade uses half or two-thirds of the other
  words (not all): the eighth set lost a top-3 query.
- Hybrid top-1 / top-3 before → after the round: ninth set (seen) 84.4 / 93.8 % → 85.6 / 96.3 % (activities 86.7 →
  90.0 %); tuning pool (822 queries) 89.1 / 97.7 % → 89.2 / 97.7 % (activities 80.4 / 95.4 → 80.9 / 95.4 %); third set
  84.9 / 97.2 % unchanged; fourth 74.0 / 92.7 % unchanged; fifth 83.8 / 98.8 → 84.4 / 99.4 %; sixth 86.9 / 98.1 %
  unchanged; seventh 90.0 / 99.4 % unchanged; eighth 90.0 / 97.5 → 90.6 / 98.1 %. No set went down; typo tolerance:
  no query lost against plain fuzzy search on any set (ninth 29 → 30 of 30 found).`;

// Search round 9, measured with scripts/eval-relevance.ts (sets 3–10) and \`npm run eval:relevance-dev-pool\`.
const SEARCH_ROUND_9_NOTE = `## Search round 9 (2026-12-06): activities told with verbs and objects (ninth and tenth sets, both seen)
- Where the index stood: each trade's lexical document already holds its ROME fiche's own savoir-faire (competences)
  and first 30 savoirs (\`skills\`, boosted 1.6 for an activity against 0.8 for a title) and the project's everyday words
  (2.5 for an activity); the fiches' work contexts are not indexed. The misses of the two sets' activities were mostly
  on the vector side and in the agent-noun hints (a verb or an object read as the one who does it: « souder » →
  soudeur, « des photos » → photographe), which were dropped whenever no trade of the agent noun used every other
  word of the query.
- Agent nouns, what their trade's texts must use: (1) not the words of a place complement (after « dans », « sur »,
  « chez » or « en », past determiners, and the « de » complement of such a place: « en atelier », « sur les routes de
  France »), unless the word read as a verb is itself a trade's name (« aide-soignante en ehpad »); (2) with exactly
  three other words, two suffice (« des pièces métalliques en atelier »: a qualifier the fiche words otherwise); four or
  more still need all (with « all but one », « installer les prises… » read installateur: the eighth set lost a top-1
  and a top-3 query); (3) when the object names the trade (« des photos » → photographe), not the words the synonym table adds a
  sector to and keeps in the query (« bébés » → petite enfance, « seniors »): whom the work is for.
- Synonym table, two families: social network names (« insta », « instagram », « tiktok », « snapchat », « réseaux
  sociaux ») read as community management; « appli(s) », « apps » as « application mobile » (« applis » was read
  phonetically as « appuis »).
- Tried and not kept: the vector weight of the fusion for activities only (×0.8: fifth and tenth sets top-3 −1 each;
  ×1.3: confirmation, third and fourth sets top-3 −1 each); agent nouns on the lexical side too at weight 0.3
  (pool top-1 −2, fifth set top-3 −1); every table word left out of the agents' context whatever gave the agent (a brand « drive Leclerc » read
  driver; « soigner les chiens » read soigneur: first set top-1 −1, eighth set top-3 −1); « à » and « au » as place
  prepositions for the agents' context (« à l'usine »): « préparer les repas à la cantine » read préparateur again
  (main set top-1 −1).
- Hybrid top-1 / top-3 before → after the round: ninth set (seen) 85.6 / 96.3 → 85.6 / 96.9 % (activities 75.0 / 90.0
  → 75.0 / 91.7 %); tenth set (seen) 83.1 / 91.9 → 84.4 / 94.4 % (activities 68.3 / 83.3 → 71.7 / 90.0 %); tuning pool
  (822 queries) 89.2 / 97.7 % unchanged (activities 80.9 / 95.4 % unchanged); third set 84.9 / 97.2 % unchanged; fourth
  74.0 / 92.7 → 75.0 / 92.7 %; fifth 84.4 / 99.4 → 85.0 / 99.4 %; sixth 86.9 / 98.1 → 87.5 / 98.1 %; seventh 90.0 /
  99.4 % unchanged; eighth 90.6 / 98.1 → 91.3 / 98.8 %. No hybrid query of any set went down (top-1 or top-3); the
  vector side alone lost one top-1 on the main set's dev split (86.8 → 86.1 %). Typo tolerance: no query lost against
  plain fuzzy search on any set. The eleventh set measures this round.`;

// Search round 10, measured with a throw-away script over every seen set (never the thirteenth) and
// `npm run eval:relevance-dev-pool`; kept as text since the "before" code is gone.
const SEARCH_ROUND_10_NOTE = `## Search round 10 (2026-12-07): activity families of the twelfth set (and of the ninth to eleventh sets' activities)
- « vieux » / « vieilles » read as elderly people only when no content word follows them (a new \`onlyAsNoun\` option
  of the synonym table: « aider les vieux à manger », but « refaire de vieux fauteuils », « retaper de vieilles
  voitures » are about the objects): the elderly-care expansion had pulled restoration work to home care.
- In an activity, a word right after « avec » and a determiner that begins a trade's appellation names a colleague
  (« avec les infirmières », « avec le plombier »): it weighs 0.2 on the lexical side (0 and 0.2 gave the same figures;
  leaving it out of the vector query too changed nothing, not kept). Tools and people served after « avec » (« avec
  un chariot », « avec les enfants ») begin no appellation and are untouched.
- Synonym table, general families of everyday wording: childcare at one's own home (« enfants chez moi », « à la
  maison ») as the childminder; teaching to drive (« apprendre à conduire », « leçons de conduite », « auto-école »);
  security rounds (« faire des rondes »); « bicyclette »; computers in everyday words (« ordi(s) », « PC », « bug ») as
  computing; paperwork for benefits (« CAF », « RSA », « APL », « démarches administratives », « remplir leurs
  papiers ») as social work; dishes (« vaisselle ») as the dishwasher; window cleaning (« laver / nettoyer les
  vitres », « faire les carreaux »); tattoos (« tatouage », and « dessiner sur la peau », which replaces the drafting
  reading of « dessiner »); fruit picking (« cueillir », « ramasser les fruits »); mental health (« santé mentale »,
  « mal-être », « dans leur tête ») as the psychologist; a siren or flashing light (« sirène », « gyrophare ») as
  emergency transport and rescue (replacing the word, so that the vector side reads it too).
- Tried and not kept: « en » as a place preposition for the table's place complements (« manut en usine » was
  still missed; five top-1 queries lost: « préparatrice en pharma », « faire la plonge en cuisine »…); the vector
  weight of the fusion for activities only, again (×0.85: top-1 ±0 and top-3 −1 overall, four sets losing a top-3
  query such as « conduire une pelleteuse sur les chantiers »; ×0.7: more moves both ways, the same losses and more;
  ×1.2: top-1 −3, top-3 ±0). The work contexts of the ROME fiches were not indexed (not reached in the time).
- Still missed on the twelfth set: a clipped form next to a workplace (« manut en usine »: the table's « usine »
  expansion outweighs the replaced « manut ») and a generic title next to an energy brand (« technicien de maintenance
  chez EDF »).
- Hybrid top-1 / top-3 before → after the round: twelfth set (seen) 87.5 / 95.6 → 89.4 / 98.8 % (activities 80.0 / 91.7
  → 85.0 / 100.0 %); ninth (seen) 85.6 / 96.9 → 88.1 / 99.4 % (activities 75.0 / 91.7 → 81.7 / 98.3 %); tenth (seen)
  84.4 / 94.4 → 87.5 / 96.9 % (activities 71.7 / 90.0 → 80.0 / 96.7 %); eleventh (its activities seen) 83.8 / 97.5 →
  85.6 / 99.4 % (activities 70.0 / 93.3 → 75.0 / 98.3 %); tuning pool (822 queries) 89.2 / 97.7 → 89.5 / 97.7 %
  (activities 80.9 / 95.4 → 82.0 / 95.4 %); main set 91.6 / 97.9 % unchanged; first blind set 89.9 / 98.7 → 90.6 /
  98.7 %; third 84.9 / 97.2 → 85.8 / 97.2 %; fourth 75.0 / 92.7 → 76.0 / 93.8 %; fifth 85.0 / 99.4 → 85.6 / 99.4 %;
  sixth 87.5 / 98.1 → 88.1 / 98.1 %; seventh 90.0 / 99.4 % unchanged; eighth 91.3 / 98.8 → 91.9 / 98.8 %. No hybrid
  query of any set went down (top-1 or top-3). The thirteenth set measures this round.`;

// Search round 11, measured with a throw-away script over every seen set (never the fourteenth) and
// `npm run eval:relevance-dev-pool`; kept as text since the "before" code is gone.
const SEARCH_ROUND_11_NOTE = `## Search round 11 (2026-12-07): activity families of the thirteenth set, workplaces, work contexts tried
- Before tuning, 28 activity variants of the round's families were written and committed
  (\`test/relevance/jobQueriesDev3Activities.json\`, a development set: rehabilitation, medical imaging, early reading,
  hotel rooms, horses, conditions told in the query such as night, outdoors, factory, roads): 85.7 % top-3 before the
  round, 100 % after (top-1 64.3 → 85.7 %).
- Workplaces: « usine » is a workplace noun of the synonym table (a new \`workplace\` option). After a preposition
  (« en », « à », « au », « dans », « sur », « chez ») its expansion (production operators) is left out when another
  table term names the work (« manut en usine » → manutentionnaire, a miss of the twelfth set), weighs as a place
  complement when the person names some work (« souder des pièces à l'usine »: no weight on the lexical side in an
  activity), and stays whole alone or with words that only say « work » (« travail en usine », « un boulot à
  l'usine »). Such a workplace gives no agent noun (« usine » was read as the verb « usiner » → usineur) and is no
  word the activity verb's agent must meet (« souder … à l'usine » keeps soudeur). A first version that simply
  dropped the expansion after a preposition also fixed « manut en usine » but sent « travail en usine » to unrelated
  trades: not kept.
- Synonym table, everyday families: rehabilitation (« remarcher », « rééducation », not « de la parole ») as the
  physiotherapist; medical imaging (« radios », « IRM », « scanners » as nouns, « échographies ») as the radiographer;
  teaching to read, write and count, « faire la classe », CP to CM2, « en primaire », « école maternelle » as the
  school teacher; hotel rooms (« faire / je fais les chambres ») as the floor attendant; horse care (« s'occuper des
  chevaux », « curer les boxes », « écurie ») as the groom; conjugated « nettoie »; facials and waxing as beauty care;
  helping people find a job as the job-integration adviser; language disorders (« troubles du langage », dyslexie)
  as the speech therapist; keeping the accounts as the accountant; the boss's diary (« agenda ») as the secretary;
  clothes (« fringues », « vêtements ») as the clothes seller; ADVF and « assistante de vie »; « ingé son », « sono »
  as the sound engineer.
- Work contexts of the ROME fiches (\`unix_referentiel_contexte_travail\` linked through \`unix_coherence_item\`),
  tried and not kept: ten conditions told in queries (« de nuit », « dehors », « sur les chantiers », « en usine » /
  « à la chaîne », « sur les routes », « chez les particuliers », « en mer », « dans le froid », « en hauteur »,
  « le week-end ») mapped to their contexts and the fiches linked to them (night 195 fiches, outdoors 289, roads 206,
  weekends 551), added to the fused score of the candidate trades with a context the query tells. Weight 0.01–0.04:
  one gain (« réparer les chambres froides ») and one loss (« nounou à domicile »: home-care aides have the « au
  domicile d'un particulier » context, childminders at their own home do not); 0.08: two gains, three losses; 0.15:
  two gains, ten losses (factory maintenance and welding pulled to production-line fiches). The contexts say where a
  fiche may be done, shared by hundreds of fiches; the words around the condition already carry what they would add.
- Also tried and not kept: « en classe » as the school teacher (three top-1 queries lost: a special-needs assistant
  « accompagne un élève handicapé en classe »).
- Still missed on the thirteenth set: « souder des pièces en métal à l'usine » (rank 4, was not in the top 10).
  Brand families (« technicien de maintenance chez EDF », « technicien fibre chez Orange ») were not worked on.
- Hybrid top-1 / top-3 before → after the round: thirteenth set (seen) 89.4 / 96.3 → 92.5 / 99.4 % (activities
  81.7 / 90.0 → 90.0 / 98.3 %); twelfth 89.4 / 98.8 → 90.6 / 99.4 %; tuning pool (822 queries) 89.5 / 97.7 → 90.5 /
  98.5 % (activities 82.0 / 95.4 → 85.6 / 98.5 %); main set test split 90.9 / 97.2 → 93.0 / 98.6 % (two of its
  gains are families of its misses printed below, so that split is not blind), dev split 92.4 / 98.6 % unchanged; first
  blind set 90.6 / 98.7 → 91.3 / 100.0 %; confirmation 88.8 / 97.5 → 90.0 / 98.8 %; third 85.8 / 97.2 → 86.8 / 98.1 %;
  fourth 76.0 / 93.8 → 78.1 / 96.9 %; fifth 85.6 / 99.4 → 86.3 / 99.4 %; sixth 88.1 / 98.1 → 88.8 / 98.8 %; seventh
  90.0 / 99.4 → 90.6 / 99.4 %; eighth 91.9 / 98.8 → 92.5 / 99.4 %; ninth 88.1 / 99.4 → 89.4 / 100.0 %; tenth 87.5 /
  96.9 → 88.8 / 98.1 %; eleventh 85.6 / 99.4 → 86.9 / 99.4 %. No hybrid query of any seen set went down (top-1 or
  top-3); typo tolerance: no query lost against plain fuzzy search on any set.
- The fourteenth set (below, blind: never looked at, run once before and once after) measures the round: hybrid
  top-1 / top-3 90.0 / 97.5 → 90.0 / 98.1 % (activities 90.0 / 96.7 → 90.0 / 98.3 %; clipped forms 83.3 / 96.7 %,
  brands 73.3 / 93.3 %, titles and spellings 100 % top-3, all unchanged).`;

// Search round 12, measured with a throw-away script over every seen set and the development sets (never the
// fifteenth set); kept as text since the "before" code is gone.
const SEARCH_ROUND_12_NOTE = `## Search round 12 (2026-12-07): employers and brands next to the job, clipped forms and slang
- Before tuning, 72 variants of the round's families were written and committed
  (\`test/relevance/jobQueriesDev4Round12.json\`, a development set: a job named next to a large employer, a retail
  chain, a platform or a public company; clipped forms and slang; activities): 75.0 / 86.1 % top-1 / top-3 before the
  round, 81.9 / 93.1 % after (brands 64.3 / 71.4 → 78.6 / 85.7 %). Two of its labels are narrower than the
  appellation lists (« auxi de vie » → K1302 while « Auxiliaire de vie » is a K1311 appellation; « compta en cabinet »
  → M1203 while « Assistant de cabinet comptable » is M1213); it is kept as written.
- A job named next to a brand outweighs the brand (\`brandWithJobOf\` in \`hybridKnowledgeSearch.ts\`): when one of the
  person's own words begins a trade's appellation (« technicien », « boulangère », « contrôleur ») and the brand's
  sector does not name that job itself, the sector's titles (« conducteur », « vendeur », « téléconseiller ») are left
  out on both sides, the sector's other words weigh 0.2 on the lexical side (0, 0.1, 0.2, 0.35, 0.5 tried; 0.1–0.2
  best, 0.2 kept for « Équipier chez Starbucks ») instead of 0.7, and on the vector side the query is embedded without
  the brand (whose own expansion brought the whole sector back) and blended with the sector's other words at weight
  0.5 (0.3, 0.5, 0.8 tried; leaving the sector out of the vector entirely lost « conseiller de vente chez Decathlon »).
  A job the sector names (« agent chez Veolia », « aide à domicile à l'ADMR », « chauffeur chez Chronopost ») keeps
  the whole sector: the brand confirms it. « technicien fibre chez Orange » (three seen sets), « conducteur d'engins
  chez Colas », « livreur Amazon », « pilote chez Air France » are now first.
- « SNCF » left the synonym table (its entry added « conducteur train » a second time next to the brand table's railway
  sector): « contrôleur SNCF dans les TER » and « je vérifie les billets … pour la SNCF » went up.
- Brand table: 23 employer families written as general lists of large employers (building-materials trade, department
  stores, shoe and toy retail, sandwich and sushi chains, car rental, logistics providers, clinic groups, medical
  laboratories, hearing-aid retail, heating maintenance, electrical and telecom-network contractors, lift companies,
  childcare groups, babysitting and tutoring platforms, driving schools, gyms, cinemas, funeral services,
  quick-commerce platforms, home-cleaning services); words that are also common words left out (« courir »,
  « entendre », « clinique », « petits fils »).
- Synonym table, clipped and slang families: « asmat », « auxi (de) puer », « au bahut » (the school; « bahut » alone
  is also a lorry, not read), « flic municipal » and « police municipale » as the municipal police (« flic » alone stays
  the national police), washing people (« faire la toilette », not of animals) as hygiene care, coding websites.
- Tried and not kept: leaving the sector's other titles out also when the sector names the person's job (« contrôleur
  SNCF » first, but « aide à domicile à l'ADMR » lost its top 3 and three top-1 queries went down), or when the person
  adds a word beyond the sector (two top-1 losses, « agent d'entretien chez Onet » out of the top 3); with no title
  word, any appellation word of the person's (« sur les voies », « à l'entrepôt », « au SAV ») counted as the job: nine
  gains but eight losses (« je bosse chez Renault à la chaîne » and « je suis chez McDo en cuisine » out of the top 3).
- Still missed on the seen sets: a generic title the sector names next to a detail (« technicien de maintenance chez
  EDF »), a brand with a place but no title (« je bosse sur les voies pour la SNCF », « à la logistique »), and
  conflicting labels between sets (« livreur Deliveroo » coursier in some, delivery driver in others).
- Hybrid top-1 / top-3 before → after the round: fourteenth set (seen) 90.0 / 98.1 → 91.3 / 99.4 % (brands 73.3 / 93.3
  → 80.0 / 100.0 %, clipped forms 83.3 / 96.7 → 86.7 / 100.0 %); main set 92.7 / 98.6 → 93.0 / 98.6 %; second
  development set 89.0 / 97.5 → 89.5 / 98.0 %; fifth 86.3 → 86.9 % top-1; sixth 98.8 → 99.4 % top-3; seventh and eighth
  99.4 → 100 % top-3; ninth 89.4 → 90.6 % top-1; tenth 88.8 / 98.1 → 90.0 / 99.4 %; thirteenth 92.5 → 93.1 % top-1; first,
  confirmation, third, fourth, eleventh and twelfth sets unchanged. No hybrid query of any seen set lost its top-3
  place; one went from first to second (« Équipier chez Starbucks »). Typo tolerance: see the table below.
- The fifteenth set (below, blind: never looked at, run once before and once after) measures the round: hybrid
  top-1 / top-3 92.5 / 98.1 % before and after (brands 73.3 / 86.7 %, activities 88.3 / 98.3 %, clipped forms 96.7 /
  100 %), and no query of it changed rank: the brand rule, the new employer families and the slang entries did not
  reach its queries, so the round's gains on the seen and development sets are not confirmed by a blind figure.`;

const md = `# Search relevance

Date: ${REPORT_DATE}. Regenerate with \`npm run eval:relevance\` (tuning grid, dev split only: \`npm run eval:relevance -- --tune\`).

## Protocol
- Labelled set: \`test/relevance/jobQueries.json\`, ${queries.length} French job queries written for this project
  (categories: ${categories.map((c) => `${c} ${report.modes.hybrid.byCategory[c].n}`).join(', ')}), each with the
  ROME 4.0 (v4.60) fiche codes a counsellor would accept; every code was checked against
  \`unix_referentiel_code_rome_v460_utf8.csv\`. Broad queries ("travailler avec les enfants") accept several fiches.
- Split by ROME code (\`test/relevance/romeCodeSplit.ts\`): queries that share an expected fiche, directly or through a broad query,
  are on the same side, so no test query is answered by a fiche that a dev query already pulled up. **dev**
  (${report.modes.hybrid.dev.n}) was used to tune the analyzer, synonym table and fusion settings; **test**
  (${report.modes.hybrid.test.n}) is only reported. Until 2026-12-06 queries alternated between the sides and 97 of
  the 143 test queries shared an expected code with a dev query: the older test figures were optimistic.
- Search: built-in knowledge base (${kb.trades().length} ROME fiches), results restricted to \`type=trade\`, top 10.
  A query succeeds at rank r when the first expected code appears at rank r. Top-1 / top-3 = share of queries
  with r = 1 / r ≤ 3; MRR = mean of 1/r (0 when not in the top 10).
- Lexical: MiniSearch (BM25+) with the French analyzer (folding, elisions, stop and intent words, gender
  normalisation, Snowball stemmer, ${synonymEntryCount()} synonym/acronym/slang entries, ${brandEntryCount()} brand → sector entries), boosts
  appellations 3 > label 2.5 > everyday words 1 > skills 0.8 > definition 0.4 (skills 1.6 and everyday words 2.5 when
  the query describes an activity with a verb of the competences), fuzzy (1–2 edits on stems ≥ 5 chars), prefix on the
  last word. Everyday words (\`everydayWords.fr.json\`, ${everydayWordCount} for the ${kb.trades().length} fiches): objects, places,
  people served and verb + object phrases people use for each fiche's work (« réparer les fuites » for the plumber).
- Query hints (\`queryHints.ts\`, derived from the KB's trades, nothing listed by hand): a word the trades do not use
  is read phonetically (\`frenchPhonetic.ts\`: ph/f, qu/k, c/s, ai/é, an/en, doubled letters, é/er/ez endings, silent
  final letters) and matched to trade words with the same key, or one sound away for trade names, and to the
  trade-name words one or two typing slips away (swap, missing, doubled or wrong letter, first letter kept, a fifth
  of the word's letters as plain fuzzy search allows); a short unknown word is completed as a clipped form from the
  appellation words it begins, choosing those met in the same appellations as the query's other words (« chargée de
  com » → communication) and the most used ones only when no other word helps; initials of three to five letters are
  read as the appellation with those initials (« MNS » → maître-nageur sauveteur) when its trade shares the query's
  other words; a conjugated 2nd/3rd-group verb is given the infinitive the competences use. Hints weigh 0.7 on the
  lexical side and are added to the vector query. An activity verb also gives its agent noun (« je coiffe » →
  coiffeur, « je dessine » → dessinateur), kept only when one of its trades' texts uses all the query's other words (in an
  activity, an object that names its trade counts too: « la vigne » → vigneron, « les dents » → dentiste),
  and added to the vector query only (on the lexical side it outweighed the objects on dev). The vocabulary is saved
  with the index snapshot (\`hints.json\`) and loaded at start-up instead of rebuilt.
- Vector: the project-trained embeddings (hashed stems, stem bigrams and char 3–5-grams → ${search.embedder?.dim ?? '?'} dims,
  trained on the KB's own appellations, skills, definitions, RNCP→ROME links and the everyday words, \`npm run embeddings:train\`),
  exact cosine top-k. The vector query is the person's words, plus the hints and what a dropped word (brand, slang,
  acronym) stands for.
- Hybrid: weighted reciprocal rank fusion, k = ${search.fusion.k}, lexical weight ${search.fusion.lexicalWeight},
  vector weight ${search.fusion.vectorWeight}, ${search.fusion.candidates} candidates per side, plus a commonness prior
  (${search.fusion.commonnessWeight} × log of a trade's appellation count, relative to the most named trade, centred) — all chosen on dev —
  and a named-title bonus: when the person's own words (not the tables' words) name one of a trade's appellations in
  full, both genders accepted (« orthoptiste pour enfants », « gouvernante d'hôtel »), the trades with the longest
  such appellation share ${search.fusion.namedTitleWeight} added to their fused score; a one-word title counts only when said first
  (« centre commercial » names no salesman) and not in an activity (« je vérifie les billets »), chosen on the tuning pool.

## Results

Before this round's changes, on the same split (commit 6ab98b9): hybrid test top-1 83.9 %, top-3 95.1 %, MRR 0.896;
dev 80.6 %, 91.7 %, 0.868 (lexical test 77.6 / 94.4 %, vector test 82.5 / 90.9 %).

### Test split (reported only; earlier rounds listed its misses in this report, so it is not blind)
| Mode | Queries | Top-1 | Top-3 | MRR |
|---|---|---|---|---|
${modes.map((m) => row(names[m], report.modes[m].test)).join('\n')}

### Dev split
| Mode | Queries | Top-1 | Top-3 | MRR |
|---|---|---|---|---|
${modes.map((m) => row(names[m], report.modes[m].dev)).join('\n')}

### All queries
| Mode | Queries | Top-1 | Top-3 | MRR |
|---|---|---|---|---|
${modes.map((m) => row(names[m], report.modes[m].all)).join('\n')}

### Hybrid by category (all queries)
| Category | Queries | Top-1 | Top-3 | MRR |
|---|---|---|---|---|
${categories.map((c) => row(c, report.modes.hybrid.byCategory[c])).join('\n')}

## Blind set (written and committed before the changes; see "What the after-figures are worth")
- \`test/relevance/jobQueriesBlind.json\`: ${S('blind').queries.length} queries written in one pass on 2026-12-06 and committed
  alone before any change to the search for these families: ${S('blind').composition};
  registers ${S('blind').registers}.
  Expected codes checked against the ROME v4.60 CSV; none of its queries repeats one of the main set. Never edited
  afterwards; the next round writes a new one.
- First run: ${S('blind').first ? `${S('blind').firstRunDate}, on the search as it was before this round's changes` : 'not recorded yet'} (\`test/relevance/jobQueriesBlind.firstRun.json\`).
  Current: this report's run. Same protocol as above (trade results, top 10).

${S('blind').table}

### Blind misses now (expected code not in the top 3)
${missLines(S('blind'))}

## Second blind set (confirmation, written after the changes and before running them on it)
- \`test/relevance/jobQueriesBlindConfirmation.json\`: ${S('confirmation').queries.length} queries (${S('confirmation').composition}),
  written in one pass once this round's changes were done, committed alone, then run once (first run:
  ${S('confirmation').firstRunDate}, \`test/relevance/jobQueriesBlindConfirmation.firstRun.json\`). It exists because the
  first blind set's misses were printed in this report while the changes were made (see "What the after-figures
  are worth" below). Same labelling rules; no query repeats the other sets or the search tests.
${CONFIRMATION_BEFORE}
${S('confirmation').table}

### Confirmation misses now (expected code not in the top 3)
${missLines(S('confirmation'))}

${AFTER_FIGURES_NOTE}

## Third blind set (written before the second round of changes)
- \`test/relevance/jobQueriesBlind3.json\`: ${S('third').queries.length} queries (${S('third').composition};
  registers ${S('third').registers}),
  written in one pass without looking at the earlier sets' misses, codes checked against the ROME v4.60 CSV, committed
  alone, then run once on the search as it was before this round's changes (first run:
  ${S('third').firstRunDate}, \`test/relevance/jobQueriesBlind3.firstRun.json\`).
  Its misses are not printed here. The "now" columns are **not blind**: the changes of this round were made after its
  first run, on the dev split and the earlier sets only, but by the same hands that had seen its family figures.

${S('third').table}

### Second round: what changed and what the figures are worth
- Changes (after the third set's first run): clipped forms completed among the query's other words instead of by
  frequency alone; initials read from appellations; typing slips matched to trade-name words within the edits plain
  fuzzy search allows; agent nouns of activity verbs and objects on the vector side; a word is left to the synonym
  table only when a table term matched it in this query; one acronym added to the table (GMS), none of the third set.
  Tuned on the dev split, the first blind set, the confirmation set and a generated-typo probe (misspelt appellation
  words: hybrid top-3 106 → 113 of 186, plain fuzzy MiniSearch 117, the rest bare ambiguous titles such as
  « Conseiller »), never on the third set's queries (its misses were never printed; its family figures were seen).
- Main set, before this round (commit b556ecd) → now: hybrid test top-1 / top-3 86.0 / 96.5 % → 87.4 / 97.2 %;
  dev 86.1 / 97.2 % → 85.4 / 97.2 %.
- Confirmation set (tuned on this round, so no longer blind): top-3 83.8 → 90.0 % (clipped forms 80 → 95 %,
  activities 75 → 85 %, brands unchanged at 80 %).
- Third set, **not blind** after the changes: top-3 89.6 → 91.5 %, top-1 71.7 → 76.4 % (typos 95.2 → 100 %,
  activities 79.3 → 82.8 %; clipped forms, phonetic spellings and brands unchanged). Below the 95 % target: activities
  described with verbs and brands outside the table remain the weak families.

## Fourth blind set (written before the third round of changes)
- \`test/relevance/jobQueriesBlind4.json\`: ${S('fourth').queries.length} queries aimed at the weak families (${S('fourth').composition};
  registers ${S('fourth').registers}):
  first-person activities with verbs and objects, brands and employers (shops, delivery, transport, care, cleaning,
  hospitals, public bodies), very short clipped forms. Written in one pass without looking at the earlier sets' misses,
  codes checked against the ROME v4.60 CSV and the KB, committed alone, then run once
  (first run: ${S('fourth').firstRunDate}, \`test/relevance/jobQueriesBlind4.firstRun.json\`).
  Its misses are not printed here. Two of its queries turned out, after the commit, to repeat earlier ones once accents
  are folded (« je prépare les commandes dans un entrepot », « dev web »); the set is frozen, so they are kept and counted.

${S('fourth').table}
${THIRD_ROUND_NOTE}

## Fourth round: everyday words per fiche (fifth blind set)
${FOURTH_ROUND_NOTE}
- \`test/relevance/jobQueriesBlind5.json\`: ${S('fifth').queries.length} queries (${S('fifth').composition}; registers ${S('fifth').registers}),
  written in one pass by a writer who saw neither the search code, its tables, the everyday-words table nor the earlier
  sets (only an automatic check replaced its queries that repeated earlier ones), codes checked against the ROME v4.60
  CSV, committed alone before this round's changes (commit 0924518) and **not run until the round was finished**. Then
  run once on the code before the round (${S('fifth').beforeDate}, \`jobQueriesBlind5.beforeRound.json\`) and once on the
  round's code (${S('fifth').firstRunDate}, \`jobQueriesBlind5.firstRun.json\`): **both columns are blind**. Its misses are not
  printed. Its labels follow the appellation lists, often a child fiche (« mécano PL » → I1613, not its parent I1604),
  and only exact codes count, which makes it stricter than the earlier sets.

${S('fifth').table}

The fourth set (above) is reported with the current code in its "now" columns: its first run was on the code before
the round and it was not used for this round's settings, so its "now" columns are blind too (they include the fifth round below, made
after the fourth set's "now" figures of the fourth round were seen).

## Fifth round: analyser and hints families (sixth blind set)
${FIFTH_ROUND_NOTE}
- \`test/relevance/jobQueriesBlind6.json\`: ${S('sixth').queries.length} queries (${S('sixth').composition}; registers ${S('sixth').registers}),
  written in one pass by another writer under the same rules as the fifth set (no search code, no tables, no earlier
  sets), committed alone before this round (commit 29ec322) and **not run until the round was finished**; then run once
  on the code before today's fourth and fifth rounds (commit 5315252; ${S('sixth').beforeDate}, \`jobQueriesBlind6.beforeRounds.json\`)
  and once on the current code (${S('sixth').firstRunDate}, \`jobQueriesBlind6.firstRun.json\`): **both columns are blind**, and
  together they measure both rounds of the day. Its misses are not printed.

${S('sixth').table}

## Frozen sets and their recorded runs
Every blind job-query set and every recorded run (\`…firstRun.json\`, \`…beforeRound.json\`, \`…beforeRounds.json\`) was
committed once and never edited: \`git log --format=%h -- <file>\` shows a single commit for each. \`git log --follow\`
shows more, because git's rename detection links these look-alike JSON files to one another. A set that would have
needed a change was never edited: a new one was written (the seventh to fifteenth sets of 2026-12-06/07; the
ninth to thirteenth sets and their runs were checked the same way before the stop).
\`test/architecture/frozenEvaluationSets.test.ts\` checks every blind set and recorded run on each test run: one commit
touches the path (without rename detection) and the file is that commit's content.
One registry, \`BLIND_SETS\` in \`knowledge/search/relevanceEvaluation.ts\`, lists every set: its queries file, its
first-run and before-round files, whether its misses may be printed (only the first blind and confirmation sets'), whether
it is seen, and its role. It drives the evaluation, the flags (\`--record-<set>-first-run\`, \`--record-<set>-before-round\`:
an existing recorded run is never overwritten, a flag naming no registered run is an error), the tables of this report
and the typo-tolerance rows; a set's current figures are shown only once its first run is recorded.

## Seventh blind set: a measurement of the landed search
- \`test/relevance/jobQueriesBlind7.json\`: ${S('seventh').queries.length} queries (${S('seventh').composition}; registers ${S('seventh').registers}),
  written in one pass on the evening of 2026-12-06 by another outside writer under the same rules (ROME data only; no
  search code, no tables, no earlier sets), committed alone and run once on the code of that evening, when no search
  change was under way (${S('seventh').firstRunDate}, \`jobQueriesBlind7.firstRun.json\`): the first-run columns are
  **blind**. Search round 7 (below) was then developed on it: its misses were listed (not printed here) and its
  "now" columns are **not blind**; the eighth set measures that round.

${S('seventh').table}

## Search round 7: families of the seventh set's misses
- Analyser: « son » is kept as the noun (sound) after an article (« du son ») or after a word when nothing it could
  determine follows (« ingé son en studio »), and stays a dropped possessive otherwise (« gérer son équipe »); SMS
  spellings of function words (« pr », « ds », « avc », « qd », « tt », « bcp »…) are dropped from queries; « recrute » /
  « embauche » (« ça recrute ? ») are intent words unless « je » says them; a table term can be blocked by the words
  before it (\`unlessPrecededBy\`: « au feu de bois » is no woodwork).
- Tables, written as general families: web-developer slang (« dev front / back », frontend, backend), lower-case « cm »,
  cyberattack words (« cyberattaques », « hackers »), everyday livestock names read as the ROME words (moutons, brebis,
  chèvres → ovins, berger; vaches → bovins; cochons → porcins; poules → volailles; abeilles, ruches → apiculteur),
  school coaches (« car scolaire », « un car », autocar), clipped health and school forms (ortho, ergo, psychomot, podo,
  ostéo, diét, « PE »), APS, ELS, technico; « prof de » a sport (judo, ski, voile, yoga…) no longer expanded to the
  school teacher, and sport names read as sports-instructor words (« prof de danse / piano / théâtre » keep the
  teacher: their appellations are « Professeur de … »); holiday villages and clubs as their own brand sector (Club Med,
  Pierre et Vacances, Center Parcs, Belambra, VVF, UCPA, campsite chains), no longer among hotels.
- Fusion: the named-title bonus described in the protocol (0.05 / 0.1 / 0.15 / 0.2 tried on the tuning pool; 0.1 best,
  no set below its figures before the round).
- Tried and not kept: leaving a brand's sector out of the vector query when the person also names a trade word
  (« technicien fibre chez Orange »), the trade word taken as any word of the trades' names (top-1 lost on four sets)
  or as the first word of an appellation (top-3 lost on three sets: « animateur au Club Med » needs the sector); a
  clipped form spelled out by the table counted as its full word for the named-title bonus (« prof de yoga »: mixed).
- Hybrid top-1 / top-3 before → after the round: seventh set (seen) 85.0 / 93.8 % → 90.0 / 99.4 % (the one miss left:
  a trade named next to a telecom brand, « technicien … chez Orange »); tuning pool (\`npm run eval:relevance-dev-pool\`,
  822 queries) 86.7 / 97.2 % → 89.1 / 97.7 % (activities 94.8 → 95.4 % top-3); third set 84.9 / 96.2 → 84.9 / 97.2 %;
  fourth 74.0 / 92.7 % unchanged; fifth 81.9 / 96.9 → 83.8 / 98.8 %; sixth 86.3 / 97.5 → 86.9 / 98.1 %. No set went
  down; typo tolerance unchanged (no query lost against plain fuzzy search).

## Search round 7 (eighth blind set)
- \`test/relevance/jobQueriesBlind8.json\`: ${S('eighth').queries.length} queries (${S('eighth').composition}; registers ${S('eighth').registers}),
  written in one pass by another outside writer under the same rules, committed alone before search round 7 (which
  was developed on the seventh set, then seen), run once on the code before the round (${S('eighth').beforeDate},
  \`jobQueriesBlind8.beforeRound.json\`) and once on the round's code (${S('eighth').firstRunDate},
  \`jobQueriesBlind8.firstRun.json\`): **both columns are blind**. Its misses are not printed.

${S('eighth').table}

## Ninth blind set (a measurement of the landed search)
- \`test/relevance/jobQueriesBlind9.json\`: ${S('ninth').queries.length} queries (${S('ninth').composition}; registers ${S('ninth').registers}),
  written in one pass on 2026-12-06 by another outside writer under the same rules (only the ROME data), committed
  alone, run once on the landed search (${S('ninth').firstRunDate}, \`jobQueriesBlind9.firstRun.json\`): the first-run
  columns are **blind**. Search round 8 (below) was then developed on it: **from then on the ninth set is seen**, its
  "now" columns are not blind (its misses were listed with a throw-away script, not printed here); the tenth set
  measures that round.

${S('ninth').table}

${SEARCH_ROUND_8_NOTE}

## Tenth blind set (search round 8)
- \`test/relevance/jobQueriesBlind10.json\`: ${S('tenth').queries.length} queries (${S('tenth').composition}; registers ${S('tenth').registers}),
  written in one pass on 2026-12-06 by another outside writer under the same rules, committed alone before search
  round 8 (developed on the ninth set, then seen), run once on the code before the round (${S('tenth').beforeDate},
  \`jobQueriesBlind10.beforeRound.json\`) and once on the round's code (${S('tenth').firstRunDate},
  \`jobQueriesBlind10.firstRun.json\`): **both recorded columns are blind**. Search round 9 (below) was then developed on
  it and on the ninth set: **from then on the tenth set is seen**, its "now" columns are not blind (its misses were
  listed with a throw-away script, not printed here).

${S('tenth').table}

${SEARCH_ROUND_9_NOTE}

## Eleventh blind set (search round 9)
- \`test/relevance/jobQueriesBlind11.json\`: ${S('eleventh').queries.length} queries (${S('eleventh').composition}; registers ${S('eleventh').registers}),
  written in one pass on 2026-12-06 by another outside writer under the same rules, committed alone before search
  round 9 (developed on the ninth and tenth sets' activities, then seen), run once on the code before the round
  (${S('eleventh').beforeDate}, \`jobQueriesBlind11.beforeRound.json\`) and once on the round's code
  (${S('eleventh').firstRunDate}, \`jobQueriesBlind11.firstRun.json\`): **both columns are blind**. Its misses are not printed.

${S('eleventh').table}

## Twelfth blind set (a measurement of the landed search)
- \`test/relevance/jobQueriesBlind12.json\`: ${S('twelfth').queries.length} queries (${S('twelfth').composition}; registers ${S('twelfth').registers}),
  written in one pass by an outside writer who saw only the ROME data, committed alone with the thirteenth set
  (82dfbbb), run once on the landed search (${S('twelfth').firstRunDate}, \`jobQueriesBlind12.firstRun.json\`): the
  first-run columns are **blind**. Search round 10 (below) was then developed on it: **from then on the twelfth set is
  seen**, its "now" columns are not blind (its misses were listed with a throw-away script, not printed here).

${S('twelfth').table}

${SEARCH_ROUND_10_NOTE}

## Thirteenth blind set (search round 10)
- \`test/relevance/jobQueriesBlind13.json\`: ${S('thirteenth').queries.length} queries (${S('thirteenth').composition}; registers ${S('thirteenth').registers}),
  written in one pass by an outside writer under the same rules, committed alone with the twelfth set before search
  round 10, run once on the code before the round (${S('thirteenth').beforeDate}, \`jobQueriesBlind13.beforeRound.json\`)
  and once on the round's code (${S('thirteenth').firstRunDate}, \`jobQueriesBlind13.firstRun.json\`): **both recorded
  columns are blind**. Search round 11 (below) was then developed on it: **from then on the thirteenth set is seen**,
  its "now" columns are not blind (its misses were listed with a throw-away script, not printed here).

${S('thirteenth').table}

${SEARCH_ROUND_11_NOTE}

## Fourteenth blind set (search round 11)
- \`test/relevance/jobQueriesBlind14.json\`: ${S('fourteenth').queries.length} queries (${S('fourteenth').composition}; registers ${S('fourteenth').registers}),
  written in one pass by an outside writer under the same rules, committed alone before search round 11 (developed
  on the thirteenth set, then seen, and on the earlier seen sets), run once on the code before the round
  (${S('fourteenth').beforeDate}, \`jobQueriesBlind14.beforeRound.json\`) and once on the round's code
  (${S('fourteenth').firstRunDate}, \`jobQueriesBlind14.firstRun.json\`): **both recorded columns are blind**. Search
  round 12 (below) was then developed on it: **from then on the fourteenth set is seen**, its "now" columns are not
  blind (its misses were listed with a throw-away script, not printed here).

${S('fourteenth').table}

${SEARCH_ROUND_12_NOTE}

## Fifteenth blind set (search round 12)
- \`test/relevance/jobQueriesBlind15.json\`: ${S('fifteenth').queries.length} queries (${S('fifteenth').composition}; registers ${S('fifteenth').registers}),
  written in one pass by an outside writer under the same rules, committed alone before search round 12 (developed on
  the fourteenth set, then seen, and on the earlier seen sets), run once on the code before the round
  (${S('fifteenth').beforeDate}, \`jobQueriesBlind15.beforeRound.json\`) and once on the round's code
  (${S('fifteenth').firstRunDate}, \`jobQueriesBlind15.firstRun.json\`): **both columns are blind**. Its queries and
  misses were never looked at and are not printed. ${rankMoves('fifteenth')}

${S('fifteenth').table}

## Typo tolerance against plain fuzzy MiniSearch
Plain MiniSearch over the trades' labels and appellations, accent-folded, fuzzy 0.2, prefix (\`plainFuzzyBaseline.ts\`),
on the misspelt and phonetic queries of each set (top 3). "Lost" = found by the plain setup, missed by the hybrid search.

| Set | Queries | Plain top-3 | Hybrid top-3 | Lost |
|---|---|---|---|---|
${plainRows.map((r) => `| ${r.name} | ${r.n} | ${r.plain} | ${r.found} | ${r.lost.length} |`).join('\n')}
${plainRows.filter((r) => r.printMisses).flatMap((r) => r.lost.map((o) => `- lost (${r.name}): "${o.query.query}" expected ${o.query.expected.join(', ')}, got ${o.top.slice(0, 3).join(', ') || 'nothing'}`)).join('\n')}

## Hybrid misses (expected code not in the top 3)
${misses.length === 0 ? 'None.' : misses.map((o) => `- "${o.query.query}" (${o.query.split}) expected ${o.query.expected.join(', ')}, got ${o.top.slice(0, 3).join(', ') || 'nothing'}`).join('\n')}
`;

const file = fileURLToPath(new URL('../docs/relevance.md', import.meta.url));
writeFileSync(file, md);
for (const m of modes) {
  const r = report.modes[m];
  console.log(`${m.padEnd(8)} test top1 ${pct(r.test.top1)} top3 ${pct(r.test.top3)} mrr ${r.test.mrr.toFixed(3)} | dev top1 ${pct(r.dev.top1)} top3 ${pct(r.dev.top3)} mrr ${r.dev.mrr.toFixed(3)}`);
}
for (const s of shownSets) {
  const h = s.report.modes.hybrid;
  console.log(`${s.set.name.padEnd(12)} hybrid top1 ${pct(h.all.top1)} top3 ${pct(h.all.top3)} mrr ${h.all.mrr.toFixed(3)} (${Object.entries(h.byCategory).map(([c, m]) => `${c} ${pct(m.top3)}`).join(', ')})`);
}
console.log(`plain    ${plainRows.map((r) => `${r.name}: plain ${r.plain}/${r.n}, hybrid ${r.found}/${r.n}, lost ${r.lost.length}`).join(' | ')}`);
console.log(`wrote ${file}`);
