// How real calls end, with the REAL dialogs behind both gateways (ConversationRelay WebSocket and
// VoiceAI Connect-style /api/messages): a goodbye gets polite words then the gateway's hang-up; a
// journey that ends with a ticket hangs up after the confirmation; a contact that cannot be read is
// never silently dropped (the ticket waits for a valid contact or an explicit « pas de contact »).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, postActivity } from '../helpers/appServer.js';
import { ScriptedCaller, startApp, type RunningApp } from './voiceTestKit.js';

interface GatewayActivity {
  type: string;
  name?: string;
  text?: string;
}

let app: RunningApp;
beforeAll(async () => {
  app = await startApp({ TICKET_STORE: 'memory', VOICE_NO_INPUT_MS: '600000', VOICE_DTMF_TIMEOUT_MS: '300' });
  // The trade search loads in the background; the calls wait for it like a real start.
  for (let i = 0; i < 600 && (await fetch(`${app.url}/readyz`)).status !== 200; i++) await new Promise((r) => setTimeout(r, 200));
});
afterAll(async () => app?.close());

/** A relay caller brought to the consent question of a hand-off (employee near Lyon). */
async function relayCallerAtConsent(callSid: string): Promise<ScriptedCaller> {
  const caller = await ScriptedCaller.dial(app.wsUrl, callSid);
  await caller.waitForText(/gratuit/);
  await caller.sayAndWait("bonjour je suis salariée dans le privé j'ai 38 ans j'habite à Villeurbanne et je voudrais changer de métier", /Si je résume/, 30_000);
  await caller.pressAndWait('1', /Je continue \?/, 30_000);
  await caller.pressAndWait('1', /Êtes-vous d'accord/, 30_000);
  return caller;
}

/** The same caller, consenting and choosing a call back: the phone number is asked. */
async function relayCallerAtPhoneNumber(callSid: string): Promise<ScriptedCaller> {
  const caller = await relayCallerAtConsent(callSid);
  await caller.pressAndWait('1', /recontacté/, 30_000); // d'accord
  await caller.pressAndWait('1', /numéro de téléphone/, 30_000); // par téléphone
  return caller;
}

describe('relay gateway with the real dialogs: how a call ends', () => {
  it('Given « non merci au revoir » after the welcome, Then a polite goodbye is said and the relay gets `end` (hang-up)', async () => {
    const caller = await ScriptedCaller.dial(app.wsUrl);
    await caller.waitForText(/gratuit/);
    const from = caller.received.length;
    caller.say('non merci au revoir');
    const end = await caller.waitFor((m) => m.type === 'end', from);
    const said = caller.texts(from).join(' ');
    expect(said).toMatch(/au revoir/i);
    expect(said).not.toMatch(/pas (bien )?compris/);
    expect(JSON.parse(caller.received[end]!.handoffData!)).toEqual({ reason: 'hangup' });
    // The goodbye words come before the hang-up.
    expect(caller.received.slice(from, end).some((m) => m.type === 'text' && /revoir/i.test(m.token ?? ''))).toBe(true);
    caller.hangUp();
  }, 120_000);

  it('Given a journey that ends with a ticket, Then the call hangs up after the confirmation with its reference', async () => {
    const callSid = `CAend${Date.now()}`;
    const caller = await relayCallerAtPhoneNumber(callSid);
    await caller.sayAndWait('zéro six douze trente-quatre cinquante-six soixante-dix-huit', /joignable/);
    const from = caller.received.length;
    caller.say('le matin');
    const confirmation = await caller.waitForText(/référence/i, from);
    const end = await caller.waitFor((m) => m.type === 'end', from);
    expect(end).toBeGreaterThan(confirmation);
    expect(JSON.parse(caller.received[end]!.handoffData!)).toEqual({ reason: 'hangup' });
    const ids = await app.services.tickets.store.idsForConversation(`voice-${callSid}`);
    expect(ids).toHaveLength(1);
    caller.hangUp();
  }, 180_000);

  it('Given a phone number that cannot be read twice, Then no ticket is created: the caller is asked again and told « pas de contact » is possible', async () => {
    const callSid = `CAbad${Date.now()}`;
    const caller = await relayCallerAtPhoneNumber(callSid);
    for (const attempt of ['zéro six douze', 'je sais plus trop', 'euh attendez']) {
      const from = caller.received.length;
      caller.say(attempt);
      await caller.waitForText(/numéro/, from);
      const said = caller.texts(from).join(' ');
      expect(said).not.toMatch(/référence|joignable/i);
    }
    expect(caller.texts().join(' ')).toMatch(/pas de contact/);
    expect(await app.services.tickets.store.idsForConversation(`voice-${callSid}`)).toEqual([]);
    // A valid number at last: the journey goes on and the ticket holds it.
    await caller.pressAndWait('0612345678', /joignable/);
    await caller.sayAndWait('peu importe', /référence/i);
    const ids = await app.services.tickets.store.idsForConversation(`voice-${callSid}`);
    expect(ids).toHaveLength(1);
    expect((await app.services.tickets.get(ids[0]!))!.contact.value.replace(/\D/g, '')).toBe('0612345678');
    caller.hangUp();
  }, 180_000);

  it('Given « pas de contact » after a number that cannot be read, Then the caller is told the structure cannot call back before the ticket is made', async () => {
    const callSid = `CAnone${Date.now()}`;
    const caller = await relayCallerAtPhoneNumber(callSid);
    await caller.sayAndWait('je sais plus', /numéro/);
    const from = caller.received.length;
    caller.say('pas de contact');
    await caller.waitForText(/ne pourra pas vous (rappeler|recontacter)/, from);
    await caller.waitForText(/joignable|référence/i, from);
    caller.say('peu importe');
    await caller.waitForText(/référence/i, from);
    const ids = await app.services.tickets.store.idsForConversation(`voice-${callSid}`);
    expect(ids).toHaveLength(1);
    expect((await app.services.tickets.get(ids[0]!))!.contact.value).toBe('');
    caller.hangUp();
  }, 180_000);
});

describe('VoiceAI Connect gateway with the real dialogs: how a call ends', () => {
  const send = (conv: string, fields: Record<string, unknown>) => postActivity(app.url, activity(conv, { channelId: 'directline', ...fields }));
  const activities = (res: { body: unknown }) => ((res.body as { activities?: GatewayActivity[] }).activities ?? []);

  it('Given « non merci au revoir » after the welcome, Then the goodbye words come before the hangup event', async () => {
    const conv = `vaic-bye-${Date.now()}`;
    await send(conv, { type: 'event', name: 'start' });
    const res = await send(conv, { type: 'message', text: 'non merci au revoir' });
    const kinds = activities(res).map((a) => (a.type === 'event' ? a.name : 'message'));
    expect(kinds.at(-1)).toBe('hangup');
    const said = activities(res).filter((a) => a.type === 'message').map((a) => a.text ?? '').join(' ');
    expect(said).toMatch(/au revoir/i);
    expect(said).not.toMatch(/pas (bien )?compris/);
  }, 60_000);

  it('Given a caller in the middle of the story who says goodbye, Then the call hangs up too', async () => {
    const conv = `vaic-bye-mid-${Date.now()}`;
    await send(conv, { type: 'event', name: 'start' });
    await send(conv, { type: 'message', text: 'je voudrais changer de métier' });
    const res = await send(conv, { type: 'message', text: 'non merci au revoir' });
    expect(activities(res).map((a) => (a.type === 'event' ? a.name : 'message')).at(-1)).toBe('hangup');
  }, 60_000);

  it('Given a journey to a ticket with the number typed on the keypad, Then the confirmation is followed by the hangup event', async () => {
    const conv = `vaic-ticket-${Date.now()}`;
    const said = (res: { body: unknown }) => activities(res).filter((a) => a.type === 'message').map((a) => a.text ?? '').join(' ');
    const dtmf = (d: string) => send(conv, { type: 'event', name: 'DTMF', value: d });
    await send(conv, { type: 'event', name: 'start' });
    expect(said(await send(conv, { type: 'message', text: "bonjour je suis salariée dans le privé j'ai 38 ans j'habite à Villeurbanne et je voudrais changer de métier" }))).toMatch(/Si je résume/);
    expect(said(await dtmf('1'))).toMatch(/Je continue \?/);
    expect(said(await dtmf('1'))).toMatch(/Êtes-vous d'accord/);
    expect(said(await dtmf('1'))).toMatch(/recontacté/);
    expect(said(await dtmf('1'))).toMatch(/numéro de téléphone/);
    let last: { body: unknown } | undefined;
    for (const d of '0612345678') last = await dtmf(d);
    expect(said(last!)).toMatch(/joignable/);
    const done = await send(conv, { type: 'message', text: 'le matin' });
    expect(said(done)).toMatch(/référence/i);
    expect(activities(done).map((a) => (a.type === 'event' ? a.name : 'message')).at(-1)).toBe('hangup');
    const ids = await app.services.tickets.store.idsForConversation(conv);
    expect(ids).toHaveLength(1);
    expect((await app.services.tickets.get(ids[0]!))!.contact.value.replace(/\D/g, '')).toBe('0612345678');
  }, 120_000);
});
