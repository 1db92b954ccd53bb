// Digits spoken as words, as speech recognisers often write them: « zéro six douze trente-quatre
// cinquante-six soixante-dix-huit » → 0612345678, « soixante-neuf zéro zéro trois » → 69003,
// « double zéro » → 00, « soixante-neuf mille trois » → 69003. Callers read numbers digit by digit,
// in pairs, or mixed, sometimes with digits already written by the recogniser; we only concatenate.
import { frenchPhoneDigits } from '../../knowledge/shared/contactDetails.js';
import { stripAccents } from '../../knowledge/shared/frenchText.js';
import { parseFrenchNumber } from './frenchNumber.js';

const REPEATERS: Record<string, number> = { double: 2, triple: 3 };
// Words a caller says around a number that carry no digit.
const FILLERS = new Set([
  'euh', 'hum', 'alors', 'donc', 'le', 'la', 'les', 'l', 'c', 'est', 'ce', 'cest', 'mon', 'ma', 'numero', 'telephone', 'tel',
  'code', 'postal', 'portable', 'fixe', 'voila', 'oui', 'et', 'puis', 'ensuite', 'je', 'j', 'vous', 'dis', 'dit', 'suis', 'au',
  'a', 'ah', 'bah', 'ben', 'bon', 'point', 'tiret', 'virgule', 'moi',
]);

function normalise(text: string): string[] {
  return stripAccents(text)
    .toLowerCase()
    .replace(/(\d)\s*\+\s*/g, '$1 ')
    .replace(/\+/g, ' plus ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/**
 * The digits of a number said in words (digits already written are kept), or undefined when the
 * text holds a word that is neither a number nor a filler (then it is not a number answer).
 * A leading « plus » becomes "+" (« plus trente-trois six … »).
 */
export function readSpokenDigits(text: string): string | undefined {
  const words = normalise(text);
  let out = '';
  let repeat = 1;
  let sawNumber = false;
  for (let i = 0; i < words.length; ) {
    const w = words[i]!;
    if (/^\d+$/.test(w)) {
      out += w.repeat(repeat);
      repeat = 1;
      sawNumber = true;
      i++;
      continue;
    }
    if (w === 'plus' && out === '') {
      out = '+';
      i++;
      continue;
    }
    if (REPEATERS[w]) {
      repeat = REPEATERS[w]!;
      i++;
      continue;
    }
    // « zéro » is a digit, not a filler: parseFrenchNumber knows it.
    // « un » alone is an article for the general reader; among digits it is 1.
    const parsed = w === 'zero' ? { value: 0, length: 1 } : (parseFrenchNumber(words, i) ?? (w === 'un' || w === 'une' ? { value: 1, length: 1 } : undefined));
    if (parsed) {
      let value = parsed.value;
      let used = parsed.length;
      // « huit cent » → 800, « huit cent vingt » → 820 (a unit before « cent »).
      if (value >= 2 && value <= 9 && words[i + used] === 'cent') {
        const rest = parseFrenchNumber(words, i + used);
        if (rest) {
          value = value * 100 + (rest.value - 100);
          used += rest.length;
        }
      }
      // « soixante-neuf mille trois » → 69003: thousands as postcodes are often said.
      if (words[i + used] === 'mille' && value < 100) {
        used += 1;
        const rest = words[i + used] !== undefined ? parseFrenchNumber(words, i + used) : undefined;
        const low = rest && rest.value < 1000 ? rest.value : 0;
        if (rest && rest.value < 1000) used += rest.length;
        out += String(value * 1000 + low).repeat(repeat);
      } else {
        out += String(value).repeat(repeat);
      }
      repeat = 1;
      sawNumber = true;
      i += used;
      continue;
    }
    if (w === 'mille' || w === 'cent') return undefined;
    if (FILLERS.has(w)) {
      i++;
      continue;
    }
    return undefined;
  }
  return sawNumber ? out : undefined;
}

/** A French phone number read from speech: 10 digits starting with 0 (or +33 and 9 digits). */
export function readSpokenPhone(text: string): string | undefined {
  const d = readSpokenDigits(text);
  return d ? frenchPhoneDigits(d) : undefined;
}

/** A postcode read from speech: exactly five digits. */
export function readSpokenPostcode(text: string): string | undefined {
  const d = readSpokenDigits(text);
  return d && /^\d{5}$/.test(d) ? d : undefined;
}

/** An option number read from speech (« dix » → "10", « deux » → "2"). */
export function readSpokenOption(text: string): string | undefined {
  const d = readSpokenDigits(text);
  return d && /^\d{1,2}$/.test(d) ? String(Number(d)) : undefined;
}
