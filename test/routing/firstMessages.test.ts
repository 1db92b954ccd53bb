// The labelled set of first messages, end to end: the understanding → the routing rules, with the
// follow-up questions simulated from the labelled profile. Targets: every unambiguous
// case right, correct options on ambiguous ones, ≤ 2 follow-up questions on average when the
// first message gives status, age and place. (Figures are published by `npm run eval:routing`.)
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateRouting, HELDOUT_SET_PATH, loadLabelledSet, type EvaluationReport } from './routingEvaluation.js';

const cases = loadLabelledSet();
let report: EvaluationReport;

beforeAll(async () => {
  report = await evaluateRouting(cases);
});

const describeCase = (r: EvaluationReport['cases'][number]) =>
  `${r.id} "${r.text.slice(0, 60)}…" expected ${JSON.stringify(r.expected)} got ${JSON.stringify(r.got)} (asked: ${r.asked.join(', ') || '—'}${r.wrongFacts.length ? `; wrong facts: ${r.wrongFacts.join('; ')}` : ''})`;

describe('Labelled first messages (test/routing/firstMessages.json)', () => {
  it('has at least 80 cases in varied registers, with ambiguous ones', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
    const registers = new Set(cases.map((c) => c.register));
    for (const r of ['standard', 'sms', 'spoken', 'story']) expect(registers).toContain(r);
    expect(cases.filter((c) => c.expected.options).length).toBeGreaterThanOrEqual(5);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  it('Given each labelled profile, When routed, Then the expected operators (the rules and the labels agree)', () => {
    const bad = report.cases.filter((r) => !r.oracleExact).map(describeCase);
    expect(bad).toEqual([]);
  });

  it('Given each unambiguous first message, When understood and routed, Then the exact operator set', () => {
    const bad = report.cases.filter((r) => !r.ambiguous && !r.exact).map(describeCase);
    expect(bad).toEqual([]);
  });

  it('Given each ambiguous first message, Then the person is offered exactly the expected options', () => {
    const bad = report.cases.filter((r) => r.ambiguous && !r.optionsCorrect).map(describeCase);
    expect(bad).toEqual([]);
  });

  it('Given first messages with status, age and place, Then at most 2 follow-up questions on average', () => {
    expect(report.sapTotal).toBeGreaterThanOrEqual(40);
    expect(report.meanQuestionsSap).toBeLessThanOrEqual(2);
  });
});

describe('Held-out first messages (test/routing/firstMessages.heldout.json)', () => {
  let heldout: EvaluationReport;
  beforeAll(async () => {
    heldout = await evaluateRouting(loadLabelledSet(HELDOUT_SET_PATH));
  });

  it('Given each labelled profile, When routed, Then the expected operators (labels agree with the rules)', () => {
    expect(heldout.total).toBeGreaterThanOrEqual(30);
    expect(heldout.cases.filter((r) => !r.oracleExact).map(describeCase)).toEqual([]);
  });

  it('Given each message TEXT, When understood and routed, Then the exact operator set (or options)', () => {
    const bad = heldout.cases.filter((r) => (r.ambiguous ? !r.optionsCorrect : !r.exact)).map(describeCase);
    expect(bad).toEqual([]);
  });
});
