// « effacer mes données » then « non »: nothing is erased and the conversation resumes where it was
// (the pending question asked again, the facts kept), in the flow and in the hand-off; « oui »
// erases and the next message starts afresh. Real MainDialog, hand-off dialog and ticket service.
import { beforeAll, describe, expect, it } from 'vitest';
import { HandoffDialog, TicketStatusDialog, isTicketStatusQuestion, ticketEraser } from '../../dialogs/handoffDialog.js';
import { TicketService } from '../../orientation/tickets/ticketService.js';
import { MemoryTicketStore } from '../../bot/handoff/ticketStore.memory.js';
import { newClient, realParts, texts, turn } from './dialogHarness.js';

async function clientWithErasure() {
  const tickets = new TicketService({ store: new MemoryTicketStore(), retentionDays: 90 });
  const client = await newClient({
    handoffDialog: new HandoffDialog({ tickets, retentionDays: 90 }),
    ticketStatus: { dialog: new TicketStatusDialog(tickets), isQuestion: isTicketStatusQuestion },
    eraseData: ticketEraser(tickets),
    erasureTickets: tickets,
  });
  return { client, tickets };
}

describe('« non » to « Voulez-vous effacer… ? » resumes the conversation', () => {
  beforeAll(async () => {
    await realParts();
  }, 120_000);

  it('Given a fact being asked, When the person asks to erase then says « non », Then the same question comes back and the facts are kept', async () => {
    const { client } = await clientWithErasure();
    const asked = texts(await turn(client, 'je cherche du travail à Lyon'));
    expect(asked).toMatch(/Quel âge avez-vous/);
    expect(texts(await turn(client, 'effacer mes données'))).toMatch(/Confirmez-vous l’effacement/);
    const kept = texts(await turn(client, 'non'));
    expect(kept).toMatch(/je n’efface rien/);
    expect(kept).toMatch(/Quel âge avez-vous/);
    expect(kept).not.toMatch(/Racontez-moi/);
    // The story goes on from there: the age answers the pending question, Lyon is still known.
    const next = texts(await turn(client, '30 ans'));
    expect(next).toMatch(/Si je résume/);
    expect(next).toMatch(/Lyon/);
  });

  it('Given the consent question of the hand-off, When the person asks to erase then says « non », Then the consent is asked again and « oui » goes on', async () => {
    const { client, tickets } = await clientWithErasure();
    await turn(client, "Je suis cadre au chômage depuis 3 mois, 52 ans, j'habite à Lyon 69003");
    expect(texts(await turn(client, 'oui'))).toMatch(/recontacte/i);
    await turn(client, 'effacer mes données');
    const kept = texts(await turn(client, 'non'));
    expect(kept).toMatch(/je n’efface rien/);
    expect(kept).toMatch(/Pour reprendre : êtes-vous d’accord/);
    expect(texts(await turn(client, 'oui'))).toMatch(/Comment préférez-vous/);
    expect((await tickets.store.list({})).total).toBe(0);
  });

  it('Given « oui » to the erasure, Then the story is gone: the next message starts afresh', async () => {
    const { client } = await clientWithErasure();
    await turn(client, 'je cherche du travail à Lyon');
    await turn(client, 'effacer mes données');
    expect(texts(await turn(client, 'oui'))).toMatch(/effacé/);
    const after = texts(await turn(client, '30 ans'));
    expect(after).not.toMatch(/Lyon/);
  });
});
