// The person's own job title read against the ROME appellations' cadre flag (« j'ai été directrice
// financière », « Madame, Monsieur, contrôleur de gestion… »), and public employers told by the
// institution (« aide-soignante au CHU », « agent à la mairie », « ATSEM ») rather than by the word
// « fonctionnaire ». Sentences of our own, spoken, SMS and formal; never a set's.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../orientation/understanding/normalizeText.js';
import { ownJobTitles } from '../../orientation/understanding/ownJobTitle.js';
import { buildRomeJobTitles } from '../../scripts/rome-job-titles.js';
import { HAS_SHARED, SHARED_DATA } from '../knowledge/sharedData.js';
import { profileOf } from './readFirstMessage.js';

describe('A cadre-flagged job title the person holds or held makes cadre status likely', () => {
  it.each([
    "Pendant douze ans j'ai été directrice financière d'un groupe de BTP, je viens de signer une rupture conventionnelle",
    'Madame, Monsieur, contrôleur de gestion, j’ai été licencié pour motif économique en mars.',
    'Madame, Monsieur, ingénieur en mécanique, j’ai été licencié le mois dernier.',
    "Après quinze ans comme directeur commercial je me retrouve sans poste",
    "j'étais contrôleuse de gestion dans une PME, licenciée en juin",
    'Je suis pharmacienne en officine et je voudrais changer de voie',
    "j'ai été juriste d'entreprise pendant 8 ans, aujourd'hui au chômage",
    'Bonjour, auditrice interne depuis six ans, je souhaite faire un bilan de compétences',
    "ancienne attachée de presse, je cherche à me reconvertir",
    "en tant que juriste j'ai perdu mon emploi après un rachat",
    'Mon poste de contrôleur de gestion a été supprimé, je suis inscrit à France Travail',
    "pendant 10 ans j'ai été architecte d'intérieur et j'ai tout arrêté",
    'jsuis architecte d intérieur à mon compte, ça marche plus',
    "Bonjour, j'ai été directeur commercial export puis licencié, j'ai 54 ans",
    "j'étais DRH dans une PME, licenciée en mai",
    'Madame, Monsieur, directrice administrative et financière depuis 2011, je sollicite un rendez-vous.',
  ])('given %s, when read, then cadre status is likely but not asserted', (text) => {
    const p = profileOf(text);
    expect(p.cadreLikely).toBe(true);
    expect(p.cadre).toBeUndefined();
  });

  it.each([
    'Je suis responsable de rayon chez un grand distributeur, je veux changer',
    "j'ai été chef d'équipe maçon pendant dix ans, mon dos ne suit plus",
    'je suis aide soignante en ehpad depuis 5 ans',
    'Je voudrais devenir directrice financière, je suis comptable',
    'mon mari est contrôleur de gestion, moi je suis au foyer',
    "j'ai été reçue par la directrice financière qui m'a licenciée",
    "Pendant 5 ans j'ai été vendeuse en boulangerie",
    'je cherche un poste de juriste, je sors de mon master',
    "j'ai été licenciée par mon directeur commercial",
    "j'aimerais travailler comme pharmacienne, je suis préparatrice",
    'BTP, 20 ans de chantier, mon dos lâche',
  ])('given %s, when read, then no cadre likelihood', (text) => {
    const p = profileOf(text);
    expect(p.cadreLikely).toBeUndefined();
    expect(p.cadre).toBeUndefined();
  });
});

describe('An employee back from parental leave whose post was given away stays an employee', () => {
  it.each([
    'cadre RH, je rentre de 2 ans de congé parental et mon poste a été donné à quelqu’un d’autre',
    "Je reviens de congé maternité et on a donné mon poste à une autre personne",
    "de retour de congé parental, mon employeur m'a remplacée et me propose un placard",
    "je rentre d'un congé parental d'un an, on m'a retiré mon poste de comptable",
  ])('given %s, when read, then an employee (not inactive)', (text) => {
    expect(profileOf(text).status).toBe('salarie_prive');
  });
});

describe('Public servants told by the institution that employs them', () => {
  it.each([
    'aide-soignante au CHU de Lyon depuis 12 ans, je n’en peux plus',
    'je suis ATSEM dans une école maternelle et je veux évoluer',
    "ATSEM depuis dix ans, j'ai mal au dos",
    'agent à la mairie de Brest, je voudrais me former',
    "je suis agente d'entretien au conseil départemental",
    "Je travaille à la région comme agent des lycées",
    "infirmière à l'hôpital public, je veux quitter le soin",
    "je suis contractuelle de l'Éducation nationale, mon contrat finit en juin",
    "Je suis fonctionnaire territoriale, catégorie C, je veux changer de filière",
    'jsuis titulaire catégorie B à la mairie',
    'secrétaire de mairie depuis 2015, je veux me reconvertir',
    "auxiliaire de puériculture à la crèche municipale, je cherche autre chose",
    "Je suis policier municipal et je veux changer de métier",
    "brancardier à l'hôpital de Rennes, je voudrais devenir infirmier",
    "Bonjour, infirmière à l'hôpital de Cholet, je voudrais me reconvertir",
    'agent d’entretien au conseil régional depuis 2012',
    'je suis cuisinier à la cantine municipale',
    'Madame, Monsieur, adjointe administrative au centre hospitalier de Pau, je sollicite un bilan de compétences.',
    "je travaille au département, je m'occupe des routes",
    "ATSEM à l'école maternelle du quartier, je veux passer un diplôme",
  ])('given %s, when read, then a public servant', (text) => {
    expect(profileOf(text).status).toBe('agent_public');
  });

  it.each([
    'je suis facteur à la Poste depuis 20 ans',
    "Je suis aide-soignante dans une clinique privée",
    "je suis aide-soignante dans un EHPAD associatif",
    "prof dans une école privée hors contrat, je veux changer",
    "je travaille à La Poste comme guichetière",
  ])('given %s, when read, then a private employee', (text) => {
    expect(profileOf(text).status).toBe('salarie_prive');
  });

  it.each([
    'Je suis au CHU pour une opération, je suis vendeuse',
    'ma femme travaille à la mairie, moi je suis cariste',
    "j'ai rendez-vous à la mairie, je suis serveur",
    'mon fils est à la crèche municipale et je cherche du travail',
    'ma mère est hospitalisée au CHU, je suis vendeuse',
    'je suis allée à la mairie pour mes papiers, je suis serveuse',
    "je vais à l'hôpital tous les jours voir mon père, je suis au chômage",
    "je suis à l'hôpital depuis lundi, je suis caissière",
    'Bonjour je suis hospitalisée au CHU de Nantes et je suis en CDI chez Leclerc',
    "j'aimerais travailler à la mairie, je suis au chômage",
    'je voudrais travailler comme agent à la mairie, je suis vendeuse en CDI',
    "je cherche un travail à l'hôpital, je suis inscrite à France Travail",
    "l'ATSEM de ma fille m'a parlé de vous, je suis au chômage",
  ])('given %s, when read, then not a public servant', (text) => {
    expect(profileOf(text).status).not.toBe('agent_public');
  });
});

describe('Own job titles looked up in the ROME appellations', () => {
  it.each([
    ["pendant douze ans j'ai été directrice financière d'un groupe", 'directrice financiere', 'cadre'],
    ['Madame, Monsieur, contrôleur de gestion, j’ai été licencié', 'controleur de gestion', 'cadre'],
    ['je suis pharmacien assistant depuis 3 ans', 'pharmacien assistant', 'unflagged'],
    ["mon poste d'attachée de presse a été supprimé", 'attachee de presse', 'cadre'],
  ])('given %s, when the own titles are read, then the longest appellation decides', (text, title, flag) => {
    expect(ownJobTitles(normalizeText(text)).map((t) => [t.title, t.flag])).toContainEqual([title, flag]);
  });

  it.each([
    'je cherche un emploi en tant que juriste',
    'mon mari est contrôleur de gestion',
    'je suis architecte de logiciels embarqués',
    "j'ai été reçue par la directrice financière",
  ])('given %s, when the own titles are read, then none is the person’s', (text) => {
    expect(ownJobTitles(normalizeText(text)).filter((t) => t.flag === 'cadre')).toEqual([]);
  });
});

// The shipped table must be what scripts/rome-job-titles.ts builds from the ROME file (run it after a ROME update).
describe.skipIf(!HAS_SHARED)('The shipped job-title table against the ROME 4.0 appellations in ../shared', () => {
  it('given the ROME appellation file, when the table is rebuilt, then it equals the shipped one', () => {
    const rebuilt = buildRomeJobTitles(SHARED_DATA);
    const shipped = JSON.parse(readFileSync(new URL('../../orientation/understanding/romeJobTitles.fr.json', import.meta.url), 'utf8')) as unknown;
    expect(rebuilt).toEqual(shipped);
    expect(rebuilt.cadre).toContain('directrice financiere');
    expect(rebuilt.cadre).not.toContain('responsable de rayon produits frais');
    expect(rebuilt.otherTitles).toContain('cuisiniere');
    expect(rebuilt.otherTitles).not.toContain('directrice financiere');
  });
});
