// « Ici, dans cette conversation » end to end in two real Chromium contexts on the real application:
// the person creates a ticket in the web chat, a counsellor answers from the console's ticket page,
// the message shows in the person's Web Chat, the person answers back, both sides land in the
// ticket's transcript; once the page is closed or the conversation gone, the console says so.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, chromiumAvailable, launchBrowser } from '../helpers/browser.js';
import { startApp, type RunningApp } from '../helpers/appServer.js';
import { axeViolations } from '../helpers/axe.js';
import { upsertConsoleUser } from '../../server/console/userService.js';
import { draft } from '../handoff/ticketFixtures.js';

const PASSWORD = 'mot de passe de test solide';
const botBubbles = (page: Page) => page.locator('#webchat .webchat__bubble:not(.webchat__bubble--from-user)');

async function say(page: Page, text: string): Promise<void> {
  const before = await botBubbles(page).count();
  const input = page.getByPlaceholder('Écrivez votre message ici…');
  await input.fill(text);
  await input.press('Enter');
  await expect.poll(() => botBubbles(page).count(), { timeout: 20_000 }).toBeGreaterThan(before);
  await page.waitForTimeout(300);
}

describe.skipIf(!chromiumAvailable())('counsellor reply in the person’s conversation', () => {
  let app: RunningApp;
  let browser: Browser;
  let buildDir: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    buildDir = mkdtempSync(join(tmpdir(), 'cep-webchat-build-'));
    app = await startApp({ STATE_STORE: 'file', WEBCHAT_BUILD_DIR: buildDir, CONSOLE_SESSION_SECRET: 'secret-de-test' }, { skipWarmUp: true });
    await upsertConsoleUser(app.services.console.stores.users, { email: 'admin@cep.test', password: PASSWORD, role: 'admin', displayName: 'Alice Admin' });
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    if (buildDir) rmSync(buildDir, { recursive: true, force: true });
  });

  it('Given a ticket with contact « Ici, dans cette conversation », When the counsellor replies and the person answers, Then both see each other and the transcript keeps both', async () => {
    // The person, in the web chat.
    const personContext = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 } });
    const person = await personContext.newPage();
    person.on('pageerror', (e) => pageErrors.push(e.message));
    await person.goto(`${app.url}/`);
    await botBubbles(person).filter({ hasText: 'gratuit' }).first().waitFor({ timeout: 20_000 });
    await say(person, 'Je suis salariée dans la vente à Lyon 69003 et je voudrais me reconvertir');
    await say(person, 'oui');
    await say(person, 'oui');
    await person.locator('#webchat .webchat__suggested-action', { hasText: 'Ici, dans cette conversation' }).click();
    await expect.poll(async () => (await botBubbles(person).allInnerTexts()).join('\n'), { timeout: 20_000 }).toMatch(/joignable/);
    await say(person, 'le matin');
    const reference = /CEP-[0-9A-Z]{4}-[0-9A-Z]{2}/.exec((await botBubbles(person).allInnerTexts()).join('\n'))![0];

    // The counsellor, in the console.
    const counsellorContext = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    const console_ = await counsellorContext.newPage();
    console_.on('pageerror', (e) => pageErrors.push(e.message));
    await console_.goto(`${app.url}/console/connexion`);
    await console_.fill('#email', 'admin@cep.test');
    await console_.fill('#mot-de-passe', PASSWORD);
    await Promise.all([console_.waitForURL('**/console/tickets'), console_.keyboard.press('Enter')]);
    await console_.goto(`${app.url}/console/tickets/${reference}`);
    await expect.poll(() => console_.locator('#reponse-etat').textContent()).toContain('page de discussion ouverte');
    expect(await axeViolations(console_)).toEqual([]);
    await console_.fill('#reponse', 'Bonjour, je suis Claire. Pouvez-vous me dire **quel métier** vous attire ?');
    await Promise.all([console_.waitForURL(/info=reponse-envoyee/), console_.getByRole('button', { name: 'Envoyer dans la conversation' }).click()]);

    // The person sees it, formatted, and answers back.
    await botBubbles(person).filter({ hasText: 'quel métier' }).first().waitFor({ timeout: 10_000 });
    expect(await botBubbles(person).filter({ hasText: 'quel métier' }).first().locator('strong').first().innerText()).toMatch(/Message de|quel métier/);
    await say(person, "J'aimerais travailler dans l'aide à domicile");
    expect((await botBubbles(person).allInnerTexts()).join('\n')).toContain('Votre message a été transmis');
    await person.screenshot({ path: artifactPath('webchat-counsellor-reply.png'), fullPage: true });

    // Both sides in the ticket's transcript, the person's answer included.
    await console_.goto(`${app.url}/console/tickets/${reference}`);
    const transcript = await console_.locator('.console-transcript').innerText();
    expect(transcript).toContain('Conseiller ou conseillère');
    expect(transcript).toContain('quel métier');
    expect(transcript).toContain("J'aimerais travailler dans l'aide à domicile");
    const ticket = (await app.services.tickets.getByReference(reference))!;
    // Kept in the transcript with their authors, not as internal notes.
    expect(ticket.transcript.filter((e) => e.author).map((e) => e.from)).toEqual(['counsellor', 'person']);
    expect(ticket.transcript.map((e) => e.text).join('\n')).toContain("aide à domicile");
    expect(ticket.notes).toEqual([]);
    await console_.screenshot({ path: artifactPath('console-ticket-reply.png'), fullPage: true });

    // One counsellor action, one message for the person (the status event is not a second bubble).
    const before = await botBubbles(person).count();
    await Promise.all([console_.waitForURL(/info=prise/), console_.getByRole('button', { name: 'Prendre en charge' }).click()]);
    await botBubbles(person).filter({ hasText: 'a été prise en charge' }).first().waitFor({ timeout: 10_000 });
    await person.waitForTimeout(1000);
    expect(await botBubbles(person).count()).toBe(before + 1);

    // The person closes the page: the console says the message will not be seen now.
    await personContext.close();
    await expect
      .poll(
        async () => {
          await console_.goto(`${app.url}/console/tickets/${reference}`);
          return console_.locator('#reponse-etat').innerText();
        },
        { timeout: 10_000 },
      )
      .toContain('n’a pas la page de discussion ouverte');
    await console_.fill('#reponse', 'Je vous rappelle demain.');
    await Promise.all([console_.waitForURL(/info=reponse-conservee/), console_.getByRole('button', { name: 'Envoyer dans la conversation' }).click()]);
    expect(await console_.locator('.fr-alert').first().innerText()).toContain('elle le verra si elle y revient');
    await counsellorContext.close();
  }, 180_000);

  it('Given a chat ticket whose conversation no longer exists, Then the console offers no reply box and says why', async () => {
    const { ticket } = await app.services.tickets.create(
      draft({
        contact: { channel: 'chat', value: '' },
        conversation: { channelId: 'directline', conversationId: 'conversation-disparue', reference: { conversation: { id: 'conversation-disparue' }, serviceUrl: 'https://directline.cep.invalid/', channelId: 'directline' } },
      }),
    );
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${app.url}/console/connexion`);
    await page.fill('#email', 'admin@cep.test');
    await page.fill('#mot-de-passe', PASSWORD);
    await Promise.all([page.waitForURL('**/console/tickets'), page.keyboard.press('Enter')]);
    await page.goto(`${app.url}/console/tickets/${ticket.reference}`);
    expect(await page.locator('#reponse-etat').innerText()).toContain('a expiré');
    expect(await page.locator('#reponse').count()).toBe(0);
    await context.close();
  }, 60_000);

  it('Given the run, Then no JavaScript error was thrown', () => {
    expect(pageErrors).toEqual([]);
  });
});
