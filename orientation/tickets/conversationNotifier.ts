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

/**
 * Whether a person can still read a message pushed into their conversation (counsellor replies):
 * 'open' — the page is connected now; 'closed' — the conversation exists but no page is connected
 * (the message is kept and shown if the person comes back); 'expired' — the conversation is gone;
 * 'unknown' — the channel cannot tell (remote Bot Framework channels): only the send result counts.
 */
export type ConversationAvailability = 'open' | 'closed' | 'expired' | 'unknown';

export interface ConversationPresence {
  availability(conversation: TicketConversation): Promise<ConversationAvailability>;
}

export const unknownConversationPresence: ConversationPresence = { availability: async () => 'unknown' };
