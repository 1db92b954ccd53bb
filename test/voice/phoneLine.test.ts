// A freephone line, end to end at the gateways: scripted callers on the ConversationRelay WebSocket
// and on VoiceAI Connect-style /api/messages, against the real server on loopback with a small
// scripted bot that speaks through the same renderer and contract as the dialogs (Reply.expectedInput,
// Reply.endsConversation). The real assistant's journeys are in fullCall.test.ts.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActivityHandler, ActivityTypes, type TurnContext } from 'botbuilder';
import { ScriptedCaller } from './voiceTestKit.js';
import { activity, postActivity } from '../helpers/appServer.js';
import { sendReply } from '../../bot/rendering/renderReply.js';
import type { Reply } from '../../orientation/conversation/reply.js';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { buildContainer } from '../../server/container.js';
import { MAX_TURNS_WITHOUT_PROGRESS, NO_INPUT_HANG_UP_AFTER } from '../../bot/voice/voiceTurnMiddleware.js';

const PROFILE = { age: 47, status: 'salarie_prive', place: { commune: 'Villeurbanne', departement: '69' }, rqth: true, healthBarriers: 'dos' };
const TWELVE_OPTIONS = Array.from({ length: 12 }, (_, i) => ({ value: `metier-${i + 1}`, title: `métier ${i + 1}` }));

/** A scripted assistant: each keyword opens a question of one kind, the next answer is echoed. */
function scriptedBot(): ActivityHandler {
  const bot = new ActivityHandler();
  const pending = new Map<string, string>();
  bot.onMembersAdded(async (ctx, next) => {
    await sendReply(ctx, { text: 'Bienvenue sur la ligne d’essai, appel gratuit.', expectsAnswer: true });
    await next();
  });
  bot.onMessage(async (ctx: TurnContext, next) => {
    const text = ctx.activity.text ?? '';
    const conv = ctx.activity.conversation.id;
    const waiting = pending.get(conv);
    pending.delete(conv);
    const ask = async (kind: string, reply: Reply) => {
      pending.set(conv, kind);
      await sendReply(ctx, { ...reply, expectsAnswer: true });
    };
    if (waiting) {
      await sendReply(ctx, { text: `Réponse ${waiting} : ${text}.`, expectsAnswer: true });
    } else if (text === 'numéro') {
      await ask('téléphone', { text: 'Quel est votre numéro de téléphone ?', expectedInput: 'phone' });
    } else if (text === 'numéro sans contrat') {
      // A dialog that does not set expectedInput yet: the wording says what is expected.
      await ask('téléphone', { text: 'À quel numéro de téléphone pouvons-nous vous rappeler ?' });
    } else if (text === 'code') {
      await ask('code postal', { text: 'Quel est votre code postal ?', expectedInput: 'postcode' });
    } else if (text === 'métiers') {
      await ask('option', { text: 'Quel métier vous intéresse ?', choices: TWELVE_OPTIONS, expectedInput: 'option' });
    } else if (text === 'au revoir') {
      await sendReply(ctx, { text: 'Merci de votre appel. Au revoir.', endsConversation: true });
    } else if (text === 'décision') {
      // Internal events with the caller's profile: they must never reach a telephony gateway.
      await ctx.sendActivity({ type: ActivityTypes.Event, name: 'orientation.decision', value: { chosen: 'cep_actifs_occupes', structures: [], profile: PROFILE } });
      await ctx.sendActivity({ type: ActivityTypes.Event, name: 'handoff.initiate', value: { profile: PROFILE }, channelData: { profile: PROFILE } });
      await sendReply(ctx, { text: 'Je vous propose le conseil en évolution professionnelle.', expectsAnswer: true });
    } else if (text === 'transfert') {
      await ctx.sendActivity({ type: ActivityTypes.Event, name: 'orientation.decision', value: { chosen: 'mission_locale', structures: [{ id: 'ml', type: 'mission_locale', name: 'Mission locale de test', phone: '01 40 00 00 00', openingHours: '24 h/24, 7 j/7', source: 'test', coverage: 'departement' }] } });
      await sendReply(ctx, { text: 'Je vous propose la Mission locale de test.', expectsAnswer: true });
    } else if (text === 'transfert fermé') {
      // Hours the line cannot read count as closed: no transfer, the dialogs offer the call-back.
      await ctx.sendActivity({ type: ActivityTypes.Event, name: 'orientation.decision', value: { chosen: 'cap_emploi', structures: [{ id: 'ce', type: 'cap_emploi', name: 'Cap emploi de test', phone: '04 91 00 00 00', openingHours: 'sur rendez-vous', source: 'test', coverage: 'departement' }] } });
      await sendReply(ctx, { text: 'Je vous propose Cap emploi de test.', expectsAnswer: true });
    } else if (/conseiller/.test(text)) {
      await sendReply(ctx, { text: 'Je peux créer une demande pour qu’un conseiller vous rappelle. Quel moment vous arrange ?', expectsAnswer: true });
    } else if (text === 'long') {
      for (let i = 1; i <= 5; i++) await sendReply(ctx, { text: `Information numéro ${i} : ${'une précision utile sur votre démarche, '.repeat(4)}voilà.` });
      await sendReply(ctx, { text: 'Voulez-vous être rappelé ?', expectsAnswer: true });
    } else {
      await sendReply(ctx, { text: "Je n'ai pas bien compris. Pouvez-vous reformuler ?", expectsAnswer: true });
    }
    await next();
  });
  return bot;
}

let close: () => Promise<void>;
let wsUrl: string;
let httpUrl: string;

beforeAll(async () => {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    STATE_STORE: 'memory',
    TICKET_STORE: 'memory',
    VOICE_DTMF_TIMEOUT_MS: '1000', // well above the 200 ms pause the keypad test makes, even on a loaded machine
    VOICE_NO_INPUT_MS: '150',
    // Playback is instant here (timers stay short); the turn budget is then 0.1 s × 5000 = 500 characters,
    // what 25 s are at a real voice's 20 characters/s.
    VOICE_TTS_CHARS_PER_SECOND: '5000',
    VOICE_TURN_BUDGET_SECONDS: '0.1',
  });
  const services = await buildContainer(config, { skipWarmUp: true, bot: scriptedBot });
  const handle = createApp(services);
  await new Promise<void>((r) => handle.server.listen(0, '127.0.0.1', () => r()));
  httpUrl = `http://127.0.0.1:${(handle.server.address() as AddressInfo).port}`;
  wsUrl = httpUrl.replace(/^http/, 'ws');
  close = handle.close;
});
afterAll(async () => close?.());

async function dial(): Promise<ScriptedCaller> {
  const caller = await ScriptedCaller.dial(wsUrl);
  await caller.waitForText(/Bienvenue/);
  return caller;
}

describe('relay gateway (ConversationRelay): a freephone call', () => {
  it('Given a phone number on the keypad, Then all ten digits are collected (not cut at five)', async () => {
    const caller = await dial();
    await caller.sayAndWait('numéro', /numéro de téléphone/);
    const from = caller.received.length;
    caller.press('06123');
    await new Promise((r) => setTimeout(r, 200)); // a pause shorter than the keypad timeout
    caller.press('45678');
    const i = await caller.waitForText(/Réponse téléphone/, from);
    expect(caller.received[i]!.token).toContain('06 12 34 56 78');
    caller.hangUp();
  });

  it('Given a dialog that does not say what it expects, Then the wording « numéro de téléphone » still collects ten digits', async () => {
    const caller = await dial();
    await caller.sayAndWait('numéro sans contrat', /numéro de téléphone/);
    const from = caller.received.length;
    caller.press('0612345678');
    const i = await caller.waitForText(/Réponse téléphone/, from);
    expect(caller.received[i]!.token).toContain('06 12 34 56 78');
    caller.hangUp();
  });

  it('Given a phone number spoken as words, Then the dialog receives its digits', async () => {
    const caller = await dial();
    await caller.sayAndWait('numéro', /numéro de téléphone/);
    const i = await caller.sayAndWait('zéro six douze trente-quatre cinquante-six soixante-dix-huit', /Réponse téléphone/);
    expect(caller.received[i]!.token).toContain('06 12 34 56 78');
    await caller.sayAndWait('code', /code postal/);
    const j = await caller.sayAndWait('soixante-neuf zéro zéro trois', /Réponse code postal/);
    expect(caller.received[j]!.token).toContain('69 0 03');
    caller.hangUp();
  });

  it('Given twelve options, Then option 10 is reachable by two keys or by saying « dix », and option 1 after a short wait', async () => {
    const caller = await dial();
    await caller.sayAndWait('métiers', /tapez 1 pour/);
    let from = caller.received.length;
    caller.press('10');
    await caller.waitForText(/Réponse option : métier 10\./, from);
    await caller.sayAndWait('métiers', /tapez 1 pour/);
    await caller.sayAndWait('dix', /Réponse option : métier 10\./);
    await caller.sayAndWait('métiers', /tapez 1 pour/);
    from = caller.received.length;
    caller.press('1');
    await caller.waitForText(/Réponse option : métier 1\./, from);
    caller.hangUp();
  });

  it('Given a goodbye, Then the closing words are one completed talk cycle and the session ends after it', async () => {
    const caller = await dial();
    const from = caller.received.length;
    caller.say('au revoir');
    const end = await caller.waitFor((m) => m.type === 'end', from);
    const texts = caller.received.slice(from, end).filter((m) => m.type === 'text');
    expect(texts.map((t) => t.token).join('')).toMatch(/Au revoir/);
    expect(texts.at(-1)!.last).toBe(true);
    expect(JSON.parse(caller.received[end]!.handoffData!)).toEqual({ reason: 'hangup' });
  });

  it('Given silence, Then the assistant reprompts, offers a counsellor, says it hangs up, and ends the session', async () => {
    const caller = await dial();
    const end = await caller.waitFor((m) => m.type === 'end', 0, 15_000);
    const said = caller.texts().join(' ');
    expect(said.match(/rien entendu/g)).toHaveLength(2);
    expect(said).toMatch(/conseiller/);
    expect(said).toMatch(/raccrocher/);
    expect(said.match(/Dites « conseiller » ou tapez 0/g)).toHaveLength(1); // said once, not twice
    expect(JSON.parse(caller.received[end]!.handoffData!)).toEqual({ reason: 'hangup' });
    expect(NO_INPUT_HANG_UP_AFTER).toBeGreaterThan(3);
  });

  it('Given a caller the assistant never understands, Then the call ends after a bounded number of turns', async () => {
    const caller = await dial();
    let turns = 0;
    for (; turns < MAX_TURNS_WITHOUT_PROGRESS + 3; turns++) {
      const from = caller.received.length;
      caller.say('non merci au revoir bla');
      const i = await caller.waitFor((m) => m.type === 'text' && m.last === true, from);
      if (/Au revoir/.test(caller.received[i]!.token ?? '')) break;
    }
    expect(turns + 1).toBe(MAX_TURNS_WITHOUT_PROGRESS); // four « pas compris » in a row, the fourth ends the call
    const end = await caller.waitFor((m) => m.type === 'end');
    expect(JSON.parse(caller.received[end]!.handoffData!)).toEqual({ reason: 'hangup' });
  });

  it('Given one turn of several messages, Then tokens go with last:false and only the final one with last:true', async () => {
    const caller = await dial();
    const from = caller.received.length;
    caller.say('long');
    const i = await caller.waitForText(/rappelé/, from);
    const cycle = caller.received.slice(from, i + 1).filter((m) => m.type === 'text');
    expect(cycle.length).toBeGreaterThan(1);
    expect(cycle.slice(0, -1).every((m) => m.last === false)).toBe(true);
    expect(cycle.at(-1)!.last).toBe(true);
    caller.hangUp();
  });

  it('Given an interrupt with no prompt after it, Then the silence timer starts again (durationUntilInterruptMs as a numeric string is accepted)', async () => {
    const caller = await dial();
    await caller.sayAndWait('numéro', /numéro de téléphone/);
    const from = caller.received.length;
    caller.send({ type: 'interrupt', utteranceUntilInterrupt: 'Quel est', durationUntilInterruptMs: '850' });
    await caller.waitForText(/rien entendu/, from, 5000);
    caller.hangUp();
  });

  it('Given a transfer, Then the announcement is a completed talk cycle before `end`', async () => {
    const caller = await dial();
    await caller.sayAndWait('transfert', /Mission locale de test/);
    const from = caller.received.length;
    caller.press('0'); // « 0 » acts at once: no keypad timeout
    const end = await caller.waitFor((m) => m.type === 'end', from, 1000);
    const cycle = caller.received.slice(from, end).filter((m) => m.type === 'text');
    expect(cycle.map((m) => m.token).join('')).toMatch(/Je vous mets en relation avec Mission locale de test, au 01 40 00 00 00/);
    expect(cycle.at(-1)!.last).toBe(true);
    expect(JSON.parse(caller.received[end]!.handoffData!)).toEqual({ reason: 'transfer', transferTarget: 'tel:+33140000000' });
  });

  it('Given the structure is closed, When the caller taps 0, Then no transfer happens and the call-back is offered at once', async () => {
    const caller = await dial();
    await caller.sayAndWait('transfert fermé', /Cap emploi de test/);
    const from = caller.received.length;
    caller.press('0');
    await caller.waitForText(/rappelle/, from, 1000); // well before the keypad timeout
    expect(caller.received.slice(from).some((m) => m.type === 'end')).toBe(false);
    caller.hangUp();
  });

  it('Given internal events with the caller profile, Then nothing of the profile is sent on the relay', async () => {
    const caller = await dial();
    await caller.sayAndWait('décision', /conseil en évolution/);
    const wire = JSON.stringify(caller.received);
    for (const leak of ['Villeurbanne', 'salarie_prive', 'rqth', 'healthBarriers', '47', 'orientation.decision', 'handoff.initiate']) expect(wire).not.toContain(leak);
    caller.hangUp();
  });
});

describe('VoiceAI Connect gateway (/api/messages): a freephone call', () => {
  let seq = 0;
  const send = (conv: string, fields: Record<string, unknown>) => postActivity(httpUrl, activity(conv, { channelId: 'directline', ...fields }));
  const texts = (res: { body: unknown }) => (((res.body as { activities?: Array<{ type: string; text?: string }> })?.activities) ?? []).filter((a) => a.type === 'message').map((a) => a.text ?? '');
  const events = (res: { body: unknown }) => (((res.body as { activities?: Array<{ type: string; name?: string }> })?.activities) ?? []).filter((a) => a.type === 'event').map((a) => a.name);
  const newCall = async () => {
    const conv = `vaic-${++seq}-${Date.now()}`;
    await send(conv, { type: 'event', name: 'start' });
    return conv;
  };
  const dtmf = (conv: string, d: string) => send(conv, { type: 'event', name: 'DTMF', value: d });

  it('Given a conversationUpdate before `start`, Then the caller hears one welcome', async () => {
    const conv = `vaic-welcome-${Date.now()}`;
    const first = await send(conv, { type: 'conversationUpdate', membersAdded: [{ id: `user-${conv}` }] });
    const second = await send(conv, { type: 'event', name: 'start' });
    expect([...texts(first), ...texts(second)].filter((t) => /Bienvenue/.test(t))).toHaveLength(1);
    const conv2 = `vaic-welcome2-${Date.now()}`;
    const a = await send(conv2, { type: 'event', name: 'start' });
    const b = await send(conv2, { type: 'conversationUpdate', membersAdded: [{ id: `user-${conv2}` }] });
    expect([...texts(a), ...texts(b)].filter((t) => /Bienvenue/.test(t))).toHaveLength(1);
  });

  it('Given a phone number typed one key per request, Then nothing is said until the tenth digit', async () => {
    const conv = await newCall();
    await send(conv, { type: 'message', text: 'numéro' });
    for (const d of '061234567') expect(texts(await dtmf(conv, d))).toEqual([]);
    const last = await dtmf(conv, '8');
    expect(texts(last).join(' ')).toContain('Réponse téléphone : 06 12 34 56 78');
  });

  it('Given a postcode and a phone number spoken as words, Then the dialog receives digits', async () => {
    const conv = await newCall();
    await send(conv, { type: 'message', text: 'code' });
    expect(texts(await send(conv, { type: 'message', text: 'soixante-neuf zéro zéro trois' })).join(' ')).toContain('69 0 03');
    await send(conv, { type: 'message', text: 'numéro' });
    expect(texts(await send(conv, { type: 'message', text: 'zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit' })).join(' ')).toContain('06 12 34 56 78');
  });

  it('Given twelve options, Then « 1 » waits for a possible second key and « 10 » chooses option 10', async () => {
    const conv = await newCall();
    await send(conv, { type: 'message', text: 'métiers' });
    expect(texts(await dtmf(conv, '1'))).toEqual([]);
    expect(texts(await dtmf(conv, '0')).join(' ')).toContain('métier 10');
  });

  it('Given a goodbye, Then the closing words come before the hangup event', async () => {
    const conv = await newCall();
    const res = await send(conv, { type: 'message', text: 'au revoir' });
    const kinds = ((res.body as { activities: Array<{ type: string; name?: string; text?: string }> }).activities).map((a) => (a.type === 'event' ? a.name : 'message'));
    expect(kinds.at(-1)).toBe('hangup');
    expect(texts(res).join(' ')).toMatch(/Au revoir/);
  });

  it('Given repeated silence, Then the fourth no-input ends the call with a hangup event', async () => {
    const conv = await newCall();
    const all: string[] = [];
    let last: { body: unknown } | undefined;
    for (let n = 1; n <= NO_INPUT_HANG_UP_AFTER; n++) {
      last = await send(conv, { type: 'event', name: 'noUserInput', value: n });
      all.push(...texts(last));
    }
    expect(all.join(' ')).toMatch(/raccrocher/);
    expect(events(last!)).toEqual(['hangup']);
  });

  it('Given a transfer that fails, Then the failure is said and the call-back ticket offered; « 0 » had acted at once', async () => {
    const conv = await newCall();
    await send(conv, { type: 'message', text: 'transfert' });
    const transfer = await dtmf(conv, '0');
    expect(events(transfer)).toEqual(['transfer']);
    const failed = await send(conv, { type: 'event', name: 'transferStatus', value: { status: 'failed', reasonCode: 'no-answer', reason: 'SIP 408' } });
    const said = texts(failed).join(' ');
    expect(said).toMatch(/transfert n'a pas abouti : la ligne ne répond pas/);
    expect(said).toMatch(/rappelle/);
    expect(events(failed)).toEqual([]); // no second transfer to a line that did not answer
    const answered = await send(conv, { type: 'event', name: 'transferStatus', value: { status: 'answered' } });
    expect(texts(answered)).toEqual([]);
  });

  it('Given the structure is closed, When the caller asks for a counsellor, Then no transfer event and the call-back is offered', async () => {
    const conv = await newCall();
    await send(conv, { type: 'message', text: 'transfert fermé' });
    const res = await send(conv, { type: 'message', text: 'je voudrais parler à un conseiller' });
    expect(events(res)).toEqual([]);
    expect(texts(res).join(' ')).toMatch(/rappelle/);
  });

  it('Given internal events with the caller profile, Then no profile field and no internal event reaches VoiceAI Connect', async () => {
    const conv = await newCall();
    const res = await send(conv, { type: 'message', text: 'décision' });
    expect(events(res)).toEqual([]);
    const wire = JSON.stringify(res.body);
    for (const leak of ['Villeurbanne', 'salarie_prive', 'rqth', 'healthBarriers', 'orientation.decision', 'handoff.initiate']) expect(wire).not.toContain(leak);
  });

  it('Given a turn longer than its speech budget, Then the rest waits behind « voulez-vous plus de détails ? » and « détails » says it', async () => {
    const conv = await newCall();
    const res = await send(conv, { type: 'message', text: 'long' });
    const said = texts(res);
    expect(said.join(' ')).toMatch(/plus de détails/);
    expect(said.at(-1)).toMatch(/rappelé/);
    expect(said.join('').length).toBeLessThanOrEqual(500);
    expect(said.join(' ')).not.toMatch(/Information numéro 5/);
    const more = texts(await send(conv, { type: 'message', text: 'plus de détails' }));
    expect(more.join(' ')).toMatch(/Information numéro 5/);
    expect(more.at(-1)).toMatch(/rappelé/);
  });
});
