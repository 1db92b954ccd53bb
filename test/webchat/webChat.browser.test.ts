// Real headless Chromium opens the French page, chats through the unmodified Web Chat bundle
// served by our server, reloads, and finds the conversation again. Screenshots are kept under
// test-artifacts/.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, chromiumAvailable, launchBrowser } from '../helpers/browser.js';
import { startApp, type RunningApp } from '../helpers/appServer.js';
import { BOT_ACCOUNT, DIRECTLINE_CHANNEL_ID, DIRECTLINE_SERVICE_URL } from '../../server/directline/directLineService.js';

const hasChromium = chromiumAvailable();
const PLACEHOLDER = 'Écrivez votre message ici…';
const botBubbles = (page: Page) => page.locator('#webchat .webchat__bubble:not(.webchat__bubble--from-user)');
const userBubbles = (page: Page) => page.locator('#webchat .webchat__bubble--from-user');

describe.skipIf(!hasChromium)('French web chat page in headless Chromium', () => {
  let app: RunningApp;
  let browser: Browser;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    app = await startApp({ STATE_STORE: 'file' }, { skipWarmUp: true });
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

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
    await page.screenshot({ path: artifactPath('webchat-conversation.png'), fullPage: true });

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

    // "Nouvelle conversation" starts afresh with a new welcome.
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Nouvelle conversation' }).click()]);
    await botBubbles(page).filter({ hasText: 'gratuit' }).first().waitFor({ timeout: 20_000 });
    expect(await userBubbles(page).count()).toBe(0);
    const fresh = await page.evaluate(() => sessionStorage.getItem('cep-accueil.conversation'));
    expect(JSON.parse(fresh!).conversationId).not.toBe(JSON.parse(conversationBefore!).conversationId);

    expect(pageErrors).toEqual([]);
    await context.close();
  }, 120_000);
});
