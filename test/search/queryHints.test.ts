// Query hints from the trade vocabulary (phonetic readings, clipped forms, infinitives), the French
// phonetic key they rest on, and the brand table; on the real built-in knowledge base.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../knowledge/base/loadKnowledgeBase.js';
import { brandEntryCount, expandQuery, foldText } from '../../knowledge/search/frenchAnalyzer.js';
import { phoneticKey } from '../../knowledge/search/frenchPhonetic.js';
import { presentForms, QueryHints } from '../../knowledge/search/queryHints.js';
import { documentsOf, type SearchDocument } from '../../knowledge/search/searchDocument.js';

const key = (w: string) => phoneticKey(foldText(w));

describe('French phonetic key', () => {
  // Examples chosen outside the blind job-query set (test/relevance/jobQueriesBlind.json).
  it.each([
    ['téléfoniste', 'téléphoniste'],
    ['chanpignonniste', 'champignonniste'],
    ['réseptionniste', 'réceptionniste'],
    ['tapicier', 'tapissier'],
    ['opticiène', 'opticienne'],
    ['vandangeur', 'vendangeur'],
    ['restorateur', 'restaurateur'],
    ['mécanik', 'mécanique'],
    ['cuisignier', 'cuisinier'],
    ['boulangerre', 'boulanger'],
    ['agen', 'agent'],
    ['coiffeuze', 'coiffeuse'],
  ])('Given "%s", Then it sounds like "%s"', (typed, meant) => {
    expect(key(typed)).toBe(key(meant));
  });

  it.each([
    ['boucher', 'boulanger'],
    ['plombier', 'pompier'],
    ['chauffeur', 'coiffeur'],
    ['maçon', 'maison'],
  ])('keeps "%s" and "%s" apart', (a, b) => {
    expect(key(a)).not.toBe(key(b));
  });

  it('is empty for input without letters', () => {
    expect(phoneticKey('1234 !!')).toBe('');
  });
});

describe('present-tense forms of 2nd and 3rd group verbs', () => {
  it.each([
    ['conduire', 'conduis'],
    ['vendre', 'vends'],
    ['prendre', 'prends'],
    ['peindre', 'peins'],
    ['tenir', 'tiens'],
    ['servir', 'sers'],
    ['finir', 'finis'],
    ['mettre', 'mets'],
  ])('Given "%s", Then "%s" is one of its forms', (infinitive, form) => {
    expect(presentForms(infinitive)).toContain(form);
  });
});

describe('Query hints from the trade vocabulary', () => {
  let hints: QueryHints;
  beforeAll(() => {
    hints = new QueryHints(documentsOf(loadKnowledgeBase()));
  });

  it.each([
    ['grafiste', 'graphiste'],
    ['chanpignoniste', 'champignonniste'],
    ['ortoptiste', 'orthoptiste'],
    ['ergotérapeute', 'ergotherapeute'],
  ])('Given the phonetic spelling "%s", Then the trade word "%s" is hinted', (q, word) => {
    expect(hints.for(q).split(' ')).toContain(word);
  });

  it.each([
    ['archi', 'architecte'],
    ['magas', 'magasinier'],
  ])('Given the clipped form "%s", Then the appellation word "%s" is hinted', (q, word) => {
    expect(hints.for(q).split(' ')).toContain(word);
  });

  // Examples chosen outside the job-query sets (test/relevance/*.json).
  it.each([
    ['directeur de la com', 'communication'],
    ['chargé de recru', 'recrutement'],
  ])('Given the clipped form in "%s", Then the completion met with the other words comes first', (q, word) => {
    expect(hints.for(q).split(' ')[0]).toBe(word);
  });

  it.each([
    ['souderu', 'soudeur'],
    ['archtiecte', 'architecte'],
    ['jornaliste', 'journaliste'],
  ])('Given the typing slip "%s", Then the trade word "%s" is hinted', (q, word) => {
    expect(hints.for(q).split(' ')).toContain(word);
  });

  it('Given a trade name with a cedilla written as heard (« masson »), Then the trade word is hinted', () => {
    expect(hints.for('masson').split(' ')).toContain('macon');
  });

  it('Given the plural of a word the trades use, Then it is not read as a misspelling', () => {
    expect(hints.for('les matins')).toBe('');
  });

  it('Given an activity, Then a short object word is not completed into a trade name it does not meet (« des docs »)', () => {
    expect(hints.for('je range des docs')).not.toMatch(/documentaliste|docker/);
  });

  it('does not turn an ordinary word into a trade name by changing its first letter', () => {
    expect(hints.for('éteindre les incendies')).not.toMatch(/teindre/);
  });

  it('Given an activity verb, Then the agent noun is read apart, only when one of its trades uses the other words', () => {
    expect(hints.read('je répare des montres').agents).toContain('reparateur');
    expect(hints.read('je prépare les repas des enfants').agents).toEqual([]);
  });

  it('Given an activity with a place complement, Then the agent noun need not meet the place (« en atelier »)', () => {
    expect(hints.read('je soude des tuyaux en atelier').agents).toContain('soudeur');
    expect(hints.read('souder des grilles en acier dans un garage').agents).toContain('soudeur');
  });

  it('Given a factory after a preposition (« à l’usine »), Then it is where the work is done: no usineur, and no word the agent must meet', () => {
    expect(hints.read('souder des grilles en acier à l’usine').agents).toContain('soudeur');
    expect(hints.read('souder des grilles en acier à l’usine').agents).not.toContain('usineur');
  });

  it('Given an object that names the trade, Then the people the table reads as a sector need not be in its texts (« bébés »)', () => {
    expect(hints.read('faire des photos de bébés').agents).toContain('photographe');
    expect(hints.read('faire des photos de mariages pour les seniors').agents).toContain('photographe');
  });

  it('Given exactly three other words, Then an agent noun whose trade uses two of them is read; with two, both are needed', () => {
    expect(hints.read('je répare des montres anciennes abîmées').agents).toContain('reparateur');
    expect(hints.read('je prépare les repas des enfants').agents).toEqual([]);
  });

  it('Given an activity, Then an object that names its trade gives that trade too (vigne → vigneron), not outside an activity', () => {
    expect(hints.read('je soigne les dents').agents).toContain('dentiste');
    expect(hints.read('je taille la vigne').agents).toContain('vigneron');
    expect(hints.read('vigne').agents).toEqual([]);
  });

  // Examples chosen outside the job-query sets (test/relevance/*.json).
  it('Given a trade name typed in two pieces, Then the joined word is hinted; two known words are left alone', () => {
    expect(hints.for('charpen tier').split(' ')).toContain('charpentier');
    expect(hints.for('chaudron nier').split(' ')).toContain('chaudronnier');
    // The pieces are not read on their own any more (« bier » is no « bière »).
    expect(hints.for('plom bier')).toBe('plombier');
    expect(hints.for('boucher charcutier')).toBe('');
  });

  it('Given « faire » with an object, Then the query describes an activity (« faire carrière » does not)', () => {
    expect(hints.describesActivity('faire des gâteaux pour les mariages')).toBe(true);
    expect(hints.describesActivity('je fais le ménage chez des particuliers')).toBe(true);
    expect(hints.describesActivity('faire carrière dans la banque')).toBe(false);
  });

  it('Given a conjugated verb of the competences, Then its infinitive is hinted', () => {
    expect(hints.for('je conduis des engins').split(' ')).toContain('conduire');
    expect(hints.for('je vends des chaussures').split(' ')).toContain('vendre');
  });

  it('tells an activity described with a verb from a job title', () => {
    expect(hints.describesActivity('je répare des vélos')).toBe(true);
    expect(hints.describesActivity('je conduis des engins')).toBe(true);
    expect(hints.describesActivity('mécanicien automobile')).toBe(false);
  });

  it('Given words the trades already use, or words of the synonym table, Then nothing is hinted', () => {
    expect(hints.for('boulanger')).toBe('');
    expect(hints.for('aide-soignante en ehpad')).toBe('');
    expect(hints.for('cuistot')).toBe('');
  });

  it('Given hostile or empty input, Then hints are empty and fast', () => {
    expect(hints.for('')).toBe('');
    expect(hints.for('<script>alert(1)</script>')).toBe('');
    const t = performance.now();
    hints.for('zzzzzzzzzz '.repeat(200));
    expect(performance.now() - t).toBeLessThan(200);
  });
});

describe('Acronyms read from the initials of appellations', () => {
  const trade = (code: string, appellations: string, skills: string): SearchDocument => ({
    type: 'trade', id: code, code, label: appellations.split(' ; ')[0], appellations, skills, definition: '', source: 'test', romeCodes: [code],
  });
  const docs = [
    trade('Z0001', 'Sauveteur nautique côtier / Sauveteuse nautique côtière ; Surveillant / Surveillante de baignade', 'Surveiller la plage ; Porter secours'),
    trade('Z0002', 'Soudeur naval confirmé / Soudeuse navale confirmée ; Soudeur / Soudeuse', 'Souder des coques ; Préparer le chantier'),
    trade('Z0003', 'Opérateur / Opératrice de presse', 'Régler la presse'),
  ];

  it('Given initials of three or more words, Then the appellation they stand for is hinted (masculine form, small words left out)', () => {
    const hints = new QueryHints(docs);
    expect(hints.for('SNC').split(' ')).toEqual(['sauveteur', 'nautique', 'cotier', 'soudeur', 'naval', 'confirme']);
    expect(hints.for('OP')).toBe(''); // two letters: too ambiguous
  });

  it('Given initials shared by two names, Then the one whose trade uses the other words; none when neither does', () => {
    const hints = new QueryHints(docs);
    expect(hints.for('SNC à la plage')).toBe('sauveteur nautique cotier');
    expect(hints.for('snc sur un chantier')).toBe('soudeur naval confirme');
    expect(hints.for('SNC en cuisine')).toBe('');
  });

  it("Given initials standing alone, Then a trade's own name wins over another trade's alternative title", () => {
    const hints = new QueryHints([docs[0], trade('Z0004', 'Agent / Agente de quai ; Superviseur naval côtier / Superviseuse navale côtière', 'Charger les navires')]);
    expect(hints.for('SNC')).toBe('sauveteur nautique cotier');
  });
});

describe('Brand table', () => {
  it('has entries', () => {
    expect(brandEntryCount()).toBeGreaterThan(20);
  });

  it.each([
    ['je bosse chez Cdiscount', /preparateur commandes/],
    ['je travaille chez Monoprix', /hote caisse/],
    ["convoyeur chez Brink's", /convoyeur fonds/],
    ['équipière chez McDo', /equipier polyvalent/],
  ])('Given "%s", Then the sector words are added and the brand dropped', (q, re) => {
    const { text, expansion } = expandQuery(q);
    expect(expansion).toMatch(re);
    expect(text).not.toMatch(/cdiscount|monoprix|brink|mcdo/);
  });

  it('reads clipped and slang forms of the synonym table in their context', () => {
    expect(expandQuery('asmat agréée').expansion).toMatch(/assistant maternel/);
    expect(expandQuery('prof de maths au bahut').expansion).toMatch(/college lycee/);
    // « flic » alone is the national police; next to « municipal » it is the municipal police only.
    expect(expandQuery('flic municipal').expansion).not.toMatch(/gardien paix/);
    expect(expandQuery('flic municipal').expansion).toMatch(/policier municipal/);
    // Washing people is care; washing dogs is grooming.
    expect(expandQuery('faire la toilette des résidents').expansion).toMatch(/soins hygiene/);
    expect(expandQuery('faire la toilette des chiens').expansion).not.toMatch(/soins hygiene/);
  });

  it('keeps apart what the brands brought and the query without them', () => {
    const q = expandQuery('technicien fibre chez Orange et toujours sur les routes');
    expect(q.brandExpansion).toMatch(/telephonie/);
    expect(q.withoutBrands).toMatch(/technicien fibre/);
    expect(q.withoutBrands).not.toMatch(/orange/);
    // A synonym entry (not a brand) brings no brand expansion.
    expect(expandQuery('je suis cheminot').brandExpansion).toBe('');
  });

  it('leaves a trade that is also a brand name alone (boulanger) and does not read common words as brands', () => {
    expect(expandQuery('je suis boulanger').expansion).not.toMatch(/electromenager/);
    expect(expandQuery("mon but c'est d'avoir une action utile").expansion).toBe('');
  });
});
