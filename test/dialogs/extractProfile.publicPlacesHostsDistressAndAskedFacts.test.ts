// Families of the eighth round's misses, in our own words (never the sets' sentences): emergencies told as
// situations (a public place slept in, a host or a shelter that stops within days, an acute crisis at
// work), out-of-scope questions next to a career one (an employer's staff training, a benefit that
// dropped), and facts that belong to a question or to someone else (the RQTH asked about, a husband's RQTH).
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import { profileOf } from './readFirstMessage.js';

describe('Sleeping in a public place', () => {
  it.each([
    'la saison est finie et depuis trois nuits je dors sur la plage à Arcachon',
    'jdors au parc depuis samedi jsais pas quoi faire',
    'je dors dans le bois derrière la zone commerciale depuis que mon coloc est parti',
    'Depuis mardi, je passe mes nuits à la gare. Je cherche du travail dans la manutention.',
    'on dort sous le pont avec mon copain, on voudrait trouver du boulot',
    "euh là je dors sur un banc depuis une semaine et j'aimerais bien retravailler",
  ])('given a public place slept in, when read, then a housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).toContain('sans_logement');
  });

  it.each([
    'je suis sauveteur, je travaille sur la plage tout l’été et je voudrais une formation',
    'je me promène au parc le matin, je cherche un emploi de jardinier',
    'je travaille à la gare comme agent d’accueil et je voudrais évoluer',
    "je dors mal depuis que j'ai perdu mon emploi, je voudrais faire un bilan",
  ])('given a beach, a park or a station as a place of work or walk, when read, then no housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).not.toContain('sans_logement');
  });
});

describe('A host or a shelter that stops within days', () => {
  it.each([
    "je dors chez un pote depuis que j'ai quitté mon appart mais il m'a dit de partir lundi",
    'Mon cousin m’héberge depuis un mois ; il ne pourra plus me loger après vendredi et je n’ai aucune solution.',
    "jsuis au foyer depuis avant hier mais ils me gardent que deux nuits",
    'une collègue m’accueille mais seulement quatre nuits, après je sais pas',
    'je suis hébergée chez une amie, elle ne pourra plus me garder la semaine prochaine',
    "Hébergé au centre d'hébergement, on m'a demandé de libérer la chambre demain et je n'ai nulle part où aller.",
    "Je suis actuellement hébergée par une amie qui m'a demandé de quitter son domicile d'ici samedi.",
    'je suis au 115 mais ils me gardent que jusqu’à jeudi',
  ])('given a stay that ends within days or with nothing after, when read, then a housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).toContain('sans_logement');
  });

  it.each([
    "je vis chez mes parents et je voudrais trouver un apprentissage en cuisine",
    'mon frère m’héberge le temps que je trouve un appartement, je cherche un CDI de comptable',
    'je dors chez une amie ce week-end pour un entretien à Lyon',
    "mon patron m'a demandé de partir demain plus tôt, je voudrais changer de métier",
    'ma copine me loge depuis six mois, tout va bien, je voudrais une formation de soudeur',
    'je vis chez mes parents, mon patron ne va pas me garder, fin de contrat vendredi',
    "mon ami m'héberge pour deux nuits pendant ma formation à Paris",
    "je vis chez mes parents, après je sais pas trop quoi faire, demain j'ai un entretien",
    'je vis chez mes parents, mon patron me garde jusqu’à vendredi et après je sais pas',
    'je suis hébergé par mon frère jusqu’à ce que je trouve un appart, je cherche un CDI',
    'je vis chez ma mère, elle ne peut plus me garder les enfants demain, comment je fais pour mon entretien',
  ])('given a stay with no end or a boss asking to leave early, when read, then no housing emergency: %s', (text) => {
    expect(profileOf(text).emergencies).not.toContain('sans_logement');
  });

  it('given a host that stops next week, when routed, then the emergency lines come with the career partners', () => {
    const profile = profileOf('je suis au chômage, un ami me loge mais il ne pourra plus me garder après dimanche');
    expect(routeProfile(profile).operatorTypes).toEqual(expect.arrayContaining(['social_emergency', 'france_travail']));
  });
});

describe('An acute crisis at work', () => {
  it.each([
    "je suis cachée dans les vestiaires je pleure j'arrive pas à respirer mon chef m'a encore humiliée",
    "Je suis en pleine crise d'angoisse au bureau, je tremble, je ne pourrai pas y retourner.",
    'jsuis enfermé dans les wc du taf jarrive plus a respirer je tremble',
    "excusez moi je fais une crise de panique j'arrive plus à me calmer mon cœur bat trop vite",
  ])('given panic, breath failing or hiding with another sign, when read, then distress: %s', (text) => {
    expect(profileOf(text).emergencies).toContain('detresse');
  });

  it.each([
    "j'ai fait une crise d'angoisse l'an dernier, aujourd'hui ça va et je voudrais changer de métier",
    'je pleure souvent après le travail, je voudrais faire un bilan de compétences',
    'les entretiens me stressent, je tremble à chaque fois, comment me préparer ?',
    "je suis coincé dans les bouchons tous les jours, je voudrais un poste plus près",
    "j'ai une crise d'angoisse quand je pense à l'entretien, je tremble",
  ])('given a crisis in the past, stress or tears alone, when read, then no distress: %s', (text) => {
    expect(profileOf(text).emergencies).not.toContain('detresse');
  });
});

describe('Out of scope next to a career question', () => {
  it.each([
    "Madame, je dirige un garage de quatre salariés et souhaite faire passer à l'un de mes mécaniciens une formation en électrique. Quelles aides mon entreprise peut-elle obtenir ?",
    'gérante d’un salon de coiffure, je voudrais savoir à quels financements ma structure peut prétendre pour former une de mes coiffeuses',
    'je suis patron d’une petite entreprise de btp, notre société peut bénéficier de quelles aides pour former nos ouvriers ?',
  ])("given an employer asking what the company can get to train its staff, when read, then the employers' services: %s", (text) => {
    expect(profileOf(text).outOfScope).toContain('besoin_formation_employeur');
  });

  it.each([
    "mon RSA a été suspendu le mois dernier je comprends pas pourquoi, et je voudrais reprendre une formation d'aide-soignante",
    'Mon APL a diminué sans aucune explication. Par ailleurs je souhaiterais évoluer dans mon entreprise.',
    "ma prime d'activité elle a été coupée et personne m'explique, sinon je suis caissière en CDI et je veux évoluer",
  ])('given a benefit that dropped or stopped unexplained, when read, then a benefit question: %s', (text) => {
    expect(profileOf(text).outOfScope).toContain('montant_allocation');
  });

  it.each([
    "mon salaire a baissé depuis qu'on m'a changé de poste, je comprends pas pourquoi, je voudrais changer d'entreprise",
    "ma prime d'activité a augmenté, tant mieux, je voudrais passer le permis cariste",
  ])('given a pay drop or a benefit change not asked about, when read, then no benefit question: %s', (text) => {
    expect(profileOf(text).outOfScope).not.toContain('montant_allocation');
  });

  it('given an unexplained benefit drop and a career wish, when routed, then both the benefit answer and the career partner', () => {
    const profile = profileOf("mon RSA a baissé ce mois ci je comprends pas pourquoi, et je suis en CDI comme vendeuse, je voudrais me former pour évoluer");
    expect(routeProfile(profile).operatorTypes).toEqual(expect.arrayContaining(['out_of_scope', 'cep_actifs_occupes']));
  });

  it.each([
    'je touche les APL, combien je perds si je reprends, jcherche dans la vente',
    "c'est combien le rsa si je bosse 20h ? je recherche dans le ménage ou l'aide à domicile",
    'je suis au rsa, je cherche comme plongeur ou serveur, et les apl ça change comment ?',
  ])('given a benefit question and a job search by sector, when read, then the job search is kept: %s', (text) => {
    expect(profileOf(text).needs).toContain('recherche_emploi');
  });
});

describe('Facts told in a question or about someone else', () => {
  it.each([
    "oui bonjour c'est quoi au juste la RQTH, je suis en CDI depuis dix ans",
    "qu'est-ce que c'est exactement la reconnaissance de travailleur handicapé je suis vendeur",
    'la RQTH on en parle beaucoup dans mon entreprise, je voulais savoir si ça peut me servir',
  ])('given the RQTH only asked about or heard of, when read, then no RQTH: %s', (text) => {
    expect(profileOf(text).rqth).toBeUndefined();
  });

  it.each([
    "c'est pour moi, pas pour ma femme : elle, elle est infirmière et elle a la RQTH depuis son accident. Moi je cherche du travail.",
    'mon fils lui il vit à la maison il est reconnu travailleur handicapé, moi je voudrais reprendre un emploi',
    "je suis aidant de mon père il a l'AAH, et je voudrais me former",
  ])('given a recognition held by « il » or « elle », when read, then not the speaker’s: %s', (text) => {
    expect(profileOf(text).rqth).not.toBe('oui');
  });

  it('given one’s own recognition, when read, then it is still read', () => {
    expect(profileOf("j'ai la RQTH depuis deux ans pour mon dos et je voudrais changer de métier").rqth).toBe('oui');
  });
});

describe('Evidence of the new emergencies', () => {
  it.each([
    ['je dors sur la plage depuis dimanche', 'sans_logement'],
    ['un ami me loge mais il ne pourra plus me garder après samedi', 'sans_logement'],
    ["je suis enfermée dans les toilettes du magasin, j'arrive plus à respirer, je pleure", 'detresse'],
  ])('given « %s », when read, then the emergency carries the person’s words', (text, emergency) => {
    const found = extractProfile(text).evidence.find((e) => e.fact === 'emergencies' && e.value === emergency);
    expect(found?.words).toBeTruthy();
  });
});
