// Contact channel « Ici, dans cette conversation »: a counsellor writes from the ticket page into the
// person's conversation (proactive message through the ConversationNotifier: Direct Line log +
// stream, or the Bot Framework connector), and the person's answers come back while the ticket is
// open. Both sides are appended to the ticket's transcript (TicketStore.appendTranscript); the ticket
// page shows them there, never among the internal notes, and anonymisation empties the transcript.
// Tickets stored before the transcript append kept them as notes with a conversation marker: those
// are still read (never written) so that older exchanges stay visible.
import type { ConversationAvailability, ConversationNotifier, ConversationPresence } from '../../orientation/tickets/conversationNotifier.js';
import { noConversationNotifier, unknownConversationPresence } from '../../orientation/tickets/conversationNotifier.js';
import type { Ticket, TicketNote } from '../../orientation/tickets/ticket.js';
import type { TicketService } from '../../orientation/tickets/ticketService.js';

export const COUNSELLOR_MESSAGE_PREFIX = '[conversation:conseiller] ';
export const PERSON_MESSAGE_PREFIX = '[conversation:personne] ';
export const MAX_REPLY_LENGTH = 2000;

/** Statuses during which the conversation with a counsellor is open. */
const OPEN_FOR_REPLY: readonly string[] = ['new', 'taken', 'contacted', 'redirected'];

/** Words that still go to the assistant while a counsellor conversation is open. */
const ASSISTANT_COMMANDS = /^\s*(recommencer|aide|effacer mes donn[ée]es|o[uù] en est ma demande)\b/i;

export interface ConversationMessage {
  at: string;
  from: 'counsellor' | 'person';
  author: string;
  text: string;
}

/** Exchanges stored as marked notes by earlier versions, oldest first (the transcript holds the newer ones). */
export function legacyConversationMessagesOf(t: Ticket): ConversationMessage[] {
  const out: ConversationMessage[] = [];
  for (const n of t.notes) {
    if (n.text.startsWith(COUNSELLOR_MESSAGE_PREFIX)) out.push({ at: n.at, from: 'counsellor', author: n.author, text: n.text.slice(COUNSELLOR_MESSAGE_PREFIX.length) });
    else if (n.text.startsWith(PERSON_MESSAGE_PREFIX)) out.push({ at: n.at, from: 'person', author: n.author, text: n.text.slice(PERSON_MESSAGE_PREFIX.length) });
  }
  return out;
}

/** The counsellor/person exchange after the hand-off, oldest first (transcript entries with an author, then older marked notes). */
export function conversationMessagesOf(t: Ticket): ConversationMessage[] {
  const appended = t.transcript.flatMap((e): ConversationMessage[] =>
    e.author !== undefined && (e.from === 'person' || e.from === 'counsellor') ? [{ at: e.at ?? '', from: e.from, author: e.author, text: e.text }] : [],
  );
  return [...legacyConversationMessagesOf(t), ...appended].sort((a, b) => a.at.localeCompare(b.at));
}

export function isConversationMessage(n: TicketNote): boolean {
  return n.text.startsWith(COUNSELLOR_MESSAGE_PREFIX) || n.text.startsWith(PERSON_MESSAGE_PREFIX);
}

export interface ReplyAvailability {
  /** The reply box is offered. */
  allowed: boolean;
  availability?: ConversationAvailability;
  /** French explanation when replying is impossible or will not be seen now. */
  warning?: string;
}

export type ReplyResult = { sent: true; ticket: Ticket; availability: ConversationAvailability } | { sent: false; reason: string };

/** Minimal view of a Bot Framework turn (structural: the console does not import botbuilder). */
export interface RelayTurn {
  activity: { type?: string; text?: string; channelId?: string; conversation?: { id?: string } };
  sendActivity(activity: string | { type: string; text: string; textFormat?: string }): Promise<unknown>;
}

export class ConversationReplies {
  private notifier: ConversationNotifier = noConversationNotifier;
  private presence: ConversationPresence = unknownConversationPresence;

  constructor(
    private readonly tickets: TicketService,
    private readonly onWarning: (message: string, detail?: Record<string, unknown>) => void = () => undefined,
  ) {}

  /** The notifier and presence need the adapter and Direct Line, built after the console. */
  connect(notifier: ConversationNotifier, presence?: ConversationPresence): void {
    this.notifier = notifier;
    if (presence) this.presence = presence;
  }

  canReplyTo(t: Ticket): boolean {
    return t.contact.channel === 'chat' && !!t.conversation && !t.anonymisedAt && OPEN_FOR_REPLY.includes(t.status);
  }

  async availabilityFor(t: Ticket): Promise<ReplyAvailability> {
    if (t.contact.channel !== 'chat') return { allowed: false };
    if (!this.canReplyTo(t)) {
      return { allowed: false, warning: t.conversation ? 'La demande est clôturée : la conversation avec la personne est terminée.' : 'Cette demande n’est rattachée à aucune conversation : contactez la personne par un autre moyen.' };
    }
    const availability = await this.presence.availability(t.conversation!).catch(() => 'unknown' as const);
    if (availability === 'expired') {
      return { allowed: false, availability, warning: 'La conversation de la personne a expiré : il n’est plus possible d’y répondre. Ses coordonnées ne sont pas connues ; attendez qu’elle revienne vers le service avec sa référence.' };
    }
    if (availability === 'closed') {
      return { allowed: true, availability, warning: 'La personne n’a pas la page de discussion ouverte en ce moment : votre message sera conservé dans sa conversation et affiché si elle y revient, mais elle ne sera pas prévenue.' };
    }
    return { allowed: true, availability };
  }

  /** Sends a counsellor's message into the person's conversation and keeps it with the ticket. */
  async reply(t: Ticket, actor: string, text: string): Promise<ReplyResult> {
    const state = await this.availabilityFor(t);
    if (!state.allowed) return { sent: false, reason: state.warning ?? 'La réponse dans la conversation n’est pas possible pour cette demande.' };
    const delivered = await this.notifier.notify(t.conversation!, { text: `**Message de ${t.structure.name}** :\n\n${text}` });
    if (!delivered) {
      this.onWarning('counsellor reply not delivered', { ticketId: t.id });
      return { sent: false, reason: 'Le message n’a pas pu être remis : la conversation de la personne n’est plus joignable.' };
    }
    const ticket = await this.tickets.appendConversationMessage(t.id, 'counsellor', actor, text);
    return { sent: true, ticket, availability: state.availability ?? 'unknown' };
  }

  /**
   * Bot middleware (adapter.use): while a counsellor converses on an open ticket of this
   * conversation, the person's messages go to the ticket instead of the assistant, with one short
   * acknowledgement. Assistant commands (« recommencer », « aide »…) still reach the assistant.
   */
  readonly relay = {
    onTurn: async (context: RelayTurn, next: () => Promise<void>): Promise<void> => {
      const a = context.activity;
      const text = typeof a.text === 'string' ? a.text.trim() : '';
      if (a.type !== 'message' || !text || !a.conversation?.id || ASSISTANT_COMMANDS.test(text)) return next();
      const ticket = await this.conversingTicket(a.conversation.id).catch((err: Error) => {
        this.onWarning('conversation relay lookup failed', { error: err.message });
        return undefined;
      });
      if (!ticket) return next();
      await this.tickets.appendConversationMessage(ticket.id, 'person', 'person', text.slice(0, MAX_REPLY_LENGTH));
      await context.sendActivity({ type: 'message', text: `Votre message a été transmis à **${ticket.structure.name}** : la réponse s’affichera ici.`, textFormat: 'markdown' });
    },
  };

  /** The open chat ticket of this conversation where a counsellor has already written, if any. */
  private async conversingTicket(conversationId: string): Promise<Ticket | undefined> {
    const tickets = await this.tickets.ticketsOfConversation(conversationId);
    return tickets.reverse().find((t) => this.canReplyTo(t) && conversationMessagesOf(t).some((m) => m.from === 'counsellor'));
  }
}
