// How a conversation ended, for the console's KPIs (share answered by information alone vs hand-off
// ticket vs redirected elsewhere). Dialogs call `OutcomeRecorder.record` at the point the outcome is
// known; recording the same conversation again keeps the strongest outcome
// (ticket > redirected > information_only). No personal data: the conversation id is hashed by the
// store, and only the territory codes and operator type are kept.
// Implementations: server/console/outcomeStore.*.ts (file journal by default, Redis when configured).
import type { OperatorType } from '../../knowledge/model/operatorType.js';

export const CONVERSATION_OUTCOMES = ['information_only', 'ticket', 'redirected'] as const;
export type ConversationOutcomeKind = (typeof CONVERSATION_OUTCOMES)[number];

export const OUTCOME_RANK: Record<ConversationOutcomeKind, number> = { information_only: 0, redirected: 1, ticket: 2 };

export interface ConversationOutcome {
  conversationId: string;
  outcome: ConversationOutcomeKind;
  /** The operator type the person was routed to (ticket or redirect), when there is one. */
  operatorType?: OperatorType;
  departement?: string;
  region?: string;
  channel?: 'chat' | 'voice' | string;
  /** Defaults to now. */
  at?: Date;
}

export interface OutcomeRecorder {
  record(outcome: ConversationOutcome): Promise<void>;
}
