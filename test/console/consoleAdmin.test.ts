// Administration over real HTTP: an admin creates accounts with a structure from the directory,
// hands over a one-time link or a temporary password, disables and re-enables; last logins show;
// supervisors see their region's structures and counsellors only; counsellors have no such page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConsoleClient, PASSWORD, USERS, startConsole, type ConsoleHarness } from './consoleHarness.js';

let h: ConsoleHarness;
const login = async (email: string, password = PASSWORD) => {
  const c = new ConsoleClient(h.baseUrl);
  const r = await c.login(email, password);
  return { c, r };
};
const admin = () => login(USERS.find((u) => u.key === 'admin')!.email).then((x) => x.c);

beforeAll(async () => {
  h = await startConsole();
});
afterAll(async () => {
  await h?.close();
});

describe('administration page', () => {
  it('Given an admin, When creating a counsellor with a one-time link, Then the structure comes from the directory, the link sets the password once, and the login is shown', async () => {
    const a = await admin();
    const page = await a.get('/console/administration');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<option value="ml-villeurbanne">Mission locale de Villeurbanne — Mission locale</option>');
    // A structure that is not in the directory is refused.
    const bad = await a.post('/console/administration/comptes', { displayName: 'Inès Faure', email: 'ines@ml.test', role: 'counsellor', structureId: 'structure-inventee', access: 'link' });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('Choisissez la structure');
    const created = await a.post('/console/administration/comptes', { displayName: 'Inès Faure', email: 'Ines@ML.test', role: 'counsellor', structureId: 'ml-villeurbanne', access: 'link' });
    expect(created.status).toBe(201);
    const link = /<code class="console-secret">https?:\/\/[^/]+(\/console\/mot-de-passe\/[A-Za-z0-9_-]{43})<\/code>/.exec(created.text)![1];
    const user = (await h.console.stores.users.findByEmail('ines@ml.test'))!;
    expect(user).toMatchObject({ role: 'counsellor', structureId: 'ml-villeurbanne', region: '84' });
    expect(JSON.stringify(user)).not.toContain(link.split('/').pop()!); // only the hash is stored

    const person = new ConsoleClient(h.baseUrl);
    const form = await person.get(link);
    expect(form.status).toBe(200);
    const mismatch = await person.post(link, { password: 'une phrase assez longue', confirmation: 'autre chose encore' });
    expect(mismatch.status).toBe(400);
    const set = await person.post(link, { password: 'une phrase assez longue', confirmation: 'une phrase assez longue' });
    expect(set.status).toBe(303);
    expect((await person.get(link)).status).toBe(404); // used once
    const { r } = await login('ines@ml.test', 'une phrase assez longue');
    expect(r.status).toBe(303);
    const after = await a.get('/console/administration');
    expect(after.text).toMatch(/Inès Faure[\s\S]*?\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  });

  it('Given a temporary password, Then the user must choose their own before anything else', async () => {
    const a = await admin();
    const created = await a.post('/console/administration/comptes', { displayName: 'Sami Roy', email: 'sami@region.test', role: 'supervisor', region: '93', access: 'password' });
    const temporary = /<code class="console-secret">([A-Za-z0-9]{16})<\/code>/.exec(created.text)![1];
    const { c, r } = await login('sami@region.test', temporary);
    expect(r.location).toBe('/console/mon-mot-de-passe');
    expect((await c.get('/console/tickets')).res.headers.get('location')).toBe('/console/mon-mot-de-passe');
    await c.get('/console/mon-mot-de-passe');
    const changed = await c.post('/console/mon-mot-de-passe', { password: 'mon nouveau mot de passe', confirmation: 'mon nouveau mot de passe' });
    expect(changed.location).toBe('/console/connexion?info=mot-de-passe');
    const again = await login('sami@region.test', 'mon nouveau mot de passe');
    expect(again.r.location).toBe('/console/tickets');
  });

  it('Given a disabled account, Then its sessions end and it cannot log in until re-enabled', async () => {
    const target = USERS.find((u) => u.key === 'counsellorC')!;
    const { c } = await login(target.email);
    expect((await c.get('/console/tickets')).status).toBe(200);
    const a = await admin();
    await a.get('/console/administration');
    expect((await a.post(`/console/administration/comptes/${h.users.counsellorC.id}/desactiver`)).status).toBe(200);
    expect((await c.get('/console/tickets')).status).toBe(303);
    expect((await login(target.email)).r.status).toBe(401);
    await a.post(`/console/administration/comptes/${h.users.counsellorC.id}/reactiver`);
    expect((await login(target.email)).r.status).toBe(303);
  });

  it('Given a supervisor, Then only the region’s structures and counsellors show, read only; a counsellor gets 404', async () => {
    const { c } = await login(USERS.find((u) => u.key === 'supervisor84')!.email);
    const page = await c.get('/console/administration');
    expect(page.status).toBe(200);
    expect(page.text).toContain('Claire Martin');
    expect(page.text).toContain('Mission locale de Villeurbanne');
    expect(page.text).not.toContain('Bruno Roux');
    expect(page.text).not.toContain('Mission locale de Marseille');
    expect(page.text).not.toContain('Créer un compte');
    expect((await c.post('/console/administration/comptes', { displayName: 'X', email: 'x@x.test', role: 'admin' })).status).toBe(404);
    const counsellor = (await login(USERS[0].email)).c;
    expect((await counsellor.get('/console/administration')).status).toBe(404);
  });
});
