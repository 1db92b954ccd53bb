// Reading the contact answers of the hand-off: a phone number (digits, +33, or spoken French number
// words as speech recognisers write them), an e-mail address (knowledge/shared/contactDetails.ts), the contact channel, the preferred
// times. Pure; a value is returned only when the answer really is one (a question is not).
import type { ContactChannel } from '../tickets/ticket.js';
import { CHANNEL_CHOICES, TIMES_CHOICES } from '../tickets/handoffMessages.js';
import { readSpokenDigits } from '../understanding/spokenNumber.js';
import { writtenPhoneNumber } from '../../knowledge/shared/contactDetails.js';
import { matchChoice } from './choices.js';
import { foldForMatching } from '../../knowledge/shared/frenchText.js';

function norm(s: string): string {
  return foldForMatching(s, { spaces: 'apostrophes' });
}

/** A yes or a no anywhere in a sentence (loose, unlike the whole-message consentAnswer): "oui", "d'accord", "ok" → true; "non", "pas d'accord", "je refuse" → false; else undefined (loose). */
export function yesOrNoInSentence(text: string): boolean | undefined {
  const n = norm(text);
  if (!n) return undefined;
  if (/\b(non|pas d accord|refuse|jamais|surtout pas|non merci|pas question)\b/.test(n)) return false;
  if (/^(1|oui|ouais|ok|okay|d accord|bien sur|volontiers|je suis d accord|j accepte|c est bon|vas y|allez y|oui je suis d accord)\b/.test(n) || /\b(oui|d accord|j accepte)\b/.test(n)) return true;
  if (n === '2') return false;
  return undefined;
}

/** A phone number written (« 06 12 34 56 78 », +33…) or spoken in words (« zéro six douze… ») → display form, or undefined. */
export function normalisePhone(text: string): string | undefined {
  const written = writtenPhoneNumber(text);
  if (written) return written;
  const spoken = readSpokenDigits(text);
  return spoken ? writtenPhoneNumber(spoken) : undefined;
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
