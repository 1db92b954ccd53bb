// Families of the ninth round's emergency and out-of-scope misses, in our own words (never the sets'
// sentences): violence told as a story (a push down the stairs, a hand round the neck, a partner named by
// marriage), put out by one's family, « à la rue » with a project (figurative), a tax declaration of a
// training, and a job to find quickly next to a dispute with the employer.
import { describe, expect, it } from 'vitest';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import { expectEmergencyLine, profileOf } from './readFirstMessage.js';

describe('Violence told as a story', () => {
  it.each([
    "Mon mari m'a poussée contre le mur hier, je travaille comme aide-soignante et je veux partir",
    "nous sommes mariés depuis huit ans, il surveille mon téléphone et dimanche il m'a poussée dans les escaliers",
    "Mon compagnon m'a encore serré la gorge cette nuit, je voudrais trouver un travail pour m'en aller",
    "je suis partie de chez mon copain, il m'avait déjà serré le cou plusieurs fois",
    "on est pacsés, il prend mon salaire et il m'a encore frappée samedi",
  ])('given violence told as what happened, when read and routed, then the emergency line and the CIDFF: %s', (text) => {
    expect(expectEmergencyLine(text, 'violence').partners).toContain('cidff');
  });

  it.each([
    'mon chef me pousse dans mes retranchements, je voudrais changer de poste',
    'mon mari me pousse à reprendre une formation de comptable',
    'nous sommes mariés depuis vingt ans et je voudrais reprendre un travail',
    'je serre la main des clients toute la journée, je voudrais changer de métier',
  ])('given a push towards a goal, a marriage or a handshake, when read, then no violence: %s', (text) => {
    expect(profileOf(text).emergencies).not.toContain('violence');
  });
});

describe('Put out of the home by family or partner', () => {
  it.each([
    "ma mère m'a virée hier, j'ai 19 ans, je sais plus quoi faire",
    'mes parents mont jeté, jai 18 ans et pas de diplome',
    "je suis dehors depuis deux nuits, j'ai 20 ans et je cherche du boulot",
    "on est dehors depuis hier avec mon frère, on cherche du travail",
  ])('given a home lost to family or since last night, when read, then a housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).toContain('sans_logement');
  });

  it.each([
    "mon patron m'a viré la semaine dernière, je cherche un emploi de cariste",
    'je suis dehors toute la journée sur les chantiers, je voudrais une formation de chef d’équipe',
    "ma mère m'a mise en relation avec une conseillère, je voudrais faire un bilan de compétences",
    "mes parents m'ont mis en apprentissage à 16 ans, je voudrais changer de métier",
  ])('given a dismissal or an outdoor job, when read, then no housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).not.toContain('sans_logement');
  });
});

describe('A home in danger told with a host who cannot keep one', () => {
  it('given a night at a sister who cannot keep one, when read, then a housing emergency', () => {
    expect(profileOf("Je suis chez ma cousine ce soir mais elle ne peut pas me garder, j'ai 24 ans").emergencies).toContain('sans_logement');
  });
});

describe('« À la rue » with a project is figurative', () => {
  it.each([
    'je suis totalement à la rue avec ma reconversion, vendeuse en CDI, je veux devenir infirmière',
    'franchement je suis à la rue dans mes démarches pour devenir éducateur, je suis salarié',
    'je suis complètement à la rue avec mon projet de création de boulangerie',
  ])('given « à la rue » with a project or steps, when read, then no housing emergency: %s', (text) => {
    const profile = profileOf(text);
    expect(profile.emergencies).not.toContain('sans_logement');
    expect(profile.barriers).not.toContain('logement');
  });

  it('given « à la rue » with no project, when read, then still a housing emergency', () => {
    expect(profileOf('je suis complètement à la rue depuis que mon propriétaire a vendu').emergencies).toContain('sans_logement');
  });
});

describe('Out of scope next to a career question', () => {
  it.each([
    'Faut-il déclarer le coût de ma formation de sophrologue aux impôts ?',
    'Je dois déclarer la prime de mon bilan de compétences au fisc ? Je suis comptable.',
  ])('given a training declared to the tax office, when read, then a tax question: %s', (text) => {
    expect(profileOf(text).outOfScope).toContain('question_impots');
  });

  it('given a dismissal contested and a job to find quickly, when routed, then the dispute redirect and France Travail', () => {
    const profile = profileOf(
      "J'ai été licencié le mois dernier, je veux attaquer mon employeur aux prud'hommes, mais je dois trouver vite un emploi de magasinier.",
    );
    expect(profile.outOfScope).toContain('litige_employeur');
    const routing = routeProfile(profile);
    expect(routing.operatorTypes).toEqual(expect.arrayContaining(['out_of_scope', 'france_travail']));
  });
});

describe('Violence now in an unpunctuated story that also tells something years ago', () => {
  it.each([
    "mon mari me frappe encore hier soir devant les enfants je suis arrivée en France il y a six ans et je n'ai pas de travail",
    'il me bat depuis lundi je suis venue en France il y a dix ans avec lui je cherche un emploi pour partir',
    "mon compagnon me cogne encore ce matin alors que j'ai arrêté de travailler il y a trois ans pour les petits",
  ])('given its author hitting now and a time of late, when read, then the emergency line: %s', (text) => {
    expectEmergencyLine(text, 'violence');
  });

  it.each([
    'il y a six ans mon mari me battait, hier j’ai eu un entretien pour un poste de vendeuse',
    "il me frappait il y a dix ans, c'est fini, hier j'ai commencé une formation",
  ])('given violence years ago and an ordinary event of late, when read, then no emergency: %s', (text) => {
    expect(profileOf(text).emergencies).not.toContain('violence');
  });
});
