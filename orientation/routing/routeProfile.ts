// The routing engine: evaluates the declarative rules (routingRules.ts) on a profile with
// three-valued logic. A fact the profile lacks makes a test "unknown"; in the status group the
// first rule that holds wins, and unknown rules met before it are exactly the facts that could
// still change the outcome — those, and only those, are returned as `missing`.
import type { OperatorType } from '../../knowledge/model/operatorType.js';
import { isPlausibleAge, type Profile } from './profile.js';
import type { RoutingDecision, RoutingProblem } from './routingDecision.js';
import { defaultRoutingRules, type Condition, type Fact, type FactTest, type RoutingRule, type RoutingRules, type RuleGroup } from './routingRules.js';
import { completePlace } from '../../knowledge/territory/resolvePlace.js';
import { territoryIndex } from '../../knowledge/territory/territoryIndex.js';

const departementExists = (code: string) => territoryIndex().departementByCode.has(code.trim().toUpperCase());

type Truth = 'true' | 'false' | 'unknown';
interface Eval {
  truth: Truth;
  unknownFacts: Set<Fact>;
}

const AGE_BAND_RANGES: Record<string, [number, number]> = {
  moins_16: [0, 15],
  '16_25': [16, 25],
  '26_29': [26, 29],
  '30_44': [30, 44],
  '45_54': [45, 54],
  '55_plus': [55, 120],
};

type FactValue = string | number | boolean | readonly string[] | [number, number] | undefined;

interface Facts {
  get(fact: Fact): FactValue;
}

function factsOf(profile: Profile, rules: RoutingRules, ageTrusted: boolean): Facts {
  const self: Facts = {
    get(fact) {
      let v: FactValue;
      switch (fact) {
        case 'age':
          if (!ageTrusted) v = undefined;
          else if (profile.age !== undefined) v = profile.age;
          else if (profile.ageBand) v = AGE_BAND_RANGES[profile.ageBand];
          break;
        case 'region':
          v = profile.place?.region;
          break;
        case 'departement':
          v = profile.place?.departement;
          break;
        case 'needs':
        case 'barriers':
        case 'emergencies':
        case 'outOfScope':
          v = profile[fact] ?? [];
          break;
        case 'schemesMentioned':
          v = profile.schemesMentioned ?? [];
          break;
        case 'cadreLikely':
          // The person's own word wins: « je ne suis pas cadre » cancels what a job title suggests.
          v = profile.cadre === false ? false : profile.cadreLikely;
          break;
        default:
          v = profile[fact] as FactValue;
      }
      if (v === undefined && fact in rules.assumeWhenMissing && !mustAsk(fact)) v = rules.assumeWhenMissing[fact];
      return v;
    },
  };
  return self;
  function mustAsk(fact: Fact): boolean {
    const condition = rules.askWhen?.[fact];
    return !!condition && evaluate(condition, self).truth === 'true';
  }
}

const T = (truth: Truth, unknownFacts: Iterable<Fact> = []): Eval => ({ truth, unknownFacts: new Set(unknownFacts) });

function testValue(t: FactTest, v: Exclude<FactValue, undefined>): Truth {
  const checks: Truth[] = [];
  // An age band is a range: a test holds when the whole range passes, fails when none of it does.
  if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'number') {
    const [lo, hi] = v as [number, number];
    if (t.min !== undefined) checks.push(lo >= t.min ? 'true' : hi < t.min ? 'false' : 'unknown');
    if (t.max !== undefined) checks.push(hi <= t.max ? 'true' : lo > t.max ? 'false' : 'unknown');
  } else if (Array.isArray(v)) {
    const list = v as unknown as readonly string[];
    if (t.includesAny) checks.push(t.includesAny.some((x) => list.includes(x)) ? 'true' : 'false');
    if (t.nonEmpty !== undefined) checks.push(list.length > 0 === t.nonEmpty ? 'true' : 'false');
  } else {
    const s = v as string | number | boolean;
    if (t.in) checks.push(t.in.includes(s) ? 'true' : 'false');
    if (t.notIn) checks.push(t.notIn.includes(s) ? 'false' : 'true');
    if (t.eq !== undefined) checks.push(s === t.eq ? 'true' : 'false');
    if (t.min !== undefined) checks.push(typeof s === 'number' && s >= t.min ? 'true' : 'false');
    if (t.max !== undefined) checks.push(typeof s === 'number' && s <= t.max ? 'true' : 'false');
    if (t.includesAny) checks.push(t.includesAny.includes(String(s)) ? 'true' : 'false');
  }
  if (checks.includes('false')) return 'false';
  if (checks.includes('unknown')) return 'unknown';
  return 'true';
}

function evaluate(c: Condition, facts: Facts): Eval {
  if ('fact' in c) {
    const v = facts.get(c.fact);
    if (v === undefined) return T('unknown', [c.fact]);
    const truth = testValue(c, v);
    return T(truth, truth === 'unknown' ? [c.fact] : []);
  }
  if ('not' in c) {
    const e = evaluate(c.not, facts);
    return { truth: e.truth === 'true' ? 'false' : e.truth === 'false' ? 'true' : 'unknown', unknownFacts: e.unknownFacts };
  }
  if ('any' in c) return combine(c.any.map((x) => evaluate(x, facts)), 'any');
  return combine(c.all.map((x) => evaluate(x, facts)), 'all');
}

function combine(parts: Eval[], mode: 'any' | 'all'): Eval {
  const decisive = mode === 'any' ? 'true' : 'false';
  if (parts.some((p) => p.truth === decisive)) return T(decisive);
  const unknown = parts.filter((p) => p.truth === 'unknown');
  if (unknown.length > 0) return T('unknown', unknown.flatMap((p) => [...p.unknownFacts]));
  return T(mode === 'any' ? 'false' : 'true');
}

function evaluateRule(rule: RoutingRule, facts: Facts): Eval {
  return rule.when.length === 0 ? T('true') : combine(rule.when.map((c) => evaluate(c, facts)), 'all');
}

function hasPlace(profile: Profile): boolean {
  const p = profile.place;
  return !!(p && (p.communeInsee || p.departement || p.region));
}

export interface RouteOptions {
  /** Check the place against the territory referentials (unknown postcode → problem). Default true. */
  checkPlace?: boolean;
}

/**
 * Routes a profile with the rules (default: the shipped rules file). Never throws on bad input:
 * an implausible age or unknown postcode becomes a problem, the fact is re-asked, and the decision
 * carries `missing` so the dialog never presents it as certain.
 */
export function routeProfile(profile: Profile, rules: RoutingRules = defaultRoutingRules(), options: RouteOptions = {}): RoutingDecision {
  const problems: RoutingProblem[] = [];
  const ageTrusted = profile.age === undefined || isPlausibleAge(profile.age);
  if (!ageTrusted) {
    problems.push({
      fact: 'age',
      code: 'age_implausible',
      message: `Je n'ai pas bien compris votre âge (${profile.age} ans ?). Pouvez-vous me le redonner ?`,
    });
  }

  let placeKnown = hasPlace(profile);
  if (options.checkPlace !== false && profile.place) {
    if (!placeKnown && profile.place.postcode) {
      const { place, result } = completePlace(profile.place);
      if (result?.kind === 'unknown') {
        problems.push({ fact: 'place', code: 'postcode_unknown', message: result.message });
      } else if (place.departement || place.communeInsee) {
        placeKnown = true;
      } else if (result?.kind === 'ambiguous') {
        // A postcode shared by communes of several départements: the person must say which.
        problems.push({ fact: 'place', code: 'place_ambiguous', message: result.question });
      }
    } else if (profile.place.departement && !profile.place.communeInsee && !departementExists(profile.place.departement)) {
      placeKnown = false;
      problems.push({
        fact: 'place',
        code: 'place_unknown',
        message: `Je ne connais pas le département « ${profile.place.departement} ». Pouvez-vous me donner votre code postal ou votre commune ?`,
      });
    }
  }

  const facts = factsOf(profile, rules, ageTrusted);
  const byGroup = new Map<RuleGroup, OperatorType[]>();
  const reasons: Partial<Record<OperatorType, string>> = {};
  const matchedRules: string[] = [];
  const notes: string[] = [];
  const suppressed = new Set<RuleGroup>();
  const missingFacts = new Set<string>();
  let options_: OperatorType[] | undefined;
  let statusDecided = false;
  let statusPending = false;

  const apply = (rule: RoutingRule) => {
    matchedRules.push(rule.id);
    const list = byGroup.get(rule.group) ?? [];
    for (const op of rule.then.operators) {
      if (!list.includes(op)) list.push(op);
      const reason = rule.reasons[op];
      if (reason) {
        // Several emergencies or redirections: their lines add up.
        if (reasons[op] && (rule.group === 'emergency' || rule.group === 'out_of_scope')) {
          if (!reasons[op]!.includes(reason)) reasons[op] = `${reasons[op]} ${reason}`;
        } else reasons[op] ??= reason;
      }
    }
    byGroup.set(rule.group, list);
    if (rule.then.note) notes.push(rule.then.note);
    for (const g of rule.then.suppress) suppressed.add(g);
  };

  for (const group of ['emergency', 'out_of_scope', 'status', 'alongside', 'partner'] as const) {
    if (suppressed.has(group)) continue;
    for (const rule of rules.rules) {
      if (rule.group !== group || !rule.enabled) continue;
      const e = evaluateRule(rule, facts);
      if (group === 'status') {
        if (statusDecided) break;
        if (e.truth === 'true') {
          apply(rule);
          statusDecided = true;
          if (rule.then.choice && rule.then.operators.length > 1) options_ = [...rule.then.operators];
        } else if (e.truth === 'unknown') {
          statusPending = true;
          // Only the rule's first fact in ask order: the others may stop mattering once it is answered
          // (no "between two missions?" before the status is known).
          const first = orderMissing([...e.unknownFacts], rules.askOrder)[0];
          if (first) missingFacts.add(first);
        }
      } else if (e.truth === 'true') {
        apply(rule);
      }
    }
  }

  const careerRouting = !suppressed.has('status');
  if (careerRouting && !statusDecided && !statusPending) missingFacts.add('status');
  if (careerRouting && !placeKnown) missingFacts.add('place');
  const missing = orderMissing([...missingFacts], rules.askOrder);

  const statusOps = byGroup.get('status') ?? [];
  const operatorTypes = dedupe([
    ...(byGroup.get('emergency') ?? []),
    ...(byGroup.get('out_of_scope') ?? []),
    ...statusOps,
    ...(byGroup.get('alongside') ?? []),
  ]);
  const partners = dedupe(byGroup.get('partner') ?? []);

  const decision: RoutingDecision = {
    operatorTypes,
    partners,
    matchedRules,
    reasons,
    needsChoice: !!options_,
    missing: missing as RoutingDecision['missing'],
    rulesVersion: rules.version,
  };
  if (options_) decision.options = options_;
  if (problems.length > 0) decision.problems = problems;
  if (notes.length > 0) decision.notes = notes;
  return decision;
}

function dedupe<T>(list: T[]): T[] {
  return [...new Set(list)];
}

function orderMissing(facts: string[], askOrder: string[]): string[] {
  const rank = (f: string) => {
    const i = askOrder.indexOf(f);
    return i < 0 ? askOrder.length : i;
  };
  return facts.sort((a, b) => rank(a) - rank(b));
}

/** A routing function bound to a rule set (what the dialogs receive as `route`). */
export function createRouter(rules: RoutingRules = defaultRoutingRules()): (profile: Profile) => RoutingDecision {
  return (profile) => routeProfile(profile, rules);
}
