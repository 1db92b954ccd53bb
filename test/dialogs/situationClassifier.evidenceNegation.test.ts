// A denial of the classifier's evidence words: the negator right before the word or with only partitives
// and adverbs between (« pas de », « plus du tout », « pas en »); a negated verb before its object
// (« ne supporte plus les efforts ») does not deny the object.
import { describe, expect, it } from 'vitest';
import { evidenceNegated } from '../../orientation/understanding/situationClassifier.js';
import { prepareText } from '../../orientation/understanding/typoCorrection.js';

describe('Situation classifier: evidence denied', () => {
  it.each([
    ['je ne suis pas malade du tout', ['malade']],
    ["pas de projet de création d'entreprise pour moi", ['projet']],
    ['je ne suis plus du tout malade', ['malade']],
    ["je ne suis pas en arrêt, je vais bien", ['arret']],
    ['sans souci de santé, je veux changer de métier', ['souci']],
    ["j'ai jamais été malade", ['ete', 'malade']],
    ['aucune maladie, aucun accident', ['maladie']],
    ["jsuis pas vraiment malade", ['malade']],
  ])('Given « %s », When the evidence %j is checked, Then it is denied', (text, words) => {
    expect(evidenceNegated(prepareText(text), words)).toBe(true);
  });

  it.each([
    ['mon toubib dit que mon coeur ne supporte plus les efforts, je suis couvreur', ['efforts', 'couvreur']],
    ["je n'arrive plus à marcher longtemps à cause de mon genou", ['genou', 'marcher']],
    ['mon dos ne tient plus les cadences à la chaîne', ['dos', 'cadences']],
    ["je ne peux pas continuer comme ça avec mes migraines", ['migraines']],
    ["le médecin m'a mis en arrêt pour mon épaule", ['arret', 'epaule']],
  ])('Given « %s », When the evidence %j is checked, Then it is not denied', (text, words) => {
    expect(evidenceNegated(prepareText(text), words)).toBe(false);
  });
});
