// A second, statistical signal for the decisions that change the routing most (emergency, health,
// a job at risk for health, out of scope, status, a paid retraining, a business creation, a woman's
// specific barriers): one multinomial logistic regression per decision over words, word pairs and
// character n-grams of each word, trained by the project on labelled situation sentences
// (situationSentences.fr.json + situationCorpus/, `npm run situations:train`) and shipped as a
// pruned JSON model. Character n-grams carry SMS spellings, slang and inflections to words never seen
// in training. The extractor consults it only where its rules found nothing, and every fact it adds
// carries the person's words that led there. The former naive Bayes stays here for comparison
// (cross-validation in the training script, bench/understanding).
import { mulberry32 } from '../../knowledge/shared/seededRandom.js';
import { prepareText } from './typoCorrection.js';
import type { SituationExample } from './situationCorpus.js';

export type { SituationExample } from './situationCorpus.js';

export const SITUATION_DECISIONS = ['emergency', 'health', 'jobAtRisk', 'outOfScope', 'status', 'paidRetraining', 'creation', 'womanBarrier'] as const;
export type SituationDecision = (typeof SITUATION_DECISIONS)[number];

/** The label that means "nothing to add" for each decision (binary decisions read 'yes' / 'no'). */
export const NEUTRAL_LABEL: Record<SituationDecision, string> = {
  emergency: 'none',
  health: 'no',
  jobAtRisk: 'no',
  outOfScope: 'none',
  status: 'none',
  paidRetraining: 'no',
  creation: 'no',
  womanBarrier: 'no',
};

export interface SituationSignal {
  decision: SituationDecision;
  label: string;
  probability: number;
  /** The person's words that weigh most for this label (for `reasons` and audit), never raw n-grams. */
  words: string[];
}

// ---------------------------------------------------------------------------------------------
// Labels

/** The label of one example for one decision; undefined when the example was not labelled for it. */
export function labelOf(example: SituationExample, decision: SituationDecision): string | undefined {
  const yesNo = (v: boolean | undefined) => (v === undefined ? undefined : v ? 'yes' : 'no');
  switch (decision) {
    case 'emergency':
      return example.emergency;
    case 'outOfScope':
      return example.outOfScope;
    case 'status':
      // null: the sentence was read and says no status; a missing key: not labelled.
      return example.status === null ? 'none' : example.status;
    case 'health':
    case 'jobAtRisk':
    case 'paidRetraining':
    case 'creation':
    case 'womanBarrier':
      return yesNo(example[decision]);
  }
}

// ---------------------------------------------------------------------------------------------
// Features

const STOP = new Set("je j j' tu il elle on nous vous ils le la les l' un une des du de d' et ou a au aux en dans pour par sur avec que qui ce c' ca est suis ai mon ma mes son sa ses ne n' pas plus y".split(' '));
/** Words too generic to be shown as evidence (they still count in the probabilities). */
const NOT_EVIDENCE = new Set('euh heu ben bah bon ouais oui non alors voila quoi hier cette tant sais dit dis parle qu comment combien pourquoi quel quelle quels quelles meme ci la un deux trois quatre cinq six sept huit neuf dix vingt trente pense me te se fait est veux voudrais aimerais aide ans mois formation travail rien vis habite bonjour merci svp bien tres trop tout tous toute encore deja ete etre avoir fais faire peux veut dois comme mais donc alors parce quand depuis'.split(' '));

/** The prepared words of a message (accents folded, typos corrected), as the features see them. */
export function situationWords(text: string, prepared = false): string[] {
  return (prepared ? (text ?? '') : prepareText(text ?? ''))
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !/^\d+$/.test(w));
}

/** Naive Bayes tokens: content words and every word pair. */
export function situationTokens(text: string): string[] {
  const words = situationWords(text);
  const out = words.filter((w) => !STOP.has(w));
  for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]}_${words[i + 1]}`);
  return out;
}

interface MessageFeatures {
  words: string[];
  /** Each distinct feature with the word positions it was read from. */
  features: Map<string, number[]>;
}

/**
 * Logistic regression features: `w:` a word, `p:` a word pair, `c:` a character n-gram (3 to 5) of
 * a content word with boundary marks (« <dor », « ors> »).
 */
export function messageFeatures(text: string, prepared = false): MessageFeatures {
  const words = situationWords(text, prepared);
  const features = new Map<string, number[]>();
  const note = (f: string, ...at: number[]) => {
    const seen = features.get(f);
    if (seen) seen.push(...at);
    else features.set(f, at);
  };
  words.forEach((w, i) => {
    note(`w:${w}`, i);
    if (i + 1 < words.length) note(`p:${w}_${words[i + 1]}`, i, i + 1);
    if (w.length < 4 || STOP.has(w)) return;
    const marked = `<${w}>`;
    for (let n = 3; n <= 5; n++) for (let s = 0; s + n <= marked.length; s++) note(`c:${marked.slice(s, s + n)}`, i);
  });
  return { words, features };
}

// ---------------------------------------------------------------------------------------------
// Logistic regression

/** One decision's logistic regression: a bias and a weight row (one number per label) per feature. */
export interface LogisticDecision {
  labels: string[];
  bias: number[];
  weights: Record<string, number[]>;
  /**
   * Per label other than the neutral one: the probability from which it may be trusted, picked on
   * the cross-validation; a label absent here was never precise enough and adds nothing.
   */
  thresholds: Record<string, number>;
}

export interface SituationModel {
  version: 2;
  description: string;
  examples: number;
  /** sha256 of the training examples (canonical JSON), to check the shipped model matches the corpus. */
  corpusHash: string;
  decisions: Record<SituationDecision, LogisticDecision>;
}

export interface TrainingOptions {
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** A feature must appear in at least this many training sentences to be learnt. */
  minDocuments: number;
  /** Features kept per decision after training (largest weights first). */
  maxFeatures: number;
  /** Weights smaller than this (after centring) are dropped. */
  minWeight: number;
  /** Value of a character n-gram relative to a word or a pair (they are many per word). */
  charScale: number;
  /** Each sentence's loss weighted by (most frequent label count / its label count) ** classBalance (0: none). */
  classBalance: number;
  /**
   * How the kept features are chosen: 'weight' the largest weights, 'use' the largest weight times the
   * number of training sentences the feature is read in (its weight in the probabilities overall).
   */
  pruneBy?: 'weight' | 'use';
}

/**
 * Pruning when the options do not say: by use, except emergencies, which keep the former pruning by
 * the largest weights — pruned by use, the emergency model became sure of look-alikes of real traffic
 * (a child minded until Friday, « envie de continuer ») and added false alarms on seen routing sets.
 */
const usePruningByDefault = false;
export function pruningOf(decision: SituationDecision, options: TrainingOptions): 'weight' | 'use' {
  // Shipped: by weight for every decision until the corpus of situationCorpusPending/ is trained on
  // with pruning by use (`--prune-by use`), which other tests of the extractor do not pass yet.
  return options.pruneBy ?? (decision === 'emergency' || !usePruningByDefault ? 'weight' : 'use');
}

export const DEFAULT_TRAINING: TrainingOptions = { epochs: 12, learningRate: 0.4, l2: 1e-4, seed: 20261206, minDocuments: 2, maxFeatures: 6000, minWeight: 0.02, classBalance: 0, charScale: 0.5 };

export function seededShuffle<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  const random = mulberry32(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// « || 0 »: no negative zero (it would not survive the JSON round trip).
const round3 = (x: number) => Math.round(x * 1000) / 1000 || 0;

function softmax(scores: number[]): number[] {
  const max = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - max));
  const sum = exp.reduce((a, b) => a + b, 0);
  return exp.map((e) => e / sum);
}

/** The features a sentence is trained on (the training script passes a cache: preparing a text is the costly part). */
export type TrainingFeatures = (text: string) => readonly string[];
const featuresOfText: TrainingFeatures = (text) => [...messageFeatures(text).features.keys()];

/** Trains one decision with AdaGrad on the softmax loss plus L2, in a seeded order. */
export function trainLogisticDecision(examples: readonly SituationExample[], decision: SituationDecision, options: TrainingOptions = DEFAULT_TRAINING, featuresOf: TrainingFeatures = featuresOfText): LogisticDecision {
  const labelled = examples.flatMap((e) => {
    const label = labelOf(e, decision);
    return label === undefined ? [] : [{ label, features: featuresOf(e.text) }];
  });
  const labels = [...new Set(labelled.map((e) => e.label))].sort();
  if (labels.length < 2) return { labels: [NEUTRAL_LABEL[decision]], bias: [0], weights: {}, thresholds: {} };
  const K = labels.length;
  const documentFrequency = new Map<string, number>();
  for (const e of labelled) for (const f of e.features) documentFrequency.set(f, (documentFrequency.get(f) ?? 0) + 1);
  const vocabulary = [...documentFrequency.entries()].filter(([, n]) => n >= options.minDocuments).map(([f]) => f).sort();
  const index = new Map(vocabulary.map((f, i) => [f, i]));
  const data = labelled.map((e) => {
    const x = Int32Array.from(e.features.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
    // Normalised by all the message's features (known or not), as at inference; n-grams at their scale.
    const value = 1 / Math.sqrt(Math.max(1, e.features.length));
    return { y: labels.indexOf(e.label), x, v: Float64Array.from(x, (i) => value * (vocabulary[i].startsWith('c:') ? options.charScale : 1)) };
  });
  const labelCount = labels.map((l) => labelled.filter((e) => e.label === l).length);
  const classWeight = labelCount.map((n) => (Math.max(...labelCount) / n) ** options.classBalance);
  const w = new Float64Array(vocabulary.length * K);
  const g = new Float64Array(vocabulary.length * K);
  const bias = new Float64Array(K);
  const gBias = new Float64Array(K);
  const scores = new Array<number>(K);
  const eps = 1e-8;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const d of seededShuffle(data, options.seed + epoch)) {
      const { x, v } = d;
      for (let k = 0; k < K; k++) scores[k] = bias[k];
      for (let j = 0; j < x.length; j++) {
        const base = x[j] * K;
        for (let k = 0; k < K; k++) scores[k] += w[base + k] * v[j];
      }
      const p = softmax(scores);
      for (let k = 0; k < K; k++) {
        const err = (p[k] - (k === d.y ? 1 : 0)) * classWeight[d.y];
        gBias[k] += err * err;
        bias[k] -= (options.learningRate * err) / Math.sqrt(gBias[k] + eps);
        for (let j = 0; j < x.length; j++) {
          const at = x[j] * K + k;
          const grad = err * v[j] + options.l2 * w[at];
          g[at] += grad * grad;
          w[at] -= (options.learningRate * grad) / Math.sqrt(g[at] + eps);
        }
      }
    }
  }
  const pruneBy = pruningOf(decision, options);
  // A constant added to a feature's row changes no probability: centred rows prune honestly.
  const rows = vocabulary.map((f, fi) => {
    // The n-gram scale is folded into the shipped weights: inference reads every feature at one value.
    const scale = f.startsWith('c:') ? options.charScale : 1;
    const row = Array.from(w.subarray(fi * K, fi * K + K)).map((x) => x * scale);
    const mean = row.reduce((a, b) => a + b, 0) / K;
    const centred = row.map((x) => x - mean);
    const size = Math.max(...centred.map(Math.abs));
    return { f, row: centred, size, use: size * (pruneBy === 'use' ? (documentFrequency.get(f) ?? 0) : 1) };
  });
  // Ties in the former order by the locale, as the emergency model was always pruned.
  const byName = pruneBy === 'use' ? (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0) : (a: string, b: string) => a.localeCompare(b);
  const kept = rows
    .filter((r) => r.size >= options.minWeight)
    .sort((a, b) => b.use - a.use || byName(a.f, b.f))
    .slice(0, options.maxFeatures)
    .sort((a, b) => a.f.localeCompare(b.f));
  const weights: Record<string, number[]> = {};
  for (const r of kept) weights[r.f] = r.row.map(round3);
  const biasMean = Array.from(bias).reduce((a, b) => a + b, 0) / K;
  return { labels, bias: Array.from(bias).map((b) => round3(b - biasMean)), weights, thresholds: {} };
}

/** Every label's probability, with the features the model knows (and the word positions they come from). */
export function logisticProbabilities(model: LogisticDecision, message: MessageFeatures): { p: number[]; value: number; known: Array<[number[], number[]]> } {
  const K = model.labels.length;
  const value = 1 / Math.sqrt(Math.max(1, message.features.size));
  const scores = [...model.bias];
  const known: Array<[number[], number[]]> = [];
  for (const [f, at] of message.features) {
    const row = model.weights[f];
    if (!row) continue;
    known.push([row, at]);
    for (let k = 0; k < K; k++) scores[k] += row[k] * value;
  }
  return { p: softmax(scores), value, known };
}

/**
 * The most probable label of one decision other than the neutral one, with its probability and the
 * person's words that weigh most for it (the neutral label only when the decision has no other).
 */
export function classifyLogistic(model: LogisticDecision, message: MessageFeatures, decision: SituationDecision): SituationSignal {
  const K = model.labels.length;
  const { p, value, known } = logisticProbabilities(model, message);
  // The most probable label other than the neutral one: its probability is compared with the
  // decision's threshold, which may be below one half (an emergency: recall first).
  const neutral = model.labels.indexOf(NEUTRAL_LABEL[decision]);
  let best = -1;
  for (let k = 0; k < K; k++) if (k !== neutral && (best < 0 || p[k] > p[best])) best = k;
  if (best < 0) return { decision, label: NEUTRAL_LABEL[decision], probability: p[neutral] ?? 1, words: [] };
  const label = model.labels[best];
  // A feature's weight for the candidate against the others (weighted by their probability), shared
  // among the words it was read from.
  const rest = 1 - p[best] || 1;
  const byWord = new Map<number, number>();
  for (const [row, at] of known) {
    let contrast = row[best];
    for (let k = 0; k < K; k++) if (k !== best) contrast -= (p[k] / rest) * row[k];
    const share = (contrast * value) / at.length;
    for (const i of at) byWord.set(i, (byWord.get(i) ?? 0) + share);
  }
  return { decision, label, probability: p[best], words: evidenceWords(message.words, byWord) };
}

function evidenceWords(words: string[], byWord: Map<number, number>): string[] {
  const ranked = [...byWord.entries()].filter(([i, s]) => s > 0 && !STOP.has(words[i]) && !NOT_EVIDENCE.has(words[i])).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (ranked.length === 0) return [];
  const top = ranked[0][1];
  const out: string[] = [];
  for (const [i, s] of ranked) {
    if (s < top * 0.25 || out.length >= 4) break;
    if (!out.includes(words[i])) out.push(words[i]);
  }
  return out;
}

/** `prepared`: the text is already prepareText()'s output (the extractor's), not prepared again. */
export function classifySituation(model: SituationModel, text: string, decisions: readonly SituationDecision[] = SITUATION_DECISIONS, prepared = false): SituationSignal[] {
  const message = messageFeatures(text, prepared);
  return decisions.map((d) => classifyLogistic(model.decisions[d], message, d));
}

// ---------------------------------------------------------------------------------------------
// Clauses

/** Below this many words a piece is no clause of its own: it joins the next one (« hier soir, »). */
const CLAUSE_MIN_WORDS = 4;
/** A spoken run-on longer than this is read in overlapping windows of this many words. */
const CLAUSE_WINDOW = 14;
const CLAUSE_STEP = 7;
// Sentence punctuation, a comma before a space, and the connectors that open a new clause in a story.
const CLAUSE_BREAK = /[.!?;:\n\u2026()]+|\s(?=(?:mais|et là|et puis|depuis que|depuis qu['’]|alors que|sauf que|du coup|parce que|parce qu['’]|sinon|enfin bref|bref|car)\s)/iu;

/**
 * The clauses of a message as the person wrote them (the corpus the classifier learnt from is made
 * of single sentences): split on punctuation and story connectors, short pieces joined to the next.
 * A message of one clause gives one clause.
 */
export function messageClauses(text: string): string[] {
  const pieces = (text ?? '').split(CLAUSE_BREAK).map((p) => (p ?? '').trim()).filter((p) => /[\p{L}\d]/u.test(p));
  const joined: string[] = [];
  let pending = '';
  for (const piece of pieces) {
    pending = pending ? `${pending} ${piece}` : piece;
    if (pending.split(/\s+/).length >= CLAUSE_MIN_WORDS) {
      joined.push(pending);
      pending = '';
    }
  }
  if (pending) {
    if (joined.length > 0) joined[joined.length - 1] += ` ${pending}`;
    else joined.push(pending);
  }
  return joined;
}

/** A clause as read: whole when short, in overlapping windows of words when a spoken run-on. */
export function clauseWindows(clause: string): string[] {
  const words = clause.split(/\s+/).filter(Boolean);
  if (words.length <= CLAUSE_WINDOW) return [clause];
  const windows: string[] = [];
  for (let start = 0; ; start += CLAUSE_STEP) {
    windows.push(words.slice(start, start + CLAUSE_WINDOW).join(' '));
    if (start + CLAUSE_WINDOW >= words.length) break;
  }
  return windows;
}

/**
 * One decision read on the whole message and on each of its clauses (`prepare` turns a piece into
 * the text the decision reads): a long story dilutes the one clause that matters (« … il m'a
 * poussée dans l'escalier … je vis toujours avec lui »). The most probable trustworthy clause wins,
 * with its own words as evidence; the whole message's signal stands only when one of its clauses says
 * the same at the model's threshold (a label spread thin over a long message is no evidence).
 * A clause must also reach `atLeast[label]` (more pieces read, more chances of a false alarm), and
 * `skip` sets aside the clauses that cannot count (told in a time long gone); a long clause (a spoken
 * run-on) is read in overlapping windows of words.
 */
export function classifyByClauses(
  model: SituationModel,
  text: string,
  decision: SituationDecision,
  prepare: (piece: string) => string,
  options: { atLeast?: Readonly<Record<string, number>>; skip?: (clause: string) => boolean } = {},
): SituationSignal {
  const whole = classifyLogistic(model.decisions[decision], messageFeatures(prepare(text), true), decision);
  const clauses = messageClauses(text).filter((clause) => !options.skip?.(clause));
  const pieces = clauses.flatMap(clauseWindows);
  if (pieces.length === 1 && pieces[0] === (text ?? '').trim()) return whole;
  const read = pieces.map((piece) => classifyLogistic(model.decisions[decision], messageFeatures(prepare(piece), true), decision));
  // The whole message counts when one of its clauses says the same at the model's own threshold.
  const wholeHeld = isTrustworthy(model, whole) && read.some((signal) => signal.label === whole.label && isTrustworthy(model, signal));
  let best: SituationSignal | undefined = wholeHeld ? whole : undefined;
  for (const signal of read) {
    if (isTrustworthy(model, signal, { atLeast: options.atLeast?.[signal.label] }) && (!best || signal.probability > best.probability)) best = signal;
  }
  // Nothing trusted: the neutral label (never a label the caller could trust).
  return best ?? { decision, label: NEUTRAL_LABEL[decision], probability: 1 - whole.probability, words: [] };
}

/** A label other than the neutral one, confident by its cross-validated threshold, with words. */
export function isTrustworthy(model: SituationModel, signal: SituationSignal, options: { atLeast?: number; minWords?: number } = {}): boolean {
  const threshold = model.decisions[signal.decision]?.thresholds?.[signal.label];
  if (threshold === undefined || signal.label === NEUTRAL_LABEL[signal.decision]) return false;
  // Two of the person's words at least: a single keyword is what the lexicon is for (and what
  // misleads a statistical reading: « je dors mal », « il me menace de licenciement »).
  const minWords = Math.max(options.minWords ?? 2, 2);
  return signal.probability >= Math.max(threshold, options.atLeast ?? 0) && signal.words.length >= minWords;
}

// ---------------------------------------------------------------------------------------------
// Naive Bayes (the former model, kept to compare in the same cross-validation and bench)

/** One decision's naive Bayes: log priors and per-token log likelihoods, one number per label. */
export interface NaiveBayesDecision {
  labels: string[];
  logPrior: number[];
  unknown: number[];
  tokens: Record<string, number[]>;
}

export function trainNaiveBayesDecision(examples: readonly SituationExample[], decision: SituationDecision, tokensOf: (text: string) => string[] = situationTokens): NaiveBayesDecision {
  const labelled = examples.flatMap((e) => {
    const label = labelOf(e, decision);
    return label === undefined ? [] : [{ label, tokens: tokensOf(e.text) }];
  });
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
    if (row.reduce((a, b) => a + b, 0) < 2) continue;
    tokens[tok] = row.map((c, li) => round3(Math.log((c + 1) / (totals[li] + vocabulary))));
  }
  return {
    labels,
    logPrior: docCount.map((n) => round3(Math.log(n / Math.max(1, labelled.length)))),
    unknown: totals.map((t) => round3(Math.log(1 / (t + vocabulary)))),
    tokens,
  };
}

/** The naive Bayes label and probability (no evidence words: used for comparison only). */
export function classifyNaiveBayes(model: NaiveBayesDecision, tokens: string[], decision: SituationDecision): SituationSignal {
  const known = [...new Set(tokens)].filter((t) => model.tokens[t]);
  const scores = model.labels.map((_, li) => model.logPrior[li] + known.reduce((s, t) => s + model.tokens[t][li], 0));
  const p = softmax(scores);
  const best = p.indexOf(Math.max(...p));
  return { decision, label: model.labels[best] ?? NEUTRAL_LABEL[decision], probability: p[best] ?? 0, words: [] };
}

const NEGATORS = new Set(['pas', 'plus', 'jamais', 'sans', 'aucun', 'aucune', 'ni', 'non']);
/** Words that may stand between a negator and what it denies (« pas de projet », « plus du tout malade », « pas en arrêt »). */
const BETWEEN_NEGATOR_AND_DENIED = new Set(['de', 'd', 'du', 'des', 'tout', 'vraiment', 'tres', 'si', 'trop', 'encore', 'en', 'un', 'une']);

/**
 * Whether one of the evidence words is denied in the prepared text (« je ne suis pas malade »,
 * « pas de projet de création »): a negator right before it, or with only partitives and adverbs
 * between. « ne supporte plus les efforts » denies the verb, not « efforts ».
 */
export function evidenceNegated(t: string, words: readonly string[]): boolean {
  const tokens = t.split(/[^a-z0-9]+/).filter(Boolean);
  return tokens.some((tok, i) => {
    if (!words.includes(tok)) return false;
    for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
      if (NEGATORS.has(tokens[j])) return true;
      if (!BETWEEN_NEGATOR_AND_DENIED.has(tokens[j])) return false;
    }
    return false;
  });
}
