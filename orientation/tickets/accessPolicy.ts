// Who may see and act on which ticket — one pure policy shared by the REST API (server/api/tickets)
// and the counsellor console (server/console). A ticket the principal may not see must be reported
// as "not found" (404), never "forbidden", so that its existence does not leak.
import type { Ticket } from './ticket.js';
import type { TicketScope } from './ticketStore.js';

export const TICKET_ROLES = ['counsellor', 'supervisor', 'admin'] as const;
export type TicketRole = (typeof TICKET_ROLES)[number];

/** A console user or an API token, reduced to what the policy needs. */
export interface TicketPrincipal {
  /** Used in the audit trail: 'counsellor:<id>', 'api:<token name>'… */
  id: string;
  role: TicketRole;
  /** Counsellors: their structure (required). */
  structureId?: string;
  /** Supervisors: their region (INSEE code, required). */
  region?: string;
}

export const TICKET_ACTIONS = ['view', 'take', 'contacted', 'redirect', 'close', 'note', 'export'] as const;
export type TicketAction = (typeof TICKET_ACTIONS)[number];

/** The store scope a principal may list/search; undefined = nothing at all (misconfigured principal). */
export function ticketScopeFor(p: TicketPrincipal): TicketScope | undefined {
  switch (p.role) {
    case 'admin':
      return {};
    case 'supervisor':
      return p.region ? { region: p.region } : undefined;
    case 'counsellor':
      return p.structureId ? { structureId: p.structureId } : undefined;
    default:
      return undefined;
  }
}

export function canSeeTicket(p: TicketPrincipal, t: Ticket): boolean {
  const scope = ticketScopeFor(p);
  if (!scope) return false;
  if (scope.structureId !== undefined && t.structure.id !== scope.structureId) return false;
  if (scope.region !== undefined && t.territory.region !== scope.region) return false;
  return true;
}

/**
 * Acting requires seeing. Taking and marking contacted are counsellor work (admins may too);
 * supervisors oversee their region: notes, redirect, close, export.
 */
export function canActOnTicket(p: TicketPrincipal, t: Ticket, action: TicketAction): boolean {
  if (!canSeeTicket(p, t)) return false;
  if (action === 'take' || action === 'contacted') return p.role === 'counsellor' || p.role === 'admin';
  return true;
}

/** "Take next" works on one structure's queue: counsellors only their own, admins any. */
export function canTakeNextFor(p: TicketPrincipal, structureId: string): boolean {
  if (p.role === 'admin') return true;
  return p.role === 'counsellor' && p.structureId === structureId;
}

/** Narrows a requested query to what the principal may see; undefined when nothing is visible. */
export function restrictQuery<Q extends TicketScope>(p: TicketPrincipal, query: Q): Q | undefined {
  const scope = ticketScopeFor(p);
  if (!scope) return undefined;
  if (scope.structureId !== undefined && query.structureId !== undefined && query.structureId !== scope.structureId) return undefined;
  if (scope.region !== undefined && query.region !== undefined && query.region !== scope.region) return undefined;
  return { ...query, ...Object.fromEntries(Object.entries(scope).filter(([, v]) => v !== undefined)) };
}
