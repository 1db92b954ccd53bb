// Concept families told without the administrative words (second blind routing set, 2026-12-06):
// women facing specific barriers (CIDFF), business creation, out-of-scope questions, housing
// emergencies said formally or in the past. Every sentence here is our own, none from a set.
import { describe, expect, it } from 'vitest';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';
import { emptyProfile } from '../../orientation/routing/profile.js';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import { outOfScopeReply } from '../../orientation/conversation/orientationReplies.js';
import { profileOf } from './readFirstMessage.js';

describe('Women facing specific barriers (CIDFF partner)', () => {
  it.each([
    'je suis vendeuse et je les élève toute seule depuis que leur père est parti',
    "Depuis mon divorce j'élève mes trois garçons, je cherche un poste à temps partiel",
    'maman seule de deux petits, jcherche du taf le matin',
    'je suis séparée, j’ai 2 enfants en bas âge et je voudrais me former',
    'jsuis toute seule avec mes jumelles depuis cet été, faut que je retravaille',
    'je m’occupe seule de mes trois enfants depuis la séparation',
    'famille mono, 2 enfants, jcherche du travail',
  ])('Given single parenting told in her words « %s », Then the woman-specific barrier is read', (text) => {
    expect(profileOf(text).womanSpecificBarrier).toBe(true);
  });

  it.each([
    "je me suis arrêtée de travailler à la naissance de ma deuxième fille, il y a sept ans",
    "j'ai mis ma carrière entre parenthèses pour élever mes trois enfants",
    "six ans à la maison pour m'occuper de mes petits, je voudrais reprendre",
    "j'ai quitté mon poste quand j'ai eu mon fils et ça fait huit ans",
    'je sors de trois ans de congé parental, je veux changer de métier',
    "j'ai fait une pause de cinq ans pour mes enfants",
    'après mon congé maternité je ne suis jamais retournée au travail, ma fille a 6 ans',
  ])('Given a long break for the children « %s », Then the woman-specific barrier is read', (text) => {
    expect(profileOf(text).womanSpecificBarrier).toBe(true);
  });

  it.each([
    "mon copain me rabaisse devant tout le monde et lit tous mes messages, je n'en peux plus",
    "mon mari contrôle mon salaire et m'interdit de voir mes amies",
    "mon ex m'a menacée d'une arme la semaine dernière",
    "mon compagnon me suit partout, il m'a enfermée dans la chambre hier",
    'mon conjoint est devenu violent, il me traite de tous les noms',
  ])('Given a partner\'s control told in other words « %s », Then it is violence and the CIDFF partner', (text) => {
    const p = profileOf(text);
    expect(p.emergencies).toContain('violence');
    expect(p.womanSpecificBarrier).toBe(true);
  });

  it.each([
    "je suis étudiant et mon père m'a frappé hier soir",
    'je suis papa solo de deux enfants, je cherche un emploi de nuit',
    "je suis un homme, j'ai arrêté de travailler pour élever mes enfants",
    "je suis divorcé, j'élève seul mon fils et je cherche un CDI",
  ])('Given a man « %s », Then no CIDFF (it serves women)', (text) => {
    expect(profileOf(text).womanSpecificBarrier).toBeUndefined();
  });

  it.each([
    'je suis chauffeur et mes enfants me manquent, je veux un poste sédentaire',
    "mon mari me pousse à reprendre mes études, je suis d'accord",
    'mon compagnon surveille les enfants pendant ma formation',
    'mon mari est au chômage, et au travail mon chef me harcèle et me menace',
    "j'ai deux enfants et je cherche un travail près de l'école",
    'je suis mère de trois enfants et comptable en CDI, je veux faire un bilan de compétences',
    'élève en terminale, je voudrais faire un BTS',
  ])('Given no specific barrier « %s », Then no CIDFF and no violence', (text) => {
    const p = profileOf(text);
    expect(p.womanSpecificBarrier).toBeUndefined();
    expect(p.emergencies).toEqual([]);
  });

  it('Given « j’élève seule », When the status is read, Then the verb is not the pupil « élève »', () => {
    expect(profileOf("je suis aide à domicile en CDI et j'élève seule mon fils").status).toBe('salarie_prive');
    expect(profileOf("je suis élève en première").status).toBe('eleve');
  });

  it('Given a woman with a partner told violent, When routed, Then the emergency line and the CIDFF partner', () => {
    const d = routeProfile({ ...profileOf("mon conjoint m'humilie tous les jours et m'empêche de sortir, je suis caissière"), age: 33, place: { departement: '59' } });
    expect(d.operatorTypes).toContain('social_emergency');
    expect(d.partners).toContain('cidff');
  });
});

describe('Business creation told in everyday words', () => {
  it.each([
    'je voudrais lancer ma propre marque de cosmétiques',
    'mon projet c’est de monter ma petite boîte de paysagisme',
    'je veux me mettre en auto-entrepreneur comme photographe',
    "j'aimerais reprendre la ferme de mes parents",
    'racheter le fonds de commerce du tabac de mon village',
    'je pense devenir mon propre patron dans la plomberie',
    'ouvrir un atelier de réparation de vélos',
  ])('Given « %s », Then the creation need (and its partner)', (text) => {
    expect(profileOf(text).needs).toContain('creation_entreprise');
  });

  it.each([
    'je voudrais reprendre une activité après un congé maladie',
    'je veux reprendre le travail en septembre',
    "je dois créer mon compte sur le site de France Travail",
    'je suis à mon compte depuis dix ans, je veux me reconvertir',
  ])('Given no creation « %s », Then no creation need', (text) => {
    expect(profileOf(text).needs).not.toContain('creation_entreprise');
  });

  it('Given a job seeker on RSA who wants to start as micro-entrepreneur, Then the wish is no independent status', () => {
    const p = profileOf('je touche le rsa et je veux passer en micro-entreprise pour vendre mes bijoux');
    expect(p.status).toBe('demandeur_emploi');
    expect(p.needs).toContain('creation_entreprise');
  });
});

describe('Out of scope told in other words', () => {
  it.each([
    ['cmb je vais toucher avec ma prime d’activité si je prends un mi-temps', 'montant_allocation'],
    ['combien la CAF va me retirer sur mon RSA si je reprends un CDD', 'montant_allocation'],
    ["est-ce que j'ai le droit de refuser de travailler le dimanche ?", 'litige_employeur'],
    ['mon licenciement pour faute grave est-il légal ?', 'litige_employeur'],
    ["l'indemnité de ma rupture conventionnelle est-elle correcte ?", 'litige_employeur'],
    ["je suis gérante d'une boulangerie, comment former mes vendeuses à la caisse ?", 'besoin_formation_employeur'],
    ['les frais de ma formation sont-ils déductibles de mes revenus ?', 'question_impots'],
    ['ça fait combien le RSA pour une personne seule ?', 'montant_allocation'],
    ['à combien j’ai droit au chômage après 3 ans de CDI', 'montant_allocation'],
    ['mon RSA va baisser si je fais des heures ?', 'montant_allocation'],
    ["mon patron a-t-il le droit de me changer d'horaires ?", 'litige_employeur'],
    ["est-ce qu'on peut me licencier pendant un arrêt maladie", 'litige_employeur'],
    ['mes heures sup ne sont toujours pas payées', 'litige_employeur'],
    ['nous avons 12 salariés, comment financer leur formation', 'besoin_formation_employeur'],
    ['ma reconversion, je peux la déclarer aux impôts ?', 'question_impots'],
  ])('Given « %s », Then %s', (text, topic) => {
    expect(profileOf(text).outOfScope).toContain(topic);
  });

  it.each([
    'combien de temps dure une formation de cariste ?',
    'je voudrais me former pour devenir formatrice',
    "j'ai droit à une formation payée par mon CPF ?",
    'je travaille au centre des impôts de Tours et je veux changer de métier',
    'je suis serveuse, comment financer ma formation',
    'mes horaires sont réguliers mais le salaire est bas',
  ])('Given a career question « %s », Then nothing out of scope', (text) => {
    expect(profileOf(text).outOfScope).toEqual([]);
  });

  it('Given a tax question, When routed and answered, Then the tax office is named, in French', () => {
    const p = { ...emptyProfile(), outOfScope: ['question_impots' as const] };
    const d = routeProfile(p);
    expect(d.operatorTypes).toEqual(['out_of_scope']);
    expect(d.reasons.out_of_scope).toMatch(/impots\.gouv\.fr/);
    expect(outOfScopeReply(['question_impots']).text).toMatch(/impôts/);
  });

  it('Given an amount question with a career wish, Then both are kept', () => {
    const p = profileOf("combien je vais percevoir d'ARE pendant ma formation ? je veux devenir électricienne");
    expect(p.outOfScope).toContain('montant_allocation');
    expect(extractProfile("combien je vais percevoir d'ARE pendant ma formation ? je veux devenir électricienne").tradeQuery).toMatch(/electricienne/);
  });
});

describe('Housing emergencies said formally, and the past that cancels them', () => {
  it.each([
    "Je suis tenue de libérer l'appartement lundi et je n'ai trouvé aucune solution de relogement.",
    'on doit rendre le studio demain, aucun point de chute',
    "Mon propriétaire m'a donné congé, je dois partir de mon logement dans trois jours.",
    'pas de solution d’hébergement pour moi et mes enfants à partir de ce soir',
    'je n’ai nulle part où loger à partir de demain',
    'après deux nuits dehors, je ne sais toujours pas où dormir ce soir',
    "j'ai été expulsée de mon studio ce matin avec mon fils",
  ])('Given « %s », Then a housing emergency', (text) => {
    expect(profileOf(text).emergencies).toContain('sans_logement');
  });

  it.each([
    "Il y a cinq ans j'ai dormi dans ma voiture pendant tout un hiver ; maintenant je suis locataire et je veux évoluer.",
    "j'ai connu la rue quand j'avais vingt ans, aujourd'hui je suis cariste en CDI",
    "J'étais SDF, je dormais dehors. Maintenant j'ai un logement et je cherche une formation.",
    'mon bail se termine en juin, je cherche un appartement plus près du travail',
    'je dois quitter mon logement pour suivre ma formation à Rennes',
    "je quitte mon appartement le 15 pour emménager à Lyon où j'ai trouvé un CDI",
    "j'ai été SDF pendant deux ans, aujourd'hui je suis cuisinier en CDI et je veux évoluer",
    "après deux ans à la rue j'ai enfin un studio, je cherche une formation",
    "quand j'étais à la rue j'ai appris à me débrouiller, maintenant je veux devenir éducateur",
  ])('Given « %s », Then no false alarm', (text) => {
    expect(profileOf(text).emergencies).toEqual([]);
  });

  it('Given a past told first and a present loss after, Then the present still counts', () => {
    expect(profileOf("Il y a deux ans j'ai perdu mon travail, et depuis une semaine je dors dans ma voiture").emergencies).toContain('sans_logement');
  });
});

describe('The words behind the new families are kept as evidence', () => {
  it.each([
    ["mon copain m'espionne et garde ma carte bleue", 'emergencies', 'violence', /copain/],
    ['on doit libérer le studio samedi, aucune solution de relogement', 'emergencies', 'sans_logement', /liberer|relogement/],
    ['le CPF, ça se déduit des impôts ? c’est déductible ?', 'outOfScope', 'question_impots', /deductible/],
    ['cmb on me retire sur le chômage si je bosse le samedi', 'outOfScope', 'montant_allocation', /cmb/],
  ] as const)('Given « %s », Then %s %s comes with the person’s words', (text, fact, value, words) => {
    const e = extractProfile(text).evidence.find((x) => x.fact === fact && x.value === value);
    expect(e?.via).toBe('lexicon');
    expect(e?.words).toMatch(words);
  });
});

describe('Career needs and schemes told in everyday words', () => {
  it.each([
    'caissière depuis 12 ans, je veux vraiment changer',
    'je compte changer de branche, le commerce ne me plaît plus',
    "j'aimerais basculer vers l'informatique après vingt ans de compta",
    'après mon licenciement je voudrais rebondir',
    'à 45 ans je rêve d’une seconde carrière',
    'je veux faire autre chose que la vente',
  ])('Given « %s », Then a reconversion need', (text) => {
    expect(profileOf(text).needs).toContain('reconversion');
  });

  it.each([
    'je veux changer mes horaires de travail',
    "je dois changer de voiture pour aller au travail",
    'je voudrais passer dans la classe supérieure en septembre',
    'je peux passer vers la fin de la semaine pour déposer mon CV',
    'je ne veux pas changer de métier, juste de ville',
  ])('Given « %s », Then no reconversion need', (text) => {
    expect(profileOf(text).needs).not.toContain('reconversion');
  });

  it.each([
    "je suis technicienne en CDI, je voudrais me former au design en gardant mon salaire",
    'est-il possible de toucher mon salaire pendant ma formation de soudeur ? je suis salarié',
    'salariée, je cherche une formation longue rémunérée pour devenir infirmière',
  ])('Given a transition project described « %s », When routed, Then Transitions Pro alongside', (text) => {
    const p = profileOf(text);
    expect(p.schemesMentioned).toContain('ptp');
    expect(routeProfile({ ...p, status: p.status ?? 'salarie_prive', age: 40, place: { departement: '35' } }).operatorTypes).toContain('transitions_pro');
  });
});

describe('More ways of saying it (round 3, second pass)', () => {
  it.each([
    ['je me suis consacrée à ma famille pendant quinze ans', true],
    ["j'ai élevé mes quatre enfants pendant douze ans, je veux retravailler", true],
    ['jsui une maman seule avc 3 gosses', true],
  ])('Given « %s », Then the CIDFF cue is read', (text) => {
    expect(profileOf(text).womanSpecificBarrier).toBe(true);
  });

  it('Given « j’ai élevé mes enfants », Then no pupil status', () => {
    expect(profileOf("j'ai élevé mes enfants pendant dix ans").status).not.toBe('eleve');
  });

  it('Given SMS « avc » before a noun group, Then it is « avec », while « un AVC » stays a health condition', () => {
    expect(profileOf('jsuis seule avc mes 2 petits').barriers).not.toContain('sante');
    expect(profileOf("j'ai fait un AVC l'an dernier, je cherche un poste adapté").barriers).toContain('sante');
  });

  it.each([
    'je veux ouvrir ma propre auto-école',
    "j'ai un projet de reprise d'une boulangerie",
    'on voudrait monter une SCOP de menuiserie avec des amis',
    'je veux devenir indépendante comme graphiste',
    "je pense m'installer comme ostéopathe en libéral",
  ])('Given « %s », Then the creation need', (text) => {
    expect(profileOf(text).needs).toContain('creation_entreprise');
  });

  it.each(['après cinq ans de congé parental je voudrais reprendre', 'je voudrais me remettre à travailler doucement'])('Given « %s », Then a job-seeking need', (text) => {
    expect(profileOf(text).needs).toContain('recherche_emploi');
  });

  it.each(['je veux reprendre confiance en moi', 'je voudrais reprendre mes études'])('Given « %s », Then no job-seeking need from « reprendre »', (text) => {
    expect(profileOf(text).needs).not.toContain('recherche_emploi');
  });

  it('Given a benefit suspended, Then the paying body (out of scope)', () => {
    expect(profileOf('mon RSA a été suspendu le mois dernier, pourquoi ?').outOfScope).toContain('montant_allocation');
  });

  it('Given a lease ending and nothing found, Then a housing emergency; a lease ending in months, none', () => {
    expect(profileOf("notre bail se termine à la fin du mois et on n'a toujours rien trouvé").emergencies).toContain('sans_logement');
    expect(profileOf('mon bail se termine en août, je cherche un T3 plus près du travail').emergencies).toEqual([]);
  });

  it('Given violence told years ago, Then no emergency line but still the CIDFF partner; months ago, the emergency', () => {
    const old = profileOf("il y a dix ans mon ex me battait ; aujourd'hui ça va et je veux me reconvertir");
    expect(old.emergencies).toEqual([]);
    expect(old.womanSpecificBarrier).toBe(true);
    expect(profileOf("il y a deux mois mon mari m'a frappée, je suis partie").emergencies).toContain('violence');
  });
});

describe('Formal and SMS registers of the same families', () => {
  it('Given a formal parental break, Then the CIDFF cue and the job-seeking need', () => {
    const p = profileOf("Ayant interrompu mon activité professionnelle durant sept années afin d'élever mes enfants, je souhaite reprendre un emploi.");
    expect(p.womanSpecificBarrier).toBe(true);
    expect(p.needs).toContain('recherche_emploi');
  });

  it.each([
    "Suite à l'arrivée de mon deuxième fils, j'ai cessé toute activité professionnelle.",
    'mon jules me cogne quand il a bu',
    'Mon concubin exerce sur moi une emprise totale et vérifie toutes mes dépenses.',
  ])('Given « %s », Then the CIDFF cue', (text) => {
    expect(profileOf(text).womanSpecificBarrier).toBe(true);
  });

  it.each([
    ["Je souhaiterais connaître le montant de l'indemnisation à laquelle je peux prétendre.", 'montant_allocation'],
    ['jveux savoir cb d alloc jvais avoir', 'montant_allocation'],
    ["Mon employeur m'impose un changement d'horaires : suis-je en droit de le refuser ?", 'litige_employeur'],
    ['faut-il déclarer mon indemnité de formation aux impôts ?', 'question_impots'],
  ])('Given « %s », Then %s', (text, topic) => {
    expect(profileOf(text).outOfScope).toContain(topic);
  });

  it.each([
    'je dois reprendre mon poste après mon congé, je ne veux plus ce métier',
    'mon compagnon surveille les devoirs des enfants le soir',
  ])('Given « %s », Then neither a job-seeking need nor violence', (text) => {
    const p = profileOf(text);
    expect(p.needs).not.toContain('recherche_emploi');
    expect(p.emergencies).toEqual([]);
  });

  it('Given violence read only by the classifier, Then the CIDFF partner too', () => {
    const e = extractProfile("il me surveille jour et nuit et j'ai peur de rentrer chez nous");
    expect(e.profile.emergencies).toContain('violence');
    expect(e.profile.womanSpecificBarrier).toBe(true);
  });
});

// Third blind routing set (seen, 2026-12-06): the same families told as stories. Our own sentences.
describe('Emergencies told as stories', () => {
  it.each([
    'depuis mon départ de chez ma mère je dors où je peux, souvent dans le métro',
    'ce soir ce sera encore la gare pour moi, je ne connais personne ici',
    "J'ai passé les trois dernières nuits dans une gare routière et je cherche un lit pour ce soir.",
    'jsais pas où jvais dormir, mon cousin veut plus me garder',
    "Je suis hébergée sur le canapé d'une collègue mais son mari ne veut plus de moi à partir de demain.",
    'Je cherche simplement un endroit au chaud pour dormir cette nuit.',
    'g dormi sous un pont avant hier et ce soir encore la rue',
    'Ma place au centre d’hébergement se termine vendredi et je n’ai rien trouvé.',
  ])('Given nowhere to sleep told as a story « %s », When read, Then the housing emergency', (text) => {
    expect(profileOf(text).emergencies).toContain('sans_logement');
  });

  it.each([
    "il reste plus rien dans le frigo depuis mardi et la paie n'arrive que le 5",
    'Nos placards sont vides et je ne sais pas comment faire manger les petits demain.',
    "je n'ai plus de quoi nourrir mon fils ce week-end",
    'EDF nous a coupé le courant hier, on a plus rien',
    "On m'a coupé le gaz et l'électricité, je vis avec une bougie.",
    "L'électricité est coupée depuis lundi chez nous.",
  ])('Given hunger or a cut supply told as a story « %s », When read, Then the hunger emergency', (text) => {
    expect(profileOf(text).emergencies).toContain('faim');
  });

  it.each([
    'parfois je me dis que ma famille serait plus heureuse sans moi',
    'je pense à tout arrêter pour de bon, je suis à bout',
    'tout le monde serait mieux sans moi de toute façon',
    'jveux plus vivre, jsuis fatigué de tout',
  ])('Given suicidal thoughts told in other words « %s », When read, Then distress', (text) => {
    expect(profileOf(text).emergencies).toContain('detresse');
  });

  it.each([
    'le rendez-vous de formation ce sera à la gare de Lyon, devant le quai 3',
    'je dors mal depuis que je cherche du travail, je voudrais une formation de cariste',
    "je suis agent d'accueil à la gare, je voudrais passer chef d'équipe",
    'mon frigo est plein mais mon CV est vide, je cherche un emploi de vendeur',
    'le montant de ma formation sera payé par mon CPF',
    'je ne veux plus vivre à Lille, je cherche un poste de comptable à Nantes',
    "j'ai dormi à l'hôtel pendant mon stage, je voudrais changer de poste",
    "je suis électricienne, je voudrais passer dans l'électricité industrielle",
  ])('Given everyday words near those families « %s », When read, Then no emergency', (text) => {
    expect(profileOf(text).emergencies).toEqual([]);
  });
});

describe('Out of scope told in other words, third round', () => {
  it.each([
    ["je tiens un garage, un de mes mécanos veut passer un diplôme, comment je lui finance une formation ? j'ai trois salariés", 'besoin_formation_employeur'],
    ['Puis-je déduire le coût de mon bilan de compétences de mes revenus ?', 'question_impots'],
    ["Comment je remplis ma déclaration de revenus avec mes indemnités de stage ?", 'question_impots'],
    ["je suis auto-entrepreneuse, comment déclarer mes recettes ? et je veux changer de voie", 'question_impots'],
    ["Quelle sera l'incidence de ma formation rémunérée sur mon RSA ?", 'montant_allocation'],
    ['si je reprends un mi-temps mon APL, son montant va baisser ?', 'montant_allocation'],
    ["Ma clause de non-concurrence m'empêche-t-elle de travailler chez un client ?", 'litige_employeur'],
    ['mon ancien patron menace de me poursuivre en justice si je monte ma boîte', 'litige_employeur'],
    ['Cette retenue sur salaire est-elle valable ?', 'litige_employeur'],
    ["je gère un salon avec trois employés, je voudrais payer une formation à ma coiffeuse", 'besoin_formation_employeur'],
    ['ma reprise à mi-temps va faire baisser mon RSA ?', 'montant_allocation'],
  ])('Given « %s », When read, Then %s', (text, topic) => {
    expect(profileOf(text).outOfScope).toContain(topic);
  });

  it('Given the support one may claim, When read, Then no benefit-amount question', () => {
    const p = profileOf('Je voudrais connaître les accompagnements auxquels je peux prétendre pour changer de métier.');
    expect(p.outOfScope).not.toContain('montant_allocation');
  });

  it('Given an employee of a small firm who wants a training, When read, Then no employer question', () => {
    const p = profileOf("je travaille dans une PME avec 10 salariés, mon patron est d'accord pour me payer une formation");
    expect(p.outOfScope).not.toContain('besoin_formation_employeur');
  });

  it('Given a civil servant with a legal question and a project in the private sector, When routed, Then out of scope and the public employer', () => {
    const p = profileOf("Fonctionnaire territoriale à Tours, ma demande de temps partiel a été refusée et je veux la contester. J'aimerais aussi construire un projet professionnel dans le secteur associatif.");
    expect(p.outOfScope).toContain('litige_employeur');
    expect(p.needs).toContain('reconversion');
    expect(routeProfile({ ...p, age: 41, place: { departement: '37' } } as never).operatorTypes).toContain('employer_public');
  });
});

describe('Needs told in other words, third round', () => {
  it.each([
    "J'exerce comme faisant fonction d'infirmière de bloc sans le diplôme, je voudrais l'obtenir avec mes années d'expérience.",
    'on m a dit que je pouvais valider mon CAP grâce à mon expérience',
    'ma cheffe dit que je pourrais le valider par mon ancienneté',
    'Je souhaite faire reconnaître mon expérience de cuisinier par un diplôme.',
  ])('Given a diploma through experience « %s », When read, Then the VAE need', (text) => {
    expect(profileOf(text).needs).toContain('vae');
  });

  it.each([
    "me former un an sans salaire c'est impossible avec deux enfants",
    "Une reconversion de dix-huit mois sans revenus n'est pas envisageable pour moi : ce n'est pas possible.",
    "y a un dispositif où on garde son salaire pendant la formation non ?",
  ])('Given a long paid training described « %s », When read, Then the transition project (PTP)', (text) => {
    expect(profileOf(text).schemesMentioned ?? []).toContain('ptp');
  });

  it.each([
    'je voudrais me déclarer en auto-entrepreneur pour mes cours de guitare',
    "Je souhaite m'immatriculer en tant que micro-entrepreneur pour mon activité de traduction.",
  ])('Given registering a business « %s », When read, Then the creation need', (text) => {
    expect(profileOf(text).needs).toContain('creation_entreprise');
  });
});

describe('CIDFF after years at home, third round', () => {
  it.each([
    "Je suis restée à la maison pendant neuf ans pour mes filles, je voudrais retravailler.",
    'jsuis restée a la maison 7 ans avec les petits, jveux bosser',
    "mon conjoint est parti il y a six mois, j'ai trois enfants et je cherche du travail",
    'Mon mari m’a quittée en janvier, je suis mère de deux ados et sans emploi.',
  ])('Given « %s », When read, Then the woman-specific barrier', (text) => {
    expect(profileOf(text).womanSpecificBarrier).toBe(true);
  });

  it('Given a man who stayed at home after an illness, When read, Then no woman-specific barrier', () => {
    expect(profileOf('je suis resté à la maison pendant deux ans après mon accident, je suis prêt à reprendre').womanSpecificBarrier).not.toBe(true);
  });
});
