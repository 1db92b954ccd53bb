// Conversation outcomes kept for the KPIs: recorded by the dialogs (OutcomeRecorder), read by the
// console per date range. One record per conversation (the strongest outcome wins).
import { createHash } from 'node:crypto';
import type { ConversationOutcome, ConversationOutcomeKind, OutcomeRecorder } from '../../orientation/tickets/conversationOutcome.js';

export interface StoredOutcome {
  /** Hashed conversation id. */
  key: string;
  outcome: ConversationOutcomeKind;
  operatorType?: string;
  departement?: string;
  region?: string;
  channel?: string;
  /** UTC day (YYYY-MM-DD) and instant of the first record of this conversation. */
  day: string;
  at: string;
}

export interface OutcomeStore extends OutcomeRecorder {
  /** Outcomes whose day lies in [fromDay, toDay] (inclusive, YYYY-MM-DD). */
  list(fromDay: string, toDay: string): Promise<StoredOutcome[]>;
  close?(): Promise<void>;
}

export function conversationKey(conversationId: string): string {
  return createHash('sha256').update(`outcome:${conversationId}`).digest('hex').slice(0, 24);
}

export function utcDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function toStored(o: ConversationOutcome): StoredOutcome {
  const at = o.at ?? new Date();
  return {
    key: conversationKey(o.conversationId),
    outcome: o.outcome,
    operatorType: o.operatorType,
    departement: o.departement,
    region: o.region,
    channel: o.channel,
    day: utcDay(at),
    at: at.toISOString(),
  };
}
