// Regenerates docs/screenshots/: the citizen web chat (desktop and phone) and each console page,
// from the real application on a loopback port, driven by headless Chromium (playwright-core).
//   npm run screenshots            (CHROMIUM_PATH=/usr/bin/chromium by default)
// Everything runs on a throw-away data directory; the conversation and accounts are made up here.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { createApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { buildContainer } from '../server/container.js';
import { upsertConsoleUser } from '../server/console/userService.js';

const OUT_DIR = resolve('docs/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PASSWORD = 'mot de passe de démonstration';

const botBubbles = (page: Page) => page.locator('#webchat .webchat__bubble:not(.webchat__bubble--from-user)');

async function say(page: Page, text: string): Promise<void> {
  const before = await botBubbles(page).count();
  const input = page.getByPlaceholder('Écrivez votre message ici…');
  await input.fill(text);
  await input.press('Enter');
  for (let i = 0; i < 200 && (await botBubbles(page).count()) <= before; i++) await page.waitForTimeout(100);
  await page.waitForTimeout(400);
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'cep-screenshots-'));
  const config = loadConfig({ ...process.env, NODE_ENV: 'development', LOG_LEVEL: 'silent', STATE_STORE: 'memory', TICKET_STORE: 'journal', DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0' });
  const services = await buildContainer(config, { skipWarmUp: true });
  const handle = createApp(services);
  await new Promise<void>((r) => handle.server.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(handle.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const shot = (page: Page, name: string, fullPage = true) => page.screenshot({ path: join(OUT_DIR, name), fullPage });
  try {
    await upsertConsoleUser(services.console.stores.users, { email: 'admin@exemple.fr', password: PASSWORD, role: 'admin', displayName: 'Alice Martin' });
    await upsertConsoleUser(services.console.stores.users, { email: 'claire@exemple.fr', password: PASSWORD, role: 'counsellor', structureId: 'milo:69382S00', region: '84', displayName: 'Claire Dupont' });

    // ---- Citizen web chat: phone, through a hand-off in the conversation ----
    const phone = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const person = await phone.newPage();
    await person.goto(`${base}/`);
    await botBubbles(person).first().waitFor({ timeout: 30_000 });
    await say(person, 'Je suis salariée dans la vente à Lyon 69003 et je voudrais me reconvertir');
    await say(person, 'oui');
    await say(person, 'oui');
    await person.locator('#webchat .webchat__suggested-action', { hasText: 'Ici, dans cette conversation' }).click();
    await person.waitForTimeout(1500);
    await say(person, 'le matin');
    await shot(person, 'webchat-phone.png', false);
    const reference = /CEP-[0-9A-Z]{4}-[0-9A-Z]{2}/.exec((await botBubbles(person).allInnerTexts()).join('\n'))?.[0];

    // ---- Citizen web chat: desktop, the ten-button status question ----
    const desktop = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    const visitor = await desktop.newPage();
    await visitor.goto(`${base}/`);
    await botBubbles(visitor).first().waitFor({ timeout: 30_000 });
    await say(visitor, 'je veux changer de métier');
    await shot(visitor, 'webchat-desktop.png');

    // ---- Console ----
    const consoleContext = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    const counsellor = await consoleContext.newPage();
    await counsellor.goto(`${base}/console/connexion`);
    await shot(counsellor, 'console-login.png');
    await counsellor.fill('#email', 'admin@exemple.fr');
    await counsellor.fill('#mot-de-passe', PASSWORD);
    await Promise.all([counsellor.waitForURL('**/console/tickets'), counsellor.keyboard.press('Enter')]);
    await shot(counsellor, 'console-queue.png');
    if (reference) {
      await counsellor.goto(`${base}/console/tickets/${reference}`);
      const box = counsellor.locator('#reponse');
      if (await box.count()) {
        await box.fill('Bonjour, je suis Alice. Quel métier vous attire ?');
        await Promise.all([counsellor.waitForURL(/info=reponse/), counsellor.getByRole('button', { name: 'Envoyer dans la conversation' }).click()]);
        await say(person, "J'aimerais travailler dans l'aide à domicile");
        await shot(person, 'webchat-phone-counsellor-reply.png', false);
        await counsellor.goto(`${base}/console/tickets/${reference}`);
      }
      await shot(counsellor, 'console-ticket.png');
    }
    await counsellor.goto(`${base}/console/tickets/recherche?q=lyon`);
    await shot(counsellor, 'console-search.png');
    await counsellor.goto(`${base}/console/indicateurs`);
    await shot(counsellor, 'console-kpis.png');
    await counsellor.goto(`${base}/console/administration`);
    await shot(counsellor, 'console-admin.png');
    console.log(`Screenshots written to ${OUT_DIR}`);
  } finally {
    await browser.close();
    await handle.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err: Error) => {
    console.error(err.stack ?? err.message);
    process.exit(1);
  },
);
