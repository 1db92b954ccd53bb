// The hand-off conversation through botbuilder-testing's DialogTestClient, as data tables: consent
// first (nothing stored before "oui"), contact channel and times, reference and next steps,
// handoff.initiate event; refusal gives the public contact; status question; handoff.status events;
// "effacer mes données" hook.
import type { Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { describe, expect, it } from 'vitest';
import { TicketService } from '../../orientation/tickets/ticketService.js';
import { MemoryTicketStore } from '../../bot/handoff/ticketStore.memory.js';
import { REFERENCE_PATTERN } from '../../orientation/tickets/ticket.js';
import type { ConversationOutcome } from '../../orientation/tickets/conversationOutcome.js';
import { OutcomeMiddleware } from '../../bot/botframework/outcomeMiddleware.js';
import {
  HandoffDialog,
  TicketStatusDialog,
  handleHandoffStatusEvent,
  isTicketStatusQuestion,
  ticketEraser,
} from '../../dialogs/handoffDialog.js';
import { normalisePhone, yesOrNoInSentence } from '../../orientation/conversation/contactParsers.js';
import type { HandoffRequest } from '../../orientation/conversation/handoffRequest.js';
import { emptyProfile } from '../../orientation/routing/profile.js';

const REQUEST: HandoffRequest = {
  situation: ["J'ai 22 ans, je n'ai pas de diplôme et je cherche du travail à Lyon", 'Je voudrais travailler dans la logistique'],
  profile: { ...emptyProfile(), age: 22, ageBand: '16_25', status: 'inactif', place: { postcode: '69003', communeInsee: '69123', communeName: 'Lyon', departement: '69', region: '84' }, needs: ['recherche_emploi'], barriers: ['mobilite'] },
  decision: { operatorTypes: ['mission_locale'], partners: [], matchedRules: ['youth_16_25'], reasons: { mission_locale: 'Vous avez entre 16 et 25 ans.' }, needsChoice: false, missing: [], rulesVersion: 'test' },
  chosen: 'mission_locale',
  structures: [{ id: 'ml-lyon', type: 'mission_locale', name: 'Mission locale de Lyon', phone: '04 00 00 00 00', website: 'https://exemple.invalid/ml-lyon', source: 'Annuaire test', coverage: 'commune' }],
  informationGiven: [{ type: 'rome', code: 'N1103', label: 'Magasinage et préparation de commandes', source: 'ROME 4.0' }],
  askedForHuman: false,
  simpleMode: false,
  transcript: [
    { from: 'user', text: "J'ai 22 ans, je n'ai pas de diplôme et je cherche du travail à Lyon" },
    { from: 'bot', text: 'La Mission locale accompagne les jeunes de 16 à 25 ans.' },
  ],
};

function harness(request: HandoffRequest = REQUEST) {
  const store = new MemoryTicketStore();
  const tickets = new TicketService({ store, retentionDays: 90 });
  const outcomes: ConversationOutcome[] = [];
  const dialog = new HandoffDialog({ tickets, retentionDays: 90 });
  // Outcomes are recorded in one place, the outcome middleware, from the events the dialog sends.
  const client = new DialogTestClient('test', dialog, request, [new OutcomeMiddleware({ record: async (o) => void outcomes.push(o) })]);
  return { store, tickets, client, outcomes };
}

async function say(client: DialogTestClient, text: string): Promise<Partial<Activity>[]> {
  const out: Partial<Activity>[] = [];
  const first = await client.sendActivity(text);
  if (first) out.push(first);
  for (let a = client.getNextReply(); a; a = client.getNextReply()) out.push(a);
  return out;
}
const textOf = (acts: Partial<Activity>[]) => acts.filter((a) => a.type === 'message').map((a) => a.text ?? '').join('\n');

interface Row {
  name: string;
  turns: Array<[string, RegExp[]]>;
  ticket?: { channel: string; value: string; times?: string } | null;
}

const ROWS: Row[] = [
  {
    name: 'yes, phone, morning → ticket with the phone number',
    turns: [
      ['go', [/recontacte/, /fiche/, /90 jours/, /Seule cette structure la voit/, /effacer mes données/]],
      ['en savoir plus', [/fiche de liaison/, /Combien de temps/, /90 jours/, /Qui la voit/]],
      ['oui', [/Comment préférez-vous/]],
      ['par téléphone', [/numéro de téléphone/]],
      ['06.12.34.56.78', [/joignable/]],
      ['le matin', [/CEP-[2-9A-Z]{4}-[2-9A-Z]{2}/, /Mission locale de Lyon/, /réexpliquer/]],
    ],
    ticket: { channel: 'phone', value: '06 12 34 56 78', times: 'le matin' },
  },
  {
    name: "d'accord, bad e-mail then good e-mail → ticket with the e-mail",
    turns: [
      ['go', [/fiche/]],
      ["d'accord", [/Comment/]],
      ['par mail', [/adresse de courriel/]],
      ['pas de mail en fait', [/pas reconnu une adresse/]],
      ['Mon adresse : Camille.Martin@exemple.fr', [/joignable/]],
      ['peu importe', [/CEP-/]],
    ],
    ticket: { channel: 'email', value: 'camille.martin@exemple.fr', times: 'peu importe' },
  },
  {
    name: 'yes, here in the chat → ticket without contact value',
    turns: [
      ['go', [/fiche/]],
      ['1', [/Comment/]],
      ['ici', [/joignable/]],
      ["après 18 h", [/CEP-/, /ici, dans cette conversation/]],
    ],
    ticket: { channel: 'chat', value: '', times: 'après 18 h' },
  },
  {
    name: 'phone number unreadable twice → asked again with the chat and « pas de contact » offered; the chat chosen; never a wrong number',
    turns: [
      ['go', [/fiche/]],
      ['oui', [/Comment/]],
      ['téléphone', [/numéro/]],
      ['douze', [/pas reconnu un numéro/]],
      ['je sais pas', [/toujours pas reconnu/, /Ici, dans cette conversation/, /pas de contact/]],
      ['Ici, dans cette conversation', [/joignable/]],
      ['le soir', [/CEP-/]],
    ],
    ticket: { channel: 'chat', value: '', times: 'le soir' },
  },
  {
    name: 'no → nothing stored, public contact given with its source',
    turns: [
      ['go', [/fiche/]],
      ['non merci', [/je ne garde rien/, /04 00 00 00 00/, /Source : sources officielles/]],
    ],
    ticket: null,
  },
  {
    name: 'unclear twice → treated as a refusal',
    turns: [
      ['go', [/fiche/]],
      ['bof', [/pas compris/]],
      ['euh', [/je ne garde rien/]],
    ],
    ticket: null,
  },
];

describe('HandoffDialog (DialogTestClient)', () => {
  it.each(ROWS)('$name', async (row) => {
    const { store, client, outcomes } = harness();
    let all: Partial<Activity>[] = [];
    for (const [i, [text, expected]] of row.turns.entries()) {
      const acts = await say(client, text);
      all = all.concat(acts);
      for (const re of expected) expect(textOf(acts), `turn ${i} "${text}"`).toMatch(re);
      // Consent before storing anything personal.
      if (i < row.turns.length - 1) expect((await store.list({})).total).toBe(0);
    }
    const stored = (await store.list({})).items;
    if (row.ticket === null) {
      expect(stored).toHaveLength(0);
      expect(all.find((a) => a.name === 'handoff.initiate')).toBeUndefined();
      // A refusal adds nothing: the decision event (sent before the hand-off) counted « information ».
      expect(outcomes).toEqual([]);
      return;
    }
    expect(stored).toHaveLength(1);
    const t = stored[0];
    expect(t.reference).toMatch(REFERENCE_PATTERN);
    expect(textOf(all)).toContain(t.reference);
    expect(t.contact).toEqual({ channel: row.ticket!.channel, value: row.ticket!.value, preferredTimes: row.ticket!.times });
    expect(t.structure).toEqual({ id: 'ml-lyon', operatorType: 'mission_locale', name: 'Mission locale de Lyon' });
    expect(t.territory).toMatchObject({ departement: '69', communeInsee: '69123', region: '84' });
    expect(t.situation).toContain('logistique');
    expect(t.informationGiven[0].code).toBe('N1103');
    expect(t.barriers).toEqual(['mobilite']);
    expect(t.requestKind).toBe('implicit');
    expect(t.consent.retentionDays).toBe(90);
    expect(t.transcript[0]).toMatchObject({ from: 'person' });
    expect(t.conversation?.conversationId).toBeTruthy();
    expect(t.decision.reasons.mission_locale).toContain('16 et 25');
    const initiate = all.find((a) => a.type === 'event' && a.name === 'handoff.initiate');
    expect(initiate?.value).toMatchObject({ reference: t.reference, structure: { id: 'ml-lyon' } });
    expect(JSON.stringify(initiate?.value)).not.toContain('06 12');
    await new Promise((resolve) => setImmediate(resolve));
    expect(outcomes).toEqual([expect.objectContaining({ outcome: 'ticket', operatorType: 'mission_locale', departement: '69', region: '84' })]);
  });

  it('Given the consent message, Then it fits a phone screen, names the structure once and offers yes / no / en savoir plus', async () => {
    const { client } = harness();
    const acts = await say(client, 'bonjour');
    const consent = acts.find((a) => a.type === 'message')!;
    expect((consent.suggestedActions?.actions ?? []).map((a) => a.title)).toEqual(['Oui, je suis d’accord', 'Non merci', 'En savoir plus']);
    expect(consent.text!.length).toBeLessThanOrEqual(400);
    // The structure was just named in the proposal: the consent says « cette structure ».
    expect(consent.text).not.toContain('Mission locale de Lyon');
  });

  it('Given a question at the consent step, Then it is answered or honestly not, never taken as consent, and the consent asked again in one line', async () => {
    const { client, store } = harness();
    await say(client, 'go');
    const acts = await say(client, "ok mais c'est quoi les écoles d'aide soignante a lyon ?");
    expect(textOf(acts)).toMatch(/Pour reprendre : êtes-vous d’accord/);
    expect(textOf(acts)).not.toMatch(/Comment préférez-vous/);
    expect((await store.list({})).total).toBe(0);
  });

  it('Given a question at the times step, Then it is never stored as the preferred times', async () => {
    const { client, store } = harness();
    for (const t of ['go', 'oui', 'ici']) await say(client, t);
    expect(textOf(await say(client, "c'est tout ?"))).toMatch(/Pour reprendre : à quels moments/);
    expect((await store.list({})).total).toBe(0);
    await say(client, 'le matin');
    expect((await store.list({})).items[0].contact.preferredTimes).toBe('le matin');
  });

  it('Given a phone call (voice channel), Then "here in this conversation" is not offered and an unreadable number never becomes a wrong one', async () => {
    const store = new MemoryTicketStore();
    const tickets = new TicketService({ store, retentionDays: 90 });
    const voice = { onTurn: async (context: { turnState: Map<unknown, unknown> }, next: () => Promise<void>) => { context.turnState.set(Symbol.for('cep.channelProfile'), { kind: 'voice', simple: false }); await next(); } };
    const client = new DialogTestClient('voice', new HandoffDialog({ tickets, retentionDays: 90 }), REQUEST, [voice as never]);
    const all = async (t: string) => (await say(client, t)).map((a) => `${a.text ?? ''} ${a.speak ?? ''}`).join('\n');
    await all('allô');
    const channelQuestion = await all('oui');
    expect(channelQuestion).toMatch(/Comment préférez-vous/);
    expect(channelQuestion).not.toMatch(/Ici, dans cette conversation/);
    // "ici" on the phone means: call me back on this phone.
    expect(await all('ici')).toMatch(/numéro de téléphone/);
    expect(await all('je ne sais plus')).toMatch(/pas reconnu un numéro/);
    // Never a ticket without a contact unless the caller chose it and was told what it means.
    expect(await all('euh')).toMatch(/pas de contact/);
    expect((await store.list({})).total).toBe(0);
    expect(await all('pas de contact')).toMatch(/ne pourra pas vous rappeler/);
    const [t] = (await store.list({})).items;
    expect(t.contact).toMatchObject({ channel: 'phone', value: '' });
  });

  it('Given a place known only by its département, Then the ticket still carries the region (supervisors filter on it)', async () => {
    const { store, client } = harness({ ...REQUEST, profile: { ...REQUEST.profile, place: { departement: '13' } } });
    for (const t of ['go', 'oui', 'ici', 'le matin']) await say(client, t);
    expect((await store.list({})).items[0].territory).toEqual({ region: '93', departement: '13' });
  });

  it('Given a social emergency decision, Then no ticket is proposed', async () => {
    const { store, client } = harness({ ...REQUEST, chosen: 'social_emergency' });
    const acts = await say(client, 'go');
    expect(textOf(acts)).toBe('');
    expect((await store.list({})).total).toBe(0);
  });

  it('Given the same conversation retrying the hand-off, Then one ticket only (idempotent per conversation + decision)', async () => {
    const { store, tickets } = harness();
    const dialog = new HandoffDialog({ tickets, retentionDays: 90 });
    // The same conversation id in two DialogTestClients = a retried request after a lost reply.
    const conversationState = undefined;
    const run = async () => {
      const c = new DialogTestClient('test', dialog, REQUEST, [], conversationState);
      for (const t of ['go', 'oui', 'ici', 'le matin']) await say(c, t);
    };
    await run();
    await run();
    // DialogTestClient uses one conversation id per adapter: both runs share 'Convo1'.
    expect((await store.list({})).total).toBe(1);
  });
});

describe('status question, handoff.status events, erasure', () => {
  it.each([
    ['Où en est ma demande ?', true],
    ['je voudrais le suivi de mon dossier', true],
    ['cep 7k3f q2', true],
    ["je sais plus, c'est un conseiller qui devait me rappeler", true],
    ["personne ne m'a rappelée", true],
    ['je voudrais être rappelé par un conseiller', false],
    ['je cherche une formation', false],
    ['je suis demandeur', false],
  ])('isTicketStatusQuestion(%s) = %s', (text, expected) => {
    expect(isTicketStatusQuestion(text)).toBe(expected);
  });

  it.each([
    ['06 12 34 56 78', '06 12 34 56 78'],
    ['+33612345678', '06 12 34 56 78'],
    ['0612', undefined],
    ['+262262123456', '+262262123456'],
  ])('normalisePhone(%s)', (input, expected) => expect(normalisePhone(input)).toBe(expected));

  it.each([
    ['oui', true],
    ["d'accord", true],
    ['non', false],
    ["pas d'accord", false],
    ['bof', undefined],
  ])('yesOrNoInSentence(%s)', (input, expected) => expect(yesOrNoInSentence(input)).toBe(expected));

  it('Given a reference, When the person asks where their request is, Then the status is told; an unknown one is said so', async () => {
    const { tickets } = harness();
    const { ticket } = await tickets.create({
      ...(await import('./ticketFixtures.js')).draft(),
    });
    await tickets.take(ticket.id, 'counsellor:a');
    const c1 = new DialogTestClient('test', new TicketStatusDialog(tickets), { text: `Où en est ma demande ${ticket.reference} ?` });
    expect(textOf(await say(c1, 'x'))).toMatch(/prise en charge/);
    const c2 = new DialogTestClient('test', new TicketStatusDialog(tickets), { text: 'Où en est ma demande ?' });
    expect(textOf(await say(c2, 'Où en est ma demande ?'))).toMatch(/référence/);
    expect(textOf(await say(c2, ticket.reference.toLowerCase()))).toMatch(new RegExp(`${ticket.reference}.*prise en charge`));
    const c3 = new DialogTestClient('test', new TicketStatusDialog(tickets), { text: 'CEP-2222-22' });
    expect(textOf(await say(c3, 'x'))).toMatch(/ne trouve pas/);
  });

  it('Given handoff.status events from the person\'s own conversation, Then they are refused: only counsellors change a ticket', async () => {
    const { tickets, store, client } = harness();
    for (const t of ['go', 'oui', 'ici', 'le matin']) await say(client, t);
    const t = (await store.list({})).items[0];
    const ctx = (name: string, value: unknown, conversationId = t.conversation!.conversationId) =>
      ({ activity: { type: 'event', name, value, channelId: 'test', conversation: { id: conversationId } } }) as never;
    expect(await handleHandoffStatusEvent(ctx('handoff.status', { state: 'accepted' }, 'someone-else'), tickets)).toBe(0);
    expect(await handleHandoffStatusEvent(ctx('handoff.status', { state: 'accepted', reference: t.reference }, 'someone-else'), tickets)).toBe(0);
    expect(await handleHandoffStatusEvent(ctx('handoff.status', { state: 'accepted' }), tickets)).toBe(0);
    expect(await handleHandoffStatusEvent(ctx('handoff.status', { state: 'failed', message: 'note' }), tickets)).toBe(0);
    expect(await handleHandoffStatusEvent(ctx('handoff.status', { state: 'completed', message: 'ok' }), tickets)).toBe(0);
    const after = (await store.get(t.id))!;
    expect(after.status).toBe('new');
    expect(after.notes).toEqual([]);
    expect(await handleHandoffStatusEvent(ctx('other.event', {}), tickets)).toBe(0);
  });

  it('Given "effacer mes données", Then the eraser anonymises the tickets of the conversation', async () => {
    const { tickets, store, client } = harness();
    for (const t of ['go', 'oui', 'téléphone', '0612345678', 'le matin']) await say(client, t);
    const t = (await store.list({})).items[0];
    expect(t.contact.value).toBe('06 12 34 56 78');
    await ticketEraser(tickets)({ activity: { channelId: t.conversation!.channelId, conversation: { id: t.conversation!.conversationId }, from: { id: t.conversation!.userId } } } as never);
    const after = (await store.get(t.id))!;
    expect(after.anonymisedAt).toBeDefined();
    expect(after.contact.value).toBe('');
    expect(after.situation).toBe('');
  });
});
