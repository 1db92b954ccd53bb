// Shared set-up for dialog tests: the real knowledge base, search (lexical only, fast), operator
// directory, territory and routing rules, behind MainDialog; conversations run through
// botbuilder-testing's DialogTestClient.
import type { Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { MainDialog, type MainDialogDeps } from '../../dialogs/mainDialog.js';
import type { OrientationSession } from '../../dialogs/orientationSession.js';
import { STATUS_LABELS } from '../../orientation/conversation/orientationReplies.js';
import type { Status } from '../../orientation/routing/profile.js';
import { realParts } from '../helpers/realParts.js';

export { realParts, type RealParts } from '../helpers/realParts.js';


export const FIXED_NOW = () => new Date('2026-11-23T12:00:00Z');

export async function newClient(extra: Partial<MainDialogDeps> = {}): Promise<DialogTestClient> {
  const p = await realParts();
  return new DialogTestClient('test', new MainDialog({ ...p, now: FIXED_NOW, ...extra }));
}

/** Everything the bot sent for one user message (messages and events). */
export async function turn(client: DialogTestClient, text: string): Promise<Partial<Activity>[]> {
  const out: Partial<Activity>[] = [];
  const first = await client.sendActivity(text);
  if (first) out.push(first);
  for (let a = client.getNextReply(); a; a = client.getNextReply()) out.push(a);
  return out;
}

export function texts(activities: Partial<Activity>[]): string {
  return activities.filter((a) => a.type === 'message').map((a) => a.text ?? '').join('\n---\n');
}

export function decisionEvent(activities: Partial<Activity>[]): Partial<Activity> | undefined {
  return activities.find((a) => a.type === 'event' && a.name === 'orientation.decision');
}

/** The orientation session the main dialog keeps for this conversation. */
export function orientationSession(client: DialogTestClient): OrientationSession | undefined {
  return client.dialogContext?.stack?.[0]?.state?.orientation as OrientationSession | undefined;
}

/** What a simulated person knows of themselves, to answer the follow-up questions. */
export interface KnownFacts {
  status?: Status;
  age?: number;
  /** Knows only that they are under 26. */
  under26?: boolean;
  postcode?: string;
  departement?: string;
  rqth?: 'oui' | 'en_cours' | 'non';
  cadre?: boolean;
  betweenContracts?: boolean;
  jobAtRiskForHealth?: boolean;
  /** Is in an emergency (no roof tonight, violence, hunger, thoughts of suicide): the safety question is answered truthfully. */
  inDanger?: boolean;
}

/** Plain danger answers to the safety question, by the kind asked (the distress question is asked directly: « oui » is the danger). */
const DANGER_ANSWERS: Record<string, string> = {
  sans_logement: "non, j'ai nulle part où dormir ce soir",
  violence: "non, j'ai peur, il peut revenir",
  faim: "non, j'ai rien à manger",
  detresse: 'oui, des fois j’y pense',
};

/**
 * What the person answers to the question about `fact` (plain words, as a person would type them);
 * `kinds`: the emergencies the safety question asked about.
 */
export function answerTo(fact: string, p: KnownFacts, kinds: readonly string[] = []): string {
  switch (fact) {
    case 'safety': {
      if (!p.inDanger) return kinds.includes('detresse') ? 'non, ça va' : 'oui, ça va';
      return DANGER_ANSWERS[kinds.includes('detresse') ? 'detresse' : (kinds[0] ?? 'violence')] ?? 'non';
    }
    case 'status':
      return p.status ? `je suis ${STATUS_LABELS[p.status]}` : 'je ne sais pas';
    case 'age':
    case 'ageBand':
      return p.age !== undefined ? `${p.age} ans` : p.under26 ? "j'ai moins de 26 ans" : '40 ans';
    case 'place':
      return p.postcode ?? (p.departement ? `dans le ${p.departement}` : 'je ne sais pas');
    case 'rqth':
      return p.rqth === 'en_cours' ? 'demande en cours' : p.rqth === 'oui' ? 'oui' : 'non';
    case 'cadre':
      return p.cadre ? 'oui' : 'non';
    case 'betweenContracts':
      return p.betweenContracts ? 'oui, entre deux contrats' : "non, j'ai un contrat en cours";
    case 'jobAtRiskForHealth':
      return p.jobAtRiskForHealth ? 'oui' : 'non';
    default:
      return 'je ne sais pas';
  }
}
