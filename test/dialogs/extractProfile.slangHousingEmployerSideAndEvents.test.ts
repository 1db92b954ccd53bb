// Families of the seventh round's misses, in our own words (never the set's sentences): housing lost in
// slang or with the job's lodging, hunger in other words, a figurative « à la rue », the employer side
// and pension amounts out of scope, and statuses told by events (a resignation planned, an
// apprenticeship broken, years at home, someone else's cadre status).
import { describe, expect, it } from 'vitest';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import { profileOf } from './readFirstMessage.js';

describe('Sleeping in a vehicle or nowhere, in slang', () => {
  it.each([
    'jpionce dans ma bagnole depuis vendredi, faut que je trouve un boulot',
    'ça fait une semaine que je dors dans ma caisse sur un parking',
    'je roupille dans ma tire depuis que ma copine m’a largué',
    'on dort dans le camion avec mon frère depuis la fin du mois',
    'je vis dans ma voiture en ce moment, je cherche un emploi',
    'je crèche nulle part depuis samedi',
    'jcreche nul part, je sais pas quoi faire',
    "j'habite nulle part en ce moment, je squatte à droite à gauche",
    'je zone dehors depuis trois semaines, pas de logement',
    "j'ai rien du tout pour dormir cette nuit",
    'jdor ds ma caisse depuis 2 semaines',
    'je pionce chez des potes à droite à gauche depuis un mois',
    "je dors dans un hall d'immeuble depuis mardi",
    'on campe sous une tente près du périph avec mon copain',
  ])('given a home lost told in slang, when read, then a housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).toContain('sans_logement');
  });

  it.each([
    'je suis chauffeur poids lourd, je dors dans mon camion la semaine, je veux une formation',
    'routier depuis 20 ans, je passe mes nuits dans le camion et je voudrais changer de métier',
    'je zone chez moi depuis que j’ai arrêté le lycée',
    'je zone toute la journée, je ne sais pas quoi faire de ma vie',
    "j'ai dormi dans ma voiture l'hiver dernier, aujourd'hui j'ai un appartement et je cherche une formation",
    'je vis dans mon van aménagé par choix et je cherche une formation de menuisier',
    'je dors dans ma voiture pendant mes missions loin de chez moi, je voudrais un poste fixe',
  ])('given a cab, idleness at home or a past night in a car, when read, then no housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).not.toContain('sans_logement');
  });

  it('given « je crèche nulle part », when read, then no childcare barrier (« crèche » is the verb)', () => {
    expect(profileOf('je crèche nulle part en ce moment, je cherche du taf').barriers).not.toContain('garde_enfants');
  });
});

describe('Lodging tied to the job, ending now', () => {
  it.each([
    "je suis serveur logé par l'hôtel, la saison se termine samedi et après j'ai nulle part où aller",
    'le gérant du camping reprend le mobil home demain et je sais pas où dormir',
    'mon employeur récupère le logement de fonction vendredi, je suis perdue',
    'fin de saison ce week-end, le logement du personnel ferme et je n’ai pas de solution',
    'je dois quitter le FJT dans dix jours et je n’ai rien trouvé',
    "l'internat ferme pour les vacances ce vendredi et je n'ai personne pour m'héberger",
    "je suis hébergée par mon employeur jusqu'à lundi, après plus rien",
    "mon patron va vendre le bar et récupérer le studio où je loge, c'est dans une semaine et j'ai rien trouvé",
    'Mon employeur met fin à mon hébergement à compter de demain et je ne dispose d’aucune solution de relogement.',
  ])('given a job lodging lost with a near date or nowhere to go, when read, then a housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).toContain('sans_logement');
  });

  it.each([
    'je suis logée par mon employeur et je voudrais me former',
    'logé nourri dans un restaurant, la saison finit en octobre, je cherche une formation pour l’hiver',
    'je dois quitter le foyer de jeunes travailleurs en juin, mais j’ai déjà un appart',
    "il y a trois ans mon patron a repris le logement de fonction, maintenant j'ai un appartement et je veux me reconvertir",
    "mon bail se termine à la fin du mois et j'ai trouvé un nouvel appart",
  ])('given a job lodging with no loss now, a home found or a loss long past, when read, then no emergency: %s', (text) => {
    expect(profileOf(text).emergencies).not.toContain('sans_logement');
  });

  it('given a seasonal worker whose lodging is taken back tonight, when routed, then the emergency line and the between-contracts operators', () => {
    const profile = profileOf('je suis saisonnière dans une station, la saison est terminée et le patron récupère la chambre ce soir, je dois retrouver une saison pour l’été');
    expect(profile.emergencies).toContain('sans_logement');
    expect(profile.status).toBe('saisonnier');
    expect(profile.betweenContracts).toBe(true);
    const decision = routeProfile(profile);
    expect(decision.operatorTypes).toEqual(expect.arrayContaining(['social_emergency', 'france_travail']));
  });
});

describe('Leaving an institution or a shelter with no home', () => {
  it.each([
    "je sors de détention vendredi et je n'ai pas de logement",
    "je quitte la famille d'accueil à mes 18 ans et je n'ai nulle part où aller",
    "on m'a retiré ma place au 115 ce matin",
  ])('given an institution or a shelter left with nowhere to go, when read, then a housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).toContain('sans_logement');
  });

  it.each([
    "je sors de l'hôpital demain et je veux reprendre le travail",
    'je sors de prison dans un mois, je voudrais préparer une formation',
  ])('given a discharge with no word of a home lost, when read, then no housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).not.toContain('sans_logement');
  });
});

describe('A home lost is no job lost', () => {
  it.each([
    "je viens de perdre mon appart et je cherche une formation d'aide-soignante",
    "j'ai perdu mon logement le mois dernier, je suis hébergée chez ma sœur et je travaille en CDI",
  ])('given a home lost, when read, then no job lost: %s', (text) => {
    expect(profileOf(text).recentlyLostJob).toBeUndefined();
  });

  it('given a home lost by someone in work, when read, then still an employee', () => {
    expect(profileOf("j'ai perdu mon logement le mois dernier, je suis hébergée chez ma sœur et je travaille en CDI").status).toBe('salarie_prive');
  });
});

describe('Hunger told in other words', () => {
  it.each([
    'je saute des repas depuis septembre, je suis en master',
    'jsaute des repas pour payer mon loyer',
    "je mange qu'un jour sur deux en ce moment",
    'plus rien à bouffer depuis hier et plus un rond',
    "j'ai pas mangé depuis deux jours, je suis étudiante à Lille",
    'le frigo est vide depuis lundi et je touche rien',
    'Je ne parviens plus à me nourrir correctement depuis la fin de mes droits.',
    'jsui etudiante jai pu dargent pour manger',
    'je crève la dalle depuis trois jours',
  ])('given hunger told now, when read, then the hunger emergency: %s', (text) => {
    expect(profileOf(text).emergencies).toContain('faim');
  });

  it.each([
    'je saute le pas, je veux me reconvertir dans la boulangerie',
    "j'ai la dalle de réussir, je veux monter ma boîte",
    'je ne mange pas de viande et je voudrais devenir cuisinier',
    "quand j'étais étudiant je sautais des repas, aujourd'hui je suis ingénieur et je veux changer de voie",
  ])('given figurative or past words about meals, when read, then no hunger emergency: %s', (text) => {
    expect(profileOf(text).emergencies).not.toContain('faim');
  });

  it('given a status told in a time gone (« quand j’étais étudiant »), when read, then not today’s status', () => {
    expect(profileOf("quand j'étais étudiant je travaillais le soir, aujourd'hui je suis comptable en CDI").status).toBe('salarie_prive');
  });
});

describe('A figurative « à la rue »', () => {
  it.each([
    'je suis complètement à la rue en anglais et mon poste exige un bon niveau',
    'à la rue niveau informatique, je suis comptable en cdi et je voudrais me former',
    'franchement je suis à la rue question bureautique',
    'je suis un peu à la rue sur Excel, il me faudrait une formation',
    'à la rue côté compétences numériques, je veux évoluer',
    'je suis nulle en anglais, carrément à la rue, et je veux passer le TOEIC',
    'Je me sens à la rue face aux nouveaux logiciels de gestion.',
    'je suis un peu à la rue, je ne sais pas vers quel métier aller',
    'je suis à la rue financièrement, je cherche un boulot mieux payé',
  ])('given « à la rue » about a skill, when read, then no housing emergency nor housing barrier: %s', (text) => {
    const profile = profileOf(text);
    expect(profile.emergencies).not.toContain('sans_logement');
    expect(profile.barriers).not.toContain('logement');
  });

  it.each([
    "je suis à la rue depuis que ma mère m'a mis dehors",
    'je suis à la rue en ce moment et je cherche du travail',
    'à la rue niveau logement, je dors dans ma voiture',
  ])('given « à la rue » about a home, when read, then still a housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).toContain('sans_logement');
  });
});

describe('The employer side is out of scope', () => {
  it.each([
    'je tiens une boulangerie et je voudrais faire former deux de mes vendeuses, qui paie ?',
    'gérante d’une TPE de huit salariés, je souhaite former certains de mes collaborateurs au numérique',
    "je dirige une agence immobilière, quel organisme prend en charge la formation de mes commerciaux ?",
    'je suis maçon à mon compte et je cherche un apprenti pour septembre',
    'nous voulons embaucher trois soudeurs, comment faire ?',
    "j'ai un salon de coiffure et je voudrais recruter une alternante",
    'quelles aides à l’embauche je peux avoir en tant qu’employeur pour un jeune ?',
    'chef de rayon, je voudrais faire former mon équipe aux nouvelles caisses, qui finance ?',
    'Notre association souhaite former ses bénévoles et ses salariés à l’accueil du public.',
    'je suis fleuriste et je voudrais prendre une apprentie en septembre',
    'Notre collectivité souhaite former ses agents à la comptabilité publique, qui finance ?',
    'je suis carrossier, comment faire former mon apprenti à la peinture ?',
  ])('given someone training or hiring their own staff, when read, then the employer need out of scope: %s', (text) => {
    expect(profileOf(text).outOfScope).toContain('besoin_formation_employeur');
  });

  it.each([
    'je cherche un apprentissage en boulangerie, j’ai 16 ans',
    'je voudrais me faire embaucher comme vendeuse',
    'mon patron cherche un apprenti, et moi je voudrais faire une formation',
    "je suis RQTH, quelles aides à l'embauche existent pour l'employeur qui me recruterait ?",
    'je suis apprenti et je cherche une nouvelle entreprise',
    'je suis manager dans la grande distribution et je veux me reconvertir',
    'je suis auto-entrepreneur, quel organisme finance ma formation pour mon entreprise ?',
    "j'embauche à six heures à l'usine et je voudrais me former le soir",
    'je vais embaucher pour la saison chez un viticulteur',
  ])('given a person looking to be hired or trained, when read, then no employer need: %s', (text) => {
    expect(profileOf(text).outOfScope).not.toContain('besoin_formation_employeur');
  });

  it('given an artisan looking for an apprentice, when routed, then out of scope only', () => {
    const decision = routeProfile(profileOf('je suis plombier à mon compte et je cherche un apprenti, quelles aides je peux toucher ?'));
    expect(decision.operatorTypes).toEqual(['out_of_scope']);
  });
});

describe('Pension amounts are benefit amounts', () => {
  it.each([
    'je voudrais connaître le montant de ma future retraite',
    'combien de trimestres il me manque pour partir',
    'à combien s’élèvera ma pension si je pars à 63 ans ?',
    'je voudrais mon relevé de carrière et savoir mes trimestres',
    "je voudrais une estimation de ma future retraite avant de changer de poste",
  ])('given a pension amount asked, when read, then the benefit amount topic: %s', (text) => {
    expect(profileOf(text).outOfScope).toContain('montant_allocation');
  });

  it('given a public servant asking her pension amount and a change of field, when routed, then out of scope and her employer', () => {
    const profile = profileOf("Agente territoriale, j'aimerais connaître le montant de ma future pension et changer de métier dans ma collectivité.");
    expect(profile.status).toBe('agent_public');
    expect(profile.outOfScope).toContain('montant_allocation');
    expect(routeProfile(profile).operatorTypes).toEqual(expect.arrayContaining(['out_of_scope', 'employer_public']));
  });
});

describe('Statuses told by events', () => {
  it.each([
    "je suis salariée en CDI et je voudrais démissionner pour devenir fleuriste, est-ce qu'on peut toucher le chômage ?",
    'en CDI depuis 6 ans, si je démissionne est-ce que je perçois l’ARE pour ma reconversion ?',
    'Salarié en CDI, je souhaite démissionner et bénéficier des allocations chômage pour me former',
  ])('given an employee asking about the benefit after a resignation planned, when read, then still an employee: %s', (text) => {
    expect(profileOf(text).status).toBe('salarie_prive');
  });

  it.each([
    "j'ai démissionné et je touche le chômage, je veux me reconvertir",
    'je suis au chômage depuis ma démission et je cherche une formation',
  ])('given a resignation done and the benefit received, when read, then a job seeker: %s', (text) => {
    expect(profileOf(text).status).toBe('demandeur_emploi');
  });

  it.each([
    "mon maître d'apprentissage a rompu mon contrat en novembre, j'ai 17 ans et je cherche une autre boîte",
    "mon contrat d'apprentissage a été rompu par l'entreprise, je n'ai plus de patron",
    "j'étais en alternance en BTS mais l'employeur a mis fin à mon contrat, je n'ai plus d'entreprise",
  ])('given an apprenticeship broken by the employer, when read, then a job seeker who just lost the job: %s', (text) => {
    const profile = profileOf(text);
    expect(profile.status).toBe('demandeur_emploi');
    expect(profile.recentlyLostJob).toBe(true);
  });

  it('given an apprentice whose employer only threatens to break the contract, when read, then still an employee', () => {
    expect(profileOf('je suis apprenti et mon patron veut rompre mon contrat, que faire ?').status).toBe('salarie_prive');
  });

  it.each([
    'je travaille pas, je suis à la maison depuis douze ans et je voudrais reprendre',
    'je reste à la maison depuis plusieurs années, je ne sais pas par où recommencer',
  ])('given years at home and no registration, when read, then inactive: %s', (text) => {
    expect(profileOf(text).status).toBe('inactif');
  });

  it('given years at home and a France Travail registration, when read, then a job seeker', () => {
    expect(profileOf('je suis à la maison depuis cinq ans et je suis inscrite à France Travail').status).toBe('demandeur_emploi');
  });

  it.each([
    'ma sœur elle est cadre dans une assurance et moi je suis magasinier en CDI',
    'mon mari est cadre chez un constructeur, moi je suis caissière',
    "mon cousin, cadre dans l'industrie, m'a parlé du bilan, je suis agent d'entretien",
  ])('given someone else said to be cadre, when read, then the person is not cadre: %s', (text) => {
    const profile = profileOf(text);
    expect(profile.cadre).toBeUndefined();
    expect(profile.status).toBe('salarie_prive');
  });

  it('given the person and her husband both cadre, when read, then the person is cadre', () => {
    expect(profileOf('mon mari est cadre et moi je suis cadre aussi dans une banque').cadre).toBe(true);
  });
});
