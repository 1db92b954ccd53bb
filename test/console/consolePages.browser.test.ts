// Every console page in real Chromium: axe-core finds no violation, DSFR's script throws nothing,
// the queue fits the screen with long content, the history table scrolls from the keyboard, and the
// footer carries the three mandatory links.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, launchBrowser } from '../helpers/browser.js';
import { axeViolations } from '../helpers/axe.js';
import { PASSWORD, TICKETS_FOR, USERS, startConsole, type ConsoleHarness } from './consoleHarness.js';

describe.skipIf(!chromiumAvailable())('console pages in Chromium (axe, layout, DSFR script)', () => {
  let h: ConsoleHarness;
  let browser: Browser;
  const pageErrors: string[] = [];
  let reference = '';

  beforeAll(async () => {
    h = await startConsole();
    browser = await launchBrowser();
    const long = 'Reconversion vers les métiers du soin avec une formation qualifiante financée et un accompagnement renforcé '.repeat(3);
    for (let i = 0; i < 4; i++) await h.create({ ...TICKETS_FOR.A, need: long, contact: { channel: 'email', value: `personne.avec.un.nom.tres.long.${i}@exemple-de-domaine-tres-long.fr`, preferredTimes: long } });
    const t = await h.create({ ...TICKETS_FOR.A, transcript: [{ from: 'person', text: 'Bonjour **je cherche**' }, { from: 'bot', text: '- une liste\n- [un lien](https://www.service-public.fr)' }] });
    for (let i = 0; i < 12; i++) await h.service.addNote(t.id, `counsellor:${h.users.counsellorA.id}`, `Suivi ${i} : ${long}`);
    reference = t.reference;
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  async function loggedIn(email: string, width = 1280, height = 900): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height }, locale: 'fr-FR' });
    page.on('pageerror', (e) => pageErrors.push(`${page.url()}: ${e.message}`));
    await page.goto(`${h.baseUrl}/console/connexion`);
    await page.fill('#email', email);
    await page.fill('#mot-de-passe', PASSWORD);
    await Promise.all([page.waitForURL('**/console/tickets'), page.keyboard.press('Enter')]);
    return page;
  }

  async function fits(page: Page): Promise<{ page: number; viewport: number; tables: number[][] }> {
    return page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
      tables: Array.from(document.querySelectorAll('.fr-table table')).map((t) => [t.scrollWidth, (t.closest('.fr-table') as HTMLElement).clientWidth]),
    }));
  }

  it('Given the login page and every page of each role, Then axe finds no violation and DSFR throws no error', async () => {
    const login = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR' });
    login.on('pageerror', (e) => pageErrors.push(`login: ${e.message}`));
    await login.goto(`${h.baseUrl}/console/connexion`);
    await login.waitForTimeout(300);
    expect(await axeViolations(login)).toEqual([]);
    await login.close();

    const pages: Record<string, string[]> = {
      [USERS[0].email]: ['/console/tickets', '/console/tickets?vue=mes-demandes', '/console/tickets?vue=toutes', `/console/tickets/${reference}`, '/console/tickets/recherche?q=lyon', '/console/indicateurs'],
      [USERS[3].email]: ['/console/tickets', '/console/administration'],
      [USERS[5].email]: ['/console/administration', `/console/tickets/${reference}`],
    };
    for (const [email, paths] of Object.entries(pages)) {
      const page = await loggedIn(email);
      for (const path of paths) {
        await page.goto(`${h.baseUrl}${path}`);
        await page.waitForTimeout(200);
        expect({ path, violations: await axeViolations(page) }).toEqual({ path, violations: [] });
        const footer = await page.locator('.fr-footer__bottom-list a').allInnerTexts();
        expect(footer).toEqual(['Accessibilité : non conforme', 'Mentions légales', 'Données personnelles']);
      }
      await page.close();
    }
    expect(pageErrors).toEqual([]);
  }, 120_000);

  for (const [width, height] of [
    [1280, 900],
    [1920, 1080],
    [390, 844],
  ] as const) {
    it(`Given long needs and contacts on a ${width}×${height} screen, Then the queue table fits its container${width < 500 ? ' or scrolls inside it' : ''} and the page does not overflow`, async () => {
      const page = await loggedIn(USERS[0].email, width, height);
      await page.goto(`${h.baseUrl}/console/tickets?vue=toutes`);
      const f = await fits(page);
      expect(f.page).toBeLessThanOrEqual(f.viewport);
      if (width >= 1280) for (const [table, container] of f.tables) expect(table).toBeLessThanOrEqual(container);
      await page.close();
    }, 60_000);
  }

  it('Given the history table, Then its scroll area takes the keyboard focus and arrow keys scroll it', async () => {
    const page = await loggedIn(USERS[0].email, 390, 844);
    await page.goto(`${h.baseUrl}/console/tickets/${reference}`);
    const region = page.getByRole('region', { name: 'Historique de la demande' });
    await region.focus();
    expect(await region.evaluate((el) => el === document.activeElement)).toBe(true);
    const scrollable = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
    if (scrollable) {
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    }
    await page.close();
  }, 60_000);
});
