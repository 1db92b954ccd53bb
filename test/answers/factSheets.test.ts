// Fact sheets: valid, sourced, checked within 12 months, and carrying the FACTS.md figures people ask for.
import { describe, expect, it } from 'vitest';
import { factSheetSchema } from '../../knowledge/model/scheme.js';
import { FACT_SHEETS } from '../../knowledge/schemes/factSheets.js';
import { SCHEMES } from '../../knowledge/schemes/schemes.js';

const TODAY = new Date('2026-12-06T12:00:00Z');
const MAX_AGE_DAYS = 365;

function ageInDays(isoDate: string, now: Date): number {
  return (now.getTime() - new Date(`${isoDate}T00:00:00Z`).getTime()) / 86_400_000;
}

/** Sheets older than 12 months or without a source: the list a test must keep empty. */
export function staleOrUnsourced(now: Date): string[] {
  return FACT_SHEETS.filter((s) => !/^https:\/\//.test(s.sourceUrl) || !s.sourceName.trim() || !s.sourceDetail.trim() || ageInDays(s.checkedAt, now) > MAX_AGE_DAYS || ageInDays(s.checkedAt, now) < -1).map((s) => s.id);
}

describe('Fact sheets', () => {
  it('every sheet is valid, has a unique id, an https source and a check date within 12 months', () => {
    const ids = FACT_SHEETS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const sheet of FACT_SHEETS) expect(() => factSheetSchema.parse(sheet), sheet.id).not.toThrow();
    expect(staleOrUnsourced(new Date())).toEqual([]);
    expect(staleOrUnsourced(TODAY)).toEqual([]);
  });

  it('the freshness check fails a sheet checked more than 12 months ago', () => {
    const aYearAndADayLater = new Date(new Date('2026-12-06T00:00:00Z').getTime() + 367 * 86_400_000);
    expect(staleOrUnsourced(aYearAndADayLater).length).toBe(FACT_SHEETS.length);
  });

  it('every cue is a valid regular expression that does not match an empty question', () => {
    for (const sheet of FACT_SHEETS) {
      for (const cue of [...sheet.subject, ...sheet.points.flatMap((p) => p.cues)]) {
        expect(() => new RegExp(cue), `${sheet.id}: ${cue}`).not.toThrow();
        expect(new RegExp(cue).test(''), `${sheet.id}: ${cue}`).toBe(false);
      }
    }
  });

  it('sheets that detail a scheme point at an existing scheme', () => {
    for (const sheet of FACT_SHEETS.filter((s) => s.schemeId)) expect(SCHEMES.map((s) => s.id)).toContain(sheet.schemeId);
  });

  it('the sheets hold the FACTS.md figures people ask for', () => {
    const text = (id: string) => {
      const sheet = FACT_SHEETS.find((s) => s.id === id);
      expect(sheet, id).toBeDefined();
      return [sheet!.summary, ...sheet!.points.map((p) => p.answer), sheet!.toCheck ?? ''].join(' ');
    };
    expect(text('cpf')).toMatch(/500 €.*5 000 €/s);
    expect(text('cpf')).toMatch(/800 €.*8 000 €/s);
    expect(text('cpf')).toMatch(/100 €.*102,23 €/s);
    expect(text('cpf')).toMatch(/30 juin 2021/);
    expect(text('bilan-de-competences')).toMatch(/24 heures au maximum/);
    expect(text('apprentissage')).toMatch(/16 ans.*29 ans.*15 ans/s);
    expect(text('apprentissage')).toMatch(/RQTH/);
    expect(text('demission-reconversion')).toMatch(/CDI.*5 ans.*1 300 jours.*60 derniers mois/s);
    expect(text('demission-reconversion')).toMatch(/réel et sérieux/);
    expect(text('ptp')).toMatch(/24 mois.*12 mois/s);
    expect(text('ptp')).toMatch(/120 jours.*60 jours/s);
    expect(text('ptp')).toMatch(/CIF.*2019/s);
    expect(text('cej')).toMatch(/16 à 25 ans.*29 ans/s);
    expect(text('cej')).toMatch(/15 à 20 heures/);
    expect(text('rqth')).toMatch(/MDPH.*CDAPH/s);
    expect(text('rqth')).toMatch(/15692/);
    expect(text('rqth')).toMatch(/1 à 10 ans.*à vie/s);
    expect(text('obligation-formation')).toMatch(/16 à 18 ans.*Mission locale/s);
    expect(text('france-travail')).toMatch(/1er janvier 2024/);
    expect(text('cep')).toMatch(/gratuit.*confidentiel/s);
    expect(text('door-unemployment-amount')).toMatch(/3949/);
    expect(text('transitions-collectives')).toMatch(/à vérifier/);
  });
});
