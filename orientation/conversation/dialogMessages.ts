// Fixed French wording of the dialogs, as channel-independent Replies (text, simple, spoken).
import type { Reply } from './reply.js';

export const OPEN_QUESTION: Reply = {
  text: 'Racontez-moi votre situation et ce que vous cherchez. Par exemple : « Je suis salariée dans la vente, 42 ans, à Nantes, et je voudrais me reconvertir. »',
  spokenText: 'Racontez-moi votre situation et ce que vous cherchez.',
  simpleText: 'Racontez-moi votre situation et ce que vous cherchez. Par exemple : « Je travaille. Je veux changer de métier. »',
  expectsAnswer: true,
};

export const HELP: Reply = {
  text:
    "Je suis là pour vous **informer** (métiers, formations, financements, VAE, bilan de compétences) et vous **orienter** vers le bon conseiller près de chez vous. C'est gratuit et confidentiel.\n\n" +
    'Vous pouvez écrire à tout moment :\n- « recommencer » pour repartir de zéro\n- « parler à un conseiller »\n- « mode simple » pour des phrases plus simples\n- « effacer mes données »',
  spokenText:
    "Je peux vous informer sur les métiers, les formations et leur financement, et vous orienter vers le bon conseiller. " +
    'Vous pouvez dire à tout moment : recommencer, parler à un conseiller, mode simple, ou effacer mes données.',
  simpleText:
    'Je vous aide à trouver le bon conseiller. C’est gratuit.\n\nVous pouvez écrire :\n- « recommencer »\n- « parler à un conseiller »\n- « effacer mes données »',
};

export const REPHRASE_OFFER_SIMPLE: Reply = {
  text: "Pardon, je n'ai pas été clair. Je reformule plus simplement. Pour des phrases simples dans toute la conversation, écrivez « mode simple ».",
  spokenText: "Pardon, je n'ai pas été clair. Si vous préférez des phrases plus simples, dites « mode simple ».",
  simpleText: "Pardon. Je vais dire plus simplement.",
  choices: [{ value: 'mode simple', title: 'Mode simple' }],
};

export const REPHRASE_SIMPLE: Reply = {
  text: 'Pardon. Je vais dire plus simplement.',
  simpleText: 'Pardon. Je vais dire plus simplement.',
};

export const SIMPLE_ON: Reply = {
  text: "D'accord. J'utilise maintenant des phrases simples. Pour revenir au mode normal, écrivez « mode normal ».",
  simpleText: "D'accord. Je fais des phrases simples. Pour arrêter, écrivez « mode normal ».",
  spokenText: "D'accord. Je vais parler avec des phrases simples.",
};

export const SIMPLE_OFF: Reply = {
  text: "D'accord, je reviens au mode normal.",
};

export const RESTART: Reply = {
  text: "D'accord, on recommence depuis le début. J'ai oublié ce que vous m'aviez dit.",
  simpleText: "D'accord. On recommence.",
};

export const ERASED: Reply = {
  text:
    "C'est fait : j'ai effacé les informations de cette conversation (votre situation, vos réponses). " +
    "Si une demande de contact avait été transmise à un conseiller, elle est supprimée aussi. Vous pouvez recommencer quand vous voulez.",
  spokenText: "C'est fait, j'ai effacé les informations de cette conversation. Vous pouvez recommencer quand vous voulez.",
  simpleText: "C'est fait. J'ai effacé vos informations. Vous pouvez recommencer quand vous voulez.",
};
