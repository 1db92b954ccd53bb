// Contracts, seasons, missions, worksites and businesses that end, and statuses told by what happens rather than by a
// status word: an ending told loosely (« ça s'arrête dans trois semaines »), a season over, a seasonal span with the
// off season ahead, a parental leave with the return told, one's own business closing, a resignation weighed to retrain,
// a public contract worker whose contract ends. Sentences of our own, every register.
import { describe, expect, it } from 'vitest';
import { profileOf as read, routed } from './readFirstMessage.js';

/** The operator types proposed, without the partners. */
const operators = (text: string): string[] => routed(text).decision.operatorTypes;

describe('A season ending soon or just over, told by its date or its event', () => {
  it.each([
    "je fais la saison d'hiver comme perchman à Tignes et ça se termine fin avril, après je sais pas",
    "cuisinier saisonnier à Megève, plus que dix jours et c'est fini, je veux me fixer quelque part",
    "Ma saison de guide au musée s'achève le 2 novembre ; j'aimerais construire un projet durable.",
    "la saison des huîtres est finie pour moi, je veux faire autre chose",
    "on termine la saison au parc dimanche et j'ai rien de prévu après",
    "saisonnière en cuisine à Biarritz, le contrat s'arrête le 15 septembre et j'aimerais changer de voie",
    'la saison se termine dans dix jours au camping, je voudrais trouver autre chose pour l\'hiver',
    'Je travaille comme saisonnier dans une station de ski. La saison se termine le mois prochain et je souhaiterais me former.',
    "plus que deux semaines de saison à la plage et après c'est fini, je veux une formation",
    "réceptionniste en hôtel pour l'été, ça finit fin août et je voudrais me reconvertir",
    "les vendanges c'est fini depuis hier, j'en ai fait deux domaines, je voudrais autre chose",
    'la cueillette des pommes est terminée depuis dix jours, je veux arrêter de courir les saisons',
    'fin de saison samedi au resto de la station, je voudrais me poser et trouver un vrai métier',
    "moniteur de ski, la saison s'achève en avril et j'ai rien derrière",
    "slt jsuis saisonnier a la montagne c fini dans 15 jours et jsais pas quoi faire apres",
    'ma saison au golf se termine fin octobre, je voudrais passer à autre chose',
    'Mon contrat saisonnier prend fin le 30 septembre. Je souhaite faire le point sur mon orientation.',
    "je suis plongeur pour la saison à Saint-Tropez, ça s'arrête mi-septembre et je voudrais ne plus enchaîner les saisons",
    "la récolte des melons est finie, j'ai bossé tout l'été dans les champs et je voudrais un boulot à l'année",
    'je fais les saisons depuis 6 ans, là ça se termine dans un mois et j\'en ai marre',
    "Bonjour, je suis saisonnière dans un hôtel à Chamonix, la saison se finit le 20 avril et je n'ai rien après.",
    "barman pour la saison à la Grande-Motte, c'est fini le 31 août, j'ai 24 ans et je veux me poser",
    "je termine ma saison d'été dans quinze jours, serveuse à Arcachon, et je veux sortir des saisons",
    "la saison au ski c'est bientôt fini, fin mars, je suis perchiste et après je sais pas",
    "les moissons sont terminées depuis une semaine, je suis chauffeur saisonnier, et je cherche autre chose",
    "J'ai fini les vendanges hier. Je voudrais trouver un travail stable dans la viticulture.",
    "fini la saison des abricots, j'ai plus rien, je voudrais me former",
    "la saison touche à sa fin et je sais pas quoi faire cet hiver",
    "je suis saisonnier et la saison se termine, je voudrais me former",
    "je suis en fin de saison, je bosse à l'office de tourisme de Carnac et je voudrais me former",
    "dernière semaine de saison au camping, et après je voudrais trouver un vrai métier",
    "ma saison en Corse s'arrête le 1er octobre, j'aimerais me stabiliser",
    "Saisonnier en restauration, mon contrat de saison se termine à la fin du mois.",
    "je fais la plonge pour l'été à Royan, ça se termine le 31 août et je voudrais un CAP cuisine",
  ])('given %s, when routed, then a seasonal worker between contracts: the CEP operator and France Travail, no alarm', (text) => {
    const p = read(text);
    expect(p.status).toBe('saisonnier');
    expect(p.betweenContracts).toBe(true);
    expect(p.emergencies).toEqual([]);
    expect(operators(text)).toEqual(expect.arrayContaining(['cep_actifs_occupes', 'france_travail']));
  });
});

describe('An interim mission ending soon or just over', () => {
  it.each([
    "intérimaire comme cariste, ma mission se termine vendredi et j'ai rien après",
    "je suis en intérim à l'usine et on m'a dit que c'était fini fin de semaine",
    "ma mission s'arrête le 20, je suis intérimaire cariste, et l'agence a rien",
    "je suis en interim chez Airbus et ils ont dit que tout s'arrête en mars",
    "je suis intérimaire, plus de mission après Noël, l'agence n'a rien pour moi, je voudrais me former",
    "ma mission d'intérim finit fin du mois et l'agence ne me propose rien",
    'je suis intérimaire, fin de mission le 12 et après plus rien',
    "Intérimaire en logistique, ma mission prend fin la semaine prochaine. J'aimerais me reconvertir.",
    "ma mission chez Stellantis s'arrête dans deux semaines, je bosse en interim depuis 3 ans",
    'jsuis en interim, la mission se termine demain et g rien derriere',
    "mission terminée depuis lundi, l'agence d'intérim ne m'appelle plus",
    "je suis en intérim chez un sous-traitant auto, ils ont dit que tout s'arrête fin février",
    "Intérimaire depuis deux ans, ma dernière mission s'achève vendredi prochain et l'agence n'a rien d'autre.",
    "en interim, plus de mission a partir du 15, je fais quoi",
    "ma mission de manutentionnaire se finit dans 10 jours, je suis interimaire et je veux changer de voie",
    "je bosse en intérim, ça s'arrête à Noël, après plus rien",
    "agence d'intérim : fin de mission le 30, pas de suite prévue, j'aimerais me reconvertir",
    "ma mission d'intérim arrive à sa fin, je voudrais me reconvertir",
    'je suis intérimaire, ça tire à sa fin chez Renault',
    "je suis en fin de mission d'intérim, l'agence a rien derrière, je voudrais me former",
    "dernière semaine de mission en intérim, je sais pas ce que je vais faire après",
    "intérim chez un logisticien, ils arrêtent tous les intérimaires en janvier",
  ])('given %s, when routed, then an interim worker between contracts: the CEP operator and France Travail', (text) => {
    const p = read(text);
    expect(p.status).toBe('interimaire');
    expect(p.betweenContracts).toBe(true);
    expect(operators(text)).toEqual(expect.arrayContaining(['cep_actifs_occupes', 'france_travail']));
  });
});

describe('A fixed-term contract or a worksite ending, told loosely', () => {
  it.each([
    'fin de chantier vendredi, je suis maçon en CDD et après je sais pas',
    "mon patron m'a dit que mon CDD s'arrêtait fin avril, je suis magasinier",
    "je finis mon CDD la semaine prochaine et je sais pas quoi faire",
    'je suis coffreur, le chantier se termine fin du mois et la boîte ne me garde pas',
    "mon CDD chez Leclerc se termine le 31 décembre et j'aimerais me former",
    "je suis en CDD jusqu'à fin janvier dans une boulangerie et après c'est fini",
    'CDD fini depuis une semaine, je suis vendeuse, je sais pas quoi faire',
    'Mon contrat à durée déterminée arrive à échéance le 28 février. Je souhaite être accompagné dans ma reconversion.',
    "je bosse en CDD dans un entrepôt, ils ont dit que tout s'arrête en mars",
    "le chantier est fini depuis lundi, j'étais en CDD de chantier, j'aimerais me former à la conduite d'engins",
    'je suis électricien sur un chantier, fin de chantier vendredi et la boite me garde pas',
    "Je suis en CDD dans une crèche privée, mon contrat s'arrête fin juin. Que faire ensuite ?",
    "mon cdd de vendeuse c'est fini dans 3 semaines et ils me gardent pas",
    "je suis manœuvre en CDD de chantier, fin de chantier à la fin du mois",
    "je remplace une secrétaire en congé maternité, mon CDD finit le 15 mars",
    "ouvrier en CDD chez un paysagiste, ça s'arrête fin novembre et après rien",
    "CDD chez Amazon jusqu'au 24 décembre, après c'est fini, je voudrais une formation",
    "je suis en fin de CDD, dans un mois c'est terminé, je voudrais un bilan",
    "dernier mois de mon CDD à la boulangerie, ils ne me gardent pas",
    "mon contrat pro se termine en août et la boîte ne m'embauche pas",
  ])('given %s, when routed, then an employee between contracts: the CEP operator and France Travail', (text) => {
    const p = read(text);
    expect(p.status).toBe('salarie_prive');
    expect(p.betweenContracts).toBe(true);
    expect(operators(text)).toEqual(expect.arrayContaining(['cep_actifs_occupes', 'france_travail']));
  });

  it.each([
    "mon CDD se termine fin juin mais il sera renouvelé, je voudrais évoluer",
    "je suis en CDI dans le BTP, je voudrais devenir chef de chantier",
    "je suis vendeuse en CDI, je voudrais changer de rayon",
    'je suis maçon en CDI, fin de chantier vendredi et on part sur un autre à Lyon',
  ])('given %s, when read, then no ending: not between contracts', (text) => {
    expect(read(text).betweenContracts).not.toBe(true);
  });
});

describe('A seasonal job running until a month, the off season ahead', () => {
  it.each([
    "je travaille au camping jusqu'en septembre et l'hiver je sais jamais quoi faire",
    "je suis au snack de la plage jusqu'à fin août, et chaque hiver c'est galère",
    "je bosse aux remontées mécaniques jusqu'en avril, l'été je cherche toujours un truc",
    "Employé dans un parc d'attractions jusqu'à la Toussaint, je voudrais trouver quelque chose pour l'hiver.",
    "je suis à la paillote jusqu'en octobre puis l'hiver rien, je voudrais un métier à l'année",
    "serveuse dans un hôtel de la côte jusqu'en septembre, et l'hiver je tourne en rond",
    "jbosse o camping jusqua fin septembre et lhiver jsui a sec",
    "je travaille à la station jusqu'en avril et chaque été c'est la même question, je voudrais me stabiliser",
    "je suis serveur sur la côte jusqu'à fin septembre, et l'hiver je me retrouve toujours sans rien",
    "Je travaille dans un camping jusqu'à la Toussaint ; l'hiver, je ne sais jamais quoi faire.",
    "jbosse a la plage jusqu en septembre et lhiver c la galere, je veux un taf a l annee",
    "je travaille aux pistes jusqu'en avril, et l'été je sais jamais quoi faire",
    "je suis vendeuse dans une boutique de la station jusqu'en avril et chaque été c'est la même galère",
  ])('given %s, when routed, then a seasonal worker in season, not between contracts: the CEP operator', (text) => {
    const p = read(text);
    expect(p.status).toBe('saisonnier');
    expect(p.betweenContracts).toBe(false);
    expect(operators(text)).toContain('cep_actifs_occupes');
  });

  it('given an employee on a permanent contract working until a month, when read, then an employee still', () => {
    expect(read("je suis en CDI au camping, je travaille jusqu'en septembre puis l'hiver je fais l'entretien").status).toBe('salarie_prive');
  });
});

describe('A parental leave ending, the return to the post told', () => {
  it.each([
    'je dois reprendre après mon congé parental et je veux plus faire caissière',
    "mon congé parental prend fin en octobre et je ne veux pas reprendre mon poste de nuit",
    "je dois rentrer de congé parental en mars chez mon employeur mais je veux faire autre chose",
    'mon congé parental finit en septembre, je ne veux pas retourner à l\'usine',
    "Je suis en congé parental depuis deux ans, je reprends en janvier et j'aimerais changer de poste.",
    'fin de mon congé parental dans 3 mois, je veux pas retourner en boulangerie',
    'congé parental terminé en juin, je sais pas si je reprends mon poste de secrétaire',
    'je suis en congé parental pour mon deuxième, mon employeur attend mon retour en mars mais je voudrais me reconvertir',
    "jsuis en conge parental jusqua septembre et g pas envie de retourner au boulot d'avant",
    'Après trois ans de congé parental, je dois réintégrer mon poste de comptable le mois prochain ; je voudrais évoluer.',
    "mon congé parental s'arrête bientôt, j'aimerais faire une formation plutôt que de retourner à la cantine",
    "je reprends le travail après un congé parental d'éducation et je voudrais un bilan",
    "Je suis en congé parental et je dois reprendre mon poste d'aide-soignante en septembre, je ne me sens pas de retourner de nuit.",
    "congé parental fini le mois prochain, mon patron m'attend mais je veux changer de métier",
    "mon conge parental se termine en juin et jveux pas reprendre a la boulangerie",
    "retour de congé parental en janvier, je voudrais faire un bilan de compétences",
    "je suis en congé parental jusqu'en mars, et je dois retourner à l'entrepôt, je voudrais autre chose",
    "je finis mon congé parental en avril et je dois retourner chez mon employeur, mais j'ai envie d'autre chose",
    "en congé parental depuis 2 ans, reprise prévue en septembre dans mon entreprise de transport",
  ])('given %s, when routed, then an employee on leave, never inactive: the CEP operator', (text) => {
    const p = read(text);
    expect(p.status).toBe('salarie_prive');
    expect(operators(text)).toContain('cep_actifs_occupes');
  });

  it('given the leave ending told by a mother who does not want her old post back, when routed, then the CIDFF stays beside the CEP operator', () => {
    const { decision } = routed("Mon congé parental se termine en mars, après deux ans à la maison. Je ne veux pas retourner en caisse, j'aimerais changer de métier.");
    expect(decision.operatorTypes).toContain('cep_actifs_occupes');
    expect(decision.partners).toContain('cidff');
  });

  it.each([
    'je suis mère au foyer depuis six ans et je voudrais retravailler',
    "j'ai trois enfants et je voudrais reprendre un emploi après un congé parental",
    'Après un congé parental de quatre ans puis une année sans activité, je souhaite retrouver un travail dans le commerce.',
  ])('given %s, when read, then a parent back to work with no post to return to: not an employee', (text) => {
    expect(read(text).status).not.toBe('salarie_prive');
  });
});

describe("One's own business closing, told by a verb or a noun", () => {
  it.each([
    'je vais fermer mon salon de coiffure à la fin du mois, je sais pas ce que je vais faire',
    "je suis auto-entrepreneur en livraison, je vais tout arrêter à la fin du mois",
    "on met la clé sous la porte avec mon associé, notre agence de voyage ne tient plus",
    "j'ai pris la décision de fermer mon cabinet de kiné en juin",
    'je mets la clé sous la porte de ma boulangerie en décembre, et après je sais pas',
    'ma société est en liquidation judiciaire, je suis gérant, je dois retrouver un travail',
    'je radie ma micro-entreprise le mois prochain, ça ne rapporte rien',
    'Je suis artisan plombier et je cesse mon activité au 31 mars. Je souhaiterais me reconvertir.',
    "mon commerce ferme définitivement fin juin, c'est fini pour moi le commerce",
    'je ferme ma boutique en septembre, les loyers sont trop chers, je sais pas ce que je vais devenir',
    "auto entrepreneur, je vais tout arrêter et fermer mon auto-entreprise, j'ai plus de clients",
    'mon entreprise de maçonnerie est en redressement et je vais sûrement fermer',
    'fermeture de mon restaurant dans deux semaines, plus de clients depuis les travaux',
    'je suis commerçante, je vais déposer le bilan le mois prochain et je sais pas quoi faire après',
    "jvais fermer ma pizzeria fin du mois, c mort depuis le covid, je sais pas ce que je vais faire",
    "J'exerce en libéral comme kinésithérapeute et je vais cesser mon activité en juin ; je cherche une nouvelle voie.",
    'ma microentreprise de ménage ne marche plus, je vais la fermer et chercher un emploi salarié',
    "je vais fermer mon atelier de couture en décembre, ça ne rapporte plus rien",
    "Nous allons fermer notre épicerie à la fin de l'année ; je dois retrouver un emploi.",
    "je mets la clé sous la porte, mon garage ne tient plus, je sais pas ce que je vais faire à 52 ans",
    "fin du mois je ferme mon food truck, ça marche plus",
    "je vais radier mon auto-entreprise de ménage, et je sais pas quoi faire",
    "liquidation de ma société prévue en mars, je suis gérant et je dois rebondir",
    "je suis coiffeuse à mon compte, je vais arrêter en juin, ça ne marche plus",
    "J'ai décidé de fermer ma crêperie à la fin de la saison. Je cherche une nouvelle orientation.",
    "je ferme boutique fin décembre, trop de charges",
  ])('given %s, when routed, then self-employed losing the activity: the CEP operator and France Travail, no alarm', (text) => {
    const p = read(text);
    expect(p.status).toBe('independant');
    expect(p.emergencies).toEqual([]);
    expect(operators(text)).toEqual(expect.arrayContaining(['cep_actifs_occupes', 'france_travail']));
  });

  it.each([
    "le restaurant où je suis serveuse va fermer à la fin du mois, je sais pas ce que je vais faire",
    "je suis vendeur, notre magasin ferme en mars",
    'mon entreprise va fermer et je vais sûrement être licencié',
    'ma boîte ferme en juin, je suis cariste depuis 10 ans',
    "J'ai 45 ans et ma société, un sous-traitant automobile, est en liquidation : on va tous être licenciés.",
  ])('given %s, when read, then the employer closes: not self-employed', (text) => {
    expect(read(text).status).not.toBe('independant');
  });

  it.each([
    'je ferme mon restaurant le lundi et je voudrais me former à la pâtisserie',
    "mon salon ferme en août, j'en profite pour faire un bilan",
  ])('given %s, when read, then a routine closing: no activity lost', (text) => {
    expect(read(text).recentlyLostJob).not.toBe(true);
  });

  it.each([
    'ma boutique ne marche plus depuis les travaux dans la rue, je vais la fermer',
    'les bouchons dans la rue principale ont tué mon commerce, je vais fermer mon commerce en mai',
  ])('given %s, when read, then a street as a setting is no homelessness', (text) => {
    const p = read(text);
    expect(p.emergencies).not.toContain('sans_logement');
    expect(p.barriers).not.toContain('logement');
  });

  it.each([
    'je dors dans la rue depuis une semaine',
    "j'ai fermé mon restaurant et maintenant je suis à la rue, je dors dans ma voiture",
  ])('given %s, when read, then the street where one sleeps is still an emergency', (text) => {
    expect(read(text).emergencies).toContain('sans_logement');
  });
});

describe('A resignation weighed to retrain, unemployment benefit asked about', () => {
  it.each([
    "je voudrais démissionner pour faire une formation de menuisier mais est-ce que j'aurai le chômage ? je suis en CDI dans la logistique",
    "si je quitte mon CDI pour une formation de soudeur, j'ai droit au chômage ?",
    "je pense démissionner pour me former en pâtisserie, je suis aide-cuisinier en CDI, le chômage c'est possible ?",
    "je suis en CDI comme cariste et je veux démissionner pour me reconvertir dans la boulangerie, j'aurai droit au chômage ?",
    'si je démissionne pour une reconversion est-ce que je touche le chômage ? je suis aide-soignante en CDI',
    "Salarié en CDI depuis 8 ans, je souhaite démissionner pour suivre une formation d'infirmier. Ai-je droit à l'allocation chômage ?",
    "je veux quitter mon CDI pour faire une formation de plombier, on m'a dit que je pouvais garder le chômage si c'est un projet de reconversion",
    'demissionner pour une formation c possible avec le chomage ? je suis en cdi chez un transporteur',
    'je veux démissionner de mon poste de comptable pour devenir ébéniste, mais sans chômage je peux pas',
    "je suis technicienne de labo en CDI et j'aimerais démissionner pour reprendre des études de kiné, le chômage c'est possible ?",
    "j'hésite à démissionner pour faire un CAP pâtissier, je suis vendeur en CDI, et j'ai peur de pas avoir le chômage",
    'démission pour reconversion : je suis en CDI comme agent de sécurité et je veux me former en électricité',
    "je suis en CDI comme préparateur de commandes et je voudrais démissionner pour faire un CAP de boulanger, j'ai droit au chômage ?",
    "Je suis salariée en CDI. Si je démissionne pour me reconvertir en fleuriste, est-ce que j'ai le chômage ?",
    "cdi dans le nettoyage, je veux demissionner pour une formation d'aide soignante, g peur de pas avoir le chomage",
    "je voudrais quitter mon CDI de serveur pour devenir électricien, mais sans chômage c'est compliqué",
    "démissionner pour passer un CAP pâtissier, je suis magasinier en CDI, j'aurais le chômage ou pas ?",
  ])('given %s, when routed, then an employee (the job wins over « chômage » asked): the CEP operator and Transitions Pro', (text) => {
    const p = read(text);
    expect(p.status).toBe('salarie_prive');
    expect(operators(text)).toEqual(expect.arrayContaining(['cep_actifs_occupes', 'transitions_pro']));
  });

  it('given someone unemployed since resigning, when read, then a job seeker', () => {
    expect(read("j'ai démissionné il y a six mois et je suis au chômage depuis, je voudrais me reconvertir").status).toBe('demandeur_emploi');
  });
});

describe('A public contract worker whose contract ends beside a job search', () => {
  it.each([
    'je suis contractuel à la mairie, mon contrat se termine en juin et je cherche du travail',
    "contractuel à la communauté de communes, mon contrat n'est pas renouvelé en juin, je cherche du travail",
    "contractuelle à l'hôpital, mon CDD n'est pas renouvelé, je cherche un poste",
    'Agent contractuel au conseil départemental, mon contrat prend fin le 31 août ; je recherche un emploi.',
    "je suis AESH, mon contrat s'arrête en juillet et je cherche autre chose",
    'vacataire à la fac, fin de contrat en décembre, je cherche un boulot',
    'je suis en CDD à la mairie jusqu\'à fin mars et je cherche un emploi pour après',
    "contractuel éducation nationale, mon contrat n'est pas reconduit, je cherche un emploi",
    'je suis surveillante contractuelle au collège, mon contrat finit en juin, je cherche du travail',
    "Contractuelle à la mairie, mon contrat prend fin le 30 juin et je recherche un emploi.",
    "je suis AED contractuel au lycée, mon contrat finit fin août, je cherche du travail",
    "vacataire à l'université, mon contrat s'arrête en décembre, je cherche un poste",
    "agent contractuel à l'hôpital, CDD pas renouvelé fin mars, je cherche un emploi",
    "je suis contractuelle à la région, fin de contrat le 31 décembre, je cherche un emploi",
    "ATSEM contractuelle à la mairie, mon contrat se termine en juillet, je cherche autre chose",
  ])('given %s, when routed, then a public agent between contracts: the public employer and France Travail', (text) => {
    const p = read(text);
    expect(p.status).toBe('agent_public');
    expect(p.betweenContracts).toBe(true);
    expect(operators(text)).toEqual(expect.arrayContaining(['employer_public', 'france_travail']));
  });
});
