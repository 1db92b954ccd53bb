// The safety question: when a message MIGHT hide an emergency the readers did not assert, a level-1
// counsellor asks one short, caring, direct question before anything else, then reads the answer in
// any words (« non j'ai nulle part », « oui ça va », « pas vraiment »). Asking about suicide directly is
// the recommended practice: it does not give the idea, it opens the door.
import type { Reply } from './reply.js';
import type { Emergency } from '../routing/profile.js';
import { normalizeText } from '../understanding/normalizeText.js';

/** What the session keeps once the question was asked (at most once per conversation). */
export interface SafetyQuestionAsked {
  kinds: Emergency[];
  /** The answer as read: danger gives the emergency lines, the others let the routing go on. */
  answer?: SafetyAnswer;
}

export type SafetyAnswer = 'danger' | 'safe' | 'unclear';

/** The pending « fact » while the safety question waits for its answer. */
export const SAFETY_FACT = 'safety';

/** The start of the reason added to the emergency line after a danger answer. */
export const SAFETY_ANSWER_REASON = 'réponse à la question de sécurité';

/**
 * Whether « oui » means the person is safe. The distress question is asked directly (« pensez-vous à
 * vous faire du mal ? »): there « oui » means danger; it is asked alone when distress is possible (the
 * most serious), the other kinds share one question where « oui » means safe.
 */
export function yesMeansSafe(kinds: readonly Emergency[]): boolean {
  return !kinds.includes('detresse');
}

const PARTS: Record<Exclude<Emergency, 'detresse'>, string> = {
  sans_logement: 'avez-vous un endroit où dormir en sécurité ce soir',
  violence: 'êtes-vous en sécurité là où vous êtes en ce moment',
  faim: 'avez-vous de quoi manger aujourd’hui',
};

/** The one question for the kinds cued, short and caring. */
export function safetyQuestion(kinds: readonly Emergency[]): Reply {
  if (kinds.includes('detresse')) {
    return {
      text: 'Avant tout, je vous pose une question directe, parce que c’est important : est-ce que vous pensez à vous faire du mal ou à mettre fin à vos jours ?',
      simpleText: 'Avant tout : est-ce que vous pensez à vous faire du mal ou à mourir ?',
      expectsAnswer: true,
      expectedInput: 'text',
    };
  }
  const parts = kinds.filter((k): k is Exclude<Emergency, 'detresse'> => k !== 'detresse').map((k) => PARTS[k]);
  const asked = parts.length <= 1 ? (parts[0] ?? PARTS.violence) : `${parts.slice(0, -1).join(', ')} et ${parts[parts.length - 1]}`;
  return {
    text: `Avant tout, je veux m’assurer que vous allez bien : ${asked} ?`,
    simpleText: `Avant tout : ${asked} ?`,
    expectsAnswer: true,
    expectedInput: 'text',
  };
}

/** Words that tell danger whatever the question: nowhere to go, fear, no food, a wish to die. */
const DANGER_TOLD =
  /\b(?:nulle part|nul part|pas d'endroit|aucun endroit|pas (?:de|d') ?(?:toit|logement|solution)|a la rue|dehors|dans (?:ma|la|une) voiture|(?:je|j') ?(?:sais|sait|c) (?:pas|plus) (?:ou|quoi)|peur|danger|il (?:est|va) (?:la|revenir|rentrer)|elle (?:est|va) (?:la|revenir|rentrer)|(?:me|m') ?(?:frappe|tape|menace)|rien (?:a|de quoi) manger|pas mange|faim|frigo (?:est )?vide|envie de mourir|en finir|plus envie|(?:j'y|j y|jy) pense|(?:ca|cela) m'arrive|des fois|parfois|de temps en temps|souvent|un peu|pas en securite|pas en secu|pas (?:trop|vraiment|tellement|sur|sure|du tout|toujours)|(?:pas|plus) (?:bien|top))\b|\bmais (?:apres|demain|ensuite|la semaine prochaine|ce soir)\b/;
/** Words that tell safety whatever the question. */
const SAFE_TOLD =
  /\b(?:ca va|tout va bien|je vais bien|en securite|pas de (?:souci|soucis|probleme|danger)|aucun (?:souci|probleme|danger)|t'inquiete|ne vous inquietez pas|c'est bon|j'ai (?:un|mon) (?:appart|logement|toit|chez moi)|chez moi|a la maison|je suis bien)\b/;
const YES = /^(?:oui|ouais|ouai|ouep|yes|si|bien sur|evidemment|absolument|tout a fait|d'accord|ok|oki|okay|affirmatif|oui oui)\b/;
const NO = /^(?:non|nan|nope|no|pas du tout|jamais|absolument pas|non non|pas vraiment|pas trop|bof)\b/;

/**
 * The answer to the safety question read in any words; `unclear` when it says neither (the routing
 * goes on: an unclear answer never blocks).
 */
export function readSafetyAnswer(text: string, kinds: readonly Emergency[]): SafetyAnswer {
  const t = normalizeText(text).trim();
  if (!t) return 'unclear';
  const safeWhenYes = yesMeansSafe(kinds);
  // Distress asked directly: « non » (« non ça va », « non jamais ») is safe, any yes or « parfois » is danger.
  if (!safeWhenYes) {
    if (/\b(?:oui|ouais|ouai|yes|si|parfois|des fois|souvent|(?:j'y|j y|jy) pense|(?:ca|cela) m'arrive|un peu|envie de mourir|en finir|plus envie)\b/.test(t) && !/^(?:non|nan|jamais)\b/.test(t)) return 'danger';
    if (NO.test(t) || /\b(?:jamais|pas du tout|pas (?:a|de) ca|ca va|je vais bien|pas de (?:souci|danger))\b/.test(t)) return 'safe';
    return 'unclear';
  }
  // « ça va pas », « pas vraiment », « chez un pote ce soir mais après je sais pas » say danger before any « oui » or « ça va ».
  const told = t.replace(/\bpas (?:de|d') ?(?:souci|soucis|probleme|danger)\b/g, ' ');
  if (/\bca va (?:pas|plus)\b/.test(told) || DANGER_TOLD.test(told)) return 'danger';
  if (NO.test(t)) return 'danger';
  if (YES.test(t) || SAFE_TOLD.test(t)) return 'safe';
  return 'unclear';
}
