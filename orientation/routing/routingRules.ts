// The declarative routing rules (orientation/routing/rules/routing-rules.v1.json) and a Region's
// override file: their zod schema, loading, and merging. The rules say who serves whom
// (docs/domain.md §2); the engine in routeProfile.ts only evaluates them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { OPERATOR_TYPES } from '../../knowledge/model/operatorType.js';

/** Facts a rule can test. Most are Profile fields; `region`/`departement` come from profile.place. */
export const FACTS = [
  'status',
  'age',
  'rqth',
  'cadre',
  'cadreLikely',
  'diplomaLevel',
  'needs',
  'barriers',
  'emergencies',
  'outOfScope',
  'jobAtRiskForHealth',
  'rsa',
  'recentlyLostJob',
  'pluriActive',
  'womanSpecificBarrier',
  'leavingStudies',
  'betweenContracts',
  'schemesMentioned',
  'region',
  'departement',
] as const;
export type Fact = (typeof FACTS)[number];

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** One test on one fact. Several operators in one object must all hold. */
const factTestSchema = z
  .object({
    fact: z.enum(FACTS),
    in: z.array(scalar).optional(),
    notIn: z.array(scalar).optional(),
    eq: scalar.optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    includesAny: z.array(z.string()).optional(),
    nonEmpty: z.boolean().optional(),
  })
  .strict()
  .refine((t) => Object.keys(t).length > 1, { message: 'a fact test needs at least one operator (in, notIn, eq, min, max, includesAny, nonEmpty)' });

export type FactTest = z.infer<typeof factTestSchema>;
export type Condition = FactTest | { any: Condition[] } | { all: Condition[] } | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    factTestSchema,
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
  ]),
);

export const RULE_GROUPS = ['emergency', 'out_of_scope', 'status', 'alongside', 'partner'] as const;
export type RuleGroup = (typeof RULE_GROUPS)[number];

const operatorType = z.enum(OPERATOR_TYPES);
const frenchText = z.string().min(3);

export const ruleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9_.-]+$/, 'rule ids are lower-case words separated by dots'),
    /** English, for developers. */
    description: z.string().optional(),
    group: z.enum(RULE_GROUPS),
    /** All must hold (an empty list always holds). */
    when: z.array(conditionSchema),
    then: z
      .object({
        operators: z.array(operatorType),
        /** The person chooses between the operators (otherwise all are proposed together). */
        choice: z.boolean().default(false),
        /** Groups whose rules are skipped when this rule matches (e.g. pure out-of-scope question). */
        suppress: z.array(z.enum(RULE_GROUPS)).default([]),
        /** French sentence said with the decision. */
        note: frenchText.optional(),
      })
      .strict(),
    /** French, one line per operator type of `then.operators`. */
    reasons: z.record(z.string(), frenchText).default({}),
    enabled: z.boolean().default(true),
  })
  .strict()
  .superRefine((r, ctx) => {
    for (const op of r.then.operators) {
      if (!r.reasons[op]) ctx.addIssue({ code: 'custom', message: `rule ${r.id}: missing French reason for ${op}` });
    }
    for (const k of Object.keys(r.reasons)) {
      if (!(OPERATOR_TYPES as readonly string[]).includes(k)) ctx.addIssue({ code: 'custom', message: `rule ${r.id}: reason for unknown operator type ${k}` });
    }
    if (r.then.choice && r.then.operators.length < 2) ctx.addIssue({ code: 'custom', message: `rule ${r.id}: a choice needs at least two operators` });
  });
export type RoutingRule = z.infer<typeof ruleSchema>;

export const rulesFileSchema = z
  .object({
    version: z.string().min(1),
    /** English, for developers. */
    description: z.string().optional(),
    /** Values assumed when a fact is unknown: such facts are never asked for. */
    assumeWhenMissing: z.partialRecord(z.enum(FACTS), scalar).default({}),
    /**
     * Facts that are asked instead of assumed when a condition holds: the RQTH of a person who
     * describes a health condition, whether their job is at risk.
     */
    askWhen: z.partialRecord(z.enum(FACTS), conditionSchema).default({}),
    /** Order in which missing facts are asked (only those that change the outcome are asked). */
    askOrder: z.array(z.string()).min(1),
    rules: z.array(ruleSchema).min(1),
  })
  .strict()
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    for (const r of f.rules) {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', message: `duplicate rule id ${r.id}` });
      seen.add(r.id);
    }
  });
export type RoutingRules = z.infer<typeof rulesFileSchema>;

/** A Region's file: add rules, disable rules by id, change wording — no code. */
export const overridesFileSchema = z
  .object({
    /** Free label, appended to the rules version (e.g. "bretagne-2026-11"). */
    version: z.string().min(1),
    /** INSEE region code the file was written for (informative; use a `region` condition to restrict a rule). */
    region: z.string().optional(),
    description: z.string().optional(),
    disableRules: z.array(z.string()).default([]),
    /** New rules (ids must be new), placed before `before` when given, else at the end of their group. */
    addRules: z.array(z.object({ before: z.string().optional(), rule: ruleSchema }).strict()).default([]),
    /** Rule id → operator type → new French reason. */
    reasons: z.record(z.string(), z.record(z.string(), frenchText)).default({}),
    /** Rule id → new French note. */
    notes: z.record(z.string(), frenchText).default({}),
  })
  .strict();
export type RoutingOverrides = z.infer<typeof overridesFileSchema>;

export class RoutingRulesError extends Error {}

function formatIssues(where: string, error: z.ZodError): string {
  return `${where}:\n${error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`).join('\n')}`;
}

export function parseRules(json: unknown, where = 'routing rules'): RoutingRules {
  const parsed = rulesFileSchema.safeParse(json);
  if (!parsed.success) throw new RoutingRulesError(formatIssues(where, parsed.error));
  return parsed.data;
}

export function parseOverrides(json: unknown, where = 'routing overrides'): RoutingOverrides {
  const parsed = overridesFileSchema.safeParse(json);
  if (!parsed.success) throw new RoutingRulesError(formatIssues(where, parsed.error));
  return parsed.data;
}

/** Applies a Region's overrides to the base rules; unknown rule ids are errors (a typo must not pass silently). */
export function applyOverrides(base: RoutingRules, o: RoutingOverrides): RoutingRules {
  const rules = base.rules.map((r) => ({ ...r, reasons: { ...r.reasons }, then: { ...r.then } }));
  const byId = new Map(rules.map((r) => [r.id, r]));
  const unknown = (id: string, what: string): never => {
    throw new RoutingRulesError(`routing overrides ${o.version}: ${what} refers to unknown rule id "${id}"`);
  };
  for (const id of o.disableRules) (byId.get(id) ?? unknown(id, 'disableRules')).enabled = false;
  for (const [id, reasons] of Object.entries(o.reasons)) {
    const r = byId.get(id) ?? unknown(id, 'reasons');
    for (const [type, text] of Object.entries(reasons)) {
      if (!(OPERATOR_TYPES as readonly string[]).includes(type)) throw new RoutingRulesError(`routing overrides ${o.version}: reasons.${id}: unknown operator type "${type}"`);
      r.reasons[type] = text;
    }
  }
  for (const [id, note] of Object.entries(o.notes)) (byId.get(id) ?? unknown(id, 'notes')).then.note = note;
  for (const { before, rule } of o.addRules) {
    if (byId.has(rule.id)) throw new RoutingRulesError(`routing overrides ${o.version}: rule id "${rule.id}" already exists (disable it and add a new id)`);
    const copy = { ...rule };
    if (before !== undefined) {
      const at = rules.findIndex((r) => r.id === before);
      if (at < 0) unknown(before, `addRules[${rule.id}].before`);
      rules.splice(at, 0, copy);
    } else {
      let at = -1;
      rules.forEach((r, i) => {
        if (r.group === rule.group) at = i;
      });
      rules.splice(at < 0 ? rules.length : at + 1, 0, copy);
    }
    byId.set(rule.id, copy);
  }
  return parseRules({ ...base, version: `${base.version}+${o.version}`, rules }, `routing rules with overrides ${o.version}`);
}

export const DEFAULT_RULES_PATH = fileURLToPath(new URL('./rules/routing-rules.v1.json', import.meta.url));

function readJson(path: string, what: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new RoutingRulesError(`${what}: cannot read ${path}: ${(e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new RoutingRulesError(`${what}: ${path} is not valid JSON: ${(e as Error).message}`);
  }
}

/** Base rules plus, when given (ROUTING_OVERRIDES_FILE), a Region's overrides. Throws with a clear message. */
export function loadRoutingRules(options: { rulesFile?: string; overridesFile?: string } = {}): RoutingRules {
  const path = options.rulesFile ?? DEFAULT_RULES_PATH;
  const base = parseRules(readJson(path, 'routing rules'), `routing rules ${path}`);
  if (!options.overridesFile) return base;
  const o = parseOverrides(readJson(options.overridesFile, 'routing overrides'), `routing overrides ${options.overridesFile}`);
  return applyOverrides(base, o);
}

let defaults: RoutingRules | undefined;
export function defaultRoutingRules(): RoutingRules {
  defaults ??= loadRoutingRules();
  return defaults;
}

/**
 * Rules for the running service: the shipped file plus the Region's ROUTING_OVERRIDES_FILE when set.
 * Call once at start-up (composition root): an invalid Region file stops the start with a clear message.
 */
export function routingRulesFromConfig(config: { ROUTING_OVERRIDES_FILE?: string }): RoutingRules {
  return config.ROUTING_OVERRIDES_FILE ? loadRoutingRules({ overridesFile: config.ROUTING_OVERRIDES_FILE }) : defaultRoutingRules();
}
