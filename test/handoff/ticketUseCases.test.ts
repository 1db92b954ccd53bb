// The ticket use cases for a principal, on the memory store: what each role sees in each view, in
// search, get and export; what it may do; take next; stats; and what the person may know.
import { beforeEach, describe, expect, it } from 'vitest';
import type { TicketPrincipal } from '../../orientation/tickets/accessPolicy.js';
import type { Ticket } from '../../orientation/tickets/ticket.js';
import { TicketNotFoundError, TicketService, TicketTransitionError } from '../../orientation/tickets/ticketService.js';
import { TRANSMISSION_PREFIX, TicketActionForbiddenError, TicketAnonymisedError, TicketUseCases } from '../../orientation/tickets/ticketUseCases.js';
import { MemoryTicketStore } from '../../bot/handoff/ticketStore.memory.js';
import { draft, STRUCTURE_A, STRUCTURE_B, STRUCTURE_C, TERRITORY_B } from './ticketFixtures.js';

const COUNSELLOR_A: TicketPrincipal = { id: 'counsellor:a', role: 'counsellor', structureId: STRUCTURE_A.id };
const OTHER_COUNSELLOR_A: TicketPrincipal = { id: 'counsellor:a2', role: 'counsellor', structureId: STRUCTURE_A.id };
const COUNSELLOR_B: TicketPrincipal = { id: 'counsellor:b', role: 'counsellor', structureId: STRUCTURE_B.id };
const SUPERVISOR_84: TicketPrincipal = { id: 'counsellor:s', role: 'supervisor', region: '84' };
const ADMIN: TicketPrincipal = { id: 'counsellor:admin', role: 'admin' };
const MISCONFIGURED: TicketPrincipal = { id: 'counsellor:x', role: 'counsellor' };

let service: TicketService;
let useCases: TicketUseCases;
let inLyon: Ticket[];
let inMarseille: Ticket;

beforeEach(async () => {
  let tick = Date.parse('2026-03-02T09:00:00Z');
  service = new TicketService({ store: new MemoryTicketStore(), retentionDays: 30, clock: () => new Date((tick += 1000)) });
  useCases = new TicketUseCases(service);
  inLyon = [];
  for (const situation of ['Je cherche un emploi de cariste', 'Je voudrais devenir boulanger', 'Reconversion dans le soin']) {
    inLyon.push((await service.create(draft({ situation }))).ticket);
  }
  inMarseille = (await service.create(draft({ structure: STRUCTURE_B, territory: TERRITORY_B, situation: 'Je cherche un emploi à Marseille' }))).ticket;
});

const ids = (tickets: Ticket[]) => tickets.map((t) => t.id);

describe('TicketUseCases — list and views', () => {
  it('Given tickets of two structures, When each role lists all, Then it sees exactly its scope, oldest first, with the scope total', async () => {
    expect(ids((await useCases.list(COUNSELLOR_A)).items)).toEqual(ids(inLyon));
    expect(ids((await useCases.list(COUNSELLOR_B)).items)).toEqual([inMarseille.id]);
    expect(ids((await useCases.list(SUPERVISOR_84)).items)).toEqual(ids(inLyon));
    expect((await useCases.list(ADMIN)).total).toBe(4);
    expect(await useCases.list(MISCONFIGURED)).toMatchObject({ items: [], total: 0 });
  });

  it('Given a filter naming another structure, When a counsellor lists, Then nothing is returned (the filter cannot widen the scope)', async () => {
    expect((await useCases.list(COUNSELLOR_A, { filter: { structureId: STRUCTURE_B.id } })).total).toBe(0);
    expect((await useCases.list(SUPERVISOR_84, { filter: { region: '93' } })).total).toBe(0);
  });

  it('Given paging, When a page is asked, Then the items are that slice and the total is the whole view', async () => {
    const page = await useCases.list(COUNSELLOR_A, { offset: 1, limit: 1 });
    expect(ids(page.items)).toEqual([inLyon[1].id]);
    expect(page).toMatchObject({ total: 3, offset: 1, limit: 1 });
  });

  it('Given one ticket taken by each of two counsellors, When each lists « mine » and « waiting », Then they see their own taken ticket and the one still waiting', async () => {
    await useCases.act(COUNSELLOR_A, inLyon[0].reference, { kind: 'take' });
    await useCases.act(OTHER_COUNSELLOR_A, inLyon[1].reference, { kind: 'take' });
    expect(ids((await useCases.list(COUNSELLOR_A, { view: 'mine' })).items)).toEqual([inLyon[0].id]);
    expect(ids((await useCases.list(OTHER_COUNSELLOR_A, { view: 'mine' })).items)).toEqual([inLyon[1].id]);
    expect(ids((await useCases.list(COUNSELLOR_A, { view: 'waiting' })).items)).toEqual([inLyon[2].id]);
    expect(ids(await useCases.export(COUNSELLOR_A, 'mine'))).toEqual([inLyon[0].id]);
  });

  it('Given a status filter, When listing all, Then only that status is shown', async () => {
    await useCases.act(COUNSELLOR_A, inLyon[0].id, { kind: 'take' });
    expect(ids((await useCases.list(COUNSELLOR_A, { filter: { statuses: ['taken'] } })).items)).toEqual([inLyon[0].id]);
  });
});

describe('TicketUseCases — get, search, export', () => {
  it('Given a ticket of another structure, When got by reference, any spelling or id, Then it is « not found » for the others and found for its own', async () => {
    expect(await useCases.get(COUNSELLOR_A, inMarseille.reference)).toBeUndefined();
    expect(await useCases.get(COUNSELLOR_A, inMarseille.id)).toBeUndefined();
    expect((await useCases.get(COUNSELLOR_B, inMarseille.reference.toLowerCase().replace(/-/g, ' ')))?.id).toBe(inMarseille.id);
    expect((await useCases.get(ADMIN, inMarseille.id))?.id).toBe(inMarseille.id);
    expect(await useCases.get(ADMIN, 'pas une référence')).toBeUndefined();
  });

  it('Given a free-text query, When searching, Then matches come from the scope only (accents ignored)', async () => {
    const found = await useCases.search(COUNSELLOR_A, 'EMPLOI');
    expect(ids(found.items)).toEqual([inLyon[0].id]);
    expect((await useCases.search(ADMIN, 'emploi')).total).toBe(2);
    expect((await useCases.search(SUPERVISOR_84, 'reconversion')).items).toHaveLength(1);
    expect((await useCases.search(COUNSELLOR_B, 'boulanger')).total).toBe(0);
  });

  it('Given a full reference of another structure, When searched, Then nothing is found; its own structure gets it as the exact match', async () => {
    expect(await useCases.search(COUNSELLOR_A, inMarseille.reference)).toMatchObject({ exact: undefined, total: 0 });
    expect((await useCases.search(COUNSELLOR_B, inMarseille.reference)).exact?.id).toBe(inMarseille.id);
  });

  it('Given a query of two characters, When searched, Then it is refused as too short', async () => {
    expect(await useCases.search(ADMIN, 'ab')).toMatchObject({ tooShort: true, items: [] });
  });

  it('Given an export with a filter, Then it holds every visible ticket of the filter and nothing else', async () => {
    expect(ids(await useCases.export(SUPERVISOR_84))).toEqual(ids(inLyon));
    expect(ids(await useCases.export(ADMIN, 'all', { departement: '13' }))).toEqual([inMarseille.id]);
    expect(await useCases.export(MISCONFIGURED)).toEqual([]);
  });
});

describe('TicketUseCases — acting', () => {
  it('Given a counsellor of A, When acting on a ticket of B, Then it is « not found » and nothing changes', async () => {
    await expect(useCases.act(COUNSELLOR_A, inMarseille.reference, { kind: 'take' })).rejects.toBeInstanceOf(TicketNotFoundError);
    expect((await service.get(inMarseille.id))?.status).toBe('new');
  });

  it('Given a supervisor, When taking a ticket, Then the role is refused (it may see it), and a note is accepted', async () => {
    await expect(useCases.act(SUPERVISOR_84, inLyon[0].id, { kind: 'take' })).rejects.toBeInstanceOf(TicketActionForbiddenError);
    const { ticket } = await useCases.act(SUPERVISOR_84, inLyon[0].id, { kind: 'note', text: 'Vu en revue' });
    expect(ticket.notes.map((n) => [n.author, n.text])).toEqual([['counsellor:s', 'Vu en revue']]);
  });

  it('Given the lifecycle, When a counsellor takes, contacts and closes, Then each step is audited; closing twice is a refused transition', async () => {
    await useCases.act(COUNSELLOR_A, inLyon[0].id, { kind: 'take' });
    await useCases.act(COUNSELLOR_A, inLyon[0].id, { kind: 'contacted', detail: 'appel' });
    const { ticket } = await useCases.act(COUNSELLOR_A, inLyon[0].id, { kind: 'close', reason: 'accompagnement commencé' });
    expect(ticket.status).toBe('closed');
    expect(ticket.audit.map((a) => a.action)).toEqual(['created', 'taken', 'contacted', 'closed']);
    await expect(useCases.act(COUNSELLOR_A, inLyon[0].id, { kind: 'close' })).rejects.toBeInstanceOf(TicketTransitionError);
  });

  it('Given a redirect to another structure with a transmission note, Then the ticket leaves the counsellor’s scope and the note is written after the redirect', async () => {
    const to = { ...STRUCTURE_C };
    const result = await useCases.act(COUNSELLOR_A, inLyon[0].id, { kind: 'redirect', to, reason: 'relève du handicap', transmissionNote: 'RQTH en cours' });
    expect(result.stillVisible).toBe(false);
    expect(result.ticket.structure.id).toBe(STRUCTURE_C.id);
    expect(result.ticket.notes.at(-1)?.text).toBe(`${TRANSMISSION_PREFIX}RQTH en cours`);
    expect(result.ticket.notes.at(-1)!.at >= result.ticket.redirects[0].at).toBe(true);
    expect(await useCases.get(COUNSELLOR_A, inLyon[0].id)).toBeUndefined();
    const sameRegion = await useCases.act(SUPERVISOR_84, inLyon[1].id, { kind: 'redirect', to, reason: 'relève du handicap' });
    expect(sameRegion.stillVisible).toBe(true);
  });

  it('Given an anonymised ticket, When anyone acts on it, Then it is refused as anonymised and offers no action', async () => {
    await service.eraseForConversation(inLyon[0].conversation!.conversationId);
    const erased = (await useCases.get(COUNSELLOR_A, inLyon[0].id))!;
    await expect(useCases.act(COUNSELLOR_A, erased, { kind: 'note', text: 'x' })).rejects.toBeInstanceOf(TicketAnonymisedError);
    expect(Object.values(useCases.allowedActions(ADMIN, erased)).some(Boolean)).toBe(false);
  });

  it('Given the allowed actions of a new ticket, Then a counsellor may take, a supervisor may not, and nobody may close it yet', async () => {
    expect(useCases.allowedActions(COUNSELLOR_A, inLyon[0])).toEqual({ take: true, contacted: false, close: false, redirect: true, note: true });
    expect(useCases.allowedActions(SUPERVISOR_84, inLyon[0])).toMatchObject({ take: false, close: false, note: true });
  });
});

describe('TicketUseCases — take next, stats, the person', () => {
  it('Given a structure queue, When its counsellor takes next, Then oldest first, then empty; another structure’s queue does not exist for them', async () => {
    const taken: string[] = [];
    for (let i = 0; i < 3; i++) {
      const next = await useCases.takeNext(COUNSELLOR_A);
      if (next.kind === 'taken') taken.push(next.ticket.id);
    }
    expect(taken).toEqual(ids(inLyon));
    expect(await useCases.takeNext(COUNSELLOR_A)).toEqual({ kind: 'empty' });
    expect(await useCases.takeNext(COUNSELLOR_A, STRUCTURE_B.id)).toEqual({ kind: 'no_queue' });
    expect(await useCases.takeNext(SUPERVISOR_84, STRUCTURE_A.id)).toEqual({ kind: 'no_queue' });
    expect((await useCases.takeNext(ADMIN, STRUCTURE_B.id)).kind).toBe('taken');
  });

  it('Given stats, Then they count the scope only; nothing is visible for a misconfigured principal', async () => {
    expect((await useCases.stats(COUNSELLOR_A))?.total).toBe(3);
    expect((await useCases.stats(ADMIN, { departement: '13' }))?.total).toBe(1);
    expect(await useCases.stats(MISCONFIGURED)).toBeUndefined();
  });

  it('Given the person’s reference in any spelling, When they ask for the status, Then they get status and structure name only', async () => {
    await useCases.act(COUNSELLOR_A, inLyon[0].id, { kind: 'take' });
    const status = await useCases.statusForPerson(inLyon[0].reference.toLowerCase());
    expect(status).toEqual({ reference: inLyon[0].reference, status: 'taken', structureName: STRUCTURE_A.name, updatedAt: expect.any(String) });
    expect(await useCases.statusForPerson('CEP-2222-22')).toBeUndefined();
  });
});
