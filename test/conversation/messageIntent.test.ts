// What a message asks for, checked before any step reads it as its answer (pure, no botbuilder).
import { describe, expect, it } from 'vitest';
import { consentAnswer, isClosing, isContactRequest, isQuestion } from '../../orientation/conversation/messageIntent.js';

/** The predicates in the order the conversation steps apply them (closing, then contact, then question). */
function messageIntent(text: string): 'closing' | 'contact_request' | 'question' | undefined {
  if (isClosing(text)) return 'closing';
  if (isContactRequest(text)) return 'contact_request';
  if (isQuestion(text)) return 'question';
  return undefined;
}

describe('messageIntent', () => {
  it.each([
    ['merci', 'closing'],
    ['Merci beaucoup, bonne journée !', 'closing'],
    ['au revoir', 'closing'],
    ["c'est tout", 'closing'],
    ['non merci au revoir', 'closing'],
    ['ok merci', undefined],
    ['oui merci', undefined],
    ['ça ira merci', 'closing'],
    ['ok merci a+', 'closing'],
    ["ok merci pour l'info, bonne journée", 'closing'],
    ['merci de votre aide au revoir', 'closing'],
    ['merci pour les infos', undefined],
    ['A+ et merci', 'closing'],
    ['je suis à 10 km et merci pour tout', undefined],
    ['merci @+', 'closing'],
    ['merci, bonne continuation', 'closing'],
    ['ok tchao', 'closing'],
    ['merci à la prochaine', 'closing'],
    ['bon week-end et merci', 'closing'],
    ['je veux le numéro de téléphone', 'contact_request'],
    ['vous avez leur numéro ?', 'contact_request'],
    ['comment je peux les joindre', 'contact_request'],
    ['je veux parler à un humain', 'contact_request'],
    ['quels sont les horaires de la mission locale ?', 'contact_request'],
    ['ils sont ouverts quand ?', 'contact_request'],
    ["c'est ouvert le samedi", 'contact_request'],
    ['quels sont leurs horaires', 'contact_request'],
    ['je fais des horaires de nuit', undefined],
    ['un métier tel que ceux dans les bureaux', undefined],
    ["l'adresse de la mission locale svp", 'contact_request'],
    ["c'est quoi le CPF", 'question'],
    ['combien coûte un bilan de compétences et combien de temps dure-t-il ?', 'question'],
    ["ok mais c'est quoi les écoles d'aide soignante a lyon ?", 'question'],
    ["l'apprentissage c'est jusqu'à quel âge", 'question'],
    ['et Cap emploi c est pas pour moi ?', 'question'],
    ["c'est tout ?", 'question'],
    ['oui', undefined],
    ['ok', undefined],
    ["d'accord", undefined],
    ['je suis salariée à Lyon', undefined],
    ['merci je suis salarié et je veux me reconvertir', undefined],
    ['22', undefined],
  ])('%s → %s', (text, expected) => {
    expect(messageIntent(text)).toBe(expected);
  });
});

describe('consentAnswer: an explicit yes only', () => {
  it.each([
    ['oui', 'yes'],
    ['Oui, je suis d’accord', 'yes'],
    ["d'accord", 'yes'],
    ['ok pour moi', 'yes'],
    ["j'accepte", 'yes'],
    ['oui merci', 'yes'],
    ['1', 'yes'],
    ['non', 'no'],
    ['Non merci', 'no'],
    ['je refuse', 'no'],
    ['2', 'no'],
    ['En savoir plus', 'more'],
    ["ok mais c'est quoi les écoles d'aide soignante a lyon ?", undefined],
    ["oui ? c'est obligatoire ?", undefined],
    ['je sais pas', undefined],
    ['ok mais qui verra ma fiche', undefined],
    ['bof', undefined],
    ['', undefined],
  ])('%s → %s', (text, expected) => {
    expect(consentAnswer(text)).toBe(expected);
  });
});
