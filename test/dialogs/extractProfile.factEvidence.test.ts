// No fact without evidence: families of wrong facts found on the precision development set, each
// checked with sentences of our own (never the set's). A place is where the person lives, not a
// feast day, a company, a training course, a town applied to or a relative's news; an age taken back
// is replaced by the corrected one; a recognition or a cadre status only talked about (supposed,
// asked about indirectly, heard of, planned) is not held; other people's facts are theirs.
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';
import { findPlaceInText } from '../../knowledge/territory/index.js';

const departementOf = (text: string) => {
  const found = findPlaceInText(text)?.result;
  if (!found) return undefined;
  if (found.kind === 'ambiguous') return found.common.departement;
  return 'place' in found ? found.place.departement : undefined;
};

describe('A place is where the person lives', () => {
  it.each([
    'Je suis sans travail depuis la Saint-Martin et je voudrais une formation',
    "À la Sainte-Catherine mon contrat s'est arrêté, je cherche du travail",
  ])('Given a feast day named after a saint, When the place is read, Then no commune: %s', (text) => {
    expect(findPlaceInText(text)).toBeUndefined();
  });

  it.each([
    'Je suis magasinier chez Saint-Gobain depuis huit ans',
    'Ma mère a bossé toute sa vie chez Michelin, moi je suis au chômage',
  ])('Given a company after « chez », When the place is read, Then no commune: %s', (text) => {
    expect(findPlaceInText(text)).toBeUndefined();
  });

  it.each([
    "J'ai fait mon stage à Rennes au printemps et je cherche un premier poste",
    "J'ai suivi une formation à Nantes l'an passé, aujourd'hui je cherche",
  ])('Given a training course done in a town, When the place is read, Then that town is not the home: %s', (text) => {
    expect(findPlaceInText(text)).toBeUndefined();
  });

  it('Given towns listed after an application, When the place is read, Then none of them is the home', () => {
    expect(findPlaceInText("J'ai envoyé ma candidature à Lyon, Grenoble et Annecy, toujours rien")).toBeUndefined();
  });

  it.each([
    ['Ma femme a eu une mutation à Toulouse, nous vivons encore à Pau', '64'],
    ['Mon copain va partir travailler à Lille mais moi je suis à Amiens', '80'],
    ['On va déménager à Nice cet été ; pour le moment je vis à Grasse', '06'],
  ])('Given a relative\'s news or a move to come, When the place is read, Then the home is the place: %s', (text, dep) => {
    expect(departementOf(text)).toBe(dep);
  });

  it.each([
    ["Bonjour, j'élève seule ma fille de trois ans à Tarbes et je cherche un emploi", '65'],
    ['viré de chez ma mère, jsuis à Nancy ce soir', '54'],
  ])('Given a relative named by the person who lives there, When the place is read, Then the town stands: %s', (text, dep) => {
    expect(departementOf(text)).toBe(dep);
  });

  it.each([
    ["Je suis née dans le 62 mais j'habite dans le 59 depuis mes vingt ans", '59'],
    ['Je bosse dans le 92 et je vis dans le 95', '95'],
    ["Cet été en vacances dans l'Hérault, sinon je vis dans le Gard", '30'],
  ])('Given two areas, one of them not the home, When the place is read, Then the home: %s', (text, dep) => {
    expect(departementOf(text)).toBe(dep);
  });

  it.each(['Je reviens de vacances en Bretagne et je cherche un emploi', 'Je suis de passage à Lyon pour un entretien'])(
    'Given a holiday or a stay, When the place is read, Then no home: %s',
    (text) => {
      expect(findPlaceInText(text)).toBeUndefined();
    },
  );

  it('Given a former workplace and a home told with « désormais », When the place is read, Then the home wins', () => {
    expect(departementOf("Ancienne secrétaire à Paris, j'habite désormais à Chartres")).toBe('28');
  });

  it.each([
    'Je suis au chômage. Saint-Sylvestre passée, je veux me reprendre en main',
    "Je suis en CDI et j'ai la Réunion d'équipe tous les lundis, je n'en peux plus",
    'Je suis commis au Restaurant des Landes et je veux changer',
    "J'ai été serveuse dix ans au Café de Paris, aujourd'hui je cherche autre chose",
  ])('Given a feast day, a meeting or a business\'s name, When the place is read, Then no commune: %s', (text) => {
    expect(findPlaceInText(text)).toBeUndefined();
  });

  it.each([
    ['Je vis à la Réunion avec mes deux enfants', '974'],
    ["J'habite à la Réunion du côté de Saint-Paul", '974'],
  ])('Given the island named as home, When the place is read, Then its département: %s', (text, dep) => {
    expect(departementOf(text)).toBe(dep);
  });

  it.each(['Ma femme a quarante ans et je suis au chômage', 'je touche à douze euros de l\'heure, je suis en CDI'])(
    'Given a number word that is also a commune before a unit, When the place is read, Then no commune: %s',
    (text) => {
      expect(findPlaceInText(text)).toBeUndefined();
    },
  );

  it.each(['Je suis en arrêt du 14 au 28 février', 'absente du 13 au 20, je reprends ensuite'])(
    'Given a span of dates, When the place is read, Then no département number: %s',
    (text) => {
      expect(findPlaceInText(text)).toBeUndefined();
    },
  );
});

describe('An age taken back is replaced', () => {
  it.each([
    ["j'ai 41 ans euh non pardon 44 ans et je cherche du travail", 44],
    ["J'ai trente ans, enfin non, trente-trois, je suis au chômage", 33],
    ["j'ai 50 ans je veux dire c'est ma femme qui a 50 ans moi j'en ai 47", 47],
  ])('Given a self-correction, When the age is read, Then the corrected age: %s', (text, age) => {
    expect(extractProfile(text).profile.age).toBe(age);
  });

  it.each([
    ['mon fils est né en 2008, je cherche un emploi', undefined],
    ['Ma compagne est née en 1985 et moi je suis au chômage', undefined],
    ['Née en 1990, je cherche un emploi dans la vente', 36],
  ])('Given a birth year, When the age is read, Then only the person\'s own: %s', (text, age) => {
    expect(extractProfile(text, { now: new Date('2026-12-06T12:00:00Z') }).profile.age).toBe(age);
  });

  it.each([
    ['mon copain a 30 ans et moi 27, on cherche tous les deux', 27],
    ['BTS compta, 31 ans, au chômage depuis mars', 31],
    ['mon ex a la garde, il a 44 ans, moi 39', 39],
    ["mon mari euh il a 50 ans et moi euh 46", 46],
    ["Ma sœur a trente ans, moi j'en ai vingt-sept", 27],
  ])('Given an age said in contrast or closed by a comma, When the age is read, Then that age: %s', (text, age) => {
    expect(extractProfile(text).profile.age).toBe(age);
  });

  it.each(['Ça fera bientôt 25 ans que je travaille dans le bâtiment', "Déjà 12 ans qu'on vit ici, je cherche un emploi"])(
    'Given years followed by « que je… », When the age is read, Then no age: %s',
    (text) => {
      expect(extractProfile(text).profile.age).toBeUndefined();
    },
  );

  it.each(["Des enfants ? J'en ai deux, et je suis au chômage", "Des dettes, j'en ai vingt mille euros"])(
    'Given « j\'en ai » and a count that is no age, When the age is read, Then no age: %s',
    (text) => {
      const read = extractProfile(text);
      expect(read.profile.age).toBeUndefined();
      expect(read.signals.invalidAge).toBeUndefined();
    },
  );

  it("Given « pardon » said as politeness before the age, When the age is read, Then that age", () => {
    expect(extractProfile('Pardon de vous déranger, je suis au chômage et j\'ai 36 ans').profile.age).toBe(36);
  });
});

describe("Other people's facts are theirs", () => {
  it.each([
    ['Ma femme, 52 ans, est fonctionnaire. Moi je suis en CDI dans le privé', 'salarie_prive'],
    ['Mon frère, trente ans, est au chômage ; moi je suis agent territorial', 'agent_public'],
  ])('Given a relative\'s age set beside them, When the status is read, Then the status after it is theirs: %s', (text, status) => {
    expect(extractProfile(text).profile.status).toBe(status);
  });

  it.each([
    ["Ma femme est partie l'an dernier, elle est fonctionnaire, et moi je suis vendeur en CDI", 'salarie_prive'],
    ["Mon père a 60 ans et il est au chômage ; je suis agent territorial", 'agent_public'],
  ])('Given a relative then « il / elle est… », When the status is read, Then that status is theirs: %s', (text, status) => {
    expect(extractProfile(text).profile.status).toBe(status);
  });

  it('Given colleagues who are all cadres, When the cadre status is read, Then the person is not said to be one', () => {
    expect(extractProfile('Au bureau les autres sont tous cadres, moi je suis assistante en CDI').profile.cadre).not.toBe(true);
  });
});

describe('A recognition or a cadre status only talked about is not held', () => {
  it.each([
    "La RQTH ça change quoi pour un salarié, je travaille en CDI dans le bâtiment",
    "Si jamais je demande la RQTH mon employeur sera prévenu ? Je suis en CDI",
    "Mon médecin m'a conseillé de demander la RQTH, je suis au chômage",
    'Je vais faire une demande de RQTH le mois prochain',
    "Je ne sais pas si la reconnaissance de travailleur handicapé vaut le coup, j'ai de l'arthrose",
    "Une amie m'a dit qu'avec la RQTH on trouve plus facilement, je cherche du travail",
    'Mon kiné voudrait que je demande la RQTH pour mon épaule',
    "Le médecin du travail m'en a parlé, de la RQTH, mais je n'ai rien fait",
  ])('Given the RQTH talked about, When read, Then no recognition held: %s', (text) => {
    expect(['oui', 'en_cours']).not.toContain(extractProfile(text).profile.rqth);
  });

  it.each([
    "Je voudrais savoir si un cadre peut avoir un accompagnement, je suis comptable en CDI",
    "Si je passe cadre l'année prochaine, je pourrai changer d'entreprise ? Je suis technicienne",
    'Je veux être cadre un jour, pour le moment je suis employé en CDI',
    "Je suis secrétaire et je travaille pour des cadres de l'industrie",
  ])('Given the cadre status talked about, When read, Then not cadre: %s', (text) => {
    expect(extractProfile(text).profile.cadre).not.toBe(true);
  });

  it.each([
    "J'aide mon oncle reconnu travailleur handicapé à chercher un emploi",
    "Mon compagnon perçoit l'AAH depuis son accident, moi je suis caissière",
  ])('Given someone close recognised without a verb between, When read, Then no recognition for the person: %s', (text) => {
    expect(extractProfile(text).profile.rqth).toBeUndefined();
  });

  it('Given someone else\'s recognition and « moi aussi », When read, Then the person has one', () => {
    expect(extractProfile("Mon frère a la RQTH, et moi aussi depuis l'an dernier").profile.rqth).toBe('oui');
  });

  it.each([
    ["J'ai la RQTH depuis trois ans et je voudrais savoir si je peux changer de poste", 'oui'],
    ["J'ai déposé ma demande de RQTH à la MDPH en mars", 'en_cours'],
  ])('Given a recognition held or asked for, When read, Then it stands: %s', (text, rqth) => {
    expect(extractProfile(text).profile.rqth).toBe(rqth);
  });

  it.each([
    ["Je n'ai plus de RQTH depuis qu'elle a expiré en mars", 'rqth', 'non'],
    ['Je ne suis plus cadre depuis que je suis passé à temps partiel', 'cadre', false],
  ] as const)('Given a recognition or a status that is over, When read, Then it is not held: %s', (text, fact, value) => {
    expect(extractProfile(text).profile[fact]).toBe(value);
  });

  it('Given a cadre who asks a question about a scheme, When read, Then cadre', () => {
    expect(extractProfile("Je suis cadre dans l'industrie et je voudrais savoir si je peux faire un bilan").profile.cadre).toBe(true);
  });
});

describe('A past status is not today\'s', () => {
  it.each([
    ["J'ai été militaire pendant huit ans, aujourd'hui je suis en CDI chez un paysagiste", 'salarie_prive'],
    ["Avant j'étais intérimaire, maintenant je suis fonctionnaire à la mairie", 'agent_public'],
    ["J'ai été étudiant en histoire, depuis deux ans je suis serveur en CDI", 'salarie_prive'],
    ["J'ai bossé six ans à l'hôpital, je suis inscrite à France Travail depuis juin", 'demandeur_emploi'],
  ])('Given a status told in the past and one today, When read, Then today\'s status: %s', (text, status) => {
    expect(extractProfile(text).profile.status).toBe(status);
  });
});
