// Attack replays on people's data over the real app on loopback (HTTP, WebSocket): strangers
// changing or erasing tickets, visitors changing their own ticket, hostile redirects, the console's
// CSRF / cross-structure / XSS checks, store file modes. Each replay ends by checking /healthz.
import { mkdtempSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, activity, postActivity, type RunningApp } from '../helpers/appServer.js';
import { ApiTokenRegistry } from '../../server/api/tickets/apiTokens.js';
import { upsertConsoleUser } from '../../server/console/userService.js';
import { callerIdFor, CALLER_ID_KEY_FILE, loadCallerIdKey } from '../../server/platform/callerId.js';
import type { Ticket, TicketDraft } from '../../orientation/tickets/ticket.js';
import { ConsoleClient } from '../console/consoleHarness.js';
import { redirectTargets } from '../../orientation/tickets/redirectTargets.js';
import { draft } from '../handoff/ticketFixtures.js';

const PASSWORD = 'un mot de passe de conseillère solide';
const LYON = { region: '84', departement: '69', communeInsee: '69123', communeName: 'Lyon' };

describe('people\'s data cannot be changed or erased by strangers', { timeout: 120_000 }, () => {
  let app: RunningApp;
  let apiToken: string;
  let lyon: { id: string; operatorType: Ticket['structure']['operatorType']; name: string };

  async function ticket(overrides: Partial<TicketDraft> = {}): Promise<Ticket> {
    return (await app.services.tickets.create(draft({ structure: lyon, territory: LYON, ...overrides }))).ticket;
  }

  /** A mission locale the directory lists for the commune (not the national entry point). */
  function local(communeInsee: string) {
    return app.services.operatorDirectory.structuresFor('mission_locale', { communeInsee }).filter((s) => s.coverage !== 'national')[0];
  }

  async function expectUp(): Promise<void> {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  }

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cep-security-data-'));
    apiToken = ApiTokenRegistry.addToFile(join(dataDir, 'api-tokens.json'), { name: 'crm', role: 'admin' });
    app = await startApp({ DATA_DIR: dataDir, TICKET_STORE: 'journal' }, { skipWarmUp: true });
    const ml = local('69123');
    lyon = { id: ml.id, operatorType: ml.type, name: ml.name };
  }, 120_000);
  afterAll(async () => app?.close());

  it('Given a phone caller\'s ticket, When a stranger who knows the number sends « effacer mes données » on /api/messages, Then nothing is erased', async () => {
    const number = '+33612345678';
    const callerId = callerIdFor(number, loadCallerIdKey(app.services.config));
    const t = await ticket({ conversation: { channelId: 'voice', conversationId: 'voice-CAvictime', userId: callerId, reference: {} } });
    const unkeyed = `caller-${createHash('sha256').update(number).digest('hex').slice(0, 16)}`;
    expect(callerId).not.toContain(unkeyed.slice('caller-'.length));
    for (const [channelId, fromId] of [
      ['voice', callerId],
      ['emulator', callerId],
      ['emulator', unkeyed],
      ['msteams', callerId],
    ]) {
      const r = await postActivity(app.url, activity('voice-CAvictime', { type: 'message', channelId, from: { id: fromId }, text: 'effacer mes données' }));
      expect([200, 403]).toContain(r.status);
    }
    // From a conversation of their own, posing as the caller (user id), with the confirmation turn.
    for (const fromId of [callerId, unkeyed]) {
      for (const text of ['effacer mes données', 'oui']) {
        expect((await postActivity(app.url, activity('conv-attaquant', { type: 'message', from: { id: fromId }, text }))).status).toBe(200);
      }
    }
    expect((await app.services.tickets.get(t.id))?.anonymisedAt).toBeUndefined();
    await expectUp();
  });

  it('Given the caller id key, Then it is kept in DATA_DIR with mode 0600', () => {
    expect(statSync(join(app.dataDir, CALLER_ID_KEY_FILE)).mode & 0o777).toBe(0o600);
  });

  it('Given a ticket made in another conversation, When erased with its reference only, or a wrong contact, Then it is refused; with the contact given, it is erased', async () => {
    const t = await ticket({ contact: { channel: 'phone', value: '06 98 76 54 32' } });
    const here = { channelId: 'emulator', conversationId: 'une-autre-conversation' };
    expect(await app.services.tickets.eraseWithProof(t.reference, { conversation: here })).toBe('refused');
    expect(await app.services.tickets.eraseWithProof(t.reference, { conversation: here, contact: '06 00 00 00 00' })).toBe('refused');
    expect((await app.services.tickets.get(t.id))?.anonymisedAt).toBeUndefined();
    expect(await app.services.tickets.eraseWithProof(t.reference, { conversation: here, contact: '+33 6 98 76 54 32' })).toBe('erased');
    expect((await app.services.tickets.get(t.id))?.anonymisedAt).toBeDefined();
  });

  it('Given wrong contact details tried again and again, Then the reference is locked for erasure from elsewhere', async () => {
    const t = await ticket({ contact: { channel: 'email', value: 'camille@exemple.fr' } });
    const here = { channelId: 'emulator', conversationId: 'devinette' };
    for (let i = 0; i < 3; i++) expect(await app.services.tickets.eraseWithProof(t.reference, { conversation: here, contact: `essai${i}@exemple.fr` })).toBe('refused');
    expect(await app.services.tickets.eraseWithProof(t.reference, { conversation: here, contact: 'camille@exemple.fr' })).toBe('locked');
    expect((await app.services.tickets.get(t.id))?.anonymisedAt).toBeUndefined();
  });

  it('Given a web chat visitor with a ticket, When they post handoff.status events (accepted, failed, completed), Then they are refused and the ticket is unchanged', async () => {
    const token = await (await fetch(`${app.url}/v3/directline/tokens/generate`, { method: 'POST' })).json();
    const conv = await (await fetch(`${app.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token.token}` } })).json();
    const t = await ticket({ conversation: { channelId: 'directline', conversationId: conv.conversationId, userId: token.userId ?? 'dl_x', reference: {} } });
    for (const state of ['accepted', 'failed', 'completed']) {
      const res = await fetch(`${app.url}/v3/directline/conversations/${conv.conversationId}/activities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${conv.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'event', name: 'handoff.status', value: { state, message: 'je me suis pris en charge', reference: t.reference } }),
      });
      expect(res.status).toBe(400);
    }
    // The same events through /api/messages from the Emulator reach the bot, which ignores them.
    const emulatorTicket = await ticket({ conversation: { channelId: 'emulator', conversationId: 'conv-emulateur', userId: 'u', reference: {} } });
    for (const state of ['accepted', 'failed', 'completed']) {
      await postActivity(app.url, activity('conv-emulateur', { type: 'event', name: 'handoff.status', value: { state, message: 'note' } }));
    }
    for (const id of [t.id, emulatorTicket.id]) {
      const after = (await app.services.tickets.get(id))!;
      expect(after.status).toBe('new');
      expect(after.notes).toEqual([]);
    }
    await expectUp();
  });

  it('Given Direct Line, When a client posts channel-only activity types or picks a display name, Then they are refused or ignored', async () => {
    const token = await (await fetch(`${app.url}/v3/directline/tokens/generate`, { method: 'POST' })).json();
    const conv = await (await fetch(`${app.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token.token}` } })).json();
    const postDl = (body: unknown) =>
      fetch(`${app.url}/v3/directline/conversations/${conv.conversationId}/activities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${conv.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    for (const type of ['conversationUpdate', 'endOfConversation', 'contactRelationUpdate', 'installationUpdate', 'invoke', 'trace', 'handoff']) {
      expect((await postDl({ type, membersAdded: [{ id: 'x' }] })).status).toBe(400);
    }
    expect((await postDl({ type: 'message', text: 'bonjour', from: { id: 'dl_autre', name: 'Conseillère officielle' } })).status).toBe(200);
    const log = await (await fetch(`${app.url}/v3/directline/conversations/${conv.conversationId}/activities`, { headers: { authorization: `Bearer ${conv.token}` } })).json();
    const mine = log.activities.filter((a: { from: { role?: string } }) => a.from.role === 'user');
    expect(mine.length).toBe(1);
    expect(mine[0].from.name).toBeUndefined();
    expect(mine[0].from.id).not.toBe('dl_autre');
    const long = await fetch(`${app.url}/v3/directline/conversations/${'c'.repeat(100_000)}/activities`, { headers: { authorization: `Bearer ${conv.token}` } });
    expect([404, 414, 431]).toContain(long.status);
    await expectUp();
  });

  it('Given the tickets API, When a redirect names a structure the directory does not list for that territory, Then 400', async () => {
    const t = await ticket();
    const call = (to: unknown, territory?: unknown) =>
      fetch(`${app.url}/api/tickets/${t.reference}/redirect`, {
        method: 'POST',
        headers: { authorization: `Bearer ${apiToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ to, reason: 'réorientation', ...(territory ? { territory } : {}) }),
      });
    expect((await call({ id: 'structure-inventee', operatorType: 'mission_locale', name: 'Fausse mission locale' })).status).toBe(400);
    const marseille = local('13055');
    expect((await call({ id: marseille.id, operatorType: marseille.type, name: marseille.name })).status).toBe(400);
    expect((await call({ id: marseille.id, operatorType: 'cap_emploi', name: marseille.name })).status).toBe(400);
    expect((await app.services.tickets.get(t.id))?.structure.id).toBe(lyon.id);
    // A structure the console would offer for this ticket is accepted.
    const neighbour = redirectTargets(app.services.operatorDirectory, t).find((g) => g.operatorType === 'mission_locale')!.structures[0];
    const ok = await call(neighbour);
    expect(ok.status).toBe(200);
    expect((await app.services.tickets.get(t.id))?.structure.id).toBe(neighbour.id);
    await expectUp();
  });

  it('Given the ticket journal, Then it and its lock are readable by the owner only (0600)', async () => {
    await ticket();
    const dir = join(app.dataDir, 'tickets');
    expect(statSync(join(dir, 'tickets.journal')).mode & 0o777).toBe(0o600);
    expect(statSync(join(dir, 'tickets.journal.lock')).mode & 0o777).toBe(0o600);
  });

  describe('console checks that already held', () => {
    let other: Ticket;
    let mine: Ticket;
    const email = 'conseillere@ml-lyon.test';
    beforeAll(async () => {
      await upsertConsoleUser(app.services.console.stores.users, { email, password: PASSWORD, role: 'counsellor', structureId: lyon.id, region: '84' });
      mine = await ticket({ situation: '<script>alert("xss")</script><img src=x onerror=alert(1)>' });
      const marseille = local('13055');
      other = await ticket({ structure: { id: marseille.id, operatorType: marseille.type, name: marseille.name }, territory: { region: '93', departement: '13', communeInsee: '13055', communeName: 'Marseille' } });
    });

    it('Given a logged-in counsellor, Then a ticket of another structure is 404, a form without CSRF token is 403, and stored markup is escaped', async () => {
      const c = new ConsoleClient(app.url);
      expect((await c.login(email, PASSWORD)).status).toBe(303);
      expect((await c.get(`/console/tickets/${other.reference}`)).status).toBe(404);
      expect((await c.post(`/console/tickets/${mine.reference}/prendre`, {}, false)).status).toBe(403);
      const page = await c.get(`/console/tickets/${mine.reference}`);
      expect(page.status).toBe(200);
      expect(page.text).not.toContain('<script>alert("xss")</script>');
      expect(page.text).not.toContain('<img src=x');
      expect(page.text).toContain('&lt;script&gt;');
      await expectUp();
    });
  });
});

describe('console login against parallel guesses', { timeout: 120_000 }, () => {
  let app: RunningApp;
  const email = 'cible@ml-lyon.test';
  beforeAll(async () => {
    app = await startApp({ TICKET_STORE: 'journal' }, { skipWarmUp: true });
    await upsertConsoleUser(app.services.console.stores.users, { email, password: PASSWORD, role: 'admin' });
  }, 120_000);
  afterAll(async () => app?.close());

  it('Given 100 parallel guesses with the right password among them, Then at most 5 are checked and none logs in', async () => {
    const c = new ConsoleClient(app.url);
    await c.get('/console/connexion');
    const guesses = Array.from({ length: 100 }, (_, i) => (i === 50 ? PASSWORD : `mauvais-${i}`));
    const statuses = await Promise.all(
      guesses.map(async (password) => {
        const body = new URLSearchParams({ email, password, _csrf: c.csrf });
        const res = await fetch(`${app.url}/console/connexion`, {
          method: 'POST',
          headers: { cookie: c.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
          body,
          redirect: 'manual',
        });
        await res.text();
        return res.status;
      }),
    );
    expect(statuses.filter((s) => s === 303)).toEqual([]);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(4);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(95);
    expect((await new ConsoleClient(app.url).login(email, PASSWORD)).status).toBe(429);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });
});
