// Emergencies told in long stories, where the cue is one clause among many, in our own words (never an
// evaluation set's sentences): the classifier read clause by clause, and the rule families that hold
// anyway (a host who stops, nights outside, put out by family, violence told as events while still living
// with him, no food now, panic at work) next to their look-alikes (the past, other people, volunteering).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyByClauses, classifyLogistic, clauseWindows, isTrustworthy, messageClauses, messageFeatures, type SituationModel } from '../../orientation/understanding/situationClassifier.js';
import { EMERGENCY_CLAUSE_AT_LEAST, emergencyClauseInThePast } from '../../orientation/understanding/situationFamilies.js';
import { prepareText } from '../../orientation/understanding/typoCorrection.js';
import { expectEmergencyLine, profileOf } from './readFirstMessage.js';

const loadModel = () => JSON.parse(readFileSync(new URL('../../orientation/understanding/situationClassifier.model.json', import.meta.url), 'utf8')) as SituationModel;

describe('Clauses of a message', () => {
  it('given sentences and story connectors, when split, then one clause each and short pieces joined to the next', () => {
    const clauses = messageClauses("Bonjour. J'ai 34 ans et je cherche un poste de cariste mais depuis que mon proprio a repris l'appart je dors chez un pote. Voilà !");
    expect(clauses).toEqual(["Bonjour J'ai 34 ans et je cherche un poste de cariste", "mais depuis que mon proprio a repris l'appart je dors chez un pote Voilà"]);
  });

  it('given one short sentence, when split, then the sentence itself', () => {
    expect(messageClauses('je cherche un travail de nuit')).toEqual(['je cherche un travail de nuit']);
  });

  it('given a spoken run-on without punctuation, when read, then overlapping windows of at most fourteen words covering every word', () => {
    const runOn = 'alors voila moi je suis cuisinier depuis quinze ans et la le restaurant a ferme et du jour au lendemain on m a dit de partir et je sais plus quoi faire';
    const windows = clauseWindows(runOn);
    expect(windows.length).toBeGreaterThan(1);
    for (const w of windows) expect(w.split(' ').length).toBeLessThanOrEqual(14);
    expect(new Set(windows.join(' ').split(' '))).toEqual(new Set(runOn.split(' ')));
  });
});

describe('The emergency classifier read clause by clause', () => {
  const story = (violence: string) =>
    `Je suis titulaire d'un CAP cuisine et j'ai travaillé en restauration collective pendant six ans. ${violence} J'aimerais reprendre un poste en cantine scolaire près de Dijon, à temps partiel si possible.`;

  it('given violence told in one clause of a long message, when read clause by clause, then surer than the whole message and trusted with that clause words', () => {
    const model = loadModel();
    const text = story('Mon mari me frappe et me menace quand je parle de travailler.');
    const whole = classifyLogistic(model.decisions.emergency, messageFeatures(text), 'emergency');
    const byClause = classifyByClauses(model, text, 'emergency', prepareText, { atLeast: EMERGENCY_CLAUSE_AT_LEAST, skip: emergencyClauseInThePast });
    expect(byClause.probability).toBeGreaterThan(whole.probability);
    expect(isTrustworthy(model, byClause)).toBe(true);
    expect(byClause.label).toBe('violence');
    expect(byClause.words).toEqual(expect.arrayContaining(['frappe', 'menace']));
    expect(byClause.words).not.toContain('cantine');
  });

  it('given the same violence told ten years ago, when read clause by clause, then that clause does not count', () => {
    const model = loadModel();
    const text = story("Il y a dix ans mon mari me frappait et me menaçait quand je parlais de travailler.");
    const byClause = classifyByClauses(model, text, 'emergency', prepareText, { atLeast: EMERGENCY_CLAUSE_AT_LEAST, skip: emergencyClauseInThePast });
    expect(isTrustworthy(model, byClause)).toBe(false);
  });

  it('given no clause reaching the clause threshold, when read, then the whole message stands only with a clause saying the same', () => {
    const model = loadModel();
    const text = story('Mon mari me frappe et me menace quand je parle de travailler.');
    const whole = classifyLogistic(model.decisions.emergency, messageFeatures(text), 'emergency');
    const strict = classifyByClauses(model, text, 'emergency', prepareText, { atLeast: { violence: 0.999 } });
    if (isTrustworthy(model, whole)) expect(strict).toEqual(whole);
    else expect(isTrustworthy(model, strict)).toBe(false);
  });
});

describe('Emergency families told as stories', () => {
  it.each([
    // A host who stops.
    ["j'ai 31 ans, j'étais cariste, là je dors chez une amie pour quelques jours mais elle ne peut pas me garder plus longtemps et j'ai pas d'autre solution", 'sans_logement'],
    ["mon frère m'a laissé dormir sur son canapé le temps de trouver mais il veut que je parte dimanche, je cherche un travail dans le bâtiment", 'sans_logement'],
    ["je suis au foyer depuis mardi mais ils me gardent que deux nuits, après je sais pas, je voudrais passer le CACES", 'sans_logement'],
    ["demain c'est ma dernière nuit chez ma cousine et après j'ai rien, je suis serveuse et je cherche du travail", 'sans_logement'],
    ["mon oncle me garde jusqu'à lundi, après je sais pas où aller, je voudrais un emploi de magasinier", 'sans_logement'],
    ["mon proprio me met à la porte lundi et j'ai rien trouvé pour moi et ma fille", 'sans_logement'],
    // Nights outside.
    ['depuis samedi je dors sur un banc près de la gare, j’ai 22 ans et je veux bosser dans la restauration', 'sans_logement'],
    ['salut jsuis en galère jdors dans le hall d’un immeuble depuis trois nuits jveux un taf', 'sans_logement'],
    ["je dors dans un parking depuis jeudi avec mes affaires, je cherche un travail de manutentionnaire", 'sans_logement'],
    ["jdors au square depuis mardi, jai 20 ans, jsais plus quoi faire", 'sans_logement'],
    // Put out by family.
    ["ma mère m'a mise dehors hier soir avec un sac, j'ai 18 ans, j'ai arrêté le lycée et je sais pas où aller", 'sans_logement'],
    ["mon père m'a dit de plus remettre les pieds à la maison, je dors à droite à gauche, j'ai 17 ans", 'sans_logement'],
    // Violence told as events while still living with him.
    ["je voudrais me former comme aide à domicile mais à la maison c'est dur, samedi il m'a jetée contre le mur devant les petits et je vis toujours avec lui", 'violence'],
    ["mon conjoint m'a cassé le poignet le mois dernier, on habite encore ensemble, je cherche un emploi pour partir", 'violence'],
    ["il m'a attrapée par le cou mardi et je vis encore chez lui, je voudrais une formation de secrétaire", 'violence'],
    // No food now.
    ["ça fait deux jours qu'on a plus rien à manger, les enfants ont faim, je cherche des heures de ménage", 'faim'],
    ["on saute le repas du soir depuis le 15, je suis au RSA et je voudrais travailler en cuisine", 'faim'],
    // Panic at work.
    ["je suis dans ma voiture sur le parking de l'entrepôt, je pleure, j'ai le cœur qui bat trop fort, je ne peux pas entrer", 'detresse'],
  ])('given %s, when read and routed, then the emergency %s and the emergency line', (text, emergency) => {
    expectEmergencyLine(text, emergency);
  });

  it.each([
    "ma sœur a été mise à la porte par son copain, elle dort chez nous, moi je voudrais une formation de comptable",
    "mon voisin s'est fait expulser cet hiver, ça m'a donné envie de devenir travailleur social",
    "je suis bénévole aux Restos du cœur le mardi et je voudrais travailler dans l'aide alimentaire",
    "il y a six ans j'ai dormi dans ma voiture tout un hiver, aujourd'hui j'ai un appartement et je voudrais conduire des bus",
    "on part camper sous la tente en août, à la rentrée je voudrais commencer une formation d'infirmière",
    "on dort sous la tente en vacances au camping cet été, après je voudrais une formation de cariste",
    "je mange à la cantine de l'usine tous les midis, je suis cariste en CDI et je voudrais devenir chef d'équipe",
    "j'ai le cœur qui bat fort quand je pense à ce nouveau métier, je voudrais devenir pâtissière",
    "l'agence d'intérim me garde que deux jours cette semaine, je cherche un vrai contrat",
    "mon patron me met à la porte à la fin du mois, je voudrais une formation de soudeur",
    "ma mère me garde les enfants jusqu'à vendredi pendant mon stage de vente",
    "on saute le repas de midi avec les collègues pour partir plus tôt, je voudrais changer de poste",
    "il y a quatre ans mon ex m'a cassé le bras, c'est derrière moi, je voudrais devenir auxiliaire de puériculture",
  ])('given a look-alike with no emergency of the person now, when read, then no emergency: %s', (text) => {
    expect(profileOf(text).emergencies).toEqual([]);
  });
});
