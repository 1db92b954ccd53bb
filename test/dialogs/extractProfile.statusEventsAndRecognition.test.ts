// Statuses told by a contract, an employer or an event, recognitions refused or under examination,
// hesitations before a duration and someone else's « cadre » (families of wrong facts found on the
// fourth blind routing set), each with sentences of our own in formal, SMS and spoken French.
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../orientation/understanding/normalizeText.js';
import { profileOf } from './readFirstMessage.js';

describe('Public servants told by a public-law contract or a regional or departmental employer', () => {
  it.each([
    'slt jsuis contractuelle au departement depuis 2 ans, je veux passer un concours',
    "Je suis en CDD de droit public dans un lycée agricole et je voudrais être titularisée",
    "euh je suis agent d'entretien mais c'est un contrat de droit public je crois et je voudrais évoluer",
    'Je suis employé par la Région depuis 2015 comme agent des lycées, je souhaite une formation',
    'je suis embauchée par la commune pour la cantine, je veux changer de poste',
    'Vacataire pour la région depuis un an, je cherche à me stabiliser',
    'je bosse pour la région comme agent des lycées',
    'Je travaille pour la ville de Montpellier comme animatrice périscolaire',
  ])('given the contract or the employer, when read, then a public servant: %s', (text) => {
    expect(profileOf(text).status).toBe('agent_public');
  });

  it.each([
    "Je suis en CDD dans la région depuis un an, dans une entreprise de transport",
    "J'ai été embauché dans le département du Nord par une société de nettoyage",
    "Je travaille pour le département de la communication d'une PME",
  ])('given a region or a department as a place, when read, then no public servant: %s', (text) => {
    expect(profileOf(text).status).not.toBe('agent_public');
  });
});

describe('Job seekers told by an event rather than a status word', () => {
  it.each([
    ['jsuis technicien, licencié en mars, jcherche un taf', undefined],
    ['Je suis cadre administratif, licenciée depuis juin, je cherche un nouveau poste.', true],
    ['bah moi je suis chauffeur livreur licencié il y a trois mois et là je cherche du boulot', undefined],
  ])('given a dated dismissal and a search, when read, then a job seeker: %s', (text, cadre) => {
    const p = profileOf(text);
    expect(p.status).toBe('demandeur_emploi');
    expect(p.cadre).toBe(cadre);
  });

  it.each([
    "À la fin de mon alternance en licence pro logistique, terminée en juin, je suis à la recherche d'un emploi.",
    "jai fini mon bts en juillet et la jcherche un travail",
    "mon contrat d'apprentissage en CAP cuisine est terminé, je cherche un poste de commis",
  ])('given studies or an apprenticeship over and a job search, when read, then a job seeker, not a student: %s', (text) => {
    expect(profileOf(text).status).toBe('demandeur_emploi');
  });

  it('given a student in a BTS who looks for a summer job, when read, then still a student', () => {
    expect(profileOf('Je suis en BTS commerce et je cherche un job pour cet été').status).toBe('etudiant');
  });

  it.each([
    "j'ai fait des missions d'intérim au printemps mais depuis j'ai plus rien du tout depuis trois mois",
    "J'ai fait quelques saisons dans les Alpes, mais je n'ai rien trouvé depuis l'an dernier.",
    "euh j'ai fait un peu d'intérim en usine et là j'ai rien pour l'instant",
  ])('given some past interim or seasonal work and nothing now, when read, then a job seeker: %s', (text) => {
    expect(profileOf(text).status).toBe('demandeur_emploi');
  });

  it('given an interim worker in a mission today, when read, then still an interim worker', () => {
    expect(profileOf("Je suis intérimaire chez Adecco, en mission dans une usine depuis deux mois").status).toBe('interimaire');
  });
});

describe('Inactive people who stopped working for the children', () => {
  it.each([
    "J'ai arrêté de travailler à la naissance de ma fille, je n'ai pas de travail et j'aimerais reprendre",
    'jme suis arretee quand mon fils est né, jai pas de boulot depuis, je veux retravailler',
    "euh j'ai quitté mon travail pour m'occuper des enfants et là j'ai pas d'emploi",
    "J'ai élevé mes enfants pendant douze ans et je souhaite reprendre une activité.",
  ])('given work stopped for the children and not registered, when read, then inactive: %s', (text) => {
    expect(profileOf(text).status).toBe('inactif');
  });

  it('given children raised in the past and a job today, when read, then in work', () => {
    expect(profileOf("j'ai élevé mes enfants et maintenant je travaille comme vendeuse en CDI").status).toBe('salarie_prive');
  });

  it('given work stopped for the children and a France Travail registration, when read, then a job seeker', () => {
    expect(profileOf("J'ai arrêté de travailler à la naissance de mon fils, je suis inscrite à France Travail depuis mars").status).toBe('demandeur_emploi');
  });
});

describe('Young people out of school', () => {
  it.each([
    "J'ai 16 ans, je ne vais plus au collège depuis la Toussaint et je ne sais pas quoi faire",
    'jai 17 ans jvais plus au lycee depuis noel',
    "Mon fils a 16 ans, il n'a pas eu de place en lycée pro à la rentrée",
    'euh j’ai 16 ans j’ai pas trouvé de place en apprentissage et je suis à la maison depuis la rentrée',
  ])('given a teenager out of school, when read, then no pupil status: %s', (text) => {
    const status = profileOf(text).status;
    expect(status).toBeDefined();
    expect(['eleve', 'etudiant']).not.toContain(status);
  });

  it.each([
    'jai 16 ans jai pas eu de place en cap a la rentree',
    "Ma fille n'a pas obtenu de place en bac pro, elle a 16 ans",
  ])('given no place found in a course, when read, then no diploma of that course: %s', (text) => {
    expect(profileOf(text).diplomaLevel).toBeUndefined();
  });

  it.each([
    "slt jai 18 ans jai arreté le lycée en seconde, jcherche une alternance",
    "J'ai quitté le lycée l'an dernier et je recherche un apprentissage en mécanique",
  ])('given out of school and looking for an apprenticeship or a job, when read, then a job seeker: %s', (text) => {
    expect(profileOf(text).status).toBe('demandeur_emploi');
  });
});

describe('Recognition of disability refused or under examination', () => {
  it.each([
    "La MDPH m'a refusé la RQTH en début d'année, je cherche du travail",
    'ma demande de rqth a ete rejetee, jsuis au chomage',
    "euh j'avais fait une demande de reconnaissance mais elle a été refusée voilà",
    "Ma RQTH n'a pas été renouvelée l'an dernier.",
    'la mdph a dit non pour la rqth',
  ])('given a refused recognition, when read, then no recognition: %s', (text) => {
    expect(profileOf(text).rqth).toBe('non');
  });

  it.each([
    "J'ai adressé à la MDPH une demande de reconnaissance de travailleur handicapé, toujours en cours d'examen.",
    'jai envoye a la mdph un dossier pour la rqth',
    "Mon dossier de reconnaissance de travailleur handicapé est actuellement en cours de traitement.",
  ])('given a request filed and not decided, when read, then pending, never granted: %s', (text) => {
    expect(profileOf(text).rqth).toBe('en_cours');
  });

  it('given a request for training refused and a recognition held, when read, then the recognition stands', () => {
    expect(profileOf("J'ai la RQTH depuis 2020 et ma demande de formation a été refusée par mon employeur").rqth).toBe('oui');
  });
});

describe('Hesitations and someone else’s cadre', () => {
  it.each([
    'je suis aide soignante depuis euh douze ans et je veux changer',
    'je travaille au CHU depuis euh 18 ans',
    'bah ça fait euh bah vingt ans que je suis magasinier',
  ])('given a hesitation before a duration, when read, then no age: %s', (text) => {
    expect(profileOf(text).age).toBeUndefined();
  });

  it('given a hesitation before the age, when read, then the age', () => {
    expect(profileOf("alors j'ai euh trente-huit ans et je suis au chômage").age).toBe(38);
  });

  it.each([
    "Je suis infirmière et ma cadre de santé refuse ma demande de formation",
    'mon cadre sup me met la pression, jsuis technicien',
    'euh notre cadre ne nous écoute pas je suis aide soignante',
  ])('given the manager called « cadre », when read, then no cadre fact: %s', (text) => {
    expect(profileOf(text).cadre).toBeUndefined();
  });

  it.each([
    'Je suis cadre de santé dans un hôpital privé',
    'en tant que cadre sup dans une banque je veux changer',
  ])('given the person is a cadre, when read, then a cadre: %s', (text) => {
    expect(profileOf(text).cadre).toBe(true);
  });
});

describe('Independence wished for', () => {
  it('given a wish to be independent, when read, then no self-employed status', () => {
    expect(profileOf("Je voudrais travailler pour être indépendante, je n'ai jamais travaillé").status).not.toBe('independant');
  });

  it('given a self-employed person, when read, then self-employed', () => {
    expect(profileOf('je suis indépendant depuis 4 ans dans le bâtiment').status).toBe('independant');
  });
});

describe('Spoken and SMS spellings', () => {
  it.each([
    ['licencié il y a deux mois', 'licencie il y a deux mois'],
    ['licencié ya deux mois', 'licencie il y a deux mois'],
    ['jme suis arrêtée', 'je me suis arretee'],
  ])('given %s, when normalised, then « %s »', (text, expected) => {
    expect(normalizeText(text)).toBe(expected);
  });
});
