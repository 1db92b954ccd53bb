import { describe, expect, it } from 'vitest';
import { readSpokenDigits, readSpokenOption, readSpokenPhone, readSpokenPostcode } from '../../orientation/understanding/spokenNumber.js';
import { inferExpectedInput, keypadRule, optionComplete } from '../../bot/voice/keypadCollection.js';

describe('numbers said in words', () => {
  it.each([
    ['zéro six douze trente-quatre cinquante-six soixante-dix-huit', '0612345678'],
    ['zéro six, douze, trente quatre, cinquante six, soixante dix huit', '0612345678'],
    ['zéro six double deux trente-quatre cinquante-six soixante-dix-huit', '0622345678'],
    ["mon numéro c'est le 06 12 34 56 78", '0612345678'],
    ['zéro sept quatre-vingt-onze vingt et un zéro zéro quatre-vingt-dix-neuf', '0791210099'],
    ['plus trente-trois six douze trente-quatre cinquante-six soixante-dix-huit', '0612345678'],
    ['zéro six 12 trente-quatre 56 soixante-dix-huit', '0612345678'],
  ])('phone « %s » → %s', (said, digits) => {
    expect(readSpokenPhone(said)).toBe(digits);
  });

  it.each([
    ['soixante-neuf zéro zéro trois', '69003'],
    ['soixante-quinze mille onze', '75011'],
    ['trente-trois mille', '33000'],
    ['le code postal c’est treize zéro zéro un', '13001'],
  ])('postcode « %s » → %s', (said, digits) => {
    expect(readSpokenPostcode(said)).toBe(digits);
  });

  it('reads option numbers, and refuses what is not a number answer', () => {
    expect(readSpokenOption('dix')).toBe('10');
    expect(readSpokenOption('deux')).toBe('2');
    expect(readSpokenDigits('je voudrais un conseiller')).toBeUndefined();
    expect(readSpokenPhone('zéro six douze')).toBeUndefined(); // too short: not a phone number
    expect(readSpokenPostcode("j'ai trente-huit ans")).toBeUndefined();
  });
});

describe('keypad collection', () => {
  it('collects as the question expects', () => {
    expect(keypadRule('phone', 0).maxDigits).toBe(10);
    expect(keypadRule('postcode', 0).maxDigits).toBe(5);
    expect(keypadRule('option', 3).maxDigits).toBe(1);
    expect(keypadRule('option', 12).maxDigits).toBe(2);
    expect(keypadRule(undefined, 0).maxDigits).toBe(5);
    expect(keypadRule('phone', 0).numeric).toBe(true);
  });

  it('infers the expected answer from the wording when the dialog does not say it', () => {
    expect(inferExpectedInput('Quel est votre numéro de téléphone ?', false)).toBe('phone');
    expect(inferExpectedInput('Dans quelle commune habitez-vous ? Vous pouvez dire le code postal.', false)).toBe('postcode');
    expect(inferExpectedInput('Quelle est votre adresse e-mail ?', false)).toBe('email');
    expect(inferExpectedInput('Quel âge avez-vous ?', false)).toBe('age');
    expect(inferExpectedInput('Que cherchez-vous ?', true)).toBe('option');
    expect(inferExpectedInput('Racontez-moi votre situation.', false)).toBeUndefined();
  });

  it('waits for a second key only when a longer option starts with the first', () => {
    const twelve = Array.from({ length: 12 }, (_, i) => String(i + 1));
    expect(optionComplete('1', twelve)).toBe(false);
    expect(optionComplete('2', twelve)).toBe(true);
    expect(optionComplete('10', twelve)).toBe(true);
    expect(optionComplete('1', ['1', '2', '3'])).toBe(true);
  });
});
