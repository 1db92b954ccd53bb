// Voice turn design, checked on botbuilder's TestAdapter with a small bot that speaks through the
// same renderer as the dialogs. The end-to-end relay and /api/messages paths are in other files.
import { describe, expect, it } from 'vitest';
import { ActivityTypes, ConversationState, MemoryStorage, TestAdapter, UserState, type Activity, type TurnContext } from 'botbuilder';
import { ChannelProfileStore } from '../../bot/rendering/channelProfile.js';
import { sendReply } from '../../bot/rendering/renderReply.js';
import { VoiceTurnMiddleware } from '../../bot/voice/voiceTurnMiddleware.js';
import { SUPPORTED_SSML_TAGS, ssmlTags } from './voiceTestKit.js';

const STRUCTURE = {
  id: 'ml-75-1',
  type: 'mission_locale' as const,
  name: 'Mission locale de Paris',
  phone: '01 40 00 00 00',
  openingHours: 'Mo-Fr 09:00-17:00',
  source: 'annuaire de test',
  coverage: 'departement' as const,
};

function makeVoiceAdapter(now: Date, seen: string[] = []) {
  const storage = new MemoryStorage();
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  const logic = async (ctx: TurnContext) => {
    if (ctx.activity.type !== ActivityTypes.Message) return;
    const text = ctx.activity.text ?? '';
    seen.push(text);
    if (text === 'question') {
      await sendReply(ctx, { text: 'Voici une information utile.' });
      await sendReply(ctx, {
        text: 'Que cherchez-vous ?',
        choices: [
          { value: 'emploi', title: 'emploi' },
          { value: 'formation', title: 'formation' },
        ],
        expectsAnswer: true,
      });
    } else if (text === 'décision') {
      await ctx.sendActivity({ type: ActivityTypes.Event, name: 'orientation.decision', value: { chosen: 'mission_locale', structures: [STRUCTURE], profile: { place: { departement: '75' } } } });
      await sendReply(ctx, { text: 'Je vous propose la Mission locale de Paris.', expectsAnswer: true });
    } else if (text === 'orientation et consentement') {
      await sendReply(ctx, { text: `Je vous propose la Mission locale de Paris. ${'Elle accompagne les jeunes de 16 à 25 ans dans leurs démarches. '.repeat(3)}` });
      await sendReply(ctx, { text: `Avant de continuer, voici comment vos données sont utilisées. ${'Votre fiche est gardée pour votre demande de rappel seulement. '.repeat(6)}Êtes-vous d'accord ?`, legal: true, expectsAnswer: true, choices: [{ value: 'oui', title: 'oui' }, { value: 'non', title: 'non' }] });
    } else {
      await sendReply(ctx, { text: `Reçu : ${text}`, expectsAnswer: true });
    }
    await conversationState.saveChanges(ctx);
  };
  const adapter = new TestAdapter(logic, { channelId: 'telephony', locale: 'fr-FR' } as Partial<Activity>);
  adapter.use(new VoiceTurnMiddleware({ conversationState, userState, channelProfiles: new ChannelProfileStore(conversationState), now: () => now }));
  return { adapter, storage, seen };
}

const MONDAY_10H = new Date('2026-11-23T09:00:00Z'); // 10:00 in Paris
const SUNDAY = new Date('2026-11-22T12:00:00Z');

describe('voice turn middleware', () => {
  it('Given a voice turn with two messages, When rendered, Then every message has valid fr-FR SSML and only the last expects input', async () => {
    const { adapter } = makeVoiceAdapter(MONDAY_10H);
    const replies: Partial<Activity>[] = [];
    await adapter
      .send('question')
      .assertReply((a) => void replies.push(a))
      .assertReply((a) => void replies.push(a))
      .startTest();
    expect(replies.map((r) => r.inputHint)).toEqual(['ignoringInput', 'expectingInput']);
    for (const r of replies) {
      const tags = ssmlTags(r.speak!);
      expect(tags[0]).toBe('speak');
      expect(tags.every((t) => SUPPORTED_SSML_TAGS.includes(t))).toBe(true);
      expect(r.speak).toContain('xml:lang="fr-FR"');
      expect(r.suggestedActions).toBeUndefined(); // no buttons on the phone
    }
    expect(replies[1]!.text).toContain('Dites « emploi » ou tapez 1');
    expect(replies[1]!.text).toContain('« formation » ou tapez 2');
  });

  it('Given the caller said "répétez", Then the last turn is replayed without running the dialogs', async () => {
    const { adapter, seen } = makeVoiceAdapter(MONDAY_10H);
    const texts: string[] = [];
    await adapter
      .send('question')
      .assertReply(() => undefined)
      .assertReply(() => undefined)
      .send('Vous pouvez répéter ?')
      .assertReply((a) => void texts.push(a.text!))
      .assertReply((a) => void texts.push(a.text!))
      .startTest();
    expect(texts[0]).toBe('Voici une information utile.');
    expect(texts[1]).toMatch(/^Que cherchez-vous/);
    expect(seen).toEqual(['question']);
  });

  it('Given silence, Then the question is reprompted twice, then a counsellor is offered', async () => {
    const { adapter } = makeVoiceAdapter(MONDAY_10H);
    const noInput = (n: number) => ({ type: 'event', name: 'noUserInput', value: n }) as Partial<Activity>;
    const texts: string[] = [];
    const grab = (a: Partial<Activity>) => void texts.push(a.text!);
    await adapter
      .send('bonjour')
      .assertReply(grab)
      .send(noInput(1))
      .assertReply(grab)
      .assertReply(grab)
      .send(noInput(2))
      .assertReply(grab)
      .assertReply(grab)
      .send(noInput(3))
      .assertReply(grab)
      .startTest();
    expect(texts).toEqual([
      'Reçu : bonjour',
      "Je n'ai rien entendu.",
      'Reçu : bonjour',
      "Je n'ai rien entendu.",
      'Reçu : bonjour',
      expect.stringMatching(/conseiller.*tapez 0/),
    ]);
  });

  it('Given keypad digits arriving one per activity, Then they reach the dialogs as one postcode', async () => {
    const { adapter, seen } = makeVoiceAdapter(MONDAY_10H);
    const dtmf = (d: string) => ({ type: 'event', name: 'DTMF', value: d }) as Partial<Activity>;
    let reply = '';
    await adapter
      .send('bonjour')
      .assertReply(() => undefined)
      .send(dtmf('7'))
      .send(dtmf('5'))
      .send(dtmf('0'))
      .send(dtmf('1'))
      .send(dtmf('1'))
      .assertReply((a) => void (reply = a.text!))
      .send(dtmf('2'))
      .send(dtmf('0'))
      .send(dtmf('#'))
      .assertReply(() => undefined)
      .startTest();
    expect(seen).toEqual(['bonjour', '75011', '20']);
    expect(reply).toBe('Reçu : 75 0 11'); // postcodes are read in digit groups
  });

  it('Given a question with numbered options, When the caller taps or says a digit, Then the dialogs receive that option', async () => {
    const { adapter, seen } = makeVoiceAdapter(MONDAY_10H);
    await adapter
      .send('question')
      .assertReply(() => undefined)
      .assertReply(() => undefined)
      .send({ type: 'event', name: 'DTMF', value: '2' } as Partial<Activity>)
      .assertReply(() => undefined)
      .send('question')
      .assertReply(() => undefined)
      .assertReply(() => undefined)
      .send('1')
      .assertReply(() => undefined)
      .startTest();
    expect(seen).toEqual(['question', 'formation', 'question', 'emploi']);
  });

  it('Given a chosen structure open now, When the caller asks for a counsellor, Then the call is transferred to its number', async () => {
    const { adapter, seen } = makeVoiceAdapter(MONDAY_10H);
    const out: Partial<Activity>[] = [];
    await adapter
      .send('décision')
      .assertReply(() => undefined) // the decision event stays on the server: only the message
      .send('je veux parler à un conseiller')
      .assertReply((a) => void out.push(a))
      .assertReply((a) => void out.push(a))
      .startTest();
    expect(out[0]!.text).toMatch(/Mission locale de Paris, au 01 40 00 00 00/);
    expect(out[1]).toMatchObject({ type: 'event', name: 'transfer', channelData: { activityParams: { transferTarget: 'tel:+33140000000' } } });
    expect(seen).toEqual(['décision']);
  });

  it('Given the structure is closed, When the caller asks for a counsellor, Then no transfer happens and the dialogs take over', async () => {
    const { adapter, seen } = makeVoiceAdapter(SUNDAY);
    await adapter
      .send('décision')
      .assertReply(() => undefined)
      .send('je veux parler à un conseiller')
      .assertReply((a) => expect(a.text).toBe('Reçu : je veux parler à un conseiller'))
      .startTest();
    expect(seen).toHaveLength(2);
  });

  it('Given an answer and a consent notice too long for one turn, Then the notice is never cut: it is said whole after « Je continue ? »', async () => {
    const { adapter, seen } = makeVoiceAdapter(MONDAY_10H);
    const first: string[] = [];
    const second: string[] = [];
    await adapter
      .send('orientation et consentement')
      .assertReply((a) => void first.push(a.text!))
      .assertReply((a) => void first.push(a.text!))
      .send({ type: 'event', name: 'DTMF', value: '1' } as Partial<Activity>) // « oui » to « Je continue ? »
      .assertReply((a) => void second.push(a.text!))
      .assertReply((a) => void second.push(a.text!))
      .startTest();
    expect(first[0]).toMatch(/^Je vous propose la Mission locale de Paris\./);
    expect(first.at(-1)).toMatch(/^Je continue \?/);
    expect(first.join(' ')).not.toMatch(/données|d'accord/);
    expect(second.join(' ')).toMatch(/^Avant de continuer, voici comment vos données sont utilisées\./);
    expect(second.at(-1)).toMatch(/Êtes-vous d'accord \?/);
    expect(seen).toEqual(['orientation et consentement']); // the dialog's question was not answered by « 1 »
  });

  it('Given a hang-up, Then the conversation state is dropped', async () => {
    const { adapter, storage } = makeVoiceAdapter(MONDAY_10H);
    await adapter.send('bonjour').assertReply(() => undefined).startTest();
    const key = `telephony/conversations/${adapter.conversation.conversation.id}/`;
    expect(Object.keys(await storage.read([key]))).toEqual([key]);
    await adapter.send({ type: 'endOfConversation' } as Partial<Activity>).startTest();
    expect(Object.keys(await storage.read([key]))).toEqual([]);
  });

  it('Given a chat conversation, Then nothing is buffered and no speak is added', async () => {
    const storage = new MemoryStorage();
    const conversationState = new ConversationState(storage);
    const adapter = new TestAdapter(async (ctx) => {
      await sendReply(ctx, { text: 'Bonjour **vous**', choices: [{ value: 'a', title: 'A' }], expectsAnswer: true });
    });
    adapter.use(new VoiceTurnMiddleware({ conversationState, channelProfiles: new ChannelProfileStore(conversationState) }));
    await adapter
      .send('salut')
      .assertReply((a) => {
        expect(a.speak).toBeUndefined();
        expect(a.text).toBe('Bonjour **vous**');
        expect(a.suggestedActions?.actions).toHaveLength(1);
      })
      .startTest();
  });
});
