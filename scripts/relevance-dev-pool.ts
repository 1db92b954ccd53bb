// npm run eval:relevance-dev-pool — the sets a search change may be tuned on (the main set and the blind
// sets whose misses or figures earlier rounds already used: first, confirmation, third,
// top-1 / top-3 per set, all queries and activities. The fourth and fifth blind sets are never run here.
// Flags: --boost field=value (title queries), --activity-boost field=value, --fusion setting=value, --all-modes,
// --misses (print activity misses).
import { loadKnowledgeBase } from '../knowledge/base/loadKnowledgeBase.js';
import { createKnowledgeSearch } from '../knowledge/search/createKnowledgeSearch.js';
import { ACTIVITY_FIELD_BOOSTS, FIELD_BOOSTS, LEXICAL_FIELDS } from '../knowledge/search/lexicalIndex.js';
import {
  blindSet,
  DEVELOPMENT_SECOND_QUERIES_FILE,
  JOB_QUERIES_FILE,
  loadJobQueries,
  metricsOf,
  runQueries,
} from '../knowledge/search/relevanceEvaluation.js';
import { DEFAULT_FUSION, HybridKnowledgeSearch, type FusionSettings, type SearchMode } from '../knowledge/search/hybridKnowledgeSearch.js';

function overrides(flag: string, target: Record<string, number>, keys: readonly string[] = LEXICAL_FIELDS): void {
  process.argv.forEach((a, i) => {
    if (a !== flag) return;
    const [field, value] = (process.argv[i + 1] ?? '').split('=');
    if (!keys.includes(field) || !Number.isFinite(Number(value))) throw new Error(`${flag} ${keys.join('|')}=value`);
    target[field] = Number(value);
  });
}
overrides('--boost', FIELD_BOOSTS);
overrides('--activity-boost', ACTIVITY_FIELD_BOOSTS);

const built = await createKnowledgeSearch(loadKnowledgeBase(), { embeddings: 'trained' });
const fusion: FusionSettings = { ...DEFAULT_FUSION };
overrides('--fusion', fusion as unknown as Record<string, number>, Object.keys(DEFAULT_FUSION));
const search = new HybridKnowledgeSearch(built.documents, built.lexical, built.vectors, built.embedder, fusion);
const sets: Array<[string, string]> = [
  ['main', JOB_QUERIES_FILE],
  ['blind1', blindSet('blind').queriesFile],
  ['confirmation', blindSet('confirmation').queriesFile],
  ['blind3', blindSet('third').queriesFile],
  ['dev2', DEVELOPMENT_SECOND_QUERIES_FILE],
];
const pct = (x: number) => `${(100 * x).toFixed(1)}`;
const modes: SearchMode[] = process.argv.includes('--all-modes') ? ['lexical', 'vector', 'hybrid'] : ['hybrid'];
for (const mode of modes) {
  let total: Awaited<ReturnType<typeof runQueries>> = [];
  for (const [name, file] of sets) {
    const outcomes = await runQueries(search, mode, loadJobQueries(file));
    total = total.concat(outcomes);
    const all = metricsOf(outcomes);
    const act = metricsOf(outcomes.filter((o) => o.query.category === 'activity'));
    console.log(`${mode} ${name.padEnd(13)} all ${all.n} top1 ${pct(all.top1)} top3 ${pct(all.top3)} | activity ${act.n} top1 ${pct(act.top1)} top3 ${pct(act.top3)}`);
    if (process.argv.includes('--misses') && mode === 'hybrid')
      for (const o of outcomes) if ((o.rank === 0 || o.rank > 3) && (o.query.category === 'activity' || name === 'dev2')) console.log(`   miss "${o.query.query}" want ${o.query.expected.join(',')} got ${o.top.slice(0, 3).join(',')}`);
  }
  const all = metricsOf(total);
  const act = metricsOf(total.filter((o) => o.query.category === 'activity'));
  const notActivity = metricsOf(total.filter((o) => o.query.category !== 'activity'));
  console.log(`${mode} POOL          all ${all.n} top1 ${pct(all.top1)} top3 ${pct(all.top3)} | activity ${act.n} top1 ${pct(act.top1)} top3 ${pct(act.top3)} | others top1 ${pct(notActivity.top1)} top3 ${pct(notActivity.top3)}`);
}
