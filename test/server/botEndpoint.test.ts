// POST /api/messages on a real loopback server, with deliveryMode expectReplies (replies in the body).
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CepBot } from '../../bot/bots/cepBot.js';
import { MAX_MESSAGE_LENGTH } from '../../bot/bots/botMessages.js';
import { createLogger } from '../../server/platform/logger.js';
import { activity, postActivity, replyTexts, startApp, type RunningApp } from '../helpers/appServer.js';

// ConversationState/UserState keys (botbuilder appends the '' namespace).
const convKey = (id: string) => `emulator/conversations/${id}/`;
const stateKeys = (id: string) => [convKey(id), `emulator/users/user-${id}/`];

describe('POST /api/messages (local mode, expectReplies)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('Given a new conversation, When a conversationUpdate adds the user, Then the French welcome says what the service is', async () => {
    const res = await postActivity(
      app.url,
      activity('welcome-1', { type: 'conversationUpdate', membersAdded: [{ id: 'bot' }, { id: 'user-welcome-1' }] }),
    );
    expect(res.status).toBe(200);
    const texts = replyTexts(res);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/gratuit/);
    expect(texts[0]).toMatch(/confidentiel/);
    expect(texts[0]).toMatch(/anonyme/);
    expect(texts[0]).toMatch(/toute personne active/);
  });

  it('Given a conversationUpdate that only adds the bot, When processed, Then no welcome is sent', async () => {
    const res = await postActivity(app.url, activity('welcome-2', { type: 'conversationUpdate', membersAdded: [{ id: 'bot' }] }));
    expect(res.status).toBe(200);
    expect(replyTexts(res)).toEqual([]);
  });

  it('Given a message, When processed, Then the main dialog replies in the response body and the state is saved', async () => {
    const res = await postActivity(app.url, activity('msg-1', { type: 'message', text: 'Bonjour, je suis salariée et je voudrais changer de métier' }));
    expect(res.status).toBe(200);
    const texts = replyTexts(res);
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.join(' ').trim().length).toBeGreaterThan(0);
    for (const a of res.body.activities) {
      expect(a.conversation.id).toBe('msg-1');
      expect(a.recipient.id).toBe('user-msg-1');
    }
    const stored = await app.services.storage.read(stateKeys('msg-1'));
    expect(stored[convKey('msg-1')]).toBeDefined();
    expect(stored[convKey('msg-1')].DialogState).toBeDefined();
  });

  it(`Given a message over ${MAX_MESSAGE_LENGTH} characters, When processed, Then a polite French reply asks for a shorter one and nothing is stored`, async () => {
    const long = 'Je travaille depuis longtemps. '.repeat(70);
    expect(long.length).toBeGreaterThan(MAX_MESSAGE_LENGTH);
    const res = await postActivity(app.url, activity('long-1', { type: 'message', text: long }));
    expect(res.status).toBe(200);
    const texts = replyTexts(res);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/long/);
    expect(texts[0]).toMatch(/résumer/);
    expect(await app.services.storage.read(stateKeys('long-1'))).toEqual({});
  });

  it('Given an ongoing conversation, When a too-long message arrives, Then the stored state is left untouched', async () => {
    await postActivity(app.url, activity('long-2', { type: 'message', text: 'Bonjour' }));
    const before = await app.services.storage.read(stateKeys('long-2'));
    expect(Object.keys(before)).not.toHaveLength(0);
    await postActivity(app.url, activity('long-2', { type: 'message', text: 'x'.repeat(MAX_MESSAGE_LENGTH + 1) }));
    const after = await app.services.storage.read(stateKeys('long-2'));
    expect(after).toEqual(before);
  });

  it('Given a message of exactly the limit, When processed, Then it goes to the dialog', async () => {
    const res = await postActivity(app.url, activity('limit-1', { type: 'message', text: 'a'.repeat(MAX_MESSAGE_LENGTH) }));
    expect(res.status).toBe(200);
    expect(replyTexts(res).join(' ')).not.toMatch(/résumer/);
    expect(Object.keys(await app.services.storage.read(stateKeys('limit-1')))).not.toHaveLength(0);
  });

  it('Given an attachment without text, When processed, Then a French explanation is sent and nothing is stored', async () => {
    const res = await postActivity(
      app.url,
      activity('att-1', {
        type: 'message',
        attachments: [{ contentType: 'image/png', contentUrl: 'data:image/png;base64,iVBORw0KGgo=', name: 'cv.png' }],
      }),
    );
    expect(res.status).toBe(200);
    const texts = replyTexts(res);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/pièces jointes/);
    expect(await app.services.storage.read(stateKeys('att-1'))).toEqual({});
  });

  it('Given an attachment with text, When processed, Then the explanation is followed by the dialog reply', async () => {
    const res = await postActivity(
      app.url,
      activity('att-2', { type: 'message', text: 'Voici mon CV, je cherche une formation', attachments: [{ contentType: 'application/pdf', name: 'cv.pdf' }] }),
    );
    const texts = replyTexts(res);
    expect(texts[0]).toMatch(/pièces jointes/);
    expect(texts.length).toBeGreaterThan(1);
    const stored = await app.services.storage.read(stateKeys('att-2'));
    expect(JSON.stringify(stored)).not.toContain('cv.pdf');
  });

  it('Given an unknown activity type, When posted, Then it is ignored (200, no reply)', async () => {
    const res = await postActivity(app.url, activity('unk-1', { type: 'somethingNew', value: { a: 1 } }));
    expect(res.status).toBe(200);
    expect(res.body?.activities ?? []).toEqual([]);
  });

  it('Given typing and event activities, When posted, Then they are ignored', async () => {
    for (const type of ['typing', 'event', 'messageReaction']) {
      const res = await postActivity(app.url, activity('unk-2', { type, name: 'whatever' }));
      expect(res.status).toBe(200);
      expect(replyTexts(res)).toEqual([]);
    }
  });

  it('Given an activity without type, When posted, Then 400 with a JSON error', async () => {
    const { type: _drop, ...noType } = activity('bad-1', { type: 'message', text: 'bonjour' }) as { type: string };
    const res = await postActivity(app.url, noType);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_activity');
    expect(typeof res.body.error.message).toBe('string');
  });

  it('Given an empty type or a JSON array, When posted, Then 400 with a JSON error', async () => {
    expect((await postActivity(app.url, activity('bad-2', { type: '  ' }))).status).toBe(400);
    const arr = await postActivity(app.url, [activity('bad-3', { type: 'message' })]);
    expect(arr.status).toBe(400);
    expect(arr.body.error.code).toBe('invalid_activity');
  });

  it('Given malformed JSON, When posted, Then 400 with a JSON error', async () => {
    const res = await postActivity(app.url, '{"type": "message", "text": ');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: 'malformed_json', message: expect.any(String) } });
  });

  it('Given a body over 256 KB, When posted, Then 413 with a JSON error', async () => {
    const res = await postActivity(app.url, activity('big-1', { type: 'message', text: 'a'.repeat(300 * 1024) }));
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });

  it('Given a body just under 256 KB, When posted, Then it is accepted (and refused politely as too long)', async () => {
    const res = await postActivity(app.url, activity('big-2', { type: 'message', text: 'a'.repeat(200 * 1024) }));
    expect(res.status).toBe(200);
    expect(replyTexts(res)[0]).toMatch(/long/);
  });

  it('Given a GET on the endpoint, When called, Then 405 JSON', async () => {
    const res = await fetch(`${app.url}/api/messages`);
    expect(res.status).toBe(405);
    expect((await res.json()).error.code).toBe('method_not_allowed');
  });
});

class FailingDialog extends Dialog {
  constructor() {
    super('failingDialog');
  }
  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    throw new Error(`cannot handle ${dc.context.activity.text}`);
  }
}

describe('Turn errors', () => {
  it('Given a dialog that throws, When a message with personal data arrives, Then the user gets a French apology and the log holds no personal data', async () => {
    const lines: string[] = [];
    const logger = createLogger('debug', { write: (line: string) => void lines.push(line) });
    const app = await startApp({}, {
      logger,
      bot: (s) => new CepBot({ conversationState: s.conversationState, userState: s.userState, dialog: new FailingDialog(), logger: s.logger }),
    });
    try {
      const text = 'Je suis Marie Dupont, marie.dupont@example.fr, 06 12 34 56 78, licenciée hier';
      const res = await postActivity(app.url, activity('err-1', { type: 'message', text }));
      expect(res.status).toBe(200);
      const texts = replyTexts(res);
      expect(texts).toHaveLength(1);
      expect(texts[0]).toMatch(/^Désolé/);
      const log = lines.join('\n');
      expect(log).toContain('turn failed');
      expect(log).not.toContain('marie.dupont@example.fr');
      expect(log).not.toContain('06 12 34 56 78');
      expect(log).not.toContain('licenciée');
      expect(log).not.toContain('Marie Dupont');
    } finally {
      await app.close();
    }
  });
});
