// KPI figures for the console: ticket volumes (operator type, territory, day), time to take,
// redirect rate, and how conversations ended (information only / ticket / redirected elsewhere).
import type { TicketStats } from '../../orientation/tickets/ticketStore.js';
import { CONVERSATION_OUTCOMES, type ConversationOutcomeKind } from '../../orientation/tickets/conversationOutcome.js';
import type { StoredOutcome } from './outcomeStore.js';

export interface KpiRange {
  /** Inclusive UTC days, YYYY-MM-DD. */
  from: string;
  to: string;
}

export interface TakeTimeBucket {
  label: string;
  count: number;
}

export interface ConsoleKpis {
  range: KpiRange;
  tickets: number;
  byOperatorType: Array<[string, number]>;
  byDepartement: Array<[string, number]>;
  /** Every day of the range, zeros included. */
  byDay: Array<[string, number]>;
  redirected: number;
  redirectRate: number | undefined;
  taken: number;
  medianTimeToTakeMs: number | undefined;
  p90TimeToTakeMs: number | undefined;
  takeTimeBuckets: TakeTimeBucket[];
  conversations: number;
  outcomes: Record<ConversationOutcomeKind, number>;
}

const HOUR = 3600_000;
const BUCKETS: Array<{ label: string; max: number }> = [
  { label: "Moins d'une heure", max: HOUR },
  { label: '1 à 4 heures', max: 4 * HOUR },
  { label: '4 à 24 heures', max: 24 * HOUR },
  { label: '1 à 3 jours', max: 72 * HOUR },
  { label: 'Plus de 3 jours', max: Infinity },
];

export function percentile(sorted: readonly number[], p: number): number | undefined {
  if (sorted.length === 0) return undefined;
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

export function daysOf(range: KpiRange): string[] {
  const out: string[] = [];
  const end = Date.parse(`${range.to}T00:00:00Z`);
  for (let t = Date.parse(`${range.from}T00:00:00Z`); t <= end && out.length < 800; t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

const byCountDesc = (a: [string, number], b: [string, number]) => b[1] - a[1] || a[0].localeCompare(b[0]);

export function computeKpis(range: KpiRange, stats: TicketStats, outcomes: readonly StoredOutcome[]): ConsoleKpis {
  const times = stats.timeToTakeMs.filter((x) => Number.isFinite(x) && x >= 0).sort((a, b) => a - b);
  const buckets = BUCKETS.map((b) => ({ label: b.label, count: 0 }));
  for (const ms of times) buckets[BUCKETS.findIndex((b) => ms < b.max)].count++;
  const outcomeCounts = Object.fromEntries(CONVERSATION_OUTCOMES.map((o) => [o, 0])) as Record<ConversationOutcomeKind, number>;
  for (const o of outcomes) outcomeCounts[o.outcome]++;
  return {
    range,
    tickets: stats.total,
    byOperatorType: Object.entries(stats.byOperatorType).sort(byCountDesc),
    byDepartement: Object.entries(stats.byDepartement).sort(byCountDesc),
    byDay: daysOf(range).map((d) => [d, stats.byDay[d] ?? 0]),
    redirected: stats.redirected,
    redirectRate: stats.total ? stats.redirected / stats.total : undefined,
    taken: times.length,
    medianTimeToTakeMs: percentile(times, 50),
    p90TimeToTakeMs: percentile(times, 90),
    takeTimeBuckets: buckets,
    conversations: outcomes.length,
    outcomes: outcomeCounts,
  };
}
