// One contract for every TicketStore implementation: memory, journal (embedded default) and Redis
// (a real redis-server started by the test). Exercised through TicketService so that the lifecycle
// rules are checked on each store too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REFERENCE_PATTERN } from '../../orientation/tickets/ticket.js';
import { TicketService, TicketTransitionError } from '../../orientation/tickets/ticketService.js';
import { DuplicateReferenceError, type TicketStore } from '../../orientation/tickets/ticketStore.js';
import { JournalTicketStore } from '../../bot/handoff/ticketStore.journal.js';
import { MemoryTicketStore } from '../../bot/handoff/ticketStore.memory.js';
import { RedisTicketStore, type RedisTicketClient } from '../../bot/handoff/ticketStore.redis.js';
import { redisServerAvailable, startRedis, type RedisHandle } from '../helpers/redisServer.js';
import { draft, STRUCTURE_A, STRUCTURE_B, STRUCTURE_C, TERRITORY_B } from './ticketFixtures.js';

interface Harness {
  /** A fresh, empty store. */
  fresh(): Promise<TicketStore>;
  /** The same data opened again (new process view); undefined when the store is not durable. */
  reopen?(store: TicketStore): Promise<TicketStore>;
}

let redis: RedisHandle | undefined;
let client: RedisTicketClient | undefined;
const tmpDirs: string[] = [];
const openJournals: JournalTicketStore[] = [];
const hasRedis = redisServerAvailable();

beforeAll(async () => {
  if (!hasRedis) return;
  redis = await startRedis();
  client = createClient({ url: redis.url });
  await client.connect();
});

afterAll(async () => {
  for (const j of openJournals) await j.close();
  if (client?.isOpen) await client.close();
  await redis?.stop();
  for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
});

let prefixCounter = 0;
const harnesses: Array<[string, Harness, boolean]> = [
  ['memory', { fresh: async () => new MemoryTicketStore() }, true],
  [
    'journal',
    {
      fresh: async () => {
        const dir = mkdtempSync(join(tmpdir(), 'cep-journal-'));
        tmpDirs.push(dir);
        const j = await JournalTicketStore.open(join(dir, 'tickets.journal'));
        openJournals.push(j);
        return j;
      },
      reopen: async (store) => {
        const j = store as JournalTicketStore;
        await j.close();
        const again = await JournalTicketStore.open(j.path);
        openJournals.push(again);
        return again;
      },
    },
    true,
  ],
  [
    'redis',
    {
      fresh: async () => new RedisTicketStore({ client: client!, keyPrefix: `t${++prefixCounter}:` }),
      reopen: async (store) => new RedisTicketStore({ client: client!, keyPrefix: (store as unknown as { p: string }).p.replace(/tk:$/, '') }),
    },
    hasRedis,
  ],
];

describe.each(harnesses)('TicketStore contract — %s', (_name, h, enabled) => {
  const run = enabled ? it : it.skip;
  const service = (store: TicketStore, now = () => new Date()) => new TicketService({ store, retentionDays: 30, clock: now });

  run('Given a consented draft, When created, Then it is found by id and by reference with status new and an audit entry', async () => {
    const store = await h.fresh();
    const svc = service(store);
    const { ticket, created } = await svc.create(draft());
    expect(created).toBe(true);
    expect(ticket.reference).toMatch(REFERENCE_PATTERN);
    expect(ticket.status).toBe('new');
    expect((await store.get(ticket.id))?.situation).toContain('logistique');
    expect((await svc.getByReference(ticket.reference.toLowerCase().replace(/-/g, ' ')))?.id).toBe(ticket.id);
    expect(ticket.audit.map((a) => a.action)).toEqual(['created']);
    expect(await store.get('nope')).toBeUndefined();
    expect(await store.getByReference('CEP-2222-22')).toBeUndefined();
  });

  run('Given retried requests with the same idempotency key, When created concurrently, Then exactly one ticket exists', async () => {
    const store = await h.fresh();
    const svc = service(store);
    const d = draft();
    const results = await Promise.all(Array.from({ length: 8 }, () => svc.create(d)));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.ticket.id)).size).toBe(1);
    expect((await store.list({ structureId: STRUCTURE_A.id })).total).toBe(1);
    // A later retry (after acknowledgement) still finds it.
    const again = await svc.create(d);
    expect(again.created).toBe(false);
    expect(again.ticket.reference).toBe(results[0].ticket.reference);
  });

  run('Given a reference already used, When another ticket claims it, Then DuplicateReferenceError', async () => {
    const store = await h.fresh();
    const { ticket } = await service(store).create(draft());
    const clash = { ...ticket, id: 'other-id', idempotencyKey: 'other-key' };
    await expect(store.create(clash)).rejects.toBeInstanceOf(DuplicateReferenceError);
  });

  run('Given tickets of several structures, When listed with filters and paging, Then only the matching ones in creation order', async () => {
    const store = await h.fresh();
    let t = Date.parse('2026-11-01T08:00:00Z');
    const svc = service(store, () => new Date((t += 1000)));
    const a = [];
    for (let i = 0; i < 5; i++) a.push((await svc.create(draft())).ticket);
    await svc.create(draft({ structure: STRUCTURE_B, territory: TERRITORY_B }));
    await svc.create(draft({ structure: STRUCTURE_C }));
    await svc.take(a[0].id, 'counsellor:c1');
    const all = await store.list({ structureId: STRUCTURE_A.id });
    expect(all.total).toBe(5);
    expect(all.items.map((x) => x.id)).toEqual(a.map((x) => x.id));
    const page = await store.list({ structureId: STRUCTURE_A.id, offset: 2, limit: 2 });
    expect(page.total).toBe(5);
    expect(page.items.map((x) => x.id)).toEqual([a[2].id, a[3].id]);
    expect((await store.list({ structureId: STRUCTURE_A.id, statuses: ['taken'] })).items.map((x) => x.id)).toEqual([a[0].id]);
    expect((await store.list({ region: '93' })).total).toBe(1);
    expect((await store.list({ departement: '69' })).total).toBe(6);
    expect((await store.list({ communeInsee: '13055' })).total).toBe(1);
    expect((await store.list({ operatorType: 'cap_emploi' })).total).toBe(1);
    expect((await store.list({})).total).toBe(7);
    expect((await store.list({ createdFrom: a[1].createdAt, createdTo: a[3].createdAt })).items.map((x) => x.id)).toEqual([a[1].id, a[2].id]);
  });

  run('Given 10 waiting tickets and 20 counsellors taking at once, Then each ticket is given once, oldest first, and the rest get nothing', async () => {
    const store = await h.fresh();
    let t = Date.parse('2026-11-01T08:00:00Z');
    const svc = service(store, () => new Date((t += 1000)));
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) ids.push((await svc.create(draft())).ticket.id);
    await svc.create(draft({ structure: STRUCTURE_B, territory: TERRITORY_B }));
    const taken = await Promise.all(Array.from({ length: 20 }, (_, i) => svc.takeNext(STRUCTURE_A.id, `counsellor:c${i}`)));
    const got = taken.filter((x) => x !== undefined);
    expect(got).toHaveLength(10);
    expect(new Set(got.map((x) => x!.id))).toEqual(new Set(ids));
    for (const x of got) {
      expect(x!.status).toBe('taken');
      expect((await store.get(x!.id))?.takenBy).toBe(x!.takenBy);
    }
    expect(await svc.takeNext(STRUCTURE_A.id, 'counsellor:late')).toBeUndefined();
    // Sequential takes are FIFO.
    const store2 = await h.fresh();
    const svc2 = service(store2, () => new Date((t += 1000)));
    const first = (await svc2.create(draft())).ticket;
    const second = (await svc2.create(draft())).ticket;
    expect((await svc2.takeNext(STRUCTURE_A.id, 'counsellor:x'))?.id).toBe(first.id);
    expect((await svc2.takeNext(STRUCTURE_A.id, 'counsellor:x'))?.id).toBe(second.id);
  });

  run('Given a ticket taken directly, When someone takes next, Then it is skipped', async () => {
    const store = await h.fresh();
    const svc = service(store);
    const one = (await svc.create(draft())).ticket;
    const two = (await svc.create(draft())).ticket;
    await svc.take(one.id, 'counsellor:a');
    expect((await svc.takeNext(STRUCTURE_A.id, 'counsellor:b'))?.id).toBe(two.id);
    expect(await svc.takeNext(STRUCTURE_A.id, 'counsellor:b')).toBeUndefined();
  });

  run('Given the lifecycle, When taken, contacted and closed, Then each step is audited and illegal steps are refused', async () => {
    const store = await h.fresh();
    const svc = service(store);
    const { ticket } = await svc.create(draft());
    await expect(svc.close(ticket.id, 'counsellor:a')).rejects.toBeInstanceOf(TicketTransitionError);
    await expect(svc.markContacted(ticket.id, 'counsellor:a')).rejects.toBeInstanceOf(TicketTransitionError);
    await svc.take(ticket.id, 'counsellor:a');
    await expect(svc.take(ticket.id, 'counsellor:b')).rejects.toBeInstanceOf(TicketTransitionError);
    await svc.markContacted(ticket.id, 'counsellor:a');
    const closed = await svc.close(ticket.id, 'counsellor:a', 'Rendez-vous fixé');
    expect(closed.status).toBe('closed');
    expect(closed.closeReason).toBe('Rendez-vous fixé');
    const stored = (await store.get(ticket.id))!;
    expect(stored.audit.map((a) => [a.action, a.actor])).toEqual([
      ['created', 'bot'],
      ['taken', 'counsellor:a'],
      ['contacted', 'counsellor:a'],
      ['closed', 'counsellor:a'],
    ]);
    await expect(svc.take(ticket.id, 'counsellor:a')).rejects.toBeInstanceOf(TicketTransitionError);
  });

  run('Given a mis-routed ticket, When redirected to another structure, Then it leaves the first queue, joins the second, and counts as a redirect', async () => {
    const store = await h.fresh();
    const svc = service(store);
    const { ticket } = await svc.create(draft());
    await svc.take(ticket.id, 'counsellor:a');
    const r = await svc.redirect(ticket.id, 'counsellor:a', STRUCTURE_C, 'Personne avec une RQTH : Cap emploi est plus adapté');
    expect(r.status).toBe('redirected');
    expect(r.structure.id).toBe(STRUCTURE_C.id);
    expect(r.takenBy).toBeUndefined();
    expect(r.redirects).toHaveLength(1);
    expect(r.redirects[0].from.id).toBe(STRUCTURE_A.id);
    expect((await store.list({ structureId: STRUCTURE_A.id })).total).toBe(0);
    expect((await store.list({ structureId: STRUCTURE_C.id })).total).toBe(1);
    expect(await svc.takeNext(STRUCTURE_A.id, 'counsellor:a')).toBeUndefined();
    const next = await svc.takeNext(STRUCTURE_C.id, 'counsellor:c');
    expect(next?.id).toBe(ticket.id);
    const stats = await store.stats({});
    expect(stats.redirected).toBe(1);
    expect(stats.byStatus).toEqual({ taken: 1 });
    expect(stats.timeToTakeMs).toHaveLength(1);
    expect(stats.timeToTakeMs[0]).toBeGreaterThanOrEqual(0);
    expect(stats.byOperatorType).toEqual({ mission_locale: 1 });
    expect(stats.byDepartement).toEqual({ '69': 1 });
    expect(stats.byDay).toEqual({ [ticket.createdAt.slice(0, 10)]: 1 });
    expect(stats.total).toBe(1);
    expect((await store.stats({ structureId: STRUCTURE_A.id })).total).toBe(0);
  });

  run('Given notes and a search, Then notes are kept and search finds by partial reference or text within the scope only', async () => {
    const store = await h.fresh();
    const svc = service(store);
    const a = (await svc.create(draft({ situation: 'Je veux devenir boulanger' }))).ticket;
    const b = (await svc.create(draft({ structure: STRUCTURE_B, territory: TERRITORY_B, situation: 'Je veux devenir boulanger aussi' }))).ticket;
    const noted = await svc.addNote(a.id, 'counsellor:a', 'Rappeler mardi');
    expect(noted.notes.map((n) => n.text)).toEqual(['Rappeler mardi']);
    expect((await store.get(a.id))?.notes).toHaveLength(1);
    expect((await store.search(a.reference.slice(4, 9), { structureId: STRUCTURE_A.id })).map((t) => t.id)).toEqual([a.id]);
    expect((await store.search(b.reference, { structureId: STRUCTURE_A.id })).map((t) => t.id)).toEqual([]);
    expect((await store.search('boulanger', {})).map((t) => t.id).sort()).toEqual([a.id, b.id].sort());
    expect((await store.search('mardi', { region: '84' })).map((t) => t.id)).toEqual([a.id]);
  });

  run('Given a counsellor ⇄ person exchange, When messages are appended to the transcript, Then they are kept in order, durable, audited, and erased with the ticket', async () => {
    const store = await h.fresh();
    let tick = Date.parse('2026-03-02T09:00:00Z');
    const svc = service(store, () => new Date((tick += 1000)));
    const { ticket } = await svc.create(draft());
    const before = ticket.transcript.length;
    await svc.appendConversationMessage(ticket.id, 'counsellor', 'counsellor:a', 'Bonjour, êtes-vous disponible jeudi ?');
    const after = await svc.appendConversationMessage(ticket.id, 'person', 'person', 'Oui, jeudi matin');
    expect(after.transcript.slice(before).map((e) => [e.from, e.author, e.text])).toEqual([
      ['counsellor', 'counsellor:a', 'Bonjour, êtes-vous disponible jeudi ?'],
      ['person', 'person', 'Oui, jeudi matin'],
    ]);
    expect(after.version).toBe(ticket.version + 2);
    expect(after.notes).toEqual([]);
    expect(after.audit.slice(-2).map((a) => a.action)).toEqual(['counsellor_message', 'person_message']);
    await expect(svc.appendConversationMessage('00000000-0000-4000-8000-000000000000', 'person', 'person', 'x')).rejects.toThrow(/not found/);
    const reopened = h.reopen ? await h.reopen(store) : store;
    expect((await reopened.get(ticket.id))?.transcript.slice(before).map((e) => e.text)).toEqual(['Bonjour, êtes-vous disponible jeudi ?', 'Oui, jeudi matin']);
    await reopened.anonymise(ticket.id, { at: new Date(tick).toISOString(), actor: 'person', action: 'erased_on_request' });
    expect((await reopened.get(ticket.id))?.transcript).toEqual([]);
    expect(await reopened.appendTranscript(ticket.id, { from: 'person', author: 'person', text: 'encore' }, { at: new Date(tick).toISOString(), actor: 'person', action: 'person_message' })).toBeUndefined();
    expect((await reopened.get(ticket.id))?.transcript).toEqual([]);
  });

  run('Given "effacer mes données", When erased for the conversation, Then personal data is gone and KPIs fields remain', async () => {
    const store = await h.fresh();
    const svc = service(store);
    const d = draft();
    const { ticket } = await svc.create(d);
    const other = (await svc.create(draft())).ticket;
    await svc.addNote(ticket.id, 'counsellor:a', 'Numéro perso 0612345678');
    expect(await svc.eraseForConversation(d.conversation!.conversationId)).toBe(1);
    const t = (await store.get(ticket.id))!;
    expect(t.anonymisedAt).toBeDefined();
    expect(t.situation).toBe('');
    expect(t.contact.value).toBe('');
    expect(t.transcript).toEqual([]);
    expect(t.conversation).toBeUndefined();
    expect(t.notes[0].text).toBe('');
    expect(t.profile.place?.postcode).toBeUndefined();
    expect(t.territory).toEqual({ region: '84', departement: '69' });
    expect(t.decision.chosen).toBe('mission_locale');
    expect(JSON.stringify(t)).not.toContain('06 12 34 56 78');
    expect(await store.idsForConversation(d.conversation!.conversationId)).toEqual([]);
    expect(await svc.eraseForConversation(d.conversation!.conversationId)).toBe(0);
    expect((await store.get(other.id))?.situation).not.toBe('');
    // The user id alone is no proof (a phone caller's id could be derived); the conversation on its channel is.
    expect(await svc.eraseForOwnConversation({ channelId: 'autre-canal', conversationId: other.conversation!.conversationId })).toBe(0);
    expect(await svc.eraseForOwnConversation({ channelId: other.conversation!.channelId, conversationId: other.conversation!.conversationId })).toBe(1);
    await expect(svc.take(ticket.id, 'counsellor:a')).rejects.toBeInstanceOf(TicketTransitionError);
  });

  run('Given closed tickets older than the retention, When the retention job runs (fake clock), Then only those are anonymised', async () => {
    const store = await h.fresh();
    let now = Date.parse('2026-01-01T00:00:00Z');
    const svc = service(store, () => new Date(now));
    const old = (await svc.create(draft())).ticket;
    const recent = (await svc.create(draft())).ticket;
    const open = (await svc.create(draft())).ticket;
    await svc.take(old.id, 'counsellor:a');
    await svc.close(old.id, 'counsellor:a');
    now += 20 * 86_400_000;
    await svc.take(recent.id, 'counsellor:a');
    await svc.close(recent.id, 'counsellor:a');
    now += 15 * 86_400_000; // old closed 35 days ago, recent 15 days ago; retention 30 days
    expect(await svc.purgeExpired()).toBe(1);
    expect((await store.get(old.id))?.anonymisedAt).toBeDefined();
    expect((await store.get(recent.id))?.anonymisedAt).toBeUndefined();
    expect((await store.get(open.id))?.anonymisedAt).toBeUndefined();
    expect(await svc.purgeExpired()).toBe(0);
    now += 30 * 86_400_000;
    expect(await svc.purgeExpired()).toBe(1);
  });

  const runDurable = enabled && h.reopen ? it : it.skip;
  runDurable('Given a store with tickets in every state, When reopened, Then everything is there and queues still work', async () => {
    let store = await h.fresh();
    let t = Date.parse('2026-11-01T08:00:00Z');
    const svc = service(store, () => new Date((t += 1000)));
    const created = [];
    for (let i = 0; i < 6; i++) created.push((await svc.create(draft())).ticket);
    await svc.take(created[0].id, 'counsellor:a');
    await svc.markContacted(created[0].id, 'counsellor:a');
    await svc.addNote(created[0].id, 'counsellor:a', 'note');
    await svc.redirect(created[1].id, 'counsellor:a', STRUCTURE_B, 'Habite Marseille', TERRITORY_B);
    await svc.eraseForConversation(created[2].conversation!.conversationId);
    store = await h.reopen!(store);
    const svc2 = service(store, () => new Date((t += 1000)));
    for (const c of created) expect((await store.get(c.id))?.reference).toBe(c.reference);
    expect((await store.get(created[0].id))?.status).toBe('contacted');
    expect((await store.get(created[0].id))?.notes).toHaveLength(1);
    expect((await store.get(created[2].id))?.situation).toBe('');
    expect((await svc2.create(draft({ idempotencyKey: created[3].idempotencyKey, conversation: created[3].conversation }))).created).toBe(false);
    expect((await svc2.takeNext(STRUCTURE_B.id, 'counsellor:b'))?.id).toBe(created[1].id);
    const order = [];
    for (let i = 0; i < 4; i++) order.push((await svc2.takeNext(STRUCTURE_A.id, 'counsellor:a2'))?.id);
    // created[2] was anonymised (erased): not offered any more.
    expect(order).toEqual([created[3].id, created[4].id, created[5].id, undefined]);
    await store.close();
  });
});
