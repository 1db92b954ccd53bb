// Personal data must never reach the logs: e-mails, phone numbers and the users' own words.
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// French numbers (0X XX XX XX XX, +33 X …, 0 800 …) and any run of 9+ digits with separators, but
// not digits inside a longer token: ids (UUIDs, conversation ids) must survive redaction whole.
const PHONE = /(?<![\p{L}\p{N}_-])(?:(?:\+|00)\d{2,3}[\s.-]?)?(?:\(0\)[\s.-]?)?\d(?:[\s.-]?\d){8,13}(?![\p{L}\p{N}_])/gu;

// UUIDs (ticket ids…) are made only of hex digits and dashes: their digit groups look like phone numbers.
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

export function redactText(text: string): string {
  const redact = (part: string) => part.replace(EMAIL, '[email]').replace(PHONE, '[téléphone]');
  let out = '';
  let last = 0;
  for (const m of text.matchAll(UUID)) {
    out += redact(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + redact(text.slice(last));
}

/** Keys whose values are free text typed or spoken by users: dropped, only their length is kept. */
export const FREE_TEXT_KEYS = ['text', 'speak', 'situation', 'transcript', 'message', 'notes', 'query', 'q'];

export function redactValue(value: unknown, depth = 0): unknown {
  if (depth > 6) return '[…]';
  if (typeof value === 'string') return redactText(value);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, depth + 1));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (FREE_TEXT_KEYS.includes(k) && typeof v === 'string') out[k] = `[texte: ${v.length} car.]`;
      else out[k] = redactValue(v, depth + 1);
    }
    return out;
  }
  return value;
}
