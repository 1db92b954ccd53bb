// A voice gateway speaking Bot Framework (AudioCodes VoiceAI Connect conventions) on /api/messages,
// with expectReplies so that every reply of a turn is in the HTTP response.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, postActivity } from '../helpers/appServer.js';
import { startApp, ssmlTags, SUPPORTED_SSML_TAGS, type RunningApp } from './voiceTestKit.js';
import { ssmlToPlainText } from '../../bot/rendering/ssml.js';
import { MAX_SPOKEN_CHARS } from '../../bot/rendering/spokenText.js';

interface Reply {
  type: string;
  name?: string;
  text?: string;
  speak?: string;
  inputHint?: string;
}

function checkVoiceTurn(replies: Reply[]): void {
  const messages = replies.filter((r) => r.type === 'message');
  expect(messages.length).toBeGreaterThan(0);
  messages.forEach((m, i) => {
    expect(m.speak, 'every message carries speak').toBeTruthy();
    const tags = ssmlTags(m.speak!);
    expect(tags[0]).toBe('speak');
    for (const t of tags) expect(SUPPORTED_SSML_TAGS).toContain(t);
    expect(m.speak).toContain('xml:lang="fr-FR"');
    expect(ssmlToPlainText(m.speak!).length).toBeLessThanOrEqual(MAX_SPOKEN_CHARS);
    if (i < messages.length - 1) expect(m.inputHint).toBe('ignoringInput');
    else expect(['expectingInput', 'acceptingInput']).toContain(m.inputHint);
    expect(m.text ?? '').not.toMatch(/\*\*|\]\(|https?:\/\//);
  });
}

describe('voice over /api/messages (VoiceAI Connect conventions)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => app?.close());

  const call = (conv: string, fields: Record<string, unknown>) =>
    postActivity(app.url, activity(conv, { channelId: 'directline', ...fields }));

  it('Given a call starts with a "start" event, Then the welcome is spoken with SSML and the last message expects input', async () => {
    const res = await call('ac-1', { type: 'event', name: 'start', value: { caller: 'anonymous' } });
    expect(res.status).toBe(200);
    checkVoiceTurn(res.body.activities);
    expect(res.body.activities.at(-1).inputHint).toBe('expectingInput');
  });

  it('Given the caller speaks, Then every reply of the turn follows the voice rules', async () => {
    await call('ac-2', { type: 'event', name: 'start' });
    const res = await call('ac-2', { type: 'message', text: "je suis salarié dans le privé et je voudrais changer de métier j'ai 40 ans j'habite à Lyon" });
    expect(res.status).toBe(200);
    checkVoiceTurn(res.body.activities);
  });

  it('Given keypad digits one per request, Then nothing is said until the postcode is complete', async () => {
    await call('ac-3', { type: 'event', name: 'start' });
    for (const d of '6900') {
      const r = await call('ac-3', { type: 'event', name: 'DTMF', value: d });
      expect(r.body?.activities ?? []).toEqual([]);
    }
    const last = await call('ac-3', { type: 'event', name: 'DTMF', value: '1' });
    checkVoiceTurn(last.body.activities);
  });

  it('Given silence events, Then the assistant reprompts twice and then offers a counsellor', async () => {
    await call('ac-4', { type: 'event', name: 'start' });
    const texts: string[] = [];
    for (let n = 1; n <= 3; n++) {
      const r = await call('ac-4', { type: 'event', name: 'noUserInput', value: n });
      checkVoiceTurn(r.body.activities);
      texts.push(r.body.activities.map((a: Reply) => a.text).join(' '));
    }
    expect(texts[0]).toMatch(/rien entendu/);
    expect(texts[1]).toMatch(/rien entendu/);
    expect(texts[2]).toMatch(/conseiller/);
  });

  it('Given the real assistant reaches its decision, Then no internal event and no profile object reaches the gateway', async () => {
    await call('ac-5', { type: 'event', name: 'start' });
    const wire: unknown[] = [];
    for (const step of [
      { type: 'message', text: "je suis salarié dans le privé j'ai 40 ans j'habite à Lyon, je veux changer de métier, j'ai une RQTH" },
      { type: 'event', name: 'DTMF', value: '1' },
      { type: 'event', name: 'DTMF', value: '1' },
      { type: 'event', name: 'DTMF', value: '1' },
    ]) {
      const res = await call('ac-5', step);
      wire.push(res.body);
    }
    const sent = JSON.stringify(wire);
    expect(sent).toMatch(/propose/); // the decision was reached and said
    for (const leak of ['orientation.decision', 'handoff.initiate', '"profile"', 'operatorTypes', '"rqth"', 'healthBarriers']) expect(sent).not.toContain(leak);
    const events = (wire as Array<{ activities?: Reply[] }>).flatMap((b) => b?.activities ?? []).filter((a) => a.type === 'event');
    expect(events.every((e) => ['transfer', 'hangup'].includes(e.name ?? ''))).toBe(true);
  });
});
