// A job searched for now, with no status told, is read as a job seeker (the summary lets the person
// correct it); an extra job next to studies or work, or a job search by someone in work, is not.
// An employer looking for « un alternant » is hiring, not asking about a work-study course.
import { describe, expect, it } from 'vitest';
import { profileOf } from './readFirstMessage.js';

describe('A plain job search with no status told', () => {
  it.each([
    'je cherche du travail, n importe quoi, je suis pret',
    'bonjour je recherche un emploi dans la vente sur Tours',
    'jcherche du boulot vite svp',
    'je cherche un travaille rapidement',
  ])('given %s, when read, then a job seeker', (text) => {
    expect(profileOf(text).status).toBe('demandeur_emploi');
  });

  it.each([
    ['je cherche un job étudiant pour payer mes études', 'etudiant'],
    ['je cherche du travail à côté de mon CDI pour arrondir les fins de mois', 'salarie_prive'],
    ['je travaille en usine et je cherche un emploi moins fatigant', 'salarie_prive'],
  ])('given %s, when read, then the status told wins', (text, status) => {
    expect(profileOf(text).status).toBe(status);
  });

});

describe('An employer hiring « un alternant »', () => {
  it('given a bakery looking for an apprentice, when read, then an employer question (not a course)', () => {
    const profile = profileOf('on cherche un alternant pour notre boulangerie, quelles aides ?');
    expect(profile.outOfScope).toContain('besoin_formation_employeur');
  });
});
