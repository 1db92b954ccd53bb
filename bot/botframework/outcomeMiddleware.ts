// KPIs of the console, recorded here and nowhere else: every conversation that reaches a routing
// decision counts as answered by information (or redirected, for out-of-scope questions and social
// emergencies); the hand-off's `handoff.initiate` event upgrades it to "ticket" (the recorder keeps
// the strongest outcome). Watching the outgoing events keeps the dialogs free of KPI code.
import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import type { ConversationOutcome, OutcomeRecorder } from '../../orientation/tickets/conversationOutcome.js';
import type { OrientationDecisionEvent } from '../../orientation/routing/routingDecision.js';
import type { OperatorType } from '../../knowledge/model/operatorType.js';

const REDIRECT_TYPES: readonly OperatorType[] = ['out_of_scope', 'social_emergency'];

export class OutcomeMiddleware implements Middleware {
  constructor(
    private readonly recorder: OutcomeRecorder,
    private readonly onError: (err: Error) => void = () => undefined,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    context.onSendActivities(async (ctx, activities, nextSend) => {
      for (const a of activities) {
        if (a.type === ActivityTypes.Event && a.name === 'handoff.initiate') {
          this.record(ctx, ticketOutcomeOf(a.value));
          continue;
        }
        if (a.type !== ActivityTypes.Event || a.name !== 'orientation.decision') continue;
        const value = a.value as OrientationDecisionEvent | undefined;
        if (!value?.operatorTypes?.length) continue;
        const redirected = value.operatorTypes.every((t) => REDIRECT_TYPES.includes(t));
        const place = value.profile?.place;
        this.record(ctx, {
          outcome: redirected ? 'redirected' : 'information_only',
          operatorType: value.chosen ?? value.operatorTypes[0],
          departement: place?.departement,
          region: place?.region,
        });
      }
      return nextSend();
    });
    await next();
  }

  private record(ctx: TurnContext, outcome: Omit<ConversationOutcome, 'conversationId' | 'channel'> | undefined): void {
    if (!outcome) return;
    // Not awaited: a KPI must not hold the person's reply behind an fsync (the store merges it in
    // memory at once and flushes in the background; close() waits for that flush).
    void this.recorder
      .record({ ...outcome, conversationId: ctx.activity.conversation?.id ?? 'unknown', channel: ctx.activity.channelId })
      .catch((err: Error) => this.onError(err));
  }
}

/** The "ticket" outcome from the hand-off initiation's context (operator type and territory codes). */
function ticketOutcomeOf(value: unknown): Omit<ConversationOutcome, 'conversationId' | 'channel'> | undefined {
  const context = value as HandoffInitiationValue | undefined;
  if (!context?.operatorType) return undefined;
  return { outcome: 'ticket', operatorType: context.operatorType, departement: context.territory?.departement, region: context.territory?.region };
}

interface HandoffInitiationValue {
  operatorType?: OperatorType;
  territory?: { region?: string; departement?: string };
}
