// A real console on loopback for the tests: express app with the console router, tickets in the
// journal store (temp dir) or Redis store, accounts in files under a temp DATA_DIR.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import express from 'express';
import { TicketService } from '../../orientation/tickets/ticketService.js';
import { JournalTicketStore } from '../../bot/handoff/ticketStore.journal.js';
import type { TicketStore } from '../../orientation/tickets/ticketStore.js';
import type { Ticket, TicketDraft } from '../../orientation/tickets/ticket.js';
import { OperatorDirectory } from '../../knowledge/operators/operatorDirectory.js';
import { loadConfig } from '../../server/config.js';
import { createLogger } from '../../server/platform/logger.js';
import { createConsoleModule, type ConsoleModule } from '../../server/console/consoleModule.js';
import { upsertConsoleUser } from '../../server/console/userService.js';
import type { ConsoleRole, ConsoleUser } from '../../server/console/consoleUser.js';
import { draft, STRUCTURE_A, STRUCTURE_B, STRUCTURE_C, TERRITORY_A, TERRITORY_B } from '../handoff/ticketFixtures.js';

export const PASSWORD = 'mot de passe de test solide';

export interface TestUser {
  key: string;
  email: string;
  role: ConsoleRole;
  structureId?: string;
  region?: string;
  displayName: string;
}

// A: Mission locale de Lyon (69, region 84); C: Cap emploi Rhône (69, region 84); B: Mission locale
// de Marseille (13, region 93).
export const USERS: TestUser[] = [
  { key: 'counsellorA', email: 'claire@ml-lyon.test', role: 'counsellor', structureId: STRUCTURE_A.id, region: '84', displayName: 'Claire Martin' },
  { key: 'counsellorB', email: 'bruno@ml-marseille.test', role: 'counsellor', structureId: STRUCTURE_B.id, region: '93', displayName: 'Bruno Roux' },
  { key: 'counsellorC', email: 'chloe@ce-69.test', role: 'counsellor', structureId: STRUCTURE_C.id, region: '84', displayName: 'Chloé Petit' },
  { key: 'supervisor84', email: 'sophie@region-ara.test', role: 'supervisor', region: '84', displayName: 'Sophie Leroy' },
  { key: 'supervisor93', email: 'paul@region-paca.test', role: 'supervisor', region: '93', displayName: 'Paul Garnier' },
  { key: 'admin', email: 'admin@cep.test', role: 'admin', displayName: 'Alice Admin' },
];

export const DIRECTORY = new OperatorDirectory([
  { id: STRUCTURE_A.id, type: 'mission_locale', name: STRUCTURE_A.name, territory: { kind: 'communes', communes: ['69123'] }, departement: '69', source: 'test' },
  { id: 'ml-villeurbanne', type: 'mission_locale', name: 'Mission locale de Villeurbanne', territory: { kind: 'departements', departements: ['69'] }, source: 'test' },
  { id: STRUCTURE_C.id, type: 'cap_emploi', name: STRUCTURE_C.name, territory: { kind: 'departements', departements: ['69'] }, source: 'test' },
  { id: STRUCTURE_B.id, type: 'mission_locale', name: STRUCTURE_B.name, territory: { kind: 'communes', communes: ['13055'] }, departement: '13', source: 'test' },
]);

export interface ConsoleHarness {
  baseUrl: string;
  dataDir: string;
  store: TicketStore;
  service: TicketService;
  console: ConsoleModule;
  users: Record<string, ConsoleUser>;
  create(overrides?: Partial<TicketDraft>): Promise<Ticket>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  store?: (dataDir: string) => Promise<TicketStore>;
  env?: Record<string, string>;
  /** Shared Redis client (console stores go to Redis when env has TICKET_STORE=redis). */
  redis?: Parameters<typeof createConsoleModule>[0]['redis'];
  /** Skip creating the test accounts (a second instance on the same Redis). */
  skipUsers?: boolean;
}

export async function startConsole(opts: HarnessOptions = {}): Promise<ConsoleHarness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cep-console-'));
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent', CONSOLE_SESSION_SECRET: 'secret-de-test', ...opts.env });
  const store = opts.store ? await opts.store(dataDir) : await JournalTicketStore.open(join(dataDir, 'tickets.journal'));
  const service = new TicketService({ store, retentionDays: 90 });
  const consoleModule = createConsoleModule({ config, tickets: service, logger: createLogger('silent'), directory: DIRECTORY, redis: opts.redis });
  const users: Record<string, ConsoleUser> = {};
  for (const u of USERS) {
    if (opts.skipUsers) {
      users[u.key] = (await consoleModule.stores.users.findByEmail(u.email))!;
      continue;
    }
    users[u.key] = (
      await upsertConsoleUser(consoleModule.stores.users, { email: u.email, password: PASSWORD, role: u.role, structureId: u.structureId, region: u.region, displayName: u.displayName })
    ).user;
  }
  const app = express();
  app.set('trust proxy', 'loopback');
  app.use('/console', consoleModule.router);
  const server: Server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    baseUrl,
    dataDir,
    store,
    service,
    console: consoleModule,
    users,
    async create(overrides = {}) {
      return (await service.create(draft(overrides))).ticket;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await store.close();
      await consoleModule.outcomes.close?.();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const TICKETS_FOR = { A: { structure: STRUCTURE_A, territory: TERRITORY_A }, B: { structure: STRUCTURE_B, territory: TERRITORY_B }, C: { structure: STRUCTURE_C, territory: TERRITORY_A } };

/** A cookie-keeping HTTP client that reads the CSRF token from the last page it fetched. */
export class ConsoleClient {
  cookies = new Map<string, string>();
  csrf = '';

  constructor(public baseUrl: string) {}

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: Response): void {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (value === '' || /Max-Age=0/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  lastSetCookies: string[] = [];

  async get(path: string): Promise<{ status: number; text: string; res: Response }> {
    const res = await fetch(this.baseUrl + path, { headers: { cookie: this.cookieHeader() }, redirect: 'manual' });
    this.lastSetCookies = res.headers.getSetCookie();
    this.keep(res);
    const text = await res.text();
    const m = /name="_csrf" value="([^"]*)"/.exec(text);
    if (m) this.csrf = m[1];
    return { status: res.status, text, res };
  }

  async post(path: string, fields: Record<string, string> = {}, withCsrf: boolean | string = true): Promise<{ status: number; text: string; location: string | null }> {
    const body = new URLSearchParams(fields);
    if (withCsrf !== false) body.set('_csrf', typeof withCsrf === 'string' ? withCsrf : this.csrf);
    const res = await fetch(this.baseUrl + path, {
      method: 'POST',
      headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
      body,
      redirect: 'manual',
    });
    this.lastSetCookies = res.headers.getSetCookie();
    this.keep(res);
    return { status: res.status, text: await res.text(), location: res.headers.get('location') };
  }

  async login(email: string, password = PASSWORD): Promise<{ status: number; text: string; location: string | null }> {
    await this.get('/console/connexion');
    const r = await this.post('/console/connexion', { email, password });
    if (r.status === 303) await this.get('/console/tickets');
    return r;
  }
}
