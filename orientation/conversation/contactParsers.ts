// Reading the contact answers of the hand-off: a phone number (digits, +33, or spoken French number
// words as speech recognisers write them), an e-mail address, the contact channel, the preferred
// times. Pure; a value is returned only when the answer really is one (a question is not).
import type { ContactChannel } from '../tickets/ticket.js';
import { CHANNEL_CHOICES, TIMES_CHOICES } from '../tickets/handoffMessages.js';
import { parseFrenchNumber } from '../understanding/frenchNumber.js';
import { matchChoice } from './choices.js';
import { foldForMatching } from '../../knowledge/shared/frenchText.js';

function norm(s: string): string {
  return foldForMatching(s, { spaces: 'apostrophes' });
}

/** "oui", "d'accord", "ok" → true; "non", "pas d'accord", "je refuse" → false; else undefined (loose). */
export function yesNo(text: string): boolean | undefined {
  const n = norm(text);
  if (!n) return undefined;
  if (/\b(non|pas d accord|refuse|jamais|surtout pas|non merci|pas question)\b/.test(n)) return false;
  if (/^(1|oui|ouais|ok|okay|d accord|bien sur|volontiers|je suis d accord|j accepte|c est bon|vas y|allez y|oui je suis d accord)\b/.test(n) || /\b(oui|d accord|j accepte)\b/.test(n)) return true;
  if (n === '2') return false;
  return undefined;
}

/** A number word at this position; « un » alone is the digit 1 here (a phone number has no articles). */
function numberAt(words: string[], i: number): { value: number; length: number } | undefined {
  return parseFrenchNumber(words, i) ?? (words[i] === 'un' || words[i] === 'une' ? { value: 1, length: 1 } : undefined);
}

/**
 * Digits said as French words: « zéro six douze trente-quatre… », « double six » (each number word
 * gives its digits: 6 → "6", 34 → "34"). Undefined when a word is neither a number nor a filler.
 */
export function spokenDigits(text: string): string | undefined {
  const words = norm(text).replace(/[-.,]/g, ' ').split(' ').filter(Boolean);
  let digits = '';
  let sawWord = false;
  for (let i = 0; i < words.length; ) {
    const w = words[i];
    if (/^\d+$/.test(w)) {
      digits += w;
      i++;
      continue;
    }
    if (w === 'double' || w === 'triple') {
      const n = numberAt(words, i + 1);
      if (!n) return undefined;
      digits += String(n.value).repeat(w === 'double' ? 2 : 3);
      i += 1 + n.length;
      sawWord = true;
      continue;
    }
    const n = numberAt(words, i);
    if (n) {
      digits += String(n.value);
      i += n.length;
      sawWord = true;
      continue;
    }
    if (/^(et|le|mon|numero|c est|c|est|plus|alors|euh|donc|voila|tel|telephone|au)$/.test(w)) {
      i++;
      continue;
    }
    return undefined;
  }
  return sawWord && digits ? digits : undefined;
}

/** French or international phone number → display form, or undefined. */
export function normalisePhone(text: string): string | undefined {
  // The number inside a sentence (« mon numéro c'est 06 12 34 56 78 »).
  const written = /\+?\d[\d\s.\-()]*\d/.exec(text)?.[0] ?? text;
  const compact = written.replace(/[\s.\-()]/g, '');
  const fr = /^(?:\+33|0033|0)([1-9]\d{8})$/.exec(compact);
  if (fr) return `0${fr[1]}`.replace(/(\d{2})(?=\d)/g, '$1 ');
  if (/^\+\d{8,15}$/.test(compact)) return compact;
  const spoken = spokenDigits(text);
  if (spoken && spoken !== compact) return normalisePhone(spoken);
  return undefined;
}

export function normaliseEmail(text: string): string | undefined {
  const m = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i.exec(text.trim());
  return m ? m[0].toLowerCase() : undefined;
}

const CHANNEL_WORDS: Array<[ContactChannel, RegExp]> = [
  ['phone', /\b(telephone|tel|appel|appelez|appeler|portable|mobile|numero)\b/],
  ['email', /\b(courriel|mail|email|e mail|mel|adresse electronique)\b/],
  ['chat', /\b(ici|conversation|chat|messagerie|discussion)\b/],
];

/** The button (title, value or digit) only. */
export function contactChannelChoice(text: string): ContactChannel | undefined {
  return matchChoice(text, CHANNEL_CHOICES)?.value as ContactChannel | undefined;
}

export function contactChannelOf(text: string): ContactChannel | undefined {
  const choice = contactChannelChoice(text);
  if (choice) return choice;
  const n = norm(text);
  for (const [c, re] of CHANNEL_WORDS) if (re.test(n)) return c;
  return undefined;
}

const TIME_WORDS =
  /\b(matin|matinee|apres midi|aprem|soir|soiree|midi|journee|heures?|\d{1,2} ?h(\d{2})?|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|semaine|week end|weekend|peu importe|n importe (quand|quel)|quand (vous|tu) (voulez|veux)|tout le temps|toute la journee|indifferent|pas de preference|avant|apres|entre|tot|tard|pause dejeuner|dejeuner)\b/;

/** Preferred times: a button, or words that say a moment. A question or anything else is not one. */
export function preferredTimesOf(text: string): string | undefined {
  const v = text.trim().slice(0, 300);
  if (!v || /\?/.test(v)) return undefined;
  // A button (or its digit) gives its value; longer words keep the person's own precision
  // (« le matin avant 10h » is not shortened to « le matin »).
  const n = norm(v);
  const exact = TIMES_CHOICES.find((c, i) => n === String(i + 1) || n === norm(c.title) || n === norm(c.value));
  if (exact) return exact.value;
  if (TIME_WORDS.test(n)) return v;
  return matchChoice(v, TIMES_CHOICES)?.value;
}
