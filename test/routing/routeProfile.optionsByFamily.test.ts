// Rule-level tests of the options added in rules 1.7.0 (DOMAIN.md §2: several operators may fit): the Mission locale
// for 16-25 out of school whatever status rule fired first, France Travail and the CEP operator for a self-employed
// person closing down, Transitions Pro next to Cap emploi when health comes first. Each with its bounds.
import { describe, expect, it } from 'vitest';
import type { OperatorType } from '../../knowledge/model/operatorType.js';
import { emptyProfile, type Profile } from '../../orientation/routing/profile.js';
import { routeProfile } from '../../orientation/routing/routeProfile.js';

const p = (x: Partial<Profile>): Profile => ({ ...emptyProfile(), place: { departement: '80', region: '32' }, ...x });

interface Row {
  given: string;
  profile: Partial<Profile>;
  then: OperatorType[];
  rule?: string;
  not?: OperatorType[];
}

const rows: Row[] = [
  // RSA recipients under 26
  { given: 'a 25-year-old RSA recipient looking for work', profile: { status: 'demandeur_emploi', age: 25, rsa: true }, then: ['france_travail', 'mission_locale'], rule: 'alongside.young_out_of_school_mission_locale' },
  { given: 'an 18-year-old inactive RSA recipient', profile: { status: 'inactif', age: 18, rsa: true }, then: ['france_travail', 'mission_locale'], rule: 'alongside.young_out_of_school_mission_locale' },
  { given: 'a 26-year-old RSA recipient (past the Mission locale age)', profile: { status: 'demandeur_emploi', age: 26, rsa: true }, then: ['france_travail'], not: ['mission_locale'] },
  { given: 'a 22-year-old RSA recipient with an RQTH (the RQTH rules decide)', profile: { status: 'demandeur_emploi', age: 22, rsa: true, rqth: 'oui' }, then: ['mission_locale', 'cap_emploi', 'france_travail'] },
  { given: 'a 24-year-old RSA recipient in work (the in-work rule gives the Mission locale)', profile: { status: 'salarie_prive', age: 24, rsa: true }, then: ['cep_actifs_occupes', 'mission_locale'] },
  { given: 'a 22-year-old interim worker between missions whose health limits the work', profile: { status: 'interimaire', age: 22, betweenContracts: true, jobAtRiskForHealth: true }, then: ['cap_emploi', 'france_travail', 'cep_actifs_occupes', 'mission_locale'], rule: 'alongside.young_out_of_school_mission_locale' },
  { given: 'a 22-year-old interim worker during a mission (no Mission locale for being out of work)', profile: { status: 'interimaire', age: 22, betweenContracts: false, jobAtRiskForHealth: true }, then: ['cap_emploi', 'cep_actifs_occupes'], not: ['mission_locale'] },
  // Students and pupils about to drop out
  { given: 'a 20-year-old student about to drop out', profile: { status: 'etudiant', age: 20, leavingStudies: true }, then: ['cio_onisep', 'mission_locale'], rule: 'alongside.student_leaving_studies' },
  { given: 'a 17-year-old pupil about to leave school', profile: { status: 'eleve', age: 17, leavingStudies: true }, then: ['cio_onisep', 'mission_locale'], rule: 'alongside.student_leaving_studies' },
  { given: 'a 20-year-old student who stays', profile: { status: 'etudiant', age: 20 }, then: ['cio_onisep'], not: ['mission_locale'] },
  { given: 'a 28-year-old student about to drop out (past the Mission locale age)', profile: { status: 'etudiant', age: 28, leavingStudies: true }, then: ['cio_onisep'], not: ['mission_locale'] },
  { given: 'an employee of 30 who left school long ago', profile: { status: 'salarie_prive', age: 30, leavingStudies: true }, then: ['cep_actifs_occupes'], not: ['mission_locale'] },
  // Apprentices whose contract was broken
  { given: 'an 18-year-old apprentice whose contract was broken', profile: { status: 'salarie_prive', age: 18, recentlyLostJob: true }, then: ['mission_locale', 'france_travail'] },
  // Self-employed closing down
  { given: 'a 48-year-old shopkeeper closing the shop', profile: { status: 'independant', age: 48, recentlyLostJob: true }, then: ['france_travail', 'cep_actifs_occupes'], rule: 'alongside.self_employed_closing' },
  { given: 'a 23-year-old self-employed person closing down', profile: { status: 'independant', age: 23, recentlyLostJob: true }, then: ['mission_locale', 'france_travail', 'cep_actifs_occupes'], rule: 'alongside.self_employed_closing' },
  { given: 'a self-employed person whose business runs', profile: { status: 'independant', age: 48 }, then: ['cep_actifs_occupes'], not: ['france_travail'] },
  { given: 'an employee who just lost the job (no CEP operator added)', profile: { status: 'salarie_prive', age: 48, recentlyLostJob: true }, then: ['france_travail'], not: ['cep_actifs_occupes'] },
  // Transitions Pro when health comes first
  { given: 'an employee whose health puts the job at risk and who describes a PTP', profile: { status: 'salarie_prive', age: 33, jobAtRiskForHealth: true, schemesMentioned: ['ptp'] }, then: ['cap_emploi', 'cep_actifs_occupes', 'transitions_pro'] },
  { given: 'an employee offered Transitions collectives', profile: { status: 'salarie_prive', age: 46, schemesMentioned: ['transitions_collectives'] }, then: ['cep_actifs_occupes', 'transitions_pro'] },
];

describe('Options by family (rules 1.7.0)', () => {
  it.each(rows.map((r) => [r.given, r] as const))('Given %s, When routed, Then the expected operators are proposed', (_given, r) => {
    const d = routeProfile(p(r.profile));
    expect(d.missing).toEqual([]);
    expect([...d.operatorTypes].sort()).toEqual([...r.then].sort());
    if (r.rule) expect(d.matchedRules).toContain(r.rule);
    for (const op of r.not ?? []) expect(d.operatorTypes).not.toContain(op);
  });

  it('Given each new rule, When it applies, Then every operator it adds has a French reason', () => {
    const d = routeProfile(p({ status: 'independant', age: 48, recentlyLostJob: true }));
    expect(d.reasons.cep_actifs_occupes).toMatch(/activité/);
    expect(routeProfile(p({ status: 'demandeur_emploi', age: 25, rsa: true })).reasons.mission_locale).toMatch(/moins de 26 ans/);
    expect(routeProfile(p({ status: 'etudiant', age: 20, leavingStudies: true })).reasons.mission_locale).toMatch(/études/);
  });

  it('Given a student without an age who wants to drop out, When routed, Then the age is asked (the Mission locale depends on it) and the CIO/Onisep is proposed meanwhile', () => {
    const d = routeProfile(p({ status: 'etudiant', leavingStudies: true }));
    expect(d.missing).toEqual(['age']);
    expect(d.operatorTypes).toEqual(['cio_onisep']);
  });
});
