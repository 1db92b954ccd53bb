// End to end through the MainDialog (real knowledge base, routing rules and operator directory):
// story → reformulation → proposal → consent → contact → ticket with the commune's structure;
// then "où en est ma demande ?" answers the status, and "effacer mes données" anonymises the ticket.
import { describe, expect, it } from 'vitest';
import { newClient, texts, turn } from '../dialogs/dialogHarness.js';
import { HandoffDialog, TicketStatusDialog, isTicketStatusQuestion, ticketEraser } from '../../dialogs/handoffDialog.js';
import { TicketService } from '../../orientation/tickets/ticketService.js';
import { MemoryTicketStore } from '../../bot/handoff/ticketStore.memory.js';

describe('hand-off inside the main dialog', () => {
  it('Given a young job seeker in Lyon, When they accept the hand-off, Then a ticket reaches a local Mission locale and its status can be asked', async () => {
    const store = new MemoryTicketStore();
    const tickets = new TicketService({ store, retentionDays: 90 });
    const client = await newClient({
      handoffDialog: new HandoffDialog({ tickets, retentionDays: 90 }),
      ticketStatus: { dialog: new TicketStatusDialog(tickets), isQuestion: isTicketStatusQuestion },
      eraseData: ticketEraser(tickets),
    });
    const said: string[] = [];
    const say = async (m: string) => {
      const t = texts(await turn(client, m));
      said.push(t);
      return t;
    };
    expect(await say("J'ai 22 ans, j'ai quitté le lycée et je cherche du travail. J'habite à Lyon 69003.")).toMatch(/résume/);
    const proposal = await say('oui');
    expect(proposal).toMatch(/Mission locale/);
    expect(proposal).toMatch(/Seule cette structure la voit/);
    expect((await store.list({})).total).toBe(0);
    expect(await say('oui')).toMatch(/Comment préférez-vous/);
    expect(await say('par téléphone')).toMatch(/numéro/);
    expect(await say('07 11 22 33 44')).toMatch(/joignable/);
    const done = await say('le matin');
    const [t] = (await store.list({})).items;
    expect(t).toBeDefined();
    expect(done).toContain(t.reference);
    expect(t.structure.operatorType).toBe('mission_locale');
    // The most local structure, not the national entry point.
    expect(t.structure.name).not.toMatch(/1jeune1solution/);
    expect(t.territory.departement).toBe('69');
    expect(t.territory.region).toBe('84');
    expect(t.contact).toMatchObject({ channel: 'phone', value: '07 11 22 33 44', preferredTimes: 'le matin' });
    expect(t.situation).toContain('Lyon');
    expect(await say('où en est ma demande ?')).toMatch(/référence/);
    expect(await say(t.reference)).toMatch(/attend/);
    await tickets.take(t.id, 'counsellor:a');
    expect(await say(`Et ma demande ${t.reference} ?`)).toMatch(/prise en charge/);
    await say('effacer mes données');
    const erased = (await store.get(t.id))!;
    expect(erased.anonymisedAt).toBeDefined();
    expect(erased.contact.value).toBe('');
  }, 120_000);
});
