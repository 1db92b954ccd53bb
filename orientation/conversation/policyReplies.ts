// French wording of the conversation policy itself: goodbyes, honest « I don't know », one-line
// reminders of the pending question, the contact of a structure for « je veux un numéro », and the
// decision turn (one message, each structure named once).
import { citizenSource } from '../answers/citizenSource.js';
import type { ExpectedInput, Reply } from './reply.js';
import { OPERATOR_LABELS, type OperatorType } from '../../knowledge/model/operatorType.js';
import type { RoutingDecision } from '../routing/routingDecision.js';
import type { StructureRef } from '../../knowledge/model/structureRef.js';

export const GOODBYE: Reply = {
  text: 'Merci à vous, et bonne continuation ! Vous pouvez revenir quand vous voulez : je serai là.',
  simpleText: 'Merci. Au revoir ! Vous pouvez revenir quand vous voulez.',
  spokenText: 'Merci à vous, et bonne continuation. Au revoir !',
  endsConversation: true,
};

/**
 * A goodbye before any routing: one line with where to go when the facts already point to one
 * operator (its local structure, with source), else the national CEP entry; kept short.
 */
export function goodbyeBeforeRouting(pointer?: { type: OperatorType; structure?: StructureRef }): Reply {
  const s = pointer?.structure;
  const where = pointer
    ? `Pour avancer, vous pouvez vous adresser à : **${OPERATOR_LABELS[pointer.type]}**${s ? ` — ${s.name}${s.address ? `, ${s.address}` : ''}${s.phone ? `, tél. ${s.phone}` : ''}${!s.address && !s.phone && s.website ? `, ${s.website}` : ''} _(${citizenSource(s.source, s.verifiedAt)})_` : ''}.`
    : 'Si vous voulez en parler à un conseiller, le conseil en évolution professionnelle est gratuit et confidentiel : mon-cep.org.';
  const simple = pointer ? `Vous pouvez aller voir : ${s?.name ?? OPERATOR_LABELS[pointer.type]}.` : 'Un conseiller gratuit : mon-cep.org.';
  return {
    text: `Merci à vous, et bonne continuation ! ${where} Vous pouvez revenir quand vous voulez : je serai là.`,
    simpleText: `Merci. Au revoir ! ${simple}`,
    spokenText: `Merci à vous, et bonne continuation. ${pointer ? `Vous pouvez vous adresser à ${s?.name ?? OPERATOR_LABELS[pointer.type]}.` : 'Un conseiller gratuit peut vous aider, sur mon-cep.org.'} Au revoir !`,
    endsConversation: true,
  };
}

export const NO_CONFIDENT_ANSWER: Reply = {
  text: "Je n'ai pas de réponse sûre à cette question. Un conseiller ou une conseillère pourra vous répondre : écrivez « parler à un conseiller » si vous le souhaitez.",
  simpleText: "Je ne sais pas répondre. Un conseiller peut vous répondre : écrivez « parler à un conseiller ».",
  spokenText: "Je n'ai pas de réponse sûre à cette question. Un conseiller pourra vous répondre : dites « conseiller » si vous le souhaitez.",
};

/** After answering a first message that was only a question: the open question, in one line. */
export const OPEN_REMINDER: Reply = {
  text: 'Pour vous orienter vers le bon conseiller, quelle est votre situation aujourd’hui, et que cherchez-vous ?',
  simpleText: 'Vous travaillez, vous cherchez un travail, vous étudiez ? Que cherchez-vous ?',
  expectsAnswer: true,
  expectedInput: 'text',
};

export const CLARIFICATION_DECLINED: Reply = {
  text: "D'accord. Si vous me dites le nom exact du métier ou de la formation, je vous réponds ; sinon un conseiller pourra vous aider.",
  simpleText: "D'accord. Dites-moi le nom exact du métier.",
};

export const ASK_YOUR_QUESTION: Reply = {
  text: 'Je vous écoute : quelle est votre question ?',
  expectsAnswer: true,
  expectedInput: 'text',
};

export const ANSWER_NOT_UNDERSTOOD: Reply = { text: "Je n'ai pas bien compris votre réponse, pardon.", simpleText: "Je n'ai pas compris." };

export const STILL_NOT_UNDERSTOOD: Reply = {
  text: "Je n'arrive pas à bien vous comprendre, pardon. Vous pouvez écrire « mode simple », ou « parler à un conseiller » pour être aidé par une personne.",
  simpleText: 'Je ne comprends pas. Écrivez « parler à un conseiller » pour parler à une personne.',
  choices: [
    { value: 'mode simple', title: 'Mode simple' },
    { value: 'parler à un conseiller', title: 'Parler à un conseiller' },
  ],
};

export const NOTED_SAME_ROUTING: Reply = {
  text: "C'est noté. Cela ne change pas l'interlocuteur que je vous ai proposé.",
  simpleText: "C'est noté. Le conseiller proposé reste le même.",
};

export const CHOOSE_FIRST: Reply = {
  text: 'Bien sûr. Choisissez d’abord l’interlocuteur qui vous convient : je vous donne ensuite ses coordonnées et je peux transmettre votre demande.',
  simpleText: 'D’accord. Choisissez d’abord un interlocuteur.',
};

export const CONFIRM_REMINDER: Reply = {
  text: 'Pour reprendre : mon résumé de votre situation est-il juste ?',
  simpleText: 'Mon résumé est juste ?',
  choices: [
    { value: 'oui', title: "Oui, c'est ça" },
    { value: 'non', title: 'Non, je corrige' },
  ],
  expectsAnswer: true,
  expectedInput: 'yes_no',
};

export function CHOOSE_REMINDER(options: OperatorType[]): Reply {
  return {
    text: `Pour reprendre : lequel préférez-vous, ${options.map((o) => OPERATOR_LABELS[o]).join(' ou ')} ?`,
    choices: options.map((o) => ({ value: o, title: OPERATOR_LABELS[o] })),
    expectsAnswer: true,
    expectedInput: 'option',
  };
}

/** The pending question in one short line: its last sentence (or its simple wording), same buttons. */
export function reminderOf(question: Reply): Reply {
  const sentences = question.text.replace(/\s+/g, ' ').match(/[^.!?]+[.!?]+/g) ?? [question.text];
  const last = [...sentences].reverse().find((x) => x.trim().endsWith('?'))?.trim();
  const line = last && last.length <= 160 ? last : (question.simpleText ?? question.text);
  return withExpectedInput({
    text: `Pour reprendre : ${lowerFirst(line)}`,
    simpleText: question.simpleText,
    choices: question.choices,
    expectsAnswer: true,
    expectedInput: question.expectedInput,
  });
}

function lowerFirst(s: string): string {
  return /^[A-ZÀ-Ý][a-zà-ÿ]/.test(s) ? s[0].toLowerCase() + s.slice(1) : s;
}

/** Every question says what it expects, so the phone keypad collects the right number of digits. */
export function withExpectedInput(reply: Reply): Reply {
  if (!reply.expectsAnswer || reply.expectedInput) return reply;
  const values = (reply.choices ?? []).map((c) => c.value);
  const kind: ExpectedInput = values.length === 0 ? 'text' : values.every((v) => v === 'oui' || v === 'non') ? 'yes_no' : 'option';
  return { ...reply, expectedInput: kind };
}

export function withUnsureNote(reply: Reply, unsure: boolean): Reply {
  if (!unsure) return reply;
  const note = "Il me manque une information pour être sûr de l'interlocuteur le plus adapté : voici les possibilités, à confirmer avec un conseiller.";
  return {
    ...reply,
    text: `${note}\n\n${reply.text}`,
    simpleText: reply.simpleText ? `Je ne suis pas sûr. ${reply.simpleText}` : undefined,
    spokenText: reply.spokenText ? `Je ne suis pas tout à fait sûr. ${reply.spokenText}` : undefined,
  };
}

/** The public body and date only: the dataset provenance stays with the console. */
function provenance(s: StructureRef): string {
  return citizenSource(s.source, s.verifiedAt).replace(/^Source/, 'source');
}

function structureLine(s: StructureRef): string {
  const contact = [s.address, s.phone ? `tél. ${s.phone}` : undefined, s.openingHours ? `horaires : ${s.openingHours}` : undefined, s.website].filter(Boolean).join(' — ');
  const why = s.reason?.trim();
  return `- **${s.name}**${why ? ` (${why})` : ''}${contact ? ` — ${contact}` : ''} _(${provenance(s)})_`;
}

/**
 * The decision in one message: the operator type(s) with their reason, the local structures (each
 * named once, with what the directory holds), partners and notes.
 */
export function decisionReply(decision: RoutingDecision, shown: OperatorType[], structures: StructureRef[]): Reply {
  const paragraphs: string[] = [];
  const spoken: string[] = [];
  for (const type of shown) {
    const reason = decision.reasons[type];
    const own = structures.filter((s) => s.type === type).slice(0, 3);
    let p = `Je vous propose de vous adresser à : **${OPERATOR_LABELS[type]}**.${reason ? ` ${reason}` : ''}`;
    if (own.length > 0) p += `\n${own.map(structureLine).join('\n')}`;
    else p += "\nJe n'ai pas encore les coordonnées de la structure qui couvre votre commune.";
    paragraphs.push(p);
    const first = own[0];
    spoken.push(`Je vous propose ${first ? first.name : OPERATOR_LABELS[type]}.${first?.phone ? ` Téléphone : ${first.phone}.` : ''}`);
  }
  const partnerStructures = structures.filter((s) => decision.partners.includes(s.type)).slice(0, 2);
  const partnerTypes = decision.partners.filter((p) => !shown.includes(p));
  if (partnerTypes.length > 0) {
    const lines = partnerTypes.map((p) => {
      const local = partnerStructures.filter((s) => s.type === p);
      return local.length > 0 ? local.map(structureLine).join('\n') : `- **${OPERATOR_LABELS[p]}**${decision.reasons[p] ? ` : ${decision.reasons[p]}` : ''}`;
    });
    paragraphs.push(`En complément, vous pouvez aussi contacter :\n${lines.join('\n')}`);
  }
  for (const note of decision.notes ?? []) paragraphs.push(note);
  const phones = structures.filter((s) => shown.includes(s.type)).flatMap((s) => (s.phone ? [s.phone] : []));
  const mainStructure = structures.find((s) => s.type === shown[0]);
  return {
    text: paragraphs.join('\n\n'),
    simpleText: `Allez voir : ${shown.map((t) => OPERATOR_LABELS[t]).join(', ')}.${mainStructure ? `\n\n${structureLine(mainStructure)}` : ''}`,
    spokenText: spoken.join(' '),
    phones: phones.length > 0 ? [...new Set(phones)] : undefined,
  };
}

/** « Je veux un numéro / parler à quelqu'un » once the structure is known: its phone and hours. */
export function contactReply(chosen: OperatorType, structures: StructureRef[]): Reply {
  const withPhone = structures.find((s) => s.phone);
  const first = withPhone ?? structures[0];
  if (!first) {
    return {
      text: `Je n'ai pas de numéro vérifié pour ${OPERATOR_LABELS[chosen]} près de chez vous. Je peux transmettre votre demande pour qu'un conseiller vous recontacte.`,
      simpleText: "Je n'ai pas leur numéro. Je peux demander à un conseiller de vous appeler.",
    };
  }
  const parts = [`**${first.name}**`];
  if (first.phone) parts.push(`tél. ${first.phone}`);
  if (first.openingHours) parts.push(`horaires : ${first.openingHours}`);
  else if (first.phone) parts.push("horaires : je ne les connais pas, vérifiez-les avant d'appeler");
  if (!first.phone && first.website) parts.push(first.website);
  const missing = first.phone ? '' : " Je n'ai pas de numéro de téléphone vérifié pour cette structure.";
  return {
    text: `Vous pouvez joindre ${parts.join(' — ')} _(${provenance(first)})_.${missing} Je peux aussi transmettre votre demande pour qu'un conseiller vous recontacte.`,
    simpleText: `${first.name}${first.phone ? ` : ${first.phone}` : ''}. Je peux aussi demander qu'un conseiller vous appelle.`,
    spokenText: `Vous pouvez joindre ${first.name}${first.phone ? `, au ${first.phone}` : ''}${first.openingHours ? `, ${first.openingHours}` : ''}. Je peux aussi demander qu'un conseiller vous rappelle.`,
    phones: first.phone ? [first.phone] : undefined,
  };
}

/** Before routing: what we know now (a national line when the type is clear) and why we ask first. */
export function humanBeforeDecision(national?: StructureRef): Reply {
  const line = national?.phone
    ? ` En attendant, vous pouvez appeler ${national.name} au ${national.phone}${national.openingHours ? ` (${national.openingHours})` : ''} _(${provenance(national)})_.`
    : '';
  return {
    text: `Bien sûr. Pour vous mettre en relation avec le bon conseiller, près de chez vous, il me faut quelques informations.${line}`,
    simpleText: "D'accord. Je dois d'abord vous poser quelques questions.",
    spokenText: `Bien sûr. Pour vous mettre en relation avec le bon conseiller, il me faut quelques informations.${national?.phone ? ` Vous pouvez aussi appeler le ${national.phone}.` : ''}`,
    phones: national?.phone ? [national.phone] : undefined,
  };
}

/** « merci » while a question is pending: not a goodbye, the question comes back. */
export const THANKS_MID_FLOW: Reply = { text: 'Avec plaisir.', spokenText: 'Avec plaisir.' };

/** « je ne sais pas » to a question: the flow goes on without that fact. */
export const DONT_KNOW_FACT: Reply = {
  text: "Ce n'est pas grave : je continue sans cette information, un conseiller pourra la préciser avec vous.",
  simpleText: "Ce n'est pas grave. On continue.",
};

/** « je ne sais pas » to the open question: the few facts that are enough. */
export const DONT_KNOW_STORY: Reply = {
  text: "Ce n'est pas grave. Dites-moi simplement si vous travaillez, cherchez un emploi ou êtes en études, et votre âge : je m'occupe du reste.",
  simpleText: 'Pas de souci. Vous travaillez, vous cherchez un travail, ou vous êtes à l’école ? Quel âge avez-vous ?',
  expectsAnswer: true,
  expectedInput: 'text',
};

/** « un conseiller devait me rappeler »: the status of a request needs its reference. */
export const AWAITING_CALLBACK: Reply = {
  text:
    'Si vous avez déjà fait une demande, donnez-moi sa référence (par exemple CEP-7K3F-Q2) : je vous dirai où elle en est. ' +
    'Sinon, je peux vous orienter à nouveau.',
  spokenText: 'Si vous avez déjà fait une demande, dites-moi sa référence : je vous dirai où elle en est. Sinon, je peux vous orienter à nouveau.',
};

/** « Vous parlez du métier de … ? » for a trade the person named but the search was unsure of. */
export function statedTradeQuestion(label: string): Reply {
  return {
    text: `Vous parlez du métier de **${label}** ?`,
    spokenText: `Vous parlez du métier de ${label} ?`,
    choices: [
      { value: 'oui', title: 'Oui' },
      { value: 'non', title: 'Non' },
    ],
    expectsAnswer: true,
    expectedInput: 'yes_no',
  };
}
