// Contact answers of the hand-off: written and spoken phone numbers, e-mail, channel, preferred times.
import { describe, expect, it } from 'vitest';
import { contactChannelOf, normalisePhone, preferredTimesOf } from '../../orientation/conversation/contactParsers.js';
import { readSpokenDigits } from '../../orientation/understanding/spokenNumber.js';
import { emailInText } from '../../knowledge/shared/contactDetails.js';

describe('phone numbers', () => {
  it.each([
    ['06 12 34 56 78', '06 12 34 56 78'],
    ['06.12.34.56.78', '06 12 34 56 78'],
    ['+33612345678', '06 12 34 56 78'],
    ['mon numéro c’est 0612345678', '06 12 34 56 78'],
    ['zéro six douze trente-quatre cinquante-six soixante-dix-huit', '06 12 34 56 78'],
    ['zero six double un deux trois quatre cinq six sept', '06 11 23 45 67'],
    ['0 6 1 2 3 4 5 6 7 8', '06 12 34 56 78'],
    ['06123', undefined],
    ['douze', undefined],
    ['je sais plus', undefined],
    ['+262262123456', '+262262123456'],
  ])('%s → %s', (input, expected) => expect(normalisePhone(input)).toBe(expected));

  it('reads a spoken postcode as digits', () => {
    expect(readSpokenDigits('soixante-neuf zéro zéro trois')).toBe('69003');
  });
});

describe('e-mail, channel, times', () => {
  it.each([
    ['Mon adresse : Camille.Martin@exemple.fr', 'camille.martin@exemple.fr'],
    ['pas de mail', undefined],
  ])('email %s', (input, expected) => expect(emailInText(input)).toBe(expected));

  it.each([
    ['Par téléphone', 'phone'],
    ['par mail', 'email'],
    ['ici', 'chat'],
    ['bof', undefined],
  ])('channel %s', (input, expected) => expect(contactChannelOf(input)).toBe(expected));

  it.each([
    ['le matin', 'le matin'],
    ['Peu importe', 'peu importe'],
    ['après 18 h', 'après 18 h'],
    ['plutôt le mardi', 'plutôt le mardi'],
    ['le matin avant 10h', 'le matin avant 10h'],
    ['2', "l'après-midi"],
    ["c'est tout ?", undefined],
    ["c'est quoi les écoles d'aide soignante ?", undefined],
    ['bof', undefined],
  ])('times %s → %s', (input, expected) => expect(preferredTimesOf(input)).toBe(expected));
});
