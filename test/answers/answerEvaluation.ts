// Runs the answers evaluation set through the real dialogs (MainDialog + HandoffDialog, real
// knowledge base, search, directory, territory, routing rules, memory ticket store) and measures:
// share of questions answered with their required facts, share of turns with an unrelated card.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { stripAccents } from '../../knowledge/shared/frenchText.js';
import { HandoffDialog } from '../../dialogs/handoffDialog.js';
import { TicketService } from '../../orientation/tickets/ticketService.js';
import { MemoryTicketStore } from '../../bot/handoff/ticketStore.memory.js';
import { newClient, realParts, texts, turn } from '../dialogs/dialogHarness.js';
import { answerQuestion } from '../../orientation/answers/informationAnswers.js';

export const BLIND_SET_PATH = fileURLToPath(new URL('./questions.blind-2026-12-06.json', import.meta.url));

const STEPS = ['first', 'confirm', 'consent', 'contact'] as const;
export type QuestionStep = (typeof STEPS)[number];

const questionSchema = z.object({
  id: z.string().min(1),
  step: z.enum(STEPS),
  register: z.string(),
  topic: z.string(),
  text: z.string().min(1),
  mustMatch: z.array(z.string()).min(1),
  mustNotMatch: z.array(z.string()).optional(),
  cardAllowed: z.boolean(),
});
const setSchema = z.object({
  description: z.string(),
  steps: z.record(z.enum(STEPS), z.array(z.string())),
  questions: z.array(questionSchema).min(1),
});
export type AnswerQuestionCase = z.infer<typeof questionSchema>;
export type AnswerSet = z.infer<typeof setSchema>;

export function loadAnswerSet(path = BLIND_SET_PATH): AnswerSet {
  return setSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Lower case, accents and apostrophes folded, spaces inside numbers removed ("5 000 €" → "5000 €"). */
export function foldForMatching(text: string): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(/[’ʼ`]/g, "'")
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/(\d) (?=\d{3}\b)/g, '$1')
    .replace(/[ \t]+/g, ' ');
}

/**
 * A trade or certification card: a ROME fiche or an RNCP / RS certification shown to the person
 * (certification cards read « **Title** (RNCP35316, niveau 3), délivrée par … »).
 */
export function hasCard(text: string): boolean {
  return /fiche ROME [A-Z]\d{4}|\((RNCP|RS)\d+/i.test(text);
}

export interface QuestionResult {
  id: string;
  step: QuestionStep;
  register: string;
  topic: string;
  text: string;
  answered: boolean;
  missing: string[];
  forbidden: string[];
  unrelatedCard: boolean;
  reply: string;
}

export interface AnswerReport {
  total: number;
  answered: number;
  unrelatedCards: number;
  byStep: Record<string, { total: number; answered: number }>;
  byRegister: Record<string, { total: number; answered: number }>;
  /** answerQuestion alone, every question (as the policy calls it at any step): answered, unrelated cards. */
  direct: { answered: number; unrelatedCards: number };
  results: QuestionResult[];
}

export function judge(q: AnswerQuestionCase, reply: string): QuestionResult {
  const folded = foldForMatching(reply);
  const missing = q.mustMatch.filter((r) => !new RegExp(r, 'i').test(folded));
  const forbidden = (q.mustNotMatch ?? []).filter((r) => new RegExp(r, 'i').test(folded));
  const unrelatedCard = !q.cardAllowed && hasCard(reply);
  return { id: q.id, step: q.step, register: q.register, topic: q.topic, text: q.text, answered: missing.length === 0 && forbidden.length === 0, missing, forbidden, unrelatedCard, reply };
}

/** Asks one question as a fresh conversation, after the turns that lead to its step. */
export async function askQuestion(set: AnswerSet, q: AnswerQuestionCase): Promise<QuestionResult> {
  const tickets = new TicketService({ store: new MemoryTicketStore(), retentionDays: 90 });
  const client = await newClient({ handoffDialog: new HandoffDialog({ tickets, retentionDays: 90 }) });
  for (const before of set.steps[q.step] ?? []) await turn(client, before);
  const reply = texts(await turn(client, q.text));
  return judge(q, reply);
}

export async function evaluateAnswers(set: AnswerSet = loadAnswerSet()): Promise<AnswerReport> {
  const results: QuestionResult[] = [];
  for (const q of set.questions) results.push(await askQuestion(set, q));
  const tally = (key: 'step' | 'register') => {
    const out: Record<string, { total: number; answered: number }> = {};
    for (const r of results) {
      const t = (out[r[key]] ??= { total: 0, answered: 0 });
      t.total += 1;
      if (r.answered) t.answered += 1;
    }
    return out;
  };
  const parts = await realParts();
  const direct = { answered: 0, unrelatedCards: 0 };
  for (const q of set.questions) {
    const answer = await answerQuestion(q.text, parts.knowledgeSearch, parts.knowledgeBase);
    const judged = judge(q, answer?.reply.text ?? '');
    if (judged.answered) direct.answered += 1;
    if (judged.unrelatedCard) direct.unrelatedCards += 1;
  }
  return {
    direct,
    total: results.length,
    answered: results.filter((r) => r.answered).length,
    unrelatedCards: results.filter((r) => r.unrelatedCard).length,
    byStep: tally('step'),
    byRegister: tally('register'),
    results,
  };
}
