// Console features for daily use over real HTTP: queue views, search within scope, readable ticket
// (needs and trades in words, markdown transcript rendered safely), notes that do not travel with a
// redirect unless written as a « note de transmission », French CSV values.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleClient, TICKETS_FOR, USERS, startConsole, type ConsoleHarness } from './consoleHarness.js';
import { TicketSearch } from '../../orientation/tickets/ticketSearch.js';
import { needInWords } from '../../server/console/labels.js';
import { emptyProfile } from '../../orientation/routing/profile.js';

let h: ConsoleHarness;
const login = async (key: string) => {
  const c = new ConsoleClient(h.baseUrl);
  await c.login(USERS.find((u) => u.key === key)!.email);
  return c;
};

beforeAll(async () => {
  h = await startConsole();
});
afterAll(async () => {
  await h?.close();
});

describe('queue views', () => {
  it('Given waiting and taken tickets, Then « Non attribuées », « Mes demandes » and « Toutes » list the right ones, oldest first, with the assignee by name', async () => {
    // Distinct creation instants: tickets created in the same millisecond have no « oldest ».
    const tick = () => new Promise((r) => setTimeout(r, 5));
    const waiting = await h.create({ ...TICKETS_FOR.A });
    await tick();
    const mine = await h.create({ ...TICKETS_FOR.A });
    await tick();
    const other = await h.create({ ...TICKETS_FOR.A });
    await h.service.take(mine.id, `counsellor:${h.users.counsellorA.id}`);
    await h.service.take(other.id, 'counsellor:someone-else');
    const c = await login('counsellorA');
    const unassigned = await c.get('/console/tickets');
    expect(unassigned.text).toContain(waiting.reference);
    expect(unassigned.text).not.toContain(mine.reference);
    expect(unassigned.text).toMatch(/<a class="fr-tag" href="[^"]*vue=non-attribuees[^"]*" aria-current="page">Non attribuées<\/a>/);
    const mineView = await c.get('/console/tickets?vue=mes-demandes');
    expect(mineView.text).toContain(mine.reference);
    expect(mineView.text).not.toContain(other.reference);
    expect(mineView.text).not.toContain(waiting.reference);
    expect(mineView.text).toContain('Claire Martin');
    const all = await c.get('/console/tickets?vue=toutes');
    for (const t of [waiting, mine, other]) expect(all.text).toContain(t.reference);
    expect(all.text.indexOf(waiting.reference)).toBeLessThan(all.text.indexOf(other.reference));
    // Columns in words, no internal codes.
    expect(all.text).toContain('<th scope="col">Attribuée à</th>');
    expect(all.text).toContain('Trouver un emploi dans la logistique');
    expect(all.text).toMatch(/en attente, (à l&#39;instant|il y a \d+ min)/);
    expect(all.text).not.toContain('recherche_emploi');
  });
});

describe('search a person', () => {
  it('Given a partial reference, a phone fragment, an e-mail, a commune or a name from the story, Then the ticket is found only within the user’s scope', async () => {
    const t = await h.create({
      ...TICKETS_FOR.A,
      situation: "Je m'appelle Élodie Vasseur, j'habite à Vitrolles-en-Lubéron.",
      territory: { ...TICKETS_FOR.A.territory, communeName: 'Villeurbanne' },
      contact: { channel: 'email', value: 'elodie.vasseur@exemple.fr' },
    });
    const p = await h.create({ ...TICKETS_FOR.A, contact: { channel: 'phone', value: '07.98.76.54.32' } });
    const a = await login('counsellorA');
    const partial = t.reference.slice(4, 8);
    for (const q of [partial.toLowerCase(), 'elodie.vasseur@', 'villeurbanne', 'VASSEUR', 'vitrolles']) {
      const r = await a.get(`/console/tickets/recherche?q=${encodeURIComponent(q)}`);
      if (r.status === 303) expect(r.res.headers.get('location')).toBe(`/console/tickets/${t.reference}`);
      else {
        expect(r.status, q).toBe(200);
        expect(r.text, q).toContain(t.reference);
      }
    }
    const phone = await a.get(`/console/tickets/recherche?q=${encodeURIComponent('07 98 76')}`);
    expect(phone.text).toContain(p.reference);
    expect(phone.text).not.toContain(t.reference);
    // Another structure's counsellor finds nothing.
    const b = await login('counsellorB');
    const none = await b.get('/console/tickets/recherche?q=vasseur');
    expect(none.status).toBe(404);
    expect(none.text).not.toContain(t.reference);
    expect(none.text).toContain('Aucune demande de votre périmètre');
    const short = await a.get('/console/tickets/recherche?q=ab');
    expect(short.text).toContain('au moins 3 caractères');
  });

  it('Given hostile or odd queries, Then the parser stays literal', () => {
    expect(TicketSearch.parse('  a ')).toBeUndefined();
    expect(TicketSearch.parse('.*+?')?.looksLikeReference).toBe(false);
    expect(TicketSearch.parse('ct5p')?.looksLikeReference).toBe(true);
  });
});

describe('readable ticket', () => {
  it('Given codes and markdown, Then the page shows needs and trade in words and renders the transcript as safe HTML', async () => {
    const t = await h.create({
      ...TICKETS_FOR.A,
      need: 'reconversion, formation — métier visé : Agent d’entretien (K1201)',
      profile: { ...emptyProfile(), needs: ['reconversion', 'formation'], targetTrade: { romeCode: 'K1201', label: "Agent d'entretien" } },
      informationGiven: [{ type: 'trade', code: 'K1201', label: "Agent d'entretien" }],
      transcript: [
        { from: 'person', text: 'Je veux **changer** <img src=x onerror=alert(1)> [clic](javascript:alert(2))' },
        { from: 'bot', text: 'Voici :\n- une **liste**\n- [un lien](https://www.service-public.fr)' },
      ],
    });
    const c = await login('counsellorA');
    const page = await c.get(`/console/tickets/${t.reference}`);
    expect(page.text).toContain('Reconversion, Formation');
    expect(page.text).toContain("Métier visé : Agent d&#39;entretien (K1201)");
    expect(page.text).not.toContain('TRADE K1201');
    expect(page.text).toContain('<strong>changer</strong>');
    expect(page.text).toContain('<li>une <strong>liste</strong></li>');
    expect(page.text).toContain('<a href="https://www.service-public.fr" rel="noopener noreferrer nofollow">un lien</a>');
    expect(page.text).not.toMatch(/<img/);
    expect(page.text).not.toContain('href="javascript:');
    expect(page.text).toContain('région Auvergne-Rhône-Alpes');
    // History and other tables scroll with the keyboard.
    expect(page.text).toMatch(/<div class="fr-table__container" tabindex="0" role="region" aria-label="Historique de la demande">/);
  });

  it('Given a redirect from A to C, Then C sees only the « note de transmission », A’s internal note stays with A, and the supervisor sees both with their structure', async () => {
    const t = await h.create({ ...TICKETS_FOR.A });
    const a = await login('counsellorA');
    await a.get(`/console/tickets/${t.reference}`);
    await a.post(`/console/tickets/${t.reference}/notes`, { text: 'Note interne de Lyon : personne déjà connue' });
    const r = await a.post(`/console/tickets/${t.reference}/reorienter`, {
      structureId: TICKETS_FOR.C.structure.id,
      reason: 'Reconnaissance de handicap',
      transmission: 'Rappeler plutôt le matin, RQTH en cours',
    });
    expect(r.status).toBe(303);
    const c = await login('counsellorC');
    const seenByC = await c.get(`/console/tickets/${t.reference}`);
    expect(seenByC.status).toBe(200);
    expect(seenByC.text).not.toContain('personne déjà connue');
    expect(seenByC.text).toContain('Rappeler plutôt le matin, RQTH en cours');
    expect(seenByC.text).toContain('Note de transmission');
    const s = await login('supervisor84');
    const seenBySupervisor = await s.get(`/console/tickets/${t.reference}`);
    expect(seenBySupervisor.text).toContain('personne déjà connue');
    expect(seenBySupervisor.text).toContain('(Mission locale de Lyon)');
  });

  it('Given stored need sentences, Then they read in words whatever their form', () => {
    const base = { profile: { needs: [] as string[] } };
    expect(needInWords({ ...base, need: 'recherche_emploi' }).needs).toBe("Recherche d'emploi");
    expect(needInWords({ ...base, need: 'orientation' }).needs).toBe('Orientation');
    expect(needInWords({ ...base, need: 'Trouver un emploi, vite' }).needs).toBe('Trouver un emploi, vite');
    expect(needInWords({ need: '', profile: { needs: ['vae'] } }).needs).toBe('Validation des acquis de l’expérience (VAE)');
  });
});

describe('exchange with the person (« Ici, dans cette conversation »)', () => {
  it('Given a ticket with messages kept as marked notes by an earlier version and newer ones in the transcript, Then the page shows all in order in the transcript and none among the internal notes', async () => {
    const t = await h.create({ ...TICKETS_FOR.A, contact: { channel: 'chat', value: '' } });
    // Earlier versions kept the exchange as notes with a conversation marker.
    await h.service.addNote(t.id, 'counsellor:u-a', '[conversation:conseiller] Ancien message du conseiller');
    await h.service.appendConversationMessage(t.id, 'person', 'person', 'Nouvelle réponse de la personne');
    await h.service.addNote(t.id, 'counsellor:u-a', 'Note interne ordinaire');
    const page = (await (await login('counsellorA')).get(`/console/tickets/${t.reference}`)).text;
    const from = page.indexOf('id="transcription-titre"');
    const transcript = page.slice(from, page.indexOf('</section>', from));
    const older = transcript.indexOf('Ancien message du conseiller');
    const newer = transcript.indexOf('Nouvelle réponse de la personne');
    expect(older).toBeGreaterThan(0);
    expect(newer).toBeGreaterThan(older);
    expect(page.match(/Ancien message du conseiller/g)).toHaveLength(1);
    expect(page.match(/Nouvelle réponse de la personne/g)).toHaveLength(1);
    expect(page).toContain('Note interne ordinaire');
    expect(transcript).not.toContain('Note interne ordinaire');
    expect(page).not.toContain('[conversation:');
  });
});

describe('CSV in French', () => {
  it('Given the export, Then statuses, channels and barriers are French words', async () => {
    await h.create({ ...TICKETS_FOR.B });
    const b = await login('counsellorB');
    const res = await fetch(`${h.baseUrl}/console/tickets/export.csv?vue=toutes&statut=toutes`, { headers: { cookie: b.cookieHeader() } });
    const text = await res.text();
    expect(text).toContain(';Nouvelle;');
    expect(text).toContain(';Téléphone;');
    expect(text).toContain('Mobilité (transport)');
    expect(text).not.toMatch(/;new;|;phone;|mobilite/);
  });
});
