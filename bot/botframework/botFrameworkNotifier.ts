// ConversationNotifier over Bot Framework: a proactive message (continueConversationAsync with the
// ConversationReference stored in the ticket) tells the person that a counsellor changed their
// request's status, followed by a `handoff.status` event for channels that show it. Channels hosted
// here (our Direct Line) capture it through their middleware; remote channels get it through the
// connector. An unreachable conversation is not an error for the counsellor's action: returns false.
import type { CloudAdapter, ConversationReference } from 'botbuilder';
import type { ConversationNotifier, ProactiveMessage } from '../../orientation/tickets/conversationNotifier.js';
import type { TicketConversation } from '../../orientation/tickets/ticket.js';

export class BotFrameworkNotifier implements ConversationNotifier {
  constructor(
    private readonly adapter: CloudAdapter,
    private readonly botAppId: string = '',
    private readonly onError: (err: Error) => void = () => undefined,
  ) {}

  async notify(conversation: TicketConversation, message: ProactiveMessage): Promise<boolean> {
    const reference = conversation.reference as Partial<ConversationReference>;
    if (!reference.conversation?.id || !reference.serviceUrl) return false;
    // The adapter's onTurnError may swallow a failed send: delivery is what the logic itself saw.
    let delivered = false;
    try {
      await this.adapter.continueConversationAsync(this.botAppId, reference, async (context) => {
        await context.sendActivity({ type: 'message', text: message.text, textFormat: 'markdown', inputHint: 'acceptingInput' });
        if (message.event) await context.sendActivity({ type: 'event', name: message.event.name, value: message.event.value });
        delivered = true;
      });
      return delivered;
    } catch (err) {
      this.onError(err as Error);
      return false;
    }
  }
}
