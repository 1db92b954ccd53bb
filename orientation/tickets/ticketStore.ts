// Repository of hand-off tickets. Implementations: ticketStore.journal.ts (embedded default,
// append-only fsynced file), ticketStore.redis.ts (hashes + a Stream per structure queue),
// ticketStore.memory.ts (tests). All pass test/handoff/ticketStore.contract.test.ts.
// The store is dumb about business rules: the lifecycle lives in ticketService.ts, which passes
// the allowed "from" statuses so that each store applies a transition atomically (compare-and-set).
import type { AuditEntry, Ticket, TicketNote, TicketStatus, TicketStructure, TranscriptEntry } from './ticket.js';

/** Who may see what: built by accessPolicy.ticketScopeFor(principal). Empty = everything (admin). */
export interface TicketScope {
  /** Only tickets currently addressed to this structure. */
  structureId?: string;
  /** Only tickets of this region (territory.region). */
  region?: string;
}

export interface TicketQuery extends TicketScope {
  statuses?: TicketStatus[];
  departement?: string;
  communeInsee?: string;
  operatorType?: string;
  /** ISO bounds on createdAt (inclusive from, exclusive to). */
  createdFrom?: string;
  createdTo?: string;
  /** Paging: oldest first. */
  offset?: number;
  limit?: number;
}

export interface TicketPage {
  items: Ticket[];
  total: number;
}

export interface CreateResult {
  ticket: Ticket;
  /** False when a ticket with the same idempotency key already existed (retried request). */
  created: boolean;
}

/** An atomic status change: applied only if the current status is in `from` (and version matches when given). */
export interface TicketTransition {
  from: readonly TicketStatus[];
  to: TicketStatus;
  audit: AuditEntry;
  /** Fields set together with the status (takenBy, contactedAt, structure on redirect…). */
  patch?: Partial<Pick<Ticket, 'takenBy' | 'takenAt' | 'contactedAt' | 'closedAt' | 'closeReason' | 'structure' | 'territory' | 'redirects'>>;
  expectedVersion?: number;
}

export type TransitionResult =
  | { ok: true; ticket: Ticket; previous: Ticket }
  | { ok: false; reason: 'not_found' }
  | { ok: false; reason: 'conflict'; ticket: Ticket };

export interface TicketStats {
  total: number;
  byStatus: Record<string, number>;
  byOperatorType: Record<string, number>;
  byDepartement: Record<string, number>;
  /** YYYY-MM-DD (UTC) of creation → count. */
  byDay: Record<string, number>;
  /** Tickets that were redirected at least once (a mis-route). */
  redirected: number;
  /** Milliseconds from creation to first take, for every taken ticket. */
  timeToTakeMs: number[];
}

export class DuplicateReferenceError extends Error {
  constructor(reference: string) {
    super(`ticket reference already used: ${reference}`);
    this.name = 'DuplicateReferenceError';
  }
}

export interface TicketStore {
  /**
   * Stores a new ticket (status 'new', queued for its structure). Idempotent per
   * ticket.idempotencyKey: a second call returns the first ticket with created=false.
   * Throws DuplicateReferenceError when the reference is taken by another ticket (caller retries
   * with a new reference). Resolves only once the ticket is durable.
   */
  create(ticket: Ticket): Promise<CreateResult>;
  get(id: string): Promise<Ticket | undefined>;
  getByReference(reference: string): Promise<Ticket | undefined>;
  list(query: TicketQuery): Promise<TicketPage>;
  /**
   * Gives the oldest waiting ticket (status new or redirected) of the structure to this counsellor,
   * atomically: 20 counsellors calling at once never get the same ticket.
   */
  takeNext(structureId: string, counsellorId: string, at: string): Promise<Ticket | undefined>;
  transition(id: string, change: TicketTransition): Promise<TransitionResult>;
  addNote(id: string, note: TicketNote, audit: AuditEntry): Promise<Ticket | undefined>;
  /**
   * Appends one message to the ticket's transcript (the counsellor ⇄ person exchange after the
   * hand-off). Undefined when the ticket is unknown or anonymised (nothing is kept after erasure).
   */
  appendTranscript(id: string, entry: TranscriptEntry, audit: AuditEntry): Promise<Ticket | undefined>;
  /** Reference (exact or partial) or free text in the situation/need/notes, within the scope. */
  search(text: string, scope: TicketScope, limit?: number): Promise<Ticket[]>;
  /** Removes personal data from one ticket (retention, erasure). Returns the ticket when it was anonymised now; undefined when unknown or already anonymised. */
  anonymise(id: string, audit: AuditEntry): Promise<Ticket | undefined>;
  /** Ids of the tickets of a conversation / user (for "effacer mes données"). */
  idsForConversation(conversationId: string): Promise<string[]>;
  idsForUser(userId: string): Promise<string[]>;
  /** Ids of closed, not yet anonymised tickets closed before this instant (retention job). */
  closedBefore(cutoff: string, limit?: number): Promise<string[]>;
  stats(query: TicketQuery): Promise<TicketStats>;
  /** Health probe for /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export type { Ticket, TicketNote, TicketStatus, TicketStructure, AuditEntry, TranscriptEntry };

/** Shared by stores: in-memory filtering of one ticket against a query. */
export function matchesQuery(t: Ticket, q: TicketQuery): boolean {
  if (q.structureId && t.structure.id !== q.structureId) return false;
  if (q.region && t.territory.region !== q.region) return false;
  if (q.statuses && q.statuses.length > 0 && !q.statuses.includes(t.status)) return false;
  if (q.departement && t.territory.departement !== q.departement) return false;
  if (q.communeInsee && t.territory.communeInsee !== q.communeInsee) return false;
  if (q.operatorType && t.structure.operatorType !== q.operatorType) return false;
  if (q.createdFrom && t.createdAt < q.createdFrom) return false;
  if (q.createdTo && t.createdAt >= q.createdTo) return false;
  return true;
}

export function pageOf(sorted: Ticket[], q: TicketQuery): TicketPage {
  const offset = Math.max(0, q.offset ?? 0);
  const limit = Math.min(Math.max(1, q.limit ?? 50), 1000);
  return { items: sorted.slice(offset, offset + limit), total: sorted.length };
}

export function byCreation(a: Ticket, b: Ticket): number {
  return a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function matchesSearch(t: Ticket, text: string): boolean {
  const needle = text.trim().toUpperCase();
  if (!needle) return false;
  const compactRef = t.reference.replace(/-/g, '');
  const compactNeedle = needle.replace(/[\s-]/g, '');
  if (compactNeedle.length >= 3 && compactRef.includes(compactNeedle.replace(/^CEP/, '') || compactNeedle)) return true;
  const lower = text.trim().toLowerCase();
  return (
    t.situation.toLowerCase().includes(lower) ||
    t.need.toLowerCase().includes(lower) ||
    t.notes.some((n) => n.text.toLowerCase().includes(lower))
  );
}

export function computeStats(tickets: Iterable<Ticket>): TicketStats {
  const s: TicketStats = { total: 0, byStatus: {}, byOperatorType: {}, byDepartement: {}, byDay: {}, redirected: 0, timeToTakeMs: [] };
  const inc = (rec: Record<string, number>, k: string) => (rec[k] = (rec[k] ?? 0) + 1);
  for (const t of tickets) {
    s.total++;
    inc(s.byStatus, t.status);
    inc(s.byOperatorType, t.decision.chosen);
    inc(s.byDepartement, t.territory.departement ?? 'inconnu');
    inc(s.byDay, t.createdAt.slice(0, 10));
    if (t.redirects.length > 0) s.redirected++;
    const firstTake = t.audit.find((a) => a.action === 'taken');
    if (firstTake) s.timeToTakeMs.push(Date.parse(firstTake.at) - Date.parse(t.createdAt));
  }
  return s;
}

/** Statuses waiting in a structure's queue. */
export const WAITING_STATUSES: readonly TicketStatus[] = ['new', 'redirected'];

/**
 * Whether this version of a ticket joins its structure's queue: a new ticket waiting, one redirected to
 * another structure, or one waiting again after it was in hand. Every store decides its queue with it.
 */
export function joinsQueue(next: Ticket, previous: Ticket | undefined): boolean {
  if (!WAITING_STATUSES.includes(next.status)) return false;
  return !previous || previous.structure.id !== next.structure.id || !WAITING_STATUSES.includes(previous.status);
}

/** The ticket with one more counsellor note (stores call this atomically). */
export function withNote(t: Ticket, note: TicketNote, audit: AuditEntry): Ticket {
  return { ...t, notes: [...t.notes, note], audit: [...t.audit, audit], updatedAt: audit.at, version: t.version + 1 };
}

/** The ticket with one more transcript entry; undefined when it is anonymised (stores call this atomically). */
export function withTranscriptEntry(t: Ticket, entry: TranscriptEntry, audit: AuditEntry): Ticket | undefined {
  if (t.anonymisedAt) return undefined;
  return { ...t, transcript: [...t.transcript, entry], audit: [...t.audit, audit], updatedAt: audit.at, version: t.version + 1 };
}

/** Applies a transition to a ticket value (stores call this inside their atomic section). */
export function applyTransition(t: Ticket, change: TicketTransition): TransitionResult {
  if (!change.from.includes(t.status) || (change.expectedVersion !== undefined && change.expectedVersion !== t.version)) {
    return { ok: false, reason: 'conflict', ticket: t };
  }
  const next: Ticket = {
    ...t,
    ...change.patch,
    status: change.to,
    audit: [...t.audit, change.audit],
    updatedAt: change.audit.at,
    version: t.version + 1,
  };
  return { ok: true, ticket: next, previous: t };
}
