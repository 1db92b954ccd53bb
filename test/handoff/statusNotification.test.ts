// A counsellor's status change reaches the person's conversation: BotFrameworkNotifier on a real
// CloudAdapter (local mode) posts the proactive message and the handoff.status event to the
// conversation's serviceUrl — here a loopback HTTP server standing in for the channel connector.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdapter } from '../../server/adapterFactory.js';
import { loadConfig } from '../../server/config.js';
import { createLogger } from '../../server/platform/logger.js';
import { BotFrameworkNotifier } from '../../bot/botframework/botFrameworkNotifier.js';
import { TicketService } from '../../orientation/tickets/ticketService.js';
import { MemoryTicketStore } from '../../bot/handoff/ticketStore.memory.js';
import { draft, STRUCTURE_C } from './ticketFixtures.js';

// The application's own adapter, in local mode (no app id), as the container builds it.
const adapter = () => createAdapter(loadConfig({ LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv), createLogger('silent'));

let server: Server;
let serviceUrl: string;
const received: Array<{ path: string; body: any }> = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', body: data ? JSON.parse(data) : undefined });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: `act-${received.length}` }));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  serviceUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

function reference(conversationId: string, url = serviceUrl) {
  return {
    channelId: 'webchat',
    conversationId,
    userId: 'user-1',
    reference: { channelId: 'webchat', serviceUrl: url, conversation: { id: conversationId }, bot: { id: 'bot', name: 'CEP' }, user: { id: 'user-1' } },
  };
}

describe('status change pushed to the conversation', () => {
  it('Given a ticket with a reachable conversation, When a counsellor takes then redirects it, Then the person gets a French message and a handoff.status event each time', async () => {
    const warnings: string[] = [];
    const tickets = new TicketService({
      store: new MemoryTicketStore(),
      retentionDays: 30,
      notifier: new BotFrameworkNotifier(adapter(), '', (e) => warnings.push('ERR ' + e.message)),
      onWarning: (m, d) => warnings.push(`${m} ${JSON.stringify(d)}`),
    });
    const { ticket } = await tickets.create(draft({ conversation: reference('conv-push') }));
    received.length = 0;
    await tickets.take(ticket.id, 'counsellor:a');
    const posts = received.filter((r) => r.path.includes('/v3/conversations/conv-push/activities'));
    expect(posts).toHaveLength(2);
    expect(posts[0].body.type).toBe('message');
    expect(posts[0].body.text).toContain(ticket.reference);
    expect(posts[0].body.text).toMatch(/prise en charge/);
    expect(posts[1].body).toMatchObject({ type: 'event', name: 'handoff.status', value: { reference: ticket.reference, state: 'taken' } });
    await tickets.redirect(ticket.id, 'counsellor:a', STRUCTURE_C, 'RQTH');
    expect(received.at(-2)!.body.text).toMatch(/autre structure/);
    expect(warnings).toEqual([]);
  });

  it('Given a conversation that is gone, When the status changes, Then the change is still made and only a warning is logged', async () => {
    const warnings: string[] = [];
    const tickets = new TicketService({
      store: new MemoryTicketStore(),
      retentionDays: 30,
      notifier: new BotFrameworkNotifier(adapter()),
      onWarning: (m) => warnings.push(m),
    });
    const { ticket } = await tickets.create(draft({ conversation: reference('conv-gone', 'http://127.0.0.1:1/') }));
    const taken = await tickets.take(ticket.id, 'counsellor:a');
    expect(taken.status).toBe('taken');
    expect(warnings).toEqual(['status change not delivered (conversation unreachable)']);
  });
});
