// Ticket lifecycle (docs/domain.md §4): new → taken → contacted → closed, or redirected to another
// structure with a reason (a mis-route, counted in stats). Retention: closed tickets are anonymised
// after TICKET_RETENTION_DAYS. Personal erasure ("effacer mes données"). Status changes are pushed
// to the person's conversation when it is still reachable.
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { OPERATOR_LABELS } from '../../knowledge/model/operatorType.js';
import { canonicalEmail, phoneComparisonKey } from '../../knowledge/shared/contactDetails.js';
import { noConversationNotifier, type ConversationNotifier } from './conversationNotifier.js';
import { statusChangeText } from './handoffMessages.js';
import {
  newTicketReference,
  normaliseTicketReference,
  type Ticket,
  type TicketDraft,
  type TicketStatus,
  type TicketStructure,
  type TicketTerritory,
} from './ticket.js';
import { DuplicateReferenceError, type CreateResult, type TicketStore, type TicketTransition } from './ticketStore.js';

/** The lifecycle: for each action, the statuses it may start from and the status it leads to. */
export const TRANSITIONS = {
  take: { from: ['new', 'redirected'], to: 'taken' },
  contacted: { from: ['taken'], to: 'contacted' },
  redirect: { from: ['new', 'taken', 'contacted', 'redirected'], to: 'redirected' },
  close: { from: ['taken', 'contacted'], to: 'closed' },
} as const satisfies Record<string, { from: readonly TicketStatus[]; to: TicketStatus }>;
export type TicketTransitionName = keyof typeof TRANSITIONS;

export function canTransition(from: TicketStatus, action: TicketTransitionName): boolean {
  return (TRANSITIONS[action].from as readonly TicketStatus[]).includes(from);
}

export class TicketNotFoundError extends Error {
  constructor(what: string) {
    super(`ticket not found: ${what}`);
    this.name = 'TicketNotFoundError';
  }
}

export class TicketTransitionError extends Error {
  constructor(
    readonly action: TicketTransitionName,
    readonly status: TicketStatus,
  ) {
    super(`cannot ${action} a ticket in status ${status}`);
    this.name = 'TicketTransitionError';
  }
}

export interface TicketServiceOptions {
  store: TicketStore;
  retentionDays: number;
  notifier?: ConversationNotifier;
  clock?: () => Date;
  /** Warnings (failed notification, retention errors); no personal data is passed. */
  onWarning?: (message: string, detail?: Record<string, unknown>) => void;
}

/** The conversation a request comes from, as the channel reports it. */
export interface ConversationProof {
  channelId: string;
  conversationId: string;
}

export interface ErasureProof {
  conversation: ConversationProof;
  /** The phone number or e-mail address the person gave in the ticket (second factor). */
  contact?: string;
}

export type ErasureRequirement =
  | { kind: 'not_found' }
  | { kind: 'confirm_only'; reference: string }
  | { kind: 'contact_needed'; reference: string; channel: 'phone' | 'email' }
  | { kind: 'impossible'; reference: string };

export type ErasureOutcome = 'erased' | 'refused' | 'locked' | 'not_found';

/** Wrong contact details accepted per ticket reference and hour before erasure from elsewhere is locked. */
export const MAX_ERASURE_PROOF_FAILURES = 3;

function createdIn(t: Ticket, conversation: ConversationProof): boolean {
  return !!t.conversation && t.conversation.channelId === conversation.channelId && t.conversation.conversationId === conversation.conversationId;
}

/** Phone numbers compare on their digits (+33 6… = 06…), e-mails case-insensitively; constant time. */
function sameContact(channel: string, stored: string, given: string): boolean {
  const norm = (v: string) => (channel === 'phone' ? phoneComparisonKey(v) : canonicalEmail(v));
  const a = Buffer.from(norm(stored));
  const b = Buffer.from(norm(given));
  return a.length > 0 && a.length === b.length && timingSafeEqual(a, b);
}

export interface PersonStatus {
  reference: string;
  status: TicketStatus;
  structureName: string;
  updatedAt: string;
}

export class TicketService {
  readonly store: TicketStore;
  readonly retentionDays: number;
  private notifier: ConversationNotifier;
  private readonly clock: () => Date;
  private readonly warn: (message: string, detail?: Record<string, unknown>) => void;

  constructor(options: TicketServiceOptions) {
    this.store = options.store;
    this.retentionDays = options.retentionDays;
    this.notifier = options.notifier ?? noConversationNotifier;
    this.clock = options.clock ?? (() => new Date());
    this.warn = options.onWarning ?? (() => undefined);
  }

  /** The notifier needs the adapter, built after the service in the container. */
  setNotifier(notifier: ConversationNotifier): void {
    this.notifier = notifier;
  }

  private now(): string {
    return this.clock().toISOString();
  }

  /** Creates the ticket of a consented hand-off; a retried request returns the first ticket. */
  async create(draft: TicketDraft, actor = 'bot'): Promise<CreateResult> {
    const at = this.now();
    for (let attempt = 0; ; attempt++) {
      const ticket: Ticket = {
        ...draft,
        id: randomUUID(),
        reference: newTicketReference(),
        status: 'new',
        audit: [{ at, actor, action: 'created', detail: `${draft.structure.name} (${OPERATOR_LABELS[draft.structure.operatorType]})` }],
        notes: [],
        redirects: [],
        createdAt: at,
        updatedAt: at,
        version: 1,
      };
      try {
        return await this.store.create(ticket);
      } catch (err) {
        if (err instanceof DuplicateReferenceError && attempt < 5) continue;
        throw err;
      }
    }
  }

  async get(id: string): Promise<Ticket | undefined> {
    return this.store.get(id);
  }

  async getByReference(input: string): Promise<Ticket | undefined> {
    const ref = normaliseTicketReference(input);
    return ref ? this.store.getByReference(ref) : undefined;
  }

  /** The tickets created in a conversation, oldest first (the relay of the person's answers looks there). */
  async ticketsOfConversation(conversationId: string): Promise<Ticket[]> {
    const out: Ticket[] = [];
    for (const id of await this.store.idsForConversation(conversationId)) {
      const t = await this.store.get(id);
      if (t) out.push(t);
    }
    return out;
  }

  /** What the person may know about their request (no counsellor names, no notes). */
  async statusForPerson(reference: string): Promise<PersonStatus | undefined> {
    const t = await this.getByReference(reference);
    if (!t) return undefined;
    return { reference: t.reference, status: t.status, structureName: t.structure.name, updatedAt: t.updatedAt };
  }

  async takeNext(structureId: string, actor: string): Promise<Ticket | undefined> {
    const t = await this.store.takeNext(structureId, actor, this.now());
    if (t) await this.notify(t);
    return t;
  }

  async take(id: string, actor: string): Promise<Ticket> {
    const at = this.now();
    return this.apply(id, 'take', { audit: { at, actor, action: 'taken' }, patch: { takenBy: actor, takenAt: at } });
  }

  async markContacted(id: string, actor: string, detail?: string): Promise<Ticket> {
    const at = this.now();
    return this.apply(id, 'contacted', { audit: { at, actor, action: 'contacted', detail }, patch: { contactedAt: at } });
  }

  async close(id: string, actor: string, reason?: string): Promise<Ticket> {
    const at = this.now();
    return this.apply(id, 'close', { audit: { at, actor, action: 'closed', detail: reason }, patch: { closedAt: at, closeReason: reason } });
  }

  /** Sends the ticket to another structure (a mis-route): it joins that structure's queue. */
  async redirect(id: string, actor: string, to: TicketStructure, reason: string, territory?: TicketTerritory): Promise<Ticket> {
    const current = await this.store.get(id);
    if (!current) throw new TicketNotFoundError(id);
    if (current.anonymisedAt) throw new TicketTransitionError('redirect', current.status);
    const at = this.now();
    return this.apply(
      id,
      'redirect',
      {
        audit: { at, actor, action: 'redirected', detail: `${current.structure.name} → ${to.name} : ${reason}` },
        patch: {
          structure: to,
          territory: territory ?? current.territory,
          takenBy: undefined,
          takenAt: undefined,
          redirects: [...current.redirects, { at, by: actor, reason, from: current.structure, to }],
        },
        expectedVersion: current.version,
      },
      current,
    );
  }

  async addNote(id: string, actor: string, text: string): Promise<Ticket> {
    const at = this.now();
    const t = await this.store.addNote(id, { id: randomUUID(), at, author: actor, text }, { at, actor, action: 'note_added' });
    if (!t) throw new TicketNotFoundError(id);
    return t;
  }

  /**
   * Keeps one message of the counsellor ⇄ person exchange in the ticket's transcript.
   * `author` is 'person' or the counsellor's principal id.
   */
  async appendConversationMessage(id: string, from: 'person' | 'counsellor', author: string, text: string): Promise<Ticket> {
    const at = this.now();
    const t = await this.store.appendTranscript(id, { at, from, author, text }, { at, actor: author, action: from === 'person' ? 'person_message' : 'counsellor_message' });
    if (!t) throw new TicketNotFoundError(id);
    return t;
  }

  private async apply(
    id: string,
    action: TicketTransitionName,
    change: Omit<TicketTransition, 'from' | 'to'>,
    known?: Ticket,
  ): Promise<Ticket> {
    const rule = TRANSITIONS[action];
    const current = known ?? (await this.store.get(id));
    if (!current) throw new TicketNotFoundError(id);
    if (current.anonymisedAt || !canTransition(current.status, action)) throw new TicketTransitionError(action, current.status);
    const result = await this.store.transition(id, { ...change, from: rule.from, to: rule.to });
    if (!result.ok) {
      if (result.reason === 'not_found') throw new TicketNotFoundError(id);
      throw new TicketTransitionError(action, result.ticket.status);
    }
    await this.notify(result.ticket);
    return result.ticket;
  }

  /** Tells the person (when their conversation is still reachable); failures never break the change. */
  private async notify(t: Ticket): Promise<void> {
    if (!t.conversation) return;
    try {
      const delivered = await this.notifier.notify(t.conversation, {
        text: statusChangeText(t),
        event: { name: 'handoff.status', value: { reference: t.reference, state: t.status, structure: t.structure.name, at: t.updatedAt } },
      });
      if (!delivered) this.warn('status change not delivered (conversation unreachable)', { ticketId: t.id });
    } catch (err) {
      this.warn('status change notification failed', { ticketId: t.id, error: (err as Error).message });
    }
  }

  // ---- Privacy ---------------------------------------------------------------------------
  // "Effacer mes données" needs proof of ownership: a ticket's reference and its user id can be
  // known to someone else, so neither alone is enough. The proof is either the conversation the
  // ticket was created in (same channel and conversation id: only its holder can speak in it) or,
  // from another conversation, the reference plus the contact detail given in the ticket.

  /** Anonymises the tickets created in this conversation (the conversation is the proof). Returns how many. */
  async eraseForOwnConversation(conversation: ConversationProof, actor = 'person'): Promise<number> {
    const ids = await this.store.idsForConversation(conversation.conversationId);
    const owned: string[] = [];
    for (const id of ids) {
      const t = await this.store.get(id);
      if (t && createdIn(t, conversation)) owned.push(id);
    }
    return this.anonymiseAll(owned, actor, 'erased_on_request');
  }

  /** Anonymises every ticket of a conversation id, whatever the channel (operators' tools and tests only). */
  async eraseForConversation(conversationId: string, actor = 'person'): Promise<number> {
    return this.anonymiseAll(await this.store.idsForConversation(conversationId), actor, 'erased_on_request');
  }

  /**
   * What erasing the ticket with this reference needs from this conversation: nothing more when it
   * was created here, the contact detail when it was created elsewhere with a phone or e-mail, and
   * it is impossible from here when it was a chat ticket of another conversation (no second factor).
   */
  async erasureRequirement(reference: string, conversation: ConversationProof): Promise<ErasureRequirement> {
    const t = await this.getByReference(reference);
    if (!t || t.anonymisedAt) return { kind: 'not_found' };
    if (createdIn(t, conversation)) return { kind: 'confirm_only', reference: t.reference };
    if (t.contact.channel === 'chat' || !t.contact.value) return { kind: 'impossible', reference: t.reference };
    return { kind: 'contact_needed', reference: t.reference, channel: t.contact.channel };
  }

  /**
   * Erases one ticket when the proof holds: created in this conversation, or the contact detail
   * given matches the ticket's. Wrong contact details are counted per reference: after
   * MAX_ERASURE_PROOF_FAILURES within an hour the reference is locked for erasure from other conversations.
   */
  async eraseWithProof(reference: string, proof: ErasureProof, actor = 'person'): Promise<ErasureOutcome> {
    const t = await this.getByReference(reference);
    if (!t || t.anonymisedAt) return 'not_found';
    if (!createdIn(t, proof.conversation)) {
      if (this.proofLocked(t.reference)) return 'locked';
      if (!proof.contact || !sameContact(t.contact.channel, t.contact.value, proof.contact)) {
        this.recordProofFailure(t.reference);
        return 'refused';
      }
    }
    const n = await this.anonymiseAll([t.id], actor, 'erased_on_request');
    return n > 0 ? 'erased' : 'not_found';
  }

  private readonly proofFailures = new Map<string, { count: number; until: number }>();

  private proofLocked(reference: string): boolean {
    const entry = this.proofFailures.get(reference);
    if (!entry) return false;
    if (entry.until <= this.clock().getTime()) {
      this.proofFailures.delete(reference);
      return false;
    }
    return entry.count >= MAX_ERASURE_PROOF_FAILURES;
  }

  private recordProofFailure(reference: string): void {
    const now = this.clock().getTime();
    const entry = this.proofFailures.get(reference);
    if (entry && entry.until > now) entry.count += 1;
    else this.proofFailures.set(reference, { count: 1, until: now + 3600_000 });
  }

  private async anonymiseAll(ids: string[], actor: string, action: string): Promise<number> {
    let n = 0;
    for (const id of ids) {
      const t = await this.store.anonymise(id, { at: this.now(), actor, action });
      if (t) n++;
    }
    return n;
  }

  /** Retention job: anonymises closed tickets closed more than retentionDays ago. Returns how many. */
  async purgeExpired(): Promise<number> {
    const cutoff = new Date(this.clock().getTime() - this.retentionDays * 86_400_000).toISOString();
    let total = 0;
    for (;;) {
      const ids = await this.store.closedBefore(cutoff, 500);
      if (ids.length === 0) return total;
      total += await this.anonymiseAll(ids, 'system', 'anonymised_retention');
      if (ids.length < 500) return total;
    }
  }

  /** Runs purgeExpired now and then every intervalMs; returns a stop function. */
  startRetentionJob(intervalMs = 3600_000): () => void {
    const run = () => {
      this.purgeExpired().catch((err: Error) => this.warn('ticket retention job failed', { error: err.message }));
    };
    run();
    const timer = setInterval(run, intervalMs);
    timer.unref();
    return () => clearInterval(timer);
  }
}
