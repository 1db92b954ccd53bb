// Violence, hunger and distress told as situations rather than named, in our own words (never an evaluation
// set's sentences), written before any tuning: insults and shoves at home, hiding from a drunk partner,
// a threat to kill said in the conditional, being waited for at work; the last food shared, nothing eaten
// since a day named, food vouchers used up; pills taken and the thought still there, asking whether living is
// still worth it, wanting to disappear; every register (spoken, SMS, formal, hesitant). Then their
// look-alikes: a « violent » pain, neighbours' quarrels, a parent's hyperbole, someone else's hunger,
// hunger as eagerness, pills for a headache, « ça vaut la peine » about a training, working oneself to death.
import { describe, expect, it } from 'vitest';
import { expectEmergencyLine, profileOf } from './readFirstMessage.js';

describe('Violence or fear now, told as what happens at home or at work', () => {
  it.each([
    'Quand mon mari a bu, je m’enferme dans la chambre avec les petits jusqu’à ce qu’il s’endorme. Je voudrais un travail pour partir.',
    'je me planque chez la voisine quand il rentre bourré, je veux bosser pour me barrer',
    'Quand il a trop bu je prends les enfants et on va se cacher dans la voiture, je cherche un emploi.',
    'Mes beaux-parents m’insultent et me bousculent devant mes enfants, je voudrais un travail pour quitter leur maison.',
    'Mon père m’insulte et me bouscule tous les jours, j’ai 19 ans et je voudrais une formation pour partir.',
    'ma belle-mère me crie dessus et me pousse dès que je rentre, jme sens pas en sécurité chez moi',
    'Mon frère me menace et me bouscule quand je rentre du travail, je n’ose plus rentrer le soir.',
    'Je ne me sens plus en sécurité chez moi depuis qu’il casse tout quand il est énervé. Je cherche un CDI pour partir.',
    'Il m’a prévenue que si je partais il me retrouverait et me tuerait. Je voudrais un emploi loin d’ici.',
    'il a dit que si je le quittais il me buterait, je cherche du taf dans une autre ville',
    'Mon ex m’a écrit que s’il me voyait avec quelqu’un il me ferait la peau.',
    'Mon ex m’attend tous les soirs devant le magasin où je travaille, hier il m’a suivie jusqu’au bus.',
    'Il m’a attendue à la sortie du boulot hier soir alors que je l’avais quitté, j’ai peur.',
    'mon ex m attend devant le taf tous les soirs jsais plus quoi faire',
    'Je dors avec une chaise contre la porte de la chambre parce qu’il boit et devient violent.',
    'Madame, je subis actuellement des insultes et des bousculades de la part de ma belle-famille, chez qui je réside avec mes enfants.',
    'Mon fils de 30 ans me bouscule et me prend mon argent, j’ai peur de lui, je suis à la retraite et je cherche un petit complément.',
    'euh… c’est compliqué… quand il rentre ivre je vais dormir chez ma voisine avec les enfants… je voudrais travailler pour partir',
    'Chaque fois qu’il a bu il me traite de tous les noms et me pousse contre le frigo, je voudrais retravailler.',
    'Mon compagnon m’a coincée contre le mur hier soir en me serrant le bras, je n’ose plus parler de chercher un emploi.',
  ])('given « %s », when read, then the emergency line for violence', (text) => {
    expectEmergencyLine(text, 'violence');
  });

  it.each([
    'Je suis déménageur, j’ai eu une sciatique violente qui m’a cloué au lit un mois, je voudrais changer de métier.',
    'Une douleur violente au genou m’empêche de rester debout, je suis vendeuse et je veux me reconvertir.',
    'Mes voisins s’insultent et se bousculent dans l’escalier tous les soirs, ça me fatigue, je voudrais changer de poste.',
    'Le couple d’à côté se dispute violemment toutes les nuits, je dors mal, je voudrais un travail de jour.',
    'Mes parents me tueraient si j’arrêtais la fac, mais je veux faire un CAP pâtissier.',
    'Ma mère va me tuer si je redouble encore, je voudrais une alternance.',
    'Ma femme m’attend à la sortie du travail pour qu’on rentre ensemble, je voudrais des horaires de jour.',
    'Je travaille dans un foyer pour femmes victimes de violences et je voudrais devenir cheffe de service.',
    'Une violente dispute avec mon patron m’a fait démissionner, je cherche un nouveau poste de comptable.',
    'Mon fils se cache dans sa chambre pour jouer à la console au lieu de chercher un stage, comment l’aider ?',
    'La rupture avec mon ancien employeur a été violente, je voudrais faire un bilan de compétences.',
    'Mon chef m’attend au tournant depuis que j’ai refusé les heures sup, je voudrais changer de service.',
  ])('given the look-alike « %s », when read, then no emergency', (text) => {
    expect(profileOf(text).emergencies).toEqual([]);
  });
});

describe('Hunger now, told as the food that is left', () => {
  it.each([
    'Hier soir on a partagé la dernière boîte de sardines à quatre, je cherche n’importe quel travail.',
    'ce midi on s est partagé un paquet de riz a trois avec les gosses, jcherche du taf',
    'Je n’ai rien avalé depuis hier matin, je garde mes derniers euros pour aller à l’entretien.',
    'jai rien bouffé depuis deux jours, je cherche un job',
    'J’ai pas mangé depuis jeudi, je suis au chômage depuis trois mois.',
    'Les bons alimentaires du CCAS sont épuisés et il reste une boîte de lentilles pour nous trois jusqu’à vendredi.',
    'On a utilisé tous les chèques alimentaires de l’assistante sociale, il ne reste qu’un paquet de pâtes jusqu’au RSA.',
    'Le colis du Secours populaire est fini, il reste deux yaourts pour les enfants jusqu’à lundi.',
    'Mes enfants mangent à la cantine, moi je ne mange plus le soir depuis une semaine pour qu’il en reste pour eux.',
    'J’ai le ventre vide depuis deux jours, je suis en fin de droits.',
    'Madame, je ne suis plus en mesure de m’alimenter correctement depuis plusieurs jours faute de ressources.',
    'Depuis mardi je tiens avec du pain et de l’eau, j’attends le virement de la CAF et je cherche un emploi.',
    'Je donne ma part aux enfants depuis une semaine, moi je mange pas, je voudrais un travail vite.',
    'Hier on a partagé le dernier morceau de pain, il n’y a plus rien jusqu’à la fin du mois.',
    'on a fini les derniers bons de la mairie, y a plus rien pour les petits',
    'Je me suis pas nourri depuis avant-hier, je cherche un CDD.',
  ])('given « %s », when read, then the emergency line for hunger', (text) => {
    expectEmergencyLine(text, 'faim');
  });

  it.each([
    'Je crève la dalle de réussir, je veux passer le concours d’infirmier cette année.',
    'J’ai la dalle de bosser, trois mois sans contrat, je prends tout.',
    'Mon voisin n’a plus de quoi manger depuis son licenciement, je lui apporte des plats, moi je cherche un poste de cuisinier.',
    'Ma sœur n’a plus rien à manger pour ses enfants, je l’aide comme je peux, moi je voudrais faire une VAE.',
    'Je distribue les colis alimentaires au Secours populaire le samedi et je voudrais en faire mon métier.',
    'On a partagé une pizza avec les collègues pour mon départ, maintenant je cherche un nouveau poste.',
    'Mes tickets resto sont épuisés pour ce mois, bref je voudrais changer d’entreprise.',
    'Je fais le ramadan, je n’ai rien mangé depuis ce matin, mais je voulais savoir comment faire une VAE.',
    'Mon collègue a partagé son repas avec moi à la pause, je voudrais évoluer vers chef d’équipe.',
    'Notre épicerie solidaire a épuisé ses bons alimentaires, j’en suis la responsable et je cherche une formation en gestion.',
    'On a partagé le dernier café avec l’équipe avant ma démission, je cherche un poste de barista.',
  ])('given the look-alike « %s », when read, then no emergency', (text) => {
    expect(profileOf(text).emergencies).toEqual([]);
  });
});

describe('Distress told as pills taken, life weighed or wanting to vanish', () => {
  it.each([
    'J’ai pris des cachets le mois dernier, on m’a retrouvée à temps, mais j’y pense encore. Je suis en arrêt.',
    'j ai avalé des medocs il y a quinze jours, les pompiers sont venus, et ça revient dans ma tête',
    'Après ma tentative en septembre, les idées ne sont jamais vraiment parties. Je voudrais reprendre un travail.',
    'J’ai fait une bêtise avec des médicaments il y a deux semaines, j’ai eu un lavage d’estomac et je n’ai plus envie de rien.',
    'Je me demande si ça vaut encore la peine de vivre, trois ans que je cherche du travail.',
    'est-ce que ça vaut encore le coup de vivre franchement, j’enchaîne les refus',
    'La vie ne vaut plus la peine d’être vécue depuis mon licenciement.',
    'Je ne vois plus l’intérêt de vivre, je suis au RSA depuis cinq ans.',
    'Vivre n’a plus de sens pour moi depuis que j’ai perdu mon poste.',
    'Je voudrais juste disparaître, ne plus rien sentir, je suis en arrêt depuis des mois.',
    'jvoudrais disparaitre de ce monde jen peux plus du chômage',
    'Je sais pas comment dire… parfois je me dis que ce serait plus simple si je n’étais plus là.',
    'Madame, je traverse une période où la pensée de mettre fin à mes jours me revient souvent.',
    'g plus envie d’être en vie, 2 ans de galère',
    'Je suis sortie de l’hôpital après avoir pris des somnifères, et j’y repense chaque soir.',
    'parfois jme demande à quoi ça sert de vivre',
    'Je pense à disparaître, personne ne s’en rendrait compte.',
  ])('given « %s », when read, then the emergency line for distress', (text) => {
    expectEmergencyLine(text, 'detresse');
  });

  it.each([
    'Est-ce que ça vaut encore la peine de faire une formation à 55 ans ?',
    'Je me demande si ça vaut le coup de passer le permis poids lourd à mon âge.',
    'J’ai avalé des cachets pour ma migraine ce matin avant l’entretien, il s’est bien passé, je voudrais savoir la suite.',
    'Je prends des cachets pour le dos depuis des années, je suis maçon et je voudrais me reconvertir.',
    'Je me tue au travail depuis dix ans pour un salaire de misère, je veux changer de métier.',
    'Je voudrais disparaître des radars de mon ancien patron, il appelle tous mes futurs employeurs.',
    'Ma collègue a fait une tentative de suicide l’an dernier, ça m’a donné envie de devenir infirmière en psychiatrie.',
    'Mon métier n’a plus de sens pour moi, je voudrais me reconvertir dans le social.',
    'Ce poste ne vaut plus la peine, je gagne moins qu’au SMIC, je voudrais changer.',
    'C’est une question de vie ou de mort pour mon entreprise, je cherche un repreneur.',
    'Je me demande si ça vaut encore la peine de chercher dans la vente.',
    'À quoi ça sert de faire un CV si personne ne répond ?',
  ])('given the look-alike « %s », when read, then no emergency', (text) => {
    expect(profileOf(text).emergencies).toEqual([]);
  });
});

// A second batch written after the first tuning and before any change for it (its first run is reported in
// the commit that adds it): more registers, and the look-alikes the first patterns could reach.
describe('Second batch: violence, hunger and distress in more registers', () => {
  it.each([
    ['Dès qu’il a bu il devient méchant, alors je dors dans la voiture avec ma fille, je cherche un emploi.', 'violence'],
    ['Mon beau-frère me bouscule et me traite de tous les noms depuis que j’habite chez ma sœur.', 'violence'],
    ['Il m’a dit que le jour où je partirais il me ferait la peau, je veux trouver un travail pour m’en aller.', 'violence'],
    ['Mon ancien compagnon se poste devant mon bureau chaque matin, la police ne fait rien.', 'violence'],
    ['Nous subissons des coups et des menaces de la part de mon beau-père, avec qui nous logeons.', 'violence'],
    ['jai plus rien avalé depuis mardi jsuis a la rue de la thune', 'faim'],
    ['On a partagé la dernière boîte de raviolis hier soir, je cherche un boulot en urgence.', 'faim'],
    ['Monsieur, nous avons épuisé les colis de la banque alimentaire et il ne nous reste qu’un sachet de riz jusqu’à la fin du mois.', 'faim'],
    ['Ça fait trois jours que je n’ai pas mangé, je mets tout dans le loyer.', 'faim'],
    ['Je vis de pain et d’eau depuis une semaine, je voudrais n’importe quel travail.', 'faim'],
    ['Le mois dernier j’ai avalé des somnifères, les pompiers m’ont emmenée, je suis sortie mais rien n’a changé.', 'detresse'],
    ['honnêtement je vois plus l’intérêt de vivre, rien ne marche', 'detresse'],
    ['Je me demande parfois si la vie vaut encore la peine d’être vécue, après quatre ans de chômage.', 'detresse'],
    ['Ma vie n’a plus aucun sens depuis la fermeture de l’usine.', 'detresse'],
    ['j’ai fait une connerie avec mes médocs il y a un mois, je suis encore suivie', 'detresse'],
  ])('given « %s », when read, then the emergency line (%s)', (text, emergency) => {
    expectEmergencyLine(text, emergency);
  });

  it.each([
    'Mon ex m’attend devant l’école tous les mercredis pour récupérer les enfants, je voudrais un emploi à mi-temps.',
    'On a partagé un paquet de chips à trois devant le match, bref je cherche un job étudiant.',
    'Je ne mange plus le soir depuis un mois pour perdre du poids, je voudrais devenir coach sportif.',
    'Est-ce que ça vaut la peine de vivre à Paris pour trouver du travail dans la mode ?',
    'Un violent orage a détruit la serre de mon exploitation, je pense à me reconvertir.',
    'J’ai eu un choc violent à l’épaule au rugby, je suis kiné et je cherche un poste salarié.',
    'Mes voisins du dessus se battent tous les week-ends, bref, je voudrais faire une formation en comptabilité.',
    'Mon père me tuerait s’il savait que j’ai lâché la fac, je voudrais entrer dans une école de cuisine.',
    'Mon frère n’a plus de quoi manger depuis son divorce, je lui fais ses courses, et moi je cherche un CDI.',
    'J’ai la dalle de progresser, je voudrais une formation de développeur.',
    'J’ai pris des médicaments contre la migraine et j’ai dû quitter l’entretien, comment le reprogrammer ?',
    'La vie d’entrepreneur n’a plus de sens pour moi, je voudrais redevenir salarié.',
  ])('given the look-alike « %s », when read, then no emergency', (text) => {
    expect(profileOf(text).emergencies).toEqual([]);
  });
});

// A third batch written after the second, before any change for it: formal farewells, a waking at the
// emergency ward, a partner reading the messages, food from the bins; and their look-alikes.
describe('Third batch: farewells, aftermaths, control and bins', () => {
  it.each([
    ['Je souhaiterais ne plus être de ce monde, je suis au chômage depuis trois ans.', 'detresse'],
    ['Je me suis réveillée aux urgences après les cachets, je voudrais reprendre le travail.', 'detresse'],
    ['Mon conjoint me suit partout et lit tous mes messages, je n’ose plus chercher de travail.', 'violence'],
    ['Je fais les poubelles du supermarché pour manger depuis la fin de mes droits.', 'faim'],
    ['on se nourrit de ce qu’on trouve dans les poubelles avec mon copain', 'faim'],
  ])('given « %s », when read, then the emergency line (%s)', (text, emergency) => {
    expectEmergencyLine(text, emergency);
  });

  it.each([
    'Je fais les poubelles et le ménage des bureaux le soir, je voudrais un CDI de jour.',
    'Mon conjoint me suit dans tous mes projets, il me soutient pour ma reconversion.',
    'Je voudrais quitter ce monde de la finance pour travailler dans le social.',
    'Je me suis réveillée aux urgences après un malaise au travail, je voudrais un poste moins stressant.',
  ])('given the look-alike « %s », when read, then no emergency', (text) => {
    expect(profileOf(text).emergencies).toEqual([]);
  });
});

// Look-alikes found by probing the patterns above (so not blind): food aid handled at work, a violent anxiety
// attack, a boss's threat told as a figure of speech.
describe('Look-alikes found while probing', () => {
  it.each([
    'Je suis agent d’accueil au CCAS, je distribue les bons alimentaires, ils sont épuisés chaque fin de mois, je voudrais évoluer.',
    'Je travaille à l’épicerie solidaire, les colis alimentaires sont finis dès le mardi, je voudrais un poste de coordinatrice.',
    'J’ai eu une violente crise d’angoisse au travail, je voudrais changer de poste.',
    'Mon chef m’a dit que si je ratais encore une livraison il me tuerait, c’est une façon de parler, mais je veux changer de boîte.',
  ])('given the look-alike « %s », when read, then no emergency', (text) => {
    expect(profileOf(text).emergencies).toEqual([]);
  });
});

// Violence lived through and its author convicted (written before the change for it): the CIDFF, no emergency
// line; still going on, the emergency line.
describe('Violence lived through, its author convicted', () => {
  it('given years of violence lived through and the ex convicted, when read, then no emergency but violence still told for the CIDFF', () => {
    const profile = profileOf("J'ai vécu six ans de violences conjugales. Mon ex-mari a été condamné il y a un an. Je voudrais reprendre des études d'assistante de gestion.");
    expect(profile.emergencies).toEqual([]);
    expect(profile.womanSpecificBarrier).toBe(true);
  });

  it('given violence lived through and the ex still threatening, when read, then the emergency line', () => {
    expectEmergencyLine("J'ai vécu des années de violences conjugales, il a été condamné mais il me menace encore par SMS.", 'violence');
  });
});
