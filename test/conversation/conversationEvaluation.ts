// Drives the blind conversation set (conversations.blind-*.json) through the real server over HTTP
// (POST /api/messages, deliveryMode expectReplies), answers the bot's follow-up questions from each
// persona, and scores each conversation good / acceptable / bad with the rules the set states
// (its `protocol` block). Used by `npm run eval:conversations` and conversationEvaluation.test.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { activity, postActivity, startApp, type PostResult, type RunningApp } from '../helpers/appServer.js';
import { foldForMatching, hasCard } from '../answers/answerEvaluation.js';
import { territoryIndex } from '../../knowledge/territory/territoryIndex.js';
import { epciOf } from '../../knowledge/territory/administrativeGeography.js';
import { regionOf } from '../../knowledge/operators/frenchAdministration.js';
import type { OperatorDirectory } from '../../knowledge/operators/operatorDirectory.js';
import type { Ticket } from '../../orientation/tickets/ticket.js';
import type { OperatorType } from '../../knowledge/model/operatorType.js';

export const BLIND_CONVERSATIONS_PATH = fileURLToPath(new URL('./conversations.blind-2026-12-06.json', import.meta.url));

const STEPS = ['any', 'summary', 'consent', 'channel', 'contact', 'times'] as const;
type Step = (typeof STEPS)[number];

const turnSchema = z.object({
  text: z.string().min(1),
  at: z.enum(STEPS).default('any'),
  expect: z
    .object({
      mustMatch: z.array(z.string()).optional(),
      mustNotMatch: z.array(z.string()).optional(),
      noCard: z.boolean().optional(),
      consentNotTaken: z.boolean().optional(),
      closes: z.boolean().optional(),
      critical: z.boolean().optional(),
    })
    .optional(),
});
const conversationSchema = z.object({
  id: z.string().min(1),
  register: z.string(),
  persona: z.object({
    status: z.string(),
    age: z.number(),
    commune: z.string(),
    communeInsee: z.string(),
    departement: z.string(),
    situation: z.string(),
    answers: z.record(z.string(), z.string()),
  }),
  turns: z.array(turnSchema).min(3).max(8),
  final: z.object({
    ticket: z.boolean().optional(),
    ticketContact: z.string().optional(),
    ticketTimesMustNotMatch: z.array(z.string()).optional(),
    operators: z.array(z.string()).optional(),
    operatorsAnyOf: z.array(z.string()).optional(),
    profileNot: z.record(z.string(), z.unknown()).optional(),
    summaryMustNotMatch: z.array(z.string()).optional(),
    finalSummaryMustNotMatch: z.array(z.string()).optional(),
    mustMatchSomewhere: z.array(z.string()).optional(),
  }),
});
const setSchema = z.object({
  description: z.string(),
  protocol: z.record(z.string(), z.unknown()),
  closingPattern: z.string(),
  conversations: z.array(conversationSchema).min(40),
});
export type ConversationCase = z.infer<typeof conversationSchema>;
export type ConversationSet = z.infer<typeof setSchema>;

export function loadConversationSet(path = BLIND_CONVERSATIONS_PATH): ConversationSet {
  return setSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

// ---- What the bot said ------------------------------------------------------------------------

interface BotActivity {
  type: string;
  name?: string;
  text?: string;
  value?: unknown;
  suggestedActions?: { actions?: Array<{ title?: string; value?: unknown }> };
}

interface TurnRecord {
  sent: string;
  /** Sent by the runner from the persona (a follow-up answer), not a scripted turn. */
  fromPersona: boolean;
  messages: string[];
  buttons: string[];
  events: BotActivity[];
}

const botActivities = (r: PostResult): BotActivity[] => (r.body?.activities ?? []) as BotActivity[];

/** The step the bot's last message of a turn leaves the person at. */
export function stepOf(turn: Pick<TurnRecord, 'messages' | 'buttons'> | undefined): Step | 'question' | 'none' {
  if (!turn || !turn.messages.length) return 'none';
  const last = foldForMatching(turn.messages[turn.messages.length - 1]!);
  const buttons = turn.buttons.map(foldForMatching);
  if (/a quels moments etes-vous le plus facilement joignable/.test(last)) return 'times';
  if (/quel est votre numero de telephone|quelle est votre adresse de courriel|reconnu un numero de telephone|reconnu une adresse de courriel/.test(last)) return 'contact';
  if (/comment preferez-vous etre recontacte/.test(last)) return 'channel';
  if (buttons.some((b) => b.startsWith("oui, je suis d'accord")) || /d'accord pour que je transmette|vous recontacte \? je lui transmettrai|pour que je cree la fiche/.test(last)) return 'consent';
  if (/si je resume|mon resume de votre situation/.test(last)) return 'summary';
  // A question may be followed by a hint (« Dans quelle commune habitez-vous ? Le code postal suffit. »).
  return last.includes('?') || buttons.length ? 'question' : 'none';
}

/** The persona's answer to the bot's pending question (see the set's protocol), or undefined. */
export function personaAnswer(c: ConversationCase, turn: Pick<TurnRecord, 'messages' | 'buttons'>): string | undefined {
  const a = c.persona.answers;
  const step = stepOf(turn);
  if (step === 'times') return a.times ?? 'peu importe';
  if (step === 'contact') {
    const last = foldForMatching(turn.messages[turn.messages.length - 1]!);
    return /courriel/.test(last) ? (a.email ?? a.phone) : (a.phone ?? a.email);
  }
  if (step === 'channel') return a.channel ?? (a.phone ? 'par téléphone' : 'par courriel');
  if (step === 'consent') return 'oui';
  if (step === 'summary') return 'oui';
  if (step === 'none') return undefined;
  const last = foldForMatching(turn.messages[turn.messages.length - 1]!);
  // Several communes for a name or a postcode: the person knows which one is theirs.
  if (/plusieurs communes|laquelle est la votre/.test(last)) {
    const own = turn.buttons.find((b) => b.includes(`(${c.persona.departement})`)) ?? turn.buttons.find((b) => foldForMatching(b).startsWith(foldForMatching(c.persona.commune.replace(/\s*\(.*$/, ''))));
    return own ?? c.persona.commune.replace(/\s*\(.*$/, '');
  }
  const rules: Array<[RegExp, string | undefined, string?]> = [
    // The safety question (an emergency possible but not read): the persona's own answer, else « ça va »
    // (safe for every form of the question); an emergency persona is read from the first message.
    [/avant tout.*(?:endroit ou dormir|en securite|de quoi manger|vous faire du mal)/, a.safety, 'ça va'],
    [/quel age/, a.age ?? String(c.persona.age)],
    [/commune|code postal/, a.place],
    [/situation aujourd/, a.status],
    [/plusieurs activites/, a.pluriActive, 'non'],
    [/etes-vous cadre/, a.cadre, 'non'],
    [/rqth|travailleur handicape/, a.rqth, 'non'],
    [/entre deux missions|deux saisons/, a.betweenContracts, 'non'],
    [/sante/, a.health, 'non'],
    [/perdu votre emploi/, a.lostJob, 'non'],
    [/diplome/, a.diploma, 'je ne sais pas'],
    [/quel metier/, a.trade, 'je ne sais pas encore'],
    [/que cherchez-vous/, a.need],
  ];
  for (const [pattern, answer, fallback] of rules) if (pattern.test(last)) return answer ?? fallback ?? a.status;
  if (turn.buttons.length) {
    const wanted = a.choice ? foldForMatching(a.choice) : undefined;
    return turn.buttons.find((b) => wanted && foldForMatching(b).includes(wanted)) ?? turn.buttons[0];
  }
  return undefined;
}

// ---- Checks and scoring -----------------------------------------------------------------------

export interface Check {
  name: string;
  /** Scripted turn index (1-based) or 'final'. */
  where: number | 'final';
  passed: boolean;
  critical: boolean;
  detail?: string;
}

export type Grade = 'good' | 'acceptable' | 'bad';

export interface ConversationResult {
  id: string;
  register: string;
  grade: Grade;
  checks: Check[];
  turns: TurnRecord[];
  personaAnswers: number;
  ticket?: Pick<Ticket, 'reference' | 'structure' | 'territory' | 'contact'>;
  /** Where the ticket's structure sits relative to the person's commune. */
  structureLevel?: StructureLevel;
  operatorTypes: string[];
}

/** The rule the set states: a critical miss or 3 misses → bad; 1–2 non-critical → acceptable. */
export function grade(checks: Check[]): Grade {
  const failed = checks.filter((c) => !c.passed);
  if (failed.some((c) => c.critical) || failed.length >= 3) return 'bad';
  return failed.length ? 'acceptable' : 'good';
}

const fold = (texts: string[]) => foldForMatching(texts.join('\n'));
const matches = (pattern: string, text: string) => new RegExp(pattern, 'i').test(text);

/** The commune itself, its city (Paris/Lyon/Marseille) and the city's arrondissements. */
function sameCityGroup(insee: string): Set<string> {
  const index = territoryIndex();
  const city = index.communeByInsee.get(insee)?.parent?.insee ?? insee;
  const group = new Set([insee, city]);
  for (const c of index.communeByInsee.values()) if (c.parent?.insee === city) group.add(c.insee);
  return group;
}

export type StructureLevel = 'commune' | 'epci' | 'departement' | 'region' | 'elsewhere' | 'unknown';

/** Where the ticket's structure sits for the person's commune (directory data, queue ids). */
export function structureLevel(directory: OperatorDirectory, structureId: string, persona: ConversationCase['persona']): StructureLevel {
  const queue = /^[a-z_]+:(?:region:(.+)|(\d{2}|2[AB]|97\d))$/.exec(structureId);
  if (queue) {
    if (queue[1]) return queue[1] === regionOf(persona.departement) ? 'region' : 'elsewhere';
    return queue[2] === persona.departement ? 'departement' : 'elsewhere';
  }
  const group = sameCityGroup(persona.communeInsee);
  // The group of a city's structures (« France Travail — agences de Roubaix (2) »).
  const cityGroup = /^[a-z_]+:commune:(\w+)$/.exec(structureId);
  if (cityGroup) return group.has(cityGroup[1]!) ? 'commune' : 'elsewhere';
  const s = directory.structures().find((x) => x.id === structureId);
  if (!s) return 'unknown';
  const epci = new Set(epciOf(persona.communeInsee)?.communes ?? []);
  const t = s.territory;
  if (t.kind === 'communes' && t.communes.some((c) => group.has(c))) return 'commune';
  if (s.officeCommune && group.has(s.officeCommune)) return 'commune';
  if (s.officeCommune && epci.has(s.officeCommune)) return 'epci';
  if (t.kind === 'communes' && t.communes.some((c) => epci.has(c))) return 'epci';
  if (s.departement === persona.departement || (t.kind === 'departements' && t.departements.includes(persona.departement))) return 'departement';
  if (t.kind === 'region' && t.region === regionOf(persona.departement)) return 'region';
  return 'elsewhere';
}

// ---- Driving one conversation -----------------------------------------------------------------

const STEP_ORDER: readonly string[] = ['summary', 'consent', 'channel', 'contact', 'times'];
const isLaterStep = (current: string, target: string) => STEP_ORDER.includes(current) && STEP_ORDER.indexOf(current) > STEP_ORDER.indexOf(target);

const MAX_PERSONA_ANSWERS_PER_TURN = 5;
const MAX_PERSONA_ANSWERS_AFTER_SCRIPT = 6;
let conversationSeq = 0;

export async function runConversation(app: RunningApp, set: ConversationSet, c: ConversationCase): Promise<ConversationResult> {
  const conversationId = `convoeval-${c.id}-${Date.now()}-${++conversationSeq}`;
  const turns: TurnRecord[] = [];
  const checks: Check[] = [];
  let personaAnswers = 0;
  let ticketReference: string | undefined;

  const send = async (text: string, fromPersona: boolean): Promise<TurnRecord> => {
    const res = await postActivity(app.url, activity(conversationId, { type: 'message', text }));
    if (res.status !== 200) throw new Error(`${c.id}: HTTP ${res.status} for « ${text} »`);
    const acts = botActivities(res);
    const messages = acts.filter((a) => a.type === 'message').map((a) => a.text ?? '');
    const lastMessage = [...acts].reverse().find((a) => a.type === 'message');
    const record: TurnRecord = {
      sent: text,
      fromPersona,
      messages,
      buttons: (lastMessage?.suggestedActions?.actions ?? []).map((x) => String(x.title ?? x.value ?? '')),
      events: acts.filter((a) => a.type === 'event'),
    };
    for (const e of record.events) {
      const ref = (e.value as { reference?: string } | undefined)?.reference;
      if (e.name === 'handoff.initiate' && ref) ticketReference = ref;
    }
    // The confirmation's reference (other messages show an example reference, « CEP-7K3F-Q2 »).
    ticketReference ??= /votre référence est \*{0,2}(CEP-[0-9A-Z]{4}-[0-9A-Z]{2})/i.exec(messages.join('\n'))?.[1];
    turns.push(record);
    return record;
  };
  /**
   * Answers from the persona until the bot's last message shows `step`; false when never reached or
   * when the conversation is already past it (a later hand-off step).
   */
  const reach = async (step: Step, budget: number): Promise<boolean> => {
    for (let i = 0; i <= budget; i++) {
      const current = stepOf(turns[turns.length - 1]);
      if (current === step) return true;
      if (i === budget || isLaterStep(current, step)) return false;
      const answer = turns.length ? personaAnswer(c, turns[turns.length - 1]!) : undefined;
      if (!answer) return false;
      personaAnswers += 1;
      await send(answer, true);
    }
    return false;
  };

  for (const [i, t] of c.turns.entries()) {
    const n = i + 1;
    if (t.at !== 'any') {
      const reached = await reach(t.at, MAX_PERSONA_ANSWERS_PER_TURN);
      checks.push({ name: `step ${t.at} reached`, where: n, passed: reached, critical: false, detail: reached ? undefined : `last bot message: ${turns[turns.length - 1]?.messages.at(-1)?.slice(0, 160) ?? '(none)'}` });
      if (!reached) continue;
    }
    const ticketBefore = ticketReference;
    const record = await send(t.text, false);
    const text = fold(record.messages);
    const e = t.expect ?? {};
    for (const p of e.mustMatch ?? []) checks.push({ name: 'reply contains', where: n, passed: matches(p, text), critical: Boolean(e.critical), detail: `/${p}/` });
    for (const p of e.mustNotMatch ?? []) checks.push({ name: 'reply does not contain', where: n, passed: !matches(p, text), critical: false, detail: `/${p}/` });
    if (e.noCard) checks.push({ name: 'no card', where: n, passed: !record.messages.some(hasCard), critical: false });
    if (e.closes) checks.push({ name: 'ends politely', where: n, passed: new RegExp(set.closingPattern, 'i').test(text), critical: false });
    if (e.consentNotTaken) {
      const movedOn = ['channel', 'contact', 'times'].includes(stepOf(record)) || /comment preferez-vous etre recontacte|quel est votre numero de telephone|adresse de courriel|votre reference est/.test(text);
      checks.push({ name: 'consent not taken', where: n, passed: !movedOn && ticketReference === ticketBefore, critical: true });
    }
  }
  if (c.final.ticket && !ticketReference) {
    for (let i = 0; i < MAX_PERSONA_ANSWERS_AFTER_SCRIPT && !ticketReference; i++) {
      const answer = personaAnswer(c, turns[turns.length - 1]!);
      if (!answer) break;
      personaAnswers += 1;
      await send(answer, true);
    }
  }

  // ---- Final checks
  const decisions = turns.flatMap((t) => t.events).filter((e) => e.name === 'orientation.decision');
  const operatorTypes = [...new Set(decisions.flatMap((d) => ((d.value as { operatorTypes?: string[] })?.operatorTypes ?? [])))];
  const f = c.final;
  const ticket = ticketReference ? await app.services.tickets.getByReference(ticketReference) : undefined;
  let level: StructureLevel | undefined;
  if (f.ticket !== undefined) {
    checks.push({ name: f.ticket ? 'ticket created' : 'no ticket created', where: 'final', passed: Boolean(ticket) === f.ticket, critical: true, detail: ticket?.reference });
  }
  if (ticket) {
    const group = sameCityGroup(c.persona.communeInsee);
    level = structureLevel(app.services.operatorDirectory, ticket.structure.id, c.persona);
    const chosenType = ticket.decision.chosen as OperatorType;
    const servesCommune = app.services.operatorDirectory.structuresFor(chosenType, { communeInsee: c.persona.communeInsee }).some((s) => s.id === ticket.structure.id);
    const territoryRight = !ticket.territory.communeInsee || group.has(ticket.territory.communeInsee);
    const inPlace = territoryRight && (servesCommune || ['commune', 'epci', 'departement', 'region'].includes(level));
    checks.push({ name: 'ticket structure in the person’s place', where: 'final', passed: inPlace, critical: true, detail: `${ticket.structure.id} (${ticket.structure.name}), level ${level}, territory ${ticket.territory.communeInsee ?? '—'}` });
    if (f.ticketContact) {
      const value = ticket.contact.value.includes('@') ? ticket.contact.value.toLowerCase() : ticket.contact.value.replace(/\D/g, '').replace(/^33/, '0');
      checks.push({ name: 'ticket contact', where: 'final', passed: value === f.ticketContact, critical: false, detail: `got ${ticket.contact.channel}:${value ? `${value.slice(0, 3)}…` : '(empty)'}` });
    }
    for (const p of f.ticketTimesMustNotMatch ?? []) {
      checks.push({ name: 'ticket preferred times not a question', where: 'final', passed: !matches(p, foldForMatching(ticket.contact.preferredTimes ?? '')), critical: false, detail: `« ${ticket.contact.preferredTimes ?? ''} »` });
    }
  }
  for (const o of f.operators ?? []) checks.push({ name: 'operator proposed', where: 'final', passed: operatorTypes.includes(o), critical: false, detail: `${o}; got ${operatorTypes.join(', ') || 'no decision'}` });
  if (f.operatorsAnyOf) checks.push({ name: 'one of the operators proposed', where: 'final', passed: f.operatorsAnyOf.some((o) => operatorTypes.includes(o)), critical: false, detail: `${f.operatorsAnyOf.join(' | ')}; got ${operatorTypes.join(', ') || 'no decision'}` });
  for (const [field, value] of Object.entries(f.profileNot ?? {})) {
    const held = decisions.some((d) => (d.value as { profile?: Record<string, unknown> })?.profile?.[field] === value);
    checks.push({ name: 'no invented fact', where: 'final', passed: !held, critical: true, detail: `${field} ≠ ${JSON.stringify(value)}` });
  }
  // The place: every decision's commune is the person's (or their city / arrondissement), and so is the département.
  const group = sameCityGroup(c.persona.communeInsee);
  const wrongPlaces = decisions
    .map((d) => (d.value as { profile?: { place?: { communeInsee?: string; departement?: string; communeName?: string } } })?.profile?.place)
    .filter((p) => p && ((p.communeInsee && !group.has(p.communeInsee)) || (p.departement && p.departement !== c.persona.departement)));
  checks.push({ name: 'no invented place', where: 'final', passed: wrongPlaces.length === 0, critical: true, detail: wrongPlaces.map((p) => `${p!.communeName ?? ''} ${p!.communeInsee ?? ''} (${p!.departement ?? ''})`).join('; ') || undefined });
  const summaries = turns.flatMap((t) => t.messages).filter((m) => /si je résume|si je resume/i.test(m));
  for (const p of f.summaryMustNotMatch ?? []) {
    const hit = summaries.find((s) => matches(p, foldForMatching(s)));
    checks.push({ name: 'summary without invented place or fact', where: 'final', passed: !hit, critical: true, detail: `/${p}/${hit ? `: ${hit.replace(/\s+/g, ' ').slice(0, 200)}` : ''}` });
  }
  for (const p of f.finalSummaryMustNotMatch ?? []) {
    const last = summaries.at(-1);
    checks.push({ name: 'last summary corrected', where: 'final', passed: !last || !matches(p, foldForMatching(last)), critical: true, detail: `/${p}/${last ? `: ${last.replace(/\s+/g, ' ').slice(0, 200)}` : ''}` });
  }
  const everything = fold(turns.flatMap((t) => t.messages));
  for (const p of f.mustMatchSomewhere ?? []) checks.push({ name: 'conversation mentions', where: 'final', passed: matches(p, everything), critical: false, detail: `/${p}/` });

  return {
    id: c.id,
    register: c.register,
    grade: grade(checks),
    checks,
    turns,
    personaAnswers,
    ticket: ticket ? { reference: ticket.reference, structure: ticket.structure, territory: ticket.territory, contact: { channel: ticket.contact.channel, value: '', preferredTimes: ticket.contact.preferredTimes } } : undefined,
    structureLevel: level,
    operatorTypes,
  };
}

// ---- The whole set ----------------------------------------------------------------------------

export interface ConversationReport {
  total: number;
  grades: Record<Grade, number>;
  byRegister: Record<string, Record<Grade, number>>;
  /** Per check name: passed / total. */
  byCheck: Record<string, { passed: number; total: number }>;
  structureLevels: Record<string, number>;
  personaAnswers: number;
  scriptedTurns: number;
  results: ConversationResult[];
  ms: number;
}

export async function evaluateConversations(set: ConversationSet = loadConversationSet(), app?: RunningApp): Promise<ConversationReport> {
  const started = Date.now();
  const own = app ? undefined : await startApp({}, { skipWarmUp: true });
  const running = app ?? own!;
  try {
    const results: ConversationResult[] = [];
    for (const c of set.conversations) results.push(await runConversation(running, set, c));
    const grades: Record<Grade, number> = { good: 0, acceptable: 0, bad: 0 };
    const byRegister: Record<string, Record<Grade, number>> = {};
    const byCheck: Record<string, { passed: number; total: number }> = {};
    const structureLevels: Record<string, number> = {};
    for (const r of results) {
      grades[r.grade] += 1;
      (byRegister[r.register] ??= { good: 0, acceptable: 0, bad: 0 })[r.grade] += 1;
      for (const ch of r.checks) {
        const t = (byCheck[ch.name] ??= { passed: 0, total: 0 });
        t.total += 1;
        if (ch.passed) t.passed += 1;
      }
      if (r.structureLevel) structureLevels[r.structureLevel] = (structureLevels[r.structureLevel] ?? 0) + 1;
    }
    return {
      total: results.length,
      grades,
      byRegister,
      byCheck,
      structureLevels,
      personaAnswers: results.reduce((s, r) => s + r.personaAnswers, 0),
      scriptedTurns: set.conversations.reduce((s, c) => s + c.turns.length, 0),
      results,
      ms: Date.now() - started,
    };
  } finally {
    await own?.close();
  }
}
