// The situation corpus as the training reads it: one file per writer (the leave-one-writer-out
// validation holds out one file at a time), every file listed in the corpus README with its count,
// and the training's feature cache changing nothing in the weights.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSituationCorpus } from '../../orientation/understanding/situationCorpus.js';
import { messageFeatures, trainLogisticDecision } from '../../orientation/understanding/situationClassifier.js';

const corpusFolder = new URL('../../orientation/understanding/situationCorpus/', import.meta.url);

describe('Situation corpus: writers', () => {
  it('Given the corpus, When it is loaded, Then each sentence keeps the file (the writer) it comes from', () => {
    const { examples, sources, files } = loadSituationCorpus();
    expect(sources).toHaveLength(examples.length);
    expect(new Set(sources)).toEqual(new Set(files));
    const first = examples.findIndex((_, i) => sources[i] === 'situationCorpus/emergencies.json');
    const raw = JSON.parse(readFileSync(new URL('emergencies.json', corpusFolder), 'utf8')) as { sentences: Array<{ text: string }> };
    expect(examples[first].text).toBe(raw.sentences[0].text.trim());
  });

  it('Given the corpus README, When it is read, Then every corpus file is listed with its number of sentences, and no evaluation set of routing is there', () => {
    const readme = readFileSync(new URL('README.md', corpusFolder), 'utf8');
    const { sources } = loadSituationCorpus();
    for (const file of readdirSync(corpusFolder).filter((f) => f.endsWith('.json'))) {
      const count = sources.filter((s) => s === `situationCorpus/${file}`).length;
      const row = readme.split('\n').find((line) => line.startsWith(`| ${file} |`));
      expect(row, file).toBeDefined();
      expect(row!.trim().endsWith(`| ${count} |`), `${file}: ${count} sentences`).toBe(true);
      expect(file).not.toMatch(/firstMessages/);
    }
  });

  it('Given a cache of prepared features, When a decision is trained with it, Then the weights are those of a training without it', () => {
    const slice = loadSituationCorpus().examples.slice(0, 120);
    const cache = new Map<string, string[]>();
    const cached = (text: string) => {
      let features = cache.get(text);
      if (!features) cache.set(text, (features = [...messageFeatures(text).features.keys()]));
      return features;
    };
    expect(trainLogisticDecision(slice, 'health', undefined, cached)).toEqual(trainLogisticDecision(slice, 'health'));
    expect(cache.size).toBeGreaterThan(100);
  });
});
