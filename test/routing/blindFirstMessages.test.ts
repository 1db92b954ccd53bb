// The blind set of first messages (test/routing/firstMessages.blind-2026-12-06.json) played as whole
// conversations through the real dialogs, with the message text. Figures are printed for
// docs/routing.md; the assertions are floors under the measured figures, so a regression fails.
import { writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateBlindSet, formatBlindReport, type BlindReport } from './blindEvaluation.js';

let report: BlindReport;

describe('Blind first messages through the real dialogs', () => {
  beforeAll(async () => {
    report = await evaluateBlindSet();
    console.log(`[blind first messages] ${formatBlindReport(report)}`);
    if (process.env.BLIND_REPORT_FILE) writeFileSync(process.env.BLIND_REPORT_FILE, JSON.stringify(report, null, 1));
  }, 900_000);

  it('has at least 200 cases over every situation family and register', () => {
    expect(report.total).toBeGreaterThanOrEqual(200);
    expect(Object.keys(report.byFamily).length).toBeGreaterThanOrEqual(7);
  });

  it('gives the emergency lines to every emergency', () => {
    expect(report.emergencies.right).toBe(report.emergencies.expected);
  });

  it('proposes every expected operator for most people', () => {
    expect(report.allProposed / report.total).toBeGreaterThanOrEqual(BLIND_FLOORS.allProposed);
  });

  it('invents no place or fact for most messages', () => {
    expect(report.cleanFacts / report.total).toBeGreaterThanOrEqual(BLIND_FLOORS.cleanFacts);
  });

  it('asks few follow-up questions', () => {
    expect(report.meanFollowUps).toBeLessThanOrEqual(BLIND_FLOORS.maxMeanFollowUps);
  });
});

/** Floors just under the last measured figures (docs/routing.md), not the targets. */
const BLIND_FLOORS = { allProposed: 0.97, cleanFacts: 0.97, maxMeanFollowUps: 1.0 };
