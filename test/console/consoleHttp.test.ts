// Console over real HTTP on loopback: login, cookies, CSRF, rate limit, the access-control matrix
// (roles × structures × console endpoints), CSV export and KPIs. Tickets in the journal ticket store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ticket } from '../../orientation/tickets/ticket.js';
import { upsertConsoleUser } from '../../server/console/userService.js';
import { ConsoleClient, PASSWORD, TICKETS_FOR, USERS, startConsole, type ConsoleHarness } from './consoleHarness.js';

let h: ConsoleHarness;
beforeAll(async () => {
  h = await startConsole();
});
afterAll(async () => {
  await h?.close();
});

describe('login, session cookie, assets', () => {
  it('Given no session, When opening the queue, Then the browser is sent to the French login page', async () => {
    const c = new ConsoleClient(h.baseUrl);
    const r = await c.get('/console/tickets');
    expect(r.status).toBe(303);
    expect(r.res.headers.get('location')).toBe('/console/connexion');
    const login = await c.get('/console/connexion');
    expect(login.status).toBe(200);
    expect(login.text).toContain('<html lang="fr"');
    expect(login.text).toContain('Connexion à la console');
    expect(login.text).toContain('<label class="fr-label" for="email">');
    expect(login.res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(login.res.headers.get('cache-control')).toBe('no-store');
  });

  it('serves the DSFR css, js, fonts and icons from our own route', async () => {
    for (const [path, type] of [
      ['/console/dsfr/dsfr.min.css', 'text/css'],
      ['/console/dsfr/dsfr.module.min.js', 'javascript'],
      ['/console/dsfr/utility/icons/icons.min.css', 'text/css'],
      ['/console/dsfr/fonts/Marianne-Regular.woff2', 'font/woff2'],
      ['/console/dsfr/icons/system/logout-box-r-line.svg', 'image/svg+xml'],
      ['/console/static/console.css', 'text/css'],
    ]) {
      const r = await fetch(h.baseUrl + path);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('content-type'), path).toContain(type);
      await r.arrayBuffer();
    }
    const missing = await fetch(`${h.baseUrl}/console/dsfr/../../package.json`);
    expect(missing.status).toBe(404);
  });

  it('Given good credentials, When logging in, Then an HttpOnly SameSite=Lax session cookie is set and the queue opens', async () => {
    const c = new ConsoleClient(h.baseUrl);
    await c.get('/console/connexion');
    const r = await c.post('/console/connexion', { email: USERS[0].email.toUpperCase(), password: PASSWORD });
    expect(r.status).toBe(303);
    expect(r.location).toBe('/console/tickets');
    const session = c.lastSetCookies.find((x) => x.startsWith('cep_console_session='));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).toMatch(/Path=\/console/);
    expect(session).not.toMatch(/Secure/); // plain http on loopback
    const q = await c.get('/console/tickets');
    expect(q.status).toBe(200);
    expect(q.text).toContain("File d'attente");
    // Logout ends the server-side session.
    const out = await c.post('/console/deconnexion');
    expect(out.status).toBe(303);
    expect((await c.get('/console/tickets')).status).toBe(303);
  });

  it('Given a wrong password, Then 401 with a French message that does not say which field was wrong', async () => {
    const c = new ConsoleClient(h.baseUrl);
    const r = await c.login(USERS[1].email, 'pas le bon mot de passe');
    expect(r.status).toBe(401);
    expect(r.text).toContain('Adresse électronique ou mot de passe incorrect.');
    const unknown = await c.login('personne@nulle.part', 'pas le bon mot de passe');
    expect(unknown.status).toBe(401);
    expect(unknown.text).toContain('Adresse électronique ou mot de passe incorrect.');
  });
});

describe('CSRF', () => {
  it('Given a logged-in counsellor, When POSTing without or with a wrong token, Then 403 and the ticket is unchanged', async () => {
    const t = await h.create(TICKETS_FOR.A);
    const c = new ConsoleClient(h.baseUrl);
    await c.login(USERS[0].email);
    const none = await c.post(`/console/tickets/${t.reference}/prendre`, {}, false);
    expect(none.status).toBe(403);
    expect(none.text).toContain('jeton de sécurité');
    const wrong = await c.post(`/console/tickets/${t.reference}/prendre`, {}, 'x'.repeat(43));
    expect(wrong.status).toBe(403);
    expect((await h.store.get(t.id))?.status).toBe('new');
    const ok = await c.post(`/console/tickets/${t.reference}/prendre`);
    expect(ok.status).toBe(303);
    expect((await h.store.get(t.id))?.status).toBe('taken');
  });

  it("Given another session's token, Then it is refused (tokens are per session)", async () => {
    const t = await h.create(TICKETS_FOR.A);
    const a = new ConsoleClient(h.baseUrl);
    const b = new ConsoleClient(h.baseUrl);
    await a.login(USERS[0].email);
    await b.login(USERS[0].email);
    expect(a.csrf).not.toBe(b.csrf);
    expect((await a.post(`/console/tickets/${t.reference}/prendre`, {}, b.csrf)).status).toBe(403);
  });

  it('Given a login form without its token (cross-site login), Then 403', async () => {
    const c = new ConsoleClient(h.baseUrl);
    const r = await c.post('/console/connexion', { email: USERS[0].email, password: PASSWORD }, false);
    expect(r.status).toBe(403);
    expect(r.text).toContain('Le formulaire a expiré');
  });
});

describe('login rate limit', () => {
  it('Given 5 failures for one e-mail from one IP, Then the 6th attempt is refused with 429 even with the right password, other accounts unaffected', async () => {
    const c = new ConsoleClient(h.baseUrl);
    const email = 'limite@cep.test';
    await upsertConsoleUser(h.console.stores.users, { email, password: PASSWORD, role: 'admin' });
    for (let i = 0; i < 4; i++) expect((await c.login(email, `mauvais-${i}`)).status).toBe(401);
    const fifth = await c.login(email, 'mauvais-5');
    expect(fifth.status).toBe(429);
    const blocked = await c.login(email, PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.text).toMatch(/Trop de tentatives de connexion infructueuses\. Par sécurité, réessayez dans 1[45] minutes\./);
    expect((await new ConsoleClient(h.baseUrl).login(USERS[3].email)).status).toBe(303);
  });
});

describe('access-control matrix: roles × structures × console endpoints', () => {
  // A: ML Lyon (region 84), C: Cap emploi Rhône (region 84), B: ML Marseille (region 93).
  const visible: Record<string, Array<'A' | 'B' | 'C'>> = {
    counsellorA: ['A'],
    counsellorB: ['B'],
    counsellorC: ['C'],
    supervisor84: ['A', 'C'],
    supervisor93: ['B'],
    admin: ['A', 'B', 'C'],
  };
  const clients: Record<string, ConsoleClient> = {};
  const tickets: Record<string, Ticket> = {};

  beforeAll(async () => {
    for (const k of ['A', 'B', 'C'] as const) tickets[k] = await h.create({ ...TICKETS_FOR[k], need: `Besoin du ticket ${k}` });
    for (const u of USERS) {
      clients[u.key] = new ConsoleClient(h.baseUrl);
      expect((await clients[u.key].login(u.email)).status).toBe(303);
    }
  });

  for (const u of USERS) {
    for (const k of ['A', 'B', 'C'] as const) {
      const sees = visible[u.key].includes(k);
      it(`${u.key} ${sees ? 'sees' : 'gets 404 for'} ticket ${k} (page, search, list, CSV, every action)`, async () => {
        const c = clients[u.key];
        const t = tickets[k];
        const page = await c.get(`/console/tickets/${t.reference}`);
        expect(page.status).toBe(sees ? 200 : 404);
        if (!sees) expect(page.text).not.toContain(t.need);
        const search = await c.get(`/console/tickets/recherche?reference=${encodeURIComponent(t.reference.toLowerCase().replace(/-/g, ' '))}`);
        expect(search.status).toBe(sees ? 303 : 404);
        const list = await c.get('/console/tickets?statut=toutes');
        expect(list.text.includes(t.reference)).toBe(sees);
        const csv = await c.get('/console/tickets/export.csv?statut=toutes');
        expect(csv.text.includes(t.reference)).toBe(sees);
        if (!sees) {
          // Every action on an invisible ticket is a 404 and changes nothing.
          await c.get('/console/tickets');
          for (const action of ['prendre', 'contactee', 'cloturer', 'notes', 'reorienter']) {
            const r = await c.post(`/console/tickets/${t.reference}/${action}`, { text: 'note', reason: 'motif', structureId: 'ml-villeurbanne' });
            expect(r.status, action).toBe(404);
          }
          const after = await h.store.get(t.id);
          expect(after?.version).toBe(t.version);
        }
      });
    }
  }

  it('supervisors cannot take or mark contacted (policy), but may add notes; unknown references are 404', async () => {
    const t = await h.create(TICKETS_FOR.A);
    const sup = clients.supervisor84;
    await sup.get(`/console/tickets/${t.reference}`);
    expect((await sup.post(`/console/tickets/${t.reference}/prendre`)).status).toBe(404);
    expect((await sup.post(`/console/tickets/${t.reference}/notes`, { text: 'Vu par la supervision' })).status).toBe(303);
    expect((await h.store.get(t.id))?.notes[0]?.text).toBe('Vu par la supervision');
    expect((await sup.get('/console/tickets/CEP-2222-22')).status).toBe(404);
    expect((await sup.get('/console/tickets/pas-une-reference')).status).toBe(404);
  });

  it('"take next" is offered to counsellors only and takes the oldest waiting ticket of their own structure', async () => {
    const c = new ConsoleClient(h.baseUrl);
    await c.login(USERS[2].email); // counsellor C
    const q = await c.get('/console/tickets');
    expect(q.text).toContain('Prendre la demande suivante');
    expect((await clients.supervisor84.get('/console/tickets')).text).not.toContain('Prendre la demande suivante');
    const r = await c.post('/console/tickets/prendre-suivante');
    expect(r.status).toBe(303);
    expect(r.location).toContain(`/console/tickets/${tickets.C.reference}`);
    expect((await h.store.get(tickets.C.id))?.status).toBe('taken');
  });
});

describe('lifecycle through the console', () => {
  it('take → contacted → close, and a refused transition gives a French 409 page', async () => {
    const t = await h.create(TICKETS_FOR.A);
    const c = new ConsoleClient(h.baseUrl);
    await c.login(USERS[0].email);
    await c.get(`/console/tickets/${t.reference}`);
    expect((await c.post(`/console/tickets/${t.reference}/cloturer`)).status).toBe(409);
    expect((await c.post(`/console/tickets/${t.reference}/prendre`)).location).toBe(`/console/tickets/${t.reference}?info=prise`);
    const taken = await c.get(`/console/tickets/${t.reference}?info=prise`);
    expect(taken.text).toContain('Vous avez pris en charge cette demande.');
    expect(taken.text).toContain('prise en charge par Claire Martin');
    expect((await c.post(`/console/tickets/${t.reference}/prendre`)).text).toContain('Cette action n’est pas possible');
    expect((await c.post(`/console/tickets/${t.reference}/contactee`)).status).toBe(303);
    expect((await c.post(`/console/tickets/${t.reference}/cloturer`, { reason: 'Rendez-vous fixé' })).status).toBe(303);
    const closed = await h.store.get(t.id);
    expect(closed?.status).toBe('closed');
    expect(closed?.closeReason).toBe('Rendez-vous fixé');
    expect(closed?.audit.map((a) => [a.action, a.actor])).toEqual([
      ['created', 'bot'],
      ['taken', `counsellor:${h.users.counsellorA.id}`],
      ['contacted', `counsellor:${h.users.counsellorA.id}`],
      ['closed', `counsellor:${h.users.counsellorA.id}`],
    ]);
  });

  it('redirect needs a structure from the directory and a reason; afterwards the ticket leaves the queue of A and joins B', async () => {
    const t = await h.create(TICKETS_FOR.A);
    const c = new ConsoleClient(h.baseUrl);
    await c.login(USERS[0].email);
    const page = await c.get(`/console/tickets/${t.reference}`);
    expect(page.text).toContain('<option value="ml-villeurbanne">Mission locale de Villeurbanne</option>');
    expect(page.text).toContain('<option value="ce-69">Cap emploi Rhône</option>');
    expect((await c.post(`/console/tickets/${t.reference}/reorienter`, { structureId: 'ml-villeurbanne', reason: '' })).status).toBe(400);
    const forged = await c.post(`/console/tickets/${t.reference}/reorienter`, { structureId: 'structure-inventee', reason: 'essai' });
    expect(forged.status).toBe(400);
    expect(forged.text).toContain('Choisissez la structure');
    const r = await c.post(`/console/tickets/${t.reference}/reorienter`, { structureId: 'ce-69', reason: 'RQTH reconnue : relève de Cap emploi' });
    expect(r.location).toBe('/console/tickets?info=reorientee');
    const after = await h.store.get(t.id);
    expect(after?.status).toBe('redirected');
    expect(after?.structure.id).toBe('ce-69');
    expect(after?.redirects[0]?.reason).toBe('RQTH reconnue : relève de Cap emploi');
    expect((await c.get(`/console/tickets/${t.reference}`)).status).toBe(404);
    const cc = new ConsoleClient(h.baseUrl);
    await cc.login(USERS[2].email);
    const seen = await cc.get(`/console/tickets/${t.reference}`);
    expect(seen.status).toBe(200);
    expect(seen.text).toContain('RQTH reconnue : relève de Cap emploi');
  });
});

describe('CSV export', () => {
  it('is UTF-8 with BOM, ;-separated, quotes special characters and neutralises formulas', async () => {
    const t = await h.create({ ...TICKETS_FOR.B, need: 'Formation "cariste"; CACES =1+1', contact: { channel: 'phone', value: '+33 6 12 34 56 78', preferredTimes: 'après 18 h\nou samedi' } });
    const c = new ConsoleClient(h.baseUrl);
    await c.login(USERS[1].email);
    const res = await fetch(`${h.baseUrl}/console/tickets/export.csv?statut=toutes`, { headers: { cookie: c.cookieHeader() } });
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="demandes-cep-\d{4}-\d{2}-\d{2}\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[0]).toBe(
      "Référence;Statut;Reçue le;Structure;Type d'opérateur;Département;Commune;Besoin;Freins;Canal de contact;Contact;Disponibilités;Prise en charge le;Contactée le;Clôturée le;Réorientations",
    );
    const line = text.split('\r\n').find((l) => l.startsWith(t.reference))!;
    expect(line).toContain('"Formation ""cariste""; CACES =1+1"');
    expect(line).toContain(";'+33 6 12 34 56 78;");
    expect(text).toContain('"après 18 h\nou samedi"');
  });
});

describe('KPIs', () => {
  it('shows volumes, redirect rate, time to take and conversation outcomes as SVG charts with data tables, scoped to the user', async () => {
    await h.console.outcomes.record({ conversationId: 'k1', outcome: 'information_only', region: '84' });
    await h.console.outcomes.record({ conversationId: 'k2', outcome: 'information_only', region: '84' });
    await h.console.outcomes.record({ conversationId: 'k3', outcome: 'ticket', operatorType: 'mission_locale', region: '84' });
    await h.console.outcomes.record({ conversationId: 'k4', outcome: 'redirected', operatorType: 'out_of_scope', region: '93' });
    const admin = new ConsoleClient(h.baseUrl);
    await admin.login(USERS[5].email);
    const page = await admin.get('/console/indicateurs');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<svg class="console-chart" id="issues-graphique" role="img"');
    expect(page.text).toContain('id="types-tableau"');
    const all = (await h.store.stats({})).total;
    expect(page.text).toContain(`<p class="fr-callout__title">${all}</p>`);
    expect(page.text).toMatch(/Réponse par l’information seule<\/th><td>2 \(50,0 %\)/);
    expect(page.text).toMatch(/Orientation vers un autre service sans fiche<\/th><td>1 \(25,0 %\)/);
    expect(page.text).toContain('Mission locale</th><td>');
    expect(page.text).toContain('Rhône (69)</th><td>');
    const sup = new ConsoleClient(h.baseUrl);
    await sup.login(USERS[3].email);
    const supPage = await sup.get('/console/indicateurs');
    // Region 84 only: 3 conversations, none of region 93's.
    expect(supPage.text).toMatch(/Réponse par l’information seule<\/th><td>2 \(66,7 %\)/);
    expect(supPage.text).not.toContain('Bouches-du-Rhône (13)</th>');
    const bad = await sup.get('/console/indicateurs?du=2026-12-31&au=2026-01-01');
    expect(bad.text).toContain('Les dates étaient inversées');
  });
});

describe('behind https', () => {
  it('Given PUBLIC_URL is https, Then the session cookie is Secure', async () => {
    const hs = await startConsole({ env: { PUBLIC_URL: 'https://console.exemple.fr' } });
    try {
      const c = new ConsoleClient(hs.baseUrl);
      await c.get('/console/connexion');
      expect(c.lastSetCookies.find((x) => x.startsWith('cep_console_login='))).toMatch(/; Secure/);
      await c.post('/console/connexion', { email: USERS[0].email, password: PASSWORD });
      expect(c.lastSetCookies.find((x) => x.startsWith('cep_console_session='))).toMatch(/HttpOnly; SameSite=Lax; Max-Age=28800; Secure/);
    } finally {
      await hs.close();
    }
  });
});

describe('ticket page header', () => {
  it('Given a ticket whose structure was chosen for a reason, Then the header says why this structure; without a reason it says nothing of the kind', async () => {
    const why = await h.create({ ...TICKETS_FOR.A, structure: { ...TICKETS_FOR.A.structure, reason: 'couvre votre commune' } });
    const plain = await h.create(TICKETS_FOR.A);
    const c = new ConsoleClient(h.baseUrl);
    await c.login(USERS[0].email);
    const header = (html: string) => html.slice(html.indexOf('<h1>'), html.indexOf('id="synthese-titre"'));
    expect(header((await c.get(`/console/tickets/${why.reference}`)).text)).toContain('pourquoi cette structure : couvre votre commune');
    expect(header((await c.get(`/console/tickets/${plain.reference}`)).text)).not.toContain('pourquoi cette structure');
  });
});

describe('anonymised tickets', () => {
  it('Given a ticket anonymised by retention, Then its page says so, shows no personal data and offers no action', async () => {
    const t = await h.create({ ...TICKETS_FOR.A, situation: 'Histoire très personnelle' });
    await h.service.take(t.id, 'counsellor:x');
    await h.service.close(t.id, 'counsellor:x');
    await h.store.anonymise(t.id, { at: new Date().toISOString(), actor: 'system', action: 'anonymised_retention' });
    const c = new ConsoleClient(h.baseUrl);
    await c.login(USERS[0].email);
    const page = await c.get(`/console/tickets/${t.reference}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Demande anonymisée le');
    expect(page.text).not.toContain('Histoire très personnelle');
    expect(page.text).not.toContain('06 12 34 56 78');
    expect(page.text).not.toContain('/notes"');
    expect(page.text).not.toContain('/reorienter"');
    expect((await c.post(`/console/tickets/${t.reference}/notes`, { text: 'x' })).status).toBe(409);
  });

  it('marks error pages in the title (RGAA) and keeps French everywhere', async () => {
    const c = new ConsoleClient(h.baseUrl);
    const r = await c.login(USERS[0].email, 'faux mot de passe');
    expect(r.text).toContain('<title>Erreur — Connexion — Console des conseillers CEP</title>');
  });
});
