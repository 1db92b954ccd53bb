// Pushes a message into a conversation that may still be open (proactive message). The Bot
// Framework implementation lives in bot/botframework/ (continueConversationAsync with the stored
// ConversationReference) so that tickets never import botbuilder.
import type { TicketConversation } from './ticket.js';

export interface ProactiveMessage {
  /** French text for the person. */
  text: string;
  /** Optional Bot Framework event sent along (e.g. 'handoff.status' with this value). */
  event?: { name: string; value: unknown };
}

export interface ConversationNotifier {
  /** Resolves true when delivered, false when the conversation is no longer reachable. Never throws. */
  notify(conversation: TicketConversation, message: ProactiveMessage): Promise<boolean>;
}

export const noConversationNotifier: ConversationNotifier = { notify: async () => false };
