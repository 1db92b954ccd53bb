// Families missed by the blind conversation evaluation (2026-12-06), each with new sentences of our
// own (never the set's): emergencies told as a story or in SMS, corrections that name a new trade,
// job seeking in slang, démission-reconversion in everyday words, trades from training wishes.
import { describe, expect, it } from 'vitest';
import { extractProfile, mergeProfiles } from '../../orientation/understanding/extractProfile.js';
import { emptyProfile } from '../../orientation/routing/profile.js';
import { normalizeText } from '../../orientation/understanding/normalizeText.js';

describe('Emergencies told as a story, in the past or in SMS', () => {
  it.each([
    "J'ai quitté la maison avec ma fille, mon compagnon me tabassait quand il avait bu",
    'mon ex me menaçait tous les soirs, je dors chez une copine',
    'il me battait depuis des années et je suis partie hier',
    "mon conjoint m'a frappée devant les enfants",
    "j'ai pris des coups pendant dix ans, aujourd'hui je veux retravailler",
    'je suis partie de chez nous parce qu\'il devenait violent',
  ])('violence: %s', (text) => {
    expect(extractProfile(text).profile.emergencies).toContain('violence');
  });

  it.each([
    'jsais pas ou dormir cette nuit',
    'on va dormir où ce soir avec mon fils ?',
    'jpx dormir nulle part ce soir',
    'je ne sais pas où je vais dormir ce soir',
    'plus d\'endroit pour dormir depuis que le foyer a fermé',
  ])('no roof tonight: %s', (text) => {
    expect(extractProfile(text).profile.emergencies).toContain('sans_logement');
  });

  it.each(['je dors où ce soir', 'on va dormir ou avec les petits ?'])('no roof tonight, said at a pending question (no classifier there): %s', (text) => {
    expect(extractProfile(text, { expecting: 'place' }).profile.emergencies).toContain('sans_logement');
  });

  it.each([
    'je voudrais savoir où dormir pendant ma formation à Lyon',
    'mon chef me menace de licenciement',
    'je voudrais dormir mieux, le travail de nuit me fatigue',
    'je me suis battu pour avoir ce diplôme',
  ])('no false alarm: %s', (text) => {
    expect(extractProfile(text).profile.emergencies).toEqual([]);
  });
});

describe('SMS subject glued to the verb', () => {
  it.each([
    ['jveux bosser', 'je veux'],
    ['jtrouve rien', 'je trouve'],
    ['jpeu pa venir', 'je peux'],
    ["jaurais voulu", "j'aurais"],
  ])('%s → %s', (text, expected) => {
    expect(normalizeText(text)).toContain(expected);
  });

  it('does not touch words that start with j and a vowel', () => {
    expect(normalizeText('jamais le jeudi')).toBe('jamais le jeudi');
  });
});

describe('A correction that names a new trade keeps it', () => {
  it('Given « je veux plus être X, je veux être Y », Then X is taken back and Y is looked up', () => {
    const u = extractProfile("Ah non pardon, je ne veux plus devenir boulanger, je veux devenir pâtissier");
    expect(u.retracted).toContain('targetTrade');
    expect(u.tradeQuery).toMatch(/patissier/);
  });

  it('Given a negation followed by « mais », Then the words after « mais » are not taken back', () => {
    const u = extractProfile('je ne veux pas me former mais je veux devenir chauffeur de bus');
    expect(u.retracted).toContain('needs:formation');
    expect(u.tradeQuery).toMatch(/chauffeur/);
  });

  it('Given the trade in the profile, When merged, Then the old one is gone and the new extraction wins', () => {
    const base = { ...emptyProfile(), targetTrade: { romeCode: 'D1102', label: 'Boulanger / Boulangère' } };
    const u = extractProfile('non je veux pas devenir boulanger finalement');
    expect(mergeProfiles(base, u.profile).targetTrade).toBeUndefined();
  });
});

describe('Job seeking in slang and SMS', () => {
  it.each([
    'jcherche du boulot depuis 3 mois',
    "j'ai toujours pas de taf",
    'jsuis au chomdu',
    'je trouve rien comme travail',
    'je galère à trouver un emploi',
    'en recherche active depuis septembre',
    'sans travail depuis 2023',
    "je n'ai plus de boulot depuis l'été",
  ])('%s → demandeur_emploi', (text) => {
    expect(extractProfile(text).profile.status).toBe('demandeur_emploi');
  });

  it.each(['pas de taf', 'aucun emploi pour le moment', 'rien pour l\'instant'])('short answer to the status question: %s', (text) => {
    expect(extractProfile(text, { expecting: 'status' }).profile.status).toBe('demandeur_emploi');
  });

  it.each([
    "si je démissionne j'aurai droit au chômage ? je suis en CDI",
    'est ce que je toucherai le chomage apres ma demission, cdi depuis 4 ans',
  ])('a question about future unemployment rights is no status: %s', (text) => {
    expect(extractProfile(text).profile.status).toBe('salarie_prive');
  });

  it('a working person looking for another job stays an employee', () => {
    expect(extractProfile('je suis en cdi et jcherche un autre taf').profile.status).toBe('salarie_prive');
  });
});

describe('Démission-reconversion in everyday words', () => {
  it.each([
    'je veux quitter mon CDI pour me reconvertir dans la menuiserie',
    'je pense poser ma démission pour une formation de soudeur',
    'démissionner et changer de voie, je suis salariée',
  ])('%s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.schemesMentioned).toContain('demission_reconversion');
    expect(p.needs).toContain('reconversion');
  });

  it('a resignation for no project is not the scheme', () => {
    expect(extractProfile("j'ai démissionné le mois dernier").profile.schemesMentioned ?? []).not.toContain('demission_reconversion');
  });
});

describe('Trades from training wishes', () => {
  it.each([
    ["je voudrais suivre une formation de plombière", 'plombiere'],
    ['jaimerais faire un CAP de fleuriste', 'fleuriste'],
    ['je veux faire une formation pour devenir ambulancière', 'ambulanciere'],
  ])('%s → %s', (text, trade) => {
    expect(extractProfile(text).tradeQuery).toBe(trade);
  });
});
