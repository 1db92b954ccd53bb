// What counsellors, supervisors, admins and integrations do with tickets, for a principal: list
// (views, filters, paging), search, get, act, take the next one, export, stats; and what the person
// may know of their own request. The console (server/console), the REST API (server/api/tickets) and
// the dialogs call these, so that visibility by the principal's scope is decided here and only here
// (accessPolicy.ts holds the rules). A ticket the principal may not see is "not found", never
// "forbidden", so that its existence does not leak. No HTTP and no botbuilder in this module.
import { canActOnTicket, canSeeTicket, canTakeNextFor, restrictQuery, type TicketAction, type TicketPrincipal } from './accessPolicy.js';
import { normaliseTicketReference, type Ticket, type TicketStatus, type TicketStructure, type TicketTerritory } from './ticket.js';
import { TicketSearch } from './ticketSearch.js';
import { TicketNotFoundError, canTransition, type PersonStatus, type TicketService } from './ticketService.js';
import { WAITING_STATUSES, type TicketQuery, type TicketStats } from './ticketStore.js';

/** Which tickets a list shows: waiting in a queue, taken by the principal, or all (optionally by status). */
export type TicketListView = 'waiting' | 'mine' | 'all';

/** Statuses of tickets still being handled. */
export const OPEN_STATUSES: readonly TicketStatus[] = ['new', 'taken', 'contacted', 'redirected'];
/** Statuses of a ticket someone has taken and not closed. */
export const IN_HAND_STATUSES: readonly TicketStatus[] = ['taken', 'contacted'];

/** Filters a caller may ask for; the principal's scope is applied on top of them. */
export type TicketFilter = Omit<TicketQuery, 'offset' | 'limit'>;

export interface TicketListRequest {
  view?: TicketListView;
  filter?: TicketFilter;
  offset?: number;
  limit?: number;
}

export interface TicketListResult {
  items: Ticket[];
  total: number;
  offset: number;
  limit: number;
}

export interface TicketSearchResult {
  /** The query parsed to a full reference of a visible ticket. */
  exact?: Ticket;
  items: Ticket[];
  /** Matches before the limit. */
  total: number;
  /** True when the query is too short to search. */
  tooShort: boolean;
  /** The query looks like a partial reference (the console opens a single match directly). */
  looksLikeReference: boolean;
}

/** One action on one ticket; the redirect target must already be checked against the operator directory. */
export type TicketCommand =
  | { kind: 'take' }
  | { kind: 'contacted'; detail?: string }
  | { kind: 'close'; reason?: string }
  | { kind: 'note'; text: string }
  | { kind: 'redirect'; to: TicketStructure; reason: string; territory?: TicketTerritory; transmissionNote?: string };

export interface TicketActResult {
  ticket: Ticket;
  /** False after a redirect out of the principal's scope. */
  stillVisible: boolean;
}

/** What the principal may do on this ticket now (role, scope, status, anonymisation). */
export type AllowedTicketActions = Record<'take' | 'contacted' | 'close' | 'redirect' | 'note', boolean>;

export type TakeNextResult = { kind: 'taken'; ticket: Ticket } | { kind: 'empty' } | { kind: 'no_queue' };

/** The principal's role may see the ticket but not do this to it (API: 403). */
export class TicketActionForbiddenError extends Error {
  constructor(readonly action: TicketAction) {
    super(`this role may not ${action} tickets`);
    this.name = 'TicketActionForbiddenError';
  }
}

/** Nothing can be done any more on an anonymised ticket. */
export class TicketAnonymisedError extends Error {
  constructor(readonly ticket: Ticket) {
    super('ticket anonymised');
    this.name = 'TicketAnonymisedError';
  }
}

/** Prefix of the note written for the new structure with a redirect (shown with its own badge). */
export const TRANSMISSION_PREFIX = 'Note de transmission : ';

export interface TicketUseCasesOptions {
  /** Upper bound of tickets read for a view, search or export the stores cannot index. */
  scanLimit?: number;
}

const SCAN_PAGE = 1000;
const DEFAULT_SCAN_LIMIT = 100_000;

export class TicketUseCases {
  private readonly scanLimit: number;

  constructor(
    readonly service: TicketService,
    options: TicketUseCasesOptions = {},
  ) {
    this.scanLimit = options.scanLimit ?? DEFAULT_SCAN_LIMIT;
  }

  /** The store query of a view, restricted to the principal's scope; undefined when nothing is visible. */
  private queryFor(principal: TicketPrincipal, view: TicketListView, filter: TicketFilter): TicketQuery | undefined {
    const statuses = view === 'waiting' ? [...WAITING_STATUSES] : view === 'mine' ? [...IN_HAND_STATUSES] : filter.statuses;
    return restrictQuery<TicketQuery>(principal, { ...filter, statuses });
  }

  /** Every visible ticket of a restricted query that passes `keep`, oldest first (bounded by scanLimit). */
  private async scan(principal: TicketPrincipal, query: TicketQuery, keep: (t: Ticket) => boolean = () => true): Promise<Ticket[]> {
    const out: Ticket[] = [];
    for (let offset = 0; offset < this.scanLimit; offset += SCAN_PAGE) {
      const page = await this.service.store.list({ ...query, offset, limit: SCAN_PAGE });
      for (const t of page.items) if (canSeeTicket(principal, t) && keep(t)) out.push(t);
      if (page.items.length < SCAN_PAGE) break;
    }
    return out;
  }

  private mine(principal: TicketPrincipal): (t: Ticket) => boolean {
    return (t) => t.takenBy === principal.id;
  }

  async list(principal: TicketPrincipal, request: TicketListRequest = {}): Promise<TicketListResult> {
    const view = request.view ?? 'all';
    const offset = Math.max(0, request.offset ?? 0);
    const limit = Math.min(Math.max(1, request.limit ?? 50), 1000);
    const query = this.queryFor(principal, view, request.filter ?? {});
    if (!query) return { items: [], total: 0, offset, limit };
    if (view === 'mine') {
      // "Taken by me" is not a store index: scan the scope's taken tickets.
      const mine = await this.scan(principal, query, this.mine(principal));
      return { items: mine.slice(offset, offset + limit), total: mine.length, offset, limit };
    }
    const page = await this.service.store.list({ ...query, offset, limit });
    // The store applied the scope; the check again guards against a store that did not.
    return { items: page.items.filter((t) => canSeeTicket(principal, t)), total: page.total, offset, limit };
  }

  /** Every ticket of a view (no paging), for the CSV exports. */
  async export(principal: TicketPrincipal, view: TicketListView = 'all', filter: TicketFilter = {}): Promise<Ticket[]> {
    const query = this.queryFor(principal, view, filter);
    if (!query) return [];
    return this.scan(principal, query, view === 'mine' ? this.mine(principal) : undefined);
  }

  /** A full reference first, then "find a person" over the principal's scope (see ticketSearch.ts). */
  async search(principal: TicketPrincipal, text: string, limit = 100): Promise<TicketSearchResult> {
    const reference = normaliseTicketReference(text);
    const exact = reference ? await this.visible(principal, await this.service.store.getByReference(reference)) : undefined;
    const search = TicketSearch.parse(text);
    if (!search) return { exact, items: exact ? [exact] : [], total: exact ? 1 : 0, tooShort: !exact, looksLikeReference: false };
    const query = restrictQuery<TicketQuery>(principal, {});
    const found = query ? await this.scan(principal, query, (t) => search.matches(t)) : [];
    return { exact, items: found.slice(0, limit), total: found.length, tooShort: false, looksLikeReference: search.looksLikeReference };
  }

  /** A ticket by reference (any spelling) or id; undefined when unknown or not visible. */
  async get(principal: TicketPrincipal, key: string): Promise<Ticket | undefined> {
    const reference = normaliseTicketReference(key);
    if (reference) return this.visible(principal, await this.service.store.getByReference(reference));
    return /^[0-9a-f-]{36}$/i.test(key) ? this.visible(principal, await this.service.get(key)) : undefined;
  }

  private visible(principal: TicketPrincipal, t: Ticket | undefined): Ticket | undefined {
    return t && canSeeTicket(principal, t) ? t : undefined;
  }

  canSee(principal: TicketPrincipal, t: Ticket): boolean {
    return canSeeTicket(principal, t);
  }

  /** For the ticket page: which actions to offer. Redirecting also needs targets, which the caller knows. */
  allowedActions(principal: TicketPrincipal, t: Ticket): AllowedTicketActions {
    const live = !t.anonymisedAt;
    const may = (action: 'take' | 'contacted' | 'close' | 'redirect') => live && canActOnTicket(principal, t, action) && canTransition(t.status, action);
    return { take: may('take'), contacted: may('contacted'), close: may('close'), redirect: may('redirect'), note: live && canActOnTicket(principal, t, 'note') };
  }

  /**
   * Runs one action. Throws TicketNotFoundError when the ticket is not visible, TicketActionForbiddenError
   * when the role may not, TicketAnonymisedError, or TicketTransitionError when the status does not allow it.
   */
  async act(principal: TicketPrincipal, key: string | Ticket, command: TicketCommand): Promise<TicketActResult> {
    const t = typeof key === 'string' ? await this.get(principal, key) : this.visible(principal, key);
    if (!t) throw new TicketNotFoundError(typeof key === 'string' ? key : key.id);
    if (!canActOnTicket(principal, t, command.kind)) throw new TicketActionForbiddenError(command.kind);
    if (t.anonymisedAt) throw new TicketAnonymisedError(t);
    const svc = this.service;
    let updated: Ticket;
    switch (command.kind) {
      case 'take':
        updated = await svc.take(t.id, principal.id);
        break;
      case 'contacted':
        updated = await svc.markContacted(t.id, principal.id, command.detail);
        break;
      case 'close':
        updated = await svc.close(t.id, principal.id, command.reason);
        break;
      case 'note':
        updated = await svc.addNote(t.id, principal.id, command.text);
        break;
      case 'redirect':
        updated = await svc.redirect(t.id, principal.id, command.to, command.reason, command.territory);
        // Written after the redirect, the transmission note belongs to the new structure's period.
        if (command.transmissionNote) updated = await svc.addNote(t.id, principal.id, `${TRANSMISSION_PREFIX}${command.transmissionNote}`);
        break;
    }
    return { ticket: updated, stillVisible: canSeeTicket(principal, updated) };
  }

  /** Gives the oldest waiting ticket of a structure's queue (the principal's own when not named). */
  async takeNext(principal: TicketPrincipal, structureId = principal.structureId): Promise<TakeNextResult> {
    if (!structureId || !canTakeNextFor(principal, structureId)) return { kind: 'no_queue' };
    const ticket = await this.service.takeNext(structureId, principal.id);
    return ticket ? { kind: 'taken', ticket } : { kind: 'empty' };
  }

  /** Counts over the principal's scope; undefined when nothing is visible. */
  async stats(principal: TicketPrincipal, filter: TicketFilter = {}): Promise<TicketStats | undefined> {
    const query = restrictQuery<TicketQuery>(principal, filter);
    return query ? this.service.store.stats(query) : undefined;
  }

  /** What the person may know about their own request (no counsellor names, no notes). */
  async statusForPerson(reference: string): Promise<PersonStatus | undefined> {
    return this.service.statusForPerson(reference);
  }
}
