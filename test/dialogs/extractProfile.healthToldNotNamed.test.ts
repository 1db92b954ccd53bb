// Health and disability told in the person's words, never « handicap » or « RQTH »: illnesses by short names, sight
// and hearing lost, a body part failing, a limp, treatments just ended, psychiatric care, a recognition or an MDPH
// request said in other words. And no false alarm: a relative's illness, an illness healed long ago, « malade de mon
// boulot » as a figure of speech, jobs of the health and care sector. Sentences of our own, never the evaluation sets'.
import { describe, expect, it } from 'vitest';
import { operatorsFor, profileOf } from './readFirstMessage.js';

describe('A health condition told loosely is a health barrier (the RQTH question follows)', () => {
  it.each([
    'slt jai une SEP depuis 3 ans je cherche un taf adapté',
    'greffé du rein il y a deux ans, je cherche un emploi sans port de charges',
    "on m'a greffé un poumon, je voudrais retrouver un emploi",
    'je suis sous insuline et je cherche un travail',
    "J'ai eu un cancer du sein l'an dernier, je sors des traitements, je cherche un emploi",
    'je vois un psy depuis deux ans et je cherche un boulot sans contact avec le public',
    'je suis suivie en psychiatrie depuis mes 20 ans et je cherche un emploi',
    "depuis mon accident je vois plus que d'un œil, je cherche autre chose",
    'ma vue baisse beaucoup, je cherche un poste de bureau',
    'jsuis appareillée depuis peu jentends mal au tel, je cherche un emploi de bureau',
    "j'ai des acouphènes et une perte d'audition depuis l'usine, je cherche du boulot ailleurs",
    'je boite depuis l\'accident et je cherche un boulot assis',
    'je marche avec une canne et je cherche un emploi',
    "Opérée de l'épaule en mars, je cherche un emploi",
    'mon genou est foutu, je cherche un travail',
    'à cause de mon dos je cherche un travail sans port de charges',
    "j'ai des douleurs dans les poignets depuis un an, je cherche un emploi",
    'on m\'a diagnostiqué une rupture de la coiffe, je cherche un autre travail',
    "j'ai des TMS aux deux bras, je cherche un emploi",
    "j'ai eu un accident de travail l'an dernier, je cherche un emploi",
    "j'ai l'audition qui baisse et je cherche un emploi",
    "je sors de l'hôpital psychiatrique et je cherche un travail",
  ])('Given « %s », When read, Then health is a barrier', (text) => {
    expect(profileOf(text).barriers).toContain('sante');
  });
});

describe('An employee whose health limits the work: job at risk, Cap emploi next to the CEP operator', () => {
  it.each([
    'mon dos me lâche, je suis maçon salarié et je sais pas combien de temps je vais tenir',
    "Opérée de l'épaule en mars, je ne peux plus lever le bras. Je suis caissière en CDI et je crains pour mon poste.",
    'hernie discale operee 2 fois jpeux plus porter je suis manutentionnaire en cdi',
    'je suis salariée dans une boulangerie et je suis en longue maladie depuis un an',
    'ma maladie de Crohn me fait rater des jours, je suis vendeur en CDI et mon patron veut me licencier',
    "j'ai des genoux usés, je suis carreleur en CDI et mon rhumatologue m'a dit de changer de métier",
    "je suis magasinier en CDI, le chirurgien m'interdit les charges lourdes et ma boîte n'a pas de poste sans port de charges",
    'infirmière salariée en clinique, le médecin me déconseille le travail de nuit',
    'je suis cariste en CDI, port de charges contre-indiqué depuis mon opération',
    "mon état de santé ne me permet plus d'exercer mon métier de couvreur, je suis salarié en CDI",
  ])('Given « %s », When routed, Then the job is at risk for health and Cap emploi is proposed', (text) => {
    const p = profileOf(text);
    expect(p.status).toBe('salarie_prive');
    expect(p.jobAtRiskForHealth).toBe(true);
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['cap_emploi', 'cep_actifs_occupes']));
  });

  it('Given a public servant whose illness puts the post at risk, When routed, Then the employer first and Cap emploi', () => {
    const text = "je suis titulaire de la fonction publique territoriale, depuis mon AVC je ne peux plus conduire et j'ai peur pour mon poste";
    expect(profileOf(text).jobAtRiskForHealth).toBe(true);
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['employer_public', 'cap_emploi']));
  });

  it.each([
    'je suis conducteur de car dans une société privée, avec mon diabète la direction me parle de licenciement pour inaptitude',
    "je suis vendeuse en CDI, j'ai une hernie discale et j'ai un entretien préalable au licenciement",
  ])('Given a dismissal only in prospect « %s », When read, Then the person is still employed and Cap emploi is proposed', (text) => {
    expect(profileOf(text).status).toBe('salarie_prive');
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['cap_emploi', 'cep_actifs_occupes']));
  });

  it('Given a public servant on long sick leave told by its initials, When routed, Then the employer first and Cap emploi', () => {
    const text = 'je suis en CLM depuis un an, agent de la fonction publique territoriale, je ne me vois pas reprendre mon poste';
    expect(operatorsFor(text)).toEqual(expect.arrayContaining(['employer_public', 'cap_emploi']));
  });

  it('Given a driving ban told without any health word, When read, Then no job at risk for health', () => {
    expect(profileOf("je suis livreur en CDI et j'ai plus le droit de conduire pendant six mois").jobAtRiskForHealth).toBeUndefined();
  });
});

describe('A recognition or a request told in other words', () => {
  it.each([
    ['jai la reconnaissance depuis 2022, jsuis au chomage et je cherche un cdi', 'oui'],
    ["je suis reconnue depuis 2019, je cherche un emploi de bureau", 'oui'],
    ["j'attends la réponse de la maison du handicap et en attendant je cherche du travail", 'en_cours'],
    ['Mon dossier est parti à la maison départementale des personnes handicapées en février, je cherche un emploi.', 'en_cours'],
    ["j'ai un dossier en cours à la MDPH pour ma sclérose, je suis demandeuse d'emploi", 'en_cours'],
    ['ma demande de reconnaissance est partie cet été, je cherche un emploi', 'en_cours'],
    ['ma reconnaissance a été accordée le mois dernier, je suis au chômage', 'oui'],
  ] as const)('Given « %s », When read, Then the recognition is %s and Cap emploi is proposed', (text, rqth) => {
    expect(profileOf(text).rqth).toBe(rqth);
    expect(operatorsFor(text)).toContain('cap_emploi');
  });

  it.each([
    "j'ai la reconnaissance de mes collègues mais je veux changer de métier",
    'je suis reconnue dans mon métier et je veux évoluer',
    'mon dossier de candidature est parti chez trois employeurs',
  ])('Given « %s », When read, Then no recognition is read', (text) => {
    expect(profileOf(text).rqth).toBeUndefined();
  });
});

describe('No false alarm: the health is not the person\'s, not present, not literal, or the job\'s', () => {
  it.each([
    "mon fils est autiste, je cherche un emploi à temps partiel pour m'en occuper",
    'mon mari est en arrêt maladie et moi je cherche un boulot',
    "ma mère est bipolaire, j'aimerais trouver un travail près de chez elle",
    'ma femme a une sclérose en plaques, je cherche un emploi de jour',
    "j'ai eu un cancer il y a 15 ans, tout va bien maintenant, je voudrais changer de métier",
    "j'ai eu une tendinite il y a deux ans, c'est guéri, je cherche un CDI",
    'je suis malade de mon boulot tellement il m\'ennuie, je veux me reconvertir',
    "j'en ai marre, ça me rend malade de chercher du travail",
    'mon boulot me rend malade, je veux changer de voie',
    'je travaille dans un centre pour personnes handicapées et je cherche un CDI',
    'je veux devenir éducateur spécialisé auprès de personnes handicapées',
    'je suis aide-soignante et je voudrais devenir infirmière',
    "je bosse à l'hôpital comme ASH et je cherche une formation",
    'je suis infirmière en psychiatrie et je veux changer de service',
    "je travaille avec mes mains depuis vingt ans, je cherche un poste d'ébéniste",
    "j'ai une boîte de transport et je veux la vendre",
  ])('Given « %s », When read, Then no health barrier and no job at risk for health', (text) => {
    const p = profileOf(text);
    expect(p.barriers).not.toContain('sante');
    expect(p.jobAtRiskForHealth).toBeUndefined();
  });

  it('Given a relative\'s illness and then the person\'s own, When read, Then the person\'s own counts', () => {
    expect(profileOf('mon fils est autiste et moi je suis en burn-out depuis six mois').barriers).toContain('sante');
  });

  it('Given an illness healed but with after-effects, When read, Then health is still a barrier', () => {
    expect(profileOf("j'ai eu un cancer, je suis guérie mais je garde une grande fatigue et des douleurs chroniques").barriers).toContain('sante');
  });
});
