// The chat page in headless Chromium when the visitor's IP is over the Direct Line limit: the page
// shows the server's French "too many requests" message instead of a generic failure.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { chromiumAvailable, launchBrowser } from '../helpers/browser.js';
import { expectServerUp, startServerProcess, type ServerProcess } from './securityServer.js';

describe.skipIf(!chromiumAvailable())('chat page over the rate limit', { timeout: 120_000 }, () => {
  let server: ServerProcess;
  let browser: Browser;
  beforeAll(async () => {
    server = await startServerProcess({ RATE_LIMIT_DIRECTLINE_PER_MINUTE: '1' });
    browser = await launchBrowser();
  }, 130_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('Given the IP has used its token budget, When the page opens, Then it tells the visitor in French to wait', async () => {
    expect((await fetch(`${server.url}/v3/directline/tokens/generate`, { method: 'POST' })).status).toBe(200);
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.waitForFunction(() => /Trop de demandes/.test(document.getElementById('chat-status')?.textContent ?? ''), undefined, { timeout: 30_000 });
    expect(await page.textContent('#chat-status')).toMatch(/Merci de patienter/);
    await page.close();
    await expectServerUp(server);
  });
});
