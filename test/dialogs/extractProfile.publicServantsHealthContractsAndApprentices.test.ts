// Public servants (and employees) whose health puts the job at risk, told without « inapte »: « les nuits c'est fini
// pour moi », « les appareils ne suffisent plus », « j'y retournerai pas » next to a condition; teachers told by their
// school; a public contract that ends and is not renewed (France Travail next to the public employer); apprentices
// told as such, employees rather than pupils. And no false reading: the same words without a health condition, a
// search for an apprenticeship, a relative's apprenticeship, a lease not renewed. Sentences of our own.
import { describe, expect, it } from 'vitest';
import { operatorsFor, profileOf } from './readFirstMessage.js';

describe('A public servant whose health ends part of the work: the public employer and Cap emploi', () => {
  it.each([
    "bonjour je suis infirmière au CHU de Lille, on m'a trouvé une sclérose en plaques et on me dit que les nuits c'est fini pour moi",
    "aide-soignante à l'hôpital public, avec mon dos les manutentions c'est fini pour moi",
    'Je suis professeur de lycée, je deviens sourd, les appareils ne suffisent plus en classe',
    "je suis prof de collège, j'entends de moins en moins bien et mon appareil ne suffit plus",
    "prof des ecoles depuis 9 ans, arret pour epuisement, jy retournerai pas",
    'institutrice, en arrêt pour burn out depuis six mois, je n\'y retournerai pas',
    "maitresse en maternelle, arrêtée depuis 3 mois pour épuisement, je n'y retournerai pas",
    'agent administratif à la mairie, en arrêt pour surmenage, je me vois pas y retourner',
    'policier, après mon accident de service, le terrain c\'est fini pour moi',
    "agent d'entretien au conseil départemental, j'ai un cancer, je ne pourrai pas reprendre mon poste",
    'fonctionnaire territoriale, ma vue baisse et les lunettes ne suffisent plus pour mon poste',
  ])('Given « %s », When read, Then the job is at risk and both operators are proposed', (text) => {
    const profile = profileOf(text);
    expect(profile.status).toBe('agent_public');
    expect(profile.jobAtRiskForHealth).toBe(true);
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['employer_public', 'cap_emploi']));
  });
});

describe('A private employee told the same way: Cap emploi next to the CEP operator', () => {
  it.each([
    'cariste dans un entrepôt, hernie discale, la conduite c\'est fini pour moi',
    'vendeuse en CDI, arrêt pour burn out, je n\'y retournerai pas',
    'je suis soudeur en CDI, ma vue baisse et mes lunettes ne suffisent plus',
  ])('Given « %s », When read, Then the job is at risk', (text) => {
    const profile = profileOf(text);
    expect(profile.status).toBe('salarie_prive');
    expect(profile.jobAtRiskForHealth).toBe(true);
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['cap_emploi', 'cep_actifs_occupes']));
  });
});

describe('The same words without a health condition put no job at risk', () => {
  it.each([
    "prof des écoles, je n'y retournerai pas après les vacances, je veux changer de métier",
    "infirmière à l'hôpital, les nuits c'est fini pour moi, je veux un poste de jour",
    'je suis vendeuse, je ne tiens plus avec mon chef, je veux partir',
    'je suis caissière, mon salaire ne suffit plus, je veux changer de travail',
  ])('Given « %s », When read, Then no job at risk for health and no Cap emploi', (text) => {
    expect(profileOf(text).jobAtRiskForHealth).not.toBe(true);
    expect(operatorsFor(text)).not.toContain('cap_emploi');
  });
});

describe('A public contract that ends and is not renewed: the public employer and France Travail', () => {
  it.each([
    'Madame, Monsieur, contractuel à la préfecture, mon contrat s\'achève à la fin du mois et ne sera pas renouvelé.',
    "je suis vacataire à l'université et mon contrat n'est pas renouvelé",
    'AESH, mon contrat se termine en juillet et ne sera pas reconduit',
    'agent contractuel au conseil régional, mon CDD s\'arrête dans 15 jours',
    "assistante d'éducation, mon contrat prend fin en août, que faire",
    "contractuel de l'éducation nationale, pas renouvelé à la rentrée, je cherche un emploi",
    "je suis en CDD à l'hôpital public et on ne me renouvelle pas",
    'agent contractuel à la mairie depuis 2 ans, ils me gardent pas après juin',
  ])('Given « %s », When read, Then between contracts and France Travail beside the employer', (text) => {
    const profile = profileOf(text);
    expect(profile.status).toBe('agent_public');
    expect(profile.betweenContracts).toBe(true);
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['employer_public', 'france_travail']));
  });

  it.each([
    "mon contrat de location n'est pas renouvelé, je suis contractuel à la mairie",
    'contractuelle au ministère depuis 3 ans, mon contrat sera renouvelé en juin, je veux évoluer',
  ])('Given « %s », When read, Then no contract ending and no France Travail', (text) => {
    expect(profileOf(text).betweenContracts).not.toBe(true);
    expect(operatorsFor(text)).not.toContain('france_travail');
  });
});

describe('An apprentice told as such is an employee (and under 26, the Mission locale)', () => {
  it.each([
    'Madame, Monsieur, actuellement apprenti en première année de CAP peinture, âgé de 18 ans, je souhaite changer de métier.',
    "je suis en apprentissage chez un garagiste, j'ai 18 ans, je veux changer de voie",
    "en alternance dans une boulangerie, j'ai 20 ans, je veux faire autre chose",
    'actuellement apprentie coiffeuse en 2e année, 17 ans, ça me plaît plus',
    'apprenti boulanger 1ère année, 16 ans, je veux faire autre chose',
    'jsuis apprenti macon 17ans je veux changer',
    "en contrat d'apprentissage chez un plombier, j'ai 18 ans, je veux me réorienter",
    "je fais un CAP cuisine en apprentissage, j'ai 16 ans, je veux changer",
    'je suis en 2e année de bac pro en alternance chez un électricien, 18 ans',
    'alternante dans une banque en licence pro, 22 ans, je me pose des questions sur mon avenir',
  ])('Given « %s », When read, Then an employee with the CEP operator and the Mission locale', (text) => {
    expect(profileOf(text).status).toBe('salarie_prive');
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['cep_actifs_occupes', 'mission_locale']));
  });

  it.each([
    "je cherche un apprentissage en CAP cuisine, j'ai 16 ans",
    "je voudrais faire un CAP en apprentissage l'an prochain, je suis en 3e",
    'je suis en seconde, je voudrais passer en apprentissage',
    'je suis intéressé par une formation en alternance, 20 ans',
    'mon fils est apprenti en CAP, il a 17 ans et veut arrêter',
    'en alternance c\'est possible à 30 ans ?',
  ])('Given « %s », When read, Then not read as an employee', (text) => {
    expect(profileOf(text).status).not.toBe('salarie_prive');
  });
});
