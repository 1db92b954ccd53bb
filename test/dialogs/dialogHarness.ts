// Shared set-up for dialog tests: the real knowledge base, search (lexical only, fast), operator
// directory, territory and routing rules, behind MainDialog; conversations run through
// botbuilder-testing's DialogTestClient.
import type { Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { MainDialog, type MainDialogDeps } from '../../dialogs/mainDialog.js';
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
