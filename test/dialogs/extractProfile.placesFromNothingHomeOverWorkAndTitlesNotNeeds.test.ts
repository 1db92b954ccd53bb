// Precision of what a first message is read to say, with sentences of our own in every register:
// no place made up from an ordinary word (« à lire », « sur le papier »), a job title is no need
// (« directrice financière » asks for no funding), and where the person lives beats where they work.
// Real territory referential, real extraction.
import { describe, expect, it } from 'vitest';
import { findPlaceInText } from '../../knowledge/territory/index.js';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';

function departementOf(text: string): string | undefined {
  const m = findPlaceInText(text);
  if (!m || m.role === 'work_or_study') return undefined;
  const r = m.result;
  return r.kind === 'commune' || r.kind === 'departement' ? r.place.departement : r.kind === 'ambiguous' ? 'ambiguous' : r.kind;
}

describe('No place read from ordinary words', () => {
  it.each([
    ["En réalité je passe mes soirées à lire des fiches métiers sur l'enseignement et l'artisanat."],
    ['Sur le papier tout va bien, je suis en CDI depuis six ans.'],
    ["j'ai du mal à dormir depuis mon licenciement"],
    ['je commence à douter de tout, 44 ans et plus de boulot'],
    ["j'ai appris à coudre toute seule et j'aimerais en faire mon métier"],
    ['je suis prête à bouger pour un poste mais je sais pas par où commencer'],
    ["j'hésite à reprendre des études à mon âge"],
    ['mon CV est à refaire, je ne sais pas comment le présenter'],
    ['formation pour apprendre à souder svp'],
    ["j'arrive pas à me concentrer au boulot, je suis épuisé"],
    ["je me suis mise à peindre et j'aimerais en vivre"],
    ['je n’ai rien à perdre, je veux changer de métier'],
    ['je suis payée à la tâche et ça ne suffit plus'],
    ['bjr jsuis a fond dans la recherche de taf mais rien'],
    ['Je suis en arrêt suite à une chute, je crains pour mon poste.'],
    ['je passe mon temps à relire mes candidatures'],
    ["Je m'intéresse à la charpente et à la menuiserie depuis longtemps."],
    ['mon mari me pousse à changer, moi je doute'],
    ["j'aime bien aider les gens et je pense à devenir aide-soignante"],
    ['Je suis à la recherche d’un emploi dans la vente depuis trois mois.'],
    ['Madame, Monsieur, je souhaiterais être accompagnée dans ma démarche de reconversion.'],
    ['je suis pas fait pour rester assis à taper sur un clavier toute la journée'],
    ["je suis lent à écrire mais je sais lire"],
    ['je perds mon temps à chercher sur internet'],
    ['salut je suis a la ramasse, au chomage depuis 1 an'],
    ['depuis la Toussaint je suis au chômage'],
    ['Je suis perdue. Parce que plus rien ne va au travail.'],
    ['SOS je sais plus quoi faire'],
  ])('Given no place in « %s », When reading it, Then no place is found', (text) => {
    expect(findPlaceInText(text)).toBeUndefined();
  });

  it.each([
    ["j'habite à Tours et je cherche du travail", '37'],
    ['je vis à Montauban depuis dix ans', '82'],
    ['Je suis à Lens, au chômage depuis mars.', '62'],
    ["j'habite Liré, dans le Maine-et-Loire", '49'],
    ['bonjour je suis sur Angers et je cherche une formation', '49'],
  ])('Given a place told, When reading « %s », Then it is still found (%s)', (text, dep) => {
    expect(departementOf(text)).toBe(dep);
  });
});

describe('A job title is not a need', () => {
  it.each([
    ['Je suis directrice financière dans un groupe de distribution depuis six ans, je me demande si je dois changer.', 'financement'],
    ['directeur administratif et financier, 52 ans, je veux faire un bilan', 'financement'],
    ['je suis formatrice en FLE depuis dix ans et je voudrais changer de métier', 'formation'],
    ['conseillère en financement dans une banque, je sature', 'financement'],
    ['Je suis contrôleur financier dans une PME et je veux me reconvertir', 'financement'],
    ['responsable formation dans une PME, je veux évoluer', 'formation'],
    ['je suis formateur d’adultes depuis 15 ans, je cherche autre chose', 'formation'],
    ['analyste financier en banque et envie de reconversion', 'financement'],
    ['assistante de formation dans un organisme, je voudrais faire un bilan de compétences', 'formation'],
    ['jsuis chargé de financement de projets et jen peux plus', 'financement'],
    ['Conseillère en création d’entreprise à la CCI depuis 8 ans, je voudrais changer de métier.', 'creation_entreprise'],
    ['je suis consultante en bilan de compétences et je veux me reconvertir', 'bilan'],
    ['accompagnatrice VAE dans un organisme, je cherche un autre poste', 'vae'],
    ['coach en reconversion, 50 ans, je sature et je voudrais faire une pause', 'reconversion'],
    ['moi je suis conseiller d’orientation scolaire et je veux partir du public', 'etudes'],
    ['je suis directrice de centre de formation et je veux changer', 'formation'],
    ['je bosse dans un organisme de formation comme secrétaire, je veux changer de métier', 'formation'],
    ['Je travaille dans un centre de formation depuis cinq ans.', 'formation'],
    ['comptable dans un cabinet de bilan de compétences, je tourne en rond', 'bilan'],
    ['je suis assistante dans une société de financement', 'financement'],
    ["je travaille dans la finance depuis 20 ans et j'en ai marre", 'financement'],
    ["je suis dans le service formation d'un grand groupe", 'formation'],
    ['jbosse ds une boite de formation pro, jveux autre chose', 'formation'],
  ])('Given « %s », When reading it, Then the need %s is not read from the title or the workplace', (text, need) => {
    expect(extractProfile(text).profile.needs).not.toContain(need);
  });

  it.each([
    ['je voudrais financer une formation de comptable', 'financement'],
    ['je voudrais financer ma reconversion', 'financement'],
    ['je cherche une formation de soudeur', 'formation'],
    ['je suis directrice financière et je voudrais savoir comment financer une formation', 'financement'],
    ['formatrice, je veux faire une formation en psychologie', 'formation'],
    ['je voudrais voir un conseiller en création d’entreprise', 'creation_entreprise'],
    ['je cherche un centre de formation pour devenir électricien', 'formation'],
    ["je voudrais m'inscrire dans un centre de formation", 'formation'],
    ['je veux entrer dans un organisme de formation pour passer le CACES', 'formation'],
    ['je suis formatrice et je veux faire une VAE', 'vae'],
    ['je voudrais faire un bilan de compétences', 'bilan'],
    ['consultante RH, je voudrais faire un bilan de compétences', 'bilan'],
  ])('Given a need told with or without a title, When reading « %s », Then the need %s stays', (text, need) => {
    expect(extractProfile(text).profile.needs).toContain(need);
  });
});

describe('Where the person lives beats where they work', () => {
  it.each([
    ["bonjour alors on a un plan social chez nous je suis cadre dans l'aéronautique à Toulouse mais j'habite à Montauban et je voudrais savoir comment me préparer", '82'],
    ['je travaille à Lyon mais je vis à Bourg-en-Bresse', '01'],
    ["infirmière au CHU de Rennes, j'habite à Vitré", '35'],
    ['je bosse sur Bordeaux, jhabite Libourne', '33'],
    ["J'habite à Montauban et je travaille à Toulouse.", '82'],
    ['Je réside à Arras, je travaille à Lille depuis 2015.', '62'],
    ['On a un plan social chez nous, je suis technicien à Toulouse et j’habite Montauban', '82'],
    ['caissière chez Carrefour à Metz mais j’habite à Thionville', '57'],
    ['mon taf cest a Grenoble, je vis a Voiron', '38'],
    ['Je travaille à Paris. J’habite à Meaux.', '77'],
    ['je suis prof à Marseille, je vis à Avignon', '84'],
    ['Salarié d’une PME à Dijon, je réside à Chalon-sur-Saône.', '71'],
    ['chez nous à l’usine de Cholet ça va fermer, moi j’habite à Angers', '49'],
    ['mon boulot est à Nantes et chez moi c’est à Vannes', '56'],
    ['le CHU de Limoges m’emploie depuis 10 ans, je vis à Guéret', '23'],
    ['je bosse à Nîmes mais je crèche à Lunel', '34'],
    ['Je travaille à Limoges ; nous demeurons à Tulle avec les enfants.', '19'],
    ['je suis salariée à Lyon, mes enfants et moi vivons à Vienne', '38'],
    ['je vis et je travaille à Pau', '64'],
    ["je bosse dans le 93 et j'habite dans le 77", '77'],
    ['Je viens de Job, dans le Puy-de-Dôme, mais j’habite à Limoges depuis mes études.', '87'],
  ])('Given a workplace and a home, When reading « %s », Then the home is the place (%s)', (text, dep) => {
    expect(departementOf(text)).toBe(dep);
  });
});
