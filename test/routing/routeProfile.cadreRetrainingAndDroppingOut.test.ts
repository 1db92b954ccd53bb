// Rule-level checks behind the eighth round's option fixes: a paid retraining (PTP) told by a cadre, said or only
// likely from the job title, brings the APEC, the regional CEP operator AND Transitions Pro (the status rule and the
// alongside rule both apply); a PTP told before the status is known waits for the status; a student dropping out
// gets the Mission locale only once the age is known (the age is not asked for it).
import { describe, expect, it } from 'vitest';
import { emptyProfile, type Profile } from '../../orientation/routing/profile.js';
import { routeProfile } from '../../orientation/routing/routeProfile.js';

const p = (facts: Partial<Profile>): Profile => ({ ...emptyProfile(), place: { departement: '64' }, ...facts });

describe('Transitions Pro next to the cadre operators (rules order)', () => {
  const cases: Array<[string, Partial<Profile>]> = [
    ['a cadre who said so', { status: 'salarie_prive', cadre: true, schemesMentioned: ['ptp'] }],
    ['a branch director (cadre likely)', { status: 'salarie_prive', cadreLikely: true, schemesMentioned: ['ptp'] }],
  ];
  it.each(cases)('Given %s describing a paid retraining, When routed, Then the APEC, the CEP operator and Transitions Pro', (_given, facts) => {
    const d = routeProfile(p(facts));
    expect(d.operatorTypes).toEqual(['apec', 'cep_actifs_occupes', 'transitions_pro']);
    expect(d.matchedRules).toContain('alongside.transitions_pro');
  });

  it('Given a job title that suggests cadre but « je ne suis pas cadre », When routed with a PTP, Then no APEC', () => {
    const d = routeProfile(p({ status: 'salarie_prive', cadre: false, cadreLikely: true, schemesMentioned: ['ptp'] }));
    expect(d.operatorTypes).toEqual(['cep_actifs_occupes', 'transitions_pro']);
  });

  it('Given a paid retraining told before the status, When routed, Then the status is asked and nothing proposed yet', () => {
    const d = routeProfile(p({ cadreLikely: true, schemesMentioned: ['ptp'] }));
    expect(d.missing[0]).toBe('status');
    expect(d.operatorTypes).not.toContain('transitions_pro');
  });
});

describe('a student dropping out', () => {
  it.each([
    [18, ['cio_onisep', 'mission_locale']],
    [27, ['cio_onisep']],
  ] as const)('Given a student of %i who wants to stop and work, When routed, Then %j', (age, then) => {
    expect(routeProfile(p({ status: 'etudiant', age, leavingStudies: true })).operatorTypes).toEqual([...then]);
  });
});
