// A public contract worker whose contract ends (between contracts) gets France Travail next to the public employer;
// a public servant in post, or one whose health puts the job at risk, does not.
import { describe, expect, it } from 'vitest';
import { emptyProfile, type Profile } from '../../orientation/routing/profile.js';
import { routeProfile } from '../../orientation/routing/routeProfile.js';

const p = (facts: Partial<Profile>): Profile => ({ ...emptyProfile(), place: { departement: '51' }, age: 35, ...facts });

describe('A public contract ending (rule alongside.public_contract_ending)', () => {
  it('Given a public contract worker between contracts, When routed, Then the public employer and France Travail, with a French reason', () => {
    const d = routeProfile(p({ status: 'agent_public', betweenContracts: true }));
    expect(d.operatorTypes).toEqual(['employer_public', 'france_travail']);
    expect(d.matchedRules).toContain('alongside.public_contract_ending');
    expect(d.reasons.france_travail).toMatch(/^Votre contrat se termine/);
  });

  it.each<[string, Partial<Profile>]>([
    ['a public servant in post', { status: 'agent_public' }],
    ['a public servant still under contract', { status: 'agent_public', betweenContracts: false }],
    ['a public servant whose health puts the job at risk', { status: 'agent_public', jobAtRiskForHealth: true }],
  ])('Given %s, When routed, Then no France Travail', (_given, facts) => {
    const d = routeProfile(p(facts));
    expect(d.operatorTypes).not.toContain('france_travail');
    expect(d.matchedRules).not.toContain('alongside.public_contract_ending');
  });

  it('Given a private employee between contracts, When routed, Then the private rule applies, not the public one', () => {
    const d = routeProfile(p({ status: 'salarie_prive', betweenContracts: true }));
    expect(d.operatorTypes).toEqual(['cep_actifs_occupes', 'france_travail']);
    expect(d.matchedRules).not.toContain('alongside.public_contract_ending');
  });
});
