// A whole phone call, from the welcome to a hand-off ticket, as a caller on the freephone line:
// real server, real relay WebSocket, real dialogs, real ticket store (journal), then hang-up.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScriptedCaller, startApp, type RunningApp } from './voiceTestKit.js';
import { MAX_SPOKEN_CHARS } from '../../bot/rendering/spokenText.js';

describe('a full call over the relay gateway', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ TICKET_STORE: 'journal', VOICE_NO_INPUT_MS: '600000', VOICE_DTMF_TIMEOUT_MS: '300' });
    // The trade search loads in the background; the call does not depend on it but waits like a real start.
    for (let i = 0; i < 600 && (await fetch(`${app.url}/readyz`)).status !== 200; i++) await new Promise((r) => setTimeout(r, 200));
  });
  afterAll(async () => app?.close());

  it.each([
    ['says her number in words', 'words'],
    ['types her number on the keypad', 'keys'],
    ['types five digits, is told and asked again, then types ten', 'retry'],
  ])('Given an employee near Lyon who consents and %s, Then a ticket with her number exists after she hangs up', async (_how, entry) => {
    const spokenNumber = entry === 'words';
    const callSid = `CAfull${Date.now()}${entry}`;
    const caller = await ScriptedCaller.dial(app.wsUrl, callSid, '+33699887766');
    await caller.waitForText(/gratuit/);

    let from = caller.received.length;
    caller.say("bonjour je suis salariée dans le privé j'ai 38 ans j'habite à Villeurbanne et je voudrais changer de métier");
    await caller.waitForText(/Si je résume/, from);
    from = caller.received.length;
    caller.press('1'); // « Oui, c'est ça »
    // The orientation first; the consent notice, too long for the same turn, after « Je continue ? ».
    await caller.waitForText(/Je continue \?/, from, 30_000);
    expect(caller.texts(from).join(' ')).not.toMatch(/Êtes-vous d'accord/);
    from = caller.received.length;
    caller.press('1'); // « oui »
    await caller.waitForText(/Êtes-vous d'accord/, from, 30_000);
    const consent = caller.received.slice(from).filter((m) => m.type === 'text' && /données|anonymisée|fiche/.test(m.token ?? ''));
    expect(consent.length).toBeGreaterThan(0);
    expect(consent.every((m) => m.interruptible === false)).toBe(true); // no barge-in on the consent notice

    await caller.pressAndWait('1', /recontacté/); // d'accord
    await caller.pressAndWait('1', /numéro de téléphone/); // par téléphone
    from = caller.received.length;
    if (entry === 'retry') {
      caller.press('06123'); // then a pause: the gateway's keypad timeout ends the entry
      await caller.waitForText(/numéro/, from);
      // Never a ticket whose only contact failed to parse without saying so: the number is asked again.
      expect(caller.texts(from).join(' ')).not.toMatch(/référence/i);
      from = caller.received.length;
    }
    if (spokenNumber) caller.say('zéro six douze trente-quatre cinquante-six soixante-dix-huit');
    else caller.press('0612345678'); // ten keys, one message each, no « # »
    await caller.waitForText(/joignable/, from);
    from = caller.received.length;
    caller.say('le matin');
    const done = await caller.waitForText(/référence/i, from);

    for (const m of caller.received.filter((x) => x.type === 'text')) {
      expect(m.token!.length).toBeLessThanOrEqual(MAX_SPOKEN_CHARS);
      expect(m.token).not.toMatch(/<[a-z]|\*\*|https?:\/\//);
    }

    caller.hangUp();
    const key = `voice/conversations/voice-${callSid}/`;
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && Object.keys(await app.services.storage.read([key])).length) await new Promise((r) => setTimeout(r, 100));
    expect(Object.keys(await app.services.storage.read([key]))).toEqual([]);

    // The ticket the caller consented to is kept, with her number as the only contact detail.
    const ids = await app.services.tickets.store.idsForConversation(`voice-${callSid}`);
    expect(ids).toHaveLength(1);
    const ticket = (await app.services.tickets.get(ids[0]!))!;
    expect(caller.received[done]!.token!.replace(/\s/g, '')).toContain(ticket.reference.replace(/^CEP-?|-/g, ''));
    expect(ticket.contact.channel).toBe('phone');
    expect(ticket.contact.value.replace(/\D/g, '')).toBe('0612345678');
    expect(ticket.structure.operatorType).toBe('cep_actifs_occupes');
    expect(ticket.status).toBe('new');
    expect(ticket.situation).toMatch(/Villeurbanne/);
    // The caller's number from the line is never stored: only what she chose to give.
    expect(JSON.stringify(ticket)).not.toContain('699887766');
  }, 180_000);

  it('Given a caller with nowhere to sleep tonight, When he asks for someone, Then the call is transferred to the 115', async () => {
    const caller = await ScriptedCaller.dial(app.wsUrl);
    await caller.waitForText(/gratuit/);
    let from = caller.received.length;
    caller.say('je dors dans la rue ce soir je ne sais pas où aller');
    await caller.waitForText(/115/, from);
    from = caller.received.length;
    caller.say("je veux parler à quelqu'un");
    const said = await caller.waitForText(/Je vous mets en relation avec le 115/, from);
    expect(said).toBeGreaterThanOrEqual(from);
    const end = await caller.waitFor((m) => m.type === 'end', from);
    expect(JSON.parse(caller.received[end]!.handoffData!)).toEqual({ reason: 'transfer', transferTarget: 'tel:115' });
  }, 120_000);
});
