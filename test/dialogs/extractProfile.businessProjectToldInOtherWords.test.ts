// A business creation or takeover told without the creation words: a business for sale or without a buyer that
// the person weighs taking over, a business of one's own dreamt of, an idea to launch, one's own products to sell.
// Every sentence here is our own. The status operators stay beside the creation partner.
import { describe, expect, it } from 'vitest';
import { operatorsFor, profileOf } from './readFirstMessage.js';

describe('A takeover told by the seller\'s side and the person\'s interest', () => {
  it.each([
    "mon patron part à la retraite et m'a demandé si ça m'intéresserait de reprendre",
    "la coiffeuse de Langres part à la retraite et vend son salon",
    "l'entreprise où j'ai fait mon apprentissage est à vendre, je me demande si je suis capable de la racheter",
    "le bar du village est à vendre, je voudrais le reprendre",
    "la boulangerie de mon village va fermer faute de repreneur, c'est peut-être le moment",
    "mon boss prend sa retraite l'an prochain et il cherche quelqu'un pour reprendre le garage, j'y pense",
    "le vieux boucher du bourg arrête et personne veut prendre la suite, moi ça me tente",
    "le tabac presse en face de chez moi est en vente, est ce que je peux le racheter",
    "la patronne du restau ou je bosse veut vendre, elle me l'a proposé",
    "mon employeur cède sa boîte et m'a proposé de la reprendre",
    "le fleuriste du quartier cherche un repreneur, j'aimerais bien me lancer",
    "le salon où je travaille est à vendre et je me verrais bien le reprendre",
    "l'épicerie du village ferme faute de repreneur et je me dis pourquoi pas moi",
    "mon maître d'apprentissage part en retraite, il voudrait que je reprenne derrière lui",
    "le camping municipal cherche un gérant repreneur et ça me fait envie",
    "slt le snack du centre est a vendre jvoudrais le racheter cmt faire",
    "je voudrais racheter le fonds de commerce de la librairie qui ferme",
    "la ferme du voisin est à vendre, je voudrais m'y installer avec des vaches",
    "Madame, Monsieur, je souhaiterais reprendre l'officine de mon ancien employeur qui part à la retraite.",
    "bjr le proprio du bar ou je travail part a la retraite il me propose de racheter",
    "la maraîchère chez qui je travaille arrête, je pourrais reprendre ses terres",
    "Bonjour, l'artisan menuisier chez qui je suis salarié cessera son activité en juin et m'a proposé de racheter son fonds.",
    "jsuis serveur, le patron veut revendre le resto et il me la proposé, jsais pas si jsuis capable",
    "la quincaillerie du bourg est à vendre depuis deux ans, je me sens prête à la reprendre",
    "Le gérant du camping où je fais la saison cherche un successeur, ça me tenterait bien.",
    "ma tante ferme sa mercerie à la fin de l'année, personne pour prendre la suite, moi ça m'intéresse",
    "je suis à mon compte comme coiffeuse à domicile et la coiffeuse du village vend son salon",
    "le garage de mon quartier est à vendre, je suis mécanicien depuis quinze ans",
    "il y a une supérette à reprendre à côté de chez moi",
  ])('Given « %s », When it is read, Then the creation and takeover partner is proposed', (text) => {
    expect(profileOf(text).needs).toContain('creation_entreprise');
    expect(operatorsFor(text)).toContain('creation_entreprise');
  });
});

describe('A business of one\'s own told as a dream, an idea or products to sell', () => {
  it.each([
    "je rêve d'un camion à moi",
    "ouvrir une chèvrerie dans l'arrière-pays, c'est maintenant ou jamais",
    "avec deux amis on a une idée d'application et on voudrait lâcher les études pour la lancer",
    "ouvrir un petit camion ici pour vendre mes plats",
    "je fais des confitures et je voudrais les vendre au marché en auto entrepreneur",
    "je rêve d'avoir ma propre roulotte à crêpes",
    "j'ai envie d'un food truck à moi",
    "mon rêve c'est un petit resto à moi au bord de la mer",
    "j'ai une idée d'appli et je voudrais la lancer",
    "on a un concept de boutique en ligne, on aimerait se lancer",
    "je voudrais vendre mes gâteaux sur les marchés en micro entreprise",
    "je tricote des bonnets et je voudrais les vendre sur internet en tant qu'auto-entrepreneuse",
    "je fais du miel et j'aimerais le vendre, je suis au rsa",
    "je cuisine des plats africains et je voudrais les vendre, comment faire",
    "ouvrir une fromagerie à la campagne c'est mon projet depuis longtemps",
    "je veux lancer ma ligne de vêtements",
    "lancer ma propre application c'est mon objectif",
    "je me verrais bien tenir un gîte dans le Vercors",
    "un atelier de réparation de vélos à moi, j'y pense tout le temps",
    "je voudrais transformer ma passion pour la pâtisserie en commerce",
    "un ami et moi voulons lancer une start up",
    "au chômage, je veux profiter pour monter mon truc, une petite activité de traiteur",
    "j'ai 50 ans, licencié, et je veux acheter un camion pizza",
    "je veux m'installer en tant que photographe",
    "ça me trotte dans la tête d'ouvrir un bar à jeux",
    "je rêve d'une petite boutique de vêtements à moi",
    "on aimerait ouvrir une brûlerie de café avec mon mari",
    "jfais des bijoux en perles et jvoudrais les vendre sur etsy",
    "je peins des tableaux et j'aimerais les commercialiser en micro entreprise",
    "j'ai un concept de box de produits locaux et je voudrais le lancer",
    "Je nourris le projet d'ouvrir une savonnerie artisanale.",
    "je cultive des légumes bio et je voudrais vendre ma production en vente directe",
  ])('Given « %s », When it is read, Then the creation need is read', (text) => {
    expect(profileOf(text).needs).toContain('creation_entreprise');
  });
});

describe('Working for a business, buying for oneself or a business closing on its staff is no creation', () => {
  it.each([
    "je travaille dans un food truck",
    "je voudrais acheter un camion pour déménager",
    "je voudrais travailler dans la restauration",
    "mon patron part à la retraite et j'ai peur de perdre mon emploi",
    "le bar du village est à vendre et je vais perdre mon travail",
    "la boulangerie de mon village va fermer, je suis vendeuse là bas",
    "je rêve de travailler dans une boulangerie",
    "je voudrais vendre ma voiture pour payer ma formation",
    "je voudrais reprendre mes études",
    "je voudrais reprendre le travail après mon congé maternité",
    "je fais les marchés comme vendeur salarié",
    "mon entreprise est à vendre et je suis salarié, on va être licenciés",
    "je veux devenir cuisinier dans un restaurant",
    "je fais des confitures pour ma famille",
    "je cherche un emploi de boulanger",
    "mon père part à la retraite et je voudrais reprendre une formation",
    "ma mère part à la retraite, c'est le moment pour moi de trouver un travail",
    "je dois ouvrir la boucherie à 6h tous les matins",
    "je travaille à la crêperie et je dois tenir la caisse",
    "mon patron arrête pas de me crier dessus",
    "mon patron vend son entreprise, j'ai peur pour mon poste",
    "j'aimerais avoir une chambre à moi",
    "je voudrais vendre mes meubles avant de déménager",
    "le magasin où je travaille ferme définitivement, je cherche un autre emploi",
    "je suis serveuse dans un bar et je cherche une formation",
    "la boulangerie où je suis apprenti est à vendre, j'ai peur de perdre mon contrat",
    "mon patron prend sa retraite, je voudrais reprendre mes études",
    "je voudrais vendre mon appartement",
    "ma grand mère a une épicerie et je l'aide le week end",
    "je voudrais ouvrir un compte pour mon activité",
    "je travaille dans une fromagerie",
    "mon patron vend la boîte",
    "la boulangerie est à vendre, je suis vendeuse depuis 10 ans et je vais perdre mon emploi",
    "je suis en cdi dans une boutique qui est à vendre, j'ai peur d'être licenciée",
    "je vends des vêtements dans un magasin",
  ])('Given « %s », When it is read, Then no creation need is read', (text) => {
    expect(profileOf(text).needs).not.toContain('creation_entreprise');
  });
});

describe('The status operators stay beside the creation partner', () => {
  it('Given a student who drops out with friends to launch an application, Then the study, youth and creation operators are proposed', () => {
    const operators = operatorsFor("j'ai 20 ans, je suis en licence, avec deux amis on a une idée d'application et on voudrait lâcher les études pour la lancer");
    expect(operators).toEqual(expect.arrayContaining(['cio_onisep', 'mission_locale', 'creation_entreprise']));
  });

  it('Given a maker on the RSA who wants to sell her jam, Then France Travail and the creation partner are proposed', () => {
    const operators = operatorsFor("je suis au rsa, je fais des confitures et je voudrais les vendre au marché en auto entrepreneur");
    expect(operators).toEqual(expect.arrayContaining(['france_travail', 'creation_entreprise']));
  });

  it('Given a job seeker whose village bakery closes without a buyer, Then France Travail and the creation partner are proposed', () => {
    const operators = operatorsFor("je suis au chômage depuis un an, la boulangerie de mon village va fermer faute de repreneur, c'est peut-être le moment");
    expect(operators).toEqual(expect.arrayContaining(['france_travail', 'creation_entreprise']));
  });
});
