// The conversation policy of the orientation flow, without botbuilder: from the session and what
// the person said, the replies to send, the next session and the effects for the adapter (the
// decision event, starting the hand-off). Order of a turn: strict answers to what was offered
// (buttons, digits) → what the message asks for (goodbye, a phone number, a question: answered,
// then the pending question repeated in one short line) → the facts it gives → the next step.
// The routing decision is computed once per turn, after the facts are merged, and carried.
import type { Reply } from './reply.js';
import type { KnowledgeBase } from '../../knowledge/model/knowledgeBase.js';
import type { KnowledgeSearch } from '../../knowledge/search/knowledgeSearch.js';
import * as M from './dialogMessages.js';
import type { HandoffRequest } from './handoffRequest.js';
import { answerQuestion, certificationAnswer, schemeAnswerFor, tradeAnswer, type InformationAnswer } from '../answers/informationAnswers.js';
import * as R from './orientationReplies.js';
import { OPERATOR_LABELS, isOperatorType, type OperatorType } from '../../knowledge/model/operatorType.js';
import type { Emergency, Profile } from '../routing/profile.js';
import type { OrientationDecisionEvent, RoutingDecision } from '../routing/routingDecision.js';
import type { StructureRef } from '../../knowledge/model/structureRef.js';
import { structuresForDecision, type StructureDirectory } from '../routing/structuresForDecision.js';
import { mergeProfiles, type ExpectedFact } from '../understanding/extractProfile.js';
import { normalizeText } from '../understanding/normalizeText.js';
import type { Understanding } from '../understanding/understandMessage.js';
import { matchChoice } from './choices.js';
import { factDefinition, placeHintQuestion, profileFromChoice, questionFor } from './factRegistry.js';
import { consentAnswer, hasFarewell, isClosing, isContactRequest, isQuestion, isThanks } from './messageIntent.js';
import { keptEvidence, mergeEvidence, withEvidence } from './decisionEvidence.js';
import * as P from './policyReplies.js';
import { careerTypes, type OrientationSession } from './session.js';
import { namesAJobTitle, talksAboutWork } from './workTopic.js';
import { emergenciesInDoubt, possibleEmergency } from '../understanding/possibleEmergency.js';
import { SAFETY_ANSWER_REASON, SAFETY_FACT, readSafetyAnswer, safetyQuestion } from './safetyQuestion.js';

export interface PolicyDeps {
  route: (profile: Profile) => RoutingDecision;
  /** Understands a message, knowing what the pending question expects (the adapter's understandMessage). */
  understand?: (text: string, expecting: ExpectedFact | undefined) => Promise<Understanding>;
  directory?: StructureDirectory;
  knowledgeSearch?: KnowledgeSearch;
  knowledgeBase?: KnowledgeBase;
  /** A hand-off dialog can take over (consent, contact, ticket). */
  handoffAvailable?: boolean;
}

export type PolicyEffect =
  | { kind: 'decision'; event: OrientationDecisionEvent }
  | { kind: 'handoff'; request: HandoffRequest };

export interface StepResult {
  replies: Reply[];
  session: OrientationSession;
  effects: PolicyEffect[];
}

export interface StepInput {
  text: string;
  /** Already understood by the caller; else deps.understand is called when the step needs it. */
  understanding?: Understanding;
}

/** The pending « fact » while « Vous parlez du métier de … ? » waits for the person's answer. */
const STATED_TRADE = 'tradeToConfirm';
/** A fact is asked at most this many times; then the flow goes on without it (and says so). */
const MAX_ASKS_PER_FACT = 2;
const MAX_TRANSCRIPT = 60;
const GREETING = /^(bonjour|bonsoir|salut|hello|coucou|bjr|slt|hey|allo|re|yo)\b[\s!.,?]*(\w+)?[\s!.?]*$/i;

/** What the extractor should expect from the next message, given the pending question. */
export function expectingFor(session: OrientationSession): ExpectedFact | undefined {
  if (session.phase === 'confirm') return 'confirm';
  if (session.phase === 'choose') return 'choice';
  if (session.pendingFact === 'placeChoice') return 'place';
  return factDefinition(session.pendingFact)?.expects;
}

/** The first message of the flow: the open question for a greeting, else the story is read at once. */
export async function startConversation(session: OrientationSession, input: StepInput & { restart?: boolean }, deps: PolicyDeps): Promise<StepResult> {
  const text = input.text.trim();
  if (input.restart || !text || GREETING.test(text)) {
    const turn = new Turn(session, deps);
    turn.ask(M.OPEN_QUESTION);
    return turn.result();
  }
  return nextStep(session, input, deps);
}

/** One message of the person. */
export async function nextStep(session: OrientationSession, input: StepInput, deps: PolicyDeps): Promise<StepResult> {
  const turn = new Turn(session, deps);
  await turn.onText(input.text.trim(), input.understanding);
  return turn.result();
}

/** « parler à un conseiller », « je veux un numéro »: the contact we know, and the ticket offered. */
export async function humanRequested(session: OrientationSession, deps: PolicyDeps): Promise<StepResult> {
  const turn = new Turn(session, deps);
  turn.onHumanRequested();
  return turn.result();
}

/** Back from a child dialog: the status answer (repeat the pending question) or the hand-off. */
export function resumeAfterChild(session: OrientationSession, deps: PolicyDeps, outcome: { ticketCreated?: boolean; ended?: boolean } = {}): StepResult {
  const turn = new Turn(session, deps);
  turn.onResume(outcome.ticketCreated === true || outcome.ended === true);
  return turn.result();
}

class Turn {
  readonly session: OrientationSession;
  private readonly replies: Reply[] = [];
  private readonly effects: PolicyEffect[] = [];
  private decisionFor?: { key: string; decision: RoutingDecision };

  constructor(
    session: OrientationSession,
    private readonly deps: PolicyDeps,
  ) {
    this.session = structuredClone(session);
  }

  result(): StepResult {
    return { replies: this.replies, session: this.session, effects: this.effects };
  }

  /** The routing decision for the current facts: computed once per turn, carried in the session. */
  decision(): RoutingDecision {
    const { profile, evidence } = this.session;
    const key = JSON.stringify([profile, evidence ?? []]);
    if (this.decisionFor?.key !== key) {
      // The person's words behind an emergency, health or out-of-scope door join its reason.
      this.decisionFor = { key, decision: withEvidence(this.deps.route(profile), profile, evidence) };
      this.session.decision = this.decisionFor.decision;
    }
    return this.decisionFor.decision;
  }

  // ---- Turn entry points ------------------------------------------------------------------------

  async onText(text: string, given?: Understanding): Promise<void> {
    const s = this.session;
    if (!text) {
      this.repeat();
      return;
    }
    this.record('user', text);
    s.closed = undefined;

    // 1. Strict answers to what was just offered (buttons, digits, titles); a question is not one.
    if (s.clarifying && this.onClarification(text)) return;
    const questionShaped = isQuestion(text);
    if (s.phase === 'choose' && s.options?.length && !questionShaped) {
      const picked = matchOperator(text, s.options.filter(isOperatorType));
      if (picked) return this.finalize(picked);
    }
    if (s.pendingFact === 'placeChoice' && s.placeCandidates?.length && this.pickPlace(text)) return this.next();
    if (s.pendingFact && s.phase === 'clarify' && s.lastQuestion?.choices?.length && !questionShaped) {
      const c = matchChoice(text, s.lastQuestion.choices);
      const facts = c ? profileFromChoice(s.pendingFact, c.value) : undefined;
      if (facts) {
        s.profile = mergeProfiles(s.profile, facts);
        s.pendingFact = undefined;
        return this.next();
      }
    }

    // A story told before the routing may hide an emergency; a short answer to a fact question is read without the classifier.
    const storyTurn = s.phase === 'open' || (!s.pendingFact && (s.phase === 'clarify' || s.phase === 'confirm'));
    let u = given ?? (await this.understand(text));

    // Injection text is never used as facts: routing only changes through what the person is.
    if (u.signals.injection) {
      this.ask(R.INJECTION_REPLY);
      return;
    }

    // The answer to the safety question: danger gives the emergency lines of the kinds asked (read as if
    // told in this message), safe or unclear lets the routing go on (never blocked); never asked again.
    if (s.pendingFact === SAFETY_FACT && s.safetyQuestion) {
      const answer = readSafetyAnswer(text, s.safetyQuestion.kinds);
      s.safetyQuestion.answer = answer;
      s.pendingFact = undefined;
      if (answer === 'danger' && u.profile.emergencies.length === 0) u = withEmergenciesAnswered(u, s.safetyQuestion.kinds, text);
      else if (!hasNewFacts(u)) return this.next();
    }

    // An emergency read only as a guess (the classifier alone, violence told next to safety now, a figure of
    // speech said as such, a parent's hyperbole): asked about rather than asserted.
    if (!s.safetyQuestion && !s.chosen && storyTurn && s.profile.emergencies.length === 0 && u.profile.emergencies.length > 0) {
      const guessed = u.statisticalFacts.filter((f) => f.decision === 'emergency').map((f) => f.label);
      const doubtful = emergenciesInDoubt(text, u.profile.emergencies, guessed);
      if (doubtful.length === u.profile.emergencies.length) return this.askSafety(doubtful, withoutEmergencies(u), text);
    }

    // An emergency possible but not read: one short safety question before anything else (once per conversation).
    if (!s.safetyQuestion && !s.chosen && s.profile.emergencies.length === 0 && (storyTurn || text.split(/\s+/).length >= 6)) {
      const possible = possibleEmergency(text, { read: u.profile.emergencies, classifier: storyTurn });
      if (possible) return this.askSafety(possible.kinds, u, text);
    }

    // « Vous habitez près de Vannes, où vous travaillez ? »: « oui » takes that place, « non » asks the town.
    if (s.phase === 'clarify' && s.pendingFact === 'place' && s.placeHint && !s.profile.place && !hasNewFacts(u) && (u.signals.yes || u.signals.no)) {
      return this.onPlaceHintAnswer(u.signals.yes);
    }

    // 2. What the message asks for, before reading it as an answer.
    const newFacts = hasNewFacts(u);
    if (!newFacts && this.onSignal(u, text)) return;
    if (!newFacts && isClosing(text)) return this.close();
    if (!newFacts && isContactRequest(text)) return this.onHumanRequested();
    const asking = u.signals.question || questionShaped;
    const afterSummary = s.phase === 'confirm' || s.phase === 'choose' || s.phase === 'decided' || s.phase === 'done';
    // A question is answered, never taken as the answer; after the summary its words are not facts
    // about the person (« c'est quoi les écoles d'aide-soignante à Lyon ? » does not move them to Lyon).
    if (asking && (!newFacts || afterSummary) && u.profile.emergencies.length === 0) return this.answerThenRemind(text, u);

    // 3. Social emergency first, before anything about work.
    const newEmergencies = u.profile.emergencies.filter((e) => !s.profile.emergencies.includes(e));
    // An emergency told again (« je peux dormir où ce soir ? ») gets its lines again: never fewer safety lines.
    if (u.profile.emergencies.length > 0) this.say(R.emergencyReply(newEmergencies.length > 0 ? newEmergencies : u.profile.emergencies));
    if (newEmergencies.length > 0 && !hasCareerFacts(mergeProfiles(s.profile, u.profile))) {
      s.profile = applyUnderstanding(s.profile, u);
      this.notePlaceHint(u);
      s.evidence = mergeEvidence(s.evidence, keptEvidence(text, u.evidence ?? []));
      s.situation.push(text);
      const decision = this.decision();
      const structures = this.structures(decision, { partners: false }).filter((x) => x.type === 'social_emergency');
      this.emitDecision({ ...decision, operatorTypes: ['social_emergency'] }, 'social_emergency', structures);
      s.phase = 'open';
      this.ask(R.AFTER_EMERGENCY);
      return;
    }

    // 4. The summary: « oui » presents, « non » asks what to correct.
    if (s.phase === 'confirm' && !newFacts) {
      if (u.signals.yes) return this.present();
      if (u.signals.no) {
        s.phase = 'clarify';
        s.pendingFact = 'correction';
        this.ask(R.ASK_CORRECTION);
        return;
      }
    }
    // After the decision: « non » to « une autre question ? » ends politely; « oui » invites it.
    if ((s.phase === 'decided' || s.phase === 'done') && !newFacts) {
      const named = this.namedOperator(text);
      if (named && named !== s.chosen) return this.finalize(named);
      if (u.signals.no || isThanks(text)) return this.close();
      if (u.signals.yes) {
        this.ask(P.ASK_YOUR_QUESTION);
        return;
      }
    }

    if (!u.understood && newEmergencies.length === 0) return this.onNotUnderstood(u, text);

    s.misunderstood = 0;
    if (s.phase === 'open' || s.phase === 'clarify' || s.phase === 'confirm') s.situation.push(text);
    const decidedBefore = s.phase === 'decided' || s.phase === 'done' ? (s.decision ?? this.decision()) : undefined;
    const placeBefore = JSON.stringify(s.profile.place ?? {});
    s.profile = applyUnderstanding(s.profile, u);
    this.notePlaceHint(u);
    s.evidence = mergeEvidence(s.evidence, keptEvidence(text, u.evidence ?? []));

    for (const c of u.corrections) {
      if (s.correctionsGiven.includes(c.id)) continue;
      s.correctionsGiven.push(c.id);
      this.say({ text: c.note, simpleText: c.simpleNote });
    }
    await this.informFrom(u, text);

    if (decidedBefore) {
      // After routing, the summary comes back only when the new facts change the decision.
      // A new place changes the local structures even when the operator types stay.
      if (sameRouting(decidedBefore, this.decision()) && JSON.stringify(s.profile.place ?? {}) === placeBefore) {
        this.say(P.NOTED_SAME_ROUTING);
        this.ask(R.ANYTHING_ELSE);
        return;
      }
      s.phase = 'clarify';
    }
    if (s.phase === 'open' || s.phase === 'confirm') s.phase = 'clarify';
    s.pendingFact = undefined;
    // A trade named but matched without confidence: « Vous parlez du métier de … ? », its own short step.
    const unsure = u.tradeToConfirm;
    if (unsure?.code && !u.profile.targetTrade && !s.profile.targetTrade && !asking) {
      s.clarifying = { code: unsure.code, label: unsure.label, source: unsure.source, statedTrade: true };
      // Pending like a fact: « je ne sais pas » or another answer goes on without the trade.
      s.pendingFact = STATED_TRADE;
      this.ask(P.statedTradeQuestion(unsure.label));
      return;
    }
    return this.next(u);
  }

  /**
   * What the understanding noticed besides facts: « merci » while a question is pending, « je ne
   * sais pas », « un conseiller devait me rappeler ». True when the turn is answered.
   */
  private onSignal(u: Understanding, text: string): boolean {
    const s = this.session;
    const asking = s.phase === 'clarify' && s.pendingFact !== undefined && s.lastQuestion !== undefined;
    if (u.signals.awaitingCallback) {
      this.say(P.AWAITING_CALLBACK);
      if (s.phase === 'open' && s.situation.length === 0) this.ask(M.OPEN_QUESTION);
      else this.remind();
      return true;
    }
    if (u.signals.thanks && asking && !hasFarewell(text)) {
      this.say(P.THANKS_MID_FLOW);
      this.repeat();
      return true;
    }
    if (u.signals.dontKnow) {
      if (asking && s.pendingFact !== 'correction' && s.pendingFact !== 'placeChoice') {
        const fact = s.pendingFact!;
        // Not asked again: the flow goes on without it (the proposal says it is unsure).
        while (this.countAsked(fact) < MAX_ASKS_PER_FACT + 1) s.askedFacts.push(fact);
        s.pendingFact = undefined;
        this.say(P.DONT_KNOW_FACT);
        this.next();
        return true;
      }
      if (s.phase === 'open') {
        // « je sais pas quoi faire pour mon travail »: the status question with its buttons is the easy first step.
        if (!this.askStatusForWorkStory(u, text)) this.ask(P.DONT_KNOW_STORY);
        return true;
      }
    }
    return false;
  }

  onHumanRequested(): void {
    const s = this.session;
    s.wantsHuman = true;
    const decided = (s.phase === 'decided' || s.phase === 'done' || s.phase === 'choose') && s.chosen && isOperatorType(s.chosen);
    if (decided) {
      const chosen = s.chosen as OperatorType;
      const decision = this.decision();
      const structures = this.structures(decision, { chosen });
      this.say(P.contactReply(chosen, structures.filter((x) => x.type === chosen)));
      this.handOff(decision, chosen, structures);
      return;
    }
    if (s.phase === 'choose') {
      this.say(P.CHOOSE_FIRST);
      this.remind();
      return;
    }
    // Not routed yet: the national line when the operator type is already clear, then the missing facts.
    const decision = this.decision();
    const career = careerTypes(decision);
    const national = career.length === 1 ? this.structures(decision, { partners: false }).find((x) => x.type === career[0] && x.phone) : undefined;
    this.say(P.humanBeforeDecision(national));
    if (s.phase === 'open' && s.situation.length === 0) {
      this.ask(M.OPEN_QUESTION);
      return;
    }
    if (s.phase === 'confirm') {
      this.remind();
      return;
    }
    this.next();
  }

  /** `complete`: a ticket was created or the person said goodbye during the hand-off. */
  onResume(complete: boolean): void {
    const s = this.session;
    const child = s.child;
    s.child = undefined;
    if (child === 'status') {
      if (s.lastQuestion && s.phase !== 'decided' && s.phase !== 'done') this.repeat();
      return;
    }
    // « non » to the erasure: the conversation goes on where it was, its pending question again.
    if (child === 'erase') {
      if (s.lastQuestion) this.repeat();
      else if (s.phase === 'open') this.ask(M.OPEN_QUESTION);
      return;
    }
    s.phase = 'done';
    // A ticket's confirmation or a goodbye ended the conversation: nothing more is asked.
    if (!complete) this.ask(R.ANYTHING_ELSE);
  }

  // ---- Side requests ----------------------------------------------------------------------------

  private close(): void {
    const s = this.session;
    // Before a decision, a later message takes the story up again where it was.
    s.phase = s.chosen ? 'done' : 'open';
    s.closed = true;
    s.pendingFact = undefined;
    this.say(s.chosen ? P.GOODBYE : P.goodbyeBeforeRouting(this.pointerBeforeLeaving()));
  }

  /**
   * Where to go when the person leaves before routing: the first career operator the facts already
   * point to (the Mission locale before France Travail for a young job seeker), none when the person
   * would have to choose.
   */
  private pointerBeforeLeaving(): { type: OperatorType; structure?: StructureRef } | undefined {
    const decision = this.decision();
    const career = careerTypes(decision);
    if (career.length === 0 || decision.needsChoice || (decision.problems?.length ?? 0) > 0 || !hasCareerFacts(this.session.profile)) return undefined;
    const own = this.structures(decision, { chosen: career[0], partners: false }).filter((x) => x.type === career[0]);
    // A real door of the place, else the national entry to find it; never a ticket queue (no one to visit).
    const local = own.find((x) => x.rule !== 'national_information' && x.rule !== 'departement_queue' && x.rule !== 'region_queue');
    return { type: career[0], structure: local ?? own.find((x) => x.rule === 'national_information' && x.website) };
  }

  /** Answers the question (or says honestly it cannot), then repeats the pending question in one line. */
  private async answerThenRemind(text: string, u: Understanding): Promise<void> {
    const answer = await this.answer(text, true, true);
    if (answer?.given.type === 'clarification') return this.clarify(answer);
    if (answer) this.give(answer);
    else this.say(P.NO_CONFIDENT_ANSWER);
    // A question about one's own work with no sheet to answer it (« mon master finit en juin, et
    // après ? »): the counsellor will answer; the status question finds which one.
    if (!answer && this.askStatusForWorkStory(u, text)) return;
    this.remind();
  }

  /** « Vous parlez du métier de … ? »: its own short step; the interrupted question comes back after. */
  private clarify(answer: InformationAnswer): void {
    const s = this.session;
    const { code, label, source } = answer.given;
    if (!code) {
      this.say(P.NO_CONFIDENT_ANSWER);
      this.remind();
      return;
    }
    s.clarifying = { code, label, source, question: s.lastQuestion, reminder: s.reminder };
    this.say(P.withExpectedInput(answer.reply));
  }

  /** The answer to « Vous parlez du métier de … ? »: yes gives the card, no does not; then the pending question. */
  private onClarification(text: string): boolean {
    const s = this.session;
    const pending = s.clarifying!;
    s.clarifying = undefined;
    const yes = consentAnswer(text);
    if (yes !== 'yes' && yes !== 'no') return false;
    if (pending.statedTrade) {
      s.pendingFact = undefined;
      // The person's own aim, once confirmed, is a fact; declined, nothing is kept.
      if (yes === 'yes') {
        s.profile = mergeProfiles(s.profile, { needs: [], barriers: [], emergencies: [], outOfScope: [], targetTrade: { romeCode: pending.code, label: pending.label } });
        const kb = this.deps.knowledgeBase;
        const card = kb ? tradeAnswer(kb, pending.code, pending.source) : undefined;
        if (card) this.give(card);
      } else {
        this.say(P.CLARIFICATION_DECLINED);
      }
      this.next();
      return true;
    }
    if (yes === 'yes') {
      const kb = this.deps.knowledgeBase;
      const card = kb ? (/^(RNCP|RS)\d/i.test(pending.code) ? certificationAnswer(kb, pending.code) : tradeAnswer(kb, pending.code, pending.source)) : undefined;
      if (card) this.give(card);
      else this.say(P.NO_CONFIDENT_ANSWER);
    } else {
      this.say(P.CLARIFICATION_DECLINED);
    }
    s.lastQuestion = pending.question;
    s.reminder = pending.reminder;
    this.remind();
    return true;
  }

  /**
   * The information answer for a message (a fact sheet's precise point first). A « Vous parlez du
   * métier de … ? » clarification is returned only where its own step can follow (a side question).
   */
  private async answer(text: string, question?: boolean, clarificationAllowed = false): Promise<InformationAnswer | undefined> {
    if (!this.deps.knowledgeSearch) return undefined;
    try {
      const s = this.session;
      const context = { question, step: s.phase, informationGiven: s.informationGiven, profile: s.profile, directory: this.deps.directory };
      const a = await answerQuestion(text, this.deps.knowledgeSearch, this.deps.knowledgeBase, context);
      return a && (clarificationAllowed || a.given.type !== 'clarification') ? a : undefined;
    } catch {
      return undefined;
    }
  }

  /** The pending question again, in one short line (never the whole summary or proposal again). */
  private remind(): void {
    const s = this.session;
    if (s.phase === 'open') {
      this.ask(P.OPEN_REMINDER);
      return;
    }
    this.say(s.reminder ?? (s.lastQuestion ? P.reminderOf(s.lastQuestion) : P.OPEN_REMINDER));
  }

  // ---- Steps -------------------------------------------------------------------------------------

  private async understand(text: string): Promise<Understanding> {
    if (!this.deps.understand) throw new Error('nextStep: no understanding given and no deps.understand');
    return this.deps.understand(text, expectingFor(this.session));
  }

  /** A workplace's or a school's place is kept as a hint for the place question, never as the person's place. */
  private notePlaceHint(u: Understanding): void {
    const s = this.session;
    if (s.profile.place) s.placeHint = undefined;
    else if (u.workOrStudyPlace) s.placeHint = u.workOrStudyPlace;
  }

  /** « oui » to « Vous habitez près de … ? » takes the hint's place; « non » asks the town. */
  private onPlaceHintAnswer(yes: boolean): void {
    const s = this.session;
    const hint = s.placeHint!;
    s.placeHint = undefined;
    if (yes) {
      s.profile = mergeProfiles(s.profile, { needs: [], barriers: [], emergencies: [], outOfScope: [], place: hint.place });
      s.pendingFact = undefined;
      return this.next();
    }
    this.askFact('place', questionFor('place')!);
  }

  private pickPlace(text: string): boolean {
    const s = this.session;
    const candidates = s.placeCandidates ?? [];
    const c = matchChoice(text, candidates.map((p) => ({ value: p.insee, title: `${p.name} (${p.departement})` })));
    const n = normalizeText(text);
    // Also "974", "la Réunion"-style answers: the département code or a postcode of one candidate.
    const byCode = candidates.filter((p) => new RegExp(`\\b(${p.departement.toLowerCase()}|${p.postcode ?? 'x'})\\b`).test(n));
    const cand = c ? candidates.find((p) => p.insee === c.value) : byCode.length === 1 ? byCode[0] : undefined;
    if (!cand) return false;
    s.profile = mergeProfiles(s.profile, {
      needs: [],
      barriers: [],
      emergencies: [],
      outOfScope: [],
      place: { communeInsee: cand.insee, communeName: cand.name, departement: cand.departement, region: cand.region, ...(cand.postcode ? { postcode: cand.postcode } : {}) },
    });
    s.placeCandidates = undefined;
    s.pendingFact = undefined;
    return true;
  }

  private async onNotUnderstood(u: Understanding, text: string): Promise<void> {
    const s = this.session;
    if (u.signals.invalidAge !== undefined) {
      s.pendingFact = 'age';
      this.ask(R.invalidAgeReply(u.signals.invalidAge));
      return;
    }
    if (u.territory?.kind === 'unknown' || (expectingFor(s) === 'place' && u.signals.postcode)) {
      const message = u.territory?.kind === 'unknown' ? u.territory.message : 'Je ne trouve pas ce lieu.';
      s.pendingFact = 'place';
      this.ask(R.placeProblemReply(message));
      return;
    }
    if (u.signals.insult) {
      this.say(R.INSULT_REPLY);
      this.repeat();
      return;
    }
    if (u.signals.foreignLanguage) {
      this.say(R.FOREIGN_LANGUAGE);
      return;
    }
    // Statements can be answered too (« je veux faire un bilan de compétences » → the fact sheet).
    const answer = await this.answer(text, u.signals.question);
    if (answer) {
      this.give(answer);
      if (!this.askStatusForWorkStory(u, text)) this.repeat();
      return;
    }
    if (u.signals.greeting) {
      this.repeat(M.OPEN_QUESTION);
      return;
    }
    if ((s.phase === 'decided' || s.phase === 'done') && (u.signals.yes || u.signals.no)) {
      this.ask(R.ANYTHING_ELSE);
      return;
    }
    if (this.askStatusForWorkStory(u, text)) return;
    s.misunderstood += 1;
    if (s.misunderstood >= 2) {
      this.say(P.STILL_NOT_UNDERSTOOD);
      this.repeat();
      return;
    }
    if (s.pendingFact && s.lastQuestion && s.phase === 'clarify') {
      this.say(P.ANSWER_NOT_UNDERSTOOD);
      this.repeat();
      return;
    }
    // At the summary or the choice, the pending question stays the same (in one line).
    if (s.phase === 'confirm' || s.phase === 'choose') {
      this.say(P.ANSWER_NOT_UNDERSTOOD);
      this.remind();
      return;
    }
    this.ask(R.NOT_UNDERSTOOD);
  }

  /**
   * A story about work, studies or money that gave no fact yet: a counsellor asks one concrete
   * question (the status, with its buttons) rather than « je n'ai pas compris ». The story is kept
   * for the counsellor. True when asked.
   */
  private askStatusForWorkStory(u: Understanding, text: string): boolean {
    const s = this.session;
    if (s.phase !== 'open' || s.profile.status || this.countAsked('status') >= MAX_ASKS_PER_FACT) return false;
    if (u.signals.nonsense || u.signals.foreignLanguage || u.signals.insult) return false;
    if (!talksAboutWork(text) && !namesAJobTitle(text)) return false;
    s.situation.push(text);
    s.profile = applyUnderstanding(s.profile, u);
    this.askFact('status', R.statusAfterUnclearStory());
    return true;
  }

  /**
   * The safety question, first: the message's facts are kept (the routing goes on after the answer),
   * a precise question in it is answered, then the one question adapted to the kinds cued.
   */
  private async askSafety(kinds: Emergency[], u: Understanding, text: string): Promise<void> {
    const s = this.session;
    s.safetyQuestion = { kinds };
    s.misunderstood = 0;
    s.situation.push(text);
    s.profile = applyUnderstanding(s.profile, u);
    this.notePlaceHint(u);
    s.evidence = mergeEvidence(s.evidence, keptEvidence(text, u.evidence ?? []));
    for (const c of u.corrections) {
      if (s.correctionsGiven.includes(c.id)) continue;
      s.correctionsGiven.push(c.id);
      this.say({ text: c.note, simpleText: c.simpleNote });
    }
    await this.informFrom(u, text);
    const question = safetyQuestion(kinds);
    this.askFact(SAFETY_FACT, question);
    s.reminder = { text: question.simpleText ?? question.text };
  }

  /** Asks the question about one fact: it becomes the pending one and counts as a follow-up. */
  private askFact(fact: string, question: Reply): void {
    const s = this.session;
    s.pendingFact = fact;
    s.phase = 'clarify';
    s.askedFacts.push(fact);
    s.followUps += 1;
    this.ask(question);
  }

  /** Information answers triggered by the message: a precise question first, the trade aimed at, schemes named. */
  private async informFrom(u: Understanding, text: string): Promise<void> {
    const kb = this.deps.knowledgeBase;
    const given = (type: string, code?: string) => this.session.informationGiven.some((g) => g.type === type && g.code === code);
    // A precise question (fact sheet) is answered first; the scheme summaries below then skip its scheme.
    const precise = await this.answer(text, u.signals.question);
    if (precise && precise.given.type !== 'trade' && precise.given.type !== 'certification') {
      if (!given(precise.given.type, precise.given.code) || precise.given.label.includes('(')) this.give(precise);
    }
    if (kb && u.profile.targetTrade && !given('trade', u.profile.targetTrade.romeCode)) {
      const a = tradeAnswer(kb, u.profile.targetTrade.romeCode, u.tradeHit?.source);
      if (a) this.give(a);
    }
    if (kb) {
      for (const scheme of u.profile.schemesMentioned ?? []) {
        const a = schemeAnswerFor(kb, scheme);
        if (a && !given('scheme', a.given.code)) this.give(a);
      }
    }
    if ((u.signals.question || isQuestion(text)) && !u.profile.targetTrade && !u.profile.schemesMentioned?.length) {
      const a = await this.answer(text);
      if (a && !given(a.given.type, a.given.code)) this.give(a);
    }
  }

  /** Chooses the next step from the routing decision. */
  private next(u?: Understanding): void {
    const s = this.session;
    // Place answers first: ambiguous or unknown places are settled before anything else.
    const territory = u?.territory;
    if (territory?.kind === 'ambiguous' && !s.profile.place?.communeInsee) {
      s.placeCandidates = territory.candidates.map((c) => ({
        insee: c.insee,
        name: c.name,
        departement: c.departement,
        region: c.region,
        postcode: c.postcodes.length === 1 ? c.postcodes[0] : /^\d{5}$/.test(territory.query) ? territory.query : undefined,
      }));
      s.pendingFact = 'placeChoice';
      s.phase = 'clarify';
      this.ask(R.placeChoiceReply(territory.question, s.placeCandidates));
      return;
    }
    if (territory?.kind === 'unknown' && (u?.signals.postcode || expectingFor(s) === 'place' || !s.profile.place)) {
      if (u?.signals.postcode || this.countAsked('place') > 0) {
        s.pendingFact = 'place';
        s.phase = 'clarify';
        this.ask(R.placeProblemReply(territory.message));
        return;
      }
    }
    if (u?.signals.invalidAge !== undefined) {
      s.pendingFact = 'age';
      s.phase = 'clarify';
      this.ask(R.invalidAgeReply(u.signals.invalidAge));
      return;
    }

    const decision = this.decision();
    const problem = decision.problems?.[0];
    if (problem && this.countAsked(problem.fact) < MAX_ASKS_PER_FACT + 1) {
      s.pendingFact = problem.fact;
      s.phase = 'clarify';
      s.askedFacts.push(problem.fact);
      this.ask({ text: problem.message, expectsAnswer: true, expectedInput: factDefinition(problem.fact)?.question.expectedInput ?? 'text' });
      return;
    }

    // Out of scope only: say who handles it, no questions needed.
    const career = careerTypes(decision);
    if (decision.operatorTypes.includes('out_of_scope') && career.length === 0 && decision.missing.length === 0) return this.present();

    const fact = decision.missing.find((f) => this.countAsked(f) < MAX_ASKS_PER_FACT && questionFor(f));
    if (fact) {
      this.askFact(fact, fact === 'place' && s.placeHint && !s.profile.place ? placeHintQuestion(s.placeHint) : questionFor(fact)!);
      return;
    }

    s.phase = 'confirm';
    s.pendingFact = undefined;
    this.ask(R.reformulation(s.profile), P.CONFIRM_REMINDER);
  }

  /** The routing proposal after the person confirmed the summary. */
  private present(): void {
    const s = this.session;
    const decision = this.decision();
    const unsure = decision.missing.length > 0 || (decision.problems?.length ?? 0) > 0;
    if (decision.operatorTypes.includes('out_of_scope')) this.say(R.outOfScopeReply(s.profile.outOfScope, decision.reasons.out_of_scope));
    const career = careerTypes(decision);
    if (career.length === 0) {
      this.emitDecision(decision, decision.operatorTypes[0], []);
      s.phase = 'decided';
      this.ask(R.ANYTHING_ELSE);
      return;
    }
    const options = (decision.needsChoice && decision.options?.length ? decision.options : []).filter((o) => career.includes(o));
    if (options.length > 1) {
      s.phase = 'choose';
      s.options = options;
      this.ask(P.withUnsureNote(R.optionsReply(decision, options), unsure), P.CHOOSE_REMINDER(options));
      return;
    }
    this.finalize(career[0], unsure);
  }

  /** The decision turn: one proposal message (each structure named once), then the hand-off. */
  private finalize(chosen: OperatorType, unsure = false): void {
    const s = this.session;
    const decision = this.decision();
    s.chosen = chosen;
    s.options = undefined;
    const structures = this.structures(decision, { chosen, partners: true });
    const shownTypes = careerTypes(decision).filter((t) => t === chosen || !(decision.options ?? []).includes(t));
    this.say(P.withUnsureNote(P.decisionReply(decision, shownTypes, structures), unsure));
    this.emitDecision(decision, chosen, structures);
    s.phase = 'decided';
    this.handOff(decision, chosen, structures);
  }

  private handOff(decision: RoutingDecision, chosen: OperatorType, structures: StructureRef[]): void {
    const s = this.session;
    if (!this.deps.handoffAvailable) {
      this.ask(R.NO_HANDOFF_YET);
      return;
    }
    s.child = 'handoff';
    this.effects.push({
      kind: 'handoff',
      request: {
        situation: [...s.situation],
        profile: s.profile,
        decision,
        chosen,
        structures,
        informationGiven: [...s.informationGiven],
        askedForHuman: s.wantsHuman === true,
        simpleMode: s.simpleMode,
        transcript: [...(s.transcript ?? [])],
      },
    });
  }

  private emitDecision(decision: RoutingDecision, chosen: OperatorType | undefined, structures: StructureRef[]): void {
    this.effects.push({
      kind: 'decision',
      event: { operatorTypes: decision.operatorTypes, chosen, structures, reasons: decision.reasons, profile: this.session.profile },
    });
  }

  // ---- Helpers -----------------------------------------------------------------------------------

  private structures(decision: RoutingDecision, options: { chosen?: OperatorType; partners?: boolean }): StructureRef[] {
    return this.deps.directory ? structuresForDecision(decision, this.session.profile.place, this.deps.directory, options) : [];
  }

  /** After a decision, naming another operator that fits ("plutôt l'Apec") switches to it. */
  private namedOperator(text: string): OperatorType | undefined {
    const fitting = careerTypes(this.decision());
    return fitting.length > 1 ? matchOperator(text, fitting) : undefined;
  }

  private countAsked(fact: string): number {
    return this.session.askedFacts.filter((f) => f === fact).length;
  }

  private give(answer: InformationAnswer): void {
    this.session.informationGiven.push(answer.given);
    this.say(answer.reply);
  }

  /** Asks a question: it becomes the pending one (with its one-line reminder). */
  ask(question: Reply, reminder?: Reply): void {
    const q = P.withExpectedInput(question);
    this.session.lastQuestion = q;
    this.session.reminder = reminder;
    this.say(q);
  }

  say(reply: Reply): void {
    this.record('bot', this.session.simpleMode && reply.simpleText ? reply.simpleText : reply.text);
    this.replies.push(reply);
  }

  private repeat(fallback: Reply = M.OPEN_QUESTION): void {
    const s = this.session;
    this.say(s.lastQuestion ?? fallback);
    if (!s.lastQuestion) s.lastQuestion = P.withExpectedInput(fallback);
  }

  private record(from: 'user' | 'bot', text: string): void {
    const s = this.session;
    s.transcript ??= [];
    s.transcript.push({ from, text });
    if (s.transcript.length > MAX_TRANSCRIPT) s.transcript.splice(0, s.transcript.length - MAX_TRANSCRIPT);
  }
}

/**
 * The one place where what a message says changes the profile. Corrections that retract a fact are
 * the understanding's to express (mergeProfiles applies whatever it returns).
 */
export function applyUnderstanding(profile: Profile, u: Understanding): Profile {
  return mergeProfiles(profile, u.profile);
}

/**
 * The understanding of a danger answer to the safety question: the kinds asked become emergencies of
 * this message, with the reason saying they come from that answer (the person's words kept short).
 */
function withEmergenciesAnswered(u: Understanding, kinds: readonly Emergency[], text: string): Understanding {
  const words = `${SAFETY_ANSWER_REASON} : « ${text.trim().slice(0, 18)} »`;
  return {
    ...u,
    profile: { ...u.profile, emergencies: [...kinds] },
    evidence: [...(u.evidence ?? []).filter((e) => e.fact !== 'emergencies'), ...kinds.map((k) => ({ fact: 'emergencies' as const, value: k, via: 'lexicon' as const, words }))],
  };
}

/** The understanding without its emergencies (guesses turned into the safety question). */
function withoutEmergencies(u: Understanding): Understanding {
  return {
    ...u,
    profile: { ...u.profile, emergencies: [] },
    evidence: (u.evidence ?? []).filter((e) => e.fact !== 'emergencies'),
    statisticalFacts: u.statisticalFacts.filter((f) => f.decision !== 'emergency'),
  };
}

function hasCareerFacts(p: Profile): boolean {
  return p.status !== undefined || p.needs.length > 0 || p.recentlyLostJob === true || p.rsa === true || p.targetTrade !== undefined || p.outOfScope.length > 0 || p.cadre !== undefined || p.rqth !== undefined;
}

/** The message gives facts about the person (not only a yes, a question or a greeting). */
export function hasNewFacts(u: Understanding): boolean {
  const p = u.profile;
  return (
    p.status !== undefined ||
    p.age !== undefined ||
    p.ageBand !== undefined ||
    p.place !== undefined ||
    p.rqth !== undefined ||
    p.cadre !== undefined ||
    p.targetTrade !== undefined ||
    p.needs.length > 0 ||
    p.betweenContracts !== undefined ||
    // A health condition or a job at risk told inside a question routes too (« avec ma sclérose, je peux changer de métier ? »).
    p.barriers.includes('sante') ||
    p.jobAtRiskForHealth !== undefined ||
    p.rsa !== undefined ||
    p.emergencies.length > 0 ||
    p.outOfScope.length > 0 ||
    u.signals.invalidAge !== undefined ||
    u.retracted.length > 0 ||
    u.workOrStudyPlace !== undefined ||
    (u.territory !== undefined && u.territory.kind !== 'unknown')
  );
}

function sameRouting(a: RoutingDecision, b: RoutingDecision): boolean {
  return JSON.stringify([a.operatorTypes, a.options ?? [], a.partners]) === JSON.stringify([b.operatorTypes, b.options ?? [], b.partners]);
}

const OPERATOR_WORDS: Record<OperatorType, RegExp> = {
  mission_locale: /\bmission locale|\bml\b/,
  cap_emploi: /\bcap emploi/,
  apec: /\bapec\b/,
  france_travail: /\bfrance travail|\bpole emploi/,
  cep_actifs_occupes: /\bcep\b|conseil en evolution|operateur regional|regional/,
  transitions_pro: /\btransitions? pro/,
  employer_public: /\bemployeur|\bconseiller carriere/,
  cio_onisep: /\bcio\b|onisep|suio|universite/,
  cidff: /\bcidff\b/,
  creation_entreprise: /\bcci\b|\bcma\b|\bbge\b|creation/,
  social_emergency: /$^/,
  out_of_scope: /$^/,
};

/** An operator named among the options (button, name, « le premier »). */
export function matchOperator(text: string, options: OperatorType[]): OperatorType | undefined {
  const c = matchChoice(text, options.map((o) => ({ value: o, title: OPERATOR_LABELS[o] })));
  if (c && isOperatorType(c.value)) return c.value;
  const n = normalizeText(text);
  const hits = options.filter((o) => OPERATOR_WORDS[o].test(n));
  if (hits.length === 1) return hits[0];
  if (/\b(le|la) (premier|premiere|1)\b|^1$/.test(n)) return options[0];
  if (/\b(le|la) (deuxieme|second|seconde|2)\b|^2$/.test(n)) return options[1];
  return undefined;
}
