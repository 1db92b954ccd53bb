import { describe, expect, it } from 'vitest';
import { canonicalEmail, emailInText, frenchPhoneDigits, isEmailAddress, phoneComparisonKey, writtenPhoneNumber } from '../../knowledge/shared/contactDetails.js';

describe('e-mail addresses', () => {
  it('are stored and compared trimmed and in lower case', () => {
    expect(canonicalEmail('  Camille.Martin@Exemple.FR ')).toBe('camille.martin@exemple.fr');
  });

  it.each([
    ['camille@exemple.fr', true],
    ['camille.martin+cep@sous.exemple.fr', true],
    ['camille@exemple', false],
    ['camille @exemple.fr', false],
    ['camille@@exemple.fr', false],
    ['', false],
  ])('%s is an address: %s', (text, expected) => expect(isEmailAddress(text)).toBe(expected));

  it('are found inside a sentence, in canonical form', () => {
    expect(emailInText('Mon adresse : Camille.Martin@exemple.fr, merci')).toBe('camille.martin@exemple.fr');
    expect(emailInText('<camille@exemple.fr>')).toBe('camille@exemple.fr');
    expect(emailInText('pas de mail')).toBeUndefined();
  });
});

describe('phone numbers', () => {
  it.each([
    ['0612345678', '0612345678'],
    ['+33612345678', '0612345678'],
    ['0033612345678', '0612345678'],
    ['0012345678', undefined],
    ['061234567', undefined],
  ])('French digits of %s: %s', (compact, expected) => expect(frenchPhoneDigits(compact)).toBe(expected));

  it.each([
    ['mon numéro c’est le 06.12.34.56.78', '06 12 34 56 78'],
    ['(+33) 6 12 34 56 78', '06 12 34 56 78'],
    ['+44 20 7946 0958', '+442079460958'],
    ['appelez-moi demain', undefined],
    ['06 12', undefined],
  ])('written number in « %s »: %s', (text, expected) => expect(writtenPhoneNumber(text)).toBe(expected));

  it('compare on their digits, the French international prefix read as 0', () => {
    expect(phoneComparisonKey('+33 6 12 34 56 78')).toBe(phoneComparisonKey('06.12.34.56.78'));
    expect(phoneComparisonKey('0033612345678')).toBe('0612345678');
    expect(phoneComparisonKey('+44 20 7946 0958')).toBe('442079460958');
  });
});
