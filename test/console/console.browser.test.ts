// Console flows in real headless Chromium: keyboard login, queue, ticket page (synthesis first),
// take / contacted / redirect / close, a ticket full of markup shown as text, KPIs page.
// Screenshots go to test-artifacts/console-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, chromiumAvailable, launchBrowser } from '../helpers/browser.js';
import { PASSWORD, TICKETS_FOR, USERS, startConsole, type ConsoleHarness } from './consoleHarness.js';

const XSS = '<script>alert(1)</script>';
const XSS_IMG = '<img src=x onerror=alert(2)>';

describe.runIf(chromiumAvailable())('console in Chromium', () => {
  let h: ConsoleHarness;
  let browser: Browser;
  const dialogs: string[] = [];
  const consoleErrors: string[] = [];
  const failedRequests: string[] = [];

  beforeAll(async () => {
    h = await startConsole();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  async function newPage(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    // Requests cut short by our own navigation (favicon, fonts) are aborted, not failed.
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText !== 'net::ERR_ABORTED') failedRequests.push(`${r.failure()?.errorText} ${r.url()}`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().includes('/tickets/')) failedRequests.push(`${r.status()} ${r.url()}`);
    });
    return page;
  }

  async function loginWithKeyboard(page: Page, email: string): Promise<void> {
    await page.goto(`${h.baseUrl}/console/tickets`);
    expect(page.url()).toContain('/console/connexion');
    // First Tab lands on the skip link, which is visible when focused.
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => ({ text: document.activeElement?.textContent?.trim(), href: document.activeElement?.getAttribute('href') }));
    expect(skip).toEqual({ text: 'Contenu', href: '#contenu' });
    // Enter on the skip link moves the focus to the main content.
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contenu');
    await page.focus('#email');
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('mot-de-passe');
    await page.keyboard.type(PASSWORD);
    await Promise.all([page.waitForURL('**/console/tickets'), page.keyboard.press('Enter')]);
  }

  it('Given the login page, Then it is French, DSFR-styled from local assets, labelled, and the focus is visible', async () => {
    const page = await newPage();
    await page.goto(`${h.baseUrl}/console/connexion`);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    // DSFR fonts and styles really apply (served by us).
    await page.evaluate(() => document.fonts.ready);
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(font).toContain('Marianne');
    expect(await page.evaluate(() => document.fonts.check('16px Marianne'))).toBe(true);
    const btnBg = await page.evaluate(() => getComputedStyle(document.querySelector('button.fr-btn')!).backgroundColor);
    expect(btnBg).toBe('rgb(0, 0, 145)'); // DSFR blue-france
    // Every input has a label.
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea')).filter((el) => !document.querySelector(`label[for="${el.id}"]`)).length,
    );
    expect(unlabelled).toBe(0);
    await page.focus('#email');
    const outline = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: s.outlineWidth };
    });
    expect(outline.style).not.toBe('none');
    expect(outline.width).not.toBe('0px');
    await page.screenshot({ path: artifactPath('console-login.png'), fullPage: true });
    await page.close();
  });

  it('counsellor flow with the keyboard and the mouse: login, queue, take, contacted, close', async () => {
    const t = await h.create({ ...TICKETS_FOR.A, need: 'Trouver un emploi dans la logistique' });
    const page = await newPage();
    await loginWithKeyboard(page, USERS[0].email);
    expect(await page.locator('h1').textContent()).toBe("File d'attente");
    expect(await page.locator('main .fr-text--lead').textContent()).toContain('Mission locale de Lyon');
    const row = page.locator('#file-attente tbody tr', { hasText: t.reference });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.locator('.fr-badge').textContent()).toBe('Nouvelle');
    await page.screenshot({ path: artifactPath('console-queue.png'), fullPage: true });

    await Promise.all([page.waitForURL(`**/console/tickets/${t.reference}`), row.locator('a').click()]);
    // Synthesis comes first, then transcript and reasons.
    const headings = await page.locator('main h2').allTextContents();
    expect(headings.indexOf('Synthèse')).toBe(0);
    expect(headings.indexOf('Synthèse')).toBeLessThan(headings.indexOf("Transcription de l'échange"));
    expect(headings.indexOf("Transcription de l'échange")).toBeLessThan(headings.indexOf("Raisons de l'orientation"));
    const synthesis = await page.locator('.console-synthesis').innerText();
    expect(synthesis).toContain('16 à 25 ans');
    expect(synthesis).toContain('Trouver un emploi dans la logistique');
    expect(synthesis).toContain('Mission locale : Vous avez 22 ans et vous cherchez un emploi.');
    expect(synthesis).toContain('Mobilité (transport)');
    expect(synthesis).toContain('06 12 34 56 78');
    expect(synthesis).toContain('le matin');
    expect(synthesis).toContain('Fiche métier : Magasinage et préparation de commandes (N1103)');
    await page.screenshot({ path: artifactPath('console-ticket.png'), fullPage: true });

    // Take with the keyboard: focus the button, press Enter.
    await page.getByRole('button', { name: 'Prendre en charge' }).focus();
    await Promise.all([page.waitForURL('**info=prise'), page.keyboard.press('Enter')]);
    expect(await page.locator('main .fr-badge').first().textContent()).toBe('Prise en charge');
    expect(await page.locator('.fr-alert--success').innerText()).toContain('Vous avez pris en charge cette demande.');
    await Promise.all([page.waitForURL('**info=contactee'), page.getByRole('button', { name: 'Marquer comme contactée' }).click()]);
    expect(await page.locator('main .fr-badge').first().textContent()).toBe('Personne contactée');
    await page.getByLabel('Motif de clôture').fill('Rendez-vous de niveau 2 fixé');
    await Promise.all([page.waitForURL('**info=cloturee'), page.getByRole('button', { name: 'Clôturer la demande' }).click()]);
    expect(await page.locator('main .fr-badge').first().textContent()).toBe('Clôturée');
    expect((await h.store.get(t.id))?.status).toBe('closed');
    await page.screenshot({ path: artifactPath('console-ticket-closed.png'), fullPage: true });
    await page.close();
  });

  it('redirect: choose a structure and a reason, the ticket leaves the queue', async () => {
    const t = await h.create({ ...TICKETS_FOR.A, need: 'À réorienter vers Cap emploi' });
    const page = await newPage();
    await loginWithKeyboard(page, USERS[0].email);
    await page.goto(`${h.baseUrl}/console/tickets/${t.reference}`);
    await page.getByLabel('Structure destinataire').selectOption('ce-69');
    await page.getByLabel('Motif de la réorientation').fill('La personne a une RQTH : Cap emploi');
    await Promise.all([page.waitForURL('**/console/tickets?info=reorientee'), page.getByRole('button', { name: 'Réorienter' }).click()]);
    expect(await page.locator('.fr-alert').innerText()).toContain('réorientée');
    expect(await page.locator('#file-attente tbody tr', { hasText: t.reference }).count()).toBe(0);
    const after = await h.store.get(t.id);
    expect(after?.structure.id).toBe('ce-69');
    expect(after?.status).toBe('redirected');
    await page.close();
  });

  it('Given a ticket full of markup, Then it shows as text everywhere and no script runs', async () => {
    const t = await h.create({
      ...TICKETS_FOR.A,
      situation: `Je m'appelle ${XSS} et ${XSS_IMG}`,
      need: `Besoin ${XSS}`,
      barriers: [XSS],
      contact: { channel: 'chat', value: '', preferredTimes: XSS_IMG },
      transcript: [{ from: 'person', text: `Bonjour ${XSS}` }],
      territory: { ...TICKETS_FOR.A.territory, communeName: XSS_IMG },
    });
    const page = await newPage();
    await loginWithKeyboard(page, USERS[0].email);
    await page.goto(`${h.baseUrl}/console/tickets/${t.reference}`);
    await page.getByLabel('Ajouter une note interne').fill(`Note ${XSS}`);
    await Promise.all([page.waitForURL('**info=note'), page.getByRole('button', { name: 'Enregistrer la note' }).click()]);
    const text = await page.locator('main').innerText();
    expect(text).toContain(`Je m'appelle ${XSS} et ${XSS_IMG}`);
    expect(text).toContain(`Besoin ${XSS}`);
    expect(text).toContain(`Bonjour ${XSS}`);
    expect(text).toContain(`Note ${XSS}`);
    // No element was created from user text.
    expect(await page.locator('main script').count()).toBe(0);
    expect(await page.locator('main img').count()).toBe(0);
    await page.goto(`${h.baseUrl}/console/tickets?statut=toutes`);
    expect(await page.locator('#file-attente').innerText()).toContain(`Besoin ${XSS}`);
    expect(await page.locator('main img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
    await page.screenshot({ path: artifactPath('console-xss-as-text.png'), fullPage: true });
    await page.close();
  });

  it('KPIs page renders charts and tables; supervisor view; no failed asset request, no console error', async () => {
    for (let i = 0; i < 6; i++) await h.console.outcomes.record({ conversationId: `b${i}`, outcome: i < 3 ? 'information_only' : i < 5 ? 'ticket' : 'redirected', region: '84' });
    await h.create({ ...TICKETS_FOR.C });
    const page = await newPage();
    failedRequests.length = 0;
    consoleErrors.length = 0;
    await loginWithKeyboard(page, USERS[3].email);
    await page.goto(`${h.baseUrl}/console/indicateurs`);
    expect(await page.locator('svg.console-chart').count()).toBe(5);
    expect(await page.locator('svg#issues-graphique rect').count()).toBe(3);
    const box = await page.locator('svg#issues-graphique').boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(await page.locator('#issues-tableau').textContent()).toContain('3 (50,0 %)');
    await page.getByRole('button', { name: /Voir les données du graphique « Issue des conversations »/ }).click();
    await expect.poll(() => page.locator('#issues-tableau').isVisible()).toBe(true);
    await page.screenshot({ path: artifactPath('console-kpis.png'), fullPage: true });
    // Keyboard: the main navigation is reachable and marks the current page.
    expect(await page.locator('nav.fr-nav a[aria-current="page"]').textContent()).toBe('Indicateurs');
    // Every asset of this page loaded (checked before closing: a close aborts pending requests).
    await page.waitForLoadState('networkidle');
    expect(failedRequests.filter((r) => !r.includes('favicon'))).toEqual([]);
    expect(failedRequests.filter((r) => /^[45]\d\d /.test(r))).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
