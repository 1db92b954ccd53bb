// Out-of-scope questions, Transitions collectives, business handover, a woman left after years at home
// and figurative hunger, each told in other words (our own sentences, never an evaluation set's).
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';
import { routed } from './readFirstMessage.js';

describe('Out-of-scope questions told in other words', () => {
  it.each([
    "ma cheffe veut me licencier pour une absence, je me demande si elle a le droit",
    "mon employeur m'a mis un avertissement, j'aimerais savoir s'il a vraiment le droit",
    "je voudrais savoir si la direction a le droit de me changer d'horaires sans prévenir",
  ])('Given a question on the employer right, When it is read, Then it is a dispute with the employer: %s', (text) => {
    expect(extractProfile(text).profile.outOfScope).toContain('litige_employeur');
  });

  it.each([
    'ma boîte refuse de me payer mes heures depuis mars',
    "le restaurant refuse de me verser mon salaire d'octobre",
  ])('Given an employer refusing to pay, When it is read, Then it is a dispute with the employer: %s', (text) => {
    expect(extractProfile(text).profile.outOfScope).toContain('litige_employeur');
  });

  it('Given unpaid wages and a career wish, When routed, Then the dispute is named and the career adviser is proposed', () => {
    const { profile, decision } = routed("Je suis vendeuse en CDI, mon magasin refuse de me payer mes primes, je veux changer de métier et partir dans la logistique.");
    expect(profile.outOfScope).toContain('litige_employeur');
    expect(decision.operatorTypes).toEqual(expect.arrayContaining(['out_of_scope', 'cep_actifs_occupes']));
  });

  it.each([
    "je touche l'AAH, si je reprends un mi-temps est-ce que je garde l'AAH ?",
    "si j'accepte une mission d'intérim je perds mes allocations ou pas",
    'je vais perdre la prime d\'activité si je fais des heures en plus ?',
  ])('Given keeping or losing a benefit with a job, When it is read, Then it is a benefit question: %s', (text) => {
    expect(extractProfile(text).profile.outOfScope).toContain('montant_allocation');
  });

  it.each([
    "si je démissionne, est-ce que je perds le chômage ? je veux me reconvertir",
    "j'ai perdu mon emploi et je touche le chômage depuis mai",
  ])('Given a démission question or a plain statement, When it is read, Then it is no benefit question: %s', (text) => {
    expect(extractProfile(text).profile.outOfScope).not.toContain('montant_allocation');
  });

  it('Given a tax question and a help asked for a career change, When routed, Then both the out-of-scope answer and the career adviser', () => {
    const { profile, decision } = routed("Un bilan de compétences, ça se déduit de la déclaration de revenus ? Et qui pourrait m'accompagner dans ma reconversion ? Je suis comptable dans un cabinet privé.");
    expect(profile.needs).toContain('reconversion');
    expect(decision.operatorTypes).toEqual(expect.arrayContaining(['out_of_scope', 'cep_actifs_occupes']));
  });
});

describe('Transitions collectives described without its name', () => {
  it.each([
    "Mon entreprise prévoit un plan social et propose de nous former vers des métiers porteurs de la région en gardant notre paie.",
    "Chez nous les postes sont menacés, la RH parle de passer vers les secteurs qui embauchent autour de l'usine.",
  ])('Given jobs at risk and jobs that recruit nearby, When routed, Then Transitions Pro with the career adviser: %s', (text) => {
    const { profile, decision } = routed(`${text} Je suis salarié en CDI.`);
    expect(profile.schemesMentioned).toContain('transitions_collectives');
    expect(decision.operatorTypes).toEqual(expect.arrayContaining(['transitions_pro', 'cep_actifs_occupes']));
  });

  it('Given jobs that recruit without jobs at risk, When read, Then no Transitions collectives', () => {
    expect(extractProfile('je cherche une formation vers les métiers qui recrutent, je suis salarié').profile.schemesMentioned ?? []).not.toContain('transitions_collectives');
  });
});

describe('Handing over a business', () => {
  it.each([
    "je suis boulangère à mon compte, je cherche un repreneur pour partir à la retraite dans deux ans",
    "artisan depuis trente ans, je voudrais céder mon atelier et me reconvertir",
    'gérant de mon restaurant, je veux vendre mon fonds de commerce et changer de vie',
  ])('Given an owner handing over, When routed, Then the creation and takeover partner: %s', (text) => {
    const { profile, decision } = routed(text);
    expect(profile.needs).toContain('creation_entreprise');
    expect([...decision.operatorTypes, ...decision.partners]).toContain('creation_entreprise');
  });

  it('Given an employee whose employer sells the company, When read, Then no creation need', () => {
    expect(extractProfile("je suis salarié, mon patron veut céder l'entreprise et j'ai peur pour mon poste").profile.needs).not.toContain('creation_entreprise');
  });
});

describe('A woman left by her partner after years without work', () => {
  it.each([
    "ça fait 12 ans que je n'ai pas travaillé, mon conjoint vient de me quitter, il faut que je trouve un emploi",
    'j ai plus bossé depuis huit ans, mon mari est reparti chez sa mère, je dois retrouver du travail',
  ])('Given a partner gone and years at home, When routed, Then the CIDFF partner: %s', (text) => {
    const { profile, decision } = routed(text);
    expect(profile.womanSpecificBarrier).toBe(true);
    expect([...decision.operatorTypes, ...decision.partners]).toContain('cidff');
  });

  it('Given a man saying the same, When read, Then no CIDFF', () => {
    expect(extractProfile("je suis un homme, pas bossé depuis 5 ans, ma femme est partie, je suis perdu").profile.womanSpecificBarrier ?? false).toBe(false);
  });
});

describe('Figurative hunger is no emergency', () => {
  it.each([
    "j'ai faim de réussite, je veux ouvrir ma propre agence de voyage",
    "on a faim d'apprendre, mon associé et moi voulons créer une entreprise",
    'jai faim de changement, je suis infirmier et je veux me reconvertir',
  ])('Given hunger for success, When read, Then no emergency: %s', (text) => {
    expect(extractProfile(text).profile.emergencies).not.toContain('faim');
  });

  it.each(["j'ai faim depuis hier, plus rien dans le frigo", "on a faim, les enfants n'ont rien mangé", "j'ai une faim de loup et rien à manger"])(
    'Given real hunger, When read, Then the emergency stands: %s',
    (text) => {
      expect(extractProfile(text).profile.emergencies).toContain('faim');
    },
  );
});
