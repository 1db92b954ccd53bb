// Trains the situation classifier (orientation/understanding/situationClassifier.ts) on the labelled
// sentences of orientation/understanding/situationSentences.fr.json and situationCorpus/*.json only
// (never on a routing evaluation set), measures it by 5-fold cross-validation per decision — naive
// Bayes and logistic regression side by side, precision and recall per label — and by a
// leave-one-writer-out validation (train on every corpus file but one, test on it: the honest figure
// for a writer never read), picks each decision's thresholds and writes
// orientation/understanding/situationClassifier.model.json.
// Run: npm run situations:train   (--markdown prints the tables for docs/routing.md; --no-write keeps
// the shipped model; --corpus DIR reads DIR/situationSentences.fr.json and DIR/situationCorpus/ instead;
// --thresholds-from folds|writers picks the thresholds on the random folds or on the held-out writers;
// --no-writers skips the leave-one-writer-out validation (then thresholds come from the folds);
// --decisions a,b trains and measures those only (exploration, never written);
// --prune-by use|weight (emergencies stay by weight unless asked); --corpus-pending adds situationCorpusPending/;
// --out FILE writes the model there instead of the shipped path (to compare variants);
// --epochs N --max-features N --min-documents N --char-scale X --l2 X override the training options)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { EMERGENCY_LABELS_NOT_TRAINED, corpusHash, loadSituationCorpus, readCorpus, type SituationExample } from '../orientation/understanding/situationCorpus.js';

import {
  DEFAULT_TRAINING,
  NEUTRAL_LABEL,
  SITUATION_DECISIONS,
  classifyLogistic,
  logisticProbabilities,
  classifyNaiveBayes,
  labelOf,
  messageFeatures,
  seededShuffle,
  situationTokens,
  trainLogisticDecision,
  trainNaiveBayesDecision,
  type LogisticDecision,
  type SituationDecision,
  type SituationModel,
  type TrainingOptions,
} from '../orientation/understanding/situationClassifier.js';

const FOLDS = 5;
/** Emergencies: recall first, but a safety line said wrongly at most one time in five. */
const PRECISION_TARGET: Record<SituationDecision, number> = {
  emergency: 0.8,
  health: 0.95,
  jobAtRisk: 0.95,
  outOfScope: 0.95,
  status: 0.95,
  paidRetraining: 0.95,
  creation: 0.95,
  womanBarrier: 0.95,
};
/** A threshold must rest on at least this many held-out predictions to be trusted. */
const MIN_PREDICTED = 5;

interface HeldOut {
  truth: string;
  /** The most probable label. */
  label: string;
  /** The most probable label other than the neutral one, and its probability. */
  candidate: string;
  probability: number;
}

const argument = (name: string): string | undefined => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const numberArgument = (name: string, fallback: number): number => {
  const raw = argument(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name}: a non-negative number is expected, got ${raw}`);
  return value;
};
const markdown = process.argv.includes('--markdown');
const byWriter = !process.argv.includes('--no-writers');
const thresholdsFrom = argument('--thresholds-from') ?? (byWriter ? 'writers' : 'folds');
if (thresholdsFrom !== 'folds' && thresholdsFrom !== 'writers') throw new Error('--thresholds-from: folds or writers');
if (thresholdsFrom === 'writers' && !byWriter) throw new Error('--thresholds-from writers needs the leave-one-writer-out validation');
const options: TrainingOptions = {
  ...DEFAULT_TRAINING,
  epochs: numberArgument('--epochs', DEFAULT_TRAINING.epochs),
  maxFeatures: numberArgument('--max-features', DEFAULT_TRAINING.maxFeatures),
  minDocuments: numberArgument('--min-documents', DEFAULT_TRAINING.minDocuments),
  charScale: numberArgument('--char-scale', DEFAULT_TRAINING.charScale),
  l2: numberArgument('--l2', DEFAULT_TRAINING.l2),
  pruneBy: argument('--prune-by') === 'use' ? 'use' : argument('--prune-by') === 'weight' ? 'weight' : undefined,
};
const onlyDecisions = argument('--decisions')?.split(',');
const measuredDecisions = SITUATION_DECISIONS.filter((d) => !onlyDecisions || onlyDecisions.includes(d));
const corpusArgument = argument('--corpus');
function withPendingCorpus(loaded: ReturnType<typeof loadSituationCorpus>): ReturnType<typeof loadSituationCorpus> {
  const folder = new URL('../orientation/understanding/situationCorpusPending/', import.meta.url);
  const out = { examples: [...loaded.examples], skipped: [...loaded.skipped], files: [...loaded.files], sources: [...loaded.sources] };
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
    const source = `situationCorpus/${file}`;
    const read = readCorpus(JSON.parse(readFileSync(new URL(file, folder), 'utf8')), source);
    if (EMERGENCY_LABELS_NOT_TRAINED.includes(source)) for (const e of read.examples) delete e.emergency;
    out.examples.push(...read.examples);
    out.sources.push(...read.examples.map(() => source));
    out.files.push(source);
    out.skipped.push(...read.skipped);
  }
  return out;
}

const loadedCorpus = loadSituationCorpus(corpusArgument ? pathToFileURL(`${corpusArgument}/`) : undefined);
// The files not trained on yet by the shipped model (see situationCorpusPending/README.md), when asked.
const corpus = process.argv.includes('--corpus-pending') ? withPendingCorpus(loadedCorpus) : loadedCorpus;
for (const s of corpus.skipped) console.warn(`skipped ${s.source}#${s.index}: ${s.reason}`);
const examples = corpus.examples;
console.log(`${examples.length} sentences from ${corpus.files.length} files, ${corpus.skipped.length} rows skipped; options ${JSON.stringify(options)}; thresholds from ${thresholdsFrom}`);
/** One corpus file, one writer. */
const writerOf = new Map<SituationExample, string>(examples.map((e, i) => [e, corpus.sources[i]]));
const writers = [...new Set(corpus.sources)];

// Preparing a text (typo correction) is the costly part of training: each sentence is read once.
const featureCache = new Map<string, ReturnType<typeof messageFeatures>>();
const featuresOfMessage = (text: string) => {
  let features = featureCache.get(text);
  if (!features) featureCache.set(text, (features = messageFeatures(text)));
  return features;
};
const trainingFeatures = (text: string) => [...featuresOfMessage(text).features.keys()];
const tokenCache = new Map<string, string[]>();
const tokensOf = (text: string) => {
  let tokens = tokenCache.get(text);
  if (!tokens) tokenCache.set(text, (tokens = situationTokens(text)));
  return tokens;
};

const folds = new Map<SituationExample, number>(seededShuffle(examples, DEFAULT_TRAINING.seed).map((e, i) => [e, i % FOLDS]));

function crossValidate(decision: SituationDecision): { bayes: HeldOut[]; logistic: HeldOut[] } {
  const bayes: HeldOut[] = [];
  const logistic: HeldOut[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = examples.filter((e) => folds.get(e) !== fold);
    const test = examples.filter((e) => folds.get(e) === fold && labelOf(e, decision) !== undefined);
    const nb = trainNaiveBayesDecision(train, decision, tokensOf);
    const lr = trainLogisticDecision(train, decision, options, trainingFeatures);
    for (const e of test) {
      const truth = labelOf(e, decision) as string;
      const b = classifyNaiveBayes(nb, tokensOf(e.text), decision);
      const l = classifyLogistic(lr, featuresOfMessage(e.text), decision);
      bayes.push({ truth, label: b.label, probability: b.probability, candidate: b.label });
      // Accuracy and per-label figures read the most probable label; thresholds read the most
      // probable non-neutral one (the candidate) and its probability, as the extractor does.
      const { p } = logisticProbabilities(lr, featuresOfMessage(e.text));
      logistic.push({ truth, label: lr.labels[p.indexOf(Math.max(...p))], probability: l.probability, candidate: l.label });
    }
  }
  return { bayes, logistic };
}

/** Leave one writer out: each corpus file is predicted by a model trained on all the others. */
function leaveOneWriterOut(decision: SituationDecision): Map<string, HeldOut[]> {
  const byHeldOutWriter = new Map<string, HeldOut[]>();
  for (const writer of writers) {
    const test = examples.filter((e) => writerOf.get(e) === writer && labelOf(e, decision) !== undefined);
    if (test.length === 0) continue;
    const lr = trainLogisticDecision(examples.filter((e) => writerOf.get(e) !== writer), decision, options, trainingFeatures);
    byHeldOutWriter.set(
      writer,
      test.map((e) => {
        const features = featuresOfMessage(e.text);
        const { p } = logisticProbabilities(lr, features);
        const candidate = classifyLogistic(lr, features, decision);
        return { truth: labelOf(e, decision) as string, label: lr.labels[p.indexOf(Math.max(...p))], probability: candidate.probability, candidate: candidate.label };
      }),
    );
  }
  return byHeldOutWriter;
}

const pct = (x: number) => (Number.isFinite(x) ? `${(100 * x).toFixed(0)} %` : '–');

function perLabel(results: HeldOut[], label: string): { precision: number; recall: number; support: number } {
  const predicted = results.filter((r) => r.label === label);
  const support = results.filter((r) => r.truth === label).length;
  const right = predicted.filter((r) => r.truth === label).length;
  return { precision: right / predicted.length, recall: right / support, support };
}

/** Precision and recall of the candidates `labels` from a probability threshold. */
function atThreshold(results: HeldOut[], labels: readonly string[], threshold: number): { precision: number; recall: number; predicted: number; right: number; positives: number } {
  const predicted = results.filter((r) => labels.includes(r.candidate) && r.probability >= threshold);
  const right = predicted.filter((r) => r.truth === r.candidate).length;
  const positives = results.filter((r) => labels.includes(r.truth)).length;
  return { precision: right / predicted.length, recall: right / positives, predicted: predicted.length, right, positives };
}

/** Per label, the lowest threshold that reaches the precision target (the best recall); none when never reached. */
function pickThresholds(results: HeldOut[], decision: SituationDecision, labels: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const label of labels) {
    if (label === NEUTRAL_LABEL[decision]) continue;
    // From 0.3: below, a guess rests on too little in messages far less often about emergencies than the corpus.
    for (let t = 30; t <= 99; t++) {
      const { precision, predicted } = atThreshold(results, [label], t / 100);
      if (predicted >= MIN_PREDICTED && precision >= PRECISION_TARGET[decision]) {
        out[label] = t / 100;
        break;
      }
    }
  }
  return out;
}

/** Every trusted candidate together, each at its own threshold. */
function trusted(results: HeldOut[], decision: SituationDecision, thresholds: Record<string, number>): { precision: number; recall: number; predicted: number } {
  const neutral = NEUTRAL_LABEL[decision];
  const predicted = results.filter((r) => thresholds[r.candidate] !== undefined && r.probability >= thresholds[r.candidate]);
  const right = predicted.filter((r) => r.truth === r.candidate).length;
  const positives = results.filter((r) => r.truth !== neutral).length;
  return { precision: right / predicted.length, recall: right / positives, predicted: predicted.length };
}

const decisions = {} as Record<SituationDecision, LogisticDecision>;
const lines: string[] = [];
const summary: string[] = [
  '| decision | sentences labelled | naive Bayes accuracy (5 folds) | logistic accuracy: 5 folds / writer left out | thresholds per label (precision target) | logistic precision / recall at the thresholds: 5 folds | same, writer left out |',
  '|---|---|---|---|---|---|---|',
];
/** Per held-out writer and decision: precision / recall at the thresholds. */
const writerCells = new Map<string, Map<SituationDecision, string>>();
const atTrusted = (r: HeldOut[], decision: SituationDecision, thresholds: Record<string, number>) => {
  const all = trusted(r, decision, thresholds);
  return all.predicted ? `${pct(all.precision)} / ${pct(all.recall)} (${all.predicted} said)` : 'not used';
};
for (const decision of measuredDecisions) {
  const { bayes, logistic } = crossValidate(decision);
  const heldOutWriters = byWriter ? leaveOneWriterOut(decision) : new Map<string, HeldOut[]>();
  const writerOut = [...heldOutWriters.values()].flat();
  const accuracy = (r: HeldOut[]) => r.filter((x) => x.truth === x.label).length / r.length;
  const labels = [...new Set(logistic.map((r) => r.truth))].sort();
  const thresholds = pickThresholds(thresholdsFrom === 'writers' ? writerOut : logistic, decision, labels);
  // The thresholds the other validation would pick, to compare the two choices on the routing.
  const otherThresholds = byWriter ? pickThresholds(thresholdsFrom === 'writers' ? logistic : writerOut, decision, labels) : undefined;
  summary.push(
    `| ${decision} | ${logistic.length} | ${pct(accuracy(bayes))} | ${pct(accuracy(logistic))} / ${byWriter ? pct(accuracy(writerOut)) : '–'} | ${Object.entries(thresholds).map(([l, t]) => `${l} ${t}`).join(', ') || 'none reached'} (precision ≥ ${PRECISION_TARGET[decision]}, on the ${thresholdsFrom === 'writers' ? 'writers left out' : '5 folds'}) | ${atTrusted(logistic, decision, thresholds)} | ${byWriter ? atTrusted(writerOut, decision, thresholds) : '–'} |`,
  );
  for (const [writer, results] of heldOutWriters) {
    const cells = writerCells.get(writer) ?? new Map<SituationDecision, string>();
    const all = trusted(results, decision, thresholds);
    const positives = results.filter((r) => r.truth !== NEUTRAL_LABEL[decision]).length;
    cells.set(decision, positives === 0 && all.predicted === 0 ? '–' : `${all.predicted ? pct(all.precision) : '–'} / ${positives ? pct(all.recall) : '–'} (${positives})`);
    writerCells.set(writer, cells);
  }
  lines.push(
    `\n${decision} (5-fold cross-validation and writer left out, ${logistic.length} labelled sentences)`,
    '| label | support | naive Bayes precision / recall | logistic precision / recall (most probable label) | logistic threshold: precision / recall, 5 folds | same, writer left out |',
    '|---|---|---|---|---|---|',
  );
  for (const label of labels) {
    const b = perLabel(bayes, label);
    const l = perLabel(logistic, label);
    const t = thresholds[label];
    const at = (r: HeldOut[]) => {
      if (t === undefined) return label === NEUTRAL_LABEL[decision] ? '' : 'not trusted';
      const x = atThreshold(r, [label], t);
      return `${t}: ${pct(x.precision)} / ${pct(x.recall)}`;
    };
    lines.push(`| ${label} | ${l.support} | ${pct(b.precision)} / ${pct(b.recall)} | ${pct(l.precision)} / ${pct(l.recall)} | ${at(logistic)} | ${byWriter ? at(writerOut) : '–'} |`);
  }
  const model = trainLogisticDecision(examples, decision, options, trainingFeatures);
  decisions[decision] = { ...model, thresholds };
  if (otherThresholds) console.log(`${decision}: thresholds from the ${thresholdsFrom === 'writers' ? '5 folds' : 'writers left out'} would be ${JSON.stringify(otherThresholds)}, at them 5 folds ${atTrusted(logistic, decision, otherThresholds)}, writer left out ${atTrusted(writerOut, decision, otherThresholds)}`);
  console.log(
    `${decision}: naive Bayes ${pct(accuracy(bayes))}, logistic ${pct(accuracy(logistic))} (writer left out ${byWriter ? pct(accuracy(writerOut)) : '–'}), thresholds ${JSON.stringify(thresholds)}, at thresholds 5 folds ${atTrusted(logistic, decision, thresholds)}, writer left out ${byWriter ? atTrusted(writerOut, decision, thresholds) : '–'}, ${Object.keys(model.weights).length} features kept`,
  );
}
if (byWriter) {
  lines.push(
    '\nEach writer left out (precision / recall at the thresholds, and how many sentences of that writer carry a label of the decision)',
    `| writer (corpus file) | ${measuredDecisions.join(' | ')} |`,
    `|---|${measuredDecisions.map(() => '---|').join('')}`,
    ...[...writerCells].map(([writer, cells]) => `| ${writer.replace(/^situationCorpus\//, '')} | ${measuredDecisions.map((d) => cells.get(d) ?? '–').join(' | ')} |`),
  );
}

const model: SituationModel = {
  version: 2,
  description: `Logistic regression per decision over words, word pairs and character 3-5-grams; ${examples.length} labelled situation sentences (situationSentences.fr.json + situationCorpus/); thresholds from ${thresholdsFrom === 'writers' ? 'a leave-one-writer-out validation' : '5-fold cross-validation'}`,
  examples: examples.length,
  corpusHash: corpusHash(examples),
  decisions,
};
const json = JSON.stringify(model) + '\n';
if (onlyDecisions) console.log('some decisions only: the model is not written');
else if (!process.argv.includes('--no-write')) writeFileSync(argument('--out') ?? fileURLToPath(new URL('../orientation/understanding/situationClassifier.model.json', import.meta.url)), json);
console.log(`model ${process.argv.includes('--no-write') || onlyDecisions ? 'not written' : 'written'}: ${(json.length / 1024).toFixed(0)} KiB`);
if (markdown) console.log(['', ...summary, ...lines].join('\n'));
