// REST API /api/tickets over real HTTP on loopback: the access-control matrix (roles × structures ×
// endpoints), list/search/export scoping, take-next, validation and error shapes.
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TicketUseCases } from '../../orientation/tickets/ticketUseCases.js';
import { TicketService } from '../../orientation/tickets/ticketService.js';
import { MemoryTicketStore } from '../../bot/handoff/ticketStore.memory.js';
import type { Ticket } from '../../orientation/tickets/ticket.js';
import { ApiTokenRegistry } from '../../server/api/tickets/apiTokens.js';
import { createTicketsRouter } from '../../server/api/tickets/ticketsRouter.js';
import type { RedirectDirectory } from '../../orientation/tickets/redirectTargets.js';
import { draft, STRUCTURE_A, STRUCTURE_B, STRUCTURE_C, TERRITORY_A, TERRITORY_B } from './ticketFixtures.js';

/** A directory of the fixture structures by département (redirect targets are checked against it). */
const FIXTURE_DIRECTORY: RedirectDirectory = {
  structuresFor: (type, place) =>
    [
      { ...STRUCTURE_A, departement: '69' },
      { ...STRUCTURE_B, departement: '13' },
      { ...STRUCTURE_C, departement: '69' },
    ]
      .filter((s) => s.operatorType === type && s.departement === place?.departement)
      .map((s) => ({ id: s.id, type: s.operatorType, name: s.name, coverage: 'departement' as const })) as never,
};

let server: Server;
let base: string;
let svc: TicketService;
const tokens: Record<string, string> = {};
const dir = mkdtempSync(join(tmpdir(), 'cep-api-'));

beforeAll(async () => {
  const file = join(dir, 'api-tokens.json');
  tokens.counsellorA = ApiTokenRegistry.addToFile(file, { name: 'crm-lyon', role: 'counsellor', structureId: STRUCTURE_A.id });
  tokens.counsellorB = ApiTokenRegistry.addToFile(file, { name: 'crm-marseille', role: 'counsellor', structureId: STRUCTURE_B.id });
  tokens.supervisor84 = ApiTokenRegistry.addToFile(file, { name: 'ara', role: 'supervisor', region: '84' });
  tokens.supervisor93 = ApiTokenRegistry.addToFile(file, { name: 'paca', role: 'supervisor', region: '93' });
  tokens.admin = ApiTokenRegistry.addToFile(file, { name: 'admin', role: 'admin' });
  tokens.disabled = ApiTokenRegistry.addToFile(file, { name: 'old', role: 'admin', disabled: true });
  svc = new TicketService({ store: new MemoryTicketStore(), retentionDays: 30 });
  const app = express();
  app.use(express.json());
  app.use('/api/tickets', createTicketsRouter({ tickets: new TicketUseCases(svc), tokens: ApiTokenRegistry.fromFile(file), directory: FIXTURE_DIRECTORY }));
  server = createServer(app);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/tickets`;
});

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

async function call(who: string | undefined, method: string, path: string, body?: unknown): Promise<{ status: number; json: any; text: string; headers: Headers }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { ...(who ? { authorization: `Bearer ${tokens[who] ?? who}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, text, headers: res.headers };
}

const ticketA = async () => (await svc.create(draft())).ticket;
const ticketB = async () => (await svc.create(draft({ structure: STRUCTURE_B, territory: TERRITORY_B }))).ticket;

type Endpoint = 'get' | 'take' | 'contacted' | 'redirect' | 'close' | 'notes';
const ENDPOINTS: Array<[Endpoint, string, (t: Ticket) => Promise<void>, unknown]> = [
  ['get', 'GET', async () => undefined, undefined],
  ['take', 'POST', async () => undefined, undefined],
  ['contacted', 'POST', async (t) => void (await svc.take(t.id, 'counsellor:setup')), {}],
  ['redirect', 'POST', async () => undefined, { to: STRUCTURE_C, reason: 'RQTH : Cap emploi plus adapté', territory: TERRITORY_A }],
  ['close', 'POST', async (t) => void (await svc.take(t.id, 'counsellor:setup')), { reason: 'Rendez-vous pris' }],
  ['notes', 'POST', async () => undefined, { text: 'Rappeler jeudi' }],
];

// Expected status per principal for a ticket of structure A (Lyon, region 84) and B (Marseille, region 93).
const OK: Record<Endpoint, number> = { get: 200, take: 200, contacted: 200, redirect: 200, close: 200, notes: 201 };
const SUPERVISOR: Record<Endpoint, number> = { ...OK, take: 403, contacted: 403 };
const HIDDEN: Record<Endpoint, number> = { get: 404, take: 404, contacted: 404, redirect: 404, close: 404, notes: 404 };
const MATRIX: Array<[string, 'A' | 'B', Record<Endpoint, number>]> = [
  ['counsellorA', 'A', OK],
  ['counsellorA', 'B', HIDDEN],
  ['counsellorB', 'A', HIDDEN],
  ['counsellorB', 'B', OK],
  ['supervisor84', 'A', SUPERVISOR],
  ['supervisor84', 'B', HIDDEN],
  ['supervisor93', 'A', HIDDEN],
  ['supervisor93', 'B', SUPERVISOR],
  ['admin', 'A', OK],
  ['admin', 'B', OK],
];

describe('tickets API access-control matrix (roles × structures × endpoints)', () => {
  const cells = MATRIX.flatMap(([who, which, expected]) => ENDPOINTS.map(([ep, method, setup, body]) => [who, which, ep, method, setup, body, expected[ep]] as const));
  it.each(cells)('%s on a ticket of structure %s: %s', async (who, which, ep, method, setup, body, expected) => {
    const t = which === 'A' ? await ticketA() : await ticketB();
    await setup(t);
    const path = ep === 'get' ? `/${t.reference}` : `/${t.reference}/${ep}`;
    const r = await call(who, method, path, body);
    expect(r.status).toBe(expected);
    const after = (await svc.get(t.id))!;
    if (expected === 404 || expected === 403) {
      expect(r.json.error.code).toBe(expected === 404 ? 'not_found' : 'forbidden');
      // Nothing changed and nothing leaked.
      expect(after.version).toBe(ep === 'contacted' || ep === 'close' ? 2 : 1);
      expect(r.text).not.toContain(t.situation);
    } else {
      expect(r.json.reference).toBe(t.reference);
      expect(r.json.conversation).toBeUndefined();
      expect(r.json.idempotencyKey).toBeUndefined();
      if (ep !== 'get') expect(after.audit.at(-1)!.actor).toBe(`api:${{ counsellorA: 'crm-lyon', counsellorB: 'crm-marseille', supervisor84: 'ara', supervisor93: 'paca', admin: 'admin' }[who]}`);
    }
    // Also by id: same answer.
    if (ep === 'get') expect((await call(who, 'GET', `/${t.id}`)).status).toBe(expected);
  });
});

describe('tickets API scoping, queues and errors', () => {
  it('Given no, a wrong or a disabled token, Then 401 with a JSON error and WWW-Authenticate', async () => {
    for (const who of [undefined, 'cep_not-a-token', 'disabled']) {
      const r = await call(who, 'GET', '/');
      expect(r.status).toBe(401);
      expect(r.json.error.code).toBe('unauthorized');
      expect(r.headers.get('www-authenticate')).toContain('Bearer');
    }
  });

  it('Given tickets of A and B, When each lists, searches or exports, Then only what their role may see', async () => {
    const a = await ticketA();
    const b = await ticketB();
    const listA = await call('counsellorA', 'GET', '/?limit=500');
    expect(listA.status).toBe(200);
    expect(listA.json.items.every((t: Ticket) => t.structure.id === STRUCTURE_A.id)).toBe(true);
    expect(listA.json.items.map((t: Ticket) => t.id)).toContain(a.id);
    expect((await call('counsellorA', 'GET', `/?structureId=${STRUCTURE_B.id}`)).json).toMatchObject({ items: [], total: 0 });
    expect((await call('supervisor93', 'GET', '/?limit=500')).json.items.every((t: Ticket) => t.territory.region === '93')).toBe(true);
    const admin = await call('admin', 'GET', `/?status=new&departement=13&limit=500`);
    expect(admin.json.items.map((t: Ticket) => t.id)).toContain(b.id);
    expect(admin.json.items.every((t: Ticket) => t.status === 'new' && t.territory.departement === '13')).toBe(true);
    expect((await call('counsellorA', 'GET', `/search?q=${b.reference}`)).json.items).toEqual([]);
    expect((await call('counsellorB', 'GET', `/search?q=${b.reference.toLowerCase()}`)).json.items.map((t: Ticket) => t.id)).toEqual([b.id]);
    const csv = await call('counsellorA', 'GET', '/export.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    expect(csv.text).toContain(a.reference);
    expect(csv.text).not.toContain(b.reference);
    const stats = await call('supervisor84', 'GET', '/stats');
    expect(stats.json.byDepartement['13']).toBeUndefined();
  });

  it('Given waiting tickets, When a counsellor takes next, Then the oldest of their own queue only; another queue is 404; empty is 204', async () => {
    // Drain A's queue, then create two and take them in order.
    while ((await call('counsellorA', 'POST', '/take-next', {})).status === 200);
    const first = await ticketA();
    const second = await ticketA();
    expect((await call('counsellorA', 'POST', '/take-next', {})).json.id).toBe(first.id);
    expect((await call('counsellorA', 'POST', '/take-next')).json.id).toBe(second.id);
    expect((await call('counsellorA', 'POST', '/take-next', {})).status).toBe(204);
    expect((await call('counsellorA', 'POST', '/take-next', { structureId: STRUCTURE_B.id })).status).toBe(404);
    expect((await call('supervisor84', 'POST', '/take-next', { structureId: STRUCTURE_A.id })).status).toBe(404);
    expect((await call('supervisor84', 'POST', '/take-next', {})).status).toBe(400);
    const b = await ticketB();
    while (true) {
      const r = await call('admin', 'POST', '/take-next', { structureId: STRUCTURE_B.id });
      if (r.status !== 200) break;
      if (r.json.id === b.id) return;
    }
    throw new Error('admin never got the B ticket');
  });

  it('Given bad input, Then 400 with details; an impossible transition is 409; a redirected ticket leaves the queue of A', async () => {
    const t = await ticketA();
    const bad = await call('counsellorA', 'POST', `/${t.reference}/redirect`, { to: { id: '' }, reason: '' });
    expect(bad.status).toBe(400);
    expect(bad.json.error.code).toBe('invalid_request');
    expect(Array.isArray(bad.json.error.details)).toBe(true);
    expect((await call('counsellorA', 'POST', `/${t.reference}/notes`, { text: 'x', extra: 1 })).status).toBe(400);
    expect((await call('counsellorA', 'GET', '/?status=bogus')).status).toBe(400);
    expect((await call('counsellorA', 'GET', '/search?q=a')).status).toBe(400);
    const conflict = await call('counsellorA', 'POST', `/${t.reference}/close`, {});
    expect(conflict.status).toBe(409);
    expect(conflict.json.error.code).toBe('invalid_transition');
    expect((await call('counsellorA', 'POST', `/${t.reference}/redirect`, { to: STRUCTURE_A, reason: 'même structure' })).status).toBe(400);
    // Targets the directory does not list for that territory and type are refused, like in the console.
    for (const to of [
      { id: 'structure-inventee', operatorType: 'mission_locale', name: 'Inventée' },
      { ...STRUCTURE_B, operatorType: 'cap_emploi' },
      { ...STRUCTURE_C, name: 'Autre nom' },
    ]) {
      const refused = await call('counsellorA', 'POST', `/${t.reference}/redirect`, { to, reason: 'essai' });
      expect(refused.status).toBe(400);
      expect(refused.json.error.code).toBe('invalid_target');
    }
    expect((await call('counsellorA', 'POST', `/${t.reference}/redirect`, { to: STRUCTURE_B, reason: 'sans territoire' })).status).toBe(400);
    const moved = await call('counsellorA', 'POST', `/${t.reference}/redirect`, { to: STRUCTURE_B, reason: 'Habite à Marseille', territory: TERRITORY_B });
    expect(moved.status).toBe(200);
    expect(moved.json.status).toBe('redirected');
    expect((await call('counsellorA', 'GET', `/${t.reference}`)).status).toBe(404);
    expect((await call('counsellorB', 'GET', `/${t.reference}`)).json.redirects[0].reason).toBe('Habite à Marseille');
    expect((await call('counsellorA', 'GET', '/CEP-2222-22')).status).toBe(404);
    expect((await call('counsellorA', 'GET', '/not-a-ref')).status).toBe(404);
  });
});
