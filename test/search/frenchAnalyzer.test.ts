import { describe, expect, it } from 'vitest';
import { analyzeQueryText, companionWords, documentTokens, expandQuery, foldText, masculine, placeComplementWords, stem, synonymEntryCount } from '../../knowledge/search/frenchAnalyzer.js';

/** The index side as lexicalIndex.ts wires it: tokens without stop words, then stems. */
const analyzeDocument = (text: string): string[] => documentTokens(text).map(stem);

describe('French analyzer', () => {
  it('folds case, accents and ligatures', () => {
    expect(foldText('Éducatrice SPÉCIALISÉE Œnologue')).toBe('educatrice specialisee oenologue');
  });

  it('splits elisions and drops stop words (l\', d\', qu\', j\', n\', s\', c\')', () => {
    expect(analyzeDocument("l'aide d'urgence qu'il n'a s'il c'est j'ai")).toEqual(analyzeDocument('aide urgence il'));
    expect(analyzeDocument("l’école")).toEqual(analyzeDocument('école'));
  });

  it.each([
    ['conductrice', 'conducteur'],
    ['vendeuse', 'vendeur'],
    ['boulangère', 'boulanger'],
    ['infirmières', 'infirmier'],
    ['mécanicienne', 'mécanicien'],
    ['éducatrice', 'éducateur'],
    ['aide-soignante', 'aide-soignant'],
  ])('Given the feminine "%s", Then it analyses like the masculine "%s"', (fem, masc) => {
    expect(analyzeDocument(fem)).toEqual(analyzeDocument(masc));
  });

  it('keeps both genders of a ROME label meeting either form', () => {
    const label = analyzeDocument('Conducteur / Conductrice de bus');
    expect(label).toEqual(expect.arrayContaining(analyzeQueryText('conductrice')));
    expect(masculine('coiffeuse')).toBe('coiffeur');
  });

  it('drops intent and hesitation words from queries only', () => {
    expect(analyzeQueryText('euh ben je voudrais devenir boulanger quoi')).toEqual(analyzeQueryText('boulanger'));
    expect(analyzeDocument('Inspecteur du travail')).toContain('travail');
  });

  it.each([
    ['ASH', /service hospitalier/],
    ['un poste d\'AESH', /situation handicap/],
    ['ATSEM', /ecoles maternelles/],
    ['CACES', /cariste/],
    ['VTC', /vtc/],
    ['BTP', /batiment travaux publics/],
    ['RH', /ressources humaines/],
    ['je cherche en compta', /comptable/],
    ['auxiliaire de vie', /accompagnant educatif social/],
    ['informaticien', /developpeur/],
    ['dev', /developpeur/],
    ['chauffeur', /conducteur/],
  ])('expands "%s" from the synonym table', (q, re) => {
    expect(expandQuery(q).expansion).toMatch(re);
  });

  it('matches two-letter acronyms only in capitals ("AS" yes, "tu as" no)', () => {
    expect(expandQuery('je veux devenir AS').expansion).toMatch(/aide soignant/);
    expect(expandQuery('tu as raison').expansion).toBe('');
  });

  it('replaces slang words that carry no trade meaning (boulot, taf)', () => {
    expect(analyzeQueryText(expandQuery('un taf dans la compta').text)).toEqual([]);
  });

  it('ships a real synonym table', () => {
    expect(synonymEntryCount()).toBeGreaterThan(100);
  });

  it('returns nothing for emoji, punctuation or HTML-only input, and bounds long input', () => {
    expect(analyzeQueryText('🙂🙂🙂 !!! ???')).toEqual([]);
    expect(analyzeQueryText('<b></b><br/>')).toEqual([]);
    expect(analyzeQueryText('<script>alert(1)</script>')).toEqual([]);
    expect(analyzeQueryText('<b>plombier</b>')).toEqual(analyzeQueryText('plombier'));
    const long = 'boulanger '.repeat(1000);
    expect(analyzeQueryText(long).length).toBeLessThan(60);
  });

  it('keeps « car » and « maïs » as nouns after a determiner or a preposition, and drops the conjunctions', () => {
    expect(analyzeDocument('Conducteur de car')).toContain('car');
    expect(analyzeDocument('Cultiver le maïs')).toContain('mais');
    expect(analyzeQueryText('je vais au travail en car')).toContain('car');
    expect(analyzeQueryText('je veux changer car je suis fatigué')).not.toContain('car');
    expect(analyzeQueryText('mais je ne sais pas')).toEqual([]);
  });

  it('splits the pronoun fused to its verb in SMS writing (« jbosse », « jrépare »), not words that start with j', () => {
    expect(analyzeQueryText('jrépare des vélos')).toEqual(analyzeQueryText('je répare des vélos'));
    expect(analyzeQueryText('jsuis jardinier')).toEqual(analyzeQueryText('jardinier'));
    expect(analyzeDocument('Jardinier')).toEqual(['jardini']);
  });

  it('expands « maîtresse » to the school teacher, except at the start of another title (« maîtresse de chai »)', () => {
    expect(expandQuery('je suis maîtresse en CE2').expansion).toMatch(/professeur/);
    expect(expandQuery('maîtresse de maison').expansion).not.toMatch(/professeur/);
    expect(expandQuery("maîtresse d'hôtel").expansion).not.toMatch(/professeur/);
  });

  it('keeps « son » as the noun (sound) after an article or a word when nothing it could determine follows, and drops the possessive', () => {
    expect(analyzeDocument('Ingénieur du son')).toContain('son');
    expect(analyzeQueryText('technicien son et lumière')).toContain('son');
    expect(analyzeQueryText('régisseur son')).toContain('son');
    expect(analyzeDocument('Organiser le travail de son équipe')).not.toContain('son');
    expect(analyzeDocument('Gérer son budget')).not.toContain('son');
  });

  it('drops SMS abbreviations of function words (« pr », « ds », « avc »)', () => {
    expect(analyzeQueryText('cuisinier pr un resto ds le sud avc des horaires')).toEqual(analyzeQueryText('cuisinier pour un resto dans le sud avec des horaires'));
  });

  it('drops « recrute » / « embauche » as a question about openings, but keeps « je recrute » (the work itself)', () => {
    expect(analyzeQueryText('boulanger qui recrute')).toEqual(analyzeQueryText('boulanger'));
    expect(analyzeQueryText('est-ce que les hôpitaux embauchent des brancardiers')).not.toContain(stem('embauchent'));
    expect(analyzeQueryText('je recrute du personnel')).toContain(stem('recrute'));
  });

  it('leaves a table term alone after the words that make it a complement (« au feu de bois » is no woodwork)', () => {
    expect(expandQuery('je voudrais travailler le bois').expansion).toMatch(/menuisier/);
    expect(expandQuery('une cuisine au feu de bois').expansion).not.toMatch(/menuisier/);
    expect(expandQuery('cuire le pain dans un four à bois').expansion).not.toMatch(/menuisier/);
  });

  it('reads « vieux » as elderly people only when no noun follows it (« restaurer de vieux buffets » is about furniture)', () => {
    expect(expandQuery('m occuper des vieux').expansion).toMatch(/personnes agees/);
    expect(expandQuery('aider les vieilles à faire leurs courses').expansion).toMatch(/personnes agees/);
    expect(expandQuery('restaurer de vieux buffets en chêne').expansion).not.toMatch(/personnes agees/);
    expect(expandQuery('retaper des vieilles motos').expansion).not.toMatch(/personnes agees/);
  });

  it('reads childcare at one\'s own home as the childminder and teaching to drive as the driving instructor', () => {
    expect(expandQuery('garder des enfants à la maison').expansion).toMatch(/assistant maternel/);
    expect(expandQuery('apprendre à conduire aux jeunes').expansion).toMatch(/enseignant conduite/);
    expect(expandQuery('conduire un camion').expansion).not.toMatch(/enseignant conduite/);
  });

  it('reads everyday activity families as their trades (dishes, window cleaning, tattoos, fruit picking, mental health)', () => {
    expect(expandQuery('je lave la vaisselle à la cantine').expansion).toMatch(/plongeur/);
    expect(expandQuery('laver les vitres des bureaux').expansion).toMatch(/laveur vitres/);
    expect(expandQuery('dessins sur le corps').replacement).toMatch(/tatoueur/);
    expect(expandQuery('cueillir des cerises').expansion).toMatch(/cueilleur/);
    expect(expandQuery('rouler gyrophare allumé').replacement).toMatch(/ambulancier/);
    expect(expandQuery('accompagner les jeunes en souffrance psychique').expansion).toMatch(/psychologue/);
  });

  it('reads computers in everyday words as computing, and the family benefits office as social work', () => {
    expect(expandQuery('installer des PC dans une école').expansion).toMatch(/informatique/);
    expect(expandQuery('mon ordi plante').expansion).toMatch(/informatique/);
    expect(expandQuery('monter un dossier de RSA').expansion).toMatch(/assistant social/);
  });

  it('finds the words right after « avec » and a determiner (the people or tools worked with)', () => {
    expect(companionWords('faire les soins avec les infirmières et avec un chariot')).toEqual(['infirmieres', 'chariot']);
    expect(companionWords('avec')).toEqual([]);
    expect(companionWords('avec plaisir')).toEqual([]);
  });

  it('reads « centre commercial » as a place, not the salesman titles', () => {
    expect(expandQuery('commerciale terrain').expansion).toMatch(/attache/);
    expect(expandQuery('agent d’entretien dans un centre commercial').expansion).not.toMatch(/attache/);
  });

  it('tells what a place complement brought from the table (« sur les chantiers », « dans la cuisine d’un resto ») from a title', () => {
    expect(expandQuery('poser des parpaings sur les chantiers').placeExpansion).toMatch(/chantier/);
    expect(expandQuery('laver les sols dans la cuisine d’un resto').placeExpansion).toMatch(/restauration/);
    expect(expandQuery('ouvrier de chantier').placeExpansion).toBe('');
    expect(expandQuery('serveur dans un resto').placeExpansion).toBe('');
    // « à la logistique » names a department, whose title is the person's trade.
    expect(expandQuery('je range les colis à la logistique').placeExpansion).toBe('');
  });

  it('reads a workplace (« usine ») after a preposition as where the work is done: left out next to a named trade, a place next to named work, whole alone', () => {
    // Another table term names the work: the factory is only where it is done.
    expect(expandQuery('manutention à l’usine').expansion).not.toMatch(/operateur production/);
    expect(expandQuery('manutention à l’usine').expansion).toMatch(/manutentionnaire/);
    // The person names some work: the factory's trades weigh as a place complement.
    expect(expandQuery('plier des tôles en usine').placeExpansion).toMatch(/operateur production/);
    // Alone, or with words that only say « work », it still stands for the factory's trades.
    expect(expandQuery('un boulot en usine').expansion).toMatch(/operateur production/);
    expect(expandQuery('un boulot en usine').placeExpansion).toBe('');
    expect(expandQuery('les usines du coin recrutent').expansion).toMatch(/operateur production/);
    expect(placeComplementWords('plier des tôles à l’usine').has('usine')).toBe(true);
    expect(placeComplementWords('préparer les repas à la cantine').has('cantine')).toBe(false);
  });

  it('reads rehabilitation, medical imaging, early reading, hotel rooms and horse care as their trades’ words', () => {
    expect(expandQuery('aider un blessé à remarcher').expansion).toMatch(/kinesitherapeute/);
    expect(expandQuery('rééducation de la parole chez l’enfant').expansion).not.toMatch(/kinesitherapeute/);
    expect(expandQuery('passer des radios aux blessés').expansion).toMatch(/electroradiologie/);
    expect(expandQuery('scanner des documents au bureau').expansion).not.toMatch(/electroradiologie/);
    expect(expandQuery('apprendre à compter à des CM1').expansion).toMatch(/professeur ecoles/);
    expect(expandQuery('faire les chambres d’un gîte').expansion).toMatch(/employe etage/);
    expect(expandQuery('pailler les boxes du haras').expansion).toMatch(/palefrenier/);
  });

  it('reads everyday animal names as the ROME livestock words and the lower-case « cm » as community manager', () => {
    expect(expandQuery('élever des brebis').expansion).toMatch(/ovins/);
    expect(expandQuery('soigner les cochons').expansion).toMatch(/porcins/);
    expect(expandQuery('cm en freelance').expansion).toMatch(/community manager/);
    expect(expandQuery('une planche de 20 cm2').expansion).not.toMatch(/community/);
  });

  it('reads « prof de » a sport as a sports instructor, not a school teacher (« prof de maths » stays a teacher)', () => {
    expect(expandQuery('prof de karaté pour les jeunes').expansion).toMatch(/educateur sportif/);
    expect(expandQuery('prof de karaté pour les jeunes').expansion).not.toMatch(/enseignant/);
    expect(expandQuery('prof de maths en collège').expansion).toMatch(/enseignant/);
  });
});
