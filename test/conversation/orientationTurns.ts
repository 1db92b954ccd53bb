// Conversation cases of the orientation policy as data: each turn is what the person says and what
// the policy must do (reply patterns, phase, effects, ending). Kept apart from the runner, as Bot
// Framework's core-bot sample keeps its test cases. Wording checks are patterns, not whole answers.
import type { OrientationPhase } from '../../orientation/conversation/session.js';
import type { Profile } from '../../orientation/routing/profile.js';

export interface ExpectedTurn {
  say: string;
  /** Patterns the replies of this turn must contain (all replies joined). */
  replies?: RegExp[];
  /** Patterns no reply of this turn may contain. */
  not?: RegExp[];
  phase?: OrientationPhase;
  pendingFact?: string;
  /** Exactly these effects, in order. */
  effects?: Array<'decision' | 'handoff'>;
  /** The last reply ends the conversation (voice hangs up). */
  endsConversation?: boolean;
  /** At most this many messages in the turn (the decision turn stays short). */
  maxMessages?: number;
  /** The profile after the turn contains these facts. */
  profile?: Partial<Profile>;
  /** Facts of this message must not reach the profile (a question is not about the person). */
  profileUnchanged?: boolean;
}

export interface ConversationCase {
  name: string;
  /** Start from a summary already shown for this profile (phase « confirm »); else a fresh session. */
  confirming?: Partial<Profile>;
  /** No hand-off dialog behind the policy (the flow stops at the decision). */
  withoutHandoff?: boolean;
  turns: ExpectedTurn[];
}

const LYON = { postcode: '69003', communeInsee: '69123', communeName: 'Lyon', departement: '69', region: '84' };
const YOUNG_JOB_SEEKER: Partial<Profile> = { age: 22, ageBand: '16_25', status: 'demandeur_emploi', place: LYON, needs: ['recherche_emploi'] };
const EMPLOYEE_RECONVERSION: Partial<Profile> = { age: 42, ageBand: '30_44', status: 'salarie_prive', place: LYON, needs: ['reconversion'] };

const YOUNG_WITH_RQTH: Partial<Profile> = {
  age: 22,
  ageBand: '16_25',
  status: 'demandeur_emploi',
  rqth: 'oui',
  place: { communeInsee: '75115', communeName: 'Paris 15e Arrondissement', departement: '75', region: '11' },
  needs: ['recherche_emploi'],
};

const SUMMARY = /Si je résume/;

export const CONVERSATIONS: ConversationCase[] = [
  {
    name: 'a question at the summary is answered, the summary is not repeated, then « oui » decides in ≤ 3 messages',
    confirming: YOUNG_JOB_SEEKER,
    turns: [
      { say: "c'est quoi le contrat d'engagement jeune ?", replies: [/engagement jeune/i, /Pour reprendre : mon résumé/], not: [SUMMARY], phase: 'confirm', profileUnchanged: true },
      { say: 'oui', replies: [/Mission locale/], not: [SUMMARY], effects: ['decision', 'handoff'], phase: 'decided', maxMessages: 3 },
    ],
  },
  {
    name: 'a question that names a place and a trade after the summary does not move the person nor change the summary',
    confirming: YOUNG_JOB_SEEKER,
    turns: [
      { say: "ok mais c'est quoi les écoles d'aide soignante a marseille ?", not: [SUMMARY, /Comment préférez-vous/], phase: 'confirm', profileUnchanged: true, replies: [/Pour reprendre/] },
    ],
  },
  {
    name: '« non » at the summary asks what to correct; the correction updates the profile and the summary comes back',
    confirming: EMPLOYEE_RECONVERSION,
    turns: [
      { say: 'non', replies: [/Qu'est-ce qui n'est pas juste/], phase: 'clarify' },
      { say: "j'ai 32 ans", replies: [SUMMARY, /32 ans/], phase: 'confirm', profile: { age: 32 } },
    ],
  },
  {
    name: 'after the decision: a question is answered without going back to the summary; « non » to « autre question » closes',
    confirming: EMPLOYEE_RECONVERSION,
    withoutHandoff: true,
    turns: [
      { say: 'oui', effects: ['decision'], phase: 'decided', maxMessages: 3 },
      { say: 'combien de temps dure un bilan de compétences ?', not: [SUMMARY], phase: 'decided', profileUnchanged: true },
      { say: "ah et j'ai 43 ans en fait", replies: [/C'est noté/], not: [SUMMARY], profile: { age: 43 } },
      { say: 'non', endsConversation: true, phase: 'done', replies: [/revenir quand vous voulez/] },
    ],
  },
  {
    name: '« je veux le numéro » after the decision gives the structure’s phone from the directory and offers the ticket',
    confirming: YOUNG_JOB_SEEKER,
    turns: [
      { say: 'oui', phase: 'decided' },
      { say: 'je veux le numéro de téléphone de la mission locale', replies: [/Vous pouvez joindre/, /tél\.|numéro de téléphone vérifié|pas de numéro/, /source/i], effects: ['handoff'] },
    ],
  },
  {
    name: '« ok merci » at the summary is a yes, and after the decision it is a goodbye',
    confirming: YOUNG_JOB_SEEKER,
    withoutHandoff: true,
    turns: [
      { say: 'ok merci', phase: 'decided', effects: ['decision'] },
      { say: 'ok merci', phase: 'done', endsConversation: true },
    ],
  },
  {
    name: 'at the choice between operators: a question naming one is answered, not taken as the choice; a human request asks to choose first',
    confirming: YOUNG_WITH_RQTH,
    turns: [
      { say: 'oui', replies: [/Lequel préférez-vous/], phase: 'choose', effects: [] },
      { say: 'euh', replies: [/Pour reprendre : lequel préférez-vous/], phase: 'choose', effects: [] },
      { say: "c'est quoi Cap emploi ?", replies: [/Pour reprendre : lequel préférez-vous/], not: [SUMMARY], phase: 'choose', effects: [] },
      { say: 'je veux le numéro de téléphone', replies: [/Choisissez d’abord/, /Pour reprendre : lequel/], phase: 'choose', effects: [] },
      { say: 'Cap emploi', replies: [/Cap emploi/], phase: 'decided', effects: ['decision', 'handoff'], maxMessages: 3 },
    ],
  },
  {
    name: 'goodbyes close politely at any step, and the phone may hang up',
    turns: [
      { say: 'je suis salarié et je veux changer de métier', phase: 'clarify' },
      { say: 'merci au revoir', replies: [/bonne continuation/], endsConversation: true, phase: 'open' },
      // Coming back later: the story goes on where it was, not « une autre question ? ».
      { say: "j'ai 45 ans", not: [/autre question/], profile: { age: 45 } },
    ],
  },
  {
    name: '« une vraie personne » before the decision: why a few questions first, then the next question',
    turns: [
      { say: 'je suis salarié et je veux changer de métier', phase: 'clarify' },
      { say: 'je voudrais parler à une vraie personne', replies: [/il me faut quelques informations/], phase: 'clarify' },
    ],
  },
  {
    name: 'a first message that is only a question: answered, then the open question in one line',
    turns: [
      { say: "qu'est-ce que le contrat d'engagement jeune ?", replies: [/engagement jeune/i, /Pour vous orienter vers le bon conseiller/], phase: 'open' },
    ],
  },
  {
    name: 'a question while a fact is pending is answered, and the same fact is asked again in one short line',
    turns: [
      { say: 'je suis demandeur d’emploi et je veux me former', phase: 'clarify' },
      { say: 'pourquoi vous me demandez ça ?', replies: [/Pour reprendre :/], phase: 'clarify' },
    ],
  },
  {
    name: '« Vous parlez du métier de … ? » is its own short step: « oui » gives the card, then the pending question',
    turns: [
      { say: 'je suis demandeur d’emploi et je veux me former', phase: 'clarify' },
      { say: 'un métier dans le bois ça existe ?', replies: [/Vous parlez du métier de/], not: [/Pour reprendre/], phase: 'clarify' },
      { say: 'oui', replies: [/fiche ROME/, /Pour reprendre :/], phase: 'clarify' },
    ],
  },
  {
    name: '« non » to « Vous parlez du métier de … ? »: no card, the pending question again',
    turns: [
      { say: 'je suis demandeur d’emploi et je veux me former', phase: 'clarify' },
      { say: 'un métier dans le bois ça existe ?', replies: [/Vous parlez du métier de/], phase: 'clarify' },
      { say: 'non', replies: [/nom exact/, /Pour reprendre :/], not: [/fiche ROME/], phase: 'clarify' },
    ],
  },
  {
    name: 'a story with a question gives its facts and gets the answer',
    turns: [{ say: "je suis salariée à Lyon, j'ai 45 ans, est-ce que j'ai droit au CPF pour une reconversion ?", profile: { status: 'salarie_prive', age: 45 }, replies: [/CPF|compte personnel/i] }],
  },
  {
    name: 'a scheme inside a first-message question is answered, not taken as a need the person stated',
    turns: [{ say: 'combien coûte un bilan de compétences ?', replies: [/bilan de compétences/i], profile: { needs: [], barriers: [] } }],
  },
  {
    name: 'a question about the RQTH mid-story adds no health fact; the statement next to it counts',
    turns: [
      { say: 'je cherche du travail à Lyon', phase: 'clarify', pendingFact: 'age' },
      { say: "c'est quoi la RQTH ? j'ai 30 ans", replies: [/RQTH|travailleur handicapé/i], profile: { barriers: [], age: 30 } },
    ],
  },
  {
    name: '« qui délivre la RQTH ? » at the summary does not set the RQTH',
    confirming: EMPLOYEE_RECONVERSION,
    turns: [{ say: 'qui délivre la RQTH ?', replies: [/MDPH/, /Pour reprendre/], phase: 'confirm', profileUnchanged: true }],
  },
  {
    name: '« l’Apec c’est que pour les cadres ? » while a fact is asked does not make the person a cadre',
    turns: [
      { say: 'je cherche du travail à Lyon', phase: 'clarify' },
      { say: "on m'a dit que l'Apec c'est que pour les cadres ?", replies: [/Apec/, /Pour reprendre/], phase: 'clarify', profileUnchanged: true },
    ],
  },
  {
    name: '« est-ce que je peux faire une VAE ? » as a first message: the answer, no need stated',
    turns: [{ say: 'est-ce que je peux faire une VAE ?', replies: [/VAE|validation des acquis/i], profile: { needs: [] } }],
  },
];
