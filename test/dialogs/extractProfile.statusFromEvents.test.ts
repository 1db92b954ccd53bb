// Who the person is now, told by what happened rather than by a status word: an own business being
// stopped, a job lost told as an event (the employer closed, a dismissal, a post cut), a job still held
// until a date, public servants told by their employer or their place of work, and young people out of
// work after an apprenticeship broken or a return from abroad. Sentences of our own, several registers.
import { describe, expect, it } from 'vitest';
import { operatorsFor, profileOf } from './readFirstMessage.js';

describe('A self-employed person stopping their own activity', () => {
  it.each([
    "je suis auto-entrepreneur en livraison depuis 3 ans, j'arrête tout le mois prochain",
    'coiffeuse à domicile en micro entreprise, je vais tout arrêter, ça rapporte rien',
    'jsuis autoentrepreneur dans le bâtiment, jvais fermer mon siret et chercher un patron',
    'Artisan plombier à mon compte depuis 12 ans, je cesse mon activité en juin',
    'Madame, je suis commerçante en prêt-à-porter, je vais devoir fermer ma boutique en janvier',
    "on est agriculteurs, on arrête la ferme à la fin de l'année",
    "maraîcher installé depuis 6 ans, j'ai décidé d'arrêter l'exploitation",
    'photographe indépendant, je mets fin à mon activité au 31 décembre',
    'traductrice en freelance, je ferme ma micro-entreprise faute de missions',
    'je suis chauffeur vtc à mon compte, je lâche tout, ça ne paie plus',
    "Consultant indépendant, je compte cesser mon activité d'ici trois mois",
    'En tant que micro-entrepreneuse en couture, je vais radier mon entreprise le mois prochain',
    'autoentrepreneur nettoyage, ca marche plus, jvais arreter et trouver un cdi',
    "Je suis éleveur de chèvres, nous allons cesser l'élevage l'an prochain",
    "webdesigner freelance, j'arrête mon activité dans deux mois faute de clients",
    "j'suis à mon compte comme électricien, je vais tout stopper à la fin du mois",
    'auto entrepreneuse en menage depuis 2 ans, jvx arreter et etre salariee',
    'graphiste en micro entreprise, je cesserai mon activité en mars',
  ])('given an own activity being stopped, when read, then self-employed with France Travail and the CEP operator: %s', (text) => {
    expect(profileOf(text).status).toBe('independant');
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['france_travail', 'cep_actifs_occupes']));
  });

  it.each([
    'auto entrepreneur en livraison, je voudrais me former en parallèle',
    "Je suis coiffeuse à mon compte, j'aimerais ajouter une activité d'esthétique",
    'artisan menuisier à mon compte, je veux apprendre la gestion',
  ])('given a self-employed person going on, when read, then no France Travail: %s', (text) => {
    expect(profileOf(text).status).toBe('independant');
    expect(operatorsFor(text)).not.toContain('france_travail');
  });
});

describe('A job lost told as an event', () => {
  it.each([
    "l'usine où je bossais a fermé en septembre, je cherche du travail",
    "le restaurant a fermé définitivement et on s'est tous retrouvés sans rien",
    "le magasin où j'étais vendeuse a été liquidé le mois dernier",
    'mon chef m’a viré ce matin, je sais pas quoi faire',
    'la patronne m’a renvoyée vendredi',
    'viré de mon taf de livreur lundi',
    "j'ai accepté une rupture conventionnelle en septembre, depuis je suis chez moi",
    'ils ont supprimé mon poste il y a deux mois',
    'je me suis fait licencier pour faute en octobre',
    'licenciée économique depuis le 15 novembre',
    'le camping où je travaillais a fermé après les inondations, plus de boulot depuis',
    'ma boîte a coulé cet été, je suis sans rien',
    "l'entreprise a été placée en liquidation et on a tous été licenciés",
    'ils ne m’ont pas gardé après la période d’essai, c’était la semaine dernière',
    "le garage a fermé après le décès du patron, on est tous dehors depuis trois semaines",
    "on m'a remercié du jour au lendemain au resto",
  ])('given the job lost told by what happened, when read, then France Travail and no employee: %s', (text) => {
    expect(profileOf(text).status).not.toBe('salarie_prive');
    expect(operatorsFor(text)).toContain('france_travail');
  });

  it('given a cadre whose post was cut last month, when read, then France Travail and Apec', () => {
    const text = "Cadre commercial jusqu'en septembre, mon poste a été supprimé";
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['france_travail', 'apec']));
  });
});

describe('A job still held until a date', () => {
  it.each([
    "j'ai signé une rupture conventionnelle, je pars le 15 janvier, je veux me reconvertir",
    "rupture conventionnelle signée, mon dernier jour c'est vendredi",
    'mon CDD s’arrête le 31 mars et il ne sera pas renouvelé',
  ])('given an employee leaving at a date, when read, then an employee with the CEP operator and France Travail: %s', (text) => {
    expect(profileOf(text).status).toBe('salarie_prive');
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['france_travail', 'cep_actifs_occupes']));
  });

  it.each([
    'intérimaire chez Manpower, ma mission finit la semaine prochaine',
    "en mission d'intérim jusqu'au 20, après rien",
    'interimaire depuis 2 ans chez randstad, en mission jusqua jeudi',
  ])('given an interim mission ending, when read, then between contracts with France Travail: %s', (text) => {
    expect(profileOf(text).status).toBe('interimaire');
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['france_travail', 'cep_actifs_occupes']));
  });

  it.each([
    'je suis en congé parental, je reprends en septembre, mais on m’a dit que mon poste a été supprimé',
    'en congé maternité jusqu’en mai, j’aimerais changer de métier',
  ])('given a leave with a return, when read, then still an employee: %s', (text) => {
    expect(profileOf(text).status).toBe('salarie_prive');
  });

  it.each([
    "il y a trois ans j'ai eu du chômage partiel, maintenant je veux changer de métier",
    'un an de chomage partiel pendant le covid, ajd je veux me reconvertir',
  ])('given partial unemployment in the past, when read, then no job seeker: %s', (text) => {
    expect(profileOf(text).status).not.toBe('demandeur_emploi');
  });
});

describe('Public servants told by their employer or their place of work', () => {
  it.each([
    "je suis engagé dans la marine, mon contrat finit dans un an",
    "militaire du rang dans l'armée de l'air, je prépare ma sortie",
    "je travaille à l'accueil de la préfecture, je suis contractuelle",
    'adjoint administratif à la mairie de Tours, je veux évoluer',
    "je bosse à la cantine de l'école, c'est la mairie qui m'emploie",
    'aide-soignante au CHU de Rennes, contractuelle depuis 3 ans',
    'agent d’entretien au centre hospitalier, en CDD',
    'gendarme adjoint volontaire, mon contrat se termine cet été',
    'je suis secrétaire au rectorat de Lille',
    'à la sous-préfecture, guichet des cartes grises, catégorie C',
    'je suis agent technique au conseil départemental',
    "j'ai signé dans l'armée de terre il y a 4 ans, mon contrat se termine en juin",
  ])('given a public employer or place, when read, then a public servant: %s', (text) => {
    expect(profileOf(text).status).toBe('agent_public');
    expect(operatorsFor(text)).toContain('employer_public');
  });

  it.each([
    'facteur à La Poste depuis 10 ans, je veux changer',
    "je suis au chômage et j'ai rendez-vous à la préfecture pour mon titre de séjour",
    'vendeuse en CDI, je voudrais passer un concours de catégorie B',
    "chauffeur livreur, j'ai le permis de catégorie C et je veux évoluer",
  ])('given La Poste or a visit to a public place, when read, then no public servant: %s', (text) => {
    expect(profileOf(text).status).not.toBe('agent_public');
  });
});

describe('Young people out of work after an event', () => {
  it.each([
    "mon patron a rompu mon contrat d'apprentissage le mois dernier, j'ai 19 ans",
    "j'ai 22 ans, je rentre d'un an au Canada et je cherche du boulot",
    '24 ans, revenue de Londres le mois dernier, je veux trouver un emploi ici',
  ])('given a young person out of work, when read, then the Mission locale and France Travail: %s', (text) => {
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['mission_locale', 'france_travail']));
  });
});

describe('A dismissal told with the boss named and a rupture agreed in the past', () => {
  it.each([
    'la gérante du magasin m’a virée ce matin sans explication',
    'mon chef de chantier m’a renvoyé hier, faut que je trouve autre chose',
    'Le directeur de l’agence m’a licenciée la semaine dernière.',
    'mon boss du garage ma lourdé lundi',
    'la responsable de la boutique m’a mise à la porte samedi',
    "en septembre j'ai signé une rupture conventionnelle, depuis je cherche",
    "on m'a proposé une rupture conventionnelle l'été dernier et j'ai accepté, je suis perdu maintenant",
    'rupture conventionnelle acceptée en mai après 12 ans de boîte',
    "j'ai accepté la rupture conventionnelle que mon patron m'a proposée il y a deux mois",
    'ma rupture conv a été homologuée en octobre, je sais pas quoi faire',
  ])('given the job lost told by what happened, when read, then France Travail and no employee: %s', (text) => {
    expect(profileOf(text).status).toBe('demandeur_emploi');
    expect(operatorsFor(text)).toContain('france_travail');
  });

  it.each([
    "j'ai signé une rupture conventionnelle il y a un an, maintenant je suis en CDI dans une autre boîte et je veux évoluer",
    'mon patron m’a viré du bureau pour que je prenne mes congés, je suis en CDI et je veux me former',
  ])('given work held now, when read, then no job seeker: %s', (text) => {
    expect(profileOf(text).status).not.toBe('demandeur_emploi');
  });
});

describe('A job seeker told by the benefit received or the end of rights', () => {
  it.each([
    "je touche l'ARE depuis juillet et je voudrais me former",
    'indemnisée par France Travail jusqu’en avril, je cherche une formation',
    "mes droits au chômage s'arrêtent en février, je panique",
    "je suis en fin de droits, j'ai 57 ans",
    "je touche l'ASS depuis deux ans",
    'je perçois les allocations chômage depuis le printemps',
    "j'ai le chômage jusqu'en juin, après plus rien",
    'allocataire ARE, 34 ans, je veux devenir plombier',
    'fin de mes droits ds 2 mois, je veux passer cariste',
    "j'arrive à la fin de mon indemnisation en mars",
    'la fin de mon chômage approche, je cherche un poste de vendeur',
  ])('given the benefit of a job seeker, when read, then a job seeker with France Travail: %s', (text) => {
    expect(profileOf(text).status).toBe('demandeur_emploi');
    expect(operatorsFor(text)).toContain('france_travail');
  });
});

describe('Retired people, whatever employer they had', () => {
  it.each([
    'retraitée de la fonction publique hospitalière, je voudrais reprendre un petit travail',
    "je suis à la retraite de l'armée depuis 2 ans, je cherche une activité",
    "ancien gendarme, à la retraite depuis l'an dernier, je voudrais travailler dans la sécurité",
    'jeune retraité de la SNCF, je veux faire autre chose',
  ])('given a retirement told, when read, then a retiree and no public servant: %s', (text) => {
    expect(profileOf(text).status).toBe('retraite');
  });
});

describe('More statuses told by what happened or by a declaration', () => {
  it.each([
    'je suis commercial, je viens d’être licencié, je cherche',
    "Comptable dans une PME, je viens d'être licenciée il y a une semaine",
    'je suis cuisinier et je me suis fait virer samedi',
    'technicienne de labo, je viens de me faire licencier pour motif économique',
    "on vient de me licencier, j'étais chauffeur livreur",
  ])('given a dismissal just told beside the lost job title, when read, then a job seeker: %s', (text) => {
    expect(profileOf(text).status).toBe('demandeur_emploi');
  });

  it.each([
    'Je suis déclarée en micro depuis deux ans, je fais de la couture à domicile',
    'je fais des gâteaux sur commande, je suis inscrite comme auto-entrepreneuse',
    "je suis immatriculé comme artisan depuis 2019, je veux me former à la gestion",
    'déclarée en micro-entreprise pour mes cours de yoga, je voudrais évoluer',
  ])('given a self-employed declaration, when read, then self-employed: %s', (text) => {
    expect(profileOf(text).status).toBe('independant');
  });

  it.each([
    "agent d'accueil à la mairie depuis 15 ans, catégorie C, je pense peut-être aller dans le privé",
    "je travaille au service des cartes grises de la préfecture, j'aimerais passer dans le privé",
  ])('given a public post and the private sector only wished for, when read, then a public servant: %s', (text) => {
    expect(profileOf(text).status).toBe('agent_public');
  });
});
