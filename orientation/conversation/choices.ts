// Matching a typed, spoken or clicked answer against the choices offered (title, value or digit).
// Pure: the same rule as the channels' buttons and keypad numbering (1, 2, 3… unless a dtmf is set).
import type { ReplyChoice } from './reply.js';

function simplify(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

export function matchChoice(input: string, choices: ReplyChoice[]): ReplyChoice | undefined {
  const n = simplify(input);
  if (!n) return undefined;
  const byDigit = choices.find((c, i) => (c.dtmf ?? String(i + 1)) === n);
  if (byDigit) return byDigit;
  return choices.find((c) => simplify(c.title) === n || simplify(c.value) === n) ?? choices.find((c) => n.includes(simplify(c.title)));
}
