// What the bot itself says outside the dialogs (welcome, input limits). French, as Replies.
import type { Reply } from '../../orientation/conversation/reply.js';

export const MAX_MESSAGE_LENGTH = 2000;

export const WELCOME: Reply = {
  text:
    "Bonjour et bienvenue ! Je suis l'assistant d'accueil du **conseil en évolution professionnelle (CEP)**.\n\n" +
    "Ce service est **gratuit** et **confidentiel**, ouvert à toute personne active : salariée, indépendante, " +
    "en recherche d'emploi ou en réflexion sur son parcours. Vous pouvez rester **anonyme** si vous souhaitez seulement vous informer.\n\n" +
    "Dites-moi en quelques mots votre situation et ce que vous cherchez. À tout moment, vous pouvez écrire « aide », « recommencer » ou « parler à un conseiller ».",
  spokenText:
    "Bonjour, je suis l'assistant d'accueil du conseil en évolution professionnelle. " +
    "Ce service est gratuit et confidentiel, ouvert à toute personne active. Vous pouvez rester anonyme. " +
    'Dites-moi en quelques mots votre situation et ce que vous cherchez.',
  simpleText:
    "Bonjour ! Je suis l'assistant du conseil en évolution professionnelle.\n\n" +
    "C'est gratuit. C'est confidentiel. C'est pour toutes les personnes qui travaillent ou cherchent un travail. " +
    'Vous pouvez rester anonyme.\n\nDites-moi ce que vous cherchez.',
  expectsAnswer: true,
};

export const TOO_LONG: Reply = {
  text: `Votre message est un peu long pour moi (plus de ${MAX_MESSAGE_LENGTH} caractères). Pouvez-vous le résumer en quelques phrases ? Je ne l'ai pas enregistré.`,
  spokenText: 'Votre message est un peu long pour moi. Pouvez-vous le résumer en quelques phrases ?',
  simpleText: 'Votre message est trop long. Pouvez-vous écrire un message plus court ?',
  expectsAnswer: true,
};

export const ATTACHMENT_UNREADABLE: Reply = {
  text:
    "Je ne peux pas lire les pièces jointes (documents, images, sons). Pour votre confidentialité, je ne les ai pas conservées. " +
    'Pouvez-vous écrire votre question ou votre situation en quelques mots ?',
  spokenText: "Je ne peux pas lire les pièces jointes. Pouvez-vous me dire votre question en quelques mots ?",
  simpleText: 'Je ne peux pas lire les fichiers. Écrivez votre question avec des mots, s’il vous plaît.',
  expectsAnswer: true,
};
