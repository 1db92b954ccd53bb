// The orientation flow as one state machine: each turn, what the person said is understood and
// merged into the profile, then the next step is chosen (ask one missing fact, reformulate, inform,
// propose operators, hand off). Free text is accepted at every step; buttons are only shortcuts.
import { ActivityTypes } from 'botbuilder';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { matchChoice, sendReply } from '../bot/rendering/renderReply.js';
import type { Reply } from '../bot/rendering/reply.js';
import type { KnowledgeBase } from '../knowledge/model/knowledgeBase.js';
import type { KnowledgeSearch } from '../knowledge/search/knowledgeSearch.js';
import { findPlaceInText, resolvePlace } from '../knowledge/territory/index.js';
import { HANDOFF_DIALOG_ID, type HandoffRequest } from './handoffRequest.js';
import { answerQuestion, schemeAnswerFor, tradeAnswer, type InformationAnswer } from './informationAnswers.js';
import { findSession, type OrientationSession } from './orientationSession.js';
import * as R from './orientationReplies.js';
import * as M from './dialogMessages.js';
import { OPERATOR_LABELS, isOperatorType, type OperatorType } from './routing/operatorType.js';
import { emptyProfile, type Profile } from './routing/profile.js';
import { routeProfile } from './routing/routeProfile.js';
import { structuresForDecision, type StructureDirectory } from './routing/structuresForDecision.js';
import type { OrientationDecisionEvent, RoutingDecision, StructureRef } from './routing/routingDecision.js';
import { mergeProfiles, type ExpectedFact } from './understanding/extractProfile.js';
import type { ProfileAssist } from './understanding/llmExtractor.js';
import { understandMessage, type TerritoryPort, type Understanding } from './understanding/understandMessage.js';
import { normalizeText } from './understanding/normalizeText.js';

export const ORIENTATION_FLOW_ID = 'orientationFlow';
export const ORIENTATION_DECISION_EVENT = 'orientation.decision';

export interface OrientationFlowDeps {
  /** Routing rules engine (R1); default: the shipped rules file. */
  route?: (profile: Profile) => RoutingDecision;
  /** Operator directory (K1's OperatorDirectory); without it only reasons are shown. */
  directory?: StructureDirectory;
  /** Territory (R1); default: knowledge/territory. */
  territory?: TerritoryPort;
  /** Trade / certification / scheme search (K2). */
  knowledgeSearch?: KnowledgeSearch;
  /** Knowledge base (K1) for trade definitions and scheme sheets. */
  knowledgeBase?: KnowledgeBase;
  /** Optional LLM assist (facts only). */
  llm?: ProfileAssist;
  /** Clock (tests). */
  now?: () => Date;
  /** Whether T1's hand-off dialog is registered under HANDOFF_DIALOG_ID. */
  handoffAvailable?: boolean;
}

interface FlowOptions {
  restart?: boolean;
  /** Start without asking the open question (the caller speaks next). */
  silent?: boolean;
}

/** A fact is asked at most this many times; then the flow goes on without it (and says so). */
const MAX_ASKS_PER_FACT = 2;
const MAX_TRANSCRIPT = 60;

const DEFAULT_TERRITORY: TerritoryPort = { findPlaceInText, resolvePlace };

export class OrientationFlowDialog extends Dialog<FlowOptions> {
  private readonly route: (profile: Profile) => RoutingDecision;
  private readonly territory: TerritoryPort;

  constructor(private readonly deps: OrientationFlowDeps = {}) {
    super(ORIENTATION_FLOW_ID);
    this.route = deps.route ?? ((p) => routeProfile(p));
    this.territory = deps.territory ?? DEFAULT_TERRITORY;
  }

  override async beginDialog(dc: DialogContext, options?: FlowOptions): Promise<DialogTurnResult> {
    const session = this.session(dc);
    const text = (dc.context.activity.text ?? '').trim();
    if (options?.silent) return Dialog.EndOfTurn;
    if (options?.restart || !text || /^(bonjour|bonsoir|salut|hello|coucou|bjr|slt|hey|allo|re|yo)\b[\s!.,?]*(\w+)?[\s!.?]*$/i.test(text)) {
      await this.ask(dc, session, M.OPEN_QUESTION);
      return Dialog.EndOfTurn;
    }
    return this.onText(dc, session, text);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const session = this.session(dc);
    if (dc.context.activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    return this.onText(dc, session, (dc.context.activity.text ?? '').trim());
  }

  /** Back from the hand-off dialog. */
  override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const session = this.session(dc);
    const child = session.child;
    session.child = undefined;
    if (child === 'status') {
      // Back from "Où en est ma demande ?": the pending question, if any, is asked again.
      if (session.lastQuestion && session.phase !== 'decided' && session.phase !== 'done') await this.repeat(dc, session);
      return Dialog.EndOfTurn;
    }
    session.phase = 'done';
    await this.ask(dc, session, R.ANYTHING_ELSE);
    return Dialog.EndOfTurn;
  }

  /** "parler à un conseiller": hand-off when a decision exists, else collect what is needed first. */
  async onHumanRequested(dc: DialogContext, session: OrientationSession): Promise<DialogTurnResult> {
    session.wantsHuman = true;
    const decision = this.route(session.profile);
    if ((session.phase === 'decided' || session.phase === 'done' || session.phase === 'choose') && session.chosen && isOperatorType(session.chosen)) {
      return this.handOff(dc, session, decision, session.chosen);
    }
    await this.say(dc, session, {
      text: 'Bien sûr. Pour vous mettre en relation avec le bon conseiller, près de chez vous, il me faut quelques informations.',
      simpleText: "D'accord. Je dois d'abord vous poser quelques questions.",
    });
    if (session.phase === 'open' && session.situation.length === 0) {
      await this.ask(dc, session, M.OPEN_QUESTION);
      return Dialog.EndOfTurn;
    }
    return this.next(dc, session);
  }

  // -------------------------------------------------------------------------------------------

  private async onText(dc: DialogContext, session: OrientationSession, text: string): Promise<DialogTurnResult> {
    if (!text) {
      await this.repeat(dc, session);
      return Dialog.EndOfTurn;
    }
    this.record(session, 'user', text);

    // Direct answers to what was just offered (buttons, digits, titles).
    if (session.phase === 'choose' && session.options?.length) {
      const picked = this.matchOption(text, session.options as OperatorType[]);
      if (picked) return this.finalize(dc, session, picked);
    }
    if (session.pendingFact === 'placeChoice' && session.placeCandidates?.length) {
      const c = matchChoice(text, session.placeCandidates.map((p) => ({ value: p.insee, title: `${p.name} (${p.departement})` })));
      const n = normalizeText(text);
      // Also "974", "la Réunion"-style answers: the département code or a postcode of one candidate.
      const byCode = session.placeCandidates.filter((p) => new RegExp(`\\b(${p.departement.toLowerCase()}|${p.postcode ?? 'x'})\\b`).test(n));
      const cand = c ? session.placeCandidates.find((p) => p.insee === c.value) : byCode.length === 1 ? byCode[0] : undefined;
      if (cand) {
        session.profile = mergeProfiles(session.profile, {
          ...emptyProfile(),
          place: { communeInsee: cand.insee, communeName: cand.name, departement: cand.departement, region: cand.region, ...(cand.postcode ? { postcode: cand.postcode } : {}) },
        });
        session.placeCandidates = undefined;
        session.pendingFact = undefined;
        return this.next(dc, session);
      }
    }
    if (session.pendingFact && session.lastQuestion?.choices?.length && session.phase === 'clarify') {
      const c = matchChoice(text, session.lastQuestion.choices);
      if (c && this.applyChoice(session, session.pendingFact, c.value)) {
        session.pendingFact = undefined;
        return this.next(dc, session);
      }
    }

    const expecting = this.expecting(session);
    const u = await understandMessage(text, this.understandingDeps(), { expecting });

    // Injection text is never used as facts: routing only changes through what the person is.
    if (u.signals.injection) {
      await this.ask(dc, session, R.INJECTION_REPLY);
      return Dialog.EndOfTurn;
    }

    // Social emergency first, before anything about work.
    const newEmergencies = u.profile.emergencies.filter((e) => !session.profile.emergencies.includes(e));
    if (newEmergencies.length > 0) await this.say(dc, session, R.emergencyReply(newEmergencies));

    // Emergency with nothing about work yet: the emergency lines are the decision; career later.
    if (newEmergencies.length > 0 && !this.hasCareerFacts(mergeProfiles(session.profile, u.profile))) {
      session.profile = mergeProfiles(session.profile, u.profile);
      session.situation.push(text);
      const decision = this.route(session.profile);
      const structures = this.deps.directory
        ? structuresForDecision(decision, session.profile.place, this.deps.directory, { partners: false }).filter((s) => s.type === 'social_emergency')
        : [];
      await this.emitDecision(dc, session, { ...decision, operatorTypes: ['social_emergency'] }, 'social_emergency', structures);
      session.phase = 'open';
      await this.ask(dc, session, R.AFTER_EMERGENCY);
      return Dialog.EndOfTurn;
    }

    if (session.phase === 'confirm' && !this.hasNewFacts(u)) {
      if (u.signals.yes) return this.present(dc, session);
      if (u.signals.no) {
        session.phase = 'clarify';
        session.pendingFact = 'correction';
        await this.ask(dc, session, R.ASK_CORRECTION);
        return Dialog.EndOfTurn;
      }
    }

    if (!u.understood && newEmergencies.length === 0) return this.onNotUnderstood(dc, session, u, text);

    session.misunderstood = 0;
    if (session.phase === 'open' || session.phase === 'clarify' || session.phase === 'confirm') session.situation.push(text);
    const before = JSON.stringify(session.profile);
    session.profile = mergeProfiles(session.profile, u.profile);
    const changed = before !== JSON.stringify(session.profile);

    // Kind corrections of obsolete words, once each.
    for (const c of u.corrections) {
      if (session.correctionsGiven.includes(c.id)) continue;
      session.correctionsGiven.push(c.id);
      await this.say(dc, session, { text: c.note, simpleText: c.simpleNote });
    }
    await this.informFrom(dc, session, u, text);

    if (session.phase === 'decided' || session.phase === 'done') {
      if (!changed) {
        const named = this.namedOperator(text, session);
        if (named) return this.finalize(dc, session, named);
        await this.ask(dc, session, R.ANYTHING_ELSE);
        return Dialog.EndOfTurn;
      }
      session.phase = 'clarify';
    }
    if (session.phase === 'open') session.phase = 'clarify';
    if (session.phase === 'confirm') session.phase = 'clarify';
    session.pendingFact = undefined;
    return this.next(dc, session, u);
  }

  private hasCareerFacts(p: Profile): boolean {
    return p.status !== undefined || p.needs.length > 0 || p.recentlyLostJob === true || p.rsa === true || p.targetTrade !== undefined || p.outOfScope.length > 0 || p.cadre !== undefined || p.rqth !== undefined;
  }

  private hasNewFacts(u: Understanding): boolean {
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
      p.emergencies.length > 0 ||
      p.outOfScope.length > 0 ||
      u.signals.invalidAge !== undefined ||
      (u.territory !== undefined && u.territory.kind !== 'unknown')
    );
  }

  private async onNotUnderstood(dc: DialogContext, session: OrientationSession, u: Understanding, text: string): Promise<DialogTurnResult> {
    if (u.signals.invalidAge !== undefined) {
      session.pendingFact = 'age';
      await this.ask(dc, session, R.invalidAgeReply(u.signals.invalidAge));
      return Dialog.EndOfTurn;
    }
    if (u.territory?.kind === 'unknown' || (this.expecting(session) === 'place' && u.signals.postcode)) {
      const message = u.territory?.kind === 'unknown' ? u.territory.message : "Je ne trouve pas ce lieu.";
      session.pendingFact = 'place';
      await this.ask(dc, session, R.placeProblemReply(message));
      return Dialog.EndOfTurn;
    }
    if (u.signals.insult) {
      await this.say(dc, session, R.INSULT_REPLY);
      await this.repeat(dc, session);
      return Dialog.EndOfTurn;
    }
    if (u.signals.foreignLanguage) {
      await this.say(dc, session, R.FOREIGN_LANGUAGE);
      return Dialog.EndOfTurn;
    }
    if (this.deps.knowledgeSearch) {
      const answer = await answerQuestion(text, this.deps.knowledgeSearch, this.deps.knowledgeBase, { question: u.signals.question });
      // A « Vous parlez du métier de … ? » needs its own step (the policy's); not asked here.
      if (answer && answer.given.type !== 'clarification') {
        await this.give(dc, session, answer);
        await this.repeat(dc, session);
        return Dialog.EndOfTurn;
      }
    }
    if (u.signals.greeting) {
      await this.repeat(dc, session, M.OPEN_QUESTION);
      return Dialog.EndOfTurn;
    }
    if (session.phase === 'decided' || session.phase === 'done') {
      const named = this.namedOperator(text, session);
      if (named && named !== session.chosen) return this.finalize(dc, session, named);
    }
    if ((session.phase === 'decided' || session.phase === 'done') && (u.signals.yes || u.signals.no)) {
      await this.ask(dc, session, R.ANYTHING_ELSE);
      return Dialog.EndOfTurn;
    }
    session.misunderstood += 1;
    if (session.misunderstood >= 2) {
      await this.say(dc, session, {
        text: "Je n'arrive pas à bien vous comprendre, pardon. Vous pouvez écrire « mode simple », ou « parler à un conseiller » pour être aidé par une personne.",
        simpleText: "Je ne comprends pas. Écrivez « parler à un conseiller » pour parler à une personne.",
        choices: [
          { value: 'mode simple', title: 'Mode simple' },
          { value: 'parler à un conseiller', title: 'Parler à un conseiller' },
        ],
      });
      await this.repeat(dc, session);
      return Dialog.EndOfTurn;
    }
    if (session.pendingFact && session.lastQuestion && session.phase === 'clarify') {
      await this.say(dc, session, { text: "Je n'ai pas bien compris votre réponse, pardon.", simpleText: "Je n'ai pas compris." });
      await this.repeat(dc, session);
      return Dialog.EndOfTurn;
    }
    await this.ask(dc, session, R.NOT_UNDERSTOOD);
    return Dialog.EndOfTurn;
  }

  /** Information answers triggered by the message: trade aimed at, schemes named, a question. */
  private async informFrom(dc: DialogContext, session: OrientationSession, u: Understanding, text: string): Promise<void> {
    const kb = this.deps.knowledgeBase;
    const given = (type: string, code?: string) => session.informationGiven.some((g) => g.type === type && g.code === code);
    // A precise question (fact sheet) is answered first; the scheme summaries below then skip its scheme.
    if (this.deps.knowledgeSearch) {
      const a = await answerQuestion(text, this.deps.knowledgeSearch, kb, { question: u.signals.question });
      if (a && a.given.type !== 'trade' && a.given.type !== 'certification' && a.given.type !== 'clarification') {
        if (!given(a.given.type, a.given.code) || a.given.label.includes('(')) await this.give(dc, session, a);
      }
    }
    if (kb && u.profile.targetTrade && !given('trade', u.profile.targetTrade.romeCode)) {
      const a = tradeAnswer(kb, u.profile.targetTrade.romeCode, u.tradeHit?.source);
      if (a) await this.give(dc, session, a);
    }
    if (kb) {
      for (const s of u.profile.schemesMentioned ?? []) {
        const a = schemeAnswerFor(kb, s);
        if (a && !given('scheme', a.given.code)) await this.give(dc, session, a);
      }
    }
    if (u.signals.question && this.deps.knowledgeSearch && !u.profile.targetTrade && !(u.profile.schemesMentioned?.length)) {
      const a = await answerQuestion(text, this.deps.knowledgeSearch, kb);
      if (a && !given(a.given.type, a.given.code)) await this.give(dc, session, a);
    }
  }

  /** Chooses the next step from the routing decision. */
  private async next(dc: DialogContext, session: OrientationSession, u?: Understanding): Promise<DialogTurnResult> {
    // Place answers first: ambiguous or unknown places are settled before anything else.
    const territory = u?.territory;
    if (territory?.kind === 'ambiguous' && !session.profile.place?.communeInsee) {
      session.placeCandidates = territory.candidates.map((c) => ({
        insee: c.insee,
        name: c.name,
        departement: c.departement,
        region: c.region,
        postcode: c.postcodes.length === 1 ? c.postcodes[0] : /^\d{5}$/.test(territory.query) ? territory.query : undefined,
      }));
      session.pendingFact = 'placeChoice';
      session.phase = 'clarify';
      await this.ask(dc, session, R.placeChoiceReply(territory.question, session.placeCandidates));
      return Dialog.EndOfTurn;
    }
    if (territory?.kind === 'unknown' && (u?.signals.postcode || this.expecting(session) === 'place' || !session.profile.place)) {
      if (u?.signals.postcode || this.countAsked(session, 'place') > 0) {
        session.pendingFact = 'place';
        session.phase = 'clarify';
        await this.ask(dc, session, R.placeProblemReply(territory.message));
        return Dialog.EndOfTurn;
      }
    }
    if (u?.signals.invalidAge !== undefined) {
      session.pendingFact = 'age';
      session.phase = 'clarify';
      await this.ask(dc, session, R.invalidAgeReply(u.signals.invalidAge));
      return Dialog.EndOfTurn;
    }

    const decision = this.route(session.profile);
    const problem = decision.problems?.[0];
    if (problem && this.countAsked(session, problem.fact) < MAX_ASKS_PER_FACT + 1) {
      session.pendingFact = problem.fact;
      session.phase = 'clarify';
      session.askedFacts.push(problem.fact);
      await this.ask(dc, session, { text: problem.message, expectsAnswer: true });
      return Dialog.EndOfTurn;
    }

    // Out of scope only: say who handles it, no questions needed.
    const career = this.careerTypes(decision);
    if (decision.operatorTypes.includes('out_of_scope') && career.length === 0 && decision.missing.length === 0) {
      return this.present(dc, session);
    }

    const fact = decision.missing.find((f) => this.countAsked(session, f) < MAX_ASKS_PER_FACT && R.questionFor(f));
    if (fact) {
      session.pendingFact = fact;
      session.phase = 'clarify';
      session.askedFacts.push(fact);
      session.followUps += 1;
      await this.ask(dc, session, R.questionFor(fact)!);
      return Dialog.EndOfTurn;
    }

    session.phase = 'confirm';
    session.pendingFact = undefined;
    await this.ask(dc, session, R.reformulation(session.profile));
    return Dialog.EndOfTurn;
  }

  /** The routing proposal after the person confirmed the summary. */
  private async present(dc: DialogContext, session: OrientationSession): Promise<DialogTurnResult> {
    const decision = this.route(session.profile);
    if (decision.missing.length > 0 || decision.problems?.length) {
      // Asked twice without an answer: never present a doubtful routing as certain.
      await this.say(dc, session, {
        text: "Il me manque une information pour être sûr de l'interlocuteur le plus adapté ; voici donc les possibilités, à confirmer avec un conseiller.",
        simpleText: "Je ne suis pas sûr. Voici les possibilités.",
      });
    }
    if (decision.operatorTypes.includes('out_of_scope')) {
      await this.say(dc, session, R.outOfScopeReply(session.profile.outOfScope, decision.reasons.out_of_scope));
    }
    const career = this.careerTypes(decision);
    if (career.length === 0) {
      await this.emitDecision(dc, session, decision, decision.operatorTypes[0], []);
      session.phase = 'decided';
      await this.ask(dc, session, R.ANYTHING_ELSE);
      return Dialog.EndOfTurn;
    }
    const options = (decision.needsChoice && decision.options?.length ? decision.options : []).filter((o) => career.includes(o));
    if (options.length > 1) {
      session.phase = 'choose';
      session.options = options;
      await this.ask(dc, session, R.optionsReply(decision, options));
      return Dialog.EndOfTurn;
    }
    return this.finalize(dc, session, career[0]);
  }

  private async finalize(dc: DialogContext, session: OrientationSession, chosen: OperatorType): Promise<DialogTurnResult> {
    const decision = this.route(session.profile);
    session.chosen = chosen;
    session.options = undefined;
    const structures = this.deps.directory
      ? structuresForDecision(decision, session.profile.place, this.deps.directory, { chosen, partners: true })
      : [];
    const shownTypes = this.careerTypes(decision).filter((t) => t === chosen || !(decision.options ?? []).includes(t));
    for (const type of shownTypes) {
      await this.say(dc, session, R.proposalReply({ ...decision, partners: type === shownTypes[shownTypes.length - 1] ? decision.partners : [] , notes: type === shownTypes[shownTypes.length - 1] ? decision.notes : [] }, type, structures.filter((s) => s.type === type)));
    }
    const partnerStructures = structures.filter((s) => decision.partners.includes(s.type));
    if (partnerStructures.length > 0) {
      await this.say(dc, session, { text: partnerStructures.slice(0, 3).map((s) => `- **${s.name}**${s.phone ? ` — tél. ${s.phone}` : ''}${s.website ? ` — ${s.website}` : ''} _(source : ${s.source})_`).join('\n') });
    }
    await this.emitDecision(dc, session, decision, chosen, structures);
    session.phase = 'decided';
    return this.handOff(dc, session, decision, chosen, structures);
  }

  private async handOff(dc: DialogContext, session: OrientationSession, decision: RoutingDecision, chosen: OperatorType, structures?: StructureRef[]): Promise<DialogTurnResult> {
    if (this.deps.handoffAvailable && dc.findDialog(HANDOFF_DIALOG_ID)) {
      const request: HandoffRequest = {
        situation: [...session.situation],
        profile: session.profile,
        decision,
        chosen,
        structures: structures ?? (this.deps.directory ? structuresForDecision(decision, session.profile.place, this.deps.directory, { chosen }) : []),
        informationGiven: [...session.informationGiven],
        askedForHuman: session.wantsHuman === true,
        simpleMode: session.simpleMode,
        transcript: [...(session.transcript ?? [])],
      };
      session.child = 'handoff';
      return dc.beginDialog(HANDOFF_DIALOG_ID, request);
    }
    await this.ask(dc, session, R.NO_HANDOFF_YET);
    return Dialog.EndOfTurn;
  }

  private async emitDecision(dc: DialogContext, session: OrientationSession, decision: RoutingDecision, chosen: OperatorType | undefined, structures: StructureRef[]): Promise<void> {
    const value: OrientationDecisionEvent = {
      operatorTypes: decision.operatorTypes,
      chosen,
      structures,
      reasons: decision.reasons,
      profile: session.profile,
    };
    await dc.context.sendActivity({ type: ActivityTypes.Event, name: ORIENTATION_DECISION_EVENT, value });
  }

  // -------------------------------------------------------------------------------------------

  /** Operator types for the career part (not the emergency line, not the redirection). */
  private careerTypes(decision: RoutingDecision): OperatorType[] {
    return decision.operatorTypes.filter((t) => t !== 'social_emergency' && t !== 'out_of_scope');
  }

  /** After a decision, naming another operator that fits ("plutôt l'Apec") switches to it. */
  private namedOperator(text: string, session: OrientationSession): OperatorType | undefined {
    const decision = this.route(session.profile);
    const fitting = this.careerTypes(decision);
    return fitting.length > 1 ? this.matchOption(text, fitting) : undefined;
  }

  private matchOption(text: string, options: OperatorType[]): OperatorType | undefined {
    const c = matchChoice(text, options.map((o) => ({ value: o, title: OPERATOR_LABELS[o] })));
    if (c && isOperatorType(c.value)) return c.value;
    const n = normalizeText(text);
    const keys: Record<OperatorType, RegExp> = {
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
    const hits = options.filter((o) => keys[o].test(n));
    if (hits.length === 1) return hits[0];
    if (/\b(le|la) (premier|premiere|1)\b|^1$/.test(n)) return options[0];
    if (/\b(le|la) (deuxieme|second|seconde|2)\b|^2$/.test(n)) return options[1];
    return undefined;
  }

  /** Applies a suggested-action answer to the pending fact. Returns false when it does not fit. */
  private applyChoice(session: OrientationSession, fact: string, value: string): boolean {
    const p: Profile = emptyProfile();
    switch (fact) {
      case 'status':
        p.status = value as Profile['status'];
        break;
      case 'rqth':
        if (!['oui', 'non', 'en_cours'].includes(value)) return false;
        p.rqth = value as Profile['rqth'];
        break;
      case 'cadre':
        p.cadre = value === 'oui';
        break;
      case 'betweenContracts':
        p.betweenContracts = value === 'oui';
        break;
      case 'jobAtRiskForHealth':
        p.jobAtRiskForHealth = value === 'oui';
        break;
      case 'recentlyLostJob':
        p.recentlyLostJob = value === 'oui';
        break;
      case 'pluriActive':
        p.pluriActive = value === 'oui';
        break;
      case 'diplomaLevel':
        p.diplomaLevel = Number(value);
        break;
      case 'needs':
        p.needs = [value as Profile['needs'][number]];
        break;
      default:
        return false;
    }
    session.profile = mergeProfiles(session.profile, p);
    return true;
  }

  private expecting(session: OrientationSession): ExpectedFact | undefined {
    if (session.phase === 'confirm') return 'confirm';
    if (session.phase === 'choose') return 'choice';
    const f = session.pendingFact;
    if (f === 'placeChoice') return 'place';
    const known: ExpectedFact[] = ['status', 'age', 'place', 'rqth', 'cadre', 'diplomaLevel', 'targetTrade', 'needs', 'betweenContracts', 'jobAtRiskForHealth'];
    if (f === 'ageBand') return 'age';
    return known.includes(f as ExpectedFact) ? (f as ExpectedFact) : undefined;
  }

  private countAsked(session: OrientationSession, fact: string): number {
    return session.askedFacts.filter((f) => f === fact).length;
  }

  private understandingDeps() {
    return { territory: this.territory, knowledgeSearch: this.deps.knowledgeSearch, knowledgeBase: this.deps.knowledgeBase, llm: this.deps.llm, now: this.deps.now };
  }

  private async give(dc: DialogContext, session: OrientationSession, answer: InformationAnswer): Promise<void> {
    session.informationGiven.push(answer.given);
    await this.say(dc, session, answer.reply);
  }

  private async ask(dc: DialogContext, session: OrientationSession, question: Reply): Promise<void> {
    session.lastQuestion = question;
    await this.say(dc, session, question);
  }

  private async say(dc: DialogContext, session: OrientationSession, reply: Reply): Promise<void> {
    this.record(session, 'bot', session.simpleMode && reply.simpleText ? reply.simpleText : reply.text);
    await sendReply(dc.context, reply);
  }

  private async repeat(dc: DialogContext, session: OrientationSession, fallback: Reply = M.OPEN_QUESTION): Promise<void> {
    await this.say(dc, session, session.lastQuestion ?? fallback);
    if (!session.lastQuestion) session.lastQuestion = fallback;
  }

  private record(session: OrientationSession, from: 'user' | 'bot', text: string): void {
    session.transcript ??= [];
    session.transcript.push({ from, text });
    if (session.transcript.length > MAX_TRANSCRIPT) session.transcript.splice(0, session.transcript.length - MAX_TRANSCRIPT);
  }

  private session(dc: DialogContext): OrientationSession {
    const session = findSession(dc);
    if (!session) throw new Error('orientationFlow must run inside the main dialog');
    return session;
  }
}
