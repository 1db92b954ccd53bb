// Statuses, endings and needs told as noun phrases (telegraphic SMS, spoken, formal), in our own words:
// « CDD non renouvelé », « fin de mission », « seize ans d'ancienneté », « changement de métier », « fermeture du
// site ». The extractor reads them as the clauses they stand for; negations and definitions asked stay what they are.
import { describe, expect, it } from 'vitest';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import { profileOf } from './readFirstMessage.js';

describe('A fixed-term contract ending told by its noun', () => {
  it.each([
    'fin de cdd vendredi, je fais quoi',
    'fin de CDD le 30, pas de suite prévue',
    'cdd pas renouvelé',
    'CDD non renouvelé, besoin d’aide svp',
    'mon contrat pas renouvelé, jsp quoi faire',
    'contrat non reconduit fin décembre',
    'contrat terminé depuis lundi',
    'Mon contrat est terminé depuis la semaine dernière et je ne sais pas quoi faire',
    'Suite au non-renouvellement de mon CDD, je souhaiterais être accompagné',
    'non renouvellement de contrat, que faire',
    'CDD arrivé à terme, 28 ans, je veux rebondir',
    'Au terme de mon CDD le 31 janvier, je souhaiterais être accompagnée',
    'À l’issue de mon CDD fin mars, aucune proposition d’embauche',
    'pas de renouvellement de mon cdd, je sais pas quoi faire',
    'ils renouvellent pas mon cdd',
    'ils ne vont pas renouveler mon contrat, fin le 15',
  ])('given a contract ending named without a verb, when read and routed, then an employee between contracts sent to France Travail and the CEP: %s', (text) => {
    const profile = profileOf(text);
    expect(profile.status).toBe('salarie_prive');
    expect(profile.betweenContracts).toBe(true);
    expect(profile.recentlyLostJob).toBe(true);
    const routing = routeProfile(profile);
    expect(routing.operatorTypes).toEqual(expect.arrayContaining(['france_travail', 'cep_actifs_occupes']));
  });

  it.each([
    'le contrat de ma fille n’est pas renouvelé, elle a 22 ans',
    'c’est quoi la prime de fin de contrat ?',
    'mon cdd sera renouvelé en janvier, je voudrais une formation',
  ])('given someone else’s contract, a bonus asked about or a renewal, when read, then no ending of the person’s own: %s', (text) => {
    expect(profileOf(text).betweenContracts).not.toBe(true);
  });
});

describe('A mission or a season over told by its noun', () => {
  it.each([
    'fin de mission hier, plus rien',
    'plus de mission depuis trois semaines',
    'plus de missions depuis septembre, l’agence ne m’appelle plus',
    'mission terminée vendredi, rien derrière',
  ])('given a mission over, when read, then an interim worker between missions: %s', (text) => {
    const profile = profileOf(text);
    expect(profile.status).toBe('interimaire');
    expect(profile.betweenContracts).toBe(true);
  });

  it.each([
    'saison terminée depuis hier, rien de prévu',
    'cet été les abricots puis les pommes, c’est fini depuis lundi et je n’ai plus rien devant moi',
    'j’ai fait la cueillette puis les vendanges, tout est terminé, rien en vue pour la suite',
  ])('given a season over and nothing ahead, when read and routed, then a seasonal worker between contracts: %s', (text) => {
    const profile = profileOf(text);
    expect(profile.status).toBe('saisonnier');
    expect(profile.betweenContracts).toBe(true);
    expect(routeProfile(profile).operatorTypes).toEqual(expect.arrayContaining(['france_travail', 'cep_actifs_occupes']));
  });

  it('given the season still going on, when read, then not between contracts', () => {
    expect(profileOf('je fais les vendanges en ce moment, c’est dur mais ça va').betweenContracts).not.toBe(true);
  });
});

describe('Seniority told as a status', () => {
  it.each([
    'forte de vingt ans d’ancienneté dans une société de nettoyage, je songe à un changement de métier',
    '20 ans d’ancienneté, envie d’autre chose',
    'quinze ans de maison dans la grande distribution, je voudrais me reconvertir',
    'avec douze ans d’ancienneté chez un équipementier, je souhaite évoluer',
    'j’ai 25 ans d’ancienneté dans la même boite et je veux faire autre chose',
    'dans la même entreprise depuis 18 ans, je voudrais changer de voie',
    'ça fait quinze ans que je suis dans la même boîte, j’en peux plus, je veux changer',
    'au sein de la même société depuis 22 ans, je souhaite une reconversion',
  ])('given years of seniority and no status word, when read and routed, then a private employee sent to the CEP: %s', (text) => {
    const profile = profileOf(text);
    expect(profile.status).toBe('salarie_prive');
    expect(profile.age).toBeUndefined();
    expect(routeProfile(profile).operatorTypes).toContain('cep_actifs_occupes');
  });

  it.each([
    'j’avais vingt ans d’ancienneté et j’ai été licencié en mars',
    'après quinze ans de maison j’ai démissionné',
    'mon mari a trente ans d’ancienneté, moi je suis au foyer',
  ])('given seniority that is over or someone else’s, when read, then no employee status: %s', (text) => {
    expect(profileOf(text).status).not.toBe('salarie_prive');
  });
});

describe('Needs named by their noun', () => {
  it.each([
    'je m’interroge sur un changement de métier',
    'changement de voie à 45 ans',
    'projet de changement d’orientation professionnelle',
    'envie d’autre chose après dix ans en cuisine',
    'besoin de changement, je suis vendeuse depuis 12 ans',
    'je réfléchis à un changement complet de carrière',
  ])('given a change of trade named by its noun, when read, then retraining is the need: %s', (text) => {
    expect(profileOf(text).needs).toContain('reconversion');
  });

  it.each([
    ['je souhaite une reprise d’études', 'etudes'],
    ['en recherche de poste depuis janvier', 'recherche_emploi'],
    ['recherche active de travail dans le nettoyage', 'recherche_emploi'],
  ] as const)('given a need named by its noun, when read, then the need: %s', (text, need) => {
    expect(profileOf(text).needs).toContain(need);
  });

  it.each([
    'je ne veux pas de changement de métier, juste une formation',
    'je ne veux pas changer de métier, juste une formation',
    'pas envie d’un changement de voie, je veux une formation dans mon domaine',
  ])('given a change of trade refused, when read, then no retraining: %s', (text) => {
    expect(profileOf(text).needs).not.toContain('reconversion');
  });

  it('given a change of post asked inside the company, when read, then no change of trade is read', () => {
    expect(profileOf('je voudrais un changement de poste dans mon service').needs).not.toContain('reconversion');
  });
});

describe('The employer’s site closing told by its noun', () => {
  it.each([
    'fermeture du site en janvier, 300 salariés dehors dont moi',
    'fermeture définitive de l’usine, je me retrouve sans rien',
    'délocalisation de l’entrepôt au printemps, que faire',
  ])('given a site closing, when read, then an employee losing the job, sent to France Travail: %s', (text) => {
    const profile = profileOf(text);
    expect(profile.status).toBe('salarie_prive');
    expect(profile.recentlyLostJob).toBe(true);
    expect(routeProfile(profile).operatorTypes).toContain('france_travail');
  });

  it('given one’s own shop closing, when read, then no employee status', () => {
    expect(profileOf('fermeture de mon magasin de vêtements, je suis à mon compte depuis 8 ans').status).toBe('independant');
  });
});

describe('A definition asked is no status', () => {
  it.each([
    'c’est quoi une rupture conventionnelle ?',
    'c’est quoi un licenciement économique ?',
    'qu’est-ce qu’une rupture conventionnelle exactement',
  ])('given a definition asked, when read, then no job lost and no status: %s', (text) => {
    const profile = profileOf(text);
    expect(profile.status).toBeUndefined();
    expect(profile.recentlyLostJob).not.toBe(true);
  });

  it('given a definition asked beside a status told, when read, then the status told', () => {
    expect(profileOf('c’est quoi une rupture conventionnelle ? je suis en cdi dans une pme').status).toBe('salarie_prive');
  });
});

describe('A job lost told by its noun or its short form', () => {
  it.each([
    'licenciement eco en septembre, je cherche une formation',
    'licenciée éco, 52 ans, que faire',
    'rupture co signée, je veux me reconvertir',
    'fin de période d’essai, ils m’ont pas gardée',
    'perte d’emploi en octobre, je cherche un accompagnement',
    'suite à la perte de mon travail je voudrais me former',
    'poste supprimé en juin, je voudrais rebondir',
    'suppression de mon poste le mois dernier',
  ])('given a job lost named without a verb, when read and routed, then a job seeker sent to France Travail: %s', (text) => {
    const profile = profileOf(text);
    expect(profile.status).toBe('demandeur_emploi');
    expect(profile.recentlyLostJob).toBe(true);
    expect(routeProfile(profile).operatorTypes).toContain('france_travail');
  });

  it.each([
    'j’ai peur de la perte de mon emploi, je suis en cdi',
    'risque de suppression de mon poste, je suis en cdi dans une pme',
    'mon poste risque d’être supprimé, je suis en cdi',
  ])('given a loss only feared, when read, then still an employee: %s', (text) => {
    expect(profileOf(text).status).toBe('salarie_prive');
  });

  it.each(['plan social dans ma boite, mon poste va sauter', 'PSE en cours, je suis concerné'])('given a layoff plan at the employer, when read and routed, then an employee sent to the CEP: %s', (text) => {
    const profile = profileOf(text);
    expect(profile.status).toBe('salarie_prive');
    expect(routeProfile(profile).operatorTypes).toContain('cep_actifs_occupes');
  });

  it.each(['liquidation judiciaire de mon employeur, je suis sans rien', 'fermeture du dépôt la semaine dernière, 40 salariés dont moi'])(
    'given the employer liquidated or closed, when read and routed, then an employee losing the job, sent to France Travail: %s',
    (text) => {
      const profile = profileOf(text);
      expect(profile.status).toBe('salarie_prive');
      expect(profile.recentlyLostJob).toBe(true);
      expect(routeProfile(profile).operatorTypes).toContain('france_travail');
    },
  );

  it.each(['interim fini depuis lundi', 'plus d’intérim depuis deux mois', 'fin d’intérim vendredi'])('given interim work over, when read, then an interim worker between missions: %s', (text) => {
    const profile = profileOf(text);
    expect(profile.status).toBe('interimaire');
    expect(profile.betweenContracts).toBe(true);
  });
});

describe('Years in a trade and a wish to evolve told by nouns', () => {
  it.each([
    'chauffeur livreur, 15 ans de métier, dos cassé, reconversion obligatoire',
    'aide à domicile, 20 ans de carrière, je suis à bout, changement de métier',
  ])('given years in a trade and no status word, when read, then an employee wishing to retrain: %s', (text) => {
    const profile = profileOf(text);
    expect(profile.status).toBe('salarie_prive');
    expect(profile.needs).toContain('reconversion');
  });

  it('given years in a trade beside a job search, when read, then not an employee', () => {
    expect(profileOf('20 ans de métier dans le bâtiment, je cherche un emploi de chef d’équipe').status).not.toBe('salarie_prive');
  });

  it('given a wish to evolve named by its noun, when read, then the retraining need', () => {
    expect(profileOf('souhait d’évolution après 10 ans comme magasinier').needs).toContain('reconversion');
  });
});

describe('A contract ending named beside a registration', () => {
  it('given the end of a fixed-term contract and a France Travail registration, when read, then a job seeker', () => {
    expect(profileOf('fin de cdd la semaine dernière, inscrite ft, je veux devenir plombière').status).toBe('demandeur_emploi');
  });
});

describe('A contract ending named beside a search, a far date or a past story', () => {
  it('given the end of a fixed-term contract and a job search told, when read, then a job seeker', () => {
    expect(profileOf('fin de cdd avant-hier, je cherche dans la vente, 30 ans').status).toBe('demandeur_emploi');
  });

  it('given a contract that ends in many months, when read, then not between contracts', () => {
    expect(profileOf('Sergent dans la marine, fin de contrat dans deux ans, je prépare ma reconversion').betweenContracts).not.toBe(true);
  });

  it('given a job lost years ago and a contract held today, when read and routed, then an employee sent to the CEP', () => {
    const profile = profileOf('Il y a trois ans, après la perte de mon emploi, j’ai tout recommencé. Aujourd’hui je suis en CDD dans une crèche et je voudrais me former.');
    expect(profile.status).toBe('salarie_prive');
    expect(routeProfile(profile).operatorTypes).toContain('cep_actifs_occupes');
  });

  it('given a contract finished told with its verb and nothing found since, when read, then no employee between contracts', () => {
    const profile = profileOf("j'ai fini mon contrat pro en juin, rien trouvé depuis, 24 ans");
    expect(profile.status).not.toBe('salarie_prive');
    expect(profile.betweenContracts).not.toBe(true);
  });
});
