// Trains the situation classifier (orientation/understanding/situationClassifier.ts) on the labelled
// sentences of orientation/understanding/situationSentences.fr.json and situationCorpus/*.json only
// (never on a routing evaluation set), measures it by 5-fold cross-validation per decision — naive
// Bayes and logistic regression side by side, precision and recall per label — picks each decision's
// threshold from the cross-validation, and writes orientation/understanding/situationClassifier.model.json.
// Run: npm run situations:train   (--markdown prints the tables for docs/routing.md; --no-write keeps
// the shipped model; --corpus DIR reads DIR/situationSentences.fr.json and DIR/situationCorpus/ instead)
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpusHash, loadSituationCorpus, type SituationExample } from '../orientation/understanding/situationCorpus.js';
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

const markdown = process.argv.includes('--markdown');
const corpusArgument = process.argv.indexOf('--corpus');
const corpus = loadSituationCorpus(corpusArgument > 0 ? pathToFileURL(`${process.argv[corpusArgument + 1]}/`) : undefined);
for (const s of corpus.skipped) console.warn(`skipped ${s.source}#${s.index}: ${s.reason}`);
const examples = corpus.examples;
console.log(`${examples.length} sentences from ${corpus.files.length} files, ${corpus.skipped.length} rows skipped`);

const folds = new Map<SituationExample, number>(seededShuffle(examples, DEFAULT_TRAINING.seed).map((e, i) => [e, i % FOLDS]));

function crossValidate(decision: SituationDecision): { bayes: HeldOut[]; logistic: HeldOut[] } {
  const bayes: HeldOut[] = [];
  const logistic: HeldOut[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const train = examples.filter((e) => folds.get(e) !== fold);
    const test = examples.filter((e) => folds.get(e) === fold && labelOf(e, decision) !== undefined);
    const nb = trainNaiveBayesDecision(train, decision);
    const lr = trainLogisticDecision(train, decision);
    for (const e of test) {
      const truth = labelOf(e, decision) as string;
      const b = classifyNaiveBayes(nb, situationTokens(e.text), decision);
      const l = classifyLogistic(lr, messageFeatures(e.text), decision);
      bayes.push({ truth, label: b.label, probability: b.probability, candidate: b.label });
      // Accuracy and per-label figures read the most probable label; thresholds read the most
      // probable non-neutral one (the candidate) and its probability, as the extractor does.
      const { p } = logisticProbabilities(lr, messageFeatures(e.text));
      logistic.push({ truth, label: lr.labels[p.indexOf(Math.max(...p))], probability: l.probability, candidate: l.label });
    }
  }
  return { bayes, logistic };
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
  '| decision | sentences labelled | naive Bayes accuracy | logistic accuracy | thresholds per label (precision target) | logistic precision / recall at the thresholds |',
  '|---|---|---|---|---|---|',
];
for (const decision of SITUATION_DECISIONS) {
  const { bayes, logistic } = crossValidate(decision);
  const accuracy = (r: HeldOut[]) => r.filter((x) => x.truth === x.label).length / r.length;
  const labels = [...new Set(logistic.map((r) => r.truth))].sort();
  const thresholds = pickThresholds(logistic, decision, labels);
  const all = trusted(logistic, decision, thresholds);
  summary.push(
    `| ${decision} | ${logistic.length} | ${pct(accuracy(bayes))} | ${pct(accuracy(logistic))} | ${Object.entries(thresholds).map(([l, t]) => `${l} ${t}`).join(', ') || 'none reached'} (precision ≥ ${PRECISION_TARGET[decision]}) | ${all.predicted ? `${pct(all.precision)} / ${pct(all.recall)} (${all.predicted} said)` : 'not used'} |`,
  );
  lines.push(`\n${decision} (5-fold cross-validation, ${logistic.length} labelled sentences)`, '| label | support | naive Bayes precision / recall | logistic precision / recall (most probable label) | logistic threshold: precision / recall |', '|---|---|---|---|---|');
  for (const label of labels) {
    const b = perLabel(bayes, label);
    const l = perLabel(logistic, label);
    const t = thresholds[label];
    const at = t === undefined ? undefined : atThreshold(logistic, [label], t);
    lines.push(`| ${label} | ${l.support} | ${pct(b.precision)} / ${pct(b.recall)} | ${pct(l.precision)} / ${pct(l.recall)} | ${at ? `${t}: ${pct(at.precision)} / ${pct(at.recall)}` : label === NEUTRAL_LABEL[decision] ? '' : 'not trusted'} |`);
  }
  const model = trainLogisticDecision(examples, decision);
  decisions[decision] = { ...model, thresholds };
  console.log(`${decision}: naive Bayes ${pct(accuracy(bayes))}, logistic ${pct(accuracy(logistic))}, thresholds ${JSON.stringify(thresholds)}, ${Object.keys(model.weights).length} features kept`);
}

const model: SituationModel = {
  version: 2,
  description: `Logistic regression per decision over words, word pairs and character 3-5-grams; ${examples.length} labelled situation sentences (situationSentences.fr.json + situationCorpus/); thresholds from 5-fold cross-validation`,
  examples: examples.length,
  corpusHash: corpusHash(examples),
  decisions,
};
const json = JSON.stringify(model) + '\n';
if (!process.argv.includes('--no-write')) writeFileSync(fileURLToPath(new URL('../orientation/understanding/situationClassifier.model.json', import.meta.url)), json);
console.log(`model written: ${(json.length / 1024).toFixed(0)} KiB`);
if (markdown) console.log(['', ...summary, ...lines].join('\n'));
