// Which internal notes a reader sees. A note belongs to the structure the ticket was addressed to
// when it was written; after a redirect, the new structure's counsellors see only their own notes
// and the « note de transmission » written for them with the redirect (it is added right after the
// redirect, so it falls into their period). Supervisors and admins see every note, with its structure.
import type { Ticket, TicketNote, TicketStructure } from '../../orientation/tickets/ticket.js';
import { TRANSMISSION_PREFIX } from '../../orientation/tickets/ticketUseCases.js';
import { isConversationMessage } from './conversationReply.js';

export { TRANSMISSION_PREFIX };

/** The structure a ticket was addressed to at a given time. */
export function structureAt(t: Ticket, at: string): TicketStructure {
  const redirects = [...t.redirects].sort((a, b) => a.at.localeCompare(b.at));
  let current = redirects.length ? redirects[0].from : t.structure;
  for (const r of redirects) if (r.at <= at) current = r.to;
  return current;
}

export interface VisibleNote extends TicketNote {
  structure: TicketStructure;
  transmission: boolean;
}

export function visibleNotes(t: Ticket, reader: { role: string; structureId?: string }): VisibleNote[] {
  // Messages exchanged with the person are shown in the transcript, not among internal notes.
  return t.notes
    .filter((n) => !isConversationMessage(n))
    .map((n) => ({ ...n, structure: structureAt(t, n.at), transmission: n.text.startsWith(TRANSMISSION_PREFIX) }))
    .filter((n) => reader.role !== 'counsellor' || n.structure.id === reader.structureId);
}
