// The rules file and a Region's overrides: validated at load (zod) with clear messages; a Region
// can add rules, disable rules and change wording without code.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { emptyProfile, type Profile } from '../../orientation/routing/profile.js';
import { createRouter, routeProfile } from '../../orientation/routing/routeProfile.js';
import {
  applyOverrides,
  defaultRoutingRules,
  loadRoutingRules,
  parseOverrides,
  parseRules,
  RoutingRulesError,
  routingRulesFromConfig,
  type RoutingRule,
} from '../../orientation/routing/routingRules.js';

const p = (x: Partial<Profile>): Profile => ({ ...emptyProfile(), place: { departement: '35', region: '53' }, ...x });
const base = () => defaultRoutingRules();
const dir = mkdtempSync(join(tmpdir(), 'routing-rules-'));
function writeJson(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

describe('Routing rules file', () => {
  it('Given the shipped file, When loaded, Then it validates with a version and unique ids', () => {
    const rules = loadRoutingRules();
    expect(rules.version).toMatch(/^1\.\d+\.\d+$/);
    expect(new Set(rules.rules.map((r) => r.id)).size).toBe(rules.rules.length);
    expect(rules.rules.length).toBeGreaterThanOrEqual(30);
  });

  it('Given the shipped file, Then every reason and note is one French sentence or more, for the person', () => {
    const texts = base().rules.flatMap((r) => [...Object.values(r.reasons), ...(r.then.note ? [r.then.note] : [])]);
    expect(texts.length).toBeGreaterThan(40);
    for (const t of texts) expect(t, t).toMatch(/^[A-ZÀ-Ý][^]*[.!)]$/);
  });

  it('Given docs/routing.md, Then its rules table lists every rule of the shipped file with the version', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../docs/routing.md', import.meta.url)), 'utf8');
    expect(doc).toContain(`### Rules table (rules ${base().version})`);
    expect(base().rules.map((r) => r.id).filter((id) => !doc.includes(`| \`${id}\` |`))).toEqual([]);
  });

  const broken: Array<[string, (f: any) => void, RegExp]> = [
    ['an unknown operator type', (f) => (f.rules[0].then.operators = ['pole_emploi']), /operators/],
    ['a rule without its French reason', (f) => (f.rules[0].reasons = {}), /missing French reason for social_emergency/],
    ['a duplicate rule id', (f) => (f.rules[1].id = f.rules[0].id), /duplicate rule id emergency.housing/],
    ['a choice with one operator', (f) => (f.rules[0].then.choice = true), /a choice needs at least two operators/],
    ['an unknown fact', (f) => (f.rules[0].when = [{ fact: 'salary', eq: 3 }]), /when/],
    ['a fact test without operator', (f) => (f.rules[0].when = [{ fact: 'status' }]), /at least one operator/],
    ['an unknown group', (f) => (f.rules[0].group = 'misc'), /group/],
    ['an unexpected key (typo)', (f) => (f.rules[0].then.operator = ['apec']), /operator/],
  ];
  it.each(broken)('Given a file with %s, When parsed, Then a clear error names the problem', (_g, mutate, message) => {
    const file = JSON.parse(JSON.stringify(base()));
    mutate(file);
    expect(() => parseRules(file, 'test rules')).toThrow(RoutingRulesError);
    expect(() => parseRules(file, 'test rules')).toThrow(message);
  });

  it('Given a file that is not JSON, When loaded, Then the error says so', () => {
    const path = writeJson('bad.json', '{ not json');
    expect(() => loadRoutingRules({ rulesFile: path })).toThrow(/is not valid JSON/);
  });

  it('Given a missing file, When loaded, Then the error names the path', () => {
    expect(() => loadRoutingRules({ overridesFile: join(dir, 'nope.json') })).toThrow(/cannot read .*nope\.json/);
  });
});

describe('Region overrides (ROUTING_OVERRIDES_FILE)', () => {
  it('Given the documented example file, When loaded, Then the version says it and its rule and wording apply', () => {
    const example = fileURLToPath(new URL('../../docs/examples/routing-overrides.example.json', import.meta.url));
    const rules = loadRoutingRules({ overridesFile: example });
    expect(rules.version).toBe(`${base().version}+bretagne-2026-11`);
    const employee = routeProfile(p({ status: 'salarie_prive', age: 40 }), rules);
    expect(employee.reasons.cep_actifs_occupes).toMatch(/^Salarié\(e\) en Bretagne/);
    const offline = routeProfile(p({ status: 'demandeur_emploi', age: 40, barriers: ['garde_enfants'] }), rules);
    expect(offline.matchedRules).toContain('partner.bretagne.childcare');
    expect(offline.partners).toEqual(['cidff']);
    // The same person outside Bretagne does not get the Breton partner.
    const elsewhere = routeProfile(p({ status: 'demandeur_emploi', age: 40, barriers: ['garde_enfants'], place: { departement: '69', region: '84' } }), rules);
    expect(elsewhere.matchedRules).not.toContain('partner.bretagne.childcare');
  });

  it('Given a Region that disables the APEC option for employed cadres, Then they go to the regional CEP operator only', () => {
    const rules = applyOverrides(base(), parseOverrides({ version: 'r1', disableRules: ['status.employee_cadre'] }));
    const d = routeProfile(p({ status: 'salarie_prive', cadre: true, age: 40 }), rules);
    expect(d.operatorTypes).toEqual(['cep_actifs_occupes']);
    expect(d.needsChoice).toBe(false);
    // The base rules are untouched.
    expect(routeProfile(p({ status: 'salarie_prive', cadre: true, age: 40 })).needsChoice).toBe(true);
  });

  it('Given a Region that adds CIDFF for every single parent job seeker before the generic rule, Then it applies', () => {
    const rule: RoutingRule = {
      id: 'partner.region.single_parent',
      group: 'partner',
      when: [{ fact: 'barriers', includesAny: ['garde_enfants'] }],
      then: { operators: ['cidff'], choice: false, suppress: [] },
      reasons: { cidff: 'Le CIDFF de votre département aide aussi à trouver une solution de garde.' },
      enabled: true,
    };
    const rules = applyOverrides(base(), parseOverrides({ version: 'r2', addRules: [{ before: 'partner.cidff', rule }] }));
    const ids = rules.rules.map((r) => r.id);
    expect(ids.indexOf('partner.region.single_parent')).toBe(ids.indexOf('partner.cidff') - 1);
    const d = routeProfile(p({ status: 'demandeur_emploi', age: 33, barriers: ['garde_enfants'] }), rules);
    expect(d.partners).toEqual(['cidff']);
    expect(d.reasons.cidff).toMatch(/solution de garde/);
  });

  it('Given a Region that keeps young job seekers with the Mission locale only, When it disables the France Travail option, Then the Mission locale alone', () => {
    const rules = applyOverrides(base(), parseOverrides({ version: 'r4', disableRules: ['alongside.young_jobseeker_france_travail'] }));
    expect(routeProfile(p({ status: 'demandeur_emploi', age: 21 }), rules).operatorTypes).toEqual(['mission_locale']);
    expect(routeProfile(p({ status: 'demandeur_emploi', age: 21 })).operatorTypes).toEqual(['mission_locale', 'france_travail']);
  });

  it('Given a Region that disables the APEC option of a likely cadre, Then the employee goes to the regional CEP operator only', () => {
    const rules = applyOverrides(base(), parseOverrides({ version: 'r5', disableRules: ['status.employee_cadre_likely'] }));
    expect(routeProfile(p({ status: 'salarie_prive', cadreLikely: true, age: 41 }), rules).operatorTypes).toEqual(['cep_actifs_occupes']);
  });

  it('Given a Region that changes a note, Then the new note is said', () => {
    const rules = applyOverrides(base(), parseOverrides({ version: 'r3', notes: { 'status.interim_seasonal_between_contracts': 'Entre deux missions, voyez France Travail ; votre agence d’intérim peut aussi vous orienter.' } }));
    const d = routeProfile(p({ status: 'interimaire', betweenContracts: true, age: 30 }), rules);
    expect(d.notes).toEqual(['Entre deux missions, voyez France Travail ; votre agence d’intérim peut aussi vous orienter.']);
  });

  const wrong: Array<[string, unknown, RegExp]> = [
    ['disables an unknown rule id (typo)', { version: 'x', disableRules: ['status.employe'] }, /unknown rule id "status.employe"/],
    ['rewords an unknown rule', { version: 'x', reasons: { 'status.nope': { apec: 'Texte assez long.' } } }, /unknown rule id "status.nope"/],
    ['rewords an unknown operator type', { version: 'x', reasons: { 'status.employee': { pole_emploi: 'Texte assez long.' } } }, /unknown operator type "pole_emploi"/],
    ['adds a rule whose id exists', { version: 'x', addRules: [{ rule: { ...base().rules[0] } }] }, /already exists/],
    ['adds a rule before an unknown id', { version: 'x', addRules: [{ before: 'nope', rule: { ...base().rules[0], id: 'new.rule' } }] }, /unknown rule id "nope"/],
  ];
  it.each(wrong)('Given an overrides file that %s, When loaded, Then it is refused with a clear message', (_g, json, message) => {
    const path = writeJson(`o-${Math.random().toString(36).slice(2)}.json`, json);
    expect(() => loadRoutingRules({ overridesFile: path })).toThrow(message);
  });

  it('Given an overrides file with an unexpected key, When parsed, Then zod refuses it', () => {
    expect(() => parseOverrides({ version: 'x', disable: ['status.employee'] })).toThrow(/disable/);
  });
});

describe('routingRulesFromConfig', () => {
  it('Given no ROUTING_OVERRIDES_FILE, Then the shipped rules', () => {
    expect(routingRulesFromConfig({}).version).toBe(base().version);
  });
  it('Given ROUTING_OVERRIDES_FILE, Then the Region rules apply through createRouter', () => {
    const path = writeJson('cfg.json', { version: 'cfg', disableRules: ['status.employee_cadre'] });
    const route = createRouter(routingRulesFromConfig({ ROUTING_OVERRIDES_FILE: path }));
    const d = route(p({ status: 'salarie_prive', cadre: true, age: 40 }));
    expect(d.rulesVersion).toBe(`${base().version}+cfg`);
    expect(d.operatorTypes).toEqual(['cep_actifs_occupes']);
  });
  it('Given an invalid ROUTING_OVERRIDES_FILE, Then start-up fails with the reason', () => {
    const path = writeJson('cfg-bad.json', { version: 'cfg', disableRules: ['no.such.rule'] });
    expect(() => routingRulesFromConfig({ ROUTING_OVERRIDES_FILE: path })).toThrow(/unknown rule id "no.such.rule"/);
  });
});
