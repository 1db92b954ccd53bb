import { describe, expect, it } from 'vitest';
import { isOpenAt, timeZoneOfDepartement } from '../../bot/voice/openingHours.js';

const at = (iso: string) => new Date(iso);

describe('opening hours', () => {
  it.each([
    ['Mo-Fr 09:00-12:00,13:30-17:00', '2026-11-23T09:30:00Z', true], // Monday 10:30 Paris
    ['Mo-Fr 09:00-12:00,13:30-17:00', '2026-11-23T11:45:00Z', false], // lunch break
    ['Mo-Fr 09:00-12:00,13:30-17:00', '2026-11-22T09:30:00Z', false], // Sunday
    ['lun-ven 9h-17h; sa 9h-12h', '2026-11-28T09:00:00Z', true], // Saturday 10:00
    ['24 h/24, 7 j/7', '2026-11-22T02:00:00Z', true],
    ['24/7', '2026-11-22T02:00:00Z', true],
    ['sur rendez-vous', '2026-11-23T09:30:00Z', false], // unreadable: never transfer to a closed line
    [undefined, '2026-11-23T09:30:00Z', false],
  ])('%s at %s → open %s', (spec, when, open) => {
    expect(isOpenAt(spec, at(when))).toBe(open);
  });

  it('evaluates overseas structures in their own time zone', () => {
    // 13:00 UTC is 9:00 in Guadeloupe and 17:00 in La Réunion.
    expect(isOpenAt('Mo-Fr 08:00-16:00', at('2026-11-23T13:00:00Z'), timeZoneOfDepartement('971'))).toBe(true);
    expect(isOpenAt('Mo-Fr 08:00-16:00', at('2026-11-23T13:00:00Z'), timeZoneOfDepartement('974'))).toBe(false);
  });
});
