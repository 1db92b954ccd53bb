// The situation classifier: trained by the project (npm run situations:train) on the labelled corpus,
// shipped as JSON, consulted only where the rules are silent, never against an explicit statement,
// and explainable with the person's words.
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';
import { corpusHash, loadSituationCorpus, readCorpus } from '../../orientation/understanding/situationCorpus.js';
import { classifySituation, isTrustworthy, situationWords, trainLogisticDecision, type SituationDecision, type SituationModel } from '../../orientation/understanding/situationClassifier.js';
import type { Profile } from '../../orientation/routing/profile.js';
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

const signalOf = (text: string, decision: SituationDecision) => classifySituation(shipped, text).find((s) => s.decision === decision)!;
const trusted = (text: string, decision: SituationDecision) => isTrustworthy(shipped, signalOf(text, decision));

describe('Situation classifier in the extractor: situations described in other words', () => {
  // Each case: the fact must be read; when the classifier is what read it, its evidence is the person's words.
  const cases: Array<{ given: string; text: string; decision: SituationDecision; holds: (p: Profile) => boolean }> = [
    { given: 'a heart condition told through the family doctor and a roofer’s trade', text: 'mon toubib dit que mon coeur ne supporte plus les efforts, je suis couvreur', decision: 'health', holds: (p) => p.barriers.includes('sante') },
    { given: 'an eviction on Friday with nowhere found', text: 'le proprio nous fout dehors vendredi et on a trouvé aucun toit pour les gosses', decision: 'emergency', holds: (p) => p.emergencies.includes('sans_logement') },
    { given: 'a housing benefit that dropped', text: "mes APL ont fondu depuis que j'ai repris un mi-temps, c'est normal que l'aide au logement baisse autant", decision: 'outOfScope', holds: (p) => p.outOfScope.includes('montant_allocation') },
    { given: 'a garage owner who wants his mechanics trained', text: "je gère un garage avec quatre mécanos et je voudrais les faire monter en compétence sur l'électrique", decision: 'outOfScope', holds: (p) => p.outOfScope.includes('besoin_formation_employeur') },
    { given: 'a craft business on one’s own said with a conditional', text: 'je me lancerais bien dans la fabrication de savons artisanaux à mon compte', decision: 'creation', holds: (p) => p.needs.includes('creation_entreprise') },
    { given: 'a year of training for another trade while keeping the pay', text: "je suis vendeuse en CDI et j'aimerais me former un an au métier de fleuriste tout en gardant ma paie", decision: 'paidRetraining', holds: (p) => p.schemesMentioned?.includes('ptp') === true },
  ];
  for (const c of cases) {
    it(`Given ${c.given}, When the first message is read, Then the fact is there with the person’s words`, () => {
      const e = extractProfile(c.text);
      expect(c.holds(e.profile)).toBe(true);
      const signal = e.statisticalFacts.find((s) => s.decision === c.decision);
      if (signal) {
        expect(signal.words.length).toBeGreaterThan(0);
        for (const w of signal.words) expect(situationWords(c.text)).toContain(w);
      }
    });
  }
});

describe('Situation classifier: hard negatives and explicit statements', () => {
  it('Given figurative or past troubles, When classified, Then no emergency is trusted', () => {
    for (const text of [
      'je suis à la rue niveau informatique, il me faudrait une remise à niveau bureautique',
      "il y a cinq ans j'ai dormi dans ma voiture quelques semaines, aujourd'hui j'ai un appartement et je cherche une formation de comptable",
      'ce boulot me tue, trop de réunions, je voudrais changer de métier',
    ]) {
      expect(trusted(text, 'emergency'), text).toBe(false);
      expect(extractProfile(text).statisticalFacts.filter((s) => s.decision === 'emergency'), text).toEqual([]);
    }
    expect(extractProfile("il y a cinq ans j'ai dormi dans ma voiture quelques semaines, aujourd'hui j'ai un appartement et je cherche une formation de comptable").profile.emergencies).toEqual([]);
  });

  it('Given a relative’s illness, a care job or a healed flu, When classified, Then the classifier adds no health barrier', () => {
    for (const text of [
      'mon père est sous dialyse trois fois par semaine, je cherche un emploi près de chez lui',
      'je bosse comme auxiliaire de vie auprès de personnes handicapées et je voudrais évoluer',
      "j'ai eu une grippe carabinée le mois dernier mais c'est fini, je cherche une alternance en compta",
    ]) {
      expect(trusted(text, 'health'), text).toBe(false);
      expect(extractProfile(text).statisticalFacts.filter((s) => s.decision === 'health'), text).toEqual([]);
    }
  });

  it('Given a candidate asking about the aid a future employer would get, When read, Then the classifier adds no employer question', () => {
    const e = extractProfile("je suis travailleur handicapé, est-ce qu'un patron qui m'embaucherait toucherait une prime pour ça ?");
    expect(e.statisticalFacts.filter((s) => s.decision === 'outOfScope')).toEqual([]);
  });

  it('Given a denial, a status said or a man at home, When read, Then the explicit statement wins', () => {
    const denied = extractProfile('je ne suis pas malade du tout, je veux juste changer de métier dans la logistique');
    expect(denied.profile.barriers).not.toContain('sante');
    const noBusiness = extractProfile("je ne veux surtout pas créer d'entreprise, je cherche un CDI dans la vente");
    expect(noBusiness.profile.needs).not.toContain('creation_entreprise');
    const man = extractProfile('je suis un homme, au foyer depuis 8 ans avec les enfants, je veux reprendre un travail');
    expect(man.profile.womanSpecificBarrier ?? false).toBe(false);
    const e = extractProfile("je suis demandeur d'emploi, en bonne santé, et je cherche une formation de cariste");
    expect(e.profile.status).toBe('demandeur_emploi');
    expect(e.profile.barriers).not.toContain('sante');
    expect(e.statisticalFacts.filter((s) => s.decision === 'status' || s.decision === 'health')).toEqual([]);
  });

  it('Given a short answer to a question, When read, Then the classifier is not consulted', () => {
    expect(extractProfile('je dors dehors depuis trois nuits', { expecting: 'status' }).statisticalFacts).toEqual([]);
  });
});
