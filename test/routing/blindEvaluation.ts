// Blind first-message evaluation driven through the real dialogs: each message TEXT is sent to
// MainDialog (botbuilder-testing), the follow-up questions are answered from the case's persona,
// the summary is confirmed, an option is picked, and everything the assistant proposed is
// compared with the labels. The facts the assistant took from the first message are checked
// against what the message actually says (no invented place, age, RQTH or cadre status).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { OPERATOR_TYPES } from '../../knowledge/model/operatorType.js';
import { STATUSES, type Profile } from '../../orientation/routing/profile.js';
import type { OrientationDecisionEvent } from '../../orientation/routing/routingDecision.js';
import { answerTo, decisionEvent, newClient, orientationSession, realParts, turn } from '../dialogs/dialogHarness.js';
import { routeProfile } from '../../orientation/routing/routeProfile.js';

export const BLIND_SET_PATH = fileURLToPath(new URL('./firstMessages.blind-2026-12-06.json', import.meta.url));

const facts = z
  .object({
    status: z.enum(STATUSES).optional(),
    age: z.number().int().optional(),
    departement: z.string().optional(),
    rqth: z.enum(['oui', 'en_cours', 'non']).optional(),
    cadre: z.boolean().optional(),
    betweenContracts: z.boolean().optional(),
    jobAtRiskForHealth: z.boolean().optional(),
    rsa: z.boolean().optional(),
  })
  .strict();
export type PersonaFacts = z.infer<typeof facts>;

export const blindCaseSchema = z
  .object({
    id: z.string(),
    family: z.string(),
    register: z.enum(['standard', 'sms', 'spoken', 'story', 'formal']),
    text: z.string().min(1),
    expected: z.object({ operatorTypes: z.array(z.enum(OPERATOR_TYPES)).min(1), emergency: z.boolean() }).strict(),
    says: facts,
    persona: facts,
  })
  .strict();
export type BlindCase = z.infer<typeof blindCaseSchema>;

/** Loaded on demand (inside hooks), never at collection time. */
export function loadBlindSet(path = BLIND_SET_PATH): BlindCase[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as { cases: unknown[] };
  return raw.cases.map((c) => blindCaseSchema.parse(c));
}

export interface BlindOutcome {
  id: string;
  family: string;
  register: string;
  /** Every expected operator type was proposed (decision, options or partners). */
  allProposed: boolean;
  missingOperators: string[];
  /** Emergency lines given exactly when expected. */
  emergencyRight: boolean;
  emergencyExpected: boolean;
  /** Facts of the first-message profile that the message does not support or contradicts. */
  wrongFacts: string[];
  followUps: number;
  /** The safety question was asked (an emergency possible but not read from the first message). */
  safetyAsked: boolean;
  proposed: string[];
}

/** Facts of `profile` not supported by what the message says (or contradicting it). */
export function unsupportedFacts(profile: Profile, says: PersonaFacts): string[] {
  const wrong: string[] = [];
  const dep = profile.place?.departement ?? (profile.place?.communeInsee ? 'commune' : undefined);
  if (dep && dep !== says.departement) wrong.push(`place ${dep}${says.departement ? ` ≠ ${says.departement}` : ' not said'}`);
  if (profile.age !== undefined && profile.age !== says.age) wrong.push(`age ${profile.age}${says.age !== undefined ? ` ≠ ${says.age}` : ' not said'}`);
  const rqthClaimed = profile.rqth === 'oui' || profile.rqth === 'en_cours';
  if ((rqthClaimed && profile.rqth !== says.rqth) || (profile.rqth === 'non' && says.rqth && says.rqth !== 'non')) wrong.push(`rqth ${profile.rqth}${says.rqth ? ` ≠ ${says.rqth}` : ' not said'}`);
  if ((profile.cadre === true && says.cadre !== true) || (profile.cadre === false && says.cadre === true)) wrong.push(`cadre ${profile.cadre}`);
  if (profile.status && says.status && profile.status !== says.status) wrong.push(`status ${profile.status} ≠ ${says.status}`);
  return wrong;
}

export async function playBlindCase(c: BlindCase): Promise<BlindOutcome> {
  const client = await newClient();
  // The persona tells the truth about their own situation when asked about safety.
  const persona = { ...c.persona, inDanger: c.expected.emergency };
  const proposed = new Set<string>();
  const collect = (acts: Awaited<ReturnType<typeof turn>>) => {
    const event = decisionEvent(acts)?.value as OrientationDecisionEvent | undefined;
    for (const t of event?.operatorTypes ?? []) proposed.add(t);
    for (const s of event?.structures ?? []) proposed.add(s.type);
    // Partners (CIDFF, business-creation networks) are said with the proposal, not carried by the
    // event: they are those of the decision for the profile the event carries.
    if (event?.profile) for (const p of routeProfile(event.profile).partners) proposed.add(p);
    const s = orientationSession(client);
    for (const o of s?.options ?? []) proposed.add(o);
    return event;
  };
  let acts = await turn(client, c.text);
  const firstProfile = orientationSession(client)?.profile;
  let event = collect(acts);
  let careerDecided = !!event && event.operatorTypes.some((t) => t !== 'social_emergency');
  let describedAfterEmergency = false;
  for (let step = 0; step < 10 && !careerDecided; step++) {
    const s = orientationSession(client);
    if (!s) break;
    let reply: string | undefined;
    if (s.phase === 'confirm') reply = 'oui';
    else if (s.phase === 'choose') reply = s.options?.find((o) => c.expected.operatorTypes.includes(o as never)) ?? s.options?.[0] ?? '1';
    else if (s.pendingFact === 'placeChoice') {
      const i = s.placeCandidates?.findIndex((p) => p.departement === c.persona.departement) ?? -1;
      reply = String(i >= 0 ? i + 1 : 1);
    } else if (s.pendingFact) reply = answerTo(s.pendingFact, persona, s.safetyQuestion?.kinds);
    else if (s.phase === 'open' && event && !describedAfterEmergency) {
      // After the emergency lines, the assistant asks about work: the person says who they are.
      describedAfterEmergency = true;
      reply = `${answerTo('status', persona)}, ${answerTo('age', persona)}`;
    } else break;
    if (!reply) break;
    acts = await turn(client, reply);
    event = collect(acts) ?? event;
    careerDecided = !!event && event.operatorTypes.some((t) => t !== 'social_emergency');
  }
  const missingOperators = c.expected.operatorTypes.filter((t) => !proposed.has(t));
  const gotEmergency = proposed.has('social_emergency');
  return {
    id: c.id,
    family: c.family,
    register: c.register,
    allProposed: missingOperators.length === 0,
    missingOperators,
    emergencyRight: gotEmergency === c.expected.emergency,
    emergencyExpected: c.expected.emergency,
    wrongFacts: firstProfile ? unsupportedFacts(firstProfile, c.says) : [],
    followUps: orientationSession(client)?.followUps ?? 0,
    safetyAsked: orientationSession(client)?.safetyQuestion !== undefined,
    proposed: [...proposed],
  };
}

/** Plays every case of a blind set through the real dialogs (real knowledge base, search, territory, rules). */
export async function evaluateBlindSet(path = BLIND_SET_PATH): Promise<BlindReport> {
  await realParts();
  const outcomes: BlindOutcome[] = [];
  for (const c of loadBlindSet(path)) outcomes.push(await playBlindCase(c));
  return summarise(outcomes);
}

export interface BlindReport {
  total: number;
  allProposed: number;
  emergencies: { expected: number; right: number; falseAlarms: number };
  cleanFacts: number;
  meanFollowUps: number;
  /** Conversations where the safety question was asked, and those of them with no emergency. */
  safetyQuestions: { asked: number; withoutEmergency: number };
  byFamily: Record<string, { total: number; allProposed: number; cleanFacts: number }>;
  outcomes: BlindOutcome[];
}

export function summarise(outcomes: BlindOutcome[]): BlindReport {
  const byFamily: BlindReport['byFamily'] = {};
  for (const o of outcomes) {
    const f = (byFamily[o.family] ??= { total: 0, allProposed: 0, cleanFacts: 0 });
    f.total++;
    if (o.allProposed) f.allProposed++;
    if (o.wrongFacts.length === 0) f.cleanFacts++;
  }
  const expectedEmergencies = outcomes.filter((o) => o.emergencyExpected);
  return {
    total: outcomes.length,
    allProposed: outcomes.filter((o) => o.allProposed).length,
    emergencies: {
      expected: expectedEmergencies.length,
      right: expectedEmergencies.filter((o) => o.emergencyRight).length,
      falseAlarms: outcomes.filter((o) => !o.emergencyExpected && !o.emergencyRight).length,
    },
    cleanFacts: outcomes.filter((o) => o.wrongFacts.length === 0).length,
    meanFollowUps: outcomes.reduce((a, o) => a + o.followUps, 0) / Math.max(1, outcomes.length),
    safetyQuestions: { asked: outcomes.filter((o) => o.safetyAsked).length, withoutEmergency: outcomes.filter((o) => o.safetyAsked && !o.emergencyExpected).length },
    byFamily,
    outcomes,
  };
}

const pct = (n: number, d: number) => `${n}/${d} (${((100 * n) / Math.max(1, d)).toFixed(1)} %)`;

export function formatBlindReport(r: BlindReport): string {
  const lines = [
    `every expected operator proposed ${pct(r.allProposed, r.total)}; emergencies ${pct(r.emergencies.right, r.emergencies.expected)} (false alarms ${r.emergencies.falseAlarms}); ` +
      `no wrong place or fact ${pct(r.cleanFacts, r.total)}; mean follow-ups ${r.meanFollowUps.toFixed(2)}`,
    `safety question asked ${pct(r.safetyQuestions.asked, r.total)}, of which without emergency ${r.safetyQuestions.withoutEmergency}`,
  ];
  for (const [family, f] of Object.entries(r.byFamily)) lines.push(`  ${family}: proposed ${pct(f.allProposed, f.total)}, clean facts ${pct(f.cleanFacts, f.total)}`);
  for (const o of r.outcomes) {
    if (o.allProposed && o.emergencyRight && o.wrongFacts.length === 0) continue;
    const why = [
      o.missingOperators.length ? `missing ${o.missingOperators.join('+')}` : '',
      o.emergencyRight ? '' : o.emergencyExpected ? 'emergency missed' : 'false emergency',
      o.wrongFacts.length ? `wrong facts: ${o.wrongFacts.join('; ')}` : '',
    ].filter(Boolean);
    lines.push(`  ${o.id} [${o.family}] ${why.join(' | ')} (proposed ${o.proposed.join('+') || 'nothing'})`);
  }
  return lines.join('\n');
}
