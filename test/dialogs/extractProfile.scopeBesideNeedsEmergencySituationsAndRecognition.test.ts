// Out-of-scope questions next to a career need (both doors), dismissals told in slang, taxes and
// benefits asked formally, emergencies told as situations (a hotel night that cannot be paid, a knife,
// a couch or a shelter ending, a car lived in, supplies cut), a disability recognition paraphrased and a
// business creation told as an installation. Our own sentences; the false alarms sit beside each family.
import { describe, expect, it } from 'vitest';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import { profileOf } from './readFirstMessage.js';

const decide = (text: string) => routeProfile(profileOf(text), undefined, { checkPlace: false });
const route = (text: string) => decide(text).operatorTypes;

describe('A rights question beside a wish to leave the company', () => {
  it.each([
    'mon patron me paye pas mes heures sup, jai le droit de faire quoi ? de toute façon je veux quitter cette boîte',
    "ma cheffe m'oblige à venir le dimanche, c'est légal ? et puis j'en ai marre je veux changer de boîte",
    "mon employeur a baissé mon salaire sans me prévenir, il peut faire ça ? j'ai envie de partir de cette entreprise",
    'mon boss retient mes primes depuis 3 mois il a le droit ?? jveux me barrer de cette boite',
    "la direction m'impose des horaires de nuit, est-ce normal ? Par ailleurs je souhaite quitter mon entreprise et trouver un autre poste",
    'on me paie pas mes congés, c koi mes droits ? jen ai marre de cette boite jveux partir',
    "mon responsable me retire des heures chaque mois, j'ai le droit de refuser ? et je voudrais aussi aller voir ailleurs",
    "le gérant me fait bosser 50h par semaine sans les payer il peut faire ça ?? en plus je veux me casser de ce resto",
    "Bonjour, mon employeur ne respecte pas mon contrat, quels sont mes recours ? Je souhaiterais également changer d'employeur.",
  ])('given a rights question and a wish to leave, when routed, then out of scope and the career door open: %s', (text) => {
    const p = profileOf(text);
    expect(p.outOfScope).toContain('litige_employeur');
    expect(p.needs.length).toBeGreaterThan(0);
    const decision = decide(text);
    expect(decision.operatorTypes).toContain('out_of_scope');
    // The career door stays open: no pure redirection that suppresses the status routing.
    expect(decision.matchedRules).not.toContain('out_of_scope.only');
  });

  it.each([
    "je veux quitter cette boîte pour me reconvertir dans l'informatique",
    "j'ai le droit à combien sur mon CPF pour une formation de cariste ?",
    "est-ce que j'ai le droit de faire un bilan de compétences pendant mon arrêt ?",
  ])('given a career question with « droit » or « quitter », when read, then no employer dispute: %s', (text) => {
    expect(profileOf(text).outOfScope).not.toContain('litige_employeur');
  });
});

describe('Fired told in slang: the job is lost', () => {
  it.each([
    "mon patron m'a viré du jour au lendemain, je veux l'attaquer aux prud'hommes et en attendant faut que je retrouve un travail",
    "je me suis fait virer la semaine dernière, c'est légal sans entretien ? je cherche un nouveau boulot",
    "mon chef m'a lourdé hier sans raison, je peux contester ? faut que je bosse",
    "j'ai été remerciée après 8 ans de boîte, il a le droit ? je dois retrouver un emploi",
    "ils m'ont mis à la porte comme un chien, c'est légal ? faut bien que je trouve du travail",
    "la boîte m'a viré pendant mon arrêt maladie, est-ce légal ? je cherche un emploi",
    "mon patron m'a dégagé vendredi sans préavis, je veux l'attaquer et retrouver un taf",
    "je me suis fait lourder de mon resto, jveux les attaquer aux prud'hommes",
  ])('given a dismissal in slang, when read, then a job seeker who lost the job: %s', (text) => {
    const p = profileOf(text);
    expect(p.status).toBe('demandeur_emploi');
    expect(p.recentlyLostJob).toBe(true);
  });

  it.each([
    "mon patron m'a viré du jour au lendemain, je veux l'attaquer aux prud'hommes et en attendant faut que je retrouve un travail",
    "je me suis fait virer la semaine dernière, c'est légal sans entretien ? je cherche un nouveau boulot",
    "mon chef m'a lourdé hier sans raison, je peux contester ? faut que je bosse",
    "mon patron m'a dégagé vendredi sans préavis, je veux l'attaquer et retrouver un taf",
    "Suite à mon licenciement verbal par mon responsable, je souhaiterais connaître mes droits et retrouver rapidement un poste.",
    'mon boss ma viré hier jsp si il a le droit, faut que je retrouve un job',
  ])('given a dismissal in slang, a dispute and a job needed, when routed, then both doors: %s', (text) => {
    expect(route(text)).toEqual(expect.arrayContaining(['out_of_scope', 'france_travail']));
  });

  it('given the employer putting the person out, when read, then a job lost and no housing emergency', () => {
    const p = profileOf("mon patron m'a mis à la porte hier, il a le droit ?");
    expect(p.recentlyLostJob).toBe(true);
    expect(p.emergencies).toEqual([]);
  });

  it.each([
    "mon patron menace de me virer si je refuse les heures sup, il a le droit ?",
    "il veut me virer, est-ce qu'il peut faire ça alors que je suis en CDI ?",
    "je suis salarié, j'ai peur de me faire virer, je voudrais me reconvertir",
    "je vous remercie de votre aide, je suis salariée et je veux changer de métier",
    "j'ai viré mon ancien CV et j'en ai refait un, je suis en CDI et je cherche ailleurs",
  ])('given a dismissal only threatened or the words elsewhere, when read, then still in work: %s', (text) => {
    const p = profileOf(text);
    expect(p.status).not.toBe('demandeur_emploi');
    expect(p.recentlyLostJob).not.toBe(true);
  });
});

describe('Taxes on income asked in other words', () => {
  it.each([
    "je fais des traductions en freelance, je ne comprends rien à ma déclaration et je ne sais pas combien je vais payer d'impôts",
    "auto-entrepreneur depuis un an, combien d'impôts je vais devoir payer sur mon chiffre d'affaires ?",
    "je suis graphiste indépendante, je voudrais comprendre mon avis d'imposition",
    "comment ça marche le prélèvement à la source quand on est à son compte ?",
    "est-ce que je dois payer la TVA sur mes prestations en micro-entreprise ?",
    "je sais pas quoi mettre sur ma déclaration de revenus pour mes missions en freelance",
    "je suis VTC à mon compte et je paie trop d'impôts, comment faire baisser ?",
    "je suis artisan plombier, je comprends rien aux impôts que je dois payer cette année",
    "combien je vais être imposé sur mes revenus d'auto-entrepreneur ?",
  ])('given a tax question, when read, then a tax question out of scope: %s', (text) => {
    expect(profileOf(text).outOfScope).toContain('question_impots');
  });

  it.each([
    "je suis agent des finances publiques au centre des impôts et je veux me reconvertir",
    "je travaille aux impôts depuis 15 ans, je voudrais faire un bilan de compétences",
    'je voudrais devenir conseiller fiscal, quelle formation ?',
  ])('given taxes as a workplace or a trade, when read, then no tax question: %s', (text) => {
    expect(profileOf(text).outOfScope).not.toContain('question_impots');
  });
});

describe('A benefit asked formally', () => {
  it.each([
    "Madame, Monsieur, ayant récemment emménagé à Toulon, je souhaiterais savoir si je peux bénéficier de l'aide au logement et pour quel montant.",
    "Je voudrais savoir si j'ai droit aux APL pour mon studio",
    "suis-je éligible à la prime d'activité avec un temps partiel ?",
    "est-ce que je peux toucher les allocations familiales pour mon deuxième enfant ?",
    "à combien s'élèverait mon allocation chômage après mon CDD ?",
    "quel serait le montant de mon AAH si je reprends à mi-temps ?",
    'jpeux avoir la caf pour mon appart ?',
    "je souhaiterais connaître le montant de l'aide au logement à laquelle je pourrais prétendre",
    'apl combien pour un studio ?',
  ])('given a benefit asked, when read, then a benefit amount out of scope: %s', (text) => {
    expect(profileOf(text).outOfScope).toContain('montant_allocation');
  });

  it.each([
    'combien il me reste sur mon CPF pour une formation de soudeur ?',
    'pendant un projet de transition professionnelle, est-ce que je garde mon salaire ?',
    'quel est le montant pris en charge pour une formation de conducteur de bus ?',
    "je suis conseillère à la CAF et je voudrais évoluer vers un poste de cadre",
  ])('given a career funding question, when read, then still in scope: %s', (text) => {
    expect(profileOf(text).outOfScope).not.toContain('montant_allocation');
  });
});

describe('Emergencies told as situations', () => {
  it.each([
    "je suis intérimaire, ma mission s'est arrêtée et l'hôtel où je suis je peux plus payer, c'est ce soir la dernière nuit",
    "je loge à l'hôtel depuis deux semaines mais je n'ai plus de quoi payer la chambre après ce soir",
    "l'hôtel c'est fini demain, je peux plus payer les nuits",
    'je suis dans un airbnb que je ne peux plus payer, je dois partir demain matin',
    'hotel plus payable apres ce soir, 2 enfants',
  ])('given a paid room that ends now, when read, then a housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).toContain('sans_logement');
  });

  it.each([
    "Il m'a menacée avec un couteau ce matin. J'habite avec lui et je ne veux pas rentrer ce soir.",
    'mon copain a sorti un couteau hier soir, j’ai peur de rentrer à la maison',
    "mon mari m'a mis un couteau sous la gorge, je suis chez une voisine",
    'il a levé la main sur moi devant les enfants, je ne veux pas rentrer chez nous',
    "il m'a menacée avec son fusil de chasse, je suis partie avec les petits",
    "mon compagnon m'a menacée avec un marteau hier soir, je suis chez ma mère",
  ])('given a weapon or a raised hand at home, when read, then a violence emergency: %s', (text) => {
    expect(profileOf(text).emergencies).toContain('violence');
  });

  it.each([
    'mon pote me laisse dormir sur son canapé mais demain c’est fini',
    "je dors chez une copine depuis trois semaines, elle m'a dit que je dois partir demain",
    "je vis dans ma voiture depuis un mois, je cherche du travail",
    'ma voiture c’est ma maison depuis que je me suis séparé',
    'mon séjour au foyer se termine vendredi et je ne sais pas où aller',
    'le 115 me met dehors demain matin',
    "ma prise en charge à l'hôtel social s'arrête ce week-end",
  ])('given a couch, a car or a shelter, when read, then a housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).toContain('sans_logement');
  });

  it.each([
    'on nous coupe tout demain, l’électricité et l’eau, je sais plus quoi faire',
    "j'ai pas un sou pour acheter à manger aujourd'hui",
    'je ne sais pas comment je vais nourrir mes enfants ce soir',
    "ils m'ont coupé le courant hier, on a plus rien",
  ])('given food or energy gone today, when read, then an emergency: %s', (text) => {
    expect(profileOf(text).emergencies.length).toBeGreaterThan(0);
  });

  it.each([
    "je suis réceptionniste dans un hôtel, ce soir c'est ma dernière nuit de garde avant mes congés, je voudrais me reconvertir",
    'je travaille de nuit dans un hôtel à Nice et je voudrais passer de jour',
    "c'est notre dernière nuit de vacances à l'hôtel, je rentre demain et je veux faire un bilan de compétences",
    'je suis cuisinier, je me suis coupé avec un couteau et je veux changer de métier',
    'je suis commis de cuisine, je passe mes journées avec un couteau à la main, je veux une formation',
    'veilleur de nuit dans un foyer, je voudrais devenir éducateur',
    "mon contrat à l'hôtel se termine vendredi, je cherche une autre saison",
    'le chef me coupe tout le temps la parole en réunion, je veux changer de service',
    'mon patron il me met dehors demain, je cherche un autre emploi',
    "je dors chez un pote, mon stage c'est fini demain",
    'je dors dans ma voiture pendant mes déplacements pro, je suis commercial',
    "boucher depuis 20 ans, les couteaux c'est mon quotidien, je voudrais me reconvertir",
    "ma voiture c'est mon bureau, je suis commercial itinérant et je veux évoluer",
  ])('given a hotel job, a holiday night, a cook’s knife, when read, then no emergency: %s', (text) => {
    expect(profileOf(text).emergencies).toEqual([]);
  });
});

describe('A disability recognition paraphrased', () => {
  it.each([
    "j'ai 60 ans, j'ai la reconnaissance à vie pour mon dos, je suis au RSA et je cherche un petit boulot",
    'je suis reconnue travailleuse handicapée depuis 2019 et je cherche un emploi',
    "j'ai le statut handicapé et je cherche du travail",
    'la MDPH m’a reconnu travailleur handicapé l’an dernier, je cherche un poste adapté',
    'j’ai une reconnaissance pour mon genou jusqu’en 2028, je suis au chômage',
    'jai la reconnaissance mdph et je suis demandeur d emploi',
    "j'ai le statut de travailleur handicapé, je suis sans emploi",
  ])('given a recognition told in other words, when read, then RQTH yes: %s', (text) => {
    expect(profileOf(text).rqth).toBe('oui');
  });

  it.each([
    "je n'ai aucune reconnaissance pour mon travail, je veux changer de boîte",
    "j'ai la reconnaissance de mes collègues mais pas de mon patron, je veux évoluer",
  ])('given recognition by colleagues, when read, then no RQTH: %s', (text) => {
    expect(profileOf(text).rqth).not.toBe('oui');
  });
});

describe('A business creation told as an installation', () => {
  it.each([
    "demandeur d'emploi, je porte un projet d'installation en maraîchage biologique",
    "je voudrais m'installer comme paysagiste à mon compte",
    "je veux m'installer comme paysagiste dans ma région",
    'je souhaite reprendre une ferme laitière en Normandie',
    'projet de reprise d’une exploitation viticole, je cherche un accompagnement',
    "j'aimerais m'installer en tant qu'ostéopathe",
    "je prépare mon installation agricole en élevage de chèvres",
    "je veux m'installer en libéral comme infirmière",
    "projet de reprise d'un élevage laitier, je suis salarié agricole",
    "je compte m'installer à mon compte comme électricien",
    "installation comme boulanger prévue en 2027, besoin d'aide pour le financement",
  ])('given an installation project, when read, then a creation need: %s', (text) => {
    expect(profileOf(text).needs).toContain('creation_entreprise');
  });

  it.each([
    "je viens de m'installer à Lyon et je cherche un emploi",
    'je suis installateur de panneaux solaires et je veux changer de métier',
    "je voudrais m'installer dans une autre région et trouver un CDI",
    "je vais m'installer chez mon copain à Lyon et chercher du travail là-bas",
    "je me suis installé à Nantes l'an dernier, je cherche un emploi de comptable",
    'je veux faire une formation pour installer des cuisines en tant que salarié',
  ])('given a move or an installer’s trade, when read, then no creation need: %s', (text) => {
    expect(profileOf(text).needs).not.toContain('creation_entreprise');
  });
});
