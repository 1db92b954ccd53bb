// Rule-level tests of routeProfile on the shipped rules file: every operator type and every hard
// case of docs/domain.md §2, as Given/When/Then tables (the dialog-level tables are in test/dialogs/mainDialog.cases.test.ts).
import { describe, expect, it } from 'vitest';
import { OPERATOR_TYPES, type OperatorType } from '../../knowledge/model/operatorType.js';
import { emptyProfile, STATUSES, type Profile, type Status } from '../../orientation/routing/profile.js';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import type { RoutingDecision } from '../../orientation/routing/routingDecision.js';
import { defaultRoutingRules } from '../../orientation/routing/routingRules.js';

const p = (x: Partial<Profile>): Profile => ({ ...emptyProfile(), place: { departement: '69', region: '84' }, ...x });

interface Row {
  given: string;
  profile: Partial<Profile>;
  then: OperatorType[];
  options?: OperatorType[];
  partners?: OperatorType[];
  rule: string;
}

const rows: Row[] = [
  // Job seekers
  { given: 'a 40-year-old job seeker', profile: { status: 'demandeur_emploi', age: 40 }, then: ['france_travail'], rule: 'status.jobseeker' },
  { given: 'a salaried person who has just been dismissed', profile: { status: 'salarie_prive', recentlyLostJob: true, age: 50 }, then: ['france_travail'], rule: 'status.jobseeker' },
  { given: 'a cadre job seeker', profile: { status: 'demandeur_emploi', age: 48, cadre: true }, then: ['france_travail', 'apec'], rule: 'status.jobseeker_cadre' },
  { given: 'an RSA recipient seeking work', profile: { status: 'demandeur_emploi', age: 45, rsa: true }, then: ['france_travail'], rule: 'status.rsa_seeking_work' },
  { given: 'an RSA recipient whose status is unknown but who looks for a job', profile: { rsa: true, needs: ['recherche_emploi'], age: 45 }, then: ['france_travail'], rule: 'status.rsa_seeking_work' },
  { given: 'a 45-year-old job seeker with RQTH', profile: { status: 'demandeur_emploi', age: 45, rqth: 'oui' }, then: ['cap_emploi', 'france_travail'], rule: 'status.jobseeker_rqth' },
  { given: 'a 26-year-old job seeker with RQTH in progress (no longer Mission locale age)', profile: { status: 'demandeur_emploi', age: 26, rqth: 'en_cours' }, then: ['cap_emploi', 'france_travail'], rule: 'status.jobseeker_rqth' },
  { given: 'an inactive 35-year-old', profile: { status: 'inactif', age: 35 }, then: ['france_travail'], rule: 'status.inactive' },
  // Young people
  { given: 'a 19-year-old out of school without a job (France Travail serves every job seeker)', profile: { status: 'demandeur_emploi', age: 19 }, then: ['mission_locale', 'france_travail'], rule: 'alongside.young_jobseeker_france_travail' },
  { given: 'a 17-year-old out of school without a job (under 18: Mission locale only)', profile: { status: 'demandeur_emploi', age: 17 }, then: ['mission_locale'], rule: 'status.young' },
  { given: 'an 18-year-old out of school (lower bound of France Travail next to the Mission locale)', profile: { status: 'inactif', age: 18 }, then: ['mission_locale', 'france_travail'], rule: 'alongside.young_jobseeker_france_travail' },
  { given: 'a 25-year-old inactive (upper bound)', profile: { status: 'inactif', age: 25 }, then: ['mission_locale', 'france_travail'], rule: 'status.young' },
  { given: 'an age band 16-25 instead of an age', profile: { status: 'demandeur_emploi', ageBand: '16_25' }, then: ['mission_locale'], rule: 'status.young' },
  { given: 'a 22-year-old with RQTH', profile: { status: 'demandeur_emploi', age: 22, rqth: 'oui' }, then: ['mission_locale', 'cap_emploi', 'france_travail'], options: ['mission_locale', 'cap_emploi'], rule: 'status.young_rqth' },
  { given: 'a 24-year-old with a master seeking a first job', profile: { status: 'demandeur_emploi', age: 24, diplomaLevel: 7 }, then: ['apec', 'mission_locale', 'france_travail'], options: ['apec', 'mission_locale'], rule: 'status.young_graduate' },
  { given: 'a 27-year-old job seeker with a master (young graduate, past Mission locale age)', profile: { status: 'demandeur_emploi', age: 27, diplomaLevel: 7 }, then: ['france_travail', 'apec'], rule: 'status.jobseeker_young_graduate' },
  { given: 'a 45-year-old job seeker with a master, not a cadre', profile: { status: 'demandeur_emploi', age: 45, diplomaLevel: 7 }, then: ['france_travail'], rule: 'status.jobseeker' },
  { given: 'a 15-year-old who left school', profile: { status: 'inactif', age: 15 }, then: ['cio_onisep'], rule: 'status.under_16' },
  // In work
  { given: 'a private-sector employee', profile: { status: 'salarie_prive', age: 41 }, then: ['cep_actifs_occupes'], rule: 'status.employee' },
  { given: 'a young employee (Mission locale offered next to the regional CEP operator)', profile: { status: 'salarie_prive', age: 22 }, then: ['cep_actifs_occupes', 'mission_locale'], rule: 'status.employee' },
  { given: 'a public servant whose job is at risk for health reasons (employer first, Cap emploi second)', profile: { status: 'agent_public', jobAtRiskForHealth: true, rqth: 'oui' }, then: ['employer_public', 'cap_emploi'], rule: 'status.public_servant_health' },
  { given: 'a public servant with an RQTH in progress and no job at risk', profile: { status: 'agent_public', rqth: 'en_cours', age: 50 }, then: ['employer_public', 'cap_emploi'], rule: 'status.public_servant_health' },
  { given: 'a job seeker who describes a health condition (RQTH asked, not assumed)', profile: { status: 'demandeur_emploi', age: 40, barriers: ['sante'], rqth: 'en_cours' }, then: ['cap_emploi', 'france_travail'], rule: 'status.jobseeker_rqth' },
  { given: 'an employed cadre', profile: { status: 'salarie_prive', cadre: true, age: 39 }, then: ['apec', 'cep_actifs_occupes'], options: ['apec', 'cep_actifs_occupes'], rule: 'status.employee_cadre' },
  { given: 'a self-employed artisan', profile: { status: 'independant', age: 47 }, then: ['cep_actifs_occupes'], rule: 'status.self_employed' },
  { given: 'an interim worker during a mission', profile: { status: 'interimaire', betweenContracts: false, age: 31 }, then: ['cep_actifs_occupes'], rule: 'status.interim_seasonal_in_contract' },
  { given: 'an interim worker between two missions', profile: { status: 'interimaire', betweenContracts: true, age: 28 }, then: ['france_travail', 'cep_actifs_occupes'], rule: 'alongside.between_contracts' },
  { given: 'a seasonal worker during the season', profile: { status: 'saisonnier', betweenContracts: false, age: 26 }, then: ['cep_actifs_occupes'], rule: 'status.interim_seasonal_in_contract' },
  { given: 'a 24-year-old seasonal worker between seasons (16-25 not in work)', profile: { status: 'saisonnier', betweenContracts: true, age: 24 }, then: ['mission_locale', 'france_travail', 'cep_actifs_occupes'], rule: 'status.young' },
  { given: 'a seasonal worker between seasons', profile: { status: 'saisonnier', betweenContracts: true, age: 33 }, then: ['france_travail', 'cep_actifs_occupes'], rule: 'status.interim_seasonal_between_contracts' },
  { given: 'an interim worker between missions whose health puts the job at risk', profile: { status: 'interimaire', betweenContracts: true, jobAtRiskForHealth: true, age: 37 }, then: ['cap_emploi', 'france_travail', 'cep_actifs_occupes'], rule: 'alongside.between_contracts' },
  { given: 'an employee whose fixed-term contract ends soon (France Travail next to the regional CEP operator)', profile: { status: 'salarie_prive', recentlyLostJob: true, betweenContracts: true, age: 34 }, then: ['france_travail', 'cep_actifs_occupes'], rule: 'status.jobseeker' },
  { given: 'a pluri-active employee and micro-entrepreneur', profile: { status: 'salarie_prive', pluriActive: true, age: 37 }, then: ['cep_actifs_occupes'], rule: 'status.pluriactive' },
  { given: 'a pluri-active public servant with a private activity', profile: { status: 'agent_public', pluriActive: true, age: 44 }, then: ['employer_public', 'cep_actifs_occupes'], options: ['employer_public', 'cep_actifs_occupes'], rule: 'status.public_servant_pluriactive' },
  { given: 'an employee whose job is at risk for health reasons (still an employee: the regional CEP operator too)', profile: { status: 'salarie_prive', jobAtRiskForHealth: true, age: 52 }, then: ['cap_emploi', 'cep_actifs_occupes'], rule: 'status.health_job_at_risk' },
  { given: 'an employee with an RQTH whose job is not at risk', profile: { status: 'salarie_prive', rqth: 'oui', age: 44 }, then: ['cap_emploi', 'cep_actifs_occupes'], rule: 'status.health_job_at_risk' },
  { given: 'a self-employed person with an RQTH request in progress', profile: { status: 'independant', rqth: 'en_cours', age: 47 }, then: ['cap_emploi', 'cep_actifs_occupes'], rule: 'status.health_job_at_risk' },
  { given: 'a cadre whose job is at risk for health reasons', profile: { status: 'salarie_prive', cadre: true, jobAtRiskForHealth: true, age: 52 }, then: ['cap_emploi', 'apec', 'cep_actifs_occupes'], rule: 'status.health_job_at_risk_cadre' },
  { given: 'an engineer (likely cadre) whose job is at risk for health reasons', profile: { status: 'salarie_prive', cadreLikely: true, jobAtRiskForHealth: true, age: 46 }, then: ['cap_emploi', 'apec', 'cep_actifs_occupes'], rule: 'status.health_job_at_risk_cadre' },
  // Public sector, education, retirees
  { given: 'a civil servant', profile: { status: 'agent_public', age: 46 }, then: ['employer_public'], rule: 'status.public_servant' },
  { given: 'a pupil', profile: { status: 'eleve', age: 17 }, then: ['cio_onisep'], rule: 'status.pupil' },
  { given: 'a pupil whose age is unknown (age does not matter)', profile: { status: 'eleve' }, then: ['cio_onisep'], rule: 'status.pupil' },
  { given: 'a student', profile: { status: 'etudiant', age: 20 }, then: ['cio_onisep'], rule: 'status.student' },
  { given: 'a graduating engineering student looking for a first cadre job', profile: { status: 'etudiant', age: 23, diplomaLevel: 7, needs: ['recherche_emploi'] }, then: ['apec'], rule: 'status.student_graduate_job' },
  { given: 'a retiree wanting to work again', profile: { status: 'retraite', age: 64 }, then: ['france_travail'], rule: 'status.retiree' },
  // Alongside and partners
  { given: 'an employee asking for a PTP (ex-CIF)', profile: { status: 'salarie_prive', age: 38, schemesMentioned: ['ptp'] }, then: ['cep_actifs_occupes', 'transitions_pro'], rule: 'alongside.transitions_pro' },
  { given: 'an employee considering démission-reconversion to create a business', profile: { status: 'salarie_prive', age: 35, schemesMentioned: ['demission_reconversion'], needs: ['creation_entreprise'] }, then: ['cep_actifs_occupes', 'transitions_pro'], partners: ['creation_entreprise'], rule: 'alongside.transitions_pro' },
  { given: 'an employed cadre whose company offers Transitions collectives', profile: { status: 'salarie_prive', cadre: true, age: 58, schemesMentioned: ['transitions_collectives'] }, then: ['apec', 'cep_actifs_occupes', 'transitions_pro'], options: ['apec', 'cep_actifs_occupes'], rule: 'alongside.transitions_pro' },
  { given: 'a job seeker asking for a CIF (not open to job seekers)', profile: { status: 'demandeur_emploi', age: 36, schemesMentioned: ['ptp'] }, then: ['france_travail'], rule: 'alongside.ptp_not_open' },
  { given: 'a job seeker creating a business', profile: { status: 'demandeur_emploi', age: 44, needs: ['creation_entreprise'] }, then: ['france_travail'], partners: ['creation_entreprise'], rule: 'partner.business_creation' },
  { given: 'a woman returning after a long parental leave', profile: { status: 'inactif', age: 39, womanSpecificBarrier: true }, then: ['france_travail'], partners: ['cidff'], rule: 'partner.cidff' },
  // Emergencies and out of scope
  { given: 'no housing tonight and just dismissed', profile: { status: 'demandeur_emploi', age: 45, emergencies: ['sans_logement'] }, then: ['social_emergency', 'france_travail'], rule: 'emergency.housing' },
  { given: 'violence, at home with children', profile: { status: 'inactif', age: 34, emergencies: ['violence'], womanSpecificBarrier: true }, then: ['social_emergency', 'france_travail'], partners: ['cidff'], rule: 'emergency.violence' },
  { given: 'hunger', profile: { status: 'demandeur_emploi', age: 29, emergencies: ['faim'] }, then: ['social_emergency', 'france_travail'], rule: 'emergency.hunger' },
  { given: 'distress', profile: { status: 'salarie_prive', age: 50, emergencies: ['detresse'] }, then: ['social_emergency', 'cep_actifs_occupes'], rule: 'emergency.distress' },
  { given: 'a dispute with the employer only', profile: { outOfScope: ['litige_employeur'] }, then: ['out_of_scope'], rule: 'out_of_scope.employer_dispute' },
  { given: 'a question on the amount of a benefit only', profile: { outOfScope: ['montant_allocation'] }, then: ['out_of_scope'], rule: 'out_of_scope.benefit_amount' },
  { given: "an employer's own training needs", profile: { outOfScope: ['besoin_formation_employeur'] }, then: ['out_of_scope'], rule: 'out_of_scope.employer_training' },
  { given: 'a dispute with the employer and a retraining wish', profile: { status: 'salarie_prive', age: 43, outOfScope: ['litige_employeur'], needs: ['reconversion'] }, then: ['out_of_scope', 'cep_actifs_occupes'], rule: 'out_of_scope.employer_dispute' },
  // Territory does not change the operator type: overseas, Corsica, arrondissements
  { given: 'a job seeker in Mayotte', profile: { status: 'demandeur_emploi', age: 38, place: { departement: '976', region: '06' } }, then: ['france_travail'], rule: 'status.jobseeker' },
  { given: 'a 21-year-old in La Réunion', profile: { status: 'demandeur_emploi', age: 21, place: { communeInsee: '97411', departement: '974' } }, then: ['mission_locale', 'france_travail'], rule: 'status.young' },
  { given: 'an employee in Haute-Corse', profile: { status: 'salarie_prive', age: 36, place: { departement: '2B' } }, then: ['cep_actifs_occupes'], rule: 'status.employee' },
  { given: 'a civil servant in Paris 11e given by postcode only', profile: { status: 'agent_public', age: 29, place: { postcode: '75011' } }, then: ['employer_public'], rule: 'status.public_servant' },
];

function check(d: RoutingDecision, row: Row) {
  expect(d.operatorTypes).toEqual(row.then);
  expect(d.partners).toEqual(row.partners ?? []);
  expect(d.needsChoice).toBe(!!row.options);
  if (row.options) expect(d.options).toEqual(row.options);
  else expect(d.options).toBeUndefined();
  expect(d.matchedRules).toContain(row.rule);
  expect(d.missing).toEqual([]);
  expect(d.problems).toBeUndefined();
  for (const t of [...d.operatorTypes, ...d.partners]) expect(d.reasons[t], `reason for ${t}`).toMatch(/^[A-ZÀ-Ý].{20,}/);
}

describe('routeProfile — who serves whom (docs/domain.md §2)', () => {
  it.each(rows.map((r) => [r.given, r] as const))('Given %s, When routed, Then the expected operators with a French reason each', (_g, row) => {
    check(routeProfile(p(row.profile)), row);
  });

  it('covers every operator type of the map at least once', () => {
    const seen = new Set(rows.flatMap((r) => [...r.then, ...(r.partners ?? [])]));
    expect(OPERATOR_TYPES.filter((t) => !seen.has(t))).toEqual([]);
  });

  it('Given a social emergency, Then it is said first, before any career routing', () => {
    const d = routeProfile(p({ status: 'salarie_prive', cadre: true, age: 40, emergencies: ['violence', 'sans_logement'] }));
    expect(d.operatorTypes[0]).toBe('social_emergency');
    expect(d.reasons.social_emergency).toMatch(/115/);
    expect(d.reasons.social_emergency).toMatch(/3919/);
  });

  it('Given an interim worker between missions, Then a note says why France Travail', () => {
    const d = routeProfile(p({ status: 'interimaire', betweenContracts: true, age: 28 }));
    expect(d.notes?.join(' ')).toMatch(/Entre deux missions/);
  });

  it('Given a job seeker asking for a CIF, Then a note says kindly the PTP is for private-sector employees', () => {
    const d = routeProfile(p({ status: 'demandeur_emploi', age: 36, schemesMentioned: ['ptp'] }));
    expect(d.notes?.join(' ')).toMatch(/réservé aux salariés du privé/);
  });

  it('Given the out-of-scope reasons, Then they name who handles it and give no legal advice', () => {
    expect(routeProfile(p({ outOfScope: ['litige_employeur'] })).reasons.out_of_scope).toMatch(/inspection du travail.*avocat/);
    expect(routeProfile(p({ outOfScope: ['montant_allocation'] })).reasons.out_of_scope).toMatch(/organisme qui la verse/);
    expect(routeProfile(p({ outOfScope: ['besoin_formation_employeur'] })).reasons.out_of_scope).toMatch(/OPCO/);
  });

  it('carries the rules version', () => {
    expect(routeProfile(p({ status: 'eleve' })).rulesVersion).toBe(defaultRoutingRules().version);
  });
});

describe('routeProfile — ask only what changes the outcome', () => {
  const table: Array<[string, Partial<Profile>, string[]]> = [
    ['nothing known', { place: undefined }, ['status', 'place']],
    ['a job seeker without age (16-25 would change it)', { status: 'demandeur_emploi' }, ['age']],
    ['an employee without age (age changes nothing)', { status: 'salarie_prive' }, []],
    ['a civil servant without age', { status: 'agent_public' }, []],
    ['a pupil without age or place', { status: 'eleve', place: undefined }, ['place']],
    ['an interim worker (in mission or between two?)', { status: 'interimaire', age: 40 }, ['betweenContracts']],
    ['a seasonal worker', { status: 'saisonnier', age: 40 }, ['betweenContracts']],
    ['a job seeker aged 40 without place', { status: 'demandeur_emploi', age: 40, place: undefined }, ['place']],
    ['a pure out-of-scope question', { outOfScope: ['montant_allocation'], place: undefined }, []],
    ['an emergency alone', { emergencies: ['sans_logement'], place: undefined }, ['status', 'place']],
    ['an RQTH without status', { rqth: 'oui', age: 30 }, ['status']],
  ];
  it.each(table)('Given %s, When routed, Then missing = %j', (_g, profile, missing) => {
    expect(routeProfile(p(profile)).missing).toEqual(missing);
  });

  it('Given a job seeker without age, Then France Travail is only provisional (decision not complete)', () => {
    const d = routeProfile(p({ status: 'demandeur_emploi' }));
    expect(d.operatorTypes).toEqual(['france_travail']);
    expect(d.missing).toContain('age');
  });

  it('Given answers one at a time, When re-routed, Then the decision converges without re-asking', () => {
    let profile = p({ place: undefined });
    const asked: string[] = [];
    const answers: Partial<Profile> = { status: 'demandeur_emploi', age: 22, place: { departement: '59' } };
    for (let i = 0; i < 5; i++) {
      const d = routeProfile(profile);
      if (d.missing.length === 0) break;
      const fact = d.missing[0] as keyof Profile;
      asked.push(fact);
      profile = { ...profile, [fact]: answers[fact] };
    }
    expect(asked).toEqual(['status', 'age', 'place']);
    expect(routeProfile(profile).operatorTypes).toEqual(['mission_locale', 'france_travail']);
  });
});

describe('routeProfile — bad input is never routed as certain', () => {
  it.each([4, 140, -3, 12])('Given an age of %i, Then the age is a problem, asked again, and the decision is not complete', (age) => {
    const d = routeProfile(p({ status: 'demandeur_emploi', age }));
    expect(d.problems?.[0]).toMatchObject({ fact: 'age', code: 'age_implausible' });
    expect(d.problems?.[0].message).toMatch(/Je n'ai pas bien compris votre âge/);
    expect(d.missing).toContain('age');
  });

  it('Given an implausible age, Then no age-based rule fires (no Mission locale for a 4-year-old)', () => {
    const d = routeProfile(p({ status: 'inactif', age: 4 }));
    expect(d.matchedRules).not.toContain('status.under_16');
    expect(d.operatorTypes).not.toContain('cio_onisep');
  });

  it('Given an unknown postcode, Then the place is a problem and asked again', () => {
    const d = routeProfile(p({ status: 'salarie_prive', age: 35, place: { postcode: '99999' } }));
    expect(d.problems).toEqual([{ fact: 'place', code: 'postcode_unknown', message: expect.stringMatching(/Je ne trouve pas le code postal 99999/) }]);
    expect(d.missing).toEqual(['place']);
  });

  it('Given a valid postcode only, Then the place counts as known', () => {
    expect(routeProfile(p({ status: 'salarie_prive', age: 35, place: { postcode: '35000' } })).missing).toEqual([]);
  });
});

describe("routeProfile — an employer's training needs", () => {
  it('Given an HR manager asking to train the staff (need "formation" extracted too), Then the OPCO only, nothing asked', () => {
    const d = routeProfile(p({ status: 'salarie_prive', outOfScope: ['besoin_formation_employeur'], needs: ['formation'], place: undefined }));
    expect(d.operatorTypes).toEqual(['out_of_scope']);
    expect(d.missing).toEqual([]);
    expect(d.matchedRules).toContain('out_of_scope.employer_training_only');
  });
  it('Given the same question plus a personal retraining wish, Then the career routing too', () => {
    const d = routeProfile(p({ status: 'salarie_prive', age: 40, outOfScope: ['besoin_formation_employeur'], needs: ['formation', 'reconversion'] }));
    expect(d.operatorTypes).toEqual(['out_of_scope', 'cep_actifs_occupes']);
  });
});

describe('routeProfile — doubtful places', () => {
  it('Given a département that does not exist, Then a place problem and the place asked again', () => {
    const d = routeProfile(p({ status: 'salarie_prive', age: 35, place: { departement: '99' } }));
    expect(d.problems).toEqual([{ fact: 'place', code: 'place_unknown', message: expect.stringMatching(/Je ne connais pas le département « 99 »/) }]);
    expect(d.missing).toEqual(['place']);
  });
  it('Given a postcode whose communes are in one département, Then the place is known (département level)', () => {
    const d = routeProfile(p({ status: 'salarie_prive', age: 35, place: { postcode: '10110' } }));
    expect(d.missing).toEqual([]);
    expect(d.problems).toBeUndefined();
  });
});

describe('routeProfile — a postcode across two départements', () => {
  it('Given 13780 (Bouches-du-Rhône and Var), Then the person is asked which commune', () => {
    const d = routeProfile(p({ status: 'salarie_prive', age: 35, place: { postcode: '13780' } }));
    expect(d.problems?.[0]).toMatchObject({ fact: 'place', code: 'place_ambiguous' });
    expect(d.problems?.[0].message).toMatch(/^Le code postal 13780 correspond à plusieurs communes/);
    expect(d.missing).toEqual(['place']);
  });
});

describe('Facts asked instead of assumed (askWhen)', () => {
  it('Given a job seeker who describes a health condition without saying whether an RQTH exists, Then the RQTH is asked', () => {
    const d = routeProfile({ ...emptyProfile(), status: 'demandeur_emploi', age: 40, barriers: ['sante'], place: { departement: '69' } });
    expect(d.missing).toEqual(['rqth']);
  });
  it('Given a job seeker with no health condition, Then no RQTH question (assumed no)', () => {
    const d = routeProfile({ ...emptyProfile(), status: 'demandeur_emploi', age: 40, place: { departement: '69' } });
    expect(d.missing).toEqual([]);
    expect(d.operatorTypes).toEqual(['france_travail']);
  });
  it('Given an employee with a health condition, Then whether the job is at risk is asked', () => {
    const d = routeProfile({ ...emptyProfile(), status: 'salarie_prive', age: 40, barriers: ['sante'], place: { departement: '69' } });
    expect(d.missing).toEqual(['jobAtRiskForHealth']);
  });
});

describe('Several operators may fit: the options the rules offer (docs/domain.md §2, rules 1.5.0)', () => {
  it.each([
    [16, ['mission_locale']],
    [17, ['mission_locale']],
    [18, ['mission_locale', 'france_travail']],
    [21, ['mission_locale', 'france_travail']],
    [25, ['mission_locale', 'france_travail']],
    [26, ['france_travail']],
  ] as const)('Given a job seeker aged %i out of school, When routed, Then %j', (age, expected) => {
    expect(routeProfile(p({ status: 'demandeur_emploi', age })).operatorTypes).toEqual(expected);
  });

  it('Given a 20-year-old with an RQTH, Then the Mission locale or Cap emploi to choose from, and France Travail next to them (rules 1.6.0)', () => {
    const d = routeProfile(p({ status: 'demandeur_emploi', age: 20, rqth: 'oui' }));
    expect(d.operatorTypes).toEqual(['mission_locale', 'cap_emploi', 'france_travail']);
    expect(d.options).toEqual(['mission_locale', 'cap_emploi']);
  });

  it('Given a 22-year-old who has just been dismissed, Then the Mission locale and France Travail, each with its reason', () => {
    const d = routeProfile(p({ status: 'salarie_prive', recentlyLostJob: true, age: 22 }));
    expect(d.operatorTypes).toEqual(['mission_locale', 'france_travail']);
    expect(d.reasons.france_travail).toMatch(/tous les demandeurs d'emploi/);
  });

  it('Given a seasonal worker whose contract has just ended, Then France Travail and the regional CEP operator, and only the season question is asked', () => {
    const d = routeProfile(p({ status: 'saisonnier', recentlyLostJob: true, age: 41 }));
    expect(d.operatorTypes).toEqual(expect.arrayContaining(['france_travail', 'cep_actifs_occupes']));
    expect(d.missing).toEqual(['betweenContracts']);
  });

  it('Given an interim worker between missions, Then the note says France Travail now and the CEP operator for the career', () => {
    const d = routeProfile(p({ status: 'interimaire', betweenContracts: true, age: 45 }));
    expect(d.notes?.join(' ')).toMatch(/France Travail.*conseil en évolution professionnelle/);
    expect(d.reasons.cep_actifs_occupes).toMatch(/Intérimaire ou saisonnier/);
  });

  it('Given a public servant whose health puts the job at risk, Then the employer first and Cap emploi second, the reasons say the order', () => {
    const d = routeProfile(p({ status: 'agent_public', jobAtRiskForHealth: true, age: 43 }));
    expect(d.operatorTypes).toEqual(['employer_public', 'cap_emploi']);
    expect(d.needsChoice).toBe(false);
    expect(d.reasons.employer_public).toMatch(/^D'abord votre employeur public/);
    expect(d.reasons.cap_emploi).toMatch(/^Ensuite Cap emploi/);
  });

  it('Given a public servant who describes a health condition, Then whether the job is at risk is asked (it changes the answer)', () => {
    const d = routeProfile(p({ status: 'agent_public', barriers: ['sante'], age: 43 }));
    expect(d.missing).toEqual(['jobAtRiskForHealth']);
  });

  it('Given a young contract worker in a public school, Then the employer and the Mission locale', () => {
    expect(routeProfile(p({ status: 'agent_public', age: 23 })).operatorTypes).toEqual(['employer_public', 'mission_locale']);
  });
});

describe('A job title that usually means cadre status (cadreLikely)', () => {
  it('Given an employed engineer who never says « cadre », Then APEC or the regional CEP operator, and the reason says why APEC', () => {
    const d = routeProfile(p({ status: 'salarie_prive', cadreLikely: true, age: 38 }));
    expect(d.operatorTypes).toEqual(['apec', 'cep_actifs_occupes']);
    expect(d.options).toEqual(['apec', 'cep_actifs_occupes']);
    expect(d.matchedRules).toContain('status.employee_cadre_likely');
    expect(d.reasons.apec).toMatch(/relève en général du statut cadre/);
  });

  it('Given a former head of department now job seeking, Then France Travail and APEC together', () => {
    const d = routeProfile(p({ status: 'demandeur_emploi', cadreLikely: true, age: 52 }));
    expect(d.operatorTypes).toEqual(['france_travail', 'apec']);
    expect(d.needsChoice).toBe(false);
    expect(d.matchedRules).toContain('status.jobseeker_cadre_likely');
  });

  it('Given a person who says they are not cadre, Then the job title does not bring APEC', () => {
    expect(routeProfile(p({ status: 'salarie_prive', cadreLikely: true, cadre: false, age: 38 })).operatorTypes).toEqual(['cep_actifs_occupes']);
    expect(routeProfile(p({ status: 'demandeur_emploi', cadreLikely: true, cadre: false, age: 52 })).operatorTypes).toEqual(['france_travail']);
  });

  it('Given a 23-year-old junior engineer in work, Then APEC or the CEP operator, and the Mission locale alongside', () => {
    const d = routeProfile(p({ status: 'salarie_prive', cadreLikely: true, age: 23 }));
    expect(d.operatorTypes).toEqual(['apec', 'cep_actifs_occupes', 'mission_locale']);
    expect(d.options).toEqual(['apec', 'cep_actifs_occupes']);
  });

  it('Given a 24-year-old job seeker whose last job was an engineer, Then APEC or the Mission locale, and France Travail', () => {
    const d = routeProfile(p({ status: 'demandeur_emploi', cadreLikely: true, age: 24 }));
    expect(d.operatorTypes).toEqual(['apec', 'mission_locale', 'france_travail']);
    expect(d.options).toEqual(['apec', 'mission_locale']);
  });

  it('Given no job-title hint, Then nothing is asked about it (assumed no)', () => {
    const d = routeProfile(p({ status: 'salarie_prive', age: 38 }));
    expect(d.missing).toEqual([]);
    expect(d.operatorTypes).toEqual(['cep_actifs_occupes']);
  });
});

describe('Emergencies keep the career routing of every status', () => {
  const ageFor: Record<Status, number> = {
    salarie_prive: 40, agent_public: 40, demandeur_emploi: 40, independant: 40, interimaire: 40, saisonnier: 40, etudiant: 21, eleve: 16, inactif: 40, retraite: 66,
  };
  it.each(STATUSES.map((s) => [s] as const))('Given %s who loses their housing tonight, Then the 115 first and the operator of their status after it', (status) => {
    const profile: Partial<Profile> = { status, age: ageFor[status], emergencies: ['sans_logement'] };
    if (status === 'interimaire' || status === 'saisonnier') profile.betweenContracts = true;
    const d = routeProfile(p(profile));
    const career = routeProfile(p({ ...profile, emergencies: [] }));
    expect(d.operatorTypes[0]).toBe('social_emergency');
    expect(career.operatorTypes.length).toBeGreaterThan(0);
    expect(d.operatorTypes.slice(1)).toEqual(career.operatorTypes);
    expect(d.missing).toEqual([]);
  });

  it('Given a public servant losing their housing, Then the 115 and the employer', () => {
    expect(routeProfile(p({ status: 'agent_public', age: 39, emergencies: ['sans_logement'] })).operatorTypes).toEqual(['social_emergency', 'employer_public']);
  });
});

describe('Out of scope together with a career question', () => {
  it('Given a cadre asking about a severance amount and who can help him bounce back, Then out of scope, and APEC or the CEP operator', () => {
    const d = routeProfile(p({ status: 'salarie_prive', cadre: true, age: 50, outOfScope: ['litige_employeur'], needs: ['reconversion'] }));
    expect(d.operatorTypes).toEqual(['out_of_scope', 'apec', 'cep_actifs_occupes']);
    expect(d.options).toEqual(['apec', 'cep_actifs_occupes']);
  });

  it('Given a young job seeker asking the amount of a benefit and looking for work, Then out of scope, the Mission locale and France Travail', () => {
    const d = routeProfile(p({ status: 'demandeur_emploi', age: 22, outOfScope: ['montant_allocation'], needs: ['recherche_emploi'] }));
    expect(d.operatorTypes).toEqual(['out_of_scope', 'mission_locale', 'france_travail']);
  });

  it('Given the same questions without any career need, Then out of scope only, nothing asked', () => {
    const d = routeProfile(p({ status: 'salarie_prive', cadre: true, age: 50, outOfScope: ['litige_employeur'] }));
    expect(d.operatorTypes).toEqual(['out_of_scope']);
    expect(d.missing).toEqual([]);
  });
});

describe('Rules 1.6.0: every operator that fits for RQTH job seekers, health between contracts, bac without a place, PTP for cadres (docs/domain.md §2)', () => {
  it.each<[string, Partial<Profile>, OperatorType[]]>([
    ['a 44-year-old who lost his job with an RQTH', { status: 'demandeur_emploi', recentlyLostJob: true, age: 44, rqth: 'oui' }, ['cap_emploi', 'france_travail']],
    ['a 57-year-old job seeker with an RQTH who wants a training', { status: 'demandeur_emploi', age: 57, rqth: 'oui', needs: ['formation'] }, ['cap_emploi', 'france_travail']],
    ['a 17-year-old out of school with an RQTH request in progress', { status: 'demandeur_emploi', age: 17, rqth: 'en_cours' }, ['mission_locale', 'cap_emploi', 'france_travail']],
    ['an RSA recipient with an RQTH', { status: 'demandeur_emploi', rsa: true, age: 42, rqth: 'oui' }, ['cap_emploi', 'france_travail']],
    ['an RSA recipient with an RQTH in progress who does not work', { status: 'inactif', rsa: true, age: 50, rqth: 'en_cours' }, ['cap_emploi', 'france_travail']],
    ['a seasonal worker between seasons with an RQTH', { status: 'saisonnier', betweenContracts: true, age: 33, rqth: 'oui' }, ['cap_emploi', 'france_travail', 'cep_actifs_occupes']],
    ['an interim worker with an RQTH during a mission', { status: 'interimaire', betweenContracts: false, age: 39, rqth: 'oui' }, ['cap_emploi', 'cep_actifs_occupes']],
  ])('Given %s, When routed, Then %j, each with a French reason', (_g, profile, expected) => {
    const d = routeProfile(p(profile));
    expect(d.operatorTypes).toEqual(expected);
    expect(d.missing).toEqual([]);
    for (const t of d.operatorTypes) expect(d.reasons[t], `reason for ${t}`).toMatch(/^[A-ZÀ-Ý].{20,}/);
  });

  it('Given an RQTH job seeker, Then the France Travail line says it serves every job seeker and Cap emploi is in its network', () => {
    const d = routeProfile(p({ status: 'demandeur_emploi', age: 35, rqth: 'en_cours' }));
    expect(d.matchedRules).toEqual(['status.jobseeker_rqth', 'alongside.jobseeker_rqth_france_travail']);
    expect(d.reasons.france_travail).toMatch(/tous les demandeurs d'emploi.*Cap emploi fait partie de son réseau/);
  });

  it('Given an RSA recipient who describes a health condition without saying whether an RQTH exists, Then France Travail and the RQTH is asked', () => {
    const d = routeProfile(p({ status: 'demandeur_emploi', rsa: true, age: 45, barriers: ['sante'] }));
    expect(d.operatorTypes).toEqual(['france_travail']);
    expect(d.missing).toEqual(['rqth']);
  });

  it('Given an RSA recipient with no health condition, Then France Travail without any RQTH question', () => {
    const d = routeProfile(p({ status: 'demandeur_emploi', rsa: true, age: 45 }));
    expect(d.matchedRules).toEqual(['status.rsa_seeking_work']);
    expect(d.missing).toEqual([]);
  });

  it('Given an interim worker with an RQTH who has not said whether a mission is running, Then Cap emploi and the CEP operator, and the between-missions question is asked', () => {
    const d = routeProfile(p({ status: 'interimaire', age: 39, rqth: 'oui' }));
    expect(d.operatorTypes).toEqual(['cap_emploi', 'cep_actifs_occupes']);
    expect(d.missing).toEqual(['betweenContracts']);
  });

  it('Given an interim worker between missions with an RQTH, Then the between-missions note and the interim reason of the CEP operator are kept', () => {
    const d = routeProfile(p({ status: 'interimaire', betweenContracts: true, age: 39, rqth: 'oui' }));
    expect(d.notes?.join(' ')).toMatch(/Entre deux missions/);
    expect(d.reasons.cep_actifs_occupes).toMatch(/Intérimaire ou saisonnier/);
  });

  it.each([
    ['understood as a pupil', 'eleve', ['cio_onisep', 'mission_locale']],
    ['understood as doing nothing', 'inactif', ['mission_locale', 'france_travail', 'cio_onisep']],
    ['understood as a job seeker', 'demandeur_emploi', ['mission_locale', 'france_travail', 'cio_onisep']],
  ] as const)('Given an 18-year-old with the bac, enrolled nowhere and wanting to study, %s, Then the Mission locale and the CIO/Onisep', (_g, status, expected) => {
    const d = routeProfile(p({ status, age: 18, diplomaLevel: 4, needs: ['etudes'] }));
    expect(d.operatorTypes).toEqual(expected);
    expect(d.matchedRules).toContain('alongside.young_bac_no_place');
    expect(d.missing).toEqual([]);
  });

  it.each<[string, Partial<Profile>, OperatorType[]]>([
    ['a 17-year-old pupil choosing studies', { status: 'eleve', age: 17, needs: ['etudes'] }, ['cio_onisep']],
    ['a pupil of unknown diploma', { status: 'eleve', age: 18, needs: ['etudes'] }, ['cio_onisep']],
    ['a 20-year-old with a BTS wanting to study more (a higher diploma than the bac)', { status: 'inactif', age: 20, diplomaLevel: 5, needs: ['etudes'] }, ['mission_locale', 'france_travail']],
    ['a 19-year-old with the bac looking only for work', { status: 'demandeur_emploi', age: 19, diplomaLevel: 4, needs: ['recherche_emploi'] }, ['mission_locale', 'france_travail']],
    ['a 28-year-old with the bac wanting to study', { status: 'demandeur_emploi', age: 28, diplomaLevel: 4, needs: ['etudes'] }, ['france_travail']],
  ])('Given %s, Then no bac-without-a-place line: %j', (_g, profile, expected) => {
    const d = routeProfile(p(profile));
    expect(d.operatorTypes).toEqual(expected);
    expect(d.matchedRules).not.toContain('alongside.young_bac_no_place');
  });

  it.each([
    ['a long paid training for a new trade (PTP)', ['ptp'], ['formation']],
    ['a démission-reconversion', ['demission_reconversion'], ['reconversion']],
  ] as const)('Given an employed cadre who describes %s, When the need is read, Then APEC or the CEP operator, and Transitions Pro next to them', (_g, schemes, needs) => {
    const d = routeProfile(p({ status: 'salarie_prive', cadre: true, age: 46, schemesMentioned: [...schemes], needs: [...needs] }));
    expect(d.operatorTypes).toEqual(['apec', 'cep_actifs_occupes', 'transitions_pro']);
    expect(d.options).toEqual(['apec', 'cep_actifs_occupes']);
    expect(d.reasons.transitions_pro).toMatch(/Transitions Pro/);
  });

  it('Given a non-cadre employee who describes a PTP, Then the CEP operator and Transitions Pro', () => {
    const d = routeProfile(p({ status: 'salarie_prive', cadre: false, age: 41, schemesMentioned: ['ptp'], needs: ['formation'] }));
    expect(d.operatorTypes).toEqual(['cep_actifs_occupes', 'transitions_pro']);
  });
});
