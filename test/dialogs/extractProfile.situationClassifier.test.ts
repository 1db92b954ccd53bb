// The situation classifier: trained by the project (npm run situations:train) on the labelled corpus,
// shipped as JSON, consulted only where the rules are silent, never against an explicit statement,
// and explainable with the person's words.
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';
import { corpusHash, loadSituationCorpus, readCorpus } from '../../orientation/understanding/situationCorpus.js';
import { classifySituation, situationWords, trainLogisticDecision, type SituationModel } from '../../orientation/understanding/situationClassifier.js';
import shippedJson from '../../orientation/understanding/situationClassifier.model.json' with { type: 'json' };

const shipped = shippedJson as unknown as SituationModel;

describe('Situation corpus and training', () => {
  it('Given a corpus file with malformed rows, When it is read, Then the bad rows are skipped and reported, the good ones kept', () => {
    const loaded = readCorpus(
      { description: 'test', sentences: [{ text: 'je dors sous un pont depuis mardi', emergency: 'sans_logement' }, { text: 42 }, { text: 'ok bon ben voilà', emergency: 'tsunami' }, null, { text: 'je veux ouvrir un salon de toilettage', creation: true, status: null }] },
      'inline',
    );
    expect(loaded.examples.map((e) => e.text)).toEqual(['je dors sous un pont depuis mardi', 'je veux ouvrir un salon de toilettage']);
    expect(loaded.skipped.map((s) => s.index)).toEqual([1, 2, 3]);
    expect(readCorpus({ nothing: true }, 'inline').skipped).toHaveLength(1);
  });

  it('Given the same sentences, When the training runs twice, Then the weights are identical (seeded order)', () => {
    const slice = loadSituationCorpus().examples.slice(0, 150);
    expect(trainLogisticDecision(slice, 'emergency')).toEqual(trainLogisticDecision(slice, 'emergency'));
  });

  it('Given the shipped model, When the corpus is read again, Then it was trained on exactly that corpus', () => {
    const { examples } = loadSituationCorpus();
    expect(shipped.corpusHash).toBe(corpusHash(examples));
    expect(shipped.examples).toBe(examples.length);
    expect(trainLogisticDecision(examples, 'emergency').weights).toEqual(shipped.decisions.emergency.weights);
  });

  it('Given any message, When the classifier explains a label, Then the evidence is the person’s words, never raw n-grams', () => {
    const text = "jpeux plus rentrer chez moi il me tape dessus, je dors dans la bagnole";
    const words = situationWords(text);
    for (const signal of classifySituation(shipped, text)) for (const w of signal.words) expect(words).toContain(w);
  });
});

describe('Situation classifier in the extractor', () => {
  it('never overrides what the rules read nor a denial', () => {
    const e = extractProfile("je suis demandeur d'emploi, en bonne santé, et je cherche une formation de cariste");
    expect(e.profile.status).toBe('demandeur_emploi');
    expect(e.profile.barriers).not.toContain('sante');
    expect(e.statisticalFacts.filter((s) => s.decision === 'status')).toEqual([]);
  });

  it('is not consulted on a short answer to a question', () => {
    expect(extractProfile('je dors dehors depuis trois nuits', { expecting: 'status' }).statisticalFacts).toEqual([]);
  });
});
