// The person's own words behind the decisions that matter most (an emergency, health or RQTH, out
// of scope), added to the routing decision's reasons in short French: « vous avez parlé de votre
// diabète ». Kept with the conversation and the consented ticket; never logged.
import type { FactEvidence } from '../understanding/extractProfile.js';
import type { Profile } from '../routing/profile.js';
import type { RoutingDecision } from '../routing/routingDecision.js';
import type { OperatorType } from '../../knowledge/model/operatorType.js';
import { SAFETY_ANSWER_REASON } from './safetyQuestion.js';

/** Evidence as kept in the session: the person's words as they wrote them (accents restored). */
export interface KeptEvidence {
  fact: FactEvidence['fact'];
  value: string;
  words: string;
}

const MAX_WORDS_CHARS = 60;

/** Which evidence explains which operator type. */
const EXPLAINS: Partial<Record<OperatorType, Array<FactEvidence['fact']>>> = {
  social_emergency: ['emergencies'],
  out_of_scope: ['outOfScope'],
  cap_emploi: ['rqth', 'jobAtRiskForHealth', 'barriers'],
};

function fold(c: string): string {
  return c.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’`´‘]/g, "'");
}

/** The span of `text` that the accent-folded `words` were read from; the folded words when not found. */
export function originalWords(text: string, words: string): string {
  const tokens = words.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  if (tokens.length === 0) return words;
  // Character-by-character folding keeps positions (a French letter folds to one letter).
  const chars = [...text];
  const folded = chars.map((c) => (fold(c).length === 1 ? fold(c) : c.toLowerCase())).join('');
  const escaped = tokens.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const m = new RegExp(escaped.join("[^\\p{L}\\p{N}]+"), 'u').exec(folded);
  if (!m) return words;
  const span = chars.slice([...folded.slice(0, m.index)].length, [...folded.slice(0, m.index + m[0].length)].length).join('');
  // The determiner just before a noun makes the words readable (« mon diabète », not « diabète »).
  const before = /(?:^|\s)(mon|ma|mes|son|sa|ses|le|la|les|un|une|du|des)\s+$|(?:^|\s)(l|d)['’]$/iu.exec(chars.slice(0, [...folded.slice(0, m.index)].length).join(''));
  if (!before || /^(je|j['’]|il|elle|on)\b/i.test(span)) return span;
  return before[1] ? `${before[1]} ${span}` : `${before[2]}'${span}`;
}

/** Evidence of one message, in the person's spelling, bounded in length. */
export function keptEvidence(text: string, evidence: readonly FactEvidence[]): KeptEvidence[] {
  return evidence.map((e) => ({ fact: e.fact, value: e.value, words: originalWords(text, e.words).slice(0, MAX_WORDS_CHARS).trim() }));
}

/** Adds this message's evidence to what the session keeps (one per fact and value, the latest words). */
export function mergeEvidence(kept: readonly KeptEvidence[] | undefined, added: readonly KeptEvidence[]): KeptEvidence[] {
  const out = (kept ?? []).filter((k) => !added.some((a) => a.fact === k.fact && a.value === k.value));
  return [...out, ...added.filter((a) => a.words)];
}

/** Evidence still true of the profile (a retracted fact loses its words). */
function stillHolds(e: KeptEvidence, p: Profile): boolean {
  switch (e.fact) {
    case 'emergencies':
      return p.emergencies.includes(e.value as never);
    case 'outOfScope':
      return p.outOfScope.includes(e.value as never);
    case 'barriers':
      return p.barriers.includes(e.value as never);
    case 'rqth':
      return p.rqth === e.value;
    case 'jobAtRiskForHealth':
      return p.jobAtRiskForHealth === true;
  }
}

/** « vous avez parlé de votre diabète », « vous avez dit « je dors dehors » ». */
export function saidInFrench(words: string): string {
  const w = words.trim();
  // The answer to the safety question says where it comes from itself.
  if (w.startsWith(SAFETY_ANSWER_REASON)) return w;
  if (/^(je|j['’]|on|il|elle|c['’]|ça|ca|nous)\b/i.test(w)) return `vous avez dit « ${w} »`;
  const yours = w.replace(/\b(mon|ma)\b/gi, 'votre').replace(/\bmes\b/gi, 'vos');
  const joined: Array<[RegExp, string]> = [
    [/^le /i, 'du '],
    [/^les /i, 'des '],
    [/^des /i, 'des '],
    [/^du /i, 'du '],
    [/^un /i, 'd’un '],
    [/^une /i, 'd’une '],
    [/^(votre|vos|la|l['’])/i, 'de $1'],
  ];
  for (const [re, by] of joined) if (re.test(yours)) return `vous avez parlé ${yours.replace(re, by)}`;
  return `vous avez parlé de « ${yours} »`;
}

/** The decision with, for each type explained by the person's words, those words added to its reason. */
export function withEvidence(decision: RoutingDecision, profile: Profile, kept: readonly KeptEvidence[] | undefined): RoutingDecision {
  if (!kept?.length) return decision;
  const reasons = { ...decision.reasons };
  let changed = false;
  for (const type of decision.operatorTypes) {
    const facts = EXPLAINS[type];
    if (!facts) continue;
    const said = kept.filter((e) => facts.includes(e.fact) && stillHolds(e, profile));
    const words = [...new Set(said.map((e) => e.words))].slice(0, 2);
    if (words.length === 0) continue;
    const because = words.map(saidInFrench).join(' ; ');
    reasons[type] = reasons[type] ? `${reasons[type]} (${because})` : `${because.replace(/^v/, 'V')}.`;
    changed = true;
  }
  return changed ? { ...decision, reasons } : decision;
}
