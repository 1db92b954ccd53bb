// Hand-off cases as data: what the person says at each step and what the policy must do.
import type { HandoffStepName } from '../../orientation/conversation/handoffSteps.js';

export interface HandoffTurn {
  say: string;
  replies?: RegExp[];
  not?: RegExp[];
  /** The step the conversation is at after this turn (when it goes on). */
  step?: HandoffStepName;
  /** The turn ends the hand-off with this outcome. */
  outcome?: 'refused' | 'create';
  /** For a created ticket: the contact stored. */
  contact?: { channel: string; value: string; preferredTimes?: string };
  endsConversation?: boolean;
}

export interface HandoffCase {
  name: string;
  voice?: boolean;
  turns: HandoffTurn[];
}

export const HANDOFF_CASES: HandoffCase[] = [
  {
    name: 'a question at the consent step is answered and never taken as consent',
    turns: [
      { say: "ok mais c'est quoi les écoles d'aide soignante a lyon ?", replies: [/Pour reprendre : êtes-vous d’accord/], step: 'consent' },
      { say: 'oui', replies: [/Comment préférez-vous/], step: 'channel' },
      { say: 'ici', replies: [/joignable/], step: 'times' },
      { say: "c'est tout ?", replies: [/Pour reprendre : à quels moments/], step: 'times' },
      { say: 'le matin', outcome: 'create', contact: { channel: 'chat', value: '', preferredTimes: 'le matin' } },
    ],
  },
  {
    name: '« en savoir plus » gives the full consent text; « d’accord » is consent',
    turns: [
      { say: 'en savoir plus', replies: [/Ce qui est conservé/, /Qui la voit/, /Combien de temps/], step: 'consent' },
      { say: "d'accord", step: 'channel' },
    ],
  },
  {
    name: 'a spoken phone number on the phone',
    voice: true,
    turns: [
      { say: 'oui', replies: [/Comment préférez-vous/], not: [/Ici, dans cette conversation/], step: 'channel' },
      { say: 'par téléphone', step: 'contact' },
      { say: 'zéro six douze trente-quatre cinquante-six soixante-dix-huit', step: 'times' },
      { say: 'après 18 h', outcome: 'create', contact: { channel: 'phone', value: '06 12 34 56 78', preferredTimes: 'après 18 h' } },
    ],
  },
  {
    name: '« au revoir » at the consent step: nothing kept, polite goodbye, the phone may hang up',
    turns: [{ say: 'au revoir', replies: [/je ne garde rien/, /bonne continuation/], outcome: 'refused', endsConversation: true }],
  },
  {
    name: '« merci » at the times step: the ticket is created without preferred times, and the conversation ends',
    turns: [
      { say: 'oui', step: 'channel' },
      { say: 'par téléphone', step: 'contact' },
      { say: '06 12 34 56 78', step: 'times' },
      { say: 'merci', outcome: 'create', contact: { channel: 'phone', value: '06 12 34 56 78' } },
    ],
  },
  {
    name: '« vous avez leur numéro ? » gives the public contact and asks the consent again',
    turns: [{ say: 'vous avez leur numéro ?', replies: [/04 00 00 00 00/, /Pour reprendre : êtes-vous d’accord/], step: 'consent' }],
  },
  {
    name: '« je veux parler à un conseiller » at the consent step is not consent: the public contact, then the consent again',
    turns: [{ say: 'je veux parler à un conseiller', replies: [/04 00 00 00 00/, /Pour reprendre/], not: [/Comment préférez-vous/], step: 'consent' }],
  },
  {
    name: 'a question at the phone step is not a phone number; the number asked again in one line',
    turns: [
      { say: 'oui', step: 'channel' },
      { say: 'téléphone', step: 'contact' },
      { say: 'vous allez m’appeler quand ?', replies: [/Pour reprendre : quel est votre numéro/], step: 'contact' },
      { say: '0612345678', step: 'times' },
    ],
  },
  {
    name: '« au revoir » at the contact step: nothing is sent',
    turns: [
      { say: 'oui', step: 'channel' },
      { say: 'par mail', step: 'contact' },
      { say: 'au revoir', replies: [/je n'envoie rien/], outcome: 'refused', endsConversation: true },
    ],
  },
  {
    name: 'a phone number that cannot be read twice on the phone: asked again with « pas de contact » offered, never a ticket without contact',
    voice: true,
    turns: [
      { say: 'oui', step: 'channel' },
      { say: 'par téléphone', step: 'contact' },
      { say: 'zéro six douze', replies: [/pas reconnu un numéro/], step: 'contact' },
      { say: 'je sais plus', replies: [/toujours pas reconnu/, /pas de contact/], not: [/Je crée quand même/], step: 'contact' },
      { say: 'euh attendez', replies: [/toujours pas reconnu/], step: 'contact' },
      { say: '06 12 34 56 78', step: 'times' },
      { say: 'le matin', outcome: 'create', contact: { channel: 'phone', value: '06 12 34 56 78', preferredTimes: 'le matin' } },
    ],
  },
  {
    name: '« pas de contact » chosen after an unreadable number: told the structure cannot call back, then the ticket',
    voice: true,
    turns: [
      { say: 'oui', step: 'channel' },
      { say: 'par téléphone', step: 'contact' },
      { say: 'je sais plus', step: 'contact' },
      { say: 'pas de contact', replies: [/ne pourra pas vous (rappeler|recontacter)/], outcome: 'create', contact: { channel: 'phone', value: '' } },
    ],
  },
  {
    name: 'an e-mail that cannot be read twice on the web: « Ici, dans cette conversation » offered and taken as the contact',
    turns: [
      { say: 'oui', step: 'channel' },
      { say: 'par courriel', step: 'contact' },
      { say: 'jean point dupont', step: 'contact' },
      { say: 'chez gmail', replies: [/toujours pas reconnu/, /pas de contact/], not: [/vous répondra ici/], step: 'contact' },
      { say: 'Ici, dans cette conversation', replies: [/joignable/], step: 'times' },
      { say: 'peu importe', outcome: 'create', contact: { channel: 'chat', value: '', preferredTimes: 'peu importe' } },
    ],
  },
];
