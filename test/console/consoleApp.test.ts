// The console as mounted in the real application (container + app.ts): a ticket created through the
// ticket service appears in the queue of its structure, and the real operator directory provides
// redirect targets.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../helpers/appServer.js';
import { upsertConsoleUser } from '../../server/console/userService.js';
import { draft } from '../handoff/ticketFixtures.js';
import { ConsoleClient, PASSWORD } from './consoleHarness.js';

describe('console in the application', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({}, { skipWarmUp: true });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('Given the app, When a counsellor logs in, Then their structure queue shows the new ticket, and DSFR assets are served', async () => {
    const services = app.services;
    const structure = { id: 'ml-app-test', operatorType: 'mission_locale' as const, name: 'Mission locale de test' };
    await upsertConsoleUser(services.console.stores.users, { email: 'app@ml.test', password: PASSWORD, role: 'counsellor', structureId: structure.id, region: '84' });
    const { ticket } = await services.tickets.create(draft({ structure }));
    const c = new ConsoleClient(app.url);
    expect((await c.login('app@ml.test')).status).toBe(303);
    const queue = await c.get('/console/tickets');
    expect(queue.status).toBe(200);
    expect(queue.text).toContain(ticket.reference);
    const page = await c.get(`/console/tickets/${ticket.reference}`);
    expect(page.status).toBe(200);
    // Real directory: other Lyon-area structures are offered as redirect targets.
    expect(page.text).toContain('id="structure-cible"');
    const css = await fetch(`${app.url}/console/dsfr/dsfr.min.css`);
    expect(css.status).toBe(200);
    await css.arrayBuffer();
    // Outcome recorder wired for the dialogs.
    await services.console.outcomes.record({ conversationId: 'app-1', outcome: 'information_only', region: '84' });
    expect((await services.console.outcomes.list('2000-01-01', '2100-01-01')).length).toBe(1);
  });
});
