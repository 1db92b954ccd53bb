// Health told through its consequence on the current job, never « inapte »: a condition and what it does to the work
// (« mes tâches deviennent difficiles », « je tiens plus debout », « un poste plus adapté », « mon médecin dit que je
// dois changer de poste ») put the job at risk for health, for private employees (Cap emploi and the CEP operator)
// and public servants (the employer, then Cap emploi). A recognition request only advised, planned or not made is no
// recognition in progress. Sentences of our own, never the evaluation sets'.
import { describe, expect, it } from 'vitest';
import { operatorsFor, profileOf } from './readFirstMessage.js';

describe('A public servant whose condition makes the current job hard: the employer first, then Cap emploi', () => {
  it.each([
    "Adjoint technique dans une mairie, j'ai une arthrose des genoux qui rend mon travail de plus en plus pénible, je voudrais un poste plus adapté.",
    "Je suis aide-soignante titulaire à l'hôpital public, avec ma fibromyalgie je n'arrive plus à faire les toilettes des patients.",
    'fonctionnaire territorial, jai un diabete qui me fatigue beaucoup, mon poste en horaires decales devient trop dur',
    "Professeur des écoles, atteint de la maladie de Parkinson, j'ai de plus en plus de mal à faire classe. Quelles solutions ?",
    "agent de la fonction publique hospitalière, j'ai de l'asthme et les produits d'entretien me rendent malade au travail, je voudrais changer de poste",
    'Je suis contractuelle au conseil départemental, depuis mon cancer je suis très fatiguée et mon poste devient difficile à assumer',
    "Madame, Monsieur, fonctionnaire d'État, je suis atteint d'une polyarthrite qui rend difficile l'exercice de mes missions actuelles. Je souhaite étudier un aménagement ou un reclassement.",
    "agent d'entretien titulaire à la mairie, j'ai une hernie discale, je peux plus porter les sacs",
    "je suis ATSEM titulaire, mon médecin dit que je dois changer de poste à cause de mes épaules",
    'policier municipal, opéré du genou, je ne tiens plus debout longtemps, je cherche un poste plus doux',
    "Secrétaire de mairie titulaire, je souffre d'une maladie chronique qui rend mon poste actuel, avec beaucoup d'accueil du public, difficile à tenir.",
    'agente territoriale, ma sclérose en plaques me rend les tâches de plus en plus difficiles, un poste plus adapté serait bien',
  ])('Given « %s », When routed, Then the job is at risk for health and the employer and Cap emploi are proposed', (text) => {
    const p = profileOf(text);
    expect(p.status).toBe('agent_public');
    expect(p.jobAtRiskForHealth).toBe(true);
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['employer_public', 'cap_emploi']));
  });
});

describe('A private employee whose condition makes the current job hard: Cap emploi and the CEP operator', () => {
  it.each([
    'Je suis serveuse en CDI, avec ma hernie discale je tiens plus debout toute la journée',
    'salarié en CDI dans le BTP, mon asthme s\'aggrave et le chantier devient impossible pour moi',
    "Je travaille en CDI comme commercial, j'ai une sclérose en plaques et les longs trajets en voiture deviennent trop difficiles",
    'Préparatrice de commandes en CDI, tendinite chronique aux deux poignets, mes tâches deviennent trop dures, je voudrais un poste plus adapté',
    "je suis caissier en cdi j'ai une maladie chronique qui me fatigue, je voudrais un aménagement de mon poste",
    'Employée en CDI dans une entreprise de nettoyage, polyarthrite, mon médecin dit que je dois changer de poste',
    "je bosse en usine en cdi, jai une hernie, je peux plus porter, mon chef veut pas m'aménager",
    'Comptable salariée dans une PME, je souffre de migraines chroniques, le travail sur écran est devenu très difficile',
    "ouvrier en CDI, j'ai perdu de l'audition et le bruit de l'atelier m'est devenu insupportable, je voudrais un reclassement",
    "Monsieur, salarié d'une entreprise de transport, je suis atteint d'un diabète qui rend la conduite de nuit difficile à tenir. Quelles sont les possibilités ?",
    'aide à domicile en cdi, mon dos me fait trop souffrir, je n\'arrive plus à faire mes journées',
    'je suis vendeuse en CDI, j\'ai une maladie de Crohn et mon poste devient compliqué à tenir, je voudrais un poste plus doux',
  ])('Given « %s », When routed, Then the job is at risk for health and Cap emploi and the CEP operator are proposed', (text) => {
    const p = profileOf(text);
    expect(p.status).toBe('salarie_prive');
    expect(p.jobAtRiskForHealth).toBe(true);
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['cap_emploi', 'cep_actifs_occupes']));
  });
});

describe('The consequence told as a job no longer fit, days too hard, repeated sick days, too tired to hold the post', () => {
  it.each([
    ["je suis agent hospitalier titulaire, mon poste n'est plus adapté à mon état depuis mon infarctus", 'agent_public'],
    ['fonctionnaire, lupus, je ne supporte plus les horaires de nuit', 'agent_public'],
    ['gardien de la paix, diabétique, les gardes de nuit me sont devenues impossibles', 'agent_public'],
    ['Je suis éboueur titulaire à la métropole, mes genoux sont usés et je voudrais passer sur un poste moins physique', 'agent_public'],
    ['caissiere en cdi, avec mon endometriose les journees sont de plus en plus dures', 'salarie_prive'],
    ["ma polyarthrite m'oblige à des arrêts à répétition, je suis secrétaire en CDI", 'salarie_prive'],
    ['salariée en CDI, depuis ma chimio je suis trop fatiguée pour tenir mon poste', 'salarie_prive'],
    ["Je suis magasinier en CDI et avec ma hernie discale le port de charges est trop dur", 'salarie_prive'],
  ] as const)('Given « %s », When read, Then the job is at risk for health (%s)', (text, status) => {
    const p = profileOf(text);
    expect(p.status).toBe(status);
    expect(p.jobAtRiskForHealth).toBe(true);
  });
});

describe('The consequence told in SMS or spoken words', () => {
  it.each([
    ['jbosse en cdi a la plonge, mon dos me tue, je tiens plus', 'salarie_prive'],
    ['je suis en cdi en logistique, jai une hernie, le taf devient trop dur', 'salarie_prive'],
    ['je suis en cdi, ma sep me fatigue trop, jpeux plus suivre', 'salarie_prive'],
    ['employé en cdi, mal au dos, mon médecin veut que je change de poste', 'salarie_prive'],
    ['fonctionnaire, j\'ai un cancer, je voudrais un poste aménagé', 'agent_public'],
    ['ouvrier en cdi, arthrose, les cadences sont devenues trop dures', 'salarie_prive'],
    ['je suis contractuel dans la fonction publique, ma polyarthrite me rend le travail très pénible', 'agent_public'],
    ["salarié en cdi, j'ai de l'arthrose, je galère de plus en plus au boulot", 'salarie_prive'],
    ['magasinier en cdi, tendinite, les charges deviennent trop lourdes pour moi', 'salarie_prive'],
  ] as const)('Given « %s », When read, Then the job is at risk for health (%s)', (text, status) => {
    const p = profileOf(text);
    expect(p.status).toBe(status);
    expect(p.jobAtRiskForHealth).toBe(true);
  });
});

describe('The consequence told in formal nouns (difficulties in the duties, the post compromised, staying in the post)', () => {
  it.each([
    ["Madame, Monsieur, agent titulaire de la fonction publique hospitalière, je rencontre des difficultés dans l'exercice de mes fonctions en raison d'une maladie chronique.", 'agent_public'],
    ['Monsieur, salarié en CDI, atteint d\'une spondylarthrite, je peine à assurer mes missions.', 'salarie_prive'],
    ["Bonjour, je suis fonctionnaire territoriale, ma pathologie cardiaque compromet l'exercice de mon métier.", 'agent_public'],
    ['Salariée en CDI, suite à mon cancer mon poste actuel me pose de réelles difficultés.', 'salarie_prive'],
    ["Fonctionnaire de l'État, je souhaiterais être accompagnée pour mon maintien dans mon poste compte tenu de ma sclérose en plaques.", 'agent_public'],
    ['Je suis employé en CDI ; du fait de ma maladie de Crohn, la tenue de mon poste devient problématique.', 'salarie_prive'],
  ] as const)('Given « %s », When read, Then the job is at risk for health (%s)', (text, status) => {
    const p = profileOf(text);
    expect(p.status).toBe(status);
    expect(p.jobAtRiskForHealth).toBe(true);
  });
});

describe('No job at risk for health without a condition of the person, or without a consequence on the job', () => {
  it.each([
    'je suis salarié en CDI, mon poste devient difficile à tenir avec la nouvelle direction',
    "agent territorial, mes tâches deviennent difficiles depuis la réorganisation, je voudrais évoluer",
    'je suis vendeuse en CDI et je voudrais un poste plus adapté à mes envies',
    'ma mère a une sclérose en plaques et mon poste devient difficile à tenir avec les trajets',
    "je suis infirmière en CDI dans un service de diabétologie, le travail devient difficile avec le manque d'effectifs",
  ])('Given « %s », When read, Then no job at risk for health', (text) => {
    expect(profileOf(text).jobAtRiskForHealth).toBeUndefined();
  });

  it.each([
    "j'ai du diabète et au chômage depuis un an, la recherche d'emploi devient difficile",
    'asthmatique, je cherche du travail et trouver un emploi devient compliqué',
  ])('Given the job search grown hard « %s », When read, Then no job at risk for health (no current job)', (text) => {
    expect(profileOf(text).jobAtRiskForHealth).toBeUndefined();
  });

  it.each([
    'je suis infirmière en CDI dans un service de diabétologie et je cherche une formation',
    'je travaille en cardiologie sur les pathologies cardiaques, je voudrais évoluer',
    'aide-soignant en cancérologie, je veux devenir infirmier',
  ])('Given a care job named after illnesses « %s », When read, Then no health barrier', (text) => {
    expect(profileOf(text).barriers).not.toContain('sante');
  });
});

describe('A recognition request only advised, planned or not made: no recognition in progress', () => {
  it.each([
    'le médecin m\'a conseillé de demander la RQTH, je cherche du travail',
    'je pense faire la demande de RQTH, je suis au chômage',
    "on m'a parlé d'un dossier MDPH mais j'ai rien fait, je cherche un emploi",
    "mon assistante sociale veut que je fasse un dossier MDPH, je ne l'ai pas encore fait",
    "Ma mère dit que je devrais demander la reconnaissance handicap, je n'ai jamais fait la démarche",
    "je devrais faire un dossier mdph mais j'ai pas eu le courage, je cherche du taf",
    'il faudrait que je monte un dossier pour la MDPH, je sais pas par où commencer',
    'je compte déposer un dossier à la MDPH le mois prochain, en attendant je cherche un emploi',
    "mon médecin m'a dit de faire une demande de reconnaissance de travailleur handicapé, je n'ai pas encore eu le temps",
    'on me dit de faire un dossier pour être reconnue mais je veux pas, je cherche un boulot',
    "mes parents disent que je devrais faire un dossier pour être reconnu, je l'ai jamais fait",
    "j'hésite à faire un dossier MDPH, je suis demandeur d'emploi",
    'on ma parler de la mdph jai pas fait le dossier',
    'je vais faire un dossier mdph la semaine prochaine, je cherche du travail',
    "j'ai le dossier MDPH à la maison mais je l'ai pas rempli",
    "mon médecin m'a donné le formulaire pour la MDPH, je l'ai pas encore envoyé",
    "la RQTH j'y pense mais j'ai pas encore fait la demande",
    'dossier MDPH : pas encore déposé, je suis au chômage',
    "une amie m'a conseillé de faire reconnaître mon handicap, je cherche un emploi",
  ])('Given « %s », When read, Then the recognition is neither held nor in progress', (text) => {
    expect(['en_cours', 'oui']).not.toContain(profileOf(text).rqth);
  });

  it.each([
    ["j'ai envoyé mon dossier MDPH en mars, toujours pas de réponse", 'en_cours'],
    ['ma demande de RQTH est en cours, je cherche un emploi', 'en_cours'],
    ["j'ai fait la demande de RQTH, j'attends, je suis au chômage", 'en_cours'],
    ['dossier mdph déposé le mois dernier, je cherche du travail', 'en_cours'],
    ["j'ai fait un dossier pour être reconnue, j'attends la réponse", 'en_cours'],
  ] as const)('Given a request made « %s », When read, Then the recognition is %s', (text, rqth) => {
    expect(profileOf(text).rqth).toBe(rqth);
  });
});

describe('A job seeker whose health limits the work, a recognition only advised: France Travail, the RQTH still unknown', () => {
  it.each([
    "60 ans, au chômage, amputé d'une jambe à cause du diabète, je peux plus rester debout, on m'a parlé de la MDPH j'ai rien fait",
    "j'ai 57 ans, sans emploi depuis un an, problèmes cardiaques, je ne peux plus porter, mon médecin m'a conseillé de demander la RQTH",
    'demandeuse d\'emploi de 59 ans, diabétique, opérée du pied, je tiens plus debout, on me parle d\'un dossier mdph mais pas fait',
  ])('Given « %s », When routed, Then France Travail is proposed and no recognition is read', (text) => {
    const p = profileOf(text);
    expect(p.rqth).toBeUndefined();
    expect(p.status).toBe('demandeur_emploi');
    expect(operatorsFor(text)).toContain('france_travail');
  });
});
