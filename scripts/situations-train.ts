// Trains the situation classifier (orientation/understanding/situationClassifier.ts) on the labelled
// sentences of orientation/understanding/situationSentences.fr.json plus the statuses of the main
// labelled first-message set, reports a leave-one-out accuracy per decision, and writes the model
// to orientation/understanding/situationClassifier.model.json. Never trains on a blind or held-out set.
// Run: npm run situations:train
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SITUATION_DECISIONS, classifyDecision, situationTokens, trainDecision, trainSituationModel, type SituationExample } from '../orientation/understanding/situationClassifier.js';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const sentences = (JSON.parse(readFileSync(here('../orientation/understanding/situationSentences.fr.json'), 'utf8')) as { sentences: SituationExample[] }).sentences;
// The main labelled set (tuned on, never an evaluation of the classifier) lends its statuses only.
const firstMessages = (JSON.parse(readFileSync(here('../test/routing/firstMessages.json'), 'utf8')) as { cases: Array<{ text: string; profile: { status?: string } }> }).cases;
const examples: SituationExample[] = [...sentences, ...firstMessages.filter((c) => c.profile.status).map((c) => ({ text: c.text, status: c.profile.status }))];

// Leave-one-out accuracy per decision (the figure for docs/routing.md).
for (const d of SITUATION_DECISIONS) {
  let right = 0;
  let total = 0;
  for (let i = 0; i < examples.length; i++) {
    const e = examples[i];
    const label = d === 'health' ? (e.health === undefined ? undefined : e.health ? 'yes' : 'no') : d === 'status' ? e.status : d in e ? (e[d] ?? 'none') : undefined;
    if (!label) continue;
    const model = trainDecision(examples.filter((_, j) => j !== i), d);
    total++;
    if (classifyDecision(model, situationTokens(examples[i].text), d).label === label) right++;
  }
  console.log(`${d}: leave-one-out ${right}/${total} (${((100 * right) / total).toFixed(1)} %)`);
}

const model = trainSituationModel(examples, `Naive Bayes over words and word pairs; ${sentences.length} situation sentences + ${examples.length - sentences.length} statuses of test/routing/firstMessages.json`);
writeFileSync(here('../orientation/understanding/situationClassifier.model.json'), JSON.stringify(model) + '\n');
console.log(`model written: ${examples.length} examples, ${Object.keys(model.decisions.status.tokens).length} status tokens`);
