// The safety question on the phone line: the caller hears the same words as the chat (real server,
// real relay WebSocket, real dialogs), and a danger answer in words gives the emergency line.
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ScriptedCaller, startApp, type RunningApp } from './voiceTestKit.js';

describe('the safety question in a phone call', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ VOICE_NO_INPUT_MS: '600000', VOICE_DTMF_TIMEOUT_MS: '300' });
    for (let i = 0; i < 600 && (await fetch(`${app.url}/readyz`)).status !== 200; i++) await new Promise((r) => setTimeout(r, 200));
  });
  afterAll(async () => app?.close());

  it('Given a caller who sleeps in his office, When he tells it, Then he is asked where he sleeps tonight, and « non j’ai nulle part » gives the 115', async () => {
    const caller = await ScriptedCaller.dial(app.wsUrl);
    await caller.waitForText(/gratuit/);
    let from = caller.received.length;
    caller.say('depuis mon divorce je dors dans mon bureau je suis comptable');
    await caller.waitForText(/endroit où dormir/, from);
    from = caller.received.length;
    caller.say("non j'ai nulle part");
    await caller.waitForText(/115/, from);
  }, 120_000);
});
