// MainDialog with the real hand-off dialog and ticket service (memory store): the decision leads to
// consent, contact, a ticket that carries the story and the routing, and "effacer mes données"
// anonymises it. (Ticket stores themselves are tested against Redis and the journal.)
import { beforeAll, describe, expect, it } from 'vitest';
import { HandoffDialog, TicketStatusDialog, isTicketStatusQuestion, ticketEraser } from '../../dialogs/handoffDialog.js';
import { TicketService } from '../../orientation/tickets/ticketService.js';
import { MemoryTicketStore } from '../../bot/handoff/ticketStore.memory.js';
import { newClient, realParts, texts, turn } from './dialogHarness.js';

describe('MainDialog + HandoffDialog (real ticket service, memory store)', () => {
  beforeAll(async () => {
    await realParts();
  }, 120_000);

  it('Given a confirmed decision, When the person consents, Then the ticket spares them from re-telling their story; erasing anonymises it', async () => {
    const tickets = new TicketService({ store: new MemoryTicketStore(), retentionDays: 90 });
    const client = await newClient({
      handoffDialog: new HandoffDialog({ tickets, retentionDays: 90 }),
      ticketStatus: { dialog: new TicketStatusDialog(tickets), isQuestion: isTicketStatusQuestion },
      eraseData: ticketEraser(tickets),
    });
    await turn(client, "Je suis cadre au chômage depuis 3 mois, 52 ans, j'habite à Lyon 69003");
    const proposal = texts(await turn(client, 'oui'));
    expect(proposal).toContain('France Travail');
    expect(proposal).toMatch(/recontacte/i);
    // A question at the consent step is answered from the knowledge base, never taken as consent.
    const side = texts(await turn(client, "c'est quoi le bilan de compétences ?"));
    expect(side).toMatch(/bilan de compétences/i);
    expect(side).toMatch(/Pour reprendre : êtes-vous d’accord/);
    expect((await tickets.store.list({})).total).toBe(0);
    await turn(client, 'oui');
    await turn(client, 'par téléphone');
    await turn(client, '06 12 34 56 78');
    const done = texts(await turn(client, 'le matin'));
    const reference = /CEP-[A-Z0-9]{4}-[A-Z0-9]{2}/.exec(done)?.[0];
    expect(reference, done).toBeDefined();
    const ticket = (await tickets.getByReference(reference!))!;
    expect(ticket.situation).toContain('cadre au chômage');
    expect(ticket.profile.status).toBe('demandeur_emploi');
    expect(ticket.profile.cadre).toBe(true);
    expect(ticket.decision.chosen).toBe('france_travail');
    // Status question answered from anywhere in the conversation.
    expect(texts(await turn(client, `Où en est ma demande ${reference} ?`))).toContain(reference!);
    // Erase: the ticket loses its personal data.
    expect(texts(await turn(client, 'effacer mes données'))).toContain("j'ai effacé");
    const erased = (await tickets.getByReference(reference!)) ?? (await tickets.get(ticket.id));
    expect(erased?.anonymisedAt ?? 'deleted').toBeTruthy();
    expect(JSON.stringify(erased ?? {})).not.toContain('06 12 34 56 78');
  });
});
