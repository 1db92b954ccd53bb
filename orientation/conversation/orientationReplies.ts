// French wording built from the profile and the routing decision: questions for missing facts,
// the one-sentence reformulation, emergencies, out-of-scope redirections, the proposal.
import type { Reply } from './reply.js';
import { OPERATOR_LABELS, type OperatorType } from '../../knowledge/model/operatorType.js';
import type { Emergency, Profile } from '../routing/profile.js';
import { describeProfile, questionFor } from './factRegistry.js';
import type { RoutingDecision } from '../routing/routingDecision.js';

// The fact questions, labels and the summary live in the one fact registry of the conversation policy.
export { FACTS, STATUS_LABELS, NEED_LABELS, questionFor, describeProfile } from './factRegistry.js';

export function reformulation(profile: Profile): Reply {
  const summary = describeProfile(profile) || "vous souhaitez des informations sur votre parcours professionnel";
  return {
    text: `Si je résume : ${summary}. C'est bien ça ?`,
    simpleText: `Je résume : ${summary}. C'est juste ?`,
    choices: [
      { value: 'oui', title: "Oui, c'est ça" },
      { value: 'non', title: 'Non, je corrige' },
    ],
    expectsAnswer: true,
    expectedInput: 'yes_no',
  };
}

export const ASK_CORRECTION: Reply = {
  text: "D'accord. Qu'est-ce qui n'est pas juste ? Vous pouvez l'écrire avec vos mots (par exemple « j'ai 32 ans » ou « je suis intérimaire »).",
  simpleText: "D'accord. Qu'est-ce qui est faux ? Écrivez-le.",
  expectsAnswer: true,
  expectedInput: 'text',
};

// ---------------------------------------------------------------------------------------------

const EMERGENCY_TEXT: Record<Emergency, { text: string; simple: string; phones: string[] }> = {
  sans_logement: {
    text: "Si vous n'avez pas d'endroit où dormir ce soir, appelez le **115** (Samu social) : c'est gratuit, 24 h/24. Le CCAS de votre mairie peut aussi vous aider.",
    simple: 'Pas d’endroit pour dormir ce soir ? Appelez le 115. C’est gratuit, jour et nuit.',
    phones: ['115'],
  },
  violence: {
    text: 'Si vous subissez des violences, appelez le **3919** (Violences Femmes Info) : gratuit et anonyme. En danger immédiat, appelez le **17** ou envoyez un SMS au **114**.',
    simple: 'Vous êtes en danger ? Appelez le 17. Pour parler de violences : appelez le 3919. C’est gratuit.',
    phones: ['3919', '17', '114'],
  },
  faim: {
    text: "Pour une aide alimentaire rapide, adressez-vous au CCAS de votre mairie ou aux services sociaux de votre département ; le **115** peut aussi vous orienter.",
    simple: 'Vous n’avez rien à manger ? Allez au CCAS de votre mairie. Vous pouvez aussi appeler le 115.',
    phones: ['115'],
  },
  detresse: {
    text: 'Si vous pensez au suicide, appelez le **3114** (numéro national de prévention du suicide) : gratuit, 24 h/24. En danger immédiat, appelez le **15** ou le **112**.',
    simple: 'Vous allez très mal ? Appelez le 3114. C’est gratuit, jour et nuit. En danger : appelez le 15.',
    phones: ['3114', '15', '112'],
  },
};

export function emergencyReply(emergencies: Emergency[]): Reply {
  const items = emergencies.map((e) => EMERGENCY_TEXT[e]);
  return {
    text:
      "D'abord le plus important : " +
      items.map((i) => i.text).join('\n\n') +
      "\n\nQuand vous serez en sécurité, je peux aussi vous aider pour votre situation professionnelle.",
    simpleText: items.map((i) => i.simple).join('\n\n') + '\n\nEnsuite, je peux vous aider pour le travail.',
    phones: [...new Set(items.flatMap((i) => i.phones))],
  };
}

export const OUT_OF_SCOPE_TEXT: Record<string, string> = {
  litige_employeur:
    "Pour un désaccord avec votre employeur (salaire, licenciement, harcèlement), je ne peux pas vous conseiller : adressez-vous à l'inspection du travail (services de renseignement en droit du travail de la DREETS), à un syndicat ou à un avocat (des consultations gratuites existent dans les points-justice).",
  montant_allocation:
    "Pour le montant d'une allocation, seul l'organisme qui la verse peut vous répondre : France Travail pour l'allocation chômage, la CAF ou la MSA pour le RSA et la prime d'activité.",
  besoin_formation_employeur:
    "Pour former vos salariés en tant qu'employeur, votre interlocuteur est l'opérateur de compétences (OPCO) de votre branche professionnelle.",
  question_impots:
    "Pour une question d'impôts (déduction, déclaration), je ne peux pas vous répondre : adressez-vous à l'administration fiscale, sur impots.gouv.fr ou auprès de votre centre des finances publiques.",
};

export function outOfScopeReply(topics: string[], reasons?: string): Reply {
  const lines = topics.map((t) => OUT_OF_SCOPE_TEXT[t]).filter(Boolean);
  if (lines.length === 0 && reasons) lines.push(reasons);
  return {
    text: lines.join('\n\n') + '\n\nPour votre parcours professionnel (métier, formation, reconversion), je reste à votre disposition.',
    simpleText: 'Je ne peux pas répondre à cette question. ' + lines.join(' ') ,
  };
}

// ---------------------------------------------------------------------------------------------

function shortLabel(type: OperatorType): string {
  return OPERATOR_LABELS[type];
}

export function optionsReply(decision: RoutingDecision, options: OperatorType[]): Reply {
  const lines = options.map((t) => `- **${shortLabel(t)}** : ${decision.reasons[t] ?? ''}`.trim());
  return {
    text: `Plusieurs interlocuteurs peuvent vous accompagner :\n${lines.join('\n')}\n\nLequel préférez-vous ?`,
    simpleText: `Vous avez le choix :\n${options.map((t) => `- ${shortLabel(t)}`).join('\n')}\n\nVous choisissez lequel ?`,
    spokenText: `Plusieurs interlocuteurs peuvent vous accompagner. ${options.map((t) => `${shortLabel(t)} : ${decision.reasons[t] ?? ''}`).join(' ')} Lequel préférez-vous ?`,
    choices: options.map((t) => ({ value: t, title: shortLabel(t) })),
    expectsAnswer: true,
    expectedInput: 'option',
  };
}

export const NO_HANDOFF_YET: Reply = {
  text: 'Vous pouvez contacter directement cette structure avec les coordonnées ci-dessus. Si vous avez une autre question (métier, formation, financement), je vous écoute.',
  simpleText: 'Vous pouvez appeler cette structure. Vous avez une autre question ?',
};

// ---------------------------------------------------------------------------------------------
// Bad input

export const NOT_UNDERSTOOD: Reply = {
  text: "Je n'ai pas bien compris, pardon. Pouvez-vous me dire en quelques mots votre situation (par exemple « je suis salarié », « je cherche du travail ») et ce que vous cherchez ?",
  simpleText: "Je n'ai pas compris. Vous travaillez ? Vous cherchez un travail ? Dites-le avec des mots simples.",
  expectsAnswer: true,
  expectedInput: 'text',
};

/**
 * A story about work, studies or money that gave no fact: instead of « je n'ai pas compris », the one
 * question every routing needs first, with the status buttons (the status answer parser reads them).
 */
export function statusAfterUnclearStory(): Reply {
  const status = questionFor('status')!;
  return {
    ...status,
    text: "D'accord, je vais vous aider à trouver le bon interlocuteur. Quelle est votre situation aujourd’hui ? Choisissez une réponse, ou écrivez-la avec vos mots.",
    simpleText: "D'accord, je vais vous aider. Vous faites quoi aujourd’hui ? Vous travaillez, vous cherchez un travail, vous étudiez ?",
    spokenText: "D'accord, je vais vous aider à trouver le bon interlocuteur. Quelle est votre situation aujourd’hui ?",
  };
}

export const FOREIGN_LANGUAGE: Reply = {
  text: "Je ne peux répondre qu'en français, désolé. Si le français est difficile pour vous, je peux utiliser des phrases simples : écrivez « mode simple ». Un conseiller peut aussi vous aider : écrivez « parler à un conseiller ».",
  simpleText: 'Je parle seulement français. Je peux faire des phrases simples.',
  choices: [
    { value: 'mode simple', title: 'Mode simple' },
    { value: 'parler à un conseiller', title: 'Parler à un conseiller' },
  ],
  expectsAnswer: true,
  expectedInput: 'option',
};

export const INSULT_REPLY: Reply = {
  text: "Je comprends que la situation puisse être pénible. Je suis là pour vous aider : dites-moi ce dont vous avez besoin, ou écrivez « parler à un conseiller ».",
  simpleText: 'Je suis là pour vous aider. Dites-moi ce que vous cherchez.',
  expectsAnswer: true,
  expectedInput: 'text',
};

export const INJECTION_REPLY: Reply = {
  text: "Je ne peux pas changer ma façon de travailler : je vous oriente selon votre situation, avec des règles fixes. Dites-moi plutôt votre situation et ce que vous cherchez.",
  simpleText: 'Je ne peux pas faire ça. Dites-moi votre situation.',
  expectsAnswer: true,
  expectedInput: 'text',
};

export function invalidAgeReply(age: number): Reply {
  return {
    text: `Vous avez écrit ${age} ans : je crois que c'est une erreur de frappe. Quel âge avez-vous ?`,
    simpleText: `Vous avez écrit ${age} ans. C'est une erreur ? Quel âge avez-vous ?`,
    expectsAnswer: true,
    expectedInput: 'age',
  };
}

export function placeProblemReply(message: string): Reply {
  return {
    text: /\?\s*$/.test(message) ? message : `${message} Pouvez-vous me redonner votre code postal ou le nom de votre commune ?`,
    simpleText: `Je ne trouve pas ce lieu. Écrivez votre code postal, s'il vous plaît.`,
    expectsAnswer: true,
    expectedInput: 'postcode',
  };
}

export function placeChoiceReply(question: string, candidates: Array<{ insee: string; name: string; departement: string }>): Reply {
  return {
    text: question,
    simpleText: 'Il y a plusieurs villes avec ce nom. Laquelle est la vôtre ?',
    choices: candidates.map((c) => ({ value: c.insee, title: `${c.name} (${c.departement})` })),
    expectsAnswer: true,
    expectedInput: 'option',
  };
}

export const ANYTHING_ELSE: Reply = {
  text: "Avez-vous une autre question sur un métier, une formation ou un financement ? Vous pouvez aussi écrire « recommencer ».",
  simpleText: 'Vous avez une autre question ?',
  expectsAnswer: true,
  expectedInput: 'text',
};

export const AFTER_EMERGENCY: Reply = {
  text: "Si vous le souhaitez, dites-moi aussi votre situation professionnelle (travail, recherche d'emploi, formation) : je pourrai vous orienter vers le bon conseiller.",
  simpleText: 'Si vous voulez, parlez-moi aussi de votre travail. Je peux vous aider.',
  expectsAnswer: true,
  expectedInput: 'text',
};
