// KPIs of the console: every conversation that reaches a routing decision counts as answered by
// information (or redirected, for out-of-scope questions and social emergencies); the hand-off
// dialog upgrades it to "ticket" when one is created (the recorder keeps the strongest outcome).
// Watching the `orientation.decision` event keeps the dialogs free of KPI code.
import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import type { OutcomeRecorder } from '../../orientation/tickets/conversationOutcome.js';
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
        if (a.type !== ActivityTypes.Event || a.name !== 'orientation.decision') continue;
        const value = a.value as OrientationDecisionEvent | undefined;
        if (!value?.operatorTypes?.length) continue;
        const redirected = value.operatorTypes.every((t) => REDIRECT_TYPES.includes(t));
        const place = value.profile?.place;
        // Not awaited: a KPI must not hold the person's reply behind an fsync (the store merges it in
        // memory at once and flushes in the background; close() waits for that flush).
        void this.recorder
          .record({
            conversationId: ctx.activity.conversation?.id ?? 'unknown',
            outcome: redirected ? 'redirected' : 'information_only',
            operatorType: value.chosen ?? value.operatorTypes[0],
            departement: place?.departement,
            region: place?.region,
            channel: ctx.activity.channelId,
          })
          .catch((err: Error) => this.onError(err));
      }
      return nextSend();
    });
    await next();
  }
}
