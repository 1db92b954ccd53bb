// The hand-off conversation as a pure policy (docs/domain.md §4): consent first (explicit yes only),
// then how and when to be contacted; the adapter creates the ticket when asked. At every step a
// question is answered, a goodbye closes and a request for a number gives the public contact —
// before the message is read as the expected answer. Nothing personal is kept before « oui ».
import type { Reply } from './reply.js';
import * as H from '../tickets/handoffMessages.js';
import type { ContactChannel } from '../tickets/ticket.js';
import type { InformationAnswer } from '../answers/informationAnswers.js';
import type { StructureRef } from '../../knowledge/model/structureRef.js';
import { structureNamedIn } from '../routing/structuresForDecision.js';
import { contactChannelChoice, contactChannelOf, normalisePhone, preferredTimesOf } from './contactParsers.js';
import { emailInText } from '../../knowledge/shared/contactDetails.js';
import { consentAnswer, isClosing, isContactRequest, isQuestion } from './messageIntent.js';
import { GOODBYE, NO_CONFIDENT_ANSWER } from './policyReplies.js';

export type HandoffStepName = 'consent' | 'channel' | 'contact' | 'times';

export interface HandoffConversation {
  step: HandoffStepName;
  /** Unreadable answers at the current step (re-asked once). */
  attempts: number;
  structureName: string;
  /** The structure was named in the proposal just before: the consent says « cette structure ». */
  structureNamed: boolean;
  /** Public contact lines of the structure (directory data with source), for refusals and « un numéro ». */
  publicContact: string[];
  retentionDays: number;
  voice: boolean;
  /** A city's group: the structures the person may name instead at the consent question. */
  alternatives?: StructureRef[];
  consentAt?: string;
  channel?: ContactChannel;
  value?: string;
}

export type HandoffOutcome =
  /** `ended`: the person said goodbye; nothing more is asked after this. */
  | { kind: 'refused'; reason: 'refused' | 'no_answer'; ended?: boolean }
  /** The person named another structure of the group: consent is asked again, for that one. */
  | { kind: 'pick'; structureId: string }
  | { kind: 'create'; channel: ContactChannel; value: string; preferredTimes?: string; consentAt: string; endsConversation: boolean };

export interface HandoffStepResult {
  replies: Reply[];
  state: HandoffConversation;
  outcome?: HandoffOutcome;
}

export interface HandoffStepDeps {
  now: () => Date;
  /** Answers an information question (informationAnswers.answerQuestion); undefined when not confident. */
  answer?: (text: string) => Promise<InformationAnswer | undefined>;
}

// ---- Questions of each step ----------------------------------------------------------------------

export function consentQuestion(state: HandoffConversation): Reply {
  const label = state.structureNamed ? 'cette structure' : state.structureName;
  return {
    text: H.consentShortText(state.structureNamed ? label : `**${label}**`, state.retentionDays),
    spokenText: H.consentShortSpoken(label, state.retentionDays),
    simpleText:
      `Je peux envoyer votre demande à ${label}. Un conseiller vous appellera. ` +
      `Je garde ce que vous m'avez dit et votre numéro ou votre courriel. Seul ce conseiller le voit. ` +
      `Vous pouvez dire « effacer mes données » quand vous voulez. Vous êtes d'accord ?`,
    choices: H.CONSENT_CHOICES,
    expectsAnswer: true,
    expectedInput: 'yes_no',
    legal: true,
  };
}

function consentDetails(state: HandoffConversation): Reply {
  return {
    text: H.consentText(state.structureName, state.retentionDays),
    spokenText: H.consentSpoken(state.structureName, state.retentionDays),
    choices: H.CONSENT_CHOICES.slice(0, 2),
    expectsAnswer: true,
    expectedInput: 'yes_no',
    legal: true,
  };
}

function channelChoices(state: HandoffConversation) {
  // On the phone the call ends: "here, in this conversation" cannot be a way back.
  return state.voice ? H.CHANNEL_CHOICES.filter((c) => c.value !== 'chat') : H.CHANNEL_CHOICES;
}

function questionOf(state: HandoffConversation): Reply {
  switch (state.step) {
    case 'consent':
      return consentQuestion(state);
    case 'channel':
      return { text: H.ASK_CHANNEL, choices: channelChoices(state), expectsAnswer: true, expectedInput: 'option' };
    case 'contact':
      return state.channel === 'email'
        ? { text: H.ASK_EMAIL, expectsAnswer: true, expectedInput: 'email' }
        : { text: H.ASK_PHONE, expectsAnswer: true, expectedInput: 'phone' };
    case 'times':
      return { text: H.ASK_TIMES, choices: H.TIMES_CHOICES, expectsAnswer: true, expectedInput: 'option' };
  }
}

/** The pending question again in one short line, after a side question. */
export function reminderOf(state: HandoffConversation): Reply {
  const q = questionOf(state);
  if (state.step === 'consent') return { ...q, text: H.CONSENT_REMINDER, spokenText: H.CONSENT_REMINDER, simpleText: 'Vous êtes d’accord ?' };
  return { ...q, text: `Pour reprendre : ${q.text.replace(/ \(par exemple.*\)$/, '').replace(/^./, (c) => c.toLowerCase())}` };
}

function retryOf(state: HandoffConversation): Reply {
  const q = questionOf(state);
  switch (state.step) {
    case 'consent':
      return { ...q, text: H.CONSENT_RETRY, spokenText: H.CONSENT_RETRY, simpleText: undefined, choices: H.CONSENT_CHOICES.slice(0, 2) };
    case 'channel':
      return { ...q, text: `Je n'ai pas compris. ${H.ASK_CHANNEL}` };
    case 'contact':
      return { ...q, text: state.channel === 'email' ? H.BAD_EMAIL : H.BAD_PHONE };
    case 'times':
      return q;
  }
}

/** « pas de contact », « sans numéro », « je ne veux pas donner mon numéro »: no way to be reached, chosen. */
const NO_CONTACT =
  /^(pas de (contact|numero|coordonnees|courriel|mail)|sans (contact|numero|coordonnees)|aucun (contact|numero)|je (ne )?(veux|prefere) pas (donner|laisser) (mon|de) (numero|contact|coordonnees|courriel|mail)|je (n en|n ai pas de (numero|courriel|mail|telephone)))( merci)?$/;

export function isNoContactChoice(text: string): boolean {
  const n = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]/g, ' ').replace(/[«»!.,;]/g, ' ').replace(/\s+/g, ' ').trim();
  return NO_CONTACT.test(n);
}

const NO_CONTACT_CHOSEN: Reply = {
  text: "D'accord : votre demande partira sans coordonnées. La structure ne pourra pas vous recontacter : gardez bien la référence que je vais vous donner, et contactez-la vous-même en la citant.",
  spokenText: "D'accord : votre demande partira sans numéro. La structure ne pourra pas vous rappeler : gardez bien la référence que je vais vous donner, et appelez-la en la citant.",
};

/** After two unreadable answers: the contact is asked again, and the explicit alternatives are said. */
function contactStillUnreadable(state: HandoffConversation): Reply {
  if (state.channel === 'email') {
    return {
      text: "Je n'ai toujours pas reconnu d'adresse de courriel. Pouvez-vous la redonner (par exemple prenom.nom@exemple.fr) ? Vous pouvez aussi choisir « Ici, dans cette conversation », ou écrire « pas de contact » : la structure ne pourra alors pas vous recontacter.",
      choices: [H.CHANNEL_CHOICES.find((c) => c.value === 'chat')!].filter(Boolean),
      expectsAnswer: true,
      expectedInput: 'email',
    };
  }
  if (state.voice) {
    return {
      text: "Je n'ai toujours pas reconnu de numéro. Dites-le chiffre par chiffre ou tapez-le sur le clavier. Si vous préférez ne pas le donner, dites « pas de contact » : la structure ne pourra pas vous rappeler.",
      expectsAnswer: true,
      expectedInput: 'phone',
    };
  }
  return {
    text: "Je n'ai toujours pas reconnu de numéro. Pouvez-vous l'écrire en chiffres (par exemple 06 12 34 56 78) ? Vous pouvez aussi choisir « Ici, dans cette conversation », ou écrire « pas de contact » : la structure ne pourra alors pas vous recontacter.",
    choices: [H.CHANNEL_CHOICES.find((c) => c.value === 'chat')!].filter(Boolean),
    expectsAnswer: true,
    expectedInput: 'phone',
  };
}

// ---- Steps -----------------------------------------------------------------------------------------

export function beginHandoff(initial: Omit<HandoffConversation, 'step' | 'attempts'>): HandoffStepResult {
  const state: HandoffConversation = { ...initial, step: 'consent', attempts: 0 };
  return { replies: [consentQuestion(state)], state };
}

export async function handoffStep(current: HandoffConversation, text: string, deps: HandoffStepDeps): Promise<HandoffStepResult> {
  const state: HandoffConversation = { ...current };
  const replies: Reply[] = [];
  const ask = (step: HandoffStepName): HandoffStepResult => {
    state.step = step;
    state.attempts = 0;
    replies.push(questionOf(state));
    return { replies, state };
  };

  // 1. The expected answer, read strictly.
  switch (state.step) {
    case 'consent': {
      const answer = consentAnswer(text);
      if (answer === 'yes') {
        state.consentAt = deps.now().toISOString();
        return ask('channel');
      }
      if (answer === 'no') return refuse('refused');
      if (answer === 'more') {
        replies.push(consentDetails(state));
        return { replies, state };
      }
      const picked = state.alternatives?.length ? structureNamedIn(text, state.alternatives) : undefined;
      if (picked) return { replies, state, outcome: { kind: 'pick', structureId: picked.id } };
      break;
    }
    case 'channel': {
      const channel = contactChannelChoice(text) ?? (isQuestion(text) ? undefined : contactChannelOf(text));
      if (channel) return afterChannel(channel);
      break;
    }
    case 'contact': {
      const value = state.channel === 'email' ? emailInText(text) : normalisePhone(text);
      if (value) {
        state.value = value;
        return ask('times');
      }
      // The person's explicit choice to leave no contact: told what it means, then the ticket.
      if (isNoContactChoice(text)) {
        state.value = '';
        replies.push(NO_CONTACT_CHOSEN);
        return create(undefined, false);
      }
      // On the web, « ici, dans cette conversation » (offered after two unreadable answers) is a contact.
      if (!state.voice && contactChannelChoice(text) === 'chat') return afterChannel('chat');
      break;
    }
    case 'times': {
      const times = preferredTimesOf(text);
      if (times) return create(times, false);
      break;
    }
  }

  // 2. What the message asks for.
  if (isClosing(text)) {
    // Before a way to reach the person exists, nothing is sent; once it does, the ticket is created.
    if (state.step === 'times') return create(undefined, true);
    if (state.step === 'consent') return refuse('refused', true);
    replies.push({ text: H.NOTHING_SENT }, GOODBYE);
    return { replies, state, outcome: { kind: 'refused', reason: 'refused', ended: true } };
  }
  if (isContactRequest(text)) {
    replies.push(publicContactReply(state), reminderOf(state));
    return { replies, state };
  }
  if (isQuestion(text)) {
    const answer = deps.answer ? await deps.answer(text).catch(() => undefined) : undefined;
    replies.push(answer ? answer.reply : NO_CONFIDENT_ANSWER, reminderOf(state));
    return { replies, state };
  }

  // 3. Not understood: asked again once, then the step's fallback.
  state.attempts += 1;
  if (state.attempts < 2) {
    replies.push(retryOf(state));
    return { replies, state };
  }
  switch (state.step) {
    case 'consent':
      return refuse('no_answer');
    case 'channel':
      return afterChannel(state.voice ? 'phone' : 'chat');
    case 'contact':
      // Never a ticket whose contact failed to parse: asked again, with the explicit ways out.
      replies.push(contactStillUnreadable(state));
      return { replies, state };
    case 'times':
      return create(undefined, false);
  }

  function afterChannel(chosen: ContactChannel): HandoffStepResult {
    state.channel = state.voice && chosen === 'chat' ? 'phone' : chosen;
    if (state.channel === 'phone' || state.channel === 'email') return ask('contact');
    state.value = '';
    return ask('times');
  }

  function refuse(reason: 'refused' | 'no_answer', goodbye = false): HandoffStepResult {
    replies.push({ text: H.refusalText(state.structureName, state.publicContact) });
    if (goodbye) replies.push(GOODBYE);
    return { replies, state, outcome: { kind: 'refused', reason, ...(goodbye ? { ended: true } : {}) } };
  }

  function create(preferredTimes: string | undefined, goodbye: boolean): HandoffStepResult {
    return {
      replies,
      state,
      outcome: {
        kind: 'create',
        channel: state.channel ?? (state.voice ? 'phone' : 'chat'),
        value: state.value ?? '',
        preferredTimes,
        consentAt: state.consentAt ?? deps.now().toISOString(),
        endsConversation: goodbye,
      },
    };
  }
}

/** The ticket is created: the reference and what happens next. The journey is complete: nothing more is asked. */
export function createdReply(reference: string, structureName: string, channel: ContactChannel): Reply {
  return {
    text: H.createdText(reference, structureName, channel),
    spokenText: `C'est fait. Votre référence est : ${H.spokenReference(reference)}. Je répète : ${H.spokenReference(reference)}. Un conseiller de ${structureName} va vous recontacter, sans que vous ayez à tout réexpliquer. Au revoir !`,
    endsConversation: true,
  };
}

function publicContactReply(state: HandoffConversation): Reply {
  if (state.publicContact.length === 0) {
    return { text: `Je n'ai pas de numéro vérifié pour ${state.structureName}. Si vous êtes d'accord, je transmets votre demande et un conseiller vous recontacte.` };
  }
  return { text: `Vous pouvez joindre **${state.structureName}** directement :\n${state.publicContact.map((l) => `- ${l}`).join('\n')}` };
}
