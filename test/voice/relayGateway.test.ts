// Scripted callers over a real WebSocket against the real server on loopback (relay protocol).
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ActivityHandler, ActivityTypes } from 'botbuilder';
import { ScriptedCaller, startApp, type RunningApp } from './voiceTestKit.js';
import { sendReply } from '../../bot/rendering/renderReply.js';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { buildContainer } from '../../server/container.js';

describe('voice relay gateway with the real assistant', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ VOICE_NO_INPUT_MS: '150', VOICE_DTMF_TIMEOUT_MS: '200', VOICE_TTS_CHARS_PER_SECOND: '5000' });
  });
  afterAll(async () => app?.close());

  it('Given a new call, Then the assistant speaks its welcome as text messages for the provider to synthesise', async () => {
    const caller = await ScriptedCaller.dial(app.wsUrl);
    await caller.waitFor((m) => m.type === 'text');
    const first = caller.received.find((m) => m.type === 'text')!;
    expect(first.last).toBe(true);
    expect(first.token).toMatch(/gratuit|confidentiel|conseil/i);
    expect(first.token).not.toMatch(/<|\*\*|https?:\/\//); // plain speech: no tags, markdown or bare links
    caller.hangUp();
  });

  it('Given the caller says nothing after a question, Then the gateway reports silence and the assistant reprompts', async () => {
    const caller = await ScriptedCaller.dial(app.wsUrl);
    await caller.waitFor((m) => m.type === 'text');
    const i = await caller.waitForText(/rien entendu/, 0, 15_000);
    expect(i).toBeGreaterThan(0);
    caller.hangUp();
  });

  it('Given the caller hangs up, Then the call state is dropped from the store', async () => {
    const callSid = `CAhangup${Date.now()}`;
    const caller = await ScriptedCaller.dial(app.wsUrl, callSid);
    await caller.waitFor((m) => m.type === 'text');
    const key = `voice/conversations/voice-${callSid}/`;
    expect(Object.keys(await app.services.storage.read([key]))).toEqual([key]);
    caller.hangUp();
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline && Object.keys(await app.services.storage.read([key])).length) await new Promise((r) => setTimeout(r, 50));
    expect(Object.keys(await app.services.storage.read([key]))).toEqual([]);
  });

  it('Given malformed or unknown messages, Then they are ignored and the call goes on', async () => {
    const caller = await ScriptedCaller.dial(app.wsUrl);
    await caller.waitFor((m) => m.type === 'text');
    caller.send({ type: 'nonsense' });
    (caller as unknown as { ws: WebSocket }).ws.send('{not json');
    const from = caller.received.length;
    caller.say('bonjour');
    await caller.waitFor((m) => m.type === 'text', from);
    caller.hangUp();
  });
});

describe('voice relay gateway protocol mapping (test bot)', () => {
  let close: () => Promise<void>;
  let wsUrl: string;
  beforeAll(async () => {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', STATE_STORE: 'memory', TICKET_STORE: 'memory', VOICE_DTMF_TIMEOUT_MS: '150' });
    const services = await buildContainer(config, {
      skipWarmUp: true,
      bot: () => {
        const bot = new ActivityHandler();
        bot.onMessage(async (ctx, next) => {
          const text = ctx.activity.text ?? '';
          if (text === 'transfert') {
            await ctx.sendActivity({ type: ActivityTypes.Event, name: 'transfer', value: { transferTarget: 'tel:+33140000000' } });
          } else if (text === 'consentement') {
            await sendReply(ctx, { text: 'Avant de continuer, voici comment vos données sont utilisées.', legal: true });
          } else {
            await sendReply(ctx, { text: `Vous avez dit ${text}.`, expectsAnswer: true });
          }
          await next();
        });
        return bot;
      },
    });
    const handle = createApp(services);
    await new Promise<void>((r) => handle.server.listen(0, '127.0.0.1', () => r()));
    wsUrl = `ws://127.0.0.1:${(handle.server.address() as AddressInfo).port}`;
    close = handle.close;
  });
  afterAll(async () => close?.());

  it('Given keypad digits with a pause, Then the gateway ends the sequence on its timeout and the bot gets one answer', async () => {
    const caller = await ScriptedCaller.dial(wsUrl);
    caller.press('13');
    await caller.waitForText(/Vous avez dit 13\./);
    caller.press('2A0');
    caller.press('#');
    await caller.waitForText(/Vous avez dit 20\./); // "A" is not a key: dropped
  });

  it('Given a consent notice, Then it is not interruptible; other messages are', async () => {
    const caller = await ScriptedCaller.dial(wsUrl);
    caller.say('consentement');
    const i = await caller.waitForText(/données/);
    expect(caller.received[i]!.interruptible).toBe(false);
    caller.say('bonjour');
    const j = await caller.waitForText(/Vous avez dit bonjour/);
    expect(caller.received[j]!.interruptible).toBe(true);
  });

  it('Given the bot transfers the call, Then the gateway ends the session with the target for the provider to dial', async () => {
    const caller = await ScriptedCaller.dial(wsUrl);
    caller.say('transfert');
    const i = await caller.waitFor((m) => m.type === 'end');
    expect(JSON.parse(caller.received[i]!.handoffData!)).toEqual({ reason: 'transfer', transferTarget: 'tel:+33140000000' });
  });
});

describe('voice relay authentication', () => {
  it('Given an auth token, Then an upgrade without a valid provider signature is refused and a signed one accepted', async () => {
    const app = await startApp({ VOICE_RELAY_AUTH_TOKEN: 'secret-token', PUBLIC_URL: 'https://cep.example.org' });
    try {
      const refused = await new Promise<string>((resolve) => {
        const ws = new WebSocket(`${app.wsUrl}/voice/relay`);
        ws.on('error', (e) => resolve(e.message));
        ws.on('open', () => resolve('open'));
      });
      expect(refused).toMatch(/403/);
      const signature = createHmac('sha1', 'secret-token').update('wss://cep.example.org/voice/relay').digest('base64');
      const accepted = await new Promise<string>((resolve) => {
        const ws = new WebSocket(`${app.wsUrl}/voice/relay`, { headers: { 'X-Twilio-Signature': signature } });
        ws.on('error', (e) => resolve(e.message));
        ws.on('open', () => {
          ws.close();
          resolve('open');
        });
      });
      expect(accepted).toBe('open');
    } finally {
      await app.close();
    }
  });
});
