// Contracts, missions and seasons whose end is told tersely (a participle with a date or a delay, « ils renouvellent
// pas », « pas de suite »), a public post left in the past, and one's own shop closing told with words between: the
// person gets France Travail (next to the CEP operator while still in work). Read by the rules, routed by the rules.
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import type { Profile } from '../../orientation/routing/profile.js';

const routed = (text: string) => {
  const profile: Profile = { ...extractProfile(text).profile, place: { departement: '49' } };
  return { profile, operators: routeProfile(profile).operatorTypes };
};

describe('A fixed-term contract ending told by a participle with a date or a delay', () => {
  it.each([
    'mon cdd au leclerc fini vendredi je fais quoi',
    'mon cdd fini dans 3 semaines',
    'mon contrat a la mairie annexe fini le 30',
    'cdd chez carrefour fini fin du mois, et apres ?',
    'mon cdd finie demain soir',
    'mon CDD termine le 15, ils me gardent pas',
    'Mon contrat à durée déterminée terminé fin décembre, que faire ?',
    'bjr mon cdd a la fromagerie termine ds 10 jours jsp quoi faire',
    'Mon CDD dans la logistique est terminé vendredi prochain',
    'mon cdd au camping municipal fini la semaine prochaine',
    'cdd fini dans quinze jours, pas de suite',
    'mon cdd a la cooperative agricole fini dans 2 semaines ils renouvellent pas',
    'le cdd à la boulangerie finit samedi, ils renouvellent pas',
    'mon contrat au magasin se termine fin janvier et ils ne renouvellent pas',
    "mon cdd chez un transporteur s'arrête le 20 et pas de suite prévue",
  ])('Given « %s », When routed, Then France Travail is proposed next to the CEP operator', (text) => {
    const { profile, operators } = routed(text);
    expect(profile.status).toBe('salarie_prive');
    expect(profile.betweenContracts).toBe(true);
    expect(operators).toEqual(expect.arrayContaining(['cep_actifs_occupes', 'france_travail']));
  });

  it.each([
    '23 ans mon cdd au super u fini vendredi, jfais quoi maintenant',
    "j'ai 19 ans et mon cdd chez mcdo fini dans une semaine",
    '22 ans, contrat fini le 31 au drive, je fais quoi',
  ])('Given a young person « %s », When routed, Then the Mission locale and France Travail', (text) => {
    const { operators } = routed(text);
    expect(operators).toEqual(expect.arrayContaining(['mission_locale', 'france_travail']));
  });

  it.each([
    'ma mission chez le fabricant de fenetres fini vendredi, 41 ans, pas de suite prevue',
    'mission chez airbus finie dans 2 semaines, pas de suite',
    "ma mission à l'entrepôt terminée demain et rien de prévu après",
    'ma mission interim termine le 12, pas de suite prévue',
    'bonjour ma mission de cariste finie fin de semaine, aucune suite',
  ])('Given an interim mission « %s », When routed, Then an interim worker between contracts, France Travail and the CEP', (text) => {
    const { profile, operators } = routed(text);
    expect(profile.status).toBe('interimaire');
    expect(profile.betweenContracts).toBe(true);
    expect(operators).toEqual(expect.arrayContaining(['cep_actifs_occupes', 'france_travail']));
  });

  it.each([
    "j'ai fini mon cdd l'an dernier et depuis je suis en cdi",
    'mon cdd fini le 30 mais ils me gardent en cdi',
    'mon cdd fini le 30, il sera renouvelé',
    'la mission locale de mon fils ferme vendredi',
    "mon CDD il s'est fini fin octobre, là je suis inscrit",
  ])('Given « %s » (no ending, or the work goes on), Then not between contracts', (text) => {
    expect(extractProfile(text).profile.betweenContracts).not.toBe(true);
  });
});

describe('A seasonal worker in the last season with nothing after', () => {
  it.each([
    "je fais les fraises puis les melons et après plus rien, là je suis aux melons jusqu'à fin août",
    "je suis aux vendanges jusqu'à mi octobre et après plus rien jusqu'au printemps, je suis saisonnier",
    "saisonnier, je suis à la cueillette des pommes jusqu'à fin octobre, après j'ai rien",
    "je fais les saisons, là je bosse aux abricots jusqu'au 15 juillet et après rien de prévu",
  ])('Given « %s », When routed, Then between contracts: France Travail next to the CEP', (text) => {
    const { profile, operators } = routed(text);
    expect(profile.status).toBe('saisonnier');
    expect(profile.betweenContracts).toBe(true);
    expect(operators).toEqual(expect.arrayContaining(['cep_actifs_occupes', 'france_travail']));
  });

  it("Given a seasonal worker in season with the off season only wondered about, Then not between contracts (« l'hiver je sais jamais »)", () => {
    expect(extractProfile("je bosse au camping jusqu'en septembre, et l'hiver je sais jamais").profile.betweenContracts).not.toBe(true);
  });
});

describe('A public post left in the past, now out of work', () => {
  it.each([
    "je suis sorti de l'armée il y a trois mois après dix ans de service, je cherche du travail dans le civil",
    "j'ai quitté la gendarmerie l'an dernier et je cherche un emploi",
    'ancien militaire, je cherche un boulot dans la sécurité',
    "sorti de l'armée de terre en juin, je suis sans emploi",
    "j'étais professeur contractuel dans un lycée, mon contrat n'a pas été renouvelé, je suis désormais sans emploi",
    "j'étais surveillante contractuelle au collège, pas renouvelée en septembre, je suis au chômage",
    "j'étais agent contractuel à la mairie, mon contrat n'a pas été reconduit et je suis sans emploi depuis",
    "ancienne AESH, mon contrat n'a pas été renouvelé, je cherche du travail",
  ])('Given « %s », When routed, Then a job seeker with France Travail, no public employer', (text) => {
    const { profile, operators } = routed(text);
    expect(profile.status).toBe('demandeur_emploi');
    expect(operators).toContain('france_travail');
    expect(operators).not.toContain('employer_public');
  });

  it.each([
    "je suis militaire dans l'armée de terre et mon contrat se termine en mars",
    'je suis professeur contractuel au lycée et je voudrais changer de métier',
  ])('Given a public servant in post « %s », Then still a public servant', (text) => {
    expect(extractProfile(text).profile.status).toBe('agent_public');
  });

  it.each([
    'ancien militaire, je suis agent de sécurité dans un magasin et je cherche un emploi plus stable',
    "j'étais prof contractuelle, maintenant je suis vendeuse et je cherche autre chose",
  ])('Given a past public post and a private job today « %s », Then a private employee', (text) => {
    expect(extractProfile(text).profile.status).toBe('salarie_prive');
  });
});

describe("One's own shop closing told with words between", () => {
  it.each([
    'ma boutique de fleurs à Bastia ferme à la fin du mois',
    'ma petite épicerie du centre ville de Niort ferme en janvier',
    'mon salon de coiffure rue de la gare ferme définitivement le 31',
    'mon restaurant sur le port de Sète ferme à la fin de la saison, il faut que je retrouve un travail',
  ])('Given « %s », When routed, Then self-employed losing the activity: France Travail next to the CEP', (text) => {
    const { profile, operators } = routed(text);
    expect(profile.status).toBe('independant');
    expect(profile.recentlyLostJob).toBe(true);
    expect(operators).toEqual(expect.arrayContaining(['cep_actifs_occupes', 'france_travail']));
  });

  it.each(['ma boutique de produits de la ferme marche bien', 'mon salon ferme le lundi et le mardi'])('Given « %s » (no closing), Then no job lost', (text) => {
    expect(extractProfile(text).profile.recentlyLostJob).not.toBe(true);
  });
});

describe('Never having worked, now having to earn a living', () => {
  it.each([
    "veuve depuis peu, je n'ai jamais exercé d'activité salariée et je dois désormais subvenir seule à mes besoins",
    "Madame, je n'ai jamais exercé d'activité professionnelle, ayant élevé mes enfants, et je dois maintenant gagner ma vie",
    "divorcée, j'ai jamais travaillé de ma vie, il faut que je m'en sorte seule maintenant",
    "je n'ai jamais eu d'emploi salarié, mon mari est décédé et je dois subvenir à mes besoins",
    "je n'ai jamais occupé d'emploi, je suis restée à la maison avec les enfants, aujourd'hui séparée je dois m'assumer",
  ])('Given « %s », When routed, Then France Travail (not an employee)', (text) => {
    const { profile, operators } = routed(text);
    expect(profile.status).not.toBe('salarie_prive');
    expect(operators).toContain('france_travail');
  });

  it("Given never having worked and a wish to start (« j'aimerais m'y mettre »), Then the status is left to ask", () => {
    expect(extractProfile("je n'ai jamais travaillé et j'aimerais m'y mettre").profile.status).toBeUndefined();
  });

  it("Given « je n'ai jamais travaillé et je cherche un emploi », Then a job seeker", () => {
    expect(extractProfile("je n'ai jamais travaillé et je cherche un emploi").profile.status).toBe('demandeur_emploi');
  });
});

describe('A dismissed person who contests it and must find work again', () => {
  it.each([
    "J'ai été licencié pour faute grave, je veux contester. Il faut aussi que je retrouve du travail vite",
    "licenciée de la clinique, je conteste aux prud'hommes et il faut vite que je retrouve un emploi",
    "viré du garage pour faute, je vais aux prud'hommes, et faut absolument que je retrouve un boulot",
    "on m'a licencié pour faute grave, je veux contester, mais il faut maintenant que je retrouve du travail",
  ])('Given « %s », When routed, Then France Travail next to the other door', (text) => {
    const { operators } = routed(text);
    expect(operators).toEqual(expect.arrayContaining(['out_of_scope', 'france_travail']));
  });
});

describe('A participle first that is no dismissal from a job', () => {
  it.each(["renvoyé de l'école en seconde, je sais pas quoi faire", 'viré de chez mes parents hier soir'])('Given « %s », Then no job lost', (text) => {
    const { profile } = extractProfile(text);
    expect(profile.recentlyLostJob).not.toBe(true);
    expect(profile.status).not.toBe('demandeur_emploi');
  });
});
