// Corrections that take something back, simple replies, and facts that are not the person's:
// the extractor must remove, not only replace, and never read a fact inside a question.
import { describe, expect, it } from 'vitest';
import { extractProfile, mergeProfiles } from '../../orientation/understanding/extractProfile.js';
import { emptyProfile, type Profile } from '../../orientation/routing/profile.js';

const withTradeAndTraining = (): Profile => ({
  ...emptyProfile(),
  status: 'salarie_prive',
  targetTrade: { romeCode: 'G1201', label: 'Accompagnement de voyages, d’activités culturelles ou sportives' },
  needs: ['formation', 'reconversion'],
});

describe('Corrections that take something back', () => {
  it('Given a trade in the profile, When the person says « je ne veux pas devenir guide », Then the trade is removed', () => {
    const u = extractProfile('Non, je corrige : je ne veux pas devenir guide.');
    expect(u.retracted).toContain('targetTrade');
    expect(u.tradeQuery).toBeUndefined();
    expect(mergeProfiles(withTradeAndTraining(), u.profile).targetTrade).toBeUndefined();
  });

  it('Given a training need, When the person says « non je veux pas me former », Then the need is removed and not added again', () => {
    const u = extractProfile('non je veux pas me former');
    expect(u.profile.needs).not.toContain('formation');
    expect(u.retracted).toContain('needs:formation');
    const merged = mergeProfiles(withTradeAndTraining(), u.profile, u.retracted);
    expect(merged.needs).toEqual(['reconversion']);
  });

  it('Given a negated trade and a new one in the same message, Then the new trade is the one looked up', () => {
    const u = extractProfile("Je ne veux pas devenir esthéticienne, je voudrais plutôt devenir éducatrice de jeunes enfants.");
    expect(u.tradeQuery).toMatch(/educatrice/);
    expect(u.retracted).toContain('targetTrade');
  });

  it('Given a correction of a scalar fact, Then the new value replaces the old one', () => {
    const merged = mergeProfiles({ ...emptyProfile(), cadre: true }, extractProfile("non je ne suis pas cadre").profile);
    expect(merged.cadre).toBe(false);
  });
});

describe('Simple replies', () => {
  it('« je suis en 3eme » is a pupil', () => {
    expect(extractProfile('je suis en 3eme').profile.status).toBe('eleve');
  });
  it('« BTS 1re année » is a student', () => {
    expect(extractProfile('je suis en BTS 1re année').profile.status).toBe('etudiant');
  });
  it('« merci » is a thank-you', () => {
    expect(extractProfile('merci').signals.thanks).toBe(true);
    expect(extractProfile('Merci beaucoup !').signals.thanks).toBe(true);
  });
  it('« je sais plus, c’est un conseiller qui devait me rappeler » is someone waiting for a call back', () => {
    const u = extractProfile("je sais plus, c'est un conseiller qui devait me rappeler");
    expect(u.signals.dontKnow).toBe(true);
    expect(u.signals.awaitingCallback).toBe(true);
  });
});

describe('Facts inside questions and negations', () => {
  it('« C’est quoi la RQTH ? » after « je n’ai pas de RQTH » does not add an RQTH', () => {
    const merged = mergeProfiles(extractProfile("je n'ai pas de RQTH").profile, extractProfile("c'est quoi la RQTH ?").profile);
    expect(merged.rqth).toBe('non');
  });
  it('« l’Apec c’est que pour les cadres ? » does not make a cadre', () => {
    expect(extractProfile("on m'a dit que l'Apec c'est que pour les cadres ?").profile.cadre).toBeUndefined();
  });
  it('« faut avoir 25 ans pour le cpf ? jsuis salarié 43 ans » keeps the person’s age', () => {
    expect(extractProfile('faut avoir 25 ans pour le cpf ? jsuis salarié 43 ans').profile.age).toBe(43);
  });
  it('« je ne suis plus au chômage » is not a job seeker', () => {
    expect(extractProfile("Je ne suis plus au chômage depuis lundi : j'ai signé un CDI.").profile.status).toBe('salarie_prive');
  });
  it('« pas de RQTH, pas cadre » holds', () => {
    const p = extractProfile('pas de rqth, pas cadre, je veux changer de boulot').profile;
    expect(p.rqth).toBe('non');
    expect(p.cadre).toBe(false);
  });
});

describe('Situations described without the administrative words', () => {
  it.each([
    ["j'ai une sclérose en plaques et je cherche du travail", 'sante'],
    ['je suis sourde de naissance, au chomage', 'sante'],
    ['bipolaire stabilisée, sans boulot depuis 2 ans', 'sante'],
  ])('« %s » is a health condition (the RQTH will be asked)', (text, barrier) => {
    const p = extractProfile(text).profile;
    expect(p.barriers).toContain(barrier);
    expect(p.rqth).toBeUndefined();
  });
  it('« mon dossier MDPH a été déposé » is a pending RQTH', () => {
    expect(extractProfile('Mon dossier MDPH a été déposé le mois dernier.').profile.rqth).toBe('en_cours');
  });
  it('an occupational doctor saying the person cannot go on is a job at risk', () => {
    expect(extractProfile("le médecin du travail dit que je ne pourrai pas continuer, je suis en CDI").profile.jobAtRiskForHealth).toBe(true);
  });
  it.each([
    "mes amis ne peuvent plus m'héberger à partir de ce week-end",
    'on se fait expulser jeudi avec mes enfants',
    "ma copine m'a mis dehors hier soir, j'ai dormi dans ma voiture",
  ])('« %s » is a housing emergency', (text) => {
    expect(extractProfile(text).profile.emergencies).toContain('sans_logement');
  });
  it.each(['je travaille dans la rue comme agent de propreté', "ma boite ferme, on est tous à la rue en fin de mois", 'il me menace de licenciement'])(
    '« %s » is not an emergency',
    (text) => {
      expect(extractProfile(text).profile.emergencies).toEqual([]);
    },
  );
  it.each([
    ['combien vais-je toucher de chômage ?', 'montant_allocation'],
    ["je suis gérant d'un resto, je veux former mon second", 'besoin_formation_employeur'],
    ["j'ai été licenciée et je conteste le motif", 'litige_employeur'],
  ])('« %s » is out of scope (%s)', (text, topic) => {
    expect(extractProfile(text).profile.outOfScope).toContain(topic);
  });
  it('« Nous sommes le 6 décembre » is not an employer speaking', () => {
    expect(extractProfile('Nous sommes le 6 décembre, je voudrais préparer une demande de formation.').profile.outOfScope).toEqual([]);
  });
  it('a 16-year-old who left school is out of school, not a pupil', () => {
    expect(extractProfile("j'ai 16 ans, j'ai quitté l'école après la 3e").profile.status).toBe('inactif');
  });
});

describe('Evidence: which words led to the facts that weigh most', () => {
  it('names the words behind an emergency, a health condition and an out-of-scope topic', () => {
    const e = extractProfile("ma copine m'a mis dehors hier, j'ai une sclérose en plaques et combien vais-je toucher de chômage ?");
    expect(e.evidence).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ fact: 'emergencies', value: 'sans_logement', via: 'lexicon', words: expect.stringMatching(/dehors/) }),
        expect.objectContaining({ fact: 'barriers', value: 'sante', words: expect.stringMatching(/sclerose/) }),
        expect.objectContaining({ fact: 'outOfScope', value: 'montant_allocation', words: expect.stringMatching(/combien/) }),
      ]),
    );
  });
});
