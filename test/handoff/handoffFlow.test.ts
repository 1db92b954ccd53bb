// The hand-off inside the main dialog, end to end (real knowledge base, routing rules, operator
// directory and ticket service on the memory store; the stores themselves are tested against Redis
// and the journal): story → reformulation → proposal → consent → contact → a ticket that carries the
// story, the routing and the commune's structure; then the status can be asked and "effacer mes
// données" anonymises the ticket.
import { beforeAll, describe, expect, it } from 'vitest';
import { newClient, realParts, texts, turn } from '../dialogs/dialogHarness.js';
import { HandoffDialog, TicketStatusDialog, isTicketStatusQuestion, ticketEraser } from '../../dialogs/handoffDialog.js';
import { TicketService } from '../../orientation/tickets/ticketService.js';
import { MemoryTicketStore } from '../../bot/handoff/ticketStore.memory.js';

async function handoffClient() {
  const store = new MemoryTicketStore();
  const tickets = new TicketService({ store, retentionDays: 90 });
  const client = await newClient({
    handoffDialog: new HandoffDialog({ tickets, retentionDays: 90 }),
    ticketStatus: { dialog: new TicketStatusDialog(tickets), isQuestion: isTicketStatusQuestion },
    eraseData: ticketEraser(tickets),
  });
  const say = async (message: string) => texts(await turn(client, message));
  return { store, tickets, say };
}

describe('hand-off inside the main dialog', () => {
  beforeAll(async () => {
    await realParts();
  }, 120_000);

  it('Given a young job seeker in Lyon, When they accept the hand-off, Then a ticket reaches a local Mission locale and its status can be asked', async () => {
    const { store, tickets, say } = await handoffClient();
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

  it('Given a cadre job seeker, When a question comes at the consent step, Then it is answered and never taken as consent; the ticket spares the story; erasing anonymises it', async () => {
    const { store, say } = await handoffClient();
    await say("Je suis cadre au chômage depuis 3 mois, 52 ans, j'habite à Lyon 69003");
    const proposal = await say('oui');
    expect(proposal).toContain('France Travail');
    expect(proposal).toMatch(/recontacte/i);
    const side = await say("c'est quoi le bilan de compétences ?");
    expect(side).toMatch(/bilan de compétences/i);
    expect(side).toMatch(/Pour reprendre : êtes-vous d’accord/);
    expect((await store.list({})).total).toBe(0);
    await say('oui');
    await say('par téléphone');
    await say('06 12 34 56 78');
    const done = await say('le matin');
    const [ticket] = (await store.list({})).items;
    expect(ticket).toBeDefined();
    expect(done).toContain(ticket.reference);
    expect(ticket.situation).toContain('cadre au chômage');
    expect(ticket.profile.status).toBe('demandeur_emploi');
    expect(ticket.profile.cadre).toBe(true);
    expect(ticket.decision.chosen).toBe('france_travail');
    // Status question with the reference, answered from anywhere in the conversation.
    expect(await say(`Où en est ma demande ${ticket.reference} ?`)).toContain(ticket.reference);
    expect(await say('effacer mes données')).toContain("j'ai effacé");
    const erased = (await store.get(ticket.id))!;
    expect(erased.anonymisedAt).toBeDefined();
    expect(JSON.stringify(erased)).not.toContain('06 12 34 56 78');
  }, 120_000);
});
