// Emergencies told as situations rather than named, in our own words (never an evaluation set's sentences):
// nowhere to sleep told indirectly (a car, a squat, the 115 that does not answer, a hostel stay ending, an
// eviction date), put out by parents or a partner, violence told as fear or control, no food or money for
// today, distress; spoken run-ons, SMS, formal letters and long stories where the emergency is one clause.
// Then their look-alikes that must raise no alarm: night and hotel jobs, a street's name, cooks' knives,
// ordinary sleep, figures of speech, emergencies solved long ago, someone else's situation, a protection
// order on violence that is over (the CIDFF, no emergency line).
import { describe, expect, it } from 'vitest';
import { routeProfile } from '../../orientation/routing/routeProfile.js';
import { expectEmergencyLine, profileOf } from './readFirstMessage.js';

describe('Nowhere to sleep told indirectly', () => {
  it.each([
    'je dors dans ma voiture depuis trois semaines et je cherche un boulot de cariste',
    'jdors ds ma caisse depuis la rentrée jcherche du taf',
    'on est à la rue avec les petits depuis samedi, mon mari cherche du travail et moi aussi',
    'le 115 ne répond pas depuis hier soir je sais pas où dormir ce soir j’ai 23 ans',
    "j'appelle le 115 tous les soirs mais y a jamais de place, je voudrais trouver un emploi",
    'je suis au foyer jusqu’à dimanche après je sais pas où aller',
    'on vit dans un squat avec mon copain, je voudrais faire une formation d’aide-soignante',
    'expulsion jeudi les huissiers passent demain matin je suis en intérim',
    "Madame, Monsieur, je fais l'objet d'une procédure d'expulsion dont l'exécution est prévue jeudi prochain et je ne dispose d'aucune solution de relogement. Je souhaite par ailleurs reprendre une activité professionnelle.",
    "les huissiers viennent demain pour nous mettre dehors, j'ai trois enfants et je suis au RSA",
    "depuis que j'ai perdu mon boulot je dors dans ma voiture sur le parking d'un supermarché",
    'jsuis a la rue depuis 2 semaines jdors dans le hall dun immeuble',
    "on dort dans la voiture avec mon fils depuis qu'on a été expulsés",
    "J'ai 34 ans. J'ai travaillé dix ans dans la restauration, puis j'ai eu des problèmes de dos et mon médecin m'a dit d'arrêter. J'ai fait un peu d'intérim. Maintenant je dors dans ma voiture depuis novembre. Je voudrais savoir quelle formation je pourrais faire.",
    "ma place au foyer se termine vendredi et je n'ai rien derrière",
    'je squatte chez des inconnus depuis une semaine jai nulle part ou aller',
    "bonjour euh voilà je suis sans domicile depuis un mois je dors un peu à droite à gauche et je voudrais retrouver du travail",
    'je suis hébergée au foyer jusqu’à dimanche et après c’est la rue',
    'on est a la rue avec les enfants',
    "alors voilà j'ai 41 ans je suis maçon j'ai eu un accident de chantier l'an dernier et là on est expulsés mardi avec ma femme et les trois gamins et on n'a rien trouvé et je voudrais me reconvertir",
    "On m'a accordé une place en CHRS mais elle s'arrête à la fin de la semaine et je n'ai aucune autre solution d'hébergement.",
    'le 115 est saturé tous les soirs, je dors où je peux, je cherche un travail de plongeur',
    'jai appelé le samu social ya pas de place pr ce soir',
    "Je sollicite votre aide : malgré mes appels quotidiens au 115, aucune place ne m'a été proposée depuis une semaine.",
    "l'huissier vient lundi et on a rien trouvé, je suis aide à domicile",
    'on a reçu le commandement de quitter les lieux, la police vient vendredi',
    "je suis logée à l'hôtel social jusqu'à mercredi ensuite plus rien",
    'on vit à cinq dans la voiture depuis l’expulsion',
    'depuis ma sortie de prison je dors dans un parc, je voudrais travailler',
    'je vis dans ma voiture avec mon chien depuis le mois dernier',
    "bonjour alors je vous explique j'ai 45 ans j'ai été magasinier pendant quinze ans ensuite l'entrepôt a fermé j'ai fait des petits boulots et là depuis que ma copine m'a quitté je dors dans ma voiture et je voudrais savoir si je peux faire une formation de cariste",
    'slt jsui a la rue dpuis lundi jai 20 ans jcherche un taf nimporte koi',
    "Madame, Monsieur, Actuellement sans solution d'hébergement depuis la fin de mon bail, je dors chez différentes connaissances. Je recherche un emploi d'agent de propreté.",
    "on nous a coupé l'hébergement à l'hôtel, on est dehors avec les enfants depuis ce matin",
    "je suis enceinte de 6 mois et je dors dans un hall d'immeuble depuis que mon copain m'a mise dehors",
    "mon propriétaire a vendu, je dois partir samedi et j'ai toujours rien trouvé, je suis infirmière en CDI",
    "j'ai plus de toit depuis deux semaines, je squatte à droite à gauche",
    "euh voilà je suis sorti de l'hôpital hier et j'ai nulle part où aller, j'étais maçon",
    'je dors sous une tente au bord du canal depuis septembre',
    'on campe dans la voiture avec ma fille depuis la séparation',
    'le foyer ferme ses portes vendredi et on nous a rien proposé',
    "Bonjour, j'ai 52 ans, j'ai été chauffeur-livreur pendant vingt ans. J'ai eu un accident de la route en mars, je suis resté en arrêt plusieurs mois. Mon contrat n'a pas été renouvelé. Depuis la séparation je n'ai plus d'appartement et je passe mes nuits dans ma voiture. J'aimerais savoir si je peux devenir formateur en conduite.",
    'jsuis sorti de prison la semaine dernière jai nulle part ou dormir',
    "ma coloc m'a demandé de partir avant dimanche et j'ai aucune solution",
    "Je vous écris car le centre d'hébergement où je suis met fin à ma prise en charge le 15 et je n'ai aucune solution.",
    'le proprio a mis mes affaires dans la rue ce matin',
    "on est à la rue depuis l'incendie de notre immeuble, je suis cuisinier",
    "je suis en train de me faire expulser et j'ai 3 enfants",
    "ma mère m'a dit de dégager de la maison, j'ai 18 ans, je dors chez un pote ce soir mais demain je sais pas",
    "oui bonjour alors voilà je m'appelle Kevin j'ai 27 ans j'ai un CAP menuiserie j'ai bossé chez un artisan et puis il a pris sa retraite et depuis je fais de l'intérim mais là y a plus rien et en plus je me suis fait expulser de mon studio donc là je dors chez des potes et ça va pas durer et je voudrais savoir pour une formation",
    "Madame, Monsieur, Je me permets de vous contacter : séparée depuis peu, je me retrouve sans logement avec mes deux filles et nous sommes hébergées provisoirement chez une amie qui ne peut nous garder que jusqu'à lundi.",
    "jpeux plus payer l'hotel a partir de demain jsais pas ou jvais aller",
    "j'habite nulle part en ce moment",
    "ma tante peut me garder jusqu'à dimanche chez elle",
  ])('given nowhere to sleep told without the word, when read and routed, then the housing emergency first: %s', (text) => {
    expectEmergencyLine(text, 'sans_logement');
  });
});

describe('Put out by parents or a partner', () => {
  it.each([
    "mes parents m'ont mis dehors hier soir jai 19 ans",
    "mon copain m'a foutue dehors cette nuit avec mes affaires dans des sacs",
    "mon père m'a viré de la maison parce que j'ai arrêté la fac",
    'mon mari a changé les serrures, je ne peux plus rentrer chez moi',
    "ma copine m'a jeté dehors ce matin et je connais personne dans cette ville",
    "depuis que mes parents m'ont mis à la porte je dors chez des potes à droite à gauche",
    "mon beau-père m'a mise à la porte dimanche, j'ai 18 ans et je cherche un apprentissage",
    "ma femme a changé les serrures pendant que j'étais au travail",
    "mon père m'a jeté de la maison hier soir et j'ai 17 ans",
    "mes parents m'ont viré de chez eux quand ils ont su que j'étais enceinte, je dors chez une copine mais elle peut plus",
  ])('given a home lost to family or a partner, when read and routed, then the housing emergency: %s', (text) => {
    expectEmergencyLine(text, 'sans_logement');
  });
});

describe('Violence by a partner, an ex or a parent told as fear or control', () => {
  it.each([
    "j'ai peur de rentrer chez moi ce soir, mon mari boit et il devient violent",
    "il m'a frappée hier devant les enfants, je veux trouver un travail pour partir",
    'mon conjoint me surveille et me prend mon salaire, je voudrais faire une formation',
    "il a cassé mon téléphone pour que j'appelle plus personne, je veux travailler pour être indépendante",
    "mon ex m'attend devant le travail tous les soirs et me menace, j'ai peur",
    "mon père me frappe quand il rentre, j'ai 17 ans et je veux quitter l'école",
    'mon copain me met des claques quand je sors sans lui',
    "je n'ose plus rentrer chez moi, mon compagnon me crie dessus et me pousse",
    'Je vis actuellement une situation de violences conjugales et je crains pour ma sécurité. Je souhaiterais être accompagnée vers un emploi.',
    "jai peur de lui il ma deja etranglée une fois et il recommence a boire",
    "mon ex a défoncé ma porte la semaine dernière et il dit qu'il va revenir",
    "Je m'appelle Nadia, j'ai 29 ans, j'ai un bac pro commerce. J'ai travaillé en grande surface puis j'ai arrêté à la naissance de mon fils. Mon mari contrôle tout, il garde ma carte bleue et il me frappe quand je lui tiens tête. Je voudrais retrouver un emploi.",
    'mon copain me fout des baffes quand il a bu',
    "il lève la main sur moi devant les enfants, je veux partir mais j'ai pas de travail",
    "mon mari m'a pris mes papiers et mon passeport, je ne peux rien faire",
    "j'ai peur de rentrer ce soir il a dit qu'il allait me tuer",
    "mon père me tape dessus depuis que j'ai arrêté le lycée",
    'mon ex me harcèle sur les réseaux et passe devant chez moi tous les soirs',
    "il m'insulte et me rabaisse tous les jours, mon conjoint contrôle tout l'argent",
    "Je suis mariée depuis 12 ans. Mon mari me frappe depuis la naissance de notre deuxième enfant. Je n'ai jamais travaillé. Je voudrais savoir comment trouver un emploi pour m'en sortir.",
    'jai peur de mon mec il me suit partout et il me dit que si je pars il me retrouvera',
    "mon compagnon m'a enfermée dans l'appartement tout le week-end",
    "mon ex a débarqué chez moi hier soir et il m'a frappée, j'ai porté plainte",
    'ma mère me frappe et me dit que je suis une bonne à rien, j’ai 16 ans, je veux partir en apprentissage loin',
    'il me force à lui donner toute ma paie et me menace si je refuse',
    "bonsoir excusez moi je sais pas si je suis au bon endroit mon mari il boit et quand il boit il casse tout et il me tape j'ai 38 ans j'ai jamais travaillé",
    'Je subis des violences de la part de mon conjoint et je souhaite quitter le domicile conjugal ; pour cela il me faut un emploi.',
    "Mon conjoint est très jaloux, il fouille mon téléphone, il m'empêche de voir mes amies et il m'a déjà giflée deux fois.",
    'jsui en couple depuis 3 ans il me tape quand il a bu jveu partir mais jai pas de taf',
    'mon ex refuse que je voie mes enfants et il me menace de mort par sms',
    "mon mari me viole, je n'en peux plus",
    "mon frère me frappe et me prend mon argent, j'ai 19 ans",
    "on s'est disputés, il m'a étranglée et je me suis enfuie chez ma soeur",
    "il me traite de tous les noms, il me bouscule et je dois lui demander la permission pour sortir, mon compagnon c'est comme ça depuis deux ans",
    'chaque fois que mon mari rentre saoul il me cogne',
    "Mon père boit et devient violent, j'ai peur pour ma petite soeur et moi, j'ai 17 ans",
  ])('given violence told as events, fear or control, when read and routed, then the violence emergency and the CIDFF: %s', (text) => {
    expect(expectEmergencyLine(text, 'violence').partners).toContain('cidff');
  });

  it.each([
    "Mon ex-mari me battait. Nous sommes divorcés depuis 2021 et il a une ordonnance de protection. Je voudrais reprendre une formation de secrétaire.",
    "j'ai été victime de violences conjugales il y a quatre ans, il a interdiction de m'approcher, aujourd'hui je veux retravailler",
  ])('given violence over with a protection order, when read and routed, then the CIDFF without the emergency line: %s', (text) => {
    const profile = profileOf(text);
    expect(profile.emergencies).not.toContain('violence');
    expect(routeProfile(profile).partners).toContain('cidff');
  });
});

describe('No food or money for today', () => {
  it.each([
    'on a rien à manger ce soir avec mes deux enfants',
    'frigo vide depuis trois jours, je touche rien avant le 5',
    "plus un centime pour nourrir mes enfants, le chômage n'a pas été versé",
    "je voudrais savoir où avoir un colis alimentaire, je n'ai plus rien pour manger",
    'jai pas mangé depuis hier jai plus une thune',
    'Je me trouve dans une situation financière très précaire et je ne suis plus en mesure de nourrir mes enfants.',
    'je saute des repas pour que mes enfants puissent manger',
    "bonjour je cherche du travail en urgence parce que le frigo est vide et j'ai plus rien sur mon compte",
    "je n'ai plus rien dans le frigo et mes enfants n'ont pas mangé ce midi",
    'Je ne parviens plus à nourrir ma famille depuis la fin de mes droits.',
    'jai plus de quoi acheter a manger pour mes gosses',
    'ça fait deux jours que je mange pas pour que mes enfants puissent manger',
    'on mange que des pâtes depuis une semaine et là il reste plus rien',
    'jai plus rien a manger jsui etudiant jveu arreter la fac pr bosser',
    "les Restos du cœur sont fermés l'été et on n'a plus rien, je cherche du travail vite",
    "Je sollicite une aide alimentaire d'urgence car je n'ai plus aucune ressource depuis la suspension de mon RSA.",
    "ils m'ont coupé l'électricité hier, j'ai trois enfants",
    "ça fait 3 jours que j'ai pas mangé",
    "mes enfants ont faim et j'ai plus rien",
    "je n'ai rien à donner à manger à mon bébé ce soir",
    'plus de lait pour le bébé et plus un sou',
    'jai 2 euros sur mon compte et plus rien dans les placards',
    "Nous n'avons plus de quoi manger depuis hier soir, mon mari et moi sommes sans emploi.",
  ])('given no food or money for today, when read and routed, then the hunger emergency: %s', (text) => {
    expectEmergencyLine(text, 'faim');
  });
});

describe('Distress', () => {
  it.each([
    'des fois je veux disparaître, je cherche du travail depuis des mois',
    'à quoi bon continuer, personne ne veut de moi',
    "j'en peux plus de vivre comme ça, je pense à en finir",
    'je ne vois plus d’issue, je pense à me foutre en l’air',
    "Suite à mon licenciement je traverse une période très sombre et il m'arrive de penser que tout le monde serait mieux sans moi.",
    "jpp de vivre comme ça jvais craquer",
    'je suis à bout, je ne dors plus, je pleure tous les jours et je ne sais plus pourquoi je me lève',
    "j'ai juste envie de disparaître, plus rien ne va depuis mon licenciement",
    'à quoi bon se lever le matin quand personne ne vous répond',
    'je suis au bout du rouleau, je pleure tous les jours, je ne vois plus d’issue',
    'je ne sais plus pourquoi je me lève le matin, je suis au chômage depuis trois ans',
    'jen peux plus de cette vie je veux juste disparaitre',
    'je pense de plus en plus à en finir, je suis au chômage depuis deux ans',
    "j'ai plus goût à rien, j'ai plus envie de vivre, mon patron m'a viré",
    "parfois je me dis que ce serait plus simple si je n'étais plus là",
    "je veux mourir, je n'y arrive plus",
    'je me suis mis à boire et je pense à me jeter sous un train',
    "je pense au suicide depuis que j'ai perdu mon travail",
    "je ne sais pas si j'aurai la force de tenir encore, je pense à tout arrêter pour de bon",
    "hier soir j'ai failli avaler tous mes médicaments",
    "j'ai envie de me foutre en l'air, plus personne ne m'embauche à 58 ans",
    'je vois plus d’issue, des fois je me dis que je ferais mieux de plus me réveiller',
    "à quoi bon vivre comme ça, j'ai tout perdu",
  ])('given distress told, when read and routed, then the distress emergency: %s', (text) => {
    expectEmergencyLine(text, 'detresse');
  });

  // A seen set labels « l'open space m'épuise et je risque de craquer » as no emergency: one breaking-point
  // word is a hard time; with a second sign of despair it is a crisis (above).
  it.each([
    'je vais craquer, ça fait deux ans que je cherche et rien',
    'je risque de craquer si je reste dans ce service, je voudrais changer de poste',
    'je craque pour le métier de fleuriste, comment je me forme ?',
    "j'en peux plus de ces horaires, je vais craquer, je veux changer de métier",
  ])('given a breaking point alone or a liking, when read, then no distress emergency: %s', (text) => {
    expect(profileOf(text).emergencies).not.toContain('detresse');
  });
});

describe('Look-alikes that raise no alarm', () => {
  it.each([
    'je travaille de nuit dans un hôtel comme veilleur, je voudrais évoluer vers la réception',
    'je suis réceptionniste de nuit, je dors le jour, je voudrais changer de métier',
    'je suis cuisinier, je manie les couteaux toute la journée, je voudrais devenir formateur',
    'je dors mal à cause du stress au travail, je voudrais changer de poste',
    'je dors peu depuis la naissance de ma fille, je voudrais reprendre un travail à temps partiel',
    "j'étais mort de rire quand on m'a proposé un poste de directeur, je cherche plutôt un CDI d'employé",
    "je meurs de faim, j'ai enchaîné deux entretiens sans déjeuner, mais je voulais savoir comment faire une VAE",
    "j'ai été à la rue il y a deux ans, maintenant j'ai un appartement et je cherche une formation",
    "mes parents m'ont mis dehors à 18 ans, aujourd'hui j'en ai 30, j'ai mon appartement et je veux me former",
    'on a été expulsés en 2019, depuis on est relogés en HLM et je voudrais reprendre le travail',
    'je suis bénévole aux Restos du cœur, je distribue des colis alimentaires et je voudrais en faire mon métier',
    'je voudrais travailler comme écoutante au 115',
    'je fais des squats à la salle tous les jours, je voudrais devenir coach sportif',
    'je suis éducatrice dans un foyer pour adolescents et je voudrais passer cheffe de service',
    'je suis mère au foyer depuis huit ans et je voudrais reprendre un emploi',
    'je travaille dans une étude de commissaire de justice, je voudrais devenir huissier',
    "à quoi bon faire un bilan de compétences si je sais déjà ce que je veux faire ?",
    'je vais craquer pour une formation en pâtisserie, elle a l’air géniale',
    "j'ai peur de rentrer dans un métier où il n'y a pas de travail",
    'je dors chez ma copine le week-end et je cherche un job étudiant',
    "mon entreprise est au 12 à la rue du Commerce, je voudrais changer de poste",
    "j'ai faim d'apprendre et soif de réussir, je veux me reconvertir dans le numérique",
    'je voudrais disparaître de ce secteur, changer complètement de métier',
    "j'ai vu un film sur une femme battue, ça m'a donné envie de travailler dans le social",
    'le frigo de la salle de pause est toujours vide, bref je voudrais changer de boîte',
    'je suis agent de sécurité de nuit dans un parking, je dors dans la journée',
    "je suis veilleur de nuit à l'hôtel Ibis, je cherche une formation de réceptionniste",
    'je voudrais travailler au samu social comme maraudeur',
    "j'ai payé 115 euros pour mon permis, je cherche un emploi de livreur",
    "l'huissier de justice pour qui je travaille part à la retraite, je dois retrouver un poste de clerc",
    'je suis logée par mon employeur jusqu’à la fin de la saison et après je voudrais me former',
    "je ne peux plus rentrer chez moi le midi depuis que j'ai changé de poste",
    'mon fils m’a donné un coup de main pour écrire mon CV',
    'mon chef me met des coups de pression tous les jours, je voudrais changer de boîte',
    'je voudrais disparaître de ce milieu, la restauration c’est fini pour moi',
    'à quoi bon continuer à envoyer des CV, personne ne répond, je voudrais une formation',
    "il y a trois ans on m'a coupé l'électricité, aujourd'hui ça va, je cherche une formation en compta",
    "j'ai lu un article sur les SDF qui dorment dans leur voiture, je voudrais travailler dans le social",
    "j'habite au 5 dans la rue de la République à Lyon et je cherche un emploi",
    'je suis coach sportif, je fais faire des squats à mes clients, je veux passer un BPJEPS',
    "j'ai faim de nouveaux défis, je veux me reconvertir",
    "je suis mort de fatigue après mes nuits à l'usine, je voudrais un poste de jour",
    "je travaille à l'accueil de nuit d'un foyer d'hébergement d'urgence, je veux passer le diplôme de moniteur éducateur",
    'je suis assistante sociale au CCAS, je m’occupe des personnes à la rue, je veux me reconvertir',
    'je voudrais devenir huissier de justice, quelles études ?',
    'mon mari me pousse à reprendre mes études, je voudrais faire un BTS',
    'ma fille a peur de rentrer au collège, moi je cherche un travail à mi-temps',
    "j'ai lâché mon appart pour partir en van faire le tour de France, maintenant je veux me poser et trouver un CDI",
    'je suis serveuse dans un hôtel restaurant, je finis tard et je dors peu, je voudrais faire un bilan',
    "je vais mourir d'ennui dans ce poste, je veux changer",
    "je fais la plonge, les couteaux de cuisine c'est mon quotidien, je voudrais passer commis",
    'mes enfants me mangent tout mon temps, je voudrais une formation à distance',
    "mon ex-mari me frappait mais c'était il y a quinze ans, j'ai refait ma vie et je veux une VAE",
    'nous avons été expulsés il y a six ans, aujourd’hui nous avons une maison, je cherche un emploi de secrétaire',
    "j'ai une ordonnance de protection depuis 2022 et il ne m'a plus jamais approchée, je voudrais une formation de secrétaire",
    'je suis moniteur au 115 depuis cinq ans, je voudrais passer éducateur',
    "la boîte a coupé le chauffage dans l'atelier, je voudrais changer d'entreprise",
    "je me sens à la rue face à l'informatique, je voudrais une formation bureautique",
    "j'ai dormi dans ma voiture pendant le festival, sinon je cherche un CDD d'été",
    'je suis routier, je dors dans mon camion la semaine, je voudrais un poste sédentaire',
    'je travaille dans une association d’aide alimentaire, je veux devenir coordinatrice',
    'je suis chef de rayon dans la distribution alimentaire',
    'mon proprio a vendu la maison, je dois partir samedi pour un stage à Lyon',
    "j'étais à la rue il y a cinq ans, je m'en suis sorti, aujourd'hui je veux devenir éducateur",
    "je vais en finir avec l'intérim, je veux un CDI",
    'je me suis fait virer de mon CDD, je cherche un autre job',
    "mon patron m'a mis à la porte sans préavis, c'est légal ?",
    'mon fils me tape sur les nerfs avec ses jeux vidéo, moi je veux reprendre un travail',
    "je suis agent d'accueil dans un hôtel, je travaille de nuit, je voudrais passer au jour",
    'je voudrais m’installer comme boulanger, je me lève à 3h et je dors peu',
    "dans mon roman préféré l'héroïne vit dans la rue, ça m'a donné envie d'écrire, je voudrais une formation en édition",
    "je crève de faim après ma journée de chantier, mais bon, je voudrais passer chef d'équipe",
    'je suis au foyer avec mes enfants depuis 10 ans, je veux retravailler',
    "j'ai quitté le foyer familial à 20 ans, aujourd'hui j'en ai 40 et je veux changer de métier",
    "mon logement de fonction s'arrête avec ma mutation en septembre, j'ai déjà un appart là-bas",
    "le 115 m'a aidé il y a trois ans, aujourd'hui j'ai un logement et je voudrais une formation",
    'je suis bénévole au samu social le soir, je voudrais en faire mon métier',
    'je vis dans un camping-car par choix, je suis saisonnier et je voudrais me former en hiver',
    "mon mari rentre tard du travail, je m'occupe seule des enfants et je voudrais un mi-temps",
    'je suis caissière chez Lidl, on a des clients qui nous insultent, je voudrais changer',
    'je ne dors plus beaucoup avant mes examens, je suis en BTS',
    "j'habite rue de la Paix à Metz et je voudrais un bilan de compétences",
    "mon patron peut me garder jusqu'à vendredi puis fin de contrat",
    'je me retrouve sans emploi du jour au lendemain',
  ])('given a look-alike, when read, then no emergency: %s', (text) => {
    expect(profileOf(text).emergencies).toEqual([]);
  });

  it.each([
    'ma voisine est à la rue depuis une semaine, comment je peux l’aider à trouver un travail ?',
    'mon frère dort dans sa voiture depuis un mois, il cherche du travail, que peut-il faire ?',
    "mon cousin vit dans sa voiture depuis un mois, il peut s'inscrire où ?",
    "ma soeur s'est fait mettre dehors par son copain, elle cherche du travail, vous pouvez l'aider ?",
  ])("given someone else's emergency, when read, then not the person's emergency (the code removes the relative's clause): %s", (text) => {
    expect(profileOf(text).emergencies).toEqual([]);
  });
});
