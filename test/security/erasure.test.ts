// « effacer mes données » over /api/messages (Emulator channel, expectReplies) against the real app:
// explicit confirmation, the conversation as proof for its own tickets, reference + contact detail
// for a ticket of another conversation, and nothing erased for a stranger.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, postActivity, replyTexts, startApp, type RunningApp } from '../helpers/appServer.js';
import type { Ticket, TicketDraft } from '../../orientation/tickets/ticket.js';
import { draft } from '../handoff/ticketFixtures.js';

describe('« effacer mes données » needs proof of ownership and a confirmation turn', { timeout: 120_000 }, () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ TICKET_STORE: 'journal' }, { skipWarmUp: true });
  }, 120_000);
  afterAll(async () => app?.close());

  let n = 0;
  const conversation = () => `conv-effacement-${++n}-${Date.now()}`;
  const say = async (conversationId: string, text: string) =>
    replyTexts(await postActivity(app.url, activity(conversationId, { type: 'message', text }))).join('\n');
  const ticketIn = async (conversationId: string, overrides: Partial<TicketDraft> = {}): Promise<Ticket> =>
    (await app.services.tickets.create(draft({ conversation: { channelId: 'emulator', conversationId, userId: `user-${conversationId}`, reference: {} }, ...overrides }))).ticket;
  const erased = async (t: Ticket) => (await app.services.tickets.get(t.id))?.anonymisedAt !== undefined;

  it('Given a ticket made in this conversation, When the person asks to erase, Then nothing goes before « oui », and « oui » erases it', async () => {
    const conv = conversation();
    const t = await ticketIn(conv);
    expect(await say(conv, 'effacer mes données')).toMatch(/Confirmez-vous/);
    expect(await erased(t)).toBe(false);
    expect(await say(conv, 'oui')).toMatch(/C'est fait/);
    expect(await erased(t)).toBe(true);
  });

  it('Given the person answers « non », Then nothing is erased', async () => {
    const conv = conversation();
    const t = await ticketIn(conv);
    await say(conv, 'effacer mes données');
    expect(await say(conv, 'non')).toMatch(/je n’efface rien/);
    expect(await erased(t)).toBe(false);
  });

  it('Given a ticket of another conversation, When its reference and a wrong contact are given, Then it is kept; with the right contact it is erased', async () => {
    const t = await ticketIn(conversation(), { contact: { channel: 'phone', value: '06 11 22 33 44' } });
    const stranger = conversation();
    await say(stranger, 'effacer mes données');
    expect(await say(stranger, t.reference)).toMatch(/numéro de téléphone ou l’adresse électronique/);
    expect(await say(stranger, '06 99 99 99 99')).toMatch(new RegExp(`Confirmez-vous l’effacement de la demande ${t.reference}`));
    expect(await say(stranger, 'oui')).toMatch(/ne correspond pas/);
    expect(await erased(t)).toBe(false);

    const owner = conversation();
    await say(owner, 'effacer mes données');
    await say(owner, t.reference.toLowerCase());
    await say(owner, '+33 6 11 22 33 44');
    await say(owner, 'oui');
    expect(await erased(t)).toBe(true);
  });

  it('Given a chat ticket of another conversation, Then it cannot be erased from here and the person is told how', async () => {
    const t = await ticketIn(conversation(), { contact: { channel: 'chat', value: '' } });
    const other = conversation();
    await say(other, 'effacer mes données');
    expect(await say(other, t.reference)).toMatch(/ne peux pas vérifier ici/);
    await say(other, 'oui');
    expect(await erased(t)).toBe(false);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });
});
