// Relevance measurement over the labelled job queries: top-1, top-3 and MRR@10 per search mode,
// per split (dev = used for tuning, test = reported only) and per query category.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { HybridKnowledgeSearch, SearchMode } from './hybridKnowledgeSearch.js';

export const JOB_QUERIES_FILE = fileURLToPath(new URL('../../test/relevance/jobQueries.json', import.meta.url));
export interface LabelledQuery {
  id: string;
  query: string;
  category: string;
  expected: string[];
  /** Absent from the blind set, which is only ever reported. */
  split?: 'dev' | 'test';
  /** Blind set only: formal, spoken or sms. */
  register?: string;
}

export function loadJobQueries(file = JOB_QUERIES_FILE): LabelledQuery[] {
  return (JSON.parse(readFileSync(file, 'utf8')) as { queries: LabelledQuery[] }).queries;
}

export function loadBlindJobQueries(): LabelledQuery[] {
  return loadJobQueries(blindSet('blind').queriesFile);
}

const relevanceFile = (name: string) => fileURLToPath(new URL(`../../test/relevance/${name}`, import.meta.url));
/** A set's queries and its first run, named after the same stem (`jobQueriesBlind8.json`, `jobQueriesBlind8.firstRun.json`). */
const setFiles = (stem: string) => ({ queriesFile: relevanceFile(`${stem}.json`), firstRunFile: relevanceFile(`${stem}.firstRun.json`) });
/** Second development set (200 queries by family, written for tuning on 2026-12-06): part of the tuning pool, never blind. */
export const DEVELOPMENT_SECOND_QUERIES_FILE = relevanceFile('jobQueriesDev2.json');

/**
 * One blind job-query set: written in one pass and committed alone, never edited; each recorded run is written once
 * (`npx tsx scripts/eval-relevance.ts --record-<name>-first-run`, `--record-<name>-before-round`) and never again.
 */
export interface BlindSet {
  /** The word of its flags. */
  name: string;
  /** How the report names it. */
  label: string;
  queriesFile: string;
  /** Its first run: the blind figure of the round it measures (or of the landed search). */
  firstRunFile: string;
  /** Its run on the code before that round, when it measures a round. */
  beforeRoundFile?: string;
  /** Only sets whose misses earlier rounds already listed print them; the others never do. */
  printMisses: boolean;
  /** Seen: a later round was developed on it, so its table also shows the current figures next to the recorded ones. */
  seen?: boolean;
  /** Column words of its before-round table, when not « before the round » and « round's code ». */
  beforeRoundColumn?: string;
  firstRunColumn?: string;
  /** Why it exists and what its recorded runs measure. */
  role: string;
}

/** Every blind set, oldest first: the evaluation script, its flags and the report's tables are driven by this list. */
export const BLIND_SETS: readonly BlindSet[] = [
  {
    name: 'blind', label: 'first blind set', ...setFiles('jobQueriesBlind'),
    printMisses: true, role: 'written before the first round of changes for its families; its misses were listed while they were made, so it is seen',
  },
  {
    name: 'confirmation', label: 'confirmation set', ...setFiles('jobQueriesBlindConfirmation'),
    printMisses: true, role: "written after the first round's changes and before they were run on it: that round's after-figure",
  },
  {
    name: 'third', label: 'third blind set', ...setFiles('jobQueriesBlind3'),
    printMisses: false, role: 'written before the second round of changes; its first run is the figure before that round',
  },
  {
    name: 'fourth', label: 'fourth blind set', ...setFiles('jobQueriesBlind4'),
    printMisses: false, role: 'first-person activities, brands and employers, short clipped forms; written before the third round',
  },
  {
    name: 'fifth', label: 'fifth blind set', ...setFiles('jobQueriesBlind5'),
    beforeRoundFile: relevanceFile('jobQueriesBlind5.beforeRound.json'),
    printMisses: false, role: 'committed before the fourth round (everyday words), run on the code before it (commit 5315252) and on its code',
  },
  {
    name: 'sixth', label: 'sixth blind set', ...setFiles('jobQueriesBlind6'),
    beforeRoundFile: relevanceFile('jobQueriesBlind6.beforeRounds.json'), beforeRoundColumn: 'before both rounds', firstRunColumn: 'current code',
    printMisses: false, role: 'committed before the fifth round, run on the code before the fourth and fifth rounds (commit 5315252) and on their code',
  },
  {
    name: 'seventh', label: 'seventh blind set', ...setFiles('jobQueriesBlind7'),
    printMisses: false, role: 'a measurement of the landed search (2026-12-06 evening); search round 7 was then developed on it',
  },
  {
    name: 'eighth', label: 'eighth blind set', ...setFiles('jobQueriesBlind8'),
    beforeRoundFile: relevanceFile('jobQueriesBlind8.beforeRound.json'),
    printMisses: false, role: 'committed before search round 7, run once on the code before it and once on its code',
  },
  {
    name: 'ninth', label: 'ninth blind set', ...setFiles('jobQueriesBlind9'),
    printMisses: false, role: 'a measurement of the landed search; search rounds 8 to 10 were then developed on it',
  },
  {
    name: 'tenth', label: 'tenth blind set', ...setFiles('jobQueriesBlind10'),
    beforeRoundFile: relevanceFile('jobQueriesBlind10.beforeRound.json'), seen: true,
    printMisses: false, role: 'committed before search round 8, run on the code before it and on its code; search rounds 9 and 10 were developed on it',
  },
  {
    name: 'eleventh', label: 'eleventh blind set', ...setFiles('jobQueriesBlind11'),
    beforeRoundFile: relevanceFile('jobQueriesBlind11.beforeRound.json'),
    printMisses: false, role: 'committed before search round 9, run on the code before it and on its code; its activities were seen in search round 10',
  },
  {
    name: 'twelfth', label: 'twelfth blind set', ...setFiles('jobQueriesBlind12'),
    printMisses: false, role: 'a measurement of the landed search; search round 10 was then developed on it',
  },
  {
    name: 'thirteenth', label: 'thirteenth blind set', ...setFiles('jobQueriesBlind13'),
    beforeRoundFile: relevanceFile('jobQueriesBlind13.beforeRound.json'), seen: true,
    printMisses: false, role: 'committed before search round 10, run once on the code before it and once on its code; search round 11 was developed on it',
  },
  {
    name: 'fourteenth', label: 'fourteenth blind set', ...setFiles('jobQueriesBlind14'),
    beforeRoundFile: relevanceFile('jobQueriesBlind14.beforeRound.json'), seen: true,
    printMisses: false, role: 'committed alone before search round 11, run once on the code before it and once on its code; search round 12 was developed on it',
  },
  {
    name: 'fifteenth', label: 'fifteenth blind set', ...setFiles('jobQueriesBlind15'),
    beforeRoundFile: relevanceFile('jobQueriesBlind15.beforeRound.json'),
    printMisses: false, role: 'written before search round 12, run once on the code before it and once on its code; never tuned on',
  },
];

/** The registered set of that name (a typo in a name is an error, not an empty set). */
export function blindSet(name: string): BlindSet {
  const set = BLIND_SETS.find((s) => s.name === name);
  if (!set) throw new Error(`no blind job-query set named ${name}`);
  return set;
}

export interface Metrics {
  n: number;
  top1: number;
  top3: number;
  mrr: number;
}

export interface QueryOutcome {
  query: LabelledQuery;
  /** 1-based rank of the first expected code in the top 10, or 0. */
  rank: number;
  top: string[];
}

export function metricsOf(outcomes: readonly QueryOutcome[]): Metrics {
  const n = outcomes.length;
  if (n === 0) return { n, top1: 0, top3: 0, mrr: 0 };
  let top1 = 0;
  let top3 = 0;
  let mrr = 0;
  for (const o of outcomes) {
    if (o.rank === 1) top1++;
    if (o.rank >= 1 && o.rank <= 3) top3++;
    if (o.rank >= 1) mrr += 1 / o.rank;
  }
  return { n, top1: top1 / n, top3: top3 / n, mrr: mrr / n };
}

export async function runQueries(search: HybridKnowledgeSearch, mode: SearchMode, queries: readonly LabelledQuery[]): Promise<QueryOutcome[]> {
  const out: QueryOutcome[] = [];
  for (const q of queries) {
    const hits = await search.searchWith(q.query, mode, { types: ['trade'], limit: 10 });
    const top = hits.map((h) => h.code ?? h.id);
    const i = top.findIndex((c) => q.expected.includes(c));
    out.push({ query: q, rank: i + 1, top });
  }
  return out;
}

export interface EvaluationReport {
  modes: Record<SearchMode, { all: Metrics; dev: Metrics; test: Metrics; byCategory: Record<string, Metrics>; outcomes: QueryOutcome[] }>;
}

export async function evaluate(search: HybridKnowledgeSearch, queries = loadJobQueries()): Promise<EvaluationReport> {
  const modes = {} as EvaluationReport['modes'];
  for (const mode of ['lexical', 'vector', 'hybrid'] as SearchMode[]) {
    const outcomes = await runQueries(search, mode, queries);
    const byCategory: Record<string, Metrics> = {};
    for (const c of [...new Set(queries.map((q) => q.category))]) byCategory[c] = metricsOf(outcomes.filter((o) => o.query.category === c));
    modes[mode] = {
      all: metricsOf(outcomes),
      dev: metricsOf(outcomes.filter((o) => o.query.split === 'dev')),
      test: metricsOf(outcomes.filter((o) => o.query.split === 'test')),
      byCategory,
      outcomes,
    };
  }
  return { modes };
}
