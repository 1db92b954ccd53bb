// A second, statistical signal for the few decisions that matter (emergency, health condition,
// out of scope, status): a multinomial naive Bayes over words and word pairs, trained by the project
// on labelled situation sentences (situationSentences.fr.json, `npm run situations:train`) and shipped
// as a small JSON model. The extractor consults it only where its rules found nothing, and every
// fact it adds carries the words that led there.
import { prepareText } from './typoCorrection.js';

export const SITUATION_DECISIONS = ['emergency', 'health', 'outOfScope', 'status'] as const;
export type SituationDecision = (typeof SITUATION_DECISIONS)[number];

export interface SituationExample {
  text: string;
  emergency?: string;
  health?: boolean;
  outOfScope?: string;
  status?: string;
}

/** One decision's naive Bayes: log priors and per-token log likelihoods, one number per label. */
export interface DecisionModel {
  labels: string[];
  logPrior: number[];
  unknown: number[];
  tokens: Record<string, number[]>;
}

export interface SituationModel {
  version: 1;
  description: string;
  examples: number;
  decisions: Record<SituationDecision, DecisionModel>;
}

export interface SituationSignal {
  decision: SituationDecision;
  label: string;
  probability: number;
  /** The person's words that weigh most for this label (for `reasons` and audit). */
  words: string[];
}

/** Words too common to carry a situation (kept short on purpose: pairs keep the context). */
/** Tokens too generic to be shown as evidence (they still count in the probabilities). */
const NOT_EVIDENCE = new Set('me te se fait est veux je_veux voudrais je_voudrais aimerais dans_une dans_un aide ans mois une_formation formation travail_ans ai_rien vis je_vis de_travail et_habite habite'.split(' '));

const STOP = new Set("je j j' tu il elle on nous vous ils le la les l' un une des du de d' et ou a au aux en dans pour par sur avec que qui ce c' ca est suis ai mon ma mes son sa ses ne n' pas plus y".split(' '));

export function situationTokens(text: string): string[] {
  const words = prepareText(text)
    .split(/[\s']+/)
    .filter((w) => w.length > 1 && !/^\d+$/.test(w));
  const out = words.filter((w) => !STOP.has(w));
  for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]}_${words[i + 1]}`);
  return out;
}

function labelOf(example: SituationExample, decision: SituationDecision): string | undefined {
  switch (decision) {
    // An example that does not speak to a decision (a status-only sentence) is not a 'none' for it.
    case 'emergency':
      return 'emergency' in example ? (example.emergency ?? 'none') : undefined;
    case 'health':
      return example.health === undefined ? undefined : example.health ? 'yes' : 'no';
    case 'outOfScope':
      return 'outOfScope' in example ? (example.outOfScope ?? 'none') : undefined;
    case 'status':
      return example.status ?? undefined;
  }
}

const round = (x: number) => Math.round(x * 1000) / 1000;

export function trainDecision(examples: SituationExample[], decision: SituationDecision): DecisionModel {
  const labelled = examples.map((e) => ({ label: labelOf(e, decision), tokens: situationTokens(e.text) })).filter((e): e is { label: string; tokens: string[] } => !!e.label);
  const labels = [...new Set(labelled.map((e) => e.label))].sort();
  const docCount = labels.map((l) => labelled.filter((e) => e.label === l).length);
  const counts = new Map<string, number[]>();
  const totals = labels.map(() => 0);
  for (const e of labelled) {
    const li = labels.indexOf(e.label);
    for (const tok of new Set(e.tokens)) {
      const row = counts.get(tok) ?? labels.map(() => 0);
      row[li]++;
      totals[li]++;
      counts.set(tok, row);
    }
  }
  const vocabulary = counts.size;
  const tokens: Record<string, number[]> = {};
  for (const [tok, row] of [...counts.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    // A token seen once says nothing general: left to the unknown weight (keeps the model small).
    if (row.reduce((a, b) => a + b, 0) < 2) continue;
    tokens[tok] = row.map((c, li) => round(Math.log((c + 1) / (totals[li] + vocabulary))));
  }
  return {
    labels,
    logPrior: docCount.map((n) => round(Math.log(n / labelled.length))),
    unknown: totals.map((t) => round(Math.log(1 / (t + vocabulary)))),
    tokens,
  };
}

export function trainSituationModel(examples: SituationExample[], description = 'Naive Bayes over words and word pairs of labelled situation sentences'): SituationModel {
  const decisions = {} as Record<SituationDecision, DecisionModel>;
  for (const d of SITUATION_DECISIONS) decisions[d] = trainDecision(examples, d);
  return { version: 1, description, examples: examples.length, decisions };
}

/** The most probable label of one decision, with the words that weigh most for it. */
export function classifyDecision(model: DecisionModel, tokens: string[], decision: SituationDecision): SituationSignal {
  const known = [...new Set(tokens)].filter((t) => model.tokens[t]);
  const scores = model.labels.map((_, li) => model.logPrior[li] + known.reduce((s, t) => s + model.tokens[t][li], 0));
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  const best = scores.indexOf(max);
  // A word counts as evidence when it is clearly likelier under the winning label than under the others.
  const weight = (t: string) => {
    const row = model.tokens[t];
    const others = row.filter((_, li) => li !== best);
    return row[best] - (others.length ? Math.max(...others) : model.unknown[best]);
  };
  const words = known
    .filter((t) => weight(t) > 0.7 && !NOT_EVIDENCE.has(t))
    .sort((a, b) => weight(b) - weight(a))
    .slice(0, 4)
    .map((t) => t.replace('_', ' '));
  return { decision, label: model.labels[best], probability: exp[best] / sum, words };
}

export function classifySituation(model: SituationModel, text: string): SituationSignal[] {
  const tokens = situationTokens(text);
  return SITUATION_DECISIONS.map((d) => classifyDecision(model.decisions[d], tokens, d));
}

/**
 * Whether a signal is strong enough to fill a gap the rules left: confident, and carried by at
 * least two of the person's words (a single word is what the lexicon is for).
 */
export function isTrustworthy(signal: SituationSignal, threshold = 0.9, minWords = 2): boolean {
  return signal.probability >= threshold && signal.words.length >= minWords;
}
