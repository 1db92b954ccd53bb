// Housing emergencies told as situations, in our own words (never the development sets' sentences): nights in a
// car, a station or a stairwell told with a time; a host, a partner or parents ending the stay tonight, tomorrow
// or on a named day; a lodging tied to a job or a season ending; a shelter or a hotel night ending with nothing
// after; a sale or a lease putting the person out; a minor put out. And their look-alikes: the street as a
// figure of speech, jobs in shelters, someone else's housing loss, a car slept in during a winter now over.
import { describe, expect, it } from 'vitest';
import { profileOf } from './readFirstMessage.js';

describe('Nights in a car, a station or a stairwell told with a time', () => {
  it.each([
    "Ça fait deux nuits que je dors dans ma bagnole sur le parking de l'Intermarché, je cherche un job de livreur.",
    'Depuis lundi je passe la nuit dans la cage d’escalier de mon ancien immeuble.',
    'Les quatre dernières nuits je les ai passées à la gare routière, je voudrais bosser en cuisine.',
    "chui ds ma caisse depuis que ma copine m'a mis à la porte, je veux juste bosser",
    "Je vis dans ma voiture depuis que mon ex m'a viré de l'appart, je me douche à la salle de sport.",
    'J’ai dormi cette semaine dans ma voiture devant chez ma mère, elle ne veut pas de moi.',
  ])('given nights slept in a car or a public place, when read, then a housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).toContain('sans_logement');
  });
});

describe('A host, a partner or parents ending the stay soon', () => {
  it.each([
    "Ma sœur m'héberge mais son mari ne veut plus, elle m'a dit de partir ce soir.",
    "Mon ami m'a dit hier soir que c'était ma dernière nuit chez lui.",
    "Mon oncle m'a dit que je pouvais dormir chez lui jusqu'à samedi, après il a besoin de la chambre. Je n'ai personne d'autre.",
    "La copine chez qui je dors m'a annoncé que demain c'était fini, je dois trouver autre chose.",
    "Je squatte le canapé d'un collègue, sa femme revient demain et il m'a demandé de faire mon sac.",
    "elle m'héberge depuis un mois et elle m'a dit ce midi que ce soir je devais plus être là",
    'Le monsieur qui m’hébergeait est mort et ses enfants reprennent l’appartement samedi. Je cherche un petit emploi.',
  ])('given a stay that a host ends within days, when read, then a housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).toContain('sans_logement');
  });
});

describe('A lodging tied to a job, a season, a shelter or a hotel night ending', () => {
  it.each([
    "Le patron de l'hôtel où je bossais me logeait dans une chambre de service, on s'est fâchés et je dois rendre la clé ce soir.",
    'Mon logement de saisonnier s’arrête samedi avec la fin de la saison, et après j’ai aucun endroit où dormir.',
    "L'exploitant me logeait dans un mobil-home pendant les vendanges, il faut le libérer demain.",
    'Mon séjour au foyer se termine vendredi et je n’ai rien derrière.',
    'Le CHRS m’a annoncé la fin de ma prise en charge mardi, je ne sais pas où j’irai.',
    "Le 115 m'a payé deux nuits d'hôtel, ça s'arrête ce soir.",
    'La nuit d’hôtel que le SIAO m’a trouvée se termine demain matin et après plus rien.',
    'Une association me paie le camping jusqu’à mercredi, après je n’ai pas de solution. Je cherche du travail.',
  ])('given a lodging that ends within days with nothing after, when read, then a housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).toContain('sans_logement');
  });
});

describe('A sale or a lease putting the person out, a minor put out', () => {
  it.each([
    "Le propriétaire a vendu l'appartement que je louais, les nouveaux arrivent lundi et je n'ai rien trouvé.",
    'La maison de ma grand-mère où je vivais a été vendue, les acheteurs entrent dans les lieux vendredi.',
    "j'ai 16 ans ma mère m'a foutu dehors cette nuit je suis chez une copine mais sa mère veut pas que je reste",
    'Je suis mineure, mes parents m’ont dit de partir il y a deux heures, je suis dans le tram.',
    "On m'a dit de prendre mes affaires et de partir tout à l'heure, je suis dans le RER, j'ai 15 ans.",
    "J'ai plus de toit depuis hier, mon père m'a sorti de chez lui, j'ai 17 ans.",
  ])('given a home sold or a minor put out, when read, then a housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).toContain('sans_logement');
  });
});

describe('The street as a figure of speech, shelters as workplaces, other people and past winters', () => {
  it.each([
    "Côté expérience je suis à la rue, personne ne m'embauche sans CV.",
    'Je suis SDF du boulot depuis la fin de ma mission, je prends n’importe quel CDD.',
    "Je suis veilleur de nuit dans un centre d'hébergement d'urgence et je voudrais passer moniteur-éducateur.",
    'Je travaille au 115 comme écoutante, je voudrais évoluer vers un poste de coordinatrice.',
    "Ma sœur est à la rue depuis son divorce, je l'héberge, je cherche un poste mieux payé.",
    'Mon frère dort dans sa voiture depuis une semaine, comment l’aider à trouver du boulot ?',
    "Il y a deux hivers j'ai dormi dans ma voiture, maintenant j'ai un studio et je cherche une formation de soudeur.",
    "J'ai vécu à la rue pendant un an, c'est terminé, j'ai un logement HLM depuis l'été.",
    'Je suis livreur, je passe mes journées dans la rue et dans ma voiture, je voudrais un poste au chaud.',
    'Je fais des maraudes auprès des SDF comme bénévole et je voudrais en faire mon métier.',
    'Mon fils a été mis à la porte par sa copine, il dort chez moi maintenant, il cherche une formation.',
    "Mon ami m'héberge depuis trois mois, tout se passe bien, je cherche un CDI de magasinier.",
    "Mon bail se termine en juin et j'ai déjà trouvé un appartement à Nantes, je cherche du travail là-bas.",
    'Ce soir c’est la dernière soirée de mon stage, demain je cherche un emploi.',
    'Ma coloc part demain, je garde l’appart, je cherche un job à mi-temps.',
    "J'ai regardé un documentaire sur les sans-abri, ça m'a donné envie de travailler dans le social.",
    "Le centre d'hébergement où je suis animateur ferme lundi, je vais perdre mon poste.",
    'Mes parents ont vendu leur maison, ils partent en Bretagne, moi j’ai mon appart et je cherche un CDI.',
    'Ma mère est sans domicile depuis longtemps, on ne se parle plus ; moi je suis logé et je cherche dans la logistique.',
    'Je suis SDF niveau diplômes, aucun papier, je veux enfin une qualification.',
    'Question réseau je suis complètement à la rue, comment trouver des contacts dans le BTP ?',
    "Mon ami m'a dit que ce soir c'était la dernière de son spectacle, moi je cherche un emploi de technicien.",
  ])('given no home of the person lost now, when read, then no housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).not.toContain('sans_logement');
  });
});

describe('Second batch: leases with words between, ends of week, families out together', () => {
  it.each([
    'Mon bail de location meublée se termine vendredi et je n’ai nulle part où aller.',
    "Mon employeur me loge dans une chambre au-dessus de l'atelier, le repreneur veut la chambre pour la fin de semaine, je n'ai aucune solution.",
    'Mes enfants sont à la rue avec moi depuis hier soir.',
    'On est devenus des SDF depuis que la maison a brûlé, je cherche un emploi vite.',
    'Niveau logement je suis à la rue depuis lundi, je dors où je peux.',
    "Mon copain m'a mis dehors hier, je dors chez personne, je sais pas où aller ce soir.",
    "Je passe mes nuits dans l'abribus depuis une semaine.",
  ])('given a home lost told with its parts, when read, then a housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).toContain('sans_logement');
  });

  it.each([
    "Je suis agent de sécurité, je passe mes nuits au parking souterrain d'un centre commercial, je voudrais un poste de jour.",
    "J'ai raté le dernier train hier, j'ai dormi à la gare, et ce matin j'ai passé mon entretien, je voudrais des conseils.",
    'Cet été on a dormi sous la tente pendant les vacances, là je cherche une formation de soudeur.',
    "Mon frère m'héberge depuis un an, mon CDD c'est fini vendredi, je cherche un autre contrat.",
    "Je vis chez ma copine, mon patron m'a dit de partir vendredi, je veux changer de métier.",
    "L'hiver dernier j'ai dormi quelques nuits à la gare, c'est derrière moi, j'ai un appartement maintenant.",
    'Point de vue diplômes je suis un peu SDF, je voudrais une VAE.',
    "Je suis bénévole aux Restos et je fais des maraudes avec les sans-abri le soir, je voudrais une formation d'éducateur.",
  ])('given a night out explained, a job ending beside a host, or the street as a figure, when read, then no housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).not.toContain('sans_logement');
  });
});

describe('Third batch: formal hosts, counted hotel nights, the home at home', () => {
  it.each([
    "Je suis actuellement hébergée par une amie qui m'a informée que je devrai quitter son domicile samedi.",
    "Mon grand-père m'héberge mais il entre à l'hôpital jeudi et l'appartement sera rendu, je n'ai pas de solution.",
    'Le 115 m’a trouvé deux nuits à l’hôtel, après ça plus rien.',
    "Mon contrat de location prend fin samedi et je n'ai rien trouvé.",
    "g 16 ans jsuis partie de chez ma mère avant-hier, jdors chez une copine mais ce soir personne peut m'héberger",
  ])('given a host or a hotel stay that ends with nothing after, when read, then a housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).toContain('sans_logement');
  });

  it.each([
    'Je suis mère au foyer depuis six ans, mon congé parental se termine lundi, je voudrais reprendre un emploi.',
    'Femme au foyer, mes enfants rentrent à l’école jeudi, après je n’ai rien de prévu, je cherche un travail.',
    'Je dors dans ma camionnette quand je suis en déplacement sur les chantiers, je voudrais un poste plus près de chez moi.',
    'En termes de contacts je suis SDF, je ne connais personne dans le secteur.',
    "J'ai été placé en famille d'accueil jusqu'à mes 18 ans, je vis aujourd'hui dans un foyer de jeunes travailleurs et je cherche un CDI.",
    "Je me sens complètement à la rue depuis que j'ai arrêté la fac, aucune idée de métier.",
    'Ma boutique de chaussures tourne mal depuis les travaux dans la rue, je voudrais me reconvertir dans la vente en ligne.',
    'Je suis aujourd’hui logée au foyer, suivie par l’ASE jusqu’à ma majorité, et je voudrais un apprentissage en coiffure.',
  ])('given a home at home or a van on work trips, when read, then no housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).not.toContain('sans_logement');
  });
});
