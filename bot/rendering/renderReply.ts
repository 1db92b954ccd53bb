// One Reply, several renderings. Chat gets markdown and suggested actions; voice gets short plain
// text, SSML `speak`, numbered options ("dites « emploi » ou tapez 1"), no cards or bare links.
import { ActionTypes, ActivityTypes, InputHints, type Activity, type TurnContext } from 'botbuilder';
import type { Reply, ReplyChoice } from '../../orientation/conversation/reply.js';
import { getChannelProfile, type ChannelProfile } from './channelProfile.js';
import { buildSsml, ssmlToPlainText, type SpeechPart } from './ssml.js';
import { speakableWebsite, splitForSpeech, toSpeech } from './spokenText.js';
import { inferExpectedInput } from '../voice/keypadCollection.js';
import { foldForMatching } from '../../knowledge/shared/frenchText.js';

/** Where a VoiceAI Connect gateway finds SSML: `speak` (Bot Framework), inside `text`, or nowhere. */
export type SsmlPlacement = 'speak' | 'text' | 'none';

export interface RenderOptions {
  /** An SMS sender is configured: websites on the phone are offered by SMS instead of read out. */
  smsAvailable?: boolean;
  /** TTS voice name put in the SSML (engine-specific); omitted when not configured. */
  ssmlVoiceName?: string;
  /** SSML placement for VoiceAI Connect calls (other gateways read `speak` or plain text). */
  audiocodesSsml?: SsmlPlacement;
}

export function choiceDigit(choice: ReplyChoice, index: number): string {
  return choice.dtmf ?? String(index + 1);
}

function chatText(reply: Reply, profile: ChannelProfile): string {
  let text = profile.simple && reply.simpleText ? reply.simpleText : reply.text;
  if (reply.links?.length) {
    text += '\n\n' + reply.links.map((l) => `- [${l.title}](${l.url})`).join('\n');
  }
  return text;
}

export function renderChat(reply: Reply, profile: ChannelProfile): Partial<Activity>[] {
  const activity: Partial<Activity> = {
    type: ActivityTypes.Message,
    text: chatText(reply, profile),
    textFormat: 'markdown',
    locale: 'fr-FR',
    inputHint: reply.expectsAnswer ? InputHints.ExpectingInput : InputHints.AcceptingInput,
  };
  if (reply.choices?.length) {
    activity.suggestedActions = {
      to: [],
      actions: reply.choices.map((c) => ({ type: ActionTypes.ImBack, title: c.title, value: c.title })),
    };
  }
  return [activity];
}

export function renderVoice(reply: Reply, profile: ChannelProfile, options: RenderOptions = {}): Partial<Activity>[] {
  const base = reply.spokenText ?? (profile.simple && reply.simpleText ? reply.simpleText : reply.text);
  const sentences: string[] = [base];
  for (const link of reply.links ?? []) {
    // A name already said in the reply is not said again before its website.
    const name = link.title.split(/\s+[—–-]\s+|\s+\(/)[0]!.trim();
    const named = foldForMatching(base).includes(foldForMatching(name));
    sentences.push(
      options.smsAvailable
        ? `Je peux vous envoyer le lien de ${named ? 'son site' : name} par SMS.`
        : named
          ? `Son site : ${speakableWebsite(link.url)}.`
          : `${name} : site ${speakableWebsite(link.url)}.`,
    );
  }
  if (reply.choices?.length) {
    // Up to three options: "Dites « emploi » ou tapez 1." each. Beyond, a compact list keeps the
    // turn short: "Dites votre réponse, ou tapez 1 pour « … », 2 pour « … »."
    sentences.push(
      reply.choices.length <= 3
        ? `Dites ${reply.choices.map((c, i) => `« ${c.title} » ou tapez ${choiceDigit(c, i)}`).join(', ')}.`
        : `Dites votre réponse, ou tapez ${reply.choices.map((c, i) => `${choiceDigit(c, i)} pour « ${c.title} »`).join(', ')}.`,
    );
  }
  const chunks = splitForSpeech(sentences.join('\n'));
  // What the question expects travels with it, so the voice layer collects the keypad answer right.
  const expectedInput = reply.expectsAnswer ? (reply.expectedInput ?? inferExpectedInput(base, Boolean(reply.choices?.length))) : undefined;
  return chunks.map((chunk, i) => {
    const { plain, parts } = toSpeech(chunk);
    const isLast = i === chunks.length - 1;
    const activity: Partial<Activity> = {
      type: ActivityTypes.Message,
      locale: 'fr-FR',
      // Provisional; voiceTurnMiddleware sets the final hint once the whole turn is known.
      inputHint: isLast && reply.expectsAnswer ? InputHints.ExpectingInput : InputHints.AcceptingInput,
      channelData: {
        // Barge-in stays on except for consent and legal notices (gateways map this flag).
        bargeIn: !reply.legal,
        activityParams: { bargeIn: !reply.legal },
        // A reply split in several messages: the voice layer keeps its parts together.
        ...(isLast ? {} : { continued: true }),
        ...(isLast && expectedInput ? { expectedInput } : {}),
        ...(isLast && reply.endsConversation ? { endsConversation: true } : {}),
        ...(isLast && reply.choices?.length
          ? { choices: reply.choices.map((c, j) => ({ value: c.value, title: c.title, dtmf: choiceDigit(c, j) })) }
          : {}),
      },
    };
    setSpeech(activity, plain, parts, profile, options);
    return activity;
  });
}

function setSpeech(activity: Partial<Activity>, plain: string, parts: SpeechPart[], profile: ChannelProfile, options: RenderOptions): void {
  const placement = profile.gateway === 'audiocodes' ? (options.audiocodesSsml ?? 'speak') : 'speak';
  const ssml = buildSsml(parts, { rate: profile.simple ? 'slow' : undefined, voiceName: options.ssmlVoiceName });
  activity.text = placement === 'text' ? ssml : plain;
  activity.speak = placement === 'none' ? undefined : ssml;
}

/** Re-renders a voice message from new plain text (a sentence removed from it), keeping its SSML placement. */
export function respeak(activity: Partial<Activity>, plain: string, options: RenderOptions = {}): void {
  if (!plain.trim()) {
    activity.text = '';
    activity.speak = undefined;
    return;
  }
  const placement: SsmlPlacement = activity.text?.startsWith('<speak') ? 'text' : activity.speak ? 'speak' : 'none';
  const { parts } = toSpeech(plain);
  const ssml = buildSsml(parts, { rate: activity.speak?.includes('<prosody rate="-10%">') ? 'slow' : undefined, voiceName: options.ssmlVoiceName });
  activity.text = placement === 'text' ? ssml : ssmlToPlainText(ssml);
  activity.speak = placement === 'none' ? undefined : ssml;
}

export function renderReply(reply: Reply, profile: ChannelProfile, options: RenderOptions = {}): Partial<Activity>[] {
  return profile.kind === 'voice' ? renderVoice(reply, profile, options) : renderChat(reply, profile);
}

/**
 * Where a turn carries its rendering options (SMS sender, SSML voice and placement): the voice turn
 * middleware sets them from what the composition root gave it; none when absent (chat, tests).
 */
export const RENDER_OPTIONS_KEY = Symbol('renderOptions');

/** What dialogs call: renders for the conversation's channel and sends. */
export async function sendReply(context: TurnContext, reply: Reply): Promise<void> {
  const options = (context.turnState.get(RENDER_OPTIONS_KEY) as RenderOptions | undefined) ?? {};
  const activities = renderReply(reply, getChannelProfile(context), options);
  await context.sendActivities(activities);
}
