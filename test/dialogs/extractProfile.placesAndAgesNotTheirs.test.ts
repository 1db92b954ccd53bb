// Places and ages a message names that are not the person's own: a town of work, of a trade, of a
// relative, of a past job, of a training or a business project; years of service, someone else's age,
// a repeated duration. And words that hold an emergency word inside them (« violons »). Sentences of
// our own, in several registers; the person's own home and age said beside them must stay.
import { beforeAll, describe, expect, it } from 'vitest';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';
import { findPlaceInText } from '../../knowledge/territory/index.js';
import { placeHintQuestion } from '../../orientation/conversation/factRegistry.js';
import { newClient, orientationSession, realParts, texts, turn } from './dialogHarness.js';

function mention(text: string) {
  const m = findPlaceInText(text);
  const r = m?.result;
  const code = r?.kind === 'commune' ? r.commune.insee : r?.kind === 'departement' ? r.departement : undefined;
  return { role: m?.role, activity: m?.activity, code };
}

describe('Years that are not the age of the person', () => {
  it.each([
    'Ça fait vingt-cinq ans que je suis soudeur dans la même boîte. Vingt-cinq ans ! Je voudrais changer.',
    'ca fait 18 ans que je bosse en usine, 18 ans, vous vous rendez compte',
    'Depuis trente ans je fais le même métier. Trente ans ! Il est temps de changer.',
    "Je travaille le bois depuis l'âge de seize ans dans une scierie du Jura et je n'en peux plus",
    "je bosse depuis l'age de 15 ans sur les chantiers",
    "dès l'âge de quatorze ans j'étais aux champs avec mon père",
    "j'étais soudeur vingt ans dans mon pays, je cherche du travail ici",
    "j'étais cuisinier 12 ans au Maroc, maintenant je cherche en France",
    'mon fils âgé de 19 ans ne fait plus rien depuis son bac',
    'ma fille, âgée de 17 ans, a quitté le lycée en octobre',
    'mon oncle a soixante-sept ans et veut arrêter sa ferme',
    "je travaille chez mon oncle dans le Gers il a soixante-sept ans il veut arrêter",
    "ma mère elle a 80 ans et je m'occupe d'elle tous les jours",
    'mon patron a 64 ans et il ferme la boutique en juin',
    "mon cousin qui a 30 ans m'a parlé d'une formation",
    'trente ans d’ancienneté dans la même boîte et on me licencie',
    'avec 12 ans de maison je me retrouve licencié',
  ])('Given years of service or someone else’s age, When reading « %s », Then no age is taken', (text) => {
    expect(extractProfile(text).profile.age).toBeUndefined();
  });

  it.each([
    ["j'ai 47 ans et je veux changer de métier", 47],
    ['47 ans, soudeur, je veux changer', 47],
    ['À 54 ans, je veux me reconvertir', 54],
    ["Je travaille le bois depuis l'âge de seize ans. J'ai aujourd'hui 47 ans et ce travail m'épuise.", 47],
    ["soudeur depuis vingt ans, j'ai maintenant 52 ans", 52],
    ['ma femme a 35 ans et moi 38', 38],
    ["mon fils a 19 ans et moi j'en ai 48", 48],
    ['je suis une femme de 50 ans au chômage', 50],
    ["Ça fait vingt ans que je suis cariste, j'ai quarante-cinq ans", 45],
    ['mon oncle a 67 ans, moi j’ai 31 ans et je voudrais reprendre sa ferme', 31],
  ])('Given the person’s own age beside other years, When reading « %s », Then the age is %s', (text, age) => {
    expect(extractProfile(text).profile.age).toBe(age);
  });
});

describe('A parent writing in the child’s place', () => {
  it.each([
    ['Madame, Monsieur, mon fils âgé de 19 ans ne fait plus rien depuis son bac. Je vous écris à sa place.', 19],
    ['Bonjour, ma fille de 17 ans a arrêté le lycée, je vous écris pour elle', undefined],
    ['Monsieur, mon garçon qui a dix-huit ans traîne à la maison, je vous écris en son nom', 18],
    ['mon fils agé de 20 ans ne trouve rien, que pouvez-vous lui proposer ?', 20],
    ["j'écris pour mon fils agé de 20 ans qui ne trouve pas de travail", 20],
  ])('Given « %s », When read, Then the child is the person routed: band 16–25, the age of an adult child (%s)', (text, age) => {
    const profile = extractProfile(text).profile;
    expect(profile.age).toBe(age);
    expect(profile.ageBand).toBe('16_25');
  });

  it.each([
    "je suis au chômage et mon fils âgé de 19 ans vit encore chez moi, je voudrais une formation",
    "mon fils âgé de 22 ans m'a parlé du CPF, moi je suis cariste",
  ])('Given a child’s age in a message about the writer, When read « %s », Then no age is taken', (text) => {
    expect(extractProfile(text).profile.age).toBeUndefined();
  });
});

describe('Words that hold an emergency word inside them', () => {
  it.each([
    'Depuis toujours je rêve de fabriquer des violons, il existe une école pour ça',
    'je joue du violon et je voudrais en faire mon métier',
    'violoncelliste dans un orchestre, je voudrais changer de vie',
    'je vends des fleurs violettes au marché et je voudrais me former',
    'une violation de mon contrat de travail, je voudrais savoir mes droits',
    'opératrice de frappe pendant dix ans, je voudrais changer de métier',
    'trop de fautes de frappe dans mon CV, pouvez-vous m’aider ?',
  ])('Given « %s », When read, Then no emergency is raised', (text) => {
    expect(extractProfile(text).profile.emergencies).toEqual([]);
  });

  it.each([
    "j'ai été violée l'an dernier et je n'arrive plus à travailler",
    'il me violente quand il boit',
    'des violences de mon mari depuis des années',
    'je suis frappée par mon compagnon',
    'il me frappe quand il a bu',
  ])('Given « %s », When read, Then violence is still an emergency', (text) => {
    expect(extractProfile(text).profile.emergencies).toContain('violence');
  });
});

describe('A town of work told with a workplace, a trade or a past job', () => {
  it.each([
    ["Ingénieur en bureau d'études dans l'aéronautique à Toulouse depuis huit ans, je voudrais enseigner", '31555'],
    ['Fleuriste installée à mon compte à Annecy depuis dix ans, je veux changer', '74010'],
    ['Artisan plombier installé depuis quinze ans à Millau, je veux racheter une entreprise', '12145'],
    ['réceptionniste d’hôtel à Ajaccio pendant onze ans, licenciée en novembre', '2A004'],
    ['Je suis commis de cuisine dans une brasserie à Lille depuis cinq ans', '59350'],
    ['je suis préparateur de commandes chez un grossiste à Saint-Quentin en CDI', '02691'],
    ["j'étais à la fonderie de Fumel pendant vingt ans", '47106'],
    ['trente ans dans une filature de Roubaix, et puis la liquidation', '59512'],
    ['cuistot dans un camping à Argelès-sur-Mer tout l’été', '66008'],
    ['ouvrier dans une scierie à Morez depuis 1998', '39368'],
    ['je bosse dans une conserverie à Douarnenez', '29046'],
    ['serveuse dans un bar à Annecy le week-end', '74010'],
    ['à mon compte comme électricien à Millau depuis 2010', '12145'],
    ['Auto-entrepreneur à Millau dans le nettoyage, je veux arrêter', '12145'],
    ['je suis chez Michelin à Clermont-Ferrand depuis dix ans', '63113'],
    ['Boulanger à mon compte depuis quinze ans dans un village près d’Aurillac', '15014'],
    ['moi je fais les saisons, l’hiver à Tignes, l’été sur la plage à Biarritz', '73296'],
    ['l’été je suis sur la plage à Biarritz, je loue des transats', '64122'],
    ['les vendanges près de Cognac chaque automne puis plus rien', '16102'],
    ['Chaque année je fais la cueillette des pommes près de Moissac', '82112'],
  ])('Given « %s », When reading the place, Then it is a workplace (%s)', (text, code) => {
    expect(mention(text)).toMatchObject({ role: 'work_or_study', code });
  });
});

describe('A town that is somebody else’s, a training’s or a project’s', () => {
  it.each([
    'alors euh mon mari il est cadre chez Airbus à Blagnac et moi je cherche du travail',
    'ma femme elle travaille à Blagnac, moi je suis au chômage',
    "mon fils il est en apprentissage à Blagnac et moi je voudrais me former",
    "J'ai trouvé une formation de technicien fibre à Orléans mais mon CPF ne suffit pas",
    'Il existe une école à Mirecourt et la formation dure trois ans',
    'il y a une formation d’un an à Villeurbanne mais je ne peux pas vivre sans salaire',
    'je voudrais ouvrir mon salon de coiffure à Perpignan',
    'Au chômage depuis l’été, je voudrais lancer un food truck de crêpes à Vannes',
    'on pourrait vendre des plats sur les marchés autour de Toulouse',
    'mon projet: reprendre une boulangerie à Aurillac',
    'Actuellement détenu au centre de détention de Muret, je sors le mois prochain',
    'je suis hospitalisée au CHU de Brest depuis deux semaines',
  ])('Given « %s », When reading the place, Then it is not taken as the home', (text) => {
    expect(mention(text).role).not.toBe('home');
    expect(mention(text).role).not.toBe('unspecified');
  });
});

describe('The home said beside a place that is not it', () => {
  it.each([
    ["Je suis chef de rayon dans un hypermarché de Clermont-Ferrand, je vis à Cournon", '63124'],
    ["mon mari est cadre chez Airbus à Blagnac, nous habitons à Muret", '31395'],
    ["je voudrais ouvrir mon salon à Perpignan, j'habite à Elne", '66065'],
    ["Artisan plombier à Millau, je réside à Creissels", '12084'],
    ["une formation existe à Orléans mais moi j'habite à Blois", '41018'],
    ["je bosse dans un entrepôt à Agen et j'habite à Villeneuve", '47323'],
    ['caissière dans un supermarché de Riom, je vis à Cournon', '63124'],
  ])('Given « %s », When reading the place, Then the home is kept (%s)', (text, code) => {
    expect(mention(text)).toMatchObject({ role: 'home', code });
  });

  it.each([
    ['je suis au chômage à Lyon depuis un an', '69123'],
    ['23 ans, sans diplôme, sur Marseille', '13055'],
    ["bonjour j'ai 30 ans à Brest je cherche du travail", '29019'],
    ['je cherche un poste de chef de projet sur toulouse', '31555'],
    // « une cave » is a wine shop or a cellar: no workplace noun, so the wine's region does not take the town's place.
    ['Je suis vendeuse de vins de Bordeaux dans une cave à Lille, je voudrais devenir sommelière', '59350'],
  ])('Given a bare place in a home position or a search, When reading « %s », Then it stays the person’s area (%s)', (text, code) => {
    expect(mention(text)).toMatchObject({ role: 'unspecified', code });
  });
});

describe('The place question names what the hint’s town is to the person', () => {
  it.each([
    [{ activity: 'training', place: { communeInsee: '45234', departement: '45', region: '24' }, name: 'Orléans' }, 'Vous habitez près d’Orléans, où a lieu la formation ?'],
    [{ activity: 'project', place: { communeInsee: '66136', departement: '66', region: '76' }, name: 'Perpignan' }, 'Vous habitez près de Perpignan, où se situe votre projet ?'],
    [{ activity: 'institution', place: { communeInsee: '31395', departement: '31', region: '76' }, name: 'Muret' }, 'Vous habitez près de Muret ?'],
    [{ activity: 'project', place: { departement: '32', region: '76' }, name: 'Gers' }, 'Vous habitez dans le même département que votre projet (Gers) ?'],
  ] as const)('Given the hint %o, When the place is asked, Then the question says « %s »', (hint, question) => {
    expect(placeHintQuestion(hint).text).toBe(`${question} Sinon, indiquez votre ville ou votre code postal.`);
  });
});

describe('A project’s town is offered back, never taken as the home (real MainDialog)', () => {
  beforeAll(async () => {
    await realParts();
  }, 120_000);

  it('Given a business to open in a named town, When the first message is read, Then no place is stored and the town is only a hint', async () => {
    const client = await newClient();
    await turn(client, 'Au chômage depuis l’été, je voudrais lancer un food truck de crêpes à Vannes');
    const session = orientationSession(client);
    expect(session?.profile.place).toBeUndefined();
    expect(session?.placeHint).toMatchObject({ activity: 'project', name: 'Vannes' });
  }, 60_000);

  it('Given a training found in a town and the home said, When read, Then the home is the place', async () => {
    const client = await newClient();
    const replies = await turn(client, "J'ai trouvé une formation de fibre optique à Orléans mais j'habite à Blois, je suis demandeur d'emploi");
    expect(orientationSession(client)?.profile.place?.communeInsee).toBe('41018');
    expect(texts(replies)).not.toContain('Orléans, où a lieu la formation');
  }, 60_000);
});
