// How the trained weights are cut down to the shipped model's size: by use (the weight times the number
// of training sentences a feature is read in), so the common words and n-grams that carry most of the
// probability stay, instead of rare n-grams that merely got a large weight (emergencies excepted: see pruningOf).
import { describe, expect, it } from 'vitest';
import { loadSituationCorpus } from '../../orientation/understanding/situationCorpus.js';
import { DEFAULT_TRAINING, messageFeatures, pruningOf, trainLogisticDecision } from '../../orientation/understanding/situationClassifier.js';

describe('Situation classifier: pruning', () => {
  it('Given the shipped options, When a model is trained, Then it is pruned by weight as the shipped model was, by use when asked', () => {
    expect(pruningOf('status', DEFAULT_TRAINING)).toBe('weight');
    expect(pruningOf('emergency', DEFAULT_TRAINING)).toBe('weight');
    expect(pruningOf('status', { ...DEFAULT_TRAINING, pruneBy: 'use' })).toBe('use');
    expect(pruningOf('emergency', { ...DEFAULT_TRAINING, pruneBy: 'use' })).toBe('use');
  });

  it('Given the same sentences and a small cap, When pruned by use rather than by weight, Then the kept features are read in more sentences and in at least two each', () => {
    const slice = loadSituationCorpus().examples.slice(0, 400);
    const documents = new Map<string, number>();
    for (const e of slice) for (const f of messageFeatures(e.text).features.keys()) documents.set(f, (documents.get(f) ?? 0) + 1);
    const kept = (pruneBy: 'use' | 'weight') => Object.keys(trainLogisticDecision(slice, 'emergency', { ...DEFAULT_TRAINING, maxFeatures: 60, pruneBy }).weights);
    const meanDocuments = (features: string[]) => features.reduce((sum, f) => sum + (documents.get(f) ?? 0), 0) / features.length;
    const byUse = kept('use');
    const byWeight = kept('weight');
    expect(byUse).toHaveLength(60);
    expect(byWeight).toHaveLength(60);
    expect(meanDocuments(byUse)).toBeGreaterThan(meanDocuments(byWeight));
    for (const f of byUse) expect(documents.get(f) ?? 0).toBeGreaterThanOrEqual(2);
  });
});
