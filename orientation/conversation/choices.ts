// Matching a typed, spoken or clicked answer against the choices offered (title, value or digit).
// Pure: the same rule as the channels' buttons and keypad numbering (1, 2, 3… unless a dtmf is set).
import type { ReplyChoice } from './reply.js';
import { foldForMatching } from '../../knowledge/shared/frenchText.js';

export function matchChoice(input: string, choices: ReplyChoice[]): ReplyChoice | undefined {
  const n = foldForMatching(input);
  if (!n) return undefined;
  const byDigit = choices.find((c, i) => (c.dtmf ?? String(i + 1)) === n);
  if (byDigit) return byDigit;
  return choices.find((c) => foldForMatching(c.title) === n || foldForMatching(c.value) === n) ?? choices.find((c) => n.includes(foldForMatching(c.title)));
}
