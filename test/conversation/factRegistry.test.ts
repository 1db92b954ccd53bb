// The one fact registry: every fact the routing rules may ask for has its question, with the kind of
// answer expected (phone keypad), and its buttons fill the profile; the summary reads it too.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES_PATH, parseRules } from '../../orientation/routing/routingRules.js';
import { emptyProfile } from '../../orientation/routing/profile.js';
import { FACTS, describeProfile, profileFromChoice, questionFor } from '../../orientation/conversation/factRegistry.js';

describe('fact registry', () => {
  it('has a question with an expected input for every fact the shipped rules ask for', () => {
    const rules = parseRules(JSON.parse(readFileSync(DEFAULT_RULES_PATH, 'utf8')));
    for (const fact of rules.askOrder) {
      const q = questionFor(fact);
      expect(q, fact).toBeDefined();
      expect(q!.expectsAnswer, fact).toBe(true);
      expect(q!.expectedInput, fact).toBeDefined();
    }
  });

  it.each(FACTS.filter((f) => f.question.choices?.length).map((f) => [f.name, f] as const))('every button of « %s » fills the profile', (_name, f) => {
    for (const choice of f.question.choices!) {
      const filled = profileFromChoice(f.name, choice.value);
      expect(filled, `${f.name} ← ${choice.value}`).toBeDefined();
      expect(JSON.stringify(filled)).not.toBe(JSON.stringify(emptyProfile()));
    }
    expect(f.question.expectedInput).toMatch(/^(option|yes_no)$/);
  });

  it('the summary says the facts in the registry order, the wish last', () => {
    const summary = describeProfile({
      ...emptyProfile(),
      status: 'demandeur_emploi',
      cadre: true,
      age: 52,
      place: { communeName: 'Lyon', departement: '69' },
      needs: ['recherche_emploi'],
    });
    expect(summary).toBe("vous êtes demandeur(se) d'emploi, cadre, 52 ans, à Lyon (69), et vous souhaitez trouver un emploi");
  });

  it('a health that limits the work is a job at risk only for someone who has a job', () => {
    const withHealth = { ...emptyProfile(), jobAtRiskForHealth: true };
    expect(describeProfile({ ...withHealth, status: 'salarie_prive' })).toContain('avec un emploi menacé par votre santé');
    expect(describeProfile({ ...withHealth, status: 'agent_public' })).toContain('avec un emploi menacé par votre santé');
    expect(describeProfile({ ...withHealth, status: 'demandeur_emploi' })).toContain('avec une santé qui limite le travail possible');
    expect(describeProfile({ ...withHealth, status: 'demandeur_emploi' })).not.toContain('emploi menacé');
  });

  it('a value that does not fit the fact fills nothing', () => {
    expect(profileFromChoice('rqth', 'peut-être')).toBeUndefined();
    expect(profileFromChoice('status', 'astronaute')).toBeUndefined();
    expect(profileFromChoice('unknown', 'oui')).toBeUndefined();
  });
});
