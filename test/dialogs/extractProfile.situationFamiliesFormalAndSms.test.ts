// Situation families told formally, in spoken self-corrections or in SMS: hunger said as « plus de quoi
// me nourrir », a recruiter hiring for the company they work for, a long training on full pay said with
// a gerund (« en gardant », « en conservant »), a business project with SMS contractions in a question.
// Every sentence here is our own, none from a set.
import { describe, expect, it } from 'vitest';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import { profileOf } from './readFirstMessage.js';

describe('Hunger said formally', () => {
  it.each([
    "Je vous écris car je n'ai plus de quoi me nourrir depuis le début du mois.",
    'je n ai meme pas de quoi nourrir mes deux enfants cette semaine',
    'Une fois les factures payées, il ne me reste rien pour manger.',
    "il ne nous reste plus rien pour nous nourrir, je cherche du travail à Nevers",
    "Je n'ai plus les moyens de me nourrir correctement, je suis au RSA.",
    'je ne mange plus à ma faim depuis que mon contrat est fini',
    'je saute des repas pour que les petits mangent, je cherche un emploi',
    "je ne fais plus qu'un repas par jour depuis la fin de mon intérim",
    "je n'arrive plus à nourrir ma famille avec le RSA",
  ])('Given « %s », When the message is read, Then hunger is an emergency', (text) => {
    expect(profileOf(text).emergencies).toContain('faim');
  });

  it.each([
    'il ne reste rien de mon ancien métier, je voudrais me reconvertir',
    "je travaille dans la restauration, je voudrais apprendre à nourrir des animaux en refuge",
    'après le loyer il ne me reste plus grand-chose pour les loisirs, je cherche un meilleur salaire',
    "je n'arrive plus à nourrir ma passion pour la cuisine dans mon poste, je veux changer",
  ])('Given « %s » with no lack of food, When the message is read, Then no hunger is raised', (text) => {
    expect(profileOf(text).emergencies).not.toContain('faim');
  });
});

describe("A recruiter hiring for the company they work for is out of scope", () => {
  it.each([
    "Je m'occupe du recrutement dans un groupe de pharmacies à Lille, nous cherchons six préparateurs : comment trouver des candidats ?",
    'chargée de recrutement pour un réseau de garages, on cherche dix mécaniciens en alternance, quelles aides pour l’entreprise ?',
    "Je suis en charge des embauches d'une enseigne de bricolage, on recherche vingt vendeurs pour l'été, où trouver des profils ?",
    "Je recrute pour une agence d'intérim, nous avons besoin de 8 caristes, pouvez-vous diffuser l'annonce ?",
  ])('Given « %s », When the message is read, Then the employer need is out of scope and nothing else is proposed', (text) => {
    const profile = profileOf(text);
    expect(profile.outOfScope).toContain('besoin_formation_employeur');
    expect(routeProfile(profile).operatorTypes).toEqual(['out_of_scope']);
  });

  it.each([
    "je suis au chômage, je cherche un poste de chargée de recrutement, comment trouver des offres ?",
    "je voudrais travailler dans le recrutement, je suis vendeuse et je veux changer de métier",
  ])('Given a person whose own career is recruiting « %s », When the message is read, Then no employer need is read', (text) => {
    expect(profileOf(text).outOfScope).not.toContain('besoin_formation_employeur');
  });
});

describe('A long training on full pay said with a gerund', () => {
  it.each([
    "alors euh je suis cariste en CDI et je voudrais faire une formation de dix mois pour devenir euh électricien non plutôt plombier voilà mais en gardant mon salaire si possible",
    "Ingénieur en CDI dans l'automobile depuis six ans, je souhaite me reconvertir dans l'ébénisterie. Un cursus d'un an existe à Revel et je voudrais savoir s'il est possible de le suivre en conservant ma rémunération.",
    'je suis vendeuse en CDI, je veux me former au métier de fleuriste tout en continuant à percevoir mon salaire',
    "salariée en CDI, je voudrais une formation d'auxiliaire de puériculture sans perte de salaire",
  ])('Given « %s », When the message is read, Then the transition project is mentioned and Transitions Pro comes', (text) => {
    const profile = profileOf(text);
    expect(profile.schemesMentioned).toContain('ptp');
    expect(routeProfile(profile).operatorTypes).toContain('transitions_pro');
  });

  it('Given a training wished while keeping the job, with nothing said of pay, Then no transition project is read', () => {
    expect(profileOf('je suis salarié et je voudrais une formation en gardant mon poste, le soir').schemesMentioned ?? []).not.toContain('ptp');
  });
});

describe('A business project said in SMS inside a question', () => {
  it.each([
    'jsui au rsa et jveu ouvrir une pizzeria a Dax, jdois faire koi ??',
    'jsuis salariée et jvoudrais lancer ma boite de couture, on commence ou ?',
    'chui au chomage, jpense ouvrir un salon de toilettage, par ou je commence ?',
  ])('Given « %s », When the message is read, Then business creation is a need', (text) => {
    expect(profileOf(text).needs).toContain('creation_entreprise');
  });

  it('Given a question only about a business, Then no business creation is read as the person’s project', () => {
    expect(profileOf("c'est quoi ouvrir une micro entreprise ?").needs).not.toContain('creation_entreprise');
  });
});
