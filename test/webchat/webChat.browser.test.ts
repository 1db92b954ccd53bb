// Real headless Chromium opens the French page, chats through the esbuild-built Web Chat bundle
// served by our server, reloads and finds the conversation again; the page never grows wider than
// the screen (phone and desktop), the welcome shows fast, axe-core finds nothing, and « Nouvelle
// conversation » asks first and keeps the ticket reference. Screenshots go to test-artifacts/.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, chromiumAvailable, launchBrowser } from '../helpers/browser.js';
import { startApp, type RunningApp } from '../helpers/appServer.js';
import { axeViolations } from '../helpers/axe.js';
import { BOT_ACCOUNT, DIRECTLINE_CHANNEL_ID, DIRECTLINE_SERVICE_URL } from '../../server/directline/directLineService.js';

const hasChromium = chromiumAvailable();
const PLACEHOLDER = 'Écrivez votre message ici…';
const botBubbles = (page: Page) => page.locator('#webchat .webchat__bubble:not(.webchat__bubble--from-user)');
const userBubbles = (page: Page) => page.locator('#webchat .webchat__bubble--from-user');
const VIEWPORTS = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 900 },
] as const;

/** Horizontal overflow: the document and every visible element stay within the viewport. */
async function overflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; outside: string[] }> {
  return page.evaluate(() => {
    const outside: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > window.innerWidth + 0.5 || r.left < -0.5) {
        // Elements deliberately moved off-screen (skip link, screen-reader text) are 1 px or clipped.
        if (r.width <= 1 || el.closest('.skip-link')) continue;
        let hidden = false;
        for (let a: Element | null = el; a && !hidden; a = a.parentElement) {
          const s = getComputedStyle(a);
          const box = a.getBoundingClientRect();
          hidden = (s.clip !== 'auto' && s.position === 'absolute') || (s.overflow === 'hidden' && (box.width <= 1 || box.height <= 1));
        }
        if (hidden) continue;
        outside.push(`${el.tagName.toLowerCase()}.${String((el as HTMLElement).className).slice(0, 60)} [${Math.round(r.left)}–${Math.round(r.right)}]`);
      }
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth, outside: outside.slice(0, 5) };
  });
}

async function expectNoOverflow(page: Page, step: string): Promise<void> {
  const o = await overflow(page);
  expect({ step, ...o, fits: o.scrollWidth <= o.innerWidth }).toEqual({ step, ...o, fits: true, outside: [] });
}

/** Sends a message and waits for at least one new bot bubble. */
async function say(page: Page, text: string): Promise<string> {
  const before = await botBubbles(page).count();
  const input = page.getByPlaceholder(PLACEHOLDER);
  await input.fill(text);
  await input.press('Enter');
  await expect.poll(() => botBubbles(page).count(), { timeout: 20_000 }).toBeGreaterThan(before);
  // Let a second bubble of the same turn arrive.
  await page.waitForTimeout(300);
  return (await botBubbles(page).allInnerTexts()).slice(before).join('\n');
}

/** Sends a message and waits until this turn's bubbles say what is expected (a turn may take several). */
async function sayUntil(page: Page, text: string, expected: RegExp): Promise<string> {
  const before = await botBubbles(page).count();
  const input = page.getByPlaceholder(PLACEHOLDER);
  await input.fill(text);
  await input.press('Enter');
  const turn = async () => (await botBubbles(page).allInnerTexts()).slice(before).join('\n');
  await expect.poll(turn, { timeout: 20_000 }).toMatch(expected);
  return turn();
}

describe.skipIf(!hasChromium)('French web chat page in headless Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  let buildDir: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    buildDir = mkdtempSync(join(tmpdir(), 'cep-webchat-build-'));
    app = await startApp({ STATE_STORE: 'file', WEBCHAT_BUILD_DIR: buildDir }, { skipWarmUp: true });
    browser = await launchBrowser();
    // The bundle is built at start (esbuild); the page is measured once it is ready.
    await fetch(`${app.url}/`);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  });

  it('Given a cold browser cache, When the page opens, Then the token request starts before the bundle has arrived and the welcome shows without waiting on anything slow', async () => {
    // The browser process itself is warmed on another page (its own cache): the page load is measured, not Chromium's start.
    const warmUp = await browser.newContext();
    await (await warmUp.newPage()).goto(`${app.url}/mentions-legales`);
    await warmUp.close();
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    let tokenRequestedAt = 0;
    let bundleReceivedAt = 0;
    page.on('request', (r) => {
      if (r.url().endsWith('/v3/directline/tokens/generate') && !tokenRequestedAt) tokenRequestedAt = performance.now();
    });
    page.on('requestfinished', (r) => {
      if (/\/webchat\/webchat\.[0-9a-f]{12}\.js$/.test(r.url())) bundleReceivedAt = performance.now();
    });
    const start = performance.now();
    await page.goto(`${app.url}/`);
    await botBubbles(page).filter({ hasText: 'gratuit' }).first().waitFor({ timeout: 20_000 });
    const welcomeMs = performance.now() - start;
    console.info(`[webchat] welcome visible after ${Math.round(welcomeMs)} ms (cold cache, loopback)`);
    // The order is the guarantee; the time is logged (about 0.7 s on a quiet machine). The bound only catches a page
    // that waits on a timeout: a tight bound failed on a CI machine shared by other suites (1.7 s).
    expect(welcomeMs).toBeLessThanOrEqual(5000);
    expect(tokenRequestedAt).toBeGreaterThan(0);
    expect(tokenRequestedAt).toBeLessThan(bundleReceivedAt);
    await context.close();
  }, 60_000);

  for (const vp of VIEWPORTS) {
    it(`Given a ${vp.name} (${vp.width}×${vp.height}), When a whole conversation runs up to a ticket, Then the page never overflows, axe finds nothing, and « Nouvelle conversation » asks first and keeps the reference`, async () => {
      const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: vp.width, height: vp.height }, permissions: ['clipboard-read', 'clipboard-write'] });
      const page = await context.newPage();
      page.on('pageerror', (e) => pageErrors.push(e.message));
      await page.goto(`${app.url}/`);
      await botBubbles(page).filter({ hasText: 'gratuit' }).first().waitFor({ timeout: 20_000 });
      await expectNoOverflow(page, 'welcome');
      expect(await axeViolations(page)).toEqual([]);

      // DSFR look: Marianne block, operator name, footer links.
      await expect.poll(() => page.locator('.site-header .fr-logo').innerText()).toMatch(/RÉPUBLIQUE\s*FRANÇAISE/i);
      expect(await page.locator('.site-footer__links a').allInnerTexts()).toEqual(['Accessibilité : non conforme', 'Mentions légales', 'Données personnelles']);

      // Visible focus ring on the message input.
      const input = page.getByPlaceholder(PLACEHOLDER);
      await input.focus();
      const ring = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const own = getComputedStyle(el);
        const box = getComputedStyle(el.closest('.webchat__send-box-text-box') ?? el);
        return [own, box].some((s) => s.outlineStyle !== 'none' && Number.parseFloat(s.outlineWidth) >= 2);
      });
      expect(ring).toBe(true);

      // The ten-button status question: buttons wrap within the screen.
      await sayUntil(page, 'je veux changer de métier', /situation/);
      await expect.poll(() => page.locator('#webchat .webchat__suggested-action').count()).toBeGreaterThanOrEqual(8);
      await expectNoOverflow(page, 'status question');
      await page.screenshot({ path: artifactPath(`webchat-${vp.name}-buttons.png`) });

      await sayUntil(page, 'Je suis salariée dans la vente à Lyon 69003 et je voudrais me reconvertir', /résume|Lyon/);
      await expectNoOverflow(page, 'summary');
      await sayUntil(page, 'oui', /vous recontacte \?/);
      await expectNoOverflow(page, 'consent');
      await sayUntil(page, 'oui', /recontacté/);
      await page.locator('#webchat .webchat__suggested-action', { hasText: 'Ici, dans cette conversation' }).click();
      await expect.poll(async () => (await botBubbles(page).allInnerTexts()).join('\n'), { timeout: 20_000 }).toMatch(/joignable/);
      const done = await say(page, 'le matin');
      await expectNoOverflow(page, 'ticket created');

      // French time in the hidden accessible text.
      const stamps = await page.locator('#webchat .cep-timestamp .fr-sr-only').allInnerTexts();
      expect(stamps.length).toBeGreaterThan(0);
      for (const s of stamps) expect(s).toMatch(/^Envoyé à \d{1,2} h \d{2}$/);

      // The reference the assistant gave is shown above the chat with a copy button.
      const history = (await botBubbles(page).allInnerTexts()).join('\n') + done;
      const reference = /CEP-[0-9A-Z]{4}-[0-9A-Z]{2}/.exec(history)?.[0];
      expect(reference).toBeDefined();
      await expect.poll(() => page.locator('#reference-valeur').textContent()).toBe(reference);
      await page.getByRole('button', { name: 'Copier la référence' }).click();
      await expect.poll(() => page.locator('#copie-statut').textContent()).toBe('Référence copiée.');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(reference);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: artifactPath(`webchat-${vp.name}-ticket.png`), fullPage: true });

      // « Nouvelle conversation » asks; « Annuler » keeps everything.
      const conversationBefore = await page.evaluate(() => sessionStorage.getItem('cep-accueil.conversation'));
      await page.getByRole('button', { name: 'Nouvelle conversation' }).click();
      const dialog = page.getByRole('dialog', { name: 'Commencer une nouvelle conversation ?' });
      await dialog.waitFor();
      expect(await dialog.innerText()).toContain(reference!);
      expect(await axeViolations(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('nouvelle-conversation');
      await page.getByRole('button', { name: 'Nouvelle conversation' }).click();
      await dialog.getByRole('button', { name: 'Annuler' }).click();
      expect(await page.evaluate(() => sessionStorage.getItem('cep-accueil.conversation'))).toBe(conversationBefore);

      // Confirmed: a fresh conversation, the reference still shown.
      await page.getByRole('button', { name: 'Nouvelle conversation' }).click();
      await Promise.all([page.waitForEvent('load'), dialog.getByRole('button', { name: 'Oui, recommencer' }).click()]);
      await botBubbles(page).filter({ hasText: 'gratuit' }).first().waitFor({ timeout: 20_000 });
      expect(await userBubbles(page).count()).toBe(0);
      expect(JSON.parse((await page.evaluate(() => sessionStorage.getItem('cep-accueil.conversation')))!).conversationId).not.toBe(JSON.parse(conversationBefore!).conversationId);
      await expect.poll(() => page.locator('#reference-valeur').textContent()).toBe(reference);
      expect(await page.locator('#reference-demande').isVisible()).toBe(true);
      await expectNoOverflow(page, 'new conversation');
      await context.close();
    }, 180_000);
  }

  it('Given the built-in footer pages, Then axe finds nothing on them', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const path of ['/accessibilite', '/mentions-legales', '/donnees-personnelles']) {
      await page.goto(`${app.url}${path}`);
      expect(await axeViolations(page)).toEqual([]);
      await expectNoOverflow(page, path);
    }
    await context.close();
  }, 60_000);

  it('Given the home page, When "bonjour" is sent through Web Chat, Then the welcome, a reply and a proactive message show, and a reload shows the history', async () => {
    const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));

    const res = await page.goto(`${app.url}/`);
    expect(res?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.title()).toMatch(/Assistant d'accueil/);
    await expect.poll(() => page.locator('h1').textContent()).toBe("Assistant d'accueil");

    // Welcome from the bot through Direct Line.
    await botBubbles(page).filter({ hasText: 'gratuit' }).first().waitFor({ timeout: 20_000 });
    const input = page.getByPlaceholder(PLACEHOLDER);
    await expect.poll(() => input.count()).toBe(1);
    const before = await botBubbles(page).count();
    await input.fill('bonjour');
    await input.press('Enter');
    await userBubbles(page).filter({ hasText: 'bonjour' }).first().waitFor({ timeout: 10_000 });
    await expect.poll(() => botBubbles(page).count(), { timeout: 20_000 }).toBeGreaterThan(before);

    // A proactive message (what hand-off and voice send later through continueConversationAsync).
    const stored = JSON.parse((await page.evaluate(() => sessionStorage.getItem('cep-accueil.conversation')))!) as { conversationId: string };
    const reference = {
      channelId: DIRECTLINE_CHANNEL_ID,
      serviceUrl: DIRECTLINE_SERVICE_URL,
      conversation: { id: stored.conversationId },
      bot: { ...BOT_ACCOUNT },
      user: { id: 'dl_visitor', role: 'user' },
    };
    await app.services.adapter.continueConversationAsync('', reference as never, async (ctx) => {
      await ctx.sendActivity('Votre demande a été transmise : un conseiller vous recontactera.');
    });
    await botBubbles(page).filter({ hasText: 'un conseiller vous recontactera' }).first().waitFor({ timeout: 10_000 });
    const afterReply = await botBubbles(page).count();
    await expect.poll(() => page.locator('#chat-status').textContent()).toContain('en ligne');

    // Everything came from our own server (no CDN).
    const origin = new URL(app.url).origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith(`blob:${origin}`))).toEqual([]);

    // Reload: same conversation, history replayed, no second welcome.
    const conversationBefore = await page.evaluate(() => sessionStorage.getItem('cep-accueil.conversation'));
    await page.reload();
    await userBubbles(page).filter({ hasText: 'bonjour' }).first().waitFor({ timeout: 20_000 });
    await expect.poll(() => botBubbles(page).count(), { timeout: 20_000 }).toBe(afterReply);
    expect(await botBubbles(page).filter({ hasText: 'gratuit' }).count()).toBe(1);
    await expect.poll(() => page.locator('#chat-status').textContent()).toBe('Conversation reprise.');
    const conversationAfter = await page.evaluate(() => sessionStorage.getItem('cep-accueil.conversation'));
    expect(JSON.parse(conversationAfter!).conversationId).toBe(JSON.parse(conversationBefore!).conversationId);

    // The conversation goes on after the reload.
    await page.getByPlaceholder(PLACEHOLDER).fill('aide');
    await page.getByPlaceholder(PLACEHOLDER).press('Enter');
    await expect.poll(() => botBubbles(page).count(), { timeout: 20_000 }).toBeGreaterThan(afterReply);
    await page.screenshot({ path: artifactPath('webchat-after-reload.png'), fullPage: true });
    await context.close();
  }, 120_000);

  it('Given every page of the run, Then no JavaScript error was thrown', () => {
    expect(pageErrors).toEqual([]);
  });
});
