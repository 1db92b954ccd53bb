// Questions that belong to another door (FACTS.md, last row): a pension or a benefit amount and its
// computation, an employer's own hiring or staff training, advice on a decision or a step in a dispute
// with the employer. Read by the question's shape and its object, in every register; when a career need
// is told too, the career door stays open beside the other door. The false alarms sit beside each family:
// a career question that merely mentions money, a retirement that is only a horizon, a dispute that is over.
// Our own sentences, written before they were run.
import { describe, expect, it } from 'vitest';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import { operatorsFor, profileOf } from './readFirstMessage.js';

const decide = (text: string) => routeProfile(profileOf(text));

describe('A pension amount or its computation asked', () => {
  it.each([
    'je voudrais savoir combien je toucherai à la retraite',
    "à combien s'élèvera ma retraite si je pars à 62 ans ?",
    'Madame, Monsieur, je souhaiterais obtenir une estimation du montant de ma future pension.',
    'cmb je vais avoir de retraite avec 38 ans de cotisation',
    'il me manque combien de trimestres pour partir à taux plein ?',
    "j'ai travaillé en Espagne et en France, comment sera calculée ma retraite ?",
    "mon relevé de carrière est incomplet, il manque mes années d'intérim, comment le faire corriger ?",
    'quel sera le montant de ma pension de réversion ?',
    "je pars à la retraite l'an prochain et je voudrais connaître le montant que je vais percevoir",
    'Bonjour, pouvez-vous me calculer ma retraite ?',
    'ma retraite complémentaire agirc arrco, ça va faire combien par mois ?',
    'est ce que mes années de chômage comptent pour ma retraite',
    "combien de trimestres j'ai validés ? je veux savoir quand je peux partir",
    'retraite : montant estimé ? j’ai 61 ans et 160 trimestres',
    'g 62 ans jveux savoir ce que jvais toucher de retraite',
    'Je souhaiterais connaître le montant de la pension que je percevrai après une carrière en Belgique et en France.',
    'Quel montant de retraite puis-je espérer avec une carrière longue ?',
    'mes trimestres de maternité sont-ils pris en compte pour ma pension ?',
  ])('given a pension question, when routed, then the other door is named: %s', (text) => {
    expect(profileOf(text).outOfScope).toContain('montant_allocation');
    expect(operatorsFor(text)).toContain('out_of_scope');
  });

  it.each([
    'je suis à 5 ans de la retraite et je veux changer de métier',
    'je prépare ma retraite en me reconvertissant dans la menuiserie, par où commencer ?',
    "jeune retraitée, je voudrais reprendre une petite activité d'aide à domicile",
    "je travaille dans une caisse de retraite et je voudrais devenir infirmière",
  ])('given a career question with retirement as a horizon, when read, then no amount question: %s', (text) => {
    expect(profileOf(text).outOfScope).not.toContain('montant_allocation');
  });
});

describe('A benefit amount checked or its computation asked', () => {
  it.each([
    "j'ai reçu mon premier versement de l'ARE et je ne comprends pas comment il a été calculé",
    'le montant de mon allocation me semble faux, comment le vérifier ?',
    'mon chômage a baissé ce mois-ci sans explication, pourquoi ?',
    'Madame, Monsieur, je souhaiterais savoir sur quelle base est calculée mon allocation de retour à l’emploi.',
    'cb je vais toucher de chomage apres 3 ans de cdi a 2000 net',
    'ma prime d’activité a été divisée par deux, comment c’est calculé ?',
    "est-ce que j'ai droit aux APL en tant qu'étudiante, et combien ?",
    "quel est le montant de l'allocation adulte handicapé pour une personne seule ?",
    'mon indemnisation paraît trop basse par rapport à mon ancien salaire, y a-t-il une erreur ?',
    'jcomprend pas mon alloc elle est trop basse c normal ?',
    'comment est calculé le salaire journalier de référence ?',
    'Je voudrais une simulation de mes droits au chômage.',
    'ma bourse du crous a été réduite, pourquoi ?',
    'on m’a versé moins que prévu ce mois-ci à France Travail, comment ça se fait ?',
    'étudiant à Lille, combien d’APL pour une chambre à 380 € ?',
    'Je perçois l’ARE depuis septembre ; le montant versé est inférieur à celui annoncé. Pourriez-vous m’expliquer le calcul ?',
    'mes indemnités de licenciement vont-elles retarder ou réduire mon chômage ?',
  ])('given a benefit amount question, when routed, then the other door is named: %s', (text) => {
    expect(profileOf(text).outOfScope).toContain('montant_allocation');
    expect(operatorsFor(text)).toContain('out_of_scope');
  });

  it.each([
    ["c'est pour savoir combien je vais toucher de chômage, j'ai été licenciée lundi, et je voudrais aussi faire une formation de soudeuse", 'france_travail'],
    ["j'ai perdu mon emploi le mois dernier, est-ce que j'ai droit au chômage et combien ? je voudrais aussi me reconvertir", 'france_travail'],
    ['licencié il y a 10 jours, je veux connaître le montant de mes allocations et trouver une formation', 'france_travail'],
    ["on m'a remerciée à la fin de ma période d'essai, je vais toucher combien de chômage ? et je cherche du travail", 'france_travail'],
  ])('given a benefit amount and a lost job, when routed, then both doors: %s', (text, career) => {
    const operators = operatorsFor(text);
    expect(operators).toContain('out_of_scope');
    expect(operators).toContain(career);
  });

  // The older sets label a bare amount after a job loss as the other door only (no follow-up question):
  // France Travail comes beside it when a career need is told, as above.
  it.each([
    'mon CDD s’est terminé hier, ai-je droit au chômage et à combien ?',
    'je viens d’être licencié, combien je vais toucher par mois ?',
  ])('given a bare benefit amount after a job loss, when routed, then the other door without questions: %s', (text) => {
    const decision = decide(text);
    expect(decision.operatorTypes).toEqual(['out_of_scope']);
    expect(decision.missing).toEqual([]);
  });

  it.each([
    'je voudrais une formation payée pour devenir cariste',
    'est-il possible de garder mon salaire pendant une formation de dix mois ?',
    "combien coûte une formation d'aide-soignante ?",
    'combien de temps dure une formation de plombier ?',
    'je suis au RSA et je cherche un emploi de vendeuse',
    "je gagne 1400 € par mois et je voudrais un métier mieux payé",
    'est-ce que le CPF peut financer mon permis poids lourd ?',
  ])('given a career question that mentions money, when read, then no amount question: %s', (text) => {
    expect(profileOf(text).outOfScope).toEqual([]);
  });
});

describe("An employer's own hiring or staff training", () => {
  it.each([
    'je suis arboriculteur et je cherche une dizaine de saisonniers pour la récolte',
    "je tiens une boulangerie et j'aimerais recruter un vendeur pour l'été",
    'je suis maire d’une petite commune, nous voulons former nos agents techniques',
    "j'ai un salarié qui voudrait passer son CACES, comment je peux financer ça ?",
    'Madame, Monsieur, gérant d’une PME de 12 salariés, je souhaite mettre en place un plan de formation.',
    'mon apprenti veut faire un CAP pâtisserie en plus, comment je le finance ?',
    "je suis viticulteur, il me faut des vendangeurs pour septembre, vous pouvez m'aider ?",
    'je cherche un apprenti pour mon garage',
    'on a un restaurant et on cherche un commis de cuisine, comment passer une annonce ?',
    'patron d’un bar, jcherche un serveur pour la saison',
    'je dirige une crèche associative et je voudrais former mes auxiliaires au secourisme',
    "mon employée voudrait faire une VAE, comment puis-je l'accompagner en tant qu'employeur ?",
    'je suis artisan plombier et je voudrais prendre un apprenti, comment faire ?',
    "commerçante, j'ai besoin d'une vendeuse saisonnière pour juillet-août",
    'en tant que maire je dois recruter une secrétaire de mairie, qui peut m’aider ?',
    'nous sommes un cabinet d’architectes et nous voulons former deux collaborateurs à Revit',
    'agriculteur, jai besoin de bras pour la moisson, ou trouver du monde ?',
    'je suis exploitante agricole et je dois faire former mon salarié au certiphyto',
    'ma boîte de nettoyage cherche cinq agents d’entretien, vous pouvez diffuser l’offre ?',
    "Je suis fleuriste et mon apprentie souhaite se former à l'art floral événementiel : quels financements pour moi employeur ?",
  ])("given an employer's staff question, when routed, then the other door is named: %s", (text) => {
    expect(profileOf(text).outOfScope).toContain('besoin_formation_employeur');
    expect(operatorsFor(text)).toContain('out_of_scope');
  });

  it.each([
    'je suis boulanger et je veux me reconvertir dans l’informatique',
    'je cherche un patron pour mon apprentissage en boulangerie',
    'je voudrais être cueilleur pour la saison des pommes',
    'mon employeur veut me payer une formation de soudeur, comment ça se passe ?',
    'je suis saisonnier et je cherche une place pour les vendanges',
    'je suis apprentie en pâtisserie et je voudrais me former à la chocolaterie',
  ])('given a person seeking work or training for themselves, when read, then no employer question: %s', (text) => {
    expect(profileOf(text).outOfScope).not.toContain('besoin_formation_employeur');
  });
});

describe('Advice on a decision or a step in a dispute with the employer', () => {
  it.each([
    'mon patron me propose une rupture conventionnelle, je signe ou pas ?',
    'Dois-je accepter la rupture conventionnelle proposée par mon employeur ?',
    "on me propose une rupture co, c'est intéressant pour moi ou vaut mieux un licenciement ?",
    'mon employeur ne me paie plus mes heures supplémentaires, que faire ?',
    "mon salaire de novembre n'a toujours pas été versé, quels recours ?",
    "j'ai reçu un avertissement que je trouve injuste, comment le contester ?",
    'ma cheffe me harcèle depuis des mois, à qui m’adresser ?',
    'je veux signaler un harcèlement moral dans mon entreprise',
    'Madame, Monsieur, mon employeur refuse de me verser la prime de fin d’année prévue au contrat. Quelles démarches puis-je engager ?',
    "mon patron m'doit 2 mois de salaire jfais comment",
    'mon employeur veut me muter à 200 km, est-ce que je peux refuser ?',
    'on me propose un avenant à mon contrat avec une baisse de salaire, je dois accepter ?',
    'ils veulent me licencier pour faute grave, comment me défendre ?',
    "mon employeur ne m'a pas donné mon solde de tout compte, que dois-je faire ?",
    'mes fiches de paie sont fausses depuis 3 mois, qui contacter ?',
    'Mon employeur me demande de démissionner plutôt que de me licencier, que me conseillez-vous ?',
    'heures sup jamais payées depuis le printemps, je fais quoi',
    'ma direction refuse mes congés payés, quels sont mes recours ?',
    "Madame, Monsieur, mon employeur ne me règle plus mes primes depuis deux mois. Quelles démarches dois-je entreprendre ?",
  ])('given a dispute question, when routed, then the other door is named: %s', (text) => {
    expect(profileOf(text).outOfScope).toContain('litige_employeur');
    expect(operatorsFor(text)).toContain('out_of_scope');
  });

  it.each([
    'on me propose une rupture conventionnelle, je signe ? ensuite je veux me reconvertir en boulangerie, je suis en CDI dans une assurance',
    "Madame, Monsieur, mon employeur m'a proposé une rupture conventionnelle. Dois-je l'accepter ? Je souhaiterais par ailleurs me reconvertir dans le paysagisme. Je suis salarié en CDI.",
    "je suis en CDI, mon employeur ne paie plus mes heures sup, que faire ? de toute façon je veux changer de métier",
  ])('given a dispute question and a career wish of an employee, when routed, then both doors: %s', (text) => {
    const operators = operatorsFor(text);
    expect(operators).toContain('out_of_scope');
    expect(operators).toContain('cep_actifs_occupes');
  });

  it.each([
    "j'ai signé une rupture conventionnelle le mois dernier, je cherche maintenant une formation",
    'mon litige avec mon ancien employeur est réglé, je veux me reconvertir',
    "j'ai gagné aux prud'hommes l'an dernier, maintenant je voudrais faire un bilan de compétences",
    'après ma rupture conventionnelle signée en juin je voudrais devenir électricien',
  ])('given a dispute that is over and a career need, when read, then no dispute question: %s', (text) => {
    expect(profileOf(text).outOfScope).not.toContain('litige_employeur');
  });
});

describe('Other doors told without their usual words', () => {
  it.each([
    'les allocations, elles seront de combien après mon CDD ?',
    'mon ARE ça fera combien par mois',
    'Je souhaiterais connaître le montant et la durée de mon indemnisation.',
    'à quelles allocations j’aurai droit après mon contrat, et leur montant ?',
    'On m’a annoncé 31 euros par jour, comment ils ont calculé ça ?',
    'le montant a dégringolé ce mois-ci sur mon virement France Travail, pourquoi ?',
    "pourquoi ma prime d'activité a-t-elle été supprimée ?",
    'Je sollicite des précisions sur le calcul de mon allocation chômage.',
    'ma pension me paraît trop basse, je crois que le montant est faux',
  ])('given a benefit amount in other words, when read, then an amount question: %s', (text) => {
    expect(profileOf(text).outOfScope).toContain('montant_allocation');
  });

  it.each([
    "l'agence d'intérim veut pas me payer mes indemnités de fin de mission, c normal ?",
    'le patron a gardé mes primes de fin de saison, jfais quoi',
    'je voudrais récupérer ce que mon employeur me doit en heures sup',
    'Je n’ai toujours pas reçu mon solde de tout compte depuis mon départ.',
    'Je souhaite faire valoir mes droits face à ma direction qui m’a retiré mes primes.',
    "mon contrat d'intérim a été renouvelé quatre fois, c'est illégal ?",
  ])('given a dispute in other words, when read, then a dispute question: %s', (text) => {
    expect(profileOf(text).outOfScope).toContain('litige_employeur');
  });

  it.each([
    "nous voudrions accueillir un jeune en apprentissage dans notre garage, quelles démarches ?",
    "j'emploie trois vendeuses et je voudrais qu'une d'elles passe un titre pro, comment le financer ?",
    'je souhaite prendre une étudiante en alternance dans mon cabinet',
  ])("given an employer's staff in other words, when read, then an employer's question: %s", (text) => {
    expect(profileOf(text).outOfScope).toContain('besoin_formation_employeur');
  });

  it.each([
    "j'ai reçu mon salaire hier et je voudrais changer de métier",
    'je voudrais faire valoir mes droits à la formation',
    'mon chômage s’arrête en mars, je voudrais une formation avant',
    'je voudrais trouver une entreprise pour faire mon BTS en alternance',
    'je cherche un employeur pour mon contrat d’apprentissage',
    'je ne sais pas si je dois demander une rupture conventionnelle ou une disponibilité pour me reconvertir',
    'je cherche des pistes de reconversion et des secteurs qui recrutent',
    'je cherche des chantiers en maçonnerie',
  ])('given a career question in the same words, when read, then no other door: %s', (text) => {
    expect(profileOf(text).outOfScope).toEqual([]);
  });
});

describe('A tax question of one’s own income or home', () => {
  it.each([
    'Est-ce que ma prime de licenciement est imposable ?',
    'mes heures sup sont défiscalisées ou pas ?',
    "j'ai reçu un avis de taxe d'habitation alors que je suis étudiant, c'est normal ?",
    'quelles conséquences fiscales si je passe en micro-entreprise ?',
    "je dois payer la CFE alors que j'ai fermé en juin ?",
    'g été imposé cette année alors que je gagne presque rien, pourquoi ?',
    'Madame, Monsieur, quel serait le régime fiscal de mes indemnités de rupture ?',
  ])('given a tax question, when read, then the tax door: %s', (text) => {
    expect(profileOf(text).outOfScope).toContain('question_impots');
  });

  it.each([
    'je voudrais devenir conseiller fiscal',
    'je travaille au centre des impôts et je veux me reconvertir',
    'je voudrais une formation en fiscalité des entreprises, laquelle choisir ?',
    "mon employeur m'a imposé des horaires de nuit et je veux changer de métier",
  ])('given tax words in a career question, when read, then no tax door: %s', (text) => {
    expect(profileOf(text).outOfScope).not.toContain('question_impots');
  });
});
