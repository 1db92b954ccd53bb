// How many keypad digits answer a question, from the kind of answer it expects: a phone number
// is 10 digits, a postcode 5, an option 1 (2 when there are ten options or more), an age 2.
// Dialogs say what they expect (Reply.expectedInput); when they do not, the question's wording is
// read conservatively, and anything unclear falls back to the old rule (5 digits or "#").
import type { ExpectedInput } from '../../orientation/conversation/reply.js';
import { stripAccents } from '../../knowledge/shared/frenchText.js';

export interface KeypadRule {
  /** The answer is complete at this many digits ("#" or the gateway's pause ends it earlier). */
  maxDigits: number;
  /** Numeric entry (phone, postcode, age): "0" is a digit here, not the counsellor key. */
  numeric: boolean;
}

const plain = (s: string) => stripAccents(s).toLowerCase();

/** Expected answer guessed from the question's wording; undefined when nothing is clear. */
export function inferExpectedInput(question: string | undefined, hasChoices: boolean): ExpectedInput | undefined {
  if (hasChoices) return 'option';
  if (!question) return undefined;
  const q = plain(question);
  if (/\b(?:numero de telephone|numero de portable|vous (?:re)?joindre au|a quel numero)\b/.test(q)) return 'phone';
  if (/\b(?:adresse (?:e-?)?mail|courriel|adresse electronique)\b/.test(q)) return 'email';
  if (/\bcode postal\b/.test(q)) return 'postcode';
  if (/\b(?:quel age|votre age)\b/.test(q)) return 'age';
  return undefined;
}

export function keypadRule(expected: ExpectedInput | undefined, choiceCount: number): KeypadRule {
  switch (expected) {
    case 'phone':
      return { maxDigits: 10, numeric: true };
    case 'postcode':
      return { maxDigits: 5, numeric: true };
    case 'age':
      return { maxDigits: 2, numeric: true };
    case 'option':
    case 'yes_no':
      return { maxDigits: choiceCount >= 10 ? 2 : 1, numeric: false };
    default:
      return choiceCount > 0 ? { maxDigits: choiceCount >= 10 ? 2 : 1, numeric: false } : { maxDigits: 5, numeric: false };
  }
}

/**
 * With ten options or more, "1" may be option 1 or the start of "10": the answer is complete at
 * once only when no longer option starts with the digits typed so far.
 */
export function optionComplete(digits: string, choiceDigits: string[]): boolean {
  if (!choiceDigits.some((d) => d.length > digits.length && d.startsWith(digits))) return true;
  return digits.length >= Math.max(...choiceDigits.map((d) => d.length));
}
