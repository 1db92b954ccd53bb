// Territory: postcode / town / département → commune → département → région, on the real
// referentials (@etalab/decoupage-administratif, codes-postaux). Given/When/Then tables.
import { describe, expect, it } from 'vitest';
import {
  completePlace,
  findPlaceInText,
  resolveDepartement,
  resolvePlace,
  resolvePostcode,
  resolveTownName,
  type TerritoryResult,
} from '../../knowledge/territory/index.js';

function summary(r: TerritoryResult): string {
  switch (r.kind) {
    case 'commune':
      return `commune ${r.commune.insee} ${r.place.departement} ${r.place.region}`;
    case 'ambiguous':
      return `ambiguous ${r.reason} dep=${r.common.departement ?? '-'}`;
    case 'departement':
      return `departement ${r.departement} ${r.region}`;
    case 'region':
      return `region ${r.region}`;
    case 'unknown':
      return `unknown ${r.reason}`;
  }
}

describe('Territory — postcodes', () => {
  const table: Array<[string, string, string]> = [
    ['Paris 1er (arrondissement)', '75001', 'commune 75101 75 11'],
    ['Paris 16e, second postcode 75116', '75116', 'commune 75116 75 11'],
    ['Lyon 3e (arrondissement)', '69003', 'commune 69383 69 84'],
    ['Marseille 1er (arrondissement)', '13001', 'commune 13201 13 93'],
    ['Corse-du-Sud: Ajaccio 20090', '20090', 'commune 2A004 2A 94'],
    ['Haute-Corse: 20200 (Bastia and Ville-di-Pietrabugno)', '20200', 'ambiguous postcode_several_communes dep=2B'],
    ['Haute-Corse: a single-commune postcode', '20222', 'commune 2B043 2B 94'],
    ['Guadeloupe: Pointe-à-Pitre', '97110', 'commune 97120 971 01'],
    ['Martinique: Fort-de-France', '97200', 'commune 97209 972 02'],
    ['Guyane: Cayenne', '97300', 'commune 97302 973 03'],
    ['La Réunion: Saint-Denis', '97400', 'commune 97411 974 04'],
    ['Mayotte: 97600 shared by two communes', '97600', 'ambiguous postcode_several_communes dep=976'],
    ['Saint-Étienne', '42000', 'commune 42218 42 84'],
    ['a rural postcode shared by many communes', '10110', 'ambiguous postcode_several_communes dep=10'],
    ['a postcode that does not exist', '99999', 'unknown postcode_unknown'],
    ['00000', '00000', 'unknown postcode_unknown'],
    ['four digits', '1234', 'unknown postcode_invalid'],
    ['letters', 'abcde', 'unknown postcode_invalid'],
  ];
  it.each(table)('Given %s, When resolving postcode %s, Then %s', (_given, cp, expected) => {
    expect(summary(resolvePostcode(cp))).toBe(expected);
  });

  it('Given an arrondissement postcode, Then the commune knows its parent city', () => {
    const r = resolvePostcode('75018');
    expect(r.kind).toBe('commune');
    if (r.kind !== 'commune') return;
    expect(r.commune.kind).toBe('arrondissement');
    expect(r.commune.parent).toEqual({ insee: '75056', name: 'Paris' });
    expect(r.place).toMatchObject({ postcode: '75018', communeInsee: '75118', departement: '75', region: '11' });
  });

  it('Given 13013 (Marseille 12e/13e/14e), Then it is ambiguous but the city Marseille is certain', () => {
    const r = resolvePostcode('13013');
    expect(r.kind).toBe('ambiguous');
    if (r.kind !== 'ambiguous') return;
    expect(r.common).toMatchObject({ communeInsee: '13055', communeName: 'Marseille', departement: '13', region: '93', postcode: '13013' });
    expect(r.candidates.every((c) => c.parent?.insee === '13055')).toBe(true);
  });

  it('Given a postcode with several communes, Then the question lists them in French', () => {
    const r = resolvePostcode('97600');
    expect(r.kind).toBe('ambiguous');
    if (r.kind !== 'ambiguous') return;
    expect(r.question).toMatch(/^Le code postal 97600 correspond à plusieurs communes\. Laquelle est la vôtre \?/);
    expect(r.candidates.map((c) => c.name)).toEqual(expect.arrayContaining(['Mamoudzou', 'Koungou']));
  });

  it('Given an unknown postcode, Then the message is French and asks to check', () => {
    const r = resolvePostcode('99999');
    expect(r.kind === 'unknown' && r.message).toMatch(/Je ne trouve pas le code postal 99999/);
  });
});

describe('Territory — town names', () => {
  const table: Array<[string, string, string]> = [
    ['accents and hyphens', 'Saint-Étienne', 'commune 42218 42 84'],
    ['"st" abbreviation, no accent', 'st etienne', 'commune 42218 42 84'],
    ['capitals', 'SAINT-ETIENNE', 'commune 42218 42 84'],
    ['"ste", homonyms with one dominant', 'ste genevieve des bois', 'commune 91549 91 11'],
    ['a typo', 'Marseile', 'commune 13055 13 93'],
    ['a missing letter', 'Bordeau', 'commune 33063 33 75'],
    ['arrondissement "Lyon 3"', 'Lyon 3', 'commune 69383 69 84'],
    ['arrondissement "Paris 15e"', 'paris 15e', 'commune 75115 75 11'],
    ['article dropped', 'Havre', 'commune 76351 76 28'],
    ['Corsica', 'Ajaccio', 'commune 2A004 2A 94'],
    ['Corsica', 'Bastia', 'commune 2B033 2B 94'],
    ['Mayotte', 'Mamoudzou', 'commune 97611 976 06'],
    ['Guadeloupe', 'Pointe-à-Pitre', 'commune 97120 971 01'],
    ['homonyms of similar size', 'Saint-Denis', 'ambiguous homonyms dep=-'],
    ['homonyms, one dominant', 'Montreuil', 'commune 93048 93 11'],
    ['short name of a merged town', 'Évry', 'commune 91228 91 11'],
    ['short name of a big town', 'Clermont', 'commune 63113 63 84'],
    ['two big towns share the short name', 'Aix', 'ambiguous homonyms dep=-'],
    ['nothing like a commune', 'Xyzville', 'unknown name_unknown'],
  ];
  it.each(table)('Given %s, When resolving "%s", Then %s', (_given, name, expected) => {
    expect(summary(resolveTownName(name))).toBe(expected);
  });

  it('Given "Saint-Denis", Then the candidates name their départements (93 and 974 first)', () => {
    const r = resolveTownName('Saint-Denis');
    expect(r.kind).toBe('ambiguous');
    if (r.kind !== 'ambiguous') return;
    expect(r.candidates.slice(0, 2).map((c) => c.departement).sort()).toEqual(['93', '974']);
    expect(r.question).toContain('Saint-Denis (La Réunion, 974)');
    expect(r.question).toContain('Saint-Denis (Seine-Saint-Denis, 93)');
  });

  it('Given a typo, Then the result says what was corrected', () => {
    const r = resolveTownName('Marseile');
    expect(r.kind === 'commune' && r.correctedFrom).toBe('Marseile');
  });
});

describe('Territory — départements, regions, whatever was typed', () => {
  const table: Array<[string, string, string]> = [
    ['a département number', '93', 'departement 93 11'],
    ['a one-digit département', '6', 'departement 06 93'],
    ['Corse-du-Sud', '2A', 'departement 2A 94'],
    ['Haute-Corse lower case', '2b', 'departement 2B 94'],
    ['La Réunion', '974', 'departement 974 04'],
    ['Mayotte', '976', 'departement 976 06'],
    ['a département name', 'Gironde', 'departement 33 75'],
    ['a region name (not the small commune Bretagne)', 'Bretagne', 'region 53'],
    ['a postcode', '69003', 'commune 69383 69 84'],
    ['a town', 'Rennes', 'commune 35238 35 53'],
    ['a département that does not exist', '99', 'unknown departement_unknown'],
  ];
  it.each(table)('Given %s, When resolving "%s", Then %s', (_given, raw, expected) => {
    expect(summary(resolvePlace(raw))).toBe(expected);
  });

  it('Given "20" (old Corsica number), Then the answer asks 2A or 2B', () => {
    const r = resolveDepartement('20');
    expect(r.kind === 'unknown' && r.message).toMatch(/Corse-du-Sud \(2A\).*Haute-Corse \(2B\)/);
  });

  it('Given a profile place with only a postcode, When completed, Then commune, département and région are filled', () => {
    expect(completePlace({ postcode: '35000' }).place).toMatchObject({ communeInsee: '35238', departement: '35', region: '53' });
    expect(completePlace({ communeInsee: '2B033' }).place).toMatchObject({ departement: '2B', region: '94' });
    expect(completePlace({ postcode: '99999' }).result?.kind).toBe('unknown');
  });
});

describe('Territory — places in free text', () => {
  const found: Array<[string, string]> = [
    ["j'habite à Saint-Étienne", 'commune 42218 42 84'],
    ["j'habite à st etienne depuis 10 ans", 'commune 42218 42 84'],
    ['je suis dans le 93', 'departement 93 11'],
    ['jsuis ds le 62, 45 ans', 'departement 62 32'],
    ['jsuis a marseile', 'commune 13055 13 93'],
    ["j'ai 45 ans et je vis à Lyon 3e", 'commune 69383 69 84'],
    ['Paris 18e, 25 ans, pas de boulot', 'commune 75118 75 11'],
    ["j'habite en Gironde", 'departement 33 75'],
    ['je suis au chomage depuis 3 mois, 33000', 'commune 33063 33 75'],
    ['je vis à Saint-Denis à la Réunion', 'commune 97411 974 04'],
    ["j'habite à Saint-Denis (93)", 'commune 93066 93 11'],
    ["J'habite Rennes", 'commune 35238 35 53'],
    ['salut jsui en bretagne', 'region 53'],
    ["j'ai 22 ans je suis dans le nord", 'departement 59 32'],
    ["j'habite près de Toulouse", 'commune 31555 31 76'],
    ['je suis de Fort de France', 'commune 97209 972 02'],
    ['salarié à Mamoudzou, 30 ans', 'commune 97611 976 06'],
    ["j'habite en Haute-Corse", 'departement 2B 94'],
    ['au chômage à Bastia, 50 ans', 'commune 2B033 2B 94'],
    ['infirmière titulaire, 35 ans, Clermont-Ferrand', 'commune 63113 63 84'],
    ['75011, 29 ans, fonctionnaire', 'commune 75111 75 11'],
    // The best place cue wins: where the person lives, not where they work, were born or applied.
    ["je suis né à Alger, j'ai grandi à Marseille et là j'habite à Lyon", 'commune 69123 69 84'],
    ["je travaille à Paris dans une assurance et j'habite à Meaux", 'commune 77284 77 11'],
    ["J'ai postulé à un emploi à Nantes mais j'habite à Angers.", 'commune 49007 49 52'],
    ["J'ai travaillé 10 ans à Paris puis à Lyon, je suis revenue m'installer à Brest.", 'commune 29019 29 53'],
    // Commune names that are ordinary words, with a place cue.
    ["j'habite à Tours", 'commune 37261 37 24'],
    ['jsuis a Six-Fours, 31 ans', 'commune 83129 83 93'],
  ];
  it.each(found)('Given "%s", When looking for a place, Then %s', (text, expected) => {
    const m = findPlaceInText(text);
    expect(m && summary(m.result)).toBe(expected);
  });

  const notPlaces = [
    'je cherche une formation a distance',
    'je gagne 20000 euros par an',
    "je suis à la recherche d'un emploi",
    "infirmière titulaire à l'hôpital public",
    "je suis salarié dans l'hôtellerie",
    'g une rqth en cours',
    'mon fils a quitté le lycée',
    "j'ai 45 ans et je suis au chômage depuis 12 mois",
    'je suis agent territorial',
    'je suis à la maison avec les enfants',
    // Ordinary words that are commune or area names somewhere, without a place cue.
    "j'ai un reste à charge de 400 € sur mon CPF",
    "j'étais à la réunion du CSE ce matin",
    'licencié il y a six mois, je cherche une formation',
    'je suis technicien chez Orange depuis 15 ans',
    'je fais des tours de garde la nuit',
    'dans le sens où mon métier ne me plaît plus',
    "g un gap de 2 ans dans mon cv",
    'je suis à la rue depuis hier',
    'je cherche un job d’été',
    'je veux passer un cap petite enfance',
    'je m’appelle Marie Lourdes, je suis vendeuse',
  ];
  it.each(notPlaces)('Given "%s" (no place), When looking for a place, Then nothing is found', (text) => {
    expect(findPlaceInText(text)).toBeUndefined();
  });

  it('Given "je suis dans le 20", Then the answer asks Corse-du-Sud (2A) or Haute-Corse (2B)', () => {
    const m = findPlaceInText('je suis dans le 20, 40 ans');
    expect(m?.result.kind === 'unknown' && m.result.message).toMatch(/2A.*2B/);
  });

  it('Given an unknown postcode in text, Then it is reported as unknown, not ignored', () => {
    const m = findPlaceInText('salarié, 35 ans, code postal 99999');
    expect(m?.via).toBe('postcode');
    expect(m?.result.kind).toBe('unknown');
  });
});

describe('Territory — communes with several postcodes', () => {
  it('Given Ajaccio (20000, 20090, 20167), When resolved by name, Then one commune, no question, no postcode guessed', () => {
    const r = resolveTownName('Ajaccio');
    expect(r.kind).toBe('commune');
    if (r.kind !== 'commune') return;
    expect(r.commune.postcodes).toEqual(expect.arrayContaining(['20000', '20090', '20167']));
    expect(r.place.postcode).toBeUndefined();
    expect(r.place).toMatchObject({ communeInsee: '2A004', departement: '2A', region: '94' });
  });
  it('Given Saint-Barthélemy (97133, a collectivité), Then it resolves with its own code and zone "com"', () => {
    const r = resolvePostcode('97133');
    expect(r.kind === 'commune' && [r.commune.departement, r.commune.zone]).toEqual(['977', 'com']);
  });
});
