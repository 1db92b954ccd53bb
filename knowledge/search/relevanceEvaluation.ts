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

/**
 * Dev/test split by ROME code: queries that share an expected code (directly or through a chain of
 * broad queries) form one group, and a whole group goes to one side, so that no test query is
 * answered by a fiche that tuning on dev already pulled up. Groups are placed largest first on the
 * smaller side (ties: smallest code first), which keeps the two sides near half each.
 */
export function splitByRomeCode(queries: readonly Pick<LabelledQuery, 'id' | 'expected'>[]): Map<string, 'dev' | 'test'> {
  const parent = new Map<string, string>();
  const find = (c: string): string => {
    let x = c;
    while (parent.get(x) !== x) x = parent.get(x)!;
    parent.set(c, x);
    return x;
  };
  for (const q of queries) for (const c of q.expected) if (!parent.has(c)) parent.set(c, c);
  for (const q of queries) {
    for (const c of q.expected.slice(1)) {
      const a = find(q.expected[0]);
      const b = find(c);
      if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
    }
  }
  const groups = new Map<string, string[]>();
  for (const q of queries) {
    if (q.expected.length === 0) continue;
    const root = find(q.expected[0]);
    const g = groups.get(root);
    if (g) g.push(q.id);
    else groups.set(root, [q.id]);
  }
  const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
  const split = new Map<string, 'dev' | 'test'>();
  let dev = 0;
  let test = 0;
  for (const [, ids] of ordered) {
    const side = dev <= test ? 'dev' : 'test';
    for (const id of ids) split.set(id, side);
    if (side === 'dev') dev += ids.length;
    else test += ids.length;
  }
  return split;
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
