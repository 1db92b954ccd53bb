// In-process ticket store for unit tests and as the in-memory index the journal store replays into.
// Single-threaded JS makes each method atomic as long as it does not await between read and write.
import { anonymisedTicket, type AuditEntry, type Ticket, type TicketNote, type TranscriptEntry } from '../../orientation/tickets/ticket.js';
import {
  applyTransition,
  joinsQueue,
  WAITING_STATUSES,
  withNote,
  withTranscriptEntry,
  byCreation,
  computeStats,
  DuplicateReferenceError,
  matchesQuery,
  matchesSearch,
  pageOf,
  type CreateResult,
  type TicketPage,
  type TicketQuery,
  type TicketScope,
  type TicketStats,
  type TicketStore,
  type TicketTransition,
  type TransitionResult,
} from '../../orientation/tickets/ticketStore.js';

export class MemoryTicketStore implements TicketStore {
  protected readonly byId = new Map<string, Ticket>();
  private readonly byRef = new Map<string, string>();
  private readonly byKey = new Map<string, string>();
  /** Per structure: ids in queue order (a ticket may appear again after a redirect). */
  private readonly queues = new Map<string, string[]>();

  /** Puts a ticket version in the indexes (used by create and by journal replay). */
  protected index(t: Ticket, previous?: Ticket): void {
    this.byId.set(t.id, t);
    this.byRef.set(t.reference, t.id);
    if (previous && previous.idempotencyKey !== t.idempotencyKey) this.byKey.delete(previous.idempotencyKey);
    this.byKey.set(t.idempotencyKey, t.id);
    if (joinsQueue(t, previous)) {
      const q = this.queues.get(t.structure.id) ?? [];
      q.push(t.id);
      this.queues.set(t.structure.id, q);
    }
  }

  /** Checks a create without applying it: existing ticket for the key, or a reference clash. */
  protected precheckCreate(t: Ticket): Ticket | undefined {
    const existing = this.byKey.get(t.idempotencyKey);
    if (existing) return this.byId.get(existing);
    if (this.byRef.has(t.reference)) throw new DuplicateReferenceError(t.reference);
    return undefined;
  }

  async create(t: Ticket): Promise<CreateResult> {
    const existing = this.precheckCreate(t);
    if (existing) return { ticket: existing, created: false };
    this.index(t);
    return { ticket: t, created: true };
  }

  async get(id: string): Promise<Ticket | undefined> {
    return this.byId.get(id);
  }

  async getByReference(reference: string): Promise<Ticket | undefined> {
    const id = this.byRef.get(reference);
    return id ? this.byId.get(id) : undefined;
  }

  async list(query: TicketQuery): Promise<TicketPage> {
    return pageOf([...this.byId.values()].filter((t) => matchesQuery(t, query)).sort(byCreation), query);
  }

  /** Picks the next waiting ticket and builds its taken version (no mutation). */
  protected pickNext(structureId: string, counsellorId: string, at: string): { next: Ticket; previous: Ticket } | undefined {
    const q = this.queues.get(structureId);
    while (q && q.length > 0) {
      const id = q[0];
      const t = this.byId.get(id);
      if (!t || !WAITING_STATUSES.includes(t.status) || t.structure.id !== structureId || t.anonymisedAt) {
        q.shift();
        continue;
      }
      const r = applyTransition(t, {
        from: ['new', 'redirected'],
        to: 'taken',
        audit: { at, actor: counsellorId, action: 'taken' },
        patch: { takenBy: counsellorId, takenAt: at },
      });
      if (r.ok) return { next: r.ticket, previous: t };
      q.shift();
    }
    return undefined;
  }

  async takeNext(structureId: string, counsellorId: string, at: string): Promise<Ticket | undefined> {
    const picked = this.pickNext(structureId, counsellorId, at);
    if (!picked) return undefined;
    this.index(picked.next, picked.previous);
    return picked.next;
  }

  protected computeTransition(id: string, change: TicketTransition): TransitionResult {
    const t = this.byId.get(id);
    if (!t) return { ok: false, reason: 'not_found' };
    return applyTransition(t, change);
  }

  async transition(id: string, change: TicketTransition): Promise<TransitionResult> {
    const r = this.computeTransition(id, change);
    if (r.ok) this.index(r.ticket, r.previous);
    return r;
  }

  protected computeNote(id: string, note: TicketNote, audit: AuditEntry): Ticket | undefined {
    const t = this.byId.get(id);
    if (!t) return undefined;
    return withNote(t, note, audit);
  }

  async addNote(id: string, note: TicketNote, audit: AuditEntry): Promise<Ticket | undefined> {
    const next = this.computeNote(id, note, audit);
    if (next) this.index(next, this.byId.get(id));
    return next;
  }

  protected computeTranscript(id: string, entry: TranscriptEntry, audit: AuditEntry): Ticket | undefined {
    const t = this.byId.get(id);
    return t ? withTranscriptEntry(t, entry, audit) : undefined;
  }

  async appendTranscript(id: string, entry: TranscriptEntry, audit: AuditEntry): Promise<Ticket | undefined> {
    const next = this.computeTranscript(id, entry, audit);
    if (next) this.index(next, this.byId.get(id));
    return next;
  }

  async search(text: string, scope: TicketScope, limit = 50): Promise<Ticket[]> {
    return [...this.byId.values()]
      .filter((t) => matchesQuery(t, scope) && matchesSearch(t, text))
      .sort(byCreation)
      .slice(0, limit);
  }

  protected computeAnonymise(id: string, audit: AuditEntry): Ticket | undefined {
    const t = this.byId.get(id);
    if (!t || t.anonymisedAt) return undefined;
    return anonymisedTicket(t, audit.at, audit.actor, audit.action);
  }

  async anonymise(id: string, audit: AuditEntry): Promise<Ticket | undefined> {
    const next = this.computeAnonymise(id, audit);
    if (next) this.index(next, this.byId.get(id));
    return next;
  }

  async idsForConversation(conversationId: string): Promise<string[]> {
    return [...this.byId.values()].filter((t) => !t.anonymisedAt && t.conversation?.conversationId === conversationId).map((t) => t.id);
  }

  async idsForUser(userId: string): Promise<string[]> {
    return [...this.byId.values()].filter((t) => !t.anonymisedAt && t.conversation?.userId === userId).map((t) => t.id);
  }

  async closedBefore(cutoff: string, limit = 500): Promise<string[]> {
    return [...this.byId.values()]
      .filter((t) => t.status === 'closed' && !t.anonymisedAt && t.closedAt !== undefined && t.closedAt < cutoff)
      .slice(0, limit)
      .map((t) => t.id);
  }

  async stats(query: TicketQuery): Promise<TicketStats> {
    return computeStats([...this.byId.values()].filter((t) => matchesQuery(t, query)));
  }

  async ping(): Promise<void> {}

  async close(): Promise<void> {}
}
