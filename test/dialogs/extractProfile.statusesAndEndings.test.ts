// Statuses and events told in other words: a fixed-term contract or a mission that ends at a date or a day,
// a self-employed person closing to look for a salaried job, studies dropped in the past, a student who
// wants to stop to work, central-state employers and grades, a work-study student. Every sentence here
// is our own, none from an evaluation set.
import { describe, expect, it } from 'vitest';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import { profileOf } from './readFirstMessage.js';

/** Every operator the routing proposes for the first message (decision, options, partners). */
const proposedFor = (text: string) => {
  const decision = routeProfile(profileOf(text));
  return new Set([...decision.operatorTypes, ...(decision.options ?? []), ...decision.partners]);
};

describe('A fixed-term contract or a mission that ends at a date or a day', () => {
  it.each([
    "J'ai 31 ans, mon CDD d'employé de rayon dans une grande surface près de Nantes se termine le 28 et après je ne sais pas",
    'mon contrat à durée déterminée comme agent d’accueil au musée de la ville finit vendredi',
    'Mon CDD de préparateur de commandes a pris fin le 15 octobre, je cherche un poste équivalent.',
    "mon cdd s'est terminé le 30 et je voudrais rebondir dans le commerce",
    'Mon contrat de six mois en tant que magasinier a pris fin vendredi dernier.',
    'mon cdd d’aide cuisinier au restaurant du golf s’arrête samedi',
  ])('Given « %s », Then the employee is between contracts: France Travail next to the CEP operator', (text) => {
    const p = profileOf(text);
    expect(p.status).toBe('salarie_prive');
    expect(p.betweenContracts).toBe(true);
    const proposed = proposedFor(text);
    expect(proposed.has('france_travail')).toBe(true);
    expect(proposed.has('cep_actifs_occupes')).toBe(true);
  });

  it.each([
    'je suis intérimaire, en mission chez un transporteur à Bourges jusqu’à jeudi et après plus rien',
    'jsuis en interim chez un equipementier jusqu a la fin du mois, derriere rien de prevu',
    'intérimaire, ma mission dans l’entrepôt de Lyon s’arrête vendredi et ils ne me gardent pas',
  ])('Given an interim mission ending with nothing after « %s », Then France Travail comes next to the CEP operator', (text) => {
    const proposed = proposedFor(text);
    expect(proposed.has('france_travail')).toBe(true);
    expect(proposed.has('cep_actifs_occupes')).toBe(true);
  });

  it.each([
    "mon CDD se termine le 31 mais il sera renouvelé, je voudrais faire un bilan",
    'je suis en mission chez un constructeur jusqu’à vendredi puis ils me gardent en CDI',
  ])('Given a contract that goes on « %s », Then no job ending is read', (text) => {
    expect(profileOf(text).betweenContracts).not.toBe(true);
  });
});

describe('A self-employed person closing to look for a salaried job', () => {
  it.each([
    'micro entrepreneur dans le jardinage depuis trois ans, ça marche pas, je veux fermer et chercher un emploi salarié',
    'je suis auto-entrepreneuse en couture, je vais arrêter mon activité et retrouver un CDI',
    "Je suis artisan plombier à mon compte, j'envisage une cessation d'activité pour redevenir salarié.",
    'je suis à mon compte comme livreur, je compte fermer ma micro pour trouver un boulot salarié',
    'auto entrepreneur en menuiserie, je voudrais tout arrêter et chercher un CDI',
  ])('Given « %s », Then the activity is being lost: France Travail next to the CEP operator', (text) => {
    const p = profileOf(text);
    expect(p.status).toBe('independant');
    expect(p.recentlyLostJob).toBe(true);
    const proposed = proposedFor(text);
    expect(proposed.has('france_travail')).toBe(true);
    expect(proposed.has('cep_actifs_occupes')).toBe(true);
  });

  it('Given a self-employed person who does not want to close, Then no closing is read', () => {
    expect(profileOf('je suis auto-entrepreneur en plomberie, ça marche bien, je veux me former à la climatisation').recentlyLostJob).not.toBe(true);
  });
});

describe('Studies stopped in the past, nothing since', () => {
  it.each([
    "J'ai 22 ans, j'ai lâché mon BTS l'an dernier et depuis je suis chez ma mère sans rien faire, je voudrais trouver du travail",
    "j'ai 21 ans, arrêté la fac en mars, je fais rien depuis, jveux bosser",
    "20 ans, j'ai abandonné ma licence il y a six mois, je reste chez mes parents et je cherche un emploi",
    "J'ai 24 ans et j'ai quitté mon master en cours d'année, aujourd'hui je cherche du travail.",
  ])('Given « %s », Then no longer a student: the Mission locale and France Travail', (text) => {
    const p = profileOf(text);
    expect(p.status).not.toBe('etudiant');
    expect(p.status).not.toBe('eleve');
    const proposed = proposedFor(text);
    expect(proposed.has('mission_locale')).toBe(true);
    expect(proposed.has('france_travail')).toBe(true);
  });

  it('Given a student who stops next year, Then still a student', () => {
    expect(profileOf("je suis en L2 et je pense arrêter la fac l'an prochain").status).toBe('etudiant');
  });
});

describe('A student who wants to stop to work, no age told', () => {
  it.each([
    'je suis étudiant en première année de licence et je veux arrêter la fac pour bosser',
    'jsuis en bts 1ere annee, jveux tout lacher pr travailler',
  ])('Given « %s », Then the age is asked so that the Mission locale can be offered', (text) => {
    const p = profileOf(text);
    expect(p.leavingStudies).toBe(true);
    expect(routeProfile(p).missing).toContain('age');
    expect(routeProfile({ ...p, age: 20, ageBand: '16_25' }).operatorTypes).toContain('mission_locale');
  });
});

describe('Central-state employers and grades', () => {
  it.each([
    'Attachée d’administration au ministère de la Justice, je voudrais changer de métier',
    'je suis secrétaire administratif dans une préfecture et je pense à une reconversion',
    'Agent à la DDT de la Drôme, j’aimerais évoluer vers un autre poste',
    'je travaille à la DREAL depuis dix ans et je souhaite me reconvertir',
    'Je suis gestionnaire au rectorat de Lille, comment faire un bilan de compétences ?',
    'contrôleur des finances publiques, je voudrais changer de voie',
    'je suis inspecteur des douanes et je veux me former au droit',
    'sous-officier dans l’armée de terre depuis douze ans, je prépare ma reconversion',
    'gendarme depuis 15 ans, je veux me reconvertir dans la sécurité privée',
    'adjointe administrative au ministère de l’Intérieur, envie de changer',
  ])('Given « %s », Then a public servant: the employer’s career advisers', (text) => {
    expect(profileOf(text).status).toBe('agent_public');
    expect(proposedFor(text).has('employer_public')).toBe(true);
  });

  it.each([
    'je suis commercial dans une entreprise qui vend du matériel aux ministères',
    "je suis secrétaire dans un cabinet d'avocats",
  ])('Given a private job near the state « %s », Then no public servant', (text) => {
    expect(profileOf(text).status).not.toBe('agent_public');
  });
});

describe('A work-study student is an employee', () => {
  it.each([
    'je suis en bts en alternance chez un garagiste et je veux changer de voie',
    'jsuis en licence pro en alternance dans une banque, je veux me réorienter',
    "je suis en contrat d'apprentissage en BTS chez un paysagiste",
  ])('Given « %s », Then a private employee (the CEP operator), not a student', (text) => {
    expect(profileOf(text).status).toBe('salarie_prive');
    expect(proposedFor(text).has('cep_actifs_occupes')).toBe(true);
  });
});

describe('A career change asked next to an employer dispute', () => {
  it.each([
    "Mon patron veut me licencier et je conteste avec l'inspection du travail. De toute façon je suis vendeur en CDI depuis 6 ans. Comment je peux changer de métier ?",
    'mon employeur refuse de me payer mes heures sup, je vais aux prud’hommes. Je suis maçon en CDI. Qu’est-ce que je peux faire pour me reconvertir ?',
  ])('Given « %s », Then the redirection and the CEP operator', (text) => {
    const proposed = proposedFor(text);
    expect(proposed.has('out_of_scope')).toBe(true);
    expect(proposed.has('cep_actifs_occupes')).toBe(true);
  });
});

describe('A message that opens on the job and a private workplace', () => {
  it.each([
    'vendeuse dans un magasin de chaussures, je voudrais changer de voie',
    'Bonjour, technicien de maintenance dans une usine de papier depuis 12 ans, je veux évoluer',
    'secrétaire chez un notaire... enfin dans un petit cabinet, j’aimerais me former',
  ])('given %s, when read, then a private employee', (text) => {
    expect(profileOf(text).status).toBe('salarie_prive');
  });

  it.each([
    'cuisinier, je cherche un resto pour travailler',
    'comptable dans une mairie depuis 10 ans',
  ])('given a job without a private workplace held (%s), when read, then not a private employee from this cue', (text) => {
    expect(profileOf(text).status).not.toBe('salarie_prive');
  });
});
