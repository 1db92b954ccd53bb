// Structures for a routing decision, through the real OperatorDirectory: commune coverage first
// (arrondissements included), else the département or regional queue (filled from the directory),
// the national entry point as information only.
import { describe, expect, it } from 'vitest';
import type { OperatorStructure } from '../../knowledge/model/operatorStructure.js';
import { OperatorDirectory } from '../../knowledge/operators/operatorDirectory.js';
import { resolvePostcode } from '../../knowledge/territory/index.js';
import { emptyProfile, type Profile } from '../../orientation/routing/profile.js';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import { structuresForDecision } from '../../orientation/routing/structuresForDecision.js';

// Test fixtures (not shipped data): a few structures with explicit territories.
const src = 'test fixture';
const fixtures: OperatorStructure[] = [
  { id: 'ml-paris-nord', type: 'mission_locale', name: 'Mission locale fixture Paris Nord', territory: { kind: 'communes', communes: ['75118', '75119'] }, departement: '75', source: src },
  { id: 'ml-marseille', type: 'mission_locale', name: 'Mission locale fixture Marseille', territory: { kind: 'communes', communes: ['13055'] }, departement: '13', website: 'https://example.org/ml-marseille', source: src },
  { id: 'cap-2a', type: 'cap_emploi', name: 'Cap emploi fixture Corse-du-Sud', territory: { kind: 'departements', departements: ['2A'] }, phone: '0400000000', source: src },
  { id: 'cap-974', type: 'cap_emploi', name: 'Cap emploi fixture La Réunion', territory: { kind: 'departements', departements: ['974'] }, phone: '0262000000', source: src },
  { id: 'tp-corse', type: 'transitions_pro', name: 'Transitions Pro fixture Corse', territory: { kind: 'region', region: '94' }, website: 'https://example.org/tp-corse', source: src },
  { id: 'cep-corse', type: 'cep_actifs_occupes', name: 'CEP fixture Corse', territory: { kind: 'region', region: '94' }, website: 'https://example.org/cep-corse', source: src },
];
const directory = new OperatorDirectory(fixtures);
const p = (x: Partial<Profile>): Profile => ({ ...emptyProfile(), ...x });
const placeOf = (cp: string) => {
  const r = resolvePostcode(cp);
  if (r.kind === 'commune') return r.place;
  if (r.kind === 'ambiguous') return r.common;
  throw new Error(cp);
};

describe('structuresForDecision', () => {
  it('Given a 19-year-old in Paris 18e (postcode 75018), Then the Mission locale covering the arrondissement', () => {
    const place = placeOf('75018');
    const d = routeProfile(p({ status: 'demandeur_emploi', age: 19, place }));
    const s = structuresForDecision(d, place, directory);
    expect(s[0]).toMatchObject({ id: 'ml-paris-nord', coverage: 'commune' });
  });

  it('Given a young person in Marseille 13e (13013, several arrondissements), Then the city-wide Mission locale (France Travail after it)', () => {
    const place = placeOf('13013');
    const d = routeProfile(p({ status: 'demandeur_emploi', age: 20, place }));
    expect(d.operatorTypes).toEqual(['mission_locale', 'france_travail']);
    expect(structuresForDecision(d, place, directory).filter((s) => s.type === 'mission_locale').map((s) => s.id)).toEqual(['ml-marseille']);
  });

  it('Given a 22-year-old with RQTH in Ajaccio who chose Cap emploi, Then the Cap emploi queue of 2A first, filled with its directory entry, then France Travail (not the Mission locale)', () => {
    const place = placeOf('20090');
    const d = routeProfile(p({ status: 'demandeur_emploi', age: 22, rqth: 'oui', place }));
    expect(d.options).toEqual(['mission_locale', 'cap_emploi']);
    const s = structuresForDecision(d, place, directory, { chosen: 'cap_emploi' });
    expect(s.map((x) => x.type)).toEqual(['cap_emploi', 'france_travail', 'france_travail']);
    expect(s[0]).toMatchObject({ id: 'cap_emploi:2A', coverage: 'departement', phone: '0400000000' });
    expect(s[0].name).toMatch(/Cap emploi fixture Corse-du-Sud/);
  });

  it('Given an employee in Haute-Corse asking for a PTP, Then the regional queues of the CEP operator and Transitions Pro, filled from the directory', () => {
    const place = { departement: '2B', region: '94' };
    const d = routeProfile(p({ status: 'salarie_prive', age: 40, schemesMentioned: ['ptp'], place }));
    expect(structuresForDecision(d, place, directory).map((x) => [x.id, x.coverage, x.website])).toEqual([
      ['cep_actifs_occupes:region:94', 'region', 'https://example.org/cep-corse'],
      ['transitions_pro:region:94', 'region', 'https://example.org/tp-corse'],
    ]);
  });

  it('Given a place without local data, Then the regional queue said honestly, the national entry point as information only (never an invented address)', () => {
    const place = { departement: '23', region: '75' };
    const d = routeProfile(p({ status: 'salarie_prive', age: 40, place }));
    const s = structuresForDecision(d, place, directory);
    expect(s.map((x) => x.id)).toEqual(['cep_actifs_occupes:region:75', 'national:cep_actifs_occupes']);
    expect(s[0]).toMatchObject({ name: 'Conseil en évolution professionnelle — opérateur régional (Nouvelle-Aquitaine)', rule: 'region_queue', coverage: 'region' });
    expect(s[0].address ?? s[0].phone ?? s[0].website).toBeUndefined();
    expect(s[1]).toMatchObject({ coverage: 'national', rule: 'national_information' });
    expect(s[1].source).toMatch(/mon-cep\.org/);
  });

  it('Given a pure out-of-scope question, Then no structure (the reason names who handles it)', () => {
    const d = routeProfile(p({ outOfScope: ['litige_employeur'] }));
    expect(structuresForDecision(d, undefined, directory)).toEqual([]);
  });

  it('Given an emergency, Then the national emergency numbers come first, partners last', () => {
    const place = placeOf('97400');
    const d = routeProfile(p({ status: 'demandeur_emploi', age: 30, emergencies: ['violence'], womanSpecificBarrier: true, place }));
    const s = structuresForDecision(d, place, directory);
    expect(s[0].type).toBe('social_emergency');
    expect(s.map((x) => x.type)).toContain('france_travail');
    expect(s.every((x) => x.source.length > 0)).toBe(true);
  });

  it('Given perType 1, Then at most one structure per type', () => {
    const place = placeOf('97400');
    const d = routeProfile(p({ status: 'demandeur_emploi', age: 30, emergencies: ['violence', 'sans_logement'], place }));
    const s = structuresForDecision(d, place, directory, { perType: 1 });
    expect(s.filter((x) => x.type === 'social_emergency')).toHaveLength(1);
  });
});
