import { describe, expect, it } from 'vitest';
import { describeOpeningHours, isOpenAt, timeZoneOfDepartement } from '../../bot/voice/openingHours.js';

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
    // French forms as directories write them (Monday 23 November 2026; 09:30Z is 10:30 in Paris).
    ['du lundi au vendredi, 9 h – 17 h', '2026-11-23T09:30:00Z', true],
    ['du lundi au vendredi, 9 h – 17 h', '2026-11-23T16:30:00Z', false], // 17:30
    ['du lundi au vendredi de 9h à 12h et de 13h30 à 17h', '2026-11-23T11:45:00Z', false], // 12:45
    ['lun-ven 9h00-12h00 / 14h00-17h00', '2026-11-23T13:30:00Z', true], // 14:30
    ['du lundi au jeudi : de 9h00 à 12h00 et de 13h30 à 16h30. Le vendredi : 9h00 à 12h00 - 13h30 à 16h', '2026-11-27T15:15:00Z', false], // Friday 16:15
    ['lundi, mardi et jeudi 9h-12h', '2026-11-25T09:30:00Z', false], // Wednesday
    ['tous les jours de 8h à midi', '2026-11-22T09:30:00Z', true],
    ['Mo-Fr 09:00-17:00; PH off', '2026-11-23T09:30:00Z', true],
    ['du lundi au vendredi', '2026-11-23T09:30:00Z', false], // days without hours: unreadable
    ['du lundi au vendredi sauf le mercredi, 9h-17h', '2026-11-23T09:30:00Z', false], // « sauf » not understood
    [undefined, '2026-11-23T09:30:00Z', false],
  ])('%s at %s → open %s', (spec, when, open) => {
    expect(isOpenAt(spec, at(when))).toBe(open);
  });

  it('evaluates overseas structures in their own time zone', () => {
    // 13:00 UTC is 9:00 in Guadeloupe and 17:00 in La Réunion.
    expect(isOpenAt('Mo-Fr 08:00-16:00', at('2026-11-23T13:00:00Z'), timeZoneOfDepartement('971'))).toBe(true);
    expect(isOpenAt('Mo-Fr 08:00-16:00', at('2026-11-23T13:00:00Z'), timeZoneOfDepartement('974'))).toBe(false);
  });

  it('says opening hours in words, never in the OSM form', () => {
    expect(describeOpeningHours('Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00')).toBe('du lundi au vendredi de 9 h à 12 h et de 13 h 30 à 17 h, le samedi de 9 h à 12 h');
    expect(describeOpeningHours('24 h/24, 7 j/7')).toBe('24 heures sur 24, 7 jours sur 7');
    expect(describeOpeningHours('sur rendez-vous')).toBeUndefined();
  });
});
