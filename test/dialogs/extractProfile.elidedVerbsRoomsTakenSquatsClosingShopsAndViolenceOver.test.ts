// Emergencies told in ways the detectors missed: « m'a » typed « ma » in texts, a room taken within days with nobody
// to stay with, a derelict place slept in, not eating for days beside a shop closing, and the false alarm of a
// violence told in a year gone and over. Every sentence here is our own, none from an evaluation set.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../orientation/understanding/normalizeText.js';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import { profileOf } from './readFirstMessage.js';

describe('« ma » typed for « m\'a » in texts', () => {
  it.each([
    ['il ma frappé', "il m'a frappe"],
    ['elle ma mis dehors', "elle m'a mis dehors"],
    ['il mavait menacée', "il m'avait menacee"],
    ['mon mari ma encore frappée', "mon mari m'a encore frappee"],
    ["c'est lui qui ma étranglée", "c'est lui qui m'a etranglee"],
  ])('Given « %s », When normalised, Then the verb is restored: « %s »', (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });

  it.each(['ma mère est malade', 'il a pris ma fille', 'il a vu ma soeur', 'ma fille a 3 ans'])(
    'Given the possessive « %s », When normalised, Then « ma » stays',
    (text) => {
      expect(normalizeText(text)).toContain('ma ');
      expect(normalizeText(text)).not.toContain("m'a");
    },
  );

  it.each([
    'il ma encore tapé hier soir, je veux un travail pour partir',
    'mon copain ma battue cette nuit, jai 25 ans',
    'il ma étranglée hier, je veux partir avec mes enfants',
    'mon ex ma menacée de mort ce matin',
    "il m'a encore frappée cette nuit",
    'elle me frappe souvent',
    'il ma deja menacée avec un couteau',
  ])('Given blows told in a text « %s », Then the violence emergency is read', (text) => {
    expect(profileOf(text).emergencies).toContain('violence');
  });

  it.each(['il ma encore tapé sur les nerfs mon chef', 'mon chef ma encore engueulé'])(
    'Given annoyance « %s », Then no violence is read',
    (text) => {
      expect(profileOf(text).emergencies).not.toContain('violence');
    },
  );
});

describe('A room or flat taken within days with nowhere to go', () => {
  it.each([
    "étudiant, on me sort de ma chambre demain matin pour impayés et je n'ai personne chez qui dormir",
    "le crous me sort de ma chambre vendredi, j'ai personne pour m'héberger",
    "je me fais virer de mon studio demain, j'ai personne chez qui aller",
    "on me jette de mon appart lundi et je n'ai personne chez qui dormir",
    'mon proprio me sort de l\'appart samedi pour impayés',
    'je me retrouve sans chambre demain, personne pour m\'accueillir',
    "on me sort de mon logement après demain faute de paiement, aucun ami pour m'héberger",
  ])('Given « %s », Then the housing emergency is read', (text) => {
    expect(profileOf(text).emergencies).toContain('sans_logement');
  });

  it.each([
    "je cherche une chambre pour la rentrée, je n'ai personne chez qui dormir à Lyon pour les entretiens",
    'je sors de ma chambre demain pour aller en cours',
    'on me sort de mon poste demain, je suis muté',
  ])('Given no home lost « %s », Then no housing emergency', (text) => {
    expect(profileOf(text).emergencies).not.toContain('sans_logement');
  });

  it('Given a student losing the room and asking whether to stop studying, Then the emergency comes with Mission Locale', () => {
    const p = profileOf("étudiant en L2, 20 ans. On me sort de ma chambre demain matin pour impayés et je n'ai personne chez qui dormir. Est-ce que je dois arrêter la fac pour bosser ?");
    expect(p.emergencies).toContain('sans_logement');
    expect(p.leavingStudies).toBe(true);
    const d = routeProfile({ ...p, place: { departement: '38' } });
    expect(d.operatorTypes).toContain('social_emergency');
    expect(d.operatorTypes).toContain('mission_locale');
  });
});

describe('Derelict or makeshift places slept in', () => {
  it.each([
    'je dors dans une maison abandonnée depuis une semaine, je cherche du travail',
    "je dors dans le garage d'un pote depuis une semaine",
    'je dors dans un bâtiment abandonné depuis lundi',
    'on vit dans une usine désaffectée avec mon frère',
    'je dors dans une caravane abandonnée depuis mon arrivée',
    'on passe nos nuits dans une cave',
  ])('Given « %s », Then the housing emergency is read', (text) => {
    expect(profileOf(text).emergencies).toContain('sans_logement');
  });

  it.each([
    'je vis dans une maison vide depuis que mes enfants sont partis',
    'je rénove une maison abandonnée pour en faire un gîte',
    'je travaille dans une cave à vin depuis une semaine',
    'je vis dans une maison insalubre avec mes enfants',
  ])('Given « %s », Then no housing emergency', (text) => {
    expect(profileOf(text).emergencies).not.toContain('sans_logement');
  });
});

describe('No food for days beside a shop closing', () => {
  it.each(['je ne mange plus depuis deux jours', 'on mange rien depuis hier'])('Given « %s », Then hunger is read', (text) => {
    expect(profileOf(text).emergencies).toContain('faim');
  });

  it.each(['je ne mange plus de viande depuis deux ans', 'je ne mange plus depuis que je suis au chômage, le stress'])(
    'Given « %s », Then no hunger emergency',
    (text) => {
      expect(profileOf(text).emergencies).not.toContain('faim');
    },
  );

  it.each([
    "j'avais une petite épicerie, je suis en train de fermer et j'ai plus rien à manger depuis avant-hier",
    "je tenais un bar tabac, on est en train de tout liquider, j'ai plus rien à manger",
    "j'avais un salon de coiffure, je ferme définitivement samedi, j'ai pas mangé depuis hier",
  ])('Given « %s », Then the self-employed closing is routed to France Travail beside the emergency', (text) => {
    const p = profileOf(text);
    expect(p.emergencies).toContain('faim');
    expect(p.status).toBe('independant');
    expect(p.recentlyLostJob).toBe(true);
    const d = routeProfile({ ...p, age: 58, place: { departement: '23' } });
    expect(d.operatorTypes).toContain('social_emergency');
    expect(d.operatorTypes).toContain('france_travail');
  });

  it("Given a shop closed long ago and a job now « j'avais une épicerie il y a 10 ans, maintenant je suis salariée en CDI », Then not self-employed", () => {
    expect(profileOf("j'avais une épicerie il y a 10 ans, maintenant je suis salariée en CDI").status).toBe('salarie_prive');
  });
});

describe('Violence told in a year gone and over', () => {
  it.each([
    "En 2019 j'ai fui un conjoint violent et j'ai été hébergée en foyer. Aujourd'hui ça va. Je suis en CDD et je voudrais une formation.",
    'En 2017 mon mari me frappait, je suis partie. Maintenant tout va bien, je cherche un emploi.',
    "en 2020 j'ai quitté mon ex violent, j'ai refait ma vie, je veux me reconvertir",
    "Courant 2018 j'ai subi des violences conjugales. Aujourd'hui je vais bien et je cherche une formation.",
  ])('Given « %s », Then no emergency and the CIDFF barrier stays', (text) => {
    const p = profileOf(text);
    expect(p.emergencies).toEqual([]);
    expect(p.womanSpecificBarrier).toBe(true);
  });

  it.each([
    "En 2019 j'ai fui un conjoint violent. Il m'a retrouvée hier et il m'a frappée.",
    'Mon mari me frappe depuis 2019, je veux partir.',
    "En 2019 j'ai fui un conjoint violent, aujourd'hui ça va mais il me menace encore.",
  ])('Given violence going on « %s », Then the emergency is read', (text) => {
    expect(profileOf(text).emergencies).toContain('violence');
  });
});
