// npm run bench:situations — the situation classifier side by side
// with the former naive Bayes in the same run: model load (JSON parse) and one message read on all
// eight decisions, over the corpus sentences. Writes the "Situation classifier" section of
// docs/benchmarks.md.
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { loadSituationCorpus } from '../../orientation/understanding/situationCorpus.js';
import {
  SITUATION_DECISIONS,
  classifyByClauses,
  classifyNaiveBayes,
  classifySituation,
  situationTokens,
  trainNaiveBayesDecision,
  type NaiveBayesDecision,
  type SituationDecision,
  type SituationModel,
} from '../../orientation/understanding/situationClassifier.js';
import { prepareText } from '../../orientation/understanding/typoCorrection.js';
import { EMERGENCY_CLAUSE_AT_LEAST, emergencyClauseInThePast } from '../../orientation/understanding/situationFamilies.js';
import { percentile, writeBenchSection } from '../benchKit.js';

const ITER = Number(process.argv[process.argv.indexOf('--n') + 1]) || 3000;
const texts = loadSituationCorpus().examples.map((e) => e.text);

function measure(run: (text: string) => unknown, n = ITER): { p50: number; p95: number; perSecond: number } {
  for (const x of texts.slice(0, 100)) run(x); // warm-up
  const ms: number[] = [];
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    run(texts[i % texts.length]);
    ms.push(performance.now() - t);
  }
  const total = performance.now() - t0;
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), perSecond: Math.round((n / total) * 1000) };
}

const modelPath = fileURLToPath(new URL('../../orientation/understanding/situationClassifier.model.json', import.meta.url));
const raw = readFileSync(modelPath, 'utf8');
let t = performance.now();
const logistic = JSON.parse(raw) as SituationModel;
const logisticLoadMs = performance.now() - t;
// The naive Bayes is trained here on the same corpus, then serialised and parsed like a shipped model.
const bayesRaw = JSON.stringify(Object.fromEntries(SITUATION_DECISIONS.map((d) => [d, trainNaiveBayesDecision(loadSituationCorpus().examples, d)])));
t = performance.now();
const bayes = JSON.parse(bayesRaw) as Record<SituationDecision, NaiveBayesDecision>;
const bayesLoadMs = performance.now() - t;

const lr = measure((text) => classifySituation(logistic, text));
// As the extractor reads it: the facts decisions, out of scope and emergencies, each on its own text.
// The extractor hands over texts it has already prepared (prepareText is most of the cost), except
// for emergencies, read clause by clause: each clause is prepared on its own.
const prepared = new Map(texts.map((t) => [t, prepareText(t)]));
const asExtractor = (text: string, t: string) => [
  ...classifySituation(logistic, t, ['health', 'jobAtRisk', 'status', 'paidRetraining', 'creation', 'womanBarrier'], true),
  ...classifySituation(logistic, t, ['outOfScope'], true),
  classifyByClauses(logistic, text, 'emergency', prepareText, { atLeast: EMERGENCY_CLAUSE_AT_LEAST, skip: emergencyClauseInThePast }),
];
const lrExtractor = measure((text) => asExtractor(text, prepared.get(text) ?? ''));
// Long stories: four corpus sentences told in one message.
const stories = texts.map((_, i) => [0, 1, 2, 3].map((k) => texts[(i * 7 + k * 131) % texts.length]).join(' '));
const preparedStories = new Map(stories.map((t) => [t, prepareText(t)]));
const storyIndex = new Map(texts.map((t, i) => [t, i]));
const lrStories = measure((text) => {
  const story = stories[storyIndex.get(text) ?? 0];
  return asExtractor(story, preparedStories.get(story) ?? '');
});
const nb = measure((text) => {
  const tokens = situationTokens(text);
  return SITUATION_DECISIONS.map((d) => classifyNaiveBayes(bayes[d], tokens, d));
});

const f = (x: number) => x.toFixed(3);
const body = [
  `Run on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), Node ${process.version}; ${ITER} messages read in turn from the ${texts.length} corpus sentences, all eight decisions per message.`,
  '',
  '| model | JSON size | load (parse) | per message p50 | per message p95 | messages / s |',
  '|---|---|---|---|---|---|',
  `| naive Bayes (words, word pairs) | ${(bayesRaw.length / 1024).toFixed(0)} KiB | ${bayesLoadMs.toFixed(1)} ms | ${f(nb.p50)} ms | ${f(nb.p95)} ms | ${nb.perSecond} |`,
  `| logistic regression (words, pairs, character 3–5-grams; shipped) | ${(raw.length / 1024).toFixed(0)} KiB | ${logisticLoadMs.toFixed(1)} ms | ${f(lr.p50)} ms | ${f(lr.p95)} ms | ${lr.perSecond} |`,
  `| logistic regression as the extractor reads it (texts it has already prepared; emergencies clause by clause, each clause prepared) | | | ${f(lrExtractor.p50)} ms | ${f(lrExtractor.p95)} ms | ${lrExtractor.perSecond} |`,
  `| the same on long stories (four corpus sentences in one message) | | | ${f(lrStories.p50)} ms | ${f(lrStories.p95)} ms | ${lrStories.perSecond} |`,
].join('\n');
console.log(body);
writeBenchSection({ begin: '<!-- situation-classifier-bench:begin -->', end: '<!-- situation-classifier-bench:end -->', body, heading: 'Situation classifier (naive Bayes vs logistic regression)' });
