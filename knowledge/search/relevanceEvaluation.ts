// Relevance measurement over the labelled job queries: top-1, top-3 and MRR@10 per search mode,
// per split (dev = used for tuning, test = reported only) and per query category.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { HybridKnowledgeSearch, SearchMode } from './hybridKnowledgeSearch.js';

export const JOB_QUERIES_FILE = fileURLToPath(new URL('../../test/relevance/jobQueries.json', import.meta.url));
/** Written in one pass before the search was changed for its families; never edited, never tuned on. */
export const BLIND_JOB_QUERIES_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind.json', import.meta.url));
/** Figures of the blind set's first run, recorded once by `npm run eval:relevance -- --record-blind-first-run`. */
export const BLIND_FIRST_RUN_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind.firstRun.json', import.meta.url));

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
  return loadJobQueries(BLIND_JOB_QUERIES_FILE);
}

/** Written after this round's search changes and before they were run on it (an honest after-figure). */
export const BLIND_CONFIRMATION_QUERIES_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlindConfirmation.json', import.meta.url));
export const BLIND_CONFIRMATION_FIRST_RUN_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlindConfirmation.firstRun.json', import.meta.url));
/** Third blind set: written before the second round of changes; its first run is that round's blind figure. */
export const BLIND_THIRD_QUERIES_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind3.json', import.meta.url));
export const BLIND_THIRD_FIRST_RUN_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind3.firstRun.json', import.meta.url));
/** Fourth blind set: first-person activities, brands and employers, short clipped forms; written before the third round. */
export const BLIND_FOURTH_QUERIES_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind4.json', import.meta.url));
export const BLIND_FOURTH_FIRST_RUN_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind4.firstRun.json', import.meta.url));
/** Second development set (200 queries by family, written for tuning on 2026-12-06): part of the tuning pool, never blind. */
export const DEVELOPMENT_SECOND_QUERIES_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesDev2.json', import.meta.url));
/**
 * Fifth blind set: written by someone who saw neither the search code nor the earlier sets, committed before the
 * fourth round (everyday words) and first run once that round was finished: its first run is the round's blind figure.
 */
export const BLIND_FIFTH_QUERIES_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind5.json', import.meta.url));
export const BLIND_FIFTH_FIRST_RUN_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind5.firstRun.json', import.meta.url));
/** The same set run once, at the same time, on the code before the fourth round (commit 5315252), for comparison. */
export const BLIND_FIFTH_BEFORE_ROUND_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind5.beforeRound.json', import.meta.url));
/** Sixth blind set: same protocol as the fifth, committed before the fifth round and first run once that round was finished. */
export const BLIND_SIXTH_QUERIES_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind6.json', import.meta.url));
export const BLIND_SIXTH_FIRST_RUN_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind6.firstRun.json', import.meta.url));
/** The sixth set run once, at the same time, on the code before today's fourth and fifth rounds (commit 5315252). */
export const BLIND_SIXTH_BEFORE_ROUNDS_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind6.beforeRounds.json', import.meta.url));
/**
 * Seventh blind set: written by another outside writer on 2026-12-06 (evening), committed alone and run once on the
 * code of that evening, when no search change was under way: a pure measurement of the landed search, never tuned on.
 */
export const BLIND_SEVENTH_QUERIES_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind7.json', import.meta.url));
export const BLIND_SEVENTH_FIRST_RUN_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind7.firstRun.json', import.meta.url));
/** Eighth blind set: committed before search round 7, run once on the code before it and once on the round's code. */
export const BLIND_EIGHTH_QUERIES_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind8.json', import.meta.url));
export const BLIND_EIGHTH_FIRST_RUN_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind8.firstRun.json', import.meta.url));
export const BLIND_EIGHTH_BEFORE_ROUND_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind8.beforeRound.json', import.meta.url));
export const BLIND_NINTH_QUERIES_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind9.json', import.meta.url));
export const BLIND_NINTH_FIRST_RUN_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind9.firstRun.json', import.meta.url));
export const BLIND_TENTH_QUERIES_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind10.json', import.meta.url));
export const BLIND_TENTH_FIRST_RUN_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind10.firstRun.json', import.meta.url));
export const BLIND_TENTH_BEFORE_ROUND_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind10.beforeRound.json', import.meta.url));
export const BLIND_ELEVENTH_QUERIES_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind11.json', import.meta.url));
export const BLIND_ELEVENTH_FIRST_RUN_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind11.firstRun.json', import.meta.url));
export const BLIND_ELEVENTH_BEFORE_ROUND_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind11.beforeRound.json', import.meta.url));
/** Twelfth blind set: committed alone with the thirteenth before search round 10, run once on the landed search. */
export const BLIND_TWELFTH_QUERIES_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind12.json', import.meta.url));
export const BLIND_TWELFTH_FIRST_RUN_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind12.firstRun.json', import.meta.url));
/** Thirteenth blind set: run once on the code before search round 10 and once on the round's code; never tuned on. */
export const BLIND_THIRTEENTH_QUERIES_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind13.json', import.meta.url));
export const BLIND_THIRTEENTH_FIRST_RUN_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind13.firstRun.json', import.meta.url));
export const BLIND_THIRTEENTH_BEFORE_ROUND_FILE = fileURLToPath(new URL('../../test/relevance/jobQueriesBlind13.beforeRound.json', import.meta.url));

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
