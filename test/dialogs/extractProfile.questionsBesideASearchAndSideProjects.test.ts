// Out-of-scope questions told beside a job search said in other words, jobs at risk for health told by a doctor's
// words, recognition requests just sent, side projects that could become a trade, and students offered a job now.
// Sentences of our own.
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';
import { routeProfile } from '../../orientation/routing/routeProfile.js';

describe('An out-of-scope question beside a job search said in other words', () => {
  it.each([
    "bonjour est-ce que je garde mon RSA si je travaille ? je voudrais retrouver un temps partiel dans la vente",
    "Je souhaiterais savoir si ma prime de licenciement est imposable. Je me retrouve à la recherche d'un travail dans la logistique, qui peut m'aider ?",
    "je suis toujours en recherche d'un emploi dans le bâtiment, combien je vais toucher de chômage par mois",
    "c'est pour savoir combien d'allocation j'aurai, et aussi me voilà à la recherche d'un petit boulot dans l'aide à domicile",
  ])('given a question the assistant cannot answer and a job search told, when routed, then France Travail next to the redirection: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.needs).toContain('recherche_emploi');
    expect(routeProfile(p).operatorTypes).toEqual(expect.arrayContaining(['out_of_scope', 'france_travail']));
  });

  it('given an out-of-scope question alone, when routed, then only the redirection', () => {
    const p = extractProfile('est-ce que mon indemnité de rupture conventionnelle est imposable ?').profile;
    expect(p.needs).not.toContain('recherche_emploi');
    expect(routeProfile(p).operatorTypes).toEqual(['out_of_scope']);
  });

  it('given someone no longer looking for a job, when read, then no job search', () => {
    expect(extractProfile("je ne suis plus à la recherche d'un emploi, j'ai signé mon cdi").profile.needs).not.toContain('recherche_emploi');
  });
});

describe("A doctor's words that part of the work will no longer be possible", () => {
  it.each([
    "je suis cariste en intérim, je me suis bloqué le dos, le docteur m'a expliqué que je ne pourrai plus conduire les chariots",
    "je bosse en intérim dans le BTP, mon genou a lâché et le médecin pense que je ne pourrai jamais plus rester à genoux",
    "je suis manutentionnaire en intérim, le médecin dit que je dois éviter de porter",
  ])('given an interim worker told by a doctor they can no longer do part of the work, when routed, then Cap emploi next to the CEP operator: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.jobAtRiskForHealth).toBe(true);
    expect(routeProfile(p).operatorTypes).toEqual(expect.arrayContaining(['cap_emploi', 'cep_actifs_occupes']));
  });

  it('given a doctor who allows going back to work, when read, then no job at risk', () => {
    expect(extractProfile('le médecin dit que je peux reprendre le travail lundi, je suis manutentionnaire en intérim').profile.jobAtRiskForHealth).toBeUndefined();
  });
});

describe('A recognition request told with when it was sent', () => {
  it.each([
    "j'ai une sclérose en plaques, j'ai envoyé il y a trois semaines ma demande de reconnaissance de travailleur handicapé et je cherche un emploi",
    "on a déposé la semaine dernière le dossier MDPH pour ma reconnaissance, je cherche un emploi",
    "suite à mon AVC j'ai transmis depuis deux mois mon dossier de RQTH, je voudrais retravailler",
  ])('given a request sent some time ago and no answer told, when read, then the recognition is pending: %s', (text) => {
    expect(extractProfile(text).profile.rqth).toBe('en_cours');
  });

  it('given a request sent a year ago and obtained since, when read, then the recognition is held', () => {
    expect(extractProfile("j'ai envoyé il y a un an ma demande de reconnaissance travailleur handicapé et je l'ai obtenue en juin, je cherche un emploi").profile.rqth).toBe('oui');
  });
});

describe('Something made on the side that people buy, and a wish to live from it', () => {
  it.each([
    "je suis aide-soignante à l'hôpital public, je fais des gâteaux le soir et on me passe de plus en plus de commandes, j'aimerais en vivre",
    "Agent territorial depuis dix ans, je restaure de vieux vélos sur mon temps libre et des particuliers me les achètent ; pourrais-je en faire mon métier sans quitter mon poste tout de suite ?",
  ])('given a public servant whose side activity sells, when routed, then the business creation partner next to the public employer: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.needs).toContain('creation_entreprise');
    const decision = routeProfile(p);
    expect(decision.operatorTypes).toContain('employer_public');
    expect([...decision.operatorTypes, ...decision.partners]).toContain('creation_entreprise');
  });

  it('given an employee who sells jewellery at markets and wants it as a main activity, when read, then a business project', () => {
    expect(extractProfile('je suis salarié dans la logistique, je vends mes bijoux sur les marchés le dimanche et je voudrais en faire mon activité principale').profile.needs).toContain('creation_entreprise');
  });

  it('given a passion one wishes to make a trade of and nothing sold, when read, then no business project', () => {
    expect(extractProfile("j'adore la cuisine, j'aimerais en faire mon métier, je suis vendeuse").profile.needs).not.toContain('creation_entreprise');
  });
});

describe('A student offered a job now and weighing to stop', () => {
  it.each([
    "je suis en licence de socio, 20 ans, le resto où je fais des extras veut m'embaucher en cdi dès septembre, j'hésite",
    "J'ai 18 ans, je suis en BTS commerce et une boulangerie m'a proposé un CDI tout de suite ; ma mère dit que c'est une bêtise, je ne sais pas quoi faire.",
  ])('given a young student offered a job now and a doubt told, when routed, then the Mission locale next to the CIO: %s', (text) => {
    const p = extractProfile(text).profile;
    expect(p.leavingStudies).toBe(true);
    expect(routeProfile(p).operatorTypes).toEqual(expect.arrayContaining(['cio_onisep', 'mission_locale']));
  });

  it('given a student offered a job at the end of the master, when read, then no studies dropped', () => {
    expect(extractProfile('étudiante en master 2, 23 ans, en fin de master on me propose un cdi, je voudrais un avis').profile.leavingStudies).toBeUndefined();
  });

  it('given a student asking for advice with no job offered, when read, then no studies dropped', () => {
    expect(extractProfile("je suis en première année de fac, j'ai 18 ans, je voudrais un avis sur mon orientation").profile.leavingStudies).toBeUndefined();
  });
});
