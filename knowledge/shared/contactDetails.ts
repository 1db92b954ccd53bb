// E-mail addresses and phone numbers: one reading for the hand-off answers, the voice reader, the
// tickets and the console accounts. Pure, no dependency.

/** An e-mail address as stored and compared: trimmed, lower case. */
export function canonicalEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** True when the whole text is one plausible e-mail address (something@domain.tld, no spaces). */
export function isEmailAddress(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
}

/** The first e-mail address written inside a sentence, in canonical form; undefined when there is none. */
export function emailInText(text: string): string | undefined {
  const m = /[^\s@<>()]+@[^\s@<>()]+\.[a-z]{2,}/i.exec(text.trim());
  return m ? canonicalEmail(m[0]) : undefined;
}

/** A French number given as digits (0X…, +33 X…, 0033 X…) as its ten national digits, else undefined. */
export function frenchPhoneDigits(compact: string): string | undefined {
  const m = /^(?:\+33|0033|0)([1-9]\d{8})$/.exec(compact);
  return m ? `0${m[1]}` : undefined;
}

/** A phone number as compared: its digits only, a French international prefix as 0 (+33 6… = 06…). */
export function phoneComparisonKey(phone: string): string {
  return phone.replace(/\D/g, '').replace(/^(?:0033|33)(?=[1-9]\d{8}$)/, '0');
}

/**
 * A phone number written in a sentence (« mon numéro c'est 06 12 34 56 78 »): a French number in
 * pairs (« 06 12 34 56 78 »), or an international one as +digits; undefined when there is none.
 */
export function writtenPhoneNumber(text: string): string | undefined {
  const written = /\+?\d[\d\s.\-()]*\d/.exec(text)?.[0] ?? text;
  const compact = written.replace(/[\s.\-()]/g, '');
  const french = frenchPhoneDigits(compact);
  if (french) return french.replace(/(\d{2})(?=\d)/g, '$1 ');
  if (/^\+\d{8,15}$/.test(compact)) return compact;
  return undefined;
}
