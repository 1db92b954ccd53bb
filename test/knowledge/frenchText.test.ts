import { describe, expect, it } from 'vitest';
import { boundedEditDistance, foldForMatching, splitLigatures, stripAccents, unifyApostrophes, words } from '../../knowledge/shared/frenchText.js';

describe('French text toolkit', () => {
  it('strips accents and keeps case', () => {
    expect(stripAccents('Élève à Noël, ça')).toBe('Eleve a Noel, ca');
    expect(stripAccents('Saint-Étienne', 'latinCombining')).toBe('Saint-Etienne');
  });

  it('removes every mark by default, only the Latin combining block when told', () => {
    // U+20D7 (combining right arrow above) lies outside U+0300–U+036F.
    expect(stripAccents('a\u20d7')).toBe('a');
    expect(stripAccents('a\u20d7', 'latinCombining')).toBe('a\u20d7');
  });

  it('folds for matching: lower case, separators as single spaces', () => {
    expect(foldForMatching('  Pôle-Emploi !! (France Travail) ')).toBe('pole emploi france travail');
    expect(foldForMatching('Provence-Alpes-Côte d’Azur', { marks: 'latinCombining' })).toBe('provence alpes cote d azur');
  });

  it('folds keeping punctuation when only apostrophes are separators', () => {
    expect(foldForMatching("L'Adresse  Élodie.Martin@Mail.fr", { spaces: 'apostrophes' })).toBe('l adresse elodie.martin@mail.fr');
    expect(foldForMatching('où en est ma demande ?', { spaces: 'apostrophes' })).toBe('ou en est ma demande ?');
  });

  it('unifies apostrophes and splits ligatures', () => {
    expect(unifyApostrophes('l’apec l‘apec l`apec l´apec lʼapec')).toBe("l'apec l'apec l'apec l'apec l'apec");
    expect(splitLigatures('œuvre et curriculum vitæ')).toBe('oeuvre et curriculum vitae');
  });

  it('splits words on spaces and apostrophes', () => {
    expect(words("l'apec  d'emploi qu'il")).toEqual(['l', 'apec', 'd', 'emploi', 'qu', 'il']);
    expect(words('')).toEqual([]);
  });

  it('bounds the edit distance, a transposition counting once', () => {
    expect(boundedEditDistance('formation', 'formation', 2)).toBe(0);
    expect(boundedEditDistance('fromation', 'formation', 2)).toBe(1);
    expect(boundedEditDistance('frmaton', 'formation', 2)).toBe(2);
    expect(boundedEditDistance('plombier', 'formation', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcdef', 2)).toBe(3);
  });
});
