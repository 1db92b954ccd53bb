// The situation classifier: trained by the project (npm run situations:train), shipped as JSON,
// consulted only where the rules are silent, never against an explicit statement, and explainable.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';
import { classifySituation, trainSituationModel, type SituationExample, type SituationModel } from '../../orientation/understanding/situationClassifier.js';

const load = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as T;

describe('Situation classifier', () => {
  it('the shipped model is what the training script builds from the shipped sentences', () => {
    const sentences = load<{ sentences: SituationExample[] }>('../../orientation/understanding/situationSentences.fr.json').sentences;
    const firstMessages = load<{ cases: Array<{ text: string; profile: { status?: string } }> }>('../routing/firstMessages.json').cases;
    const examples = [...sentences, ...firstMessages.filter((c) => c.profile.status).map((c) => ({ text: c.text, status: c.profile.status }))];
    const shipped = load<SituationModel>('../../orientation/understanding/situationClassifier.model.json');
    const trained = trainSituationModel(examples, shipped.description);
    expect(trained.decisions).toEqual(shipped.decisions);
  });

  it('reads situations told in words the lexicon does not list, and says which words', () => {
    const model = load<SituationModel>('../../orientation/understanding/situationClassifier.model.json');
    const [emergency, health] = classifySituation(model, "ce soir je vais encore dormir dans le hall de la gare, plus d'hébergement d'urgence");
    expect(emergency.label).toBe('sans_logement');
    expect(emergency.words.length).toBeGreaterThan(0);
    expect(health.label).toBe('no');
    const [, sick] = classifySituation(model, "j'ai une maladie des os qui me fait souffrir");
    expect(sick.label).toBe('yes');
  });

  it('fills a gap the rules left, with the words as evidence', () => {
    const e = extractProfile('ce soir je vais encore dormir dans le hall de la gare');
    expect(e.profile.emergencies).toContain('sans_logement');
    const signal = e.statisticalFacts.find((s) => s.decision === 'emergency');
    expect(signal?.words.length).toBeGreaterThanOrEqual(1);
    expect(signal?.probability).toBeGreaterThanOrEqual(0.8);
  });

  it('never overrides what the rules read nor a denial', () => {
    const e = extractProfile("je suis demandeur d'emploi, en bonne santé, et je cherche une formation de cariste");
    expect(e.profile.status).toBe('demandeur_emploi');
    expect(e.profile.barriers).not.toContain('sante');
    expect(e.statisticalFacts.filter((s) => s.decision === 'status')).toEqual([]);
  });

  it('is not consulted on a short answer to a question', () => {
    expect(extractProfile('je dors dehors', { expecting: 'status' }).statisticalFacts).toEqual([]);
  });
});
