// The French lexicon of the profile extractor: patterns over normalised text (lower case, no
// accents, hyphens as spaces, SMS spellings folded). Edit here to teach the extractor new wording;
// extractProfile.ts holds only the logic. Order matters where noted.
import type { Barrier, Emergency, Need, OUT_OF_SCOPE_TOPICS, SchemeMentioned, Status } from '../routing/profile.js';

export type OutOfScopeTopic = (typeof OUT_OF_SCOPE_TOPICS)[number];

/** Employers that are public bodies: who pays the person makes them a public servant (« c'est la région qui me paye »). */
const PUBLIC_BODY =
  "(?:l'?education nationale|education nationale|rectorat|ministere|prefecture|mairie|conseil (?:regional|departemental)|metropole|communaute (?:de communes|d'agglomeration|urbaine)|agglo\\w*|intercommunalite|collectivite|etat|fonction publique|centre hospitalier|chu|chr|ap hp|hopital public|sdis|armee|marine nationale|gendarmerie|police nationale|police municipale|douanes?|dgfip|finances publiques|crous)";
/** Also a place word (« la région », « le département »): an employer only when said to pay or employ the person. */
const PUBLIC_EMPLOYER = `(?:${PUBLIC_BODY}|commune|ville|region|departement)`;
/** Workplaces that are public by name (a « centre hospitalier » is a public hospital; a « clinique » is not). */
const PUBLIC_WORKPLACE =
  "(?:centre hospitalier|chu|chr|ap hp|hopital public|marine nationale|armee(?: de (?:terre|l'air\\w*))?|gendarmerie|police nationale|police municipale|education nationale|rectorat|prefecture|sdis|caserne|base (?:navale|aerienne))";

/** Grades of the State's civil service (« attaché d'administration », « contrôleur des finances publiques », « inspecteur des douanes »). */
const STATE_GRADE =
  "attache\\w* d'administration|secretaire\\w* administrati\\w* (?:de classe|de l'etat|de l'interieur|du ministere)|(?:inspect|controleu|agent)\\w* (?:des|de la) (?:finances publiques|douanes?)|agent\\w* de constatation";
/** A post in a State service or ministry (« attachée au ministère des Armées », « agent à la DDT », « je travaille à la DREAL »). */
const STATE_SERVICE_POST =
  "(?:attache\\w*|secretaire\\w*|adjoint\\w*|agent\\w*|gestionnaire\\w*|technicien\\w*|ingenieur\\w*|redact\\w*|inspect\\w*|controleu\\w*|charge\\w* de mission|assistant\\w*|contractuel\\w*|vacataire|titulaire|je suis|je travaille|je bosse|j'exerce|j'enseigne) (?:[\\w']+ ){0,4}?(?:au|a la|a l'|dans (?:la|le|l'|un|une)|pour (?:la|le|l')|en) (?:ministere|prefecture|sous prefecture|ddt\\w*|dreal|dreets|ddets\\w*|ddpp|ddfip|drfip|dgfip|rectorat|tresor public|centre des (?:impots|finances publiques)|services? des impots|douanes?|insee|dgac|administration centrale|services? (?:deconcentres? )?de l'etat|armees|finances publiques)";
/** Posts and forces that exist only in the public sector (« gardien de la paix », « matelot dans la Marine nationale », « AESH »). */
export const PUBLIC_POST = new RegExp(`\\b(gardien\\w* de la paix|policier\\w* municipa\\w*|((je suis|suis|je travaille|je bosse|je sers|j'exerce|comme|en tant que|engage\\w*|militaire|agent\\w*|officier|brigadier|adjoint\\w*|sous officier|capitaine|lieutenant|sergent|caporal|matelot|soldat|quartier maitre|second maitre|maitre|gendarme|policier\\w*) (?:[\\w']+ ){0,3}?(dans|a|de) (la |l')?(police nationale|police municipale|marine nationale|armee(?: de terre| de l'air\\w*)?|gendarmerie|legion|marine))|engage\\w* volontaire|legion etrangere|militaire du rang|sous officier|(sapeur )?pompier professionnel|surveillant\\w* penitentiaire|agent\\w* penitentiaire|douanier\\w*|adjoint\\w* (administrati|technique|d'animation)\\w*|${STATE_GRADE}|${STATE_SERVICE_POST}|attache\\w* territoria\\w*|redact\\w* territoria\\w*|(je suis|suis|comme|en tant que|en tant qu'|poste d'|poste de|contrat d'|contrat de) (une |un )?(aesh|aed|assistant\\w* d'education|accompagnant\\w* d'eleves\\w*|atsem))\\b`);
/** The employer named: « c'est la région qui me paye », « en CDD avec l'Éducation nationale », « titulaire au centre hospitalier ». */
export const PUBLIC_EMPLOYER_NAMED = new RegExp(`\\b(c'est (la |le |l')?${PUBLIC_EMPLOYER} qui (me |m')?(paye|paie|emploie|embauche|salarie|remunere)(?! (ma|la|une|mon|le|les|mes|des|un|en partie)\\b)|(je suis|suis) (paye\\w*|remunere\\w*) par (la |le |l')?${PUBLIC_EMPLOYER}|(employe\\w*|embauche\\w*|recrute\\w*|salarie\\w*) (par|de) (la |le |l')?${PUBLIC_BODY}|mon employeur (c'est|est) (la |le |l')?${PUBLIC_EMPLOYER}|(en (cdd|cdi)|contractuel\\w*|vacataire|titulaire) (?:[\\w']+ ){0,2}?(avec|a|au|pour|de|dans|chez|par) (la |le |l')?${PUBLIC_BODY}|(contractuel\\w*|vacataire|en (cdd|cdi)) (a|au|pour|chez) (la |le |l')?${PUBLIC_EMPLOYER}|(employe\\w*|embauche\\w*|recrute\\w*|salarie\\w*) par (la |le |l')?${PUBLIC_EMPLOYER}|(je travaille|je bosse|je suis employe\\w*) pour (la |le |l')?${PUBLIC_EMPLOYER}\\b(?! (de la|de l'|d'|des (ventes|achats|ressources|etudes|affaires|systemes|operations))\\b)|(titulaire|titularise\\w*|contractuel\\w*|stagiaire de la fonction publique) (?:[\\w']+ ){0,2}?(a|au|aux|dans|de) (l'|un |le |les )?(hopital|hopitaux)\\b(?! prive)|(cdd|cdi|contrat|contractuel\\w*|agent\\w*|emploi|poste) (de |en )?droit public|(je suis|suis|je travaille|je bosse) (?!(?:[\\w']+ ){0,4}?(?:hospitalis|suivi|soign|opere|traite|arret|soins|nee?\\b|alle|passe|convoqu|recu|admis|patient|malade|urgence|consult|rendez|venu|accouch)\\w*)(?:[\\w']+ ){0,4}?(au|a l'|a la|dans (la|le|l'|un|une)|pour (la|le|l')) ?${PUBLIC_WORKPLACE})\\b`);
/**
 * Institutions that employ public servants, named as a workplace: a public hospital (« l'hôpital » unless
 * private), the town hall, the département's or région's council, a municipal service (« crèche municipale »).
 */
const PUBLIC_INSTITUTION =
  "(?:chu|chr|chru|centre hospitalier\\w*|ap hp|hopit(?:al|aux)(?! prive\\w*| militaire\\w*| d'instruction)|mairie|hotel de ville|conseil (?:departemental|regional|general)|prefecture|sous prefecture|rectorat|(?:creche|ecole|piscine|bibliotheque|mediatheque|cantine|conservatoire|centre de loisirs|centre social|service|services|residence|ehpad|restaurant scolaire|regie|police|garage|cuisine centrale|maison de retraite|ludotheque|musee|stade|camping) (?:municipa\\w*|communa\\w*|intercommuna\\w*|departementa\\w*|regiona\\w*|publi\\w*))";
/** The person's own work, up to the preposition before the workplace (a title in apposition, « je suis », « comme »…). */
const OWN_WORK_AT =
  "(?:^(?:(?:bonjour|bonsoir|salut|madame|monsieur|moi) )*|\\b(?:je suis|j'suis|je travaille|je bosse|j'exerce|(?<!\\b(?:travailler|bosser|postuler|embauche\\w*|engage\\w*|recrute\\w*|exercer|etre) )comme|(?<!\\b(?:travailler|bosser|postuler|exercer|etre) )en tant que|(?<!\\b(?:travailler|bosser|postuler|exercer|etre) )en tant qu'|agent\\w*|employe\\w*|titulaire|contractuel\\w*|stagiaire) )(?:un |une )?(?!(?:hospitalis|soign|opere|suivi|admis|convoqu|patient|malade|venu|alle|passe|rendez|rdv|enceinte|accouch|en arret|au chomage|inscrit|ne|nee|mari|marie|allee)\\w*\\b)(?:(?!(?:est|va|vont|sont|etait|mon|ma|mes|son|sa|ses|notre|leur|fils|fille|enfants?|mari|femme|pere|mere|j'\\w*|je|il|elle|on|ils|elles|chez|pour|avec|travailler|bosser|aller|postuler|entrer|integrer|faire|etre|devenir|aimerais|voudrais|veux|souhaite\\w*|cherche\\w*|trouver|emploi|poste|travail|stage|place)\\b)[\\w']+ ){0,4}?";
/**
 * The person's own work at a public institution: a title in apposition at the start (« aide-soignante au CHU
 * de Lyon », « brancardier à l'hôpital de Rennes »), or after « je suis », « je travaille », « comme »…
 * (« je travaille à la région », « agent au département »). Nobody else's words (« mon fils est à la crèche
 * municipale ») and no visit (removed before: VISIT_TO_PUBLIC_PLACE).
 */
export const OWN_WORK_AT_PUBLIC_INSTITUTION = new RegExp(
  `${OWN_WORK_AT}(?:(?:au|aux|a l'|a la|dans (?:la|le|l'|un|une|les)|pour (?:la|le|l')) ?${PUBLIC_INSTITUTION}|(?:a la |au |pour la |pour le )(?:region|departement)(?= (?:comme|depuis|en|et|je|j'|dans|a|au|pour|ou|mais|car)\\b|$))\\b`,
);
/** A visit, a stay or a formality at a public place (« je suis au CHU pour une opération », « rendez-vous à la mairie »): no employer. */
export const VISIT_TO_PUBLIC_PLACE = /\b(?:(?:j'ai |un |mon )?(?:rendez vous|rdv)|convoque\w*|hospitalise\w*|admise?s?|operee?s?|soignee?s?|suivie?s?|j'accouche|accouche\w*|je (?:vais|dois aller|passe|suis passee?|suis allee?)|aller|passer) (?:[\w']+ ){0,3}?(?:au |a l'|a la |dans (?:la |le |l'|un |une ))(?:[\w']+ ){0,2}?(?:chu|chr|centre hospitalier|hopital|mairie|prefecture|sous prefecture|urgences?)\b|\b(?:je suis|j'etais|je serai) (?:au |a l'|a la )(?:chu|chr|centre hospitalier|hopital|urgences?|maternite)(?: de [\w']+| d'[\w']+)? (?:pour (?:une |un |mon |ma |des |mes |ma |l'|la |le )?(?:operation|intervention|examen|soins?|consultation|accouchement|greffe|chimio\w*|dialyse|bilan|traitement|visite|rendez vous|rdv)|depuis (?:hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|ce matin|quelques jours|\d+ jours)|avec (?:mon|ma|mes)|en (?:observation|reanimation|soins))\b/g;
/** Work wished or sought at a place (« j'aimerais travailler à la mairie », « je cherche un poste au CHU »): not the person's employer. */
export const WORK_WISHED_AT_PLACE = /\b(?:travailler|bosser|postuler|exercer|(?:cherche\w*|trouver|veux|voudrais|aimerais|souhaite\w*|envie d'avoir|obtenir|decrocher) (?:un |du |une |le )?(?:travail|emploi|poste|stage|boulot|job|place|cdi|cdd|contrat)) (?:[\w']+ ){0,3}?(?:a la |au |a l'|aux |dans (?:la |le |l'|un |une |les )|pour (?:la |le |l'))[\w']+/g;
/** « La Poste » has been a company since 2010: its staff are employees (« facteur à la Poste », « guichetière à La Poste »). */
export const POSTAL_WORKER = /\b(?:(?:je suis|suis|j'etais|comme|en tant que) (?:un |une )?(?:facteur|factrice|postier\w*|guichetier\w*)|^(?:(?:bonjour|bonsoir|salut|madame|monsieur) )*(?:facteur|factrice|postier\w*|guichetier\w*)|(?:je travaille|je bosse|je suis|j'etais|agent\w*|employe\w*|salarie\w*|conseill\w*|chauffeur|livreu\w*|facteur|factrice|guichetier\w*|comme|en cdi|en cdd) (?:[\w']+ ){0,3}?a la poste)\b/;
/** A public-only post told on its own (« ATSEM depuis dix ans », « secrétaire de mairie »). */
export const PUBLIC_ONLY_POST = /(?<!\b(?:devenir|etre|concours|concours d'|concours de|passer|poste d'|une|l'|son|sa|notre|mon|ma|la|le) )\b(?:atsem|secretaire\w* (?:generale?s? )?de mairie|agent\w* (?:de|en) mairie|employe\w* (?:de|a la) mairie|fonctionnaire\w* territoria\w*|agent\w* des lycees|agent\w* des colleges)\b(?! de (?:mon|ma|mes) )/;
/** A school, clinic or care home said to be private or run by an association: a private employer. */
export const PRIVATE_INSTITUTION_NAMED = new RegExp(
  `${OWN_WORK_AT}(?:dans|chez|a|au|en) (?:un |une |la |le |l')?(?:[\\w']+ )?(?:ecole|college|lycee|etablissement|clinique|hopital|ehpad|creche|structure|maison de retraite|centre)s? (?:priv\\w*|associati\\w*|hors contrat|mutualiste)\\b`,
);
/** Back from a parental or sick leave (« je rentre de 2 ans de congé parental », « de retour de congé maternité »): still under contract. */
export const BACK_FROM_LEAVE = /\b(?:je (?:rentre|reviens|suis de retour|reprends(?: le travail)?)|de retour|retour|a mon retour|reprise|je sors) (?:de |d'|du |apres )?(?:mon |ma |un |une )?(?:(?:\d+|un|deux|trois|quatre|cinq|six|quelques) (?:ans|annees|mois) (?:de |d')?)?(?:conge (?:parental|maternite|paternite|mat|d'adoption)|conges? mat\w*)\b/;
/** One's post given to someone else while away (« mon poste a été donné à quelqu'un d'autre », « on m'a remplacée »). */
export const POST_GIVEN_AWAY = /\b(?:(?:mon|ma) (?:poste|place|bureau|fonction)\b (?:[\w']+ ){0,2}?(?:a ete |est )?(?:donne|attribue|confie|pris|occupe|repris)e?s?|(?:on|ils|elles|mon employeur|mon chef|ma cheffe|la direction) (?:[\w']+ )?(?:a|ont|m'a|m'ont) (?:donne|attribue|confie|retire|pris|remplace\w*|supprime)(?: [\w']+){0,2}? (?:mon poste|ma place|mon bureau|mes fonctions|par (?:une|un|quelqu'un))|(?:on|ils|elles|mon employeur|la direction) m'(?:a|ont) (?:remplace\w*|retire (?:mon|ma) (?:poste|place)))\b/;
/** A public post or force the person aims at or left (« devenir gendarme », « ancien agent de la fonction publique », « j'étais employé de mairie »): no status today. */
export const PUBLIC_JOB_NOT_NOW = /\b(?:(?:devenir|integrer|rejoindre|m'engager (?:dans|a)|entrer (?:dans|a)|concours (?:de|d'|pour etre|pour devenir)|(?:veux|voudrais|aimerais|souhaite\w*|reve d'|envie d'|pour) etre) (?:la |l'|le |un |une )?|(?:ancien\w*|ex|j'etais) (?:(?!je\b|j')[\w']+ ){0,3}?)(?:fonctionnaire|mairie|education nationale|centre hospitalier|chu|hopital public|prefecture|ministere|collectivite|fonction publique|militaire|gendarme|gendarmerie|policier|policiere|police(?: nationale| municipale)?|gardien\w* de la paix|aesh|aed|atsem|pompier|sapeur pompier|douanier\w*|marine nationale|armee(?: de terre| de l'air)?|agent public|titulaire)\b/g;

/** Status patterns; when several match, the most specific wins (see STATUS_PRIORITY). */
/**
 * A teacher told by a grade of the national education (« professeur certifié de lettres », « agrégée de maths », « PLP »,
 * « CPE ») or someone leaving it (« quitter l'Éducation nationale »): a public servant. A grade wished for is no status.
 */
/**
 * A teacher of a state school told by the person (« je suis professeur de collège », « prof de maths au lycée »,
 * « institutrice »), or a school post opening the message (« AESH, mon contrat… »): a public servant. Private schools
 * are left out; a wish or a relative's teacher is not the person's status.
 */
export const SCHOOL_STAFF_TOLD = /(?:^|\b(?:je suis|suis|jsuis|je travaille comme|je bosse comme|en tant que|en tant qu'|moi) )(?:une? )?(?:(?:professeure?|prof|enseignante?)(?: [\w']+){0,3}? (?:de|en|au|dans un|dans une|a l'|a la) (?:college|lycee|ecole|maternelle|primaire|cp|ce1|ce2|cm1|cm2)\b(?! ?\w* prive)|instituteur\b|institutrice\b|maitresse (?:d'ecole|en maternelle|de maternelle|en (?:cp|ce1|ce2|cm1|cm2|primaire))\b)|^(?:aesh|aed|assistante? d'education|accompagnante? d'eleves? en situation de handicap|atsem)\b/;
export const TEACHER_GRADE_OR_NATIONAL_EDUCATION = /(?<!\b(?:devenir|etre|passer|concours (?:de|pour etre)|preparer|prepare) (?:un |une )?)\b((?:professeure?s?|profs?|enseignante?s?) (?:certifiee?s?|agregee?s?|stagiaires?|de lycee professionnel|en lycee professionnel|des lycees professionnels)|(?:certifiee?|agregee?) (?:de|d'|en) (?:lettres|maths?|mathematiques|anglais|histoire|philo\w*|physique|sciences?|svt|eps|espagnol|allemand|italien|musique|arts?|economie|francais|grammaire|lettres (?:modernes|classiques))|plp|(?:je suis|suis|comme|en tant que) (?:une? )?cpe|conseill\w* principa\w* d'education|(?:quitter|quitte|partir de|sortir de|demissionner de|en poste a|titulaire de|je suis a|je travaille a|ans (?:a|dans)) l'education nationale)\b/;
/**
 * Self-employment told by its end (« je ne veux plus être à mon compte », « marre d'être indépendant ») or by a shop opened
 * years ago (« j'ai ouvert ma boutique à Laval en 2018 »): self-employed today.
 */
export const SELF_EMPLOYMENT_TOLD_BY_ITS_END = /\b((?:(?:je ne veux plus|je veux plus|je ne souhaite plus|je souhaite plus|je ne peux plus|je peux plus|je ne veux pas rester|je veux pas rester) |(?:j'en ai )?marre d(?: |')|(?:je n'ai )?plus envie d(?: |'))etre (?:a mon compte|independante?|auto ?entrepreneu\w*|micro ?entrepreneu\w*|artisan\w*|commercant\w*|(?:mon|ma) propre patron\w*|chef d'entreprise)|j'ai (?:ouvert|cree|monte|repris|lance) (?:ma|mon) (?:propre |petit |petite )?(?:boutique|commerce|magasin|salon|restaurant|bar|cafe|entreprise|societe|atelier|cabinet|institut|epicerie|boulangerie|librairie|agence|auto entreprise|micro entreprise)(?: (?!(?:et|mais|je|j')\b)[\w']+){0,5}? (?:en (?:19|20)\d\d|il y a (?:[\w']+ ){1,2}?ans|depuis (?:[\w']+ ){1,2}?ans))\b/;

export const STATUS_PATTERNS: Record<Status, RegExp[]> = {
  agent_public: [
    /\b(fonctionnaire|fonction publique|agente?s? (public|publique|territorial\w*|hospitalier\w*|de l'etat|titulaire|contractuel\w*)|contractuel\w* (de|dans) (la fonction publique|l'etat|une mairie|la mairie|un ministere|l'education nationale)|titulaire de la fonction|militaire|gendarme|policier|policiere)\b/,
    /\b(je (suis|travaille)|j'enseigne|je bosse) (a|au|dans|pour) (la |l'|le |une |un )?(mairie|ministere|prefecture|education nationale|conseil (departemental|regional)|collectivite|hopital public|chu|fonction publique|administration)\b/,
    /\b(professeure?|prof|enseignant\w*|instituteur|institutrice|atsem) (titulaire|dans le public|de l'education nationale|a l'education nationale|des ecoles)\b/,
    /\b(prof\w*|enseignant\w*|contractuel\w*|agent\w*|infirmi\w*|aide soignant\w*|secretaire|adjoint\w*|surveillant\w*|aed|aesh)\b.{0,40}\b(lycee|college|ecole|hopital|etablissement|service|collectivite|ehpad|creche|centre hospitalier|maison de retraite|administration) publi(?:c|que)s?\b/,
    PUBLIC_POST,
    PUBLIC_EMPLOYER_NAMED,
    TEACHER_GRADE_OR_NATIONAL_EDUCATION,
    SCHOOL_STAFF_TOLD,
  ],
  interimaire: [/\b(interimaire|interim|interims|en mission (d'interim|pour une agence)|agence d'interim|boite d'interim|cdi interimaire)\b/],
  saisonnier: [/\b(saisonnier|saisonniere|saisonniers|travail saisonnier|contrat saisonnier|je fais les saisons|les saisons|les vendanges|vendangeur|cueillette|saison (d'hiver|d'ete|touristique))\b/],
  independant: [
    // A business owned or run, or staff employed (« j'ai une boulangerie », « on tient une épicerie », « j'ai deux salariés »): self-employed, an employer.
    /\b((j'ai|je tiens|on tient|nous tenons) (un|une|mon|ma|ma propre|mon propre|notre) (petit |petite )?(boulangerie|boucherie|patisserie|restaurant|salon de coiffure|bar|cafe|hotel|epicerie|superette|exploitation|entreprise|societe|pme|tpe|cabinet|agence|magasin|institut|librairie|pharmacie|fleuriste|pizzeria|creperie|camping|gite|garage)|j'ai (\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs) (salarie|employe|apprenti|ouvrier)\w*|j'emploie (\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs)|mes (salaries|employes|apprentis)|je suis (le |la )?(patron|patronne) (de|d'|du))\b/,
    // A status word inside a creation wish is no status (« me lancer en micro-entreprise », « devenir auto-entrepreneur »),
    // nor is independence wished for (« travailler pour être indépendante »).
    /\b(?<!\b(devenir|etre|rester|lancer|passer|creer|monter|mettre|installer|statut d'|statut de|en tant qu'|ouvrir|demarrer|basculer|reconvertir|reconvertie|reconverti|reconversion) (en |une |ma |mon |un |comme |au statut d'|sous le statut d')?)(j'ai (un|une|mon|ma) (petit |petite )?(commerce|boutique|micro entreprise|auto entreprise|activite independante)|independant\w*|auto ?entrepreneur\w*|micro ?entrepreneur\w*|micro entreprise|artisan(?:e|s|es)?|commercant\w*|profession liberale|liberal\w*|freelance|free lance|a mon compte|chef d'entreprise|gerant\w*|agricult\w*|exploitant\w* agricole|eleveu\w*|viticult\w*|travailleur non salarie|tns)\b/,

    SELF_EMPLOYMENT_TOLD_BY_ITS_END,
  ],
  demandeur_emploi: [
    // A question about unemployment rights ("j'ai droit au chômage ?") is not being unemployed.
    /\b(demandeu\w* d'emploi|(?<!droits? )au chomage|chomeu\w*|(?<!(droits? au|droits? a|toucher le|toucher de|toucher du|avoir le|avoir du|avoir de|allocations?|indemnites?|allocations? de|indemnites? de) )chomage|sans emploi|sans travail|sans boulot|sans activite professionnelle|(inscrit\w*|je suis|suis|je suis inscrit\w*) (a|au|chez|a la) (france travail|pole emploi|l'anpe|ft)|je suis licencie\w*|licencie\w* economique|j'ai ete licencie\w*|on m'a licencie\w*|je viens d'etre licencie\w*|en fin de (contrat|droits)|j'ai perdu mon (travail|emploi|poste)|je viens de perdre (mon|ma)(?! (appart\w*|logement|studio|chambre|maison|toit|permis|pere|mere|mari|femme|fils|fille|copain|copine|compagn\w*|chien|chat|telephone|portable|portefeuille|carte|temps|droit|droits|allocation|bourse|confiance|motivation)\b)|rupture conventionnelle|je ne travaille (plus|pas) et je cherche|je cherche (du|un) (travail|emploi|poste)|j'ai plus de (travail|emploi)|je n'ai plus de (travail|emploi)|plus de travail)\b/,
    // Spoken and SMS ways of saying it: "j'ai pas de boulot", "jtrouve pas de taf", "au chômdu".
    /\b((j'ai|je n'ai|j'ai toujours|je n'ai toujours|j'ai encore|je n'ai encore) (pas|plus|rien|jamais) (de |d'|trouve de |trouve d'|trouve du )?(travail|emploi|poste|contrat)|je (ne )?(trouve|trouvais) (pas|rien|plus|toujours pas|jamais)( de| d'| du| un| comme)? ?(travail|emploi|poste)|(au |le )?chom(e?du|dul|edu|ague|mage)|en (recherche|quete) (d'emploi|de travail|d'un (emploi|travail)|active)|a la recherche (d'un|du|de|d'|d'une) ?(emploi|travail|poste)|je (re)?cherche (du|un|de|d') ?(travail|emploi)( depuis| ca fait| partout)|sans (emploi|travail) depuis|(je suis|suis) sans (rien|emploi|travail)|je galere (a|pour) trouver|personne (ne )?(veut|m'embauche|me prend))\b/,
  ],
  salarie_prive: [
    // « mes salariés », « j'ai deux salariés » are the person's staff, not their status.
    /\b((?<!\b(?:mes|nos|ses|leurs|\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|cent|quelques|plusieurs|j'ai (?:[\w']+ )?|j'emploie (?:[\w']+ )?|embaucher (?:un |une |des |mon |ma )?|recruter (?:un |une |des |mon |ma )?|former (?:mon |ma |mes |un |une )?) )salarie\w*|en cdi|en cdd|un cdi|un cdd|mon cdi|mon cdd|(cdi|cdd) depuis|employe\w* (dans|chez|de|en|d'|comme)|je travaille (dans|chez|comme|en tant que|en|a|au|pour|depuis)|je bosse (dans|chez|comme|en|a|au|pour|depuis)|j'ai un (cdi|cdd|contrat de travail|emploi|travail)|en poste (dans|chez|depuis)|mon employeur|mon patron|ma patronne|mon entreprise actuelle|dans mon entreprise|(au |le |sous )?statut cadre|cadre (dans|chez) (une|un|la|le|l') ?(entreprise|societe|boite|groupe|banque|cabinet|pme|start up|multinationale|industrie)|je fais fonction (d'|de )|faisant fonction (d'|de ))\b/,
    /\b(je suis|suis|j'suis) (un |une )?(employe\w*|ouvri\w*|technicien\w*|vendeu\w*|caissi\w*|aide soignant\w*|secretaire|comptable|magasini\w*|cariste|chauffeur|serveu\w*|cuisini\w*|infirmi\w*|manutentionnaire|agent d'entretien|agent de securite|assistant\w*|conseill\w* (de vente|clientele|commercial)|commercial\w*|preparat\w*|operat\w*|mecanicien\w*|boulang\w*|coiffeu\w*|maçon|macon|plombier|electricien\w*|developpeu\w*|informaticien\w*|aide a domicile|auxiliaire de vie|aide menagere|femme de menage|agent de service|educat\w*|animat\w*|livreu\w*|logisticien\w*|ambulanci\w*|esthetici\w*|vigile|standardiste|receptionniste|ingenieur\w*|cadre\w*|directeur\w*|directrice\w*|drh|responsable|manager|chef d'equipe|chef de (projet|service|rayon|chantier|produit)|chargee? (de|d')|gestionnaire|juriste|consultant\w*|acheteu\w*|analyste|controleu\w* de gestion|conducteur\w*|conductrice\w*)\b/,
    // A message that opens on the person's job and a private workplace (« aide comptable dans un cabinet, … »).
    /^(?:(?:bonjour|bonsoir|bjr|slt|salut|hello|allo)\W+)?(?:moi,? )?(?:aide |apprenti\w* )?(employe\w*|ouvri\w*|technicien\w*|vendeu\w*|caissi\w*|aide soignant\w*|secretaire|comptable|magasini\w*|cariste|chauffeur|serveu\w*|cuisini\w*|infirmi\w*|manutentionnaire|agent d'entretien|agent de securite|assistant\w*|conseill\w* (de vente|clientele|commercial)|commercial\w*|preparat\w*|operat\w*|mecanicien\w*|boulang\w*|coiffeu\w*|maçon|macon|plombier|electricien\w*|developpeu\w*|informaticien\w*|aide a domicile|auxiliaire de vie|aide menagere|femme de menage|agent de service|educat\w*|animat\w*|livreu\w*|logisticien\w*|ambulanci\w*|esthetici\w*|vigile|standardiste|receptionniste|ingenieur\w*|cadre\w*|directeur\w*|directrice\w*|drh|responsable|manager|chef d'equipe|chef de (projet|service|rayon|chantier|produit)|chargee? (de|d')|gestionnaire|juriste|consultant\w*|acheteu\w*|analyste|controleu\w* de gestion|conducteur\w*|conductrice\w*)(?: [\w']+){0,3} (?:chez (?:un|une) (?!ami|amie|copain|copine)\w+|(?:dans|chez|en|pour) (?:un |une |le |la |l'|mon |ma )?(?:petit |petite |grand |grande )?(?:cabinet|entreprise|societe|pme|tpe|boite|magasin|usine|restaurant|resto|hotel|agence|garage|supermarche|hypermarche|entrepot|atelier|boulangerie|salon|concession|banque|grande surface|enseigne|start ?up|groupe|plateforme|chaine|franchise|bureau d'etudes|imprimerie|menuiserie|exploitation))\b/,
    /\b(en arret (maladie|de travail)|(je suis|jsuis|j'suis|suis) en arret (depuis|pour|pr)|(ma boite|mon entreprise|mon employeur|mon patron|ma patronne) (\w+ )?(veut|voudrait|va|propose de|refuse de|accepte de) (me (reprendre|garder|reclasser|licencier|virer|mettre a pied)|que je (revienne|reprenne))|mon poste (de|d')|mon contrat (de travail|se termine)|mes collegues|mon chef|ma cheffe|ma direction|mon cdd)\b/,
  ],
  etudiant: [/\b(etudiant\w*|a la fac|en fac|a l'universite|a l'iut|en licence|en master|en bts|en but|en dut|en prepa|en l1|en l2|en l3|en m1|en m2|en ecole d'ingenieur|doctorant\w*)\b/],
  eleve: [/\b((?<!\b(?:j'|je |je les |je l'|les |l'|tu |il |elle |on |qui |nous |mon |ma |cet |cette |son |sa |leur |notre |votre |ai |a |as |avons |avez |ont |avoir |eu |est |sont |etait |ete |tres |plus |trop |peu |assez |si |aussi |salaire |niveau |prix |cout |taux |tarif |loyer |nombre |risque ))eleve(?! (?:seule?|mes|mon|ma|ses|son|sa|nos|notre|les|leurs?|des|tout|toute|moi meme|ensemble)\b)|lyceen\w*|collegien\w*|en terminale|en premiere(?! annee)|en seconde(?! annee)|en troisieme(?! annee)|en 3 e|en 3eme|(?<!\b(?:plus|pas|jamais|n'est plus|ne suis plus) )au (?:lycee|college)|je passe (le|mon) bac|parcoursup|je suis en bac pro)\b/],
  inactif: [/\b(sans activite|au foyer|(je suis|je reste) a la maison|a la maison avec (les|mes) enfants|mere au foyer|pere au foyer|femme au foyer|conge parental|je ne travaille pas|je ne travaille plus|j'ai arrete de (travailler|bosser)|(ca fait|depuis) (\d+|\w+) ans (que )?(j'ai|je n'ai) (pas|plus|jamais) (travaille|bosse)|(j'ai|je n'ai) (pas|plus) (travaille|bosse) depuis (\d+|\w+) ans|inactif|inactive|en invalidite)\b/],
  retraite: [/\b(je suis (a la )?retraite\w*|jeune retraite\w*|retraite\w* depuis|a la retraite depuis|je suis en retraite|pensionne\w*)\b/],
};

/** Most specific first: an interim worker is also "salarié", a civil servant also "travaille". */
export const STATUS_PRIORITY: Status[] = [
  'retraite',
  'agent_public',
  'interimaire',
  'saisonnier',
  'demandeur_emploi',
  'independant',
  'eleve',
  'etudiant',
  'salarie_prive',
  'inactif',
];

/** A short answer to "Quelle est votre situation ?" (suggested action titles and free words). */
export const STATUS_SHORT_ANSWERS: Array<[RegExp, Status]> = [
  [/^(salarie\w*|salarie du prive|secteur prive|prive|en emploi|j'ai un emploi|je travaille|en cdi|en cdd|cdi|cdd)$/, 'salarie_prive'],
  [/^(agent public|fonctionnaire|fonction publique|public|secteur public|contractuel\w*)$/, 'agent_public'],
  [/^(demandeu\w* d'emploi|chomage|au chomage|chomeu\w*|sans emploi|je cherche un emploi|je cherche du travail|(pas|plus|toujours pas|rien|aucun) (de |d')?(travail|emploi)( pour l'instant| pour le moment| en ce moment)?|je cherche|en recherche|je suis en recherche|rien pour l'instant)$/, 'demandeur_emploi'],
  [/^(independant\w*|auto entrepreneur\w*|micro entrepreneur\w*|artisan|commercant\w*|a mon compte|freelance)$/, 'independant'],
  [/^(interimaire|interim|en interim)$/, 'interimaire'],
  [/^(saisonni\w*|en saison)$/, 'saisonnier'],
  [/^(etudiant\w*)$/, 'etudiant'],
  [/^(eleve|lyceen\w*|collegien\w*|au lycee)$/, 'eleve'],
  [/^(sans activite|au foyer|inactif|inactive|rien)$/, 'inactif'],
  [/^(retraite\w*|a la retraite)$/, 'retraite'],
];

export const NEED_PATTERNS: Record<Need, RegExp> = {
  reconversion: /\b(reconver\w*|(je fais|faire|je peux faire) quoi comme (travail|metier|boulot)|quel (travail|metier|boulot) (je peux|pourrais|faire)|vers quoi me (reconvertir|tourner|orienter)|je (veux|voudrais|vais|dois) arreter( mon (metier|activite|travail))?|quitter mon (travail|emploi|poste|metier)|changer de (metier|voie|travail|boulot|domaine|secteur|carriere)|nouveau metier|autre metier|me reorienter|reorientation|evoluer|evolution professionnelle|transition professionnelle|demission reconversion|projet de transition|ptp|cif)\b/,
  formation: /\b(formation\w*|me former|se former|suivre une formation|faire une formation|apprendre (un|le) metier|apprentissage|alternance|diplome d\w*|titre professionnel|cours du soir|certification)\b/,
  financement: /\b(financ\w*|cpf|compte personnel de formation|mon compte formation|qui (paie|paye)|prise en charge|payer (la|ma|une) formation|dif|cif|ptp|transitions pro|aide financiere)\b/,
  vae: /\b(vae|validation des acquis|faire valider mon experience|valider mon experience|(valider|obtenir|avoir|passer) (le|mon|un|ce|son) (diplome|titre|cap|bts|deas|deap|bac pro) (\w+ ){0,2}(avec|par|grace a|sur) (mon|mes|l'|son|ses) (experience|annees|anciennete|acquis)|(faire )?reconnaitre (mon|mes|son|ses) (experience|competences|annees|acquis) (\w+ ){0,3}(par|avec|en|sous forme d'|grace a) (un|une|le|la) (diplome|titre|certificat\w*|certification)|(le |la |les |l')(valider|obtenir|decrocher|avoir) (\w+ ){0,2}(avec|par|grace a) (mon|mes|l'|son|ses) (experience|annees|anciennete|acquis))\b/,
  bilan: /\b(bilan de competences?|bilan professionnel|faire un bilan|faire le point)\b/,
  information_metier: /\b(info\w* sur (le|les|un|ce) metier\w*|en quoi consiste|c'est quoi (le|ce) metier|fiche metier|decouvrir (le|un|ce) metier|connaitre le metier|ca consiste en quoi|quel salaire|debouches?)\b/,
  recherche_emploi: /\b((je |j)(cherche|recherche) (du travail |du boulot |un job |un poste |un emploi |un taf |du taf )?(dans|en) (la |le |l'|les )?(restau\w*|restauration|hotellerie|vente|commerce|batiment|btp|menage|nettoyage|logistique|transport|aide a domicile|industrie|agriculture|manutention|securite|animation|grande distribution|distribution|mecanique|boulangerie|cuisine|entrepot|usine|magasin|supermarche|grande surface|bureau|administratif)\b|(je |j)(cherche|recherche) (du travail |du boulot |un job |un poste |un emploi )?comme (serveu\w*|vendeu\w*|caissi\w*|cuisini\w*|plongeu\w*|aide|agent|employe\w*|ouvri\w*|manutentionnaire|preparat\w*|chauffeur|livreu\w*|femme de menage|magasini\w*|cariste|maco\w*|manoeuvre)|retravailler|je (veux|voudrais|dois|aimerais) travailler(?! (comme|dans|en))|me remettre au travail|reprendre une activite|(?:re)?cherche\w* (toujours |encore |activement )?(du|un|mon|mon premier|un premier|un nouvel|un autre) (travail|emploi|poste|job|cdi)|trouver (du|un) (travail|emploi|poste)|retrouver (du|un) (travail|emploi)|recherche d'emploi|recherche (du|un) (travail|emploi)|postuler|candidature|mon cv|faire un cv|decrocher un emploi|retour a l'emploi|reprendre (un|le) travail)\b/,
  creation_entreprise: /\b(reprendre (la|le|une|un|l') ?(entreprise|boite|societe|affaire|commerce|boulangerie|boucherie|patisserie|restaurant|garage|salon|exploitation|cabinet|fonds de commerce|epicerie|bar|hotel)|creer (mon|ma|une|un) (entreprise|boite|societe|activite|commerce|restaurant|micro entreprise)|creation d'entreprise|monter (ma|mon|une) (boite|entreprise|societe|affaire)|me mettre a mon compte|me lancer a mon compte|reprendre une entreprise|reprise d'entreprise|ouvrir (mon|ma|un|une|mon propre|ma propre) (commerce|restaurant|salon|boutique|cabinet|boulangerie|boucherie|patisserie|cafe|bar|garage|atelier|epicerie|agence|gite|institut|food truck|entreprise|societe|magasin|creperie|pizzeria|librairie|fleuriste))\b/,
  etudes: /\b(orientation scolaire|quelles etudes|choisir (mes|des) etudes|parcoursup|quelle filiere|apres le bac|poursuite d'etudes|reprendre (mes|des) etudes|quelle ecole|quelle formation apres)\b/,
};

export const BARRIER_PATTERNS: Record<Barrier, RegExp> = {
  mobilite: /\b(pas (de|le) permis|sans permis|pas de voiture|pas de vehicule|sans voiture|pas de moyen de (transport|locomotion)|pas de transport|je ne peux pas me deplacer|loin de tout|pas de bus)\b/,
  garde_enfants: /\b(garde d'enfants?|faire garder|mode de garde|nounou|(?<!\b(?:je|tu|il|elle|on) )creche(?! (nulle part|nul part|chez|dans|dehors|a droite))|mes enfants sont (petits|jeunes)|personne pour garder|seule? avec (mes |mon |ma )?(\d+ |deux |trois |quatre |cinq )?(enfants?|bebe|fils|fille|gosses|petits)|maman solo|papa solo|mere celibataire|pere celibataire|famille monoparentale)\b/,
  sante: /\b(malade|maladie|handicap\w*|sante|mal au dos|dos casse|hernie|depression|burn ?out|arret maladie|en arret|inapte|inaptitude|invalidite|accident du travail|maladie professionnelle|mi temps therapeutique|restrictions? medicales?|rqth|mdph)\b/,
  logement: /\b(pas de logement|sans logement|mal loge\w*|heberge\w* (chez|par)|expulse\w*|expulsion|logement precaire|cherche un logement|a la rue|sans abri|sdf)\b/,
  lecture_francais: /\b(je (ne )?(sais|sait) pas (bien )?(lire|ecrire)|je lis mal|j'ecris mal|lire c'est difficile|pas bien le francais|je parle (pas|mal) (bien )?(le )?francais|illettr\w*|analphabete|francais (est difficile|c'est difficile)|j'apprends le francais)\b/,
  numerique: /\b(pas d'internet|pas internet|pas de connexion|ni d'ordinateur|sans internet|pas d'ordinateur|pas d'ordi|pas de telephone|pas de smartphone|pas a l'aise avec (l'informatique|internet|l'ordinateur)|je (ne )?sais pas (utiliser|me servir d') (internet|un ordinateur|l'ordinateur)|nul en informatique)\b/,
};

export const EMERGENCY_PATTERNS: Record<Emergency, RegExp> = {
  sans_logement: /\b(a la rue|dans la rue|sans abri|sdf|nulle part (ou|pour) dormir|pas (d'endroit )?ou dormir|rien pour dormir|dormir dehors|je dors dehors|je dors dans (ma|la|une) voiture|pas de toit|expulse\w* (aujourd'hui|ce soir|demain)|sans logement ce soir|pas de logement ce soir|mis\w* dehors)\b/,
  violence: /\b(il me (frappe|bat|tape|menace)|me (frappe|bat) |(?<!(?:suis|s'est|sommes|etre|j'ai|on a) )battue?|(?<!\bde )frappee?|violences? (conjugales?|familiales?|de mon (mari|conjoint|compagnon|ex))|violente avec moi|violent avec moi|peur de (mon|ma) (mari|conjoint|compagnon|compagne|ex)|menace\w* de mort|agress\w* (par|chez) (mon|moi)|il me viole|viol(?:s|e|es|ee|ees|er|ait|aient|ence|ences|ent|ente|ents|entes|emment|entee|entees|enter|entait)?)\b/,
  faim: /\b(rien mange|pas mange depuis|rien a manger|plus rien a manger|pas de quoi manger|plus de quoi manger|je n'ai pas mange|j'ai pas mange|j'ai faim(?! (de|d') ?(?!loup)[a-z])|on a faim(?! (de|d') ?(?!loup)[a-z])|mes enfants ont faim|colis alimentaire|banque alimentaire|restos du coeur)\b/,
  // « en finir avec l'intérim / ce boulot » is done with a job, not with life.
  detresse: /\b(suicide\w*|me suicider|me tuer|en finir(?! avec (?:l'|le |la |les |mon |ma |mes |ce |cet |cette |ces )(?!vie\b)\w+)|plus envie de vivre|envie de mourir|me foutre en l'air|mettre fin a mes jours)\b/,
};

export const OUT_OF_SCOPE_PATTERNS: Record<OutOfScopeTopic, RegExp> = {
  litige_employeur: /\b(litige|est ce (que c'est )?legal|c'est (pas )?legal|est ce qu'il a le droit|(il|elle|mon employeur|mon patron) (a|ont) le droit de|conflit avec (mon|ma) (employeur|patron|patronne|chef|entreprise|direction)|prud'?hom\w*|prudhom\w*|licenciement abusif|contester mon licenciement|attaquer mon (employeur|patron)|mon (employeur|patron|patronne) ne me (paie|paye|verse) pas|salaire (pas|non) (paye|verse)|heures sup\w* (pas|non) payees|harcel\w*|avocat|droit du travail|mon employeur refuse de me payer|mis\w* a pied|mise a pied|contester (un|une|mon|ma|la|le|cette|cet) (sanction|avertissement|mise a pied|blame|mutation)|avertissement injustifie|sanction disciplinaire|(il|elle|on) m'a (mis\w* a pied|sanctionne\w*|retrograde\w*))\b/,
  montant_allocation: /\b(montant (de|du|des) (mon|ma|mes)? ?(allocation|chomage|are|rsa|indemnite|droits|pension|retraite)|combien (je vais|vais je|je peux|est ce que je vais) (toucher|avoir|recevoir)|calcul (de|des) (mes|mon) (droits|allocations?|indemnites?|chomage)|mes indemnites (chomage|de chomage)|mon allocation (chomage|baisse|a baisse)|quand (vais je|je vais) etre paye\w* par (france travail|pole emploi|la caf)|ma caf|ma pension)\b/,
  besoin_formation_employeur: /\b(former mes (salaries|employes|equipes|collaborateurs)|formation de mes (salaries|employes|equipes)|plan de (developpement des competences|formation) de (mon|notre) entreprise|je suis (employeur|recruteur|rh|drh|responsable rh)|nous sommes (une|un) (entreprise|pme|tpe|association|societe|cabinet|commerce)|nous recrutons|notre entreprise (cherche|recrute|veut))\b/,
  // A tax question about training or benefits: the tax office answers, not a career adviser.
  question_impots: /\b(deductible\w*|deduire (de|des|sur) (mes |les |mon |ma )?(impots|revenus|declaration)|deduire (\w+ ){1,8}(de|des|sur) (mes |les |mon |ma |ma feuille d')?(impots|revenus|declaration)|declaration (d'impots?|de revenus|fiscale)|impots? sur le revenu|(declarer|declare) (mon|ma|mes|son|sa|le|la|les) (chiffre d'affaires|benefices?|recettes|revenus d'independant|revenus de micro ?entrepreneu\w*)|credit d'impot|reduction d'impot|imposable\w*|(declarer|declare|declaration) (\w+ ){0,8}(aux impots|au fisc|fiscale?)|(impots?|fiscal\w*|fisc) (sur|pour|de|avec) (ma|mon|la|le|une|un|mes|les) (formation|cpf|bilan|vae|prime|indemnite\w*|allocation\w*|aide\w*))\b/,
};

/** Words people still use for schemes and bodies that changed; each gets a kind correction once. */
export interface ObsoleteTerm {
  id: string;
  pattern: RegExp;
  /** Need implied by the old word (the CIF meant funding a retraining…). */
  impliesNeeds?: Need[];
  note: string;
  simpleNote: string;
}

export const OBSOLETE_TERMS: ObsoleteTerm[] = [
  {
    id: 'cif',
    pattern: /\b(cif|conge individuel de formation|cif cdd|cif cdi)\b/,
    impliesNeeds: ['reconversion', 'financement'],
    note: 'Le CIF (congé individuel de formation) a été remplacé en 2019 par le projet de transition professionnelle (PTP), financé par Transitions Pro : il permet toujours de suivre une formation longue en étant rémunéré.',
    simpleNote: 'Le CIF n’existe plus. Il s’appelle maintenant « projet de transition professionnelle ».',
  },
  {
    id: 'dif',
    pattern: /\b(dif|droit individuel (a la|de) formation)\b/,
    impliesNeeds: ['financement'],
    note: 'Le DIF (droit individuel à la formation) a été remplacé en 2015 par le compte personnel de formation (CPF), que vous consultez sur moncompteformation.gouv.fr.',
    simpleNote: 'Le DIF n’existe plus. Il s’appelle maintenant « compte personnel de formation » (CPF).',
  },
  {
    id: 'fongecif',
    pattern: /\b(fongecif|fongesif|fonjecif|opacif)\b/,
    impliesNeeds: ['reconversion'],
    note: 'Les Fongecif ont été remplacés en 2020 par les associations Transitions Pro (financement des projets de transition professionnelle) ; le conseil en évolution professionnelle des salariés est assuré par l’opérateur CEP de votre région.',
    simpleNote: 'Le Fongecif n’existe plus. Il s’appelle maintenant Transitions Pro.',
  },
  {
    id: 'pole_emploi',
    pattern: /\b(pole emploi|pole emplois|pol emploi|pole amploi|poleemploi)\b/,
    note: 'Pôle emploi s’appelle France Travail depuis le 1er janvier 2024 : ce sont les mêmes services.',
    simpleNote: 'Pôle emploi s’appelle maintenant France Travail.',
  },
  {
    id: 'anpe_assedic',
    pattern: /\b(anpe|assedic|asedic|assedics)\b/,
    note: 'L’ANPE et les Assédic ont fusionné en 2008 (Pôle emploi), devenu France Travail le 1er janvier 2024.',
    simpleNote: 'L’ANPE et les Assédic s’appellent maintenant France Travail.',
  },
  {
    id: 'garantie_jeunes',
    pattern: /\b(garantie jeunes?)\b/,
    note: 'La Garantie jeunes a été remplacée le 1er mars 2022 par le contrat d’engagement jeune (CEJ), proposé par les Missions locales et France Travail.',
    simpleNote: 'La Garantie jeunes s’appelle maintenant « contrat d’engagement jeune » (CEJ).',
  },
  {
    id: 'opca',
    pattern: /\b(opca|agefos|fafiec)\b/,
    note: 'Les OPCA sont devenus en 2019 des opérateurs de compétences (OPCO).',
    simpleNote: 'Les OPCA s’appellent maintenant OPCO.',
  },
];

export const SCHEME_PATTERNS: Record<SchemeMentioned, RegExp> = {
  ptp: /\b(ptp|projet de transition professionnelle|transition pro|transitions pro|cif|conge individuel de formation|fongecif|opacif)\b/,
  demission_reconversion: /\b(demission reconversion|(demissionner|demissionne|demission|quitter mon (cdi|travail|emploi|poste)|poser ma demission|donner ma demission|partir de mon (cdi|entreprise)) (\w+ ){0,3}(pour|afin de|et) (me |une |un |ma |mon )?(reconver\w*|changer de (metier|voie)|nouveau metier|me former|formation|projet)|demissionner pour (me )?(reconvertir|changer de metier|me former|creer)|demission (pour|et) (me )?reconver\w*|chomage (apres|si je) (une )?demission\w*|demissionner et (toucher|avoir) (le )?chomage|demissionner (pour|afin de|et) (\w+ ){0,2}(creer|ouvrir|monter|lancer|reprendre|m'installer|me lancer|me mettre a mon compte)|(demissionner|demissionnant|demission|si je demissionne|(quitter|quitte|quittant) mon (cdi|poste|emploi|travail|boulot)) ([\w']+ ){0,20}(toucher|toucherai\w*|avoir|aurai|aurais|aurait|j'aurai|j'aurais|percevoir|garder|droit (au|a l'))( le| la| les| l'| mes| mon| des)? ?(chomage|are|allocations? chomage|indemnites? chomage|indemnisation)|(chomage|are|indemnis\w*|allocations? chomage) ([\w']+ ){0,6}(en |apres (avoir )?|si (je|on) )(demissionn\w*|demission))\b/,
  transitions_collectives: /\b(transitions? collectives?|transco)\b/,
  cpf: /\b(cpf|compte personnel de formation|mon compte formation|moncompteformation|dif|droit individuel (a la|de) formation)\b/,
  vae: /\b(vae|validation des acquis)\b/,
  bilan: /\b(bilan de competences?)\b/,
  cej: /\b(cej|contrat d'engagement jeune|garantie jeunes?)\b/,
};

export const BETWEEN_CONTRACTS = {
  yes: /\b(entre deux (missions|contrats|saisons|boulots)|en attente (de|d'une) (mission|saison|contrat)|pas de mission (en ce moment|actuellement)|sans mission|intersaison|inter saison|hors saison|fin de (la |ma )?(saison|mission)|(ma|la|notre) (saison|mission) (est finie|est terminee|s'est terminee|s'est finie|a pris fin|se termine|vient de se terminer)|plus de mission|en ce moment je n'ai pas de (mission|contrat))\b/,
  no: /\b(en (cours de )?mission|en pleine saison|j'ai une mission|en contrat (en ce moment|actuellement)|j'ai un contrat en cours|contrat en cours)\b/,
};

export const RQTH_PATTERNS = {
  inProgress: /\b((demande|dossier) (de |d'une |d'|en cours de )?(rqth|reconnaissance|mdph|handicap)\w*( est)? (en cours|deposee?|envoyee?|faite)|rqth en cours|en cours de (rqth|reconnaissance)|j'attends (la|ma) (rqth|reconnaissance|reponse de la mdph)|en attente (de la|de ma) (rqth|reconnaissance|mdph))\b/,
  yes: /\b(rqth|travailleur handicape|travailleuse handicapee|reconnu\w* (travailleu\w* )?handicape\w*|reconnaissance (de la qualite )?de travailleur handicape|reconnaissance handicap|aah|statut (de )?travailleur handicape|j'ai une reconnaissance)\b/,
  no: /\b(pas de rqth|sans rqth|pas (de )?reconnaissance|je n'ai pas (la|de) rqth|pas handicape\w*|aucun handicap)\b/,
  disabilityMention: /\b(handicap\w*|invalidite|mdph)\b/,
};

export const HEALTH_JOB_RISK = /\b(inapte|inaptitude|medecin du travail|je ne peux plus (le |la |les )?(faire|exercer|travailler|porter)|mon (dos|corps|genou|epaule) ne (suit|tient) plus|maladie professionnelle|accident du travail|restrictions? medicales?|(mi temps|temps partiel) therapeutique|reprise (progressive|therapeutique)|visite de (pre )?reprise|reclassement|maintien dans l'emploi|arret maladie (long|depuis)|mon poste (est )?(menace|en danger) (a cause de|par) ma sante)\b/;

/** Words that put a job title on the person themself (« je suis », « en tant que », « ex », the message's first word). */
const OWN_TITLE_LEAD = "(?:^(?:bonjour |bonsoir |salut |madame monsieur |madame |monsieur |mesdames messieurs )?|\\b(?:je suis|suis|jsuis|j'suis|j'etais|j'ai ete|(?:ans|annees|mois) (?:comme|en tant que)|(?:je travaille|je bosse|j'exerce|embauche\\w*|recrute\\w*|employe\\w*|salarie\\w*) comme|en tant que|poste de|emploi de|fonction de|(?<!(?:mon|ma|son|sa|notre|leur) )ex|(?<!(?:mon|ma|son|sa|notre|leur) )ancien\\w*|actuellement) (?:un |une |le |la )?|\\b(?:en tant qu'|poste d'|emploi d'|fonction d'))";
/**
 * Words after which the person names their own job, now or before (« je suis », « j'ai été », « pendant
 * douze ans j'ai été », « après 15 ans comme », « ancienne », « mon poste de », « en tant que », or a title
 * in apposition at the start of a letter: « Madame, Monsieur, contrôleur de gestion, … »). A job sought
 * (« un poste de », « devenir ») is no lead. The title itself is read against the ROME appellations.
 */
export const OWN_JOB_TITLE_LEAD = /(?:\b(?:je suis|j'etais|j'ai ete|j'ai longtemps ete|(?:ans|annees|mois) (?:comme|en tant que)|(?:je travaille|je travaillais|je bosse|je bossais|j'exerce|j'exercais|j'ai travaille|j'ai exerce|embauche\w*|recrute\w*) (?:comme|en tant que)|en tant que|(?<!\b(?:mon|ma|son|sa|notre|leur|votre) )ex|(?<!\b(?:mon|ma|son|sa|notre|leur|votre) )ancien\w*|actuellement|(?:mon|ma) (?:ancien |ancienne )?(?:poste|emploi|metier|fonction|travail) (?:de|d')|j'exerce (?:le metier|la profession|la fonction) (?:de|d')|j'occupe (?:un|le) poste (?:de|d'))|^(?:(?:bonjour|bonsoir|salut|madame|monsieur|mesdames|messieurs|moi) )*) ?(?:un |une |le |la )?/g;
/** A job looked for just before « en tant que » / « comme » (« je cherche un emploi en tant que juriste »): the title is wished, not held. */
export const JOB_SOUGHT_BEFORE_TITLE = /\b(?:cherche\w*|recherche\w*|postul\w*|candidat\w*|trouver|retrouver|devenir|veux|voudrais|aimerais|souhait\w*|envie|former|formation|reconvertir|reconversion|concours|embaucher|recruter|travailler|bosser)\b(?: [\w']+){0,5}$/;
/** Words that close a job title: a complement (« d'un groupe », « dans une PME »), a time, the next clause. */
export const AFTER_OWN_JOB_TITLE = /^(?:[dlj]'\w*|de|du|des|dans|chez|a|au|aux|en|et|depuis|pendant|pour|puis|mais|car|donc|je|il|elle|on|qui|que|sur|avec|ou|la|le|les|un|une|sans|licencie\w*|\d+\w*)$/;
/** Titles that usually mean cadre status (a team leader of a shelf or a site sector usually is not). */
const CADRE_TITLE = "(?:ingenieur\\w*|inge\\b|directeur\\w*|directrice\\w*|dirigeant\\w*|manager|responsable (?!(?:de|d') ?(?:mes|ma|mon|moi|ca|cela|tout|rien|rayon|secteur)\\b)(?:de |d'|du |des )?[\\w']+|chef(?:fe)? de (?:projet|service|produit|departement|mission|agence)s?)";

export const CADRE_PATTERNS = {
  /** The person says they are (or were) cadre: « je suis cadre », « statut cadre », « ex-cadre ». */
  yes: /(?<!\b(?:le|un|du|ce|au|mon|son|ton|leur|quel|votre|notre|ma|la|dans|les|aux|pour) )\bcadres?\b(?! (?:de vie|de travail|legal|juridique|agreable|familial|photo|de velo|de porte))|\b((je suis|suis|statut|tant que|comme|cdi|cdd|salarie\w*|ancien\w*|etais|poste de|emploi de|employe\w*|et|ex|j'etais)( un| une)? cadres?|cadres? (au chomage|en|dans|chez|depuis|sup\w*|superieur|dirigeant|commercial|de sante|administratif|technique|bancaire|\d+)|^cadres?)\b/,
  no: /\b(non cadre|pas cadre|je ne suis pas cadre|agent de maitrise|etam)\b/,
  /**
   * A title or duties that usually mean cadre status, said of the person without the word « cadre »
   * (« je suis ingénieur d'études », « je dirige un magasin », « au forfait jours »): a likelihood only.
   */
  likely: new RegExp(
    `${OWN_TITLE_LEAD}${CADRE_TITLE}\\b|\\b(?:je dirige|je manage|j'encadre|je gere|je supervise|je pilote) (?:une |un |l'|la |le |mon |ma |mes |des |les )?(?:\\w+ )?(?:equipe|service|departement|agence|magasin|site|usine|etablissement|direction|filiale|succursale|boutique|entreprise|societe|pme|personnes|collaborateurs|salaries|agents|techniciens|commerciaux|ingenieurs)\\b|\\b(?:au |en )?forfait (?:jours?|cadre)\\b|\\b(?:fonction|poste|role|mission)s? (?:d'encadrement|de direction|de management)\\b|\\b(?:\\w+ )(?:personnes|salaries|collaborateurs|agents) sous (?:ma responsabilite|mes ordres)\\b`,
  ),
  /** "dans le cadre de" is never the status, nor a frame for a picture (« je fabrique des cadres pour les tableaux », « atelier d'encadrement »). */
  falseFriend: /\bdans le cadre (de|du|des|d')\b|(?:\b(?:des|les|un|une|mes|nos|de|d') ?)?\b(?:cadres?|encadrements?) (?:pour|de|d'|en) ?(?:les |des |la |le |l'|vos |mes )?(?:tableaux?|photos?|toiles?|miroirs?|affiches?|posters?|gravures?|peintures?|oeuvres?|bois|alu\w*|dore\w*)\b|\b(?:atelier|magasin|boutique|metier) (?:d'|de l')encadrement\b|\b(?:fabrique\w*|fabrication|fabriquer|vend\w*|restaur\w*|dore\w*|assembl\w*) (?:de |des |les |un |une |d')?(?:cadres?|encadrements?)\b/g,
};

export const DIPLOMA_PATTERNS: Array<[RegExp, number]> = [
  [/\b(doctorat|docteur en|these|phd|bac ?(\+|plus )?8)\b/, 8],
  [/\b(master|bac ?(\+|plus )?5|diplome d'ingenieur|ecole d'ingenieur|ecole de commerce|dess|dea|mba|m2)\b/, 7],
  [/\b(licence|bachelor|bac ?(\+|plus )?[34]|maitrise|but|licence pro)\b/, 6],
  [/\b(bts|dut|deug|bac ?(\+|plus )?2|deust)\b/, 5],
  [/\b(bac|baccalaureat|bac pro|bac general|bac techno|brevet professionnel|bp)\b/, 4],
  [/\b(cap|bep|cap bep)\b/, 3],
  [/\b(sans diplome|aucun diplome|pas de diplome|pas diplome\w*|juste le brevet|que le brevet|brevet des colleges)\b/, 0],
];

export const STARTS_WITH_YES = /^(oui|ouais|ouai|oue|wi|ok|okay|d'accord|dac|daccord|exact|exactement|c'est ca|c'est bien ca|c'est exact|tout a fait|absolument|yes|voila|bien sur|parfait|correct|c'est correct|juste|c'est juste|oui c'est ca|oui c'est bien ca|oui merci|affirmatif)\b/;
export const STARTS_WITH_NO = /^(non|nan|no|nope|pas du tout|pas vraiment|pas tout a fait|c'est pas ca|ce n'est pas ca|faux|erreur|non merci|pas exactement|absolument pas)\b/;

export const INSULTS = /\b(connard|connasse|con|conne|debile|idiot\w*|abruti\w*|cretin\w*|bouffon|merde|putain|ptn|fdp|encule\w*|salope|salaud|ta gueule|ferme la|nul a chier|naze|batard|pute|tg|nique)\b/;

export const INJECTION = /\b(ignore\w* (tes|les|toutes|vos|tous|all|previous|your|the)( \w+)? (instructions?|consignes?|regles|rules|prompts?)|oublie\w* (tes|toutes tes|vos) (instructions?|consignes?|regles)|system prompt|prompt systeme|tu es (maintenant|desormais)|vous etes (maintenant|desormais)|agis comme|fais comme si|act as|jailbreak|developer mode|mode developpeur|reveal|revele\w* (ton|tes|votre)|nouvelles instructions|new instructions|override|route (moi|vers)|classe moi (comme|en)|mets moi (en|chez)|decide que)\b/;

/** Very common French words: used to tell French from another language and from keyboard noise. */
export const FRENCH_FUNCTION_WORDS = new Set(
  ('je j' + " j'ai tu il elle on nous vous ils elles le la les un une des du de d au aux et ou mais donc car ne pas plus " +
    'me ma mon mes ta ton tes sa son ses ce cet cette ces qui que quoi dans sur pour par avec sans chez est suis es sont ai as a ' +
    'avez avons ont etre avoir fait faire veux voudrais peux travail emploi metier formation bonjour merci oui non salut ' +
    'comment pourquoi quand combien ans aide cherche depuis tres bien aussi encore deja').split(/\s+/),
);

export const ENGLISH_WORDS = new Set(
  'the i am is are you my me a an and to for of in on with what how hello hi please job work looking want need help can do does not english speak'.split(' '),
);
export const SPANISH_WORDS = new Set('hola soy estoy busco quiero trabajo tengo anos el los las una por favor ayuda necesito hablo espanol como'.split(' '));
export const OTHER_LANG_WORDS = new Set('ich bin arbeit und nicht bitte hallo sono lavoro cerco sou estou trabalho obrigado'.split(' '));

// ---------------------------------------------------------------------------------------------
// Concept families for situations described without the administrative words. Each family is
// written as a practitioner hears it: formal, spoken, SMS (after normalisation: no accents, lower
// case, hyphens as spaces, "jsuis" → "je suis").

/**
 * Health conditions and disabilities named as the person lives them (illnesses, sensory and mental
 * disabilities, injuries, treatments, sick leave), without « handicap » or « RQTH ».
 */
export const HEALTH_CONDITION = new RegExp(
  '\\b(' +
    [
      // sensory
      'sourde?s?', 'malentendant\\w*', 'appareil\\w* auditifs?', 'porte des appareils', "probleme\\w* d'audition", "j'entends (plus|mal|pas bien|plus tres bien)",
      'aveugles?', 'malvoyant\\w*', 'non voyant\\w*', 'basse vision', 'perdu la vue', 'cecite',
      // mental, cognitive, neurodevelopmental
      'bipolaire\\w*', 'schizophren\\w*', 'psychose', 'autiste\\w*', 'autisme', 'asperger', 'tsa', 'trouble du spectre\\w*', 'tdah', 'hyperactiv\\w*',
      'dyslexi\\w*', 'dyspraxi\\w*', 'dysorthograph\\w*', 'dyscalcul\\w*', 'dysphasi\\w*', 'troubles? (anxieux|psychiques?|psychiatriques?|cognitifs?|de l\'humeur|dys|du comportement|bipolaires?|de l\'attention|du deficit de l\'attention|de la concentration|de l\'apprentissage|des apprentissages|du langage|neuro ?developpementa\\w*|obsessionnels?|alimentaires?)', 'deficit (de l\'attention|d\'attention)',
      'crises? (de panique|d\'angoisse|d\'epilepsie)', 'epilep\\w*', 'depression', 'depressi\\w*', 'burn ?out', 'epuisement (professionnel|au travail)', 'anxiete', 'phobie\\w*', 'stress post traumatique',
      'trisomi\\w*', 'deficien\\w*', 'handicap mental',
      // chronic and serious illnesses
      'diabet(?!ologi)\\w*', 'insulino\\w*', 'cancer(?!ologi)\\w*', 'chimio\\w*', 'radiotherapie', 'leucemie', 'lymphome', 'tumeur', 'en remission', 'sclerose\\w*', 'polyarthrite', 'arthrose', 'rhumatisme\\w*',
      'fibromyalgie', 'crohn', 'rectocolite', 'lupus', 'mucoviscidose', 'dialyse', 'insuffisan\\w* (renale|cardiaque|respiratoire)', 'maladie (rare|chronique|grave|orpheline|auto immune|de \\w+)',
      'avc', 'infarctus', 'hemipleg\\w*', 'parapleg\\w*', 'tetrapleg\\w*', 'asthme', 'bpco', 'hypertension', 'long covid', 'covid long', 'vih', 'hepatite',
      'parkinson', 'alzheimer precoce', 'migraines? chroniques?', 'apnee du sommeil', 'obesite',
      // physical and injuries
      'fauteuil roulant', 'en fauteuil', 'ampute\\w*', 'amputation', 'prothese', 'hernies? discales?', 'hernie\\w*', 'lombalgie\\w*', 'lombaires', 'sciatique',
      'douleurs? (chroniques?|lombaires|dorsales|articulaires)', 'mal au dos', 'dos (casse|abime|bloque)',
      // a body part said worn out in slang (« le dos en vrac », « les genoux en compote », « l'épaule foutue »)
      "(le |mon |les |mes |l'|ma )?(dos|genoux?|epaules?|poignets?|hanches?|nuques?|cervicales|lombaires|coudes?|chevilles?) (en vrac|en compote|en miettes|foutue?s?|naze|nazes|bousillee?s?|flingue\\w*|niquee?s?|en bouillie|en marmelade)", 'probleme\\w* (de|au|aux) (dos|genou\\w*|epaule\\w*|hanche\\w*|poignet\\w*|coeur|sante)',
      'tendinite\\w*', 'canal carpien', 'opere\\w* (du|de la|des|deux fois)', 'operation (du|de la|des) \\w+', 'perdu l\'usage', 'accident (du travail|de trajet|de moto|de voiture|de la route|domestique)',
      // care and sick leave
      'sous traitement', 'arret (maladie|de travail)', 'en arret', 'arret depuis', '(je suis|que je suis|suis) arretee? (depuis|par mon medecin)', 'ca fait (\\w+ ){1,2}(mois|semaines|ans) que je suis arretee?', 'longue maladie', 'longue duree', '(mi temps|temps partiel) therapeutique', 'invalidite', 'pension d\'invalidite',
      'medecin du travail', 'medecin de prevention', 'visite medicale', 'inapte', 'inaptitude', 'ime', 'esat', 'mdph', 'aah',
    ].join('|') +
    ')\\b',
);

/** The person says their health is not the matter ("rien de grave", "pas de problème de santé"). */
export const HEALTH_DENIED = /\b(rien de grave|pas de probleme de sante|aucun probleme de sante|pas malade|mais ca va|en bonne sante|j'ai pas de probleme de sante)\b/;

/** The job is at risk (said with a health condition): can no longer do it, unfit, dismissal looming. */
export const JOB_AT_RISK = /\b((je )?(ne )?(peux|pourrai|pourrais|arrive) (plus|pas) (a )?(le |la |les )?(faire|exercer|travailler|porter|tenir|conduire|passer|prendre|reprendre|continuer|retourner)\w*|(je )?ne pourrai pas continuer|pourrai pas reprendre|(veut|va|vont|risque de) me (virer|licencier|renvoyer)|peur d'etre licencie\w*|mon poste (va etre )?supprime|(va|vont) supprimer mon poste|ne sera (sans doute )?pas renouvele|pas renouvele|reclassement|amenag\w* (mon|de) poste|rien amenager|amenagement|avis d'inaptitude|toujours en arret|en arret depuis|arret depuis|arretee? depuis|mis en arret|(ma|la) reprise (du travail |au travail )?(est |a ete )?(prevue|programmee|fixee|approche)|(veut|veulent|voudrait|voudraient|propose\w*|parle\w*|envisage\w*) (de )?(me reprendre|que je revienne|que je reprenne|une reprise|ma reprise|de reprendre|un (mi temps|temps partiel) therapeutique)|(je ne me sens|je me sens|je ne suis|je suis) (pas|plus) (capable|prete?|en etat)|longue duree|plus capable de|ne suit plus|ne tient plus|je risque de craquer|(je )?(ne )?me vois (pas|plus) (y )?(retourner|reprendre|revenir|remettre les pieds)|(je )?(ne )?peux (pas|plus) (y )?retourner)\b/;

/** A recognition of disability said with the MDPH words rather than « RQTH ». */
export const MDPH_RECOGNISED = /\b((reconnaissance|reconnu\w*) (de la |par la |mdph)\w*|ma reconnaissance mdph|reconnaissance mdph|la mdph (m'a|lui a|a) (accorde|reconnu|valide|accepte)\w*|(la mdph|elle) (a|m'a|lui a) (accorde|valide|accepte) (la|ma|sa|mon|son) (reconnaissance|demande|dossier)|la mdph a (valide|accepte|accorde)|accorde la reconnaissance|reconnu\w* par la mdph)\b/;
export const MDPH_PENDING = /\b((dossier|demande) (a la |aupres de la |de |d')?mdph( est)? (en cours|depose\w*|envoye\w*|fait\w*)|(dossier|demande) (mdph|de reconnaissance)( est)? (en cours|depose\w*)|dossier mdph|demande mdph|fait le dossier (a|pour) la mdph|mdph en cours|mdph [^.]{0,30}pas de reponse|en attente (de la )?mdph|mon dossier mdph|(la )?mdph (ne m'a|ne nous a|ne lui a|m'a|nous a|lui a|n'a|a) (pas encore|toujours pas|pas|rien) (encore )?(repondu|statue|rendu (sa|de) (reponse|decision)|donne (de |sa )?(reponse|nouvelles))|(la )?mdph (doit|va|devrait|tarde a) (me |nous |lui )?(repondre|donner (sa|une) reponse|statuer|rendre (sa|une) decision|se prononcer)|(mon|ma|le|la|notre) (dossier|demande) (est |a ete )?(a la|aupres de la|chez la|envoye\w* a la|depose\w* a la|transmis\w* a la) mdph|(mdph|rqth)( [\w']+){0,10} ((on attend|j'attends|nous attendons|on attends)( toujours| encore)?( (la|leur|sa|une) (reponse|decision|notification|retour)(?! (de|du|des|pour|concernant) (?!la mdph\b|mdph\b))(?! d')|$)|toujours en attente|toujours rien(?! (trouve|de|d'))|toujours pas de (reponse|nouvelles)|pas encore de (reponse|nouvelles)|sans (reponse|nouvelles))|(on attend|j'attends|nous attendons|attendre|en attente de) (toujours |encore )?(la|leur|une|sa) (reponse|decision|notification) (de la |de |d'une |pour (la |ma |une )?)(mdph|rqth|reconnaissance))\b/;
export const MDPH_NONE = /\b(aucune demarche (aupres de la|a la) mdph|jamais fait de demande de reconnaissance|pas fait de demande|pas de reconnaissance|aucune reconnaissance|pas reconnu\w*)\b/;

// ---------------------------------------------------------------------------------------------
// Health and disability told in the person's words, never « handicap » or « RQTH » (see HEALTH_CONDITION).

const BODY_PART = "(?:dos|genoux?|epaules?|hanches?|poignets?|coudes?|chevilles?|cervicales|lombaires|nuque|jambes?|bras|mains?|pieds?|articulations|tendons?|colonne|vertebres|menisques?|ligaments?)";
/** Body parts a health reason is given with (« à cause de mon dos », « pour mes genoux »): hands and arms are also what one works with. */
const BODY_PART_AS_REASON = "(?:dos|genoux?|epaules?|hanches?|poignets?|coudes?|chevilles?|cervicales|lombaires|nuque|vue|yeux|audition|oreilles|coeur|sante)";

/**
 * Conditions told loosely, beyond HEALTH_CONDITION: short names (« ma SEP »), grafts, sight or hearing lost
 * (« je vois plus que d'un œil », « appareillée »), a body part failing (« mon dos me lâche », « les genoux usés »),
 * a limp, an operation, treatments just ended, psychiatric care (« je vois un psy »).
 */
export const HEALTH_CONDITION_TOLD = new RegExp(
  '\\b(?:' +
    [
      "(?:une|ma|la|d'une|avec une|de la|atteinte? d'une|atteinte? de la) sep", 'sclerose en plaques', 'endometriose', 'spondylarthrite', 'hemophil\\w*', 'drepanocytose', 'myopathie', 'narcolepsie', 'neuropathie\\w*', 'stomie', 'pace ?maker',
      'greffe (?:du|de la|d\'un|d\'une|des) (?:rein|foie|coeur|poumons?|moelle|pancreas|cornee)', 'greffee?s? (?:du|de la|d\'un|d\'une|des|un|une) (?:rein|foie|coeur|poumons?|moelle|pancreas|cornee)', '(?:je suis|suis) greffee?', 'transplante\\w*',
      'chimiotherapie', 'immunotherapie', 'je sors (?:des|de mes|de) traitements?', 'apres (?:mes|les|des) traitements', 'traitements? lourds?', 'en traitement (?:pour|contre)',
      '(?:je vois|je consulte|suivie? par|suivie? chez|je suis suivie? par|je suis suivie? chez) (?:un|une|mon|ma) (?:psy|psychiatre|psychologue)', 'antidepresseurs?', '(?:suivie?|hospitalisee?) en psychiatrie', 'insulin\\w*', 'anxiolytiques?', 'anorexi\\w*', 'boulimi\\w*', 'addictions?', 'alcoolisme',
      'borgne', "(?:je |j')?(?:ne )?vois (?:plus |presque plus |pratiquement plus )?que d'un (?:seul )?oeil", "perdu (?:un|l'|l'usage d'un|l'usage de l') ?oeil", 'acouphenes?', '(?:ma|la) vue (?:baisse|faiblit|diminue)', 'je vois (?:de plus en plus |tres |trop )?mal', "perte (?:d'audition|auditive|de l'audition|de la vue|de vision|visuelle)", 'surdite', 'appareillee?s?', "sourde? (?:d'une|de l'|d'un) oreille", "(?:je n'entends|j'entends|jentends|n'entends) (?:plus|mal|pas bien|presque plus|plus rien)", "(?:j'entends|jentends|j entends) de moins en moins", 'je deviens (?:sourde?|malentendante?)', 'appareils? auditifs?', "(?:arret|arrete\\w*)(?: maladie| de travail)?(?: depuis [\\w']+ (?:mois|semaines|ans))? pour (?:un |une |cause d'|cause de )?(?:epuisement|surmenage|depression)", 'epuisement (?:professionnel|psychique|nerveux|moral|total)',
      `(?:mon|ma|mes|le|la|les) ${BODY_PART} (?:me )?(?:lache\\w*|me (?:tue|tuent)|me (?:fait|font) (?:tres |trop |vraiment |toujours )?(?:mal|souffrir)|(?:fait|font) (?:tres |trop |vraiment )?mal|ne (?:suit|suivent|tient|tiennent) plus|(?:est|sont) (?:uses?|usees?|fichue?s?|abimee?s?|foutue?s?|cassee?s?|bousillee?s?|flinguee?s?|nazes?|en vrac|en compote)|uses|usees?)`,
      `douleurs? (?:dans|a|au|aux) (?:l'|le |la |les |mon |ma |mes )?${BODY_PART}`, 'rupture (?:de la coiffe|des ligaments|du ligament|d\'un ligament|du tendon|d\'un tendon|d\'anevrisme)', 'coiffe des rotateurs', 'traumatisme cranien', 'defibrillateur',
      `(?:a cause de|pour|avec|vu|par rapport a) (?:mon|ma|mes) ${BODY_PART_AS_REASON}\\b(?! (?:de |d'|du |des ))`,
      "opere\\w* (?:de l'|d'un |d'une |aux? )\\w+", 'je boite\\b(?! (?:de|d\'|a|aux|postale|noire|mail|aux lettres)\\b)', 'boitill\\w*', 'boiter', '(?:en|avec des|avec une|avec un|sous) (?:bequilles?|canne|attelle|corset|deambulateur)',
      "(?:depuis|apres|suite a) (?:mon |l'|cet |un |une |ce |mes |ma )(?:accident|avc|operation|operations|infarctus|hospitalisation|greffe|cancer|maladie)(?! (?:de|d'|du) (?:mon|ma|mes|son|sa|ses)\\b)",
      `(?:je me suis|me suis|je m'suis) (?:casse|blesse|fracture|luxe|abime|demis|deboite|bousille|flingue)\\w* (?:le |la |les |l'|mon |ma |mes |un |une )?${BODY_PART}`, 'fractures?(?! (?:numerique|sociale|territoriale|generationnelle))', 'paralysie\\w*', 'paralysee? (?:des|du|de la|d\'un|d\'une) \\w+', 'insuffisance (?:veineuse|hepatique|pulmonaire|\\w+ chronique)',
      "(?:je souffre|souffrant|(?:je suis |suis |etant )atteinte?s?) (?:d'une |d'un |de la |du |des |d')(?!(?:solitude|manque|precarite|isolement|chomage|discrimination|harcelement|racisme|ennui)\\b)[\\w']+",
      '(?:mon|ma) (?:psychiatre|psy|psychologue|rhumato\\w*|neurologue|cardiologue|oncologue|pneumologue|kine|kinesitherapeute|chirurgien\\w*|orthopediste|ergotherapeute)',
      "mon etat de sante", "ma sante (?:ne|fragile|se degrade|s'est degradee|qui)", '(?:soucis|ennuis|pepins) de sante', 'raisons? (?:de sante|medicales?)', 'sante fragile',
      'tms', 'troubles? musculo squelettiques?', 'accident (?:de|du) travail', 'accident de service', 'clm', 'conge (?:de )?(?:longue|grave) maladie', '(?:hopital|clinique|service) psychiatrique',
      `(?:la vue|l'audition|l'ouie|mon dos|mes genoux|mon genou|mon epaule|ma main|mon bras|ma hanche|mes jambes|mes yeux) qui (?:baisse|baissent|lache|lachent|faiblit|faiblissent|diminue|se degrade\\w*|coince)`,
      'maladie pro\\b', 'reconnue? en (?:maladie|invalidite|accident)', 'accident de trajet',
      // A condition named by its kind only (« ma pathologie cardiaque », « une affection invalidante », « ma maladie »).
      '(?:ma|mes|une|cette|avec une|avec ma) pathologies?', 'ma maladie', '(?:ma|une|cette|d\'une) affection (?:cardiaque|chronique|respiratoire|neurologique|rhumatismale|psychiatrique|invalidante|evolutive|cardio vasculaire|auto immune|grave|lourde|de longue duree)',
    ].join('|') +
    ')\\b',
);

/** What a health condition stops at work (« plus le droit de conduire », « je peux plus lever le bras », « je crains pour mon poste »), read with a condition. */
/**
 * The work over for the person, told plainly next to a condition (« les nuits c'est fini pour moi », « les appareils ne
 * suffisent plus », « j'y retournerai pas », « je ne pourrai pas reprendre »): read only with a health condition.
 */
const HEALTH_WORK_OVER_TOLD = "c'est (?:fini|termine|plus possible) pour moi|(?:appareils?|appareillage|lunettes|lentilles|protheses?|amenagements?|adaptations?|traitements?|medicaments?|soins|attelles?|semelles|mi temps|temps partiel)(?: [\\w']+){0,3}? (?:ne )?suffi(?:t|sent|ra|ront|sait|saient) (?:plus|pas)|(?:je n'y|je n y|n'y|j'y|jy|y) (?:retournerai|retournerais|retourne|reviendrai|reviendrais|remettrai les pieds) (?:pas|plus|jamais)|je (?:ne )?me vois (?:pas|plus) (?:y retourner|y revenir|reprendre|retourner)|(?:je ne |je n'|je )?(?:pourrai|pourrais|peux) (?:pas|plus|jamais) (?:reprendre|y retourner|retourner (?:au|a l'|a la|en|dans))";
/**
 * The current job grown hard for the person, told as a consequence (« une pathologie qui rend mon poste difficile à
 * tenir », « mes tâches deviennent difficiles », « j'ai de plus en plus de mal à faire classe », « un poste plus
 * adapté », « changer de poste »): read only with a health condition of the person.
 */
// A job searched for (« la recherche d'emploi devient difficile ») is no current job; « gardes » reaches here folded to « garder ».
const WORK_SIDE = "(?<!\\b(?:recherche|chercher|trouver|retrouver) (?:de |d'|du |un |une )?)(?:poste|postes|travail|metier|emploi|taches|missions|fonctions|activite|service|journees|horaires|deplacements|trajets|tournees|chantiers?|conduite|gardes|garder|nuits|classe|cours|manutention|port de charges|charges|station debout|ecrans?|cadences?|gestes|efforts)";
const WORK_HARD = "(?:(?:de plus en plus|trop|tres|vraiment|bien|si|super|tellement|carrement|franchement|assez) )?(?:difficiles?|dure?s?|penibles?|impossibles?|compliquee?s?|insupportables?|intenables?|epuisante?s?|lourde?s?|ingerables?|infaisables?|invivables?|problematiques?)";
const WORK_MADE = "(?:rend|rendent|rendait|rendaient|a rendu|ont rendu)";
const HEALTH_WORK_HARD_TOLD = `${WORK_MADE}(?: [\\w']+){0,12}? ${WORK_SIDE}(?: [\\w']+){0,10}? ${WORK_HARD}|${WORK_MADE} ${WORK_HARD} (?:[\\w']+ ){0,4}?${WORK_SIDE}|${WORK_SIDE}(?: [\\w']+){0,6}? (?:devien\\w*|est devenue?s?|sont devenue?s?|m'est devenue?s?|me (?:devien\\w*|semble\\w*|parai\\w*)|(?:est|sont) (?:maintenant|desormais)) ${WORK_HARD}|(?:j'ai|ai) (?:de plus en plus|beaucoup|vraiment|trop|enormement) (?:de )?mal a (?:faire|tenir|assurer|assumer|porter|suivre|rester|exercer|conduire|travailler|marcher|finir|terminer|me concentrer)|(?:j'ai|ai) du mal a (?:tenir|assurer|assumer|porter|suivre|rester debout|exercer|conduire|travailler|finir mes|terminer mes|faire (?:mon|ma|mes|le|la|les) ${WORK_SIDE})|${WORK_SIDE} (?:plus|moins) (?:adaptee?s?|doux|douce|leger|legere|calme|tranquille|physique|penible|dure?|fatigante?|exigeante?|sedentaire)|chang(?:er|e) de (?:poste|service|affectation)|(?:difficultes?|mal|peine) (?:dans|a|pour|au|sur) (?:l'exercice de |la tenue de |l'accomplissement de )?(?:mon|ma|mes|le|la|les) ${WORK_SIDE}|(?:je )?pein\\w* a (?:tenir|assurer|assumer|faire|suivre|exercer|remplir) (?:mon|ma|mes|le|la|les) ${WORK_SIDE}|compromet\\w* (?:l'exercice de |la tenue de |l'accomplissement de )?(?:mon|ma|mes) ${WORK_SIDE}|${WORK_SIDE}(?: [\\w']+){0,3}? (?:me )?pos\\w* (?:de |des )?(?:(?:reelles|grosses|vraies|serieuses|nombreuses|gros|vrais) )?(?:difficultes|problemes|probleme)|maintien (?:dans|a|sur) (?:mon|le) poste|${WORK_SIDE} amenagee?s?|galere\\w* (?:de plus en plus |trop |grave |vraiment )?(?:au|a mon|dans mon|sur mon|sur le|sur les|a faire mon) (?:travail|poste|metier|chantiers?)|${WORK_SIDE}(?: [\\w']+){0,6}? (?:est|sont|c'est) (?:de plus en plus|trop|vraiment trop|beaucoup trop|tellement|devenue?s?) ${WORK_HARD}|${WORK_SIDE}(?: [\\w']+){0,3}? (?:n'est|ne sont|est|sont) (?:plus|pas) (?:adaptee?s?|compatibles?)|${WORK_SIDE} (?:inadaptee?s?|incompatibles?)|(?:je )?(?:ne )?supporte (?:plus|pas|de moins en moins) (?:le |la |les |l'|mes |mon |ma )?${WORK_SIDE}|(?:arrets?|absences?) (?:a repetition|repetee?s|de plus en plus frequent\\w*)|(?:multiplie|enchaine) les arrets|trop (?:fatiguee?|epuisee?|faible|mal) pour (?:tenir|assurer|assumer|faire|continuer|travailler|exercer)`;
export const HEALTH_WORK_LIMIT_TOLD = new RegExp(String.raw`\b(?:plus le droit de (?:conduire|porter)|(?:ne )?(?:me )?permet (?:plus|pas) (?:de |d')(?:travailler|exercer|continuer|tenir|assurer|occuper|faire mon)|m'empeche\w* (?:de |d')(?:travailler|exercer|continuer|tenir|assurer|occuper|faire mon)|(?:ne )?puis plus \w+|(?:adapter|amenager) mon poste|(?:en|conge de|conge) longue (?:maladie|duree)|(?:je )?(?:ne )?(?:peux|pourrai|pourrais) (?:plus|pas) (?:lever|porter|soulever|rester debout|rester assise?|marcher|conduire|taper|me baisser|m'agenouiller|faire les gestes|faire les nuits|faire les 3x8|faire les trois huit)|plus possible de (?:faire|porter|tenir|travailler|rester)|combien de temps je (?:vais|pourrai|pourrais) tenir|je (?:crains|crain|ai peur|m'inquiete) pour mon (?:poste|emploi|travail|boulot|job)|peur (?:pour|de perdre) mon (?:poste|emploi|travail|boulot|job)|(?:mon|le) (?:medecin|docteur|rhumato\w*|chirurgien|specialiste) (?:m'a dit|dit|m'a conseille|me conseille|m'a demande) de (?:changer|arreter|me reconvertir|trouver autre chose)|(?:mon employeur|mon patron|ma direction|mon entreprise|ils) (?:ne sai\w* pas|ne sait plus|sai\w* pas) quoi faire de moi|${HEALTH_WORK_OVER_TOLD}|${HEALTH_WORK_HARD_TOLD})\b`);

/**
 * A medical restriction on the work itself (« le rhumato il m'interdit les charges lourdes », « port de charges
 * contre-indiqué », « pas de poste sans port de charges pour moi »): health by itself, the job at risk.
 */
export const MEDICAL_WORK_RESTRICTION = /\b(?:(?:medecin|docteur|doc|rhumato\w*|chirurgien\w*|specialiste|kine\w*|neurologue|cardio\w*|pneumo\w*|orthopediste|psychiatre|toubib|ophtalmo\w*)(?: [\w']+){0,3}? (?:m'interdit|m'a interdit|m'interdisent|m'ont interdit|me deconseille|m'a deconseille|me defend|m'a defendu|m'a limite\w*|me limite) (?:les |le |la |l'|des |tout |toute |tous |toutes )?(?:charges|port de charges|travail de nuit|nuits|postes? de nuit|station debout|efforts|gestes repetitifs|conduite|escaliers|ecrans?|hauteur|travail en hauteur)|(?:port de charges|station debout|travail de nuit|conduite) (?:interdite?|contre indiquee?|deconseillee?)|contre indication (?:medicale|au (?:port|poste|travail))|restrictions? (?:de |au |sur le )?port de charges|(?:pas de|aucun|plus de) poste (?:sans (?:port de charges|charges|station debout)|adapte|amenage|compatible avec (?:mon etat|ma sante|mes restrictions)) (?:pour moi|dans (?:la boite|l'entreprise|le magasin))?)\b/;

/**
 * A dismissal only in prospect (« on me parle de licenciement pour inaptitude », « menace de licenciement », « entretien
 * préalable au licenciement »): the person is still employed, the job at risk.
 */
export const DISMISSAL_IN_PROSPECT = /\b(?:(?:on|ils|elle|il|mon employeur|mon patron|ma patronne|la direction|la drh|ma boite|mon entreprise|l'entreprise) (?:me |m')?(?:parle\w*|envisage\w*|menace\w*|evoque\w*|propose\w*|prepare\w*|annonce\w*) (?:d'un |de |d'une |un |une |d'|le |mon )?|(?:risque|menace|peur|perspective|procedure|entretien prealable|convocation) (?:de |d'un |d'|a un |au |a mon )?)licenciement(?: (?:pour|en|a) (?:inaptitude|motif \w+|[\w']+))?(?: (?:est )?en cours)?\b/g;

/** « j'ai la reconnaissance », « je suis reconnue depuis 2019 », « ma reconnaissance a été accordée »: the recognition held, said without its name. */
export const RQTH_HELD_TOLD = /\b(?:ma reconnaissance(?: [\w']+){0,2}? (?:a ete|est|m'a ete) (?:accordee|obtenue|validee|acceptee|renouvelee)|j'ai (?:la|ma|bien la) reconnaissance(?! (?:(?:de|du|des|envers|aupres|dans|au|aux)\b|d'|pour (?!(?:mon|ma|mes)\b)))|(?:je suis|suis) reconnue?s? (?:depuis (?:\d+|[\w']+)|en (?:19|20)\d\d)\b|(?:je suis|suis) reconnue?s?$)/;

/** A request told gone to the MDPH (« mon dossier est parti à la MDPH », « ma demande de reconnaissance est partie »). */
export const RECOGNITION_REQUEST_GONE = /\b(?:(?:mon|ma|le|la|notre) (?:dossier|demande)(?: [\w']+){0,3}? (?:est |a ete )?(?:partie?|expediee?|envoyee?|deposee?|transmise?) (?:[\w']+ ){0,3}?(?:a la|aupres de la|chez la|pour la) mdph|(?:dossier|demande) (?:mdph|rqth|de rqth|de reconnaissance|handicap)(?: [\w']+){0,3}? (?:est|a ete) (?:partie?|expediee?|envoyee?|deposee?|transmise?)|(?:dossier|demande) (?:en cours|deposee?|envoyee?) (?:a la|aupres de la|chez la) mdph)\b/;

/**
 * A recognition request named as a thing one could make (« un dossier MDPH », « la demande de reconnaissance », « un
 * dossier pour être reconnu »): read as talk, not as a request made, when advised, planned or said not made.
 */
export const RECOGNITION_REQUEST_WORDS = "(?:d'un |dun |d'une |un |une |le |la |mon |ma |de |d')?(?:dossier|demande|papiers|formulaire|cerfa)(?: (?:de|d'|a la|pour la|aupres de la|a|pour|de la))? ?(?:la |une )?(?:mdph|rqth|reconnaissance(?: (?:de )?(?:la )?(?:qualite de )?travailleu\\w* handicape\\w*| handicap\\w*| mdph)?|handicap\\w*|(?:etre|me faire) reconnue?s?)";
/** The request said not made after it is named (« un dossier MDPH, j'ai rien fait », « … je ne l'ai pas fait »). */
export const RECOGNITION_REQUEST_NOT_MADE = new RegExp(
  `\\b${RECOGNITION_REQUEST_WORDS}(?: [\\w']+){0,6}? (?:(?:mais )?(?:j'ai|je n'ai|je l'ai|je ne l'ai|l'ai|ai) (?:rien|pas|jamais|toujours pas|pas encore|encore rien) (?:encore )?(?:fait|depose|envoye|rempli|commence|lance)|(?:mais )?(?:pas|jamais|rien) (?:encore )?(?:fait|depose|envoye|rempli))\\b`,
  'g',
);

/** The MDPH said in full (« la maison du handicap », « la maison départementale des personnes handicapées »): read as « la mdph ». */
export const MDPH_SAID_IN_FULL = /\b(?:la )?maison (?:departementale )?(?:des personnes handicapees|du handicap|de l'autonomie)\b/g;

/** An illness told as past and healed (« j'ai eu un cancer il y a 15 ans, tout va bien », « je suis guérie »): no barrier now. */
export const HEALTH_HEALED = /\b(?:(?<!\b(?:jamais|pas|pas encore|toujours pas|pas completement|pas totalement|pas bien|presque|pas vraiment) )(?:guerie?|retablie?)(?! (?:mais|sauf))|tout va bien (?:maintenant|aujourd'hui|depuis)(?! (?:mais|sauf))|c'est (?:derriere moi|de l'histoire ancienne)|(?:sans|aucune|plus aucune|pas de) sequelles?)\b/;

/** Illness as a figure of speech (« malade de mon boulot », « ça me rend malade de chercher »). */
export const FIGURATIVE_ILLNESS = /\b(?:(?:ca|cela|ils?|elles?|(?:ce|mon|le) (?:boulot|travail|job|chef|patron|metier)) (?:me )?rend\w* (?:malade|dingue|fou|folle)|malade de (?:mon|ce|son|leur) (?:boulot|travail|job|patron|chef|metier)|j'en suis malade|j'en suis (?:tombee? )?malade)\b/g;

/** The people one works for (« un centre pour personnes handicapées », « auprès d'enfants autistes »): a job, not one's health. */
export const CARE_RECIPIENTS = /\b(?:pour|avec|aupres (?:de|des|d')|des|les|aux|d'|de) ?(?:personnes?|enfants?|adultes?|jeunes|publics?|residents?|patients?|malades|gens|usagers|eleves|personnes agees) (?:(?:en situation de |porteu\w* de )?(?:handicap\w*|polyhandicap\w*)|autistes?|malades|dependante?s?|atteinte?s? (?:de|d') ?[\w']+)\b/g;

/**
 * A relative as the subject of a clause (« mon fils est autiste », « mon mari est en arrêt maladie »), up to where the
 * person speaks of themself again; taken out only when it tells health and no recognition (see RELATIVE_RECOGNITION_STEP).
 */
export const RELATIVE_HEALTH_CLAUSE = /\b(?:mon|ma|mes|son|sa|ses|notre|nos) (?:grand |grands |belle |beau |beaux |petit |petite |petits |petites )?(?:mari|epoux|epouse|femme|conjoint\w*|compagn\w*|pere|mere|papa|maman|parents|frere|soeur|fils|filles?|enfants?|bebe|mamie|papi|grand mere|grand pere|tante|oncle) (?:qui )?(?:est|etait|sont|a|avait|ont|souffre|souffrent|vient d'etre|a ete|est tombee?)\b(?:(?! (?:et|mais|donc|alors|moi|je|j'|du coup|pendant que)\b)[^,.;!?])*/g;
/** A recognition step inside a relative's clause (« ma mère a envoyé le dossier à la MDPH »): often done for the person. */
export const RELATIVE_RECOGNITION_STEP = /\b(?:mdph|rqth|reconnaissance|dossier|demande|notification|aah)\b/;

/** Losing one's housing, told as a situation. */
export const HOUSING_LOSS = /\b((proprio|proprietaire|bailleur|logeur|parents|pere|mere|mari|copain|copine|compagnon|compagne|conjoint|conjointe|coloc|hebergeur|famille) (me|nous|m') ?(fout|foutent|met|mettent|jette|jettent|foutra|mettra|jettera|va (foutre|mettre|jeter)|vont (foutre|mettre|jeter)) (dehors|a la porte)|(mis|mise|jete|jetee|vire|viree|foutu|foutue)s? (dehors|a la porte|de chez (moi|mes parents|nous|lui|elle))|m'a (mis|mise|jete|jetee|vire|viree) (dehors|a la porte)|expuls\w*|dors? (dans (ma|la|une|mon) (voiture|camion|tente|cage d'escalier)|dehors|a droite a gauche|chez des amis ce soir)|dort (dehors|a droite a gauche|dans sa voiture)|vis dans (ma|une|la|mon) (voiture|camion|tente)|dormons (a l'hotel|dehors|dans)|squat\w*|sans domicile|sans abri|plus de (logement|toit|domicile)|n'a plus de logement|a plus de logement|pas de solution d'hebergement|plus d'hebergement|nulle part (ou )?(aller|dormir)|je sais pas ou (aller|dormir)|je ne sais pas ou (aller|dormir)|ou (dormir|aller) ce soir|(dormir|aller|dors|dormirai|dormir cette nuit) ou (ce soir|cette nuit|aujourd'hui)|(je vais|on va|je peux|on peut|je pourrai|je pourrais|vais je|puis je|je dors|on dort) dormir ou\b|(je dors|on dort|je dormirai) ou (ce soir|cette nuit|moi|nous)\b|ou (je vais|on va|je peux|on peut|je pourrais|je pourrai) (dormir|aller) (ce soir|cette nuit)|(je )?(ne )?(peux|sais|saurai) (dormir|aller) nulle part|(pas|plus) (d'endroit|de place|de lieu) (ou|pour) dormir|(ne )?(peuvent|peut|pourront|veulent|veut) plus (me |nous |m')(garder|heberger|loger|accueillir)(?! (les |mes |ma |mon |le |la |l'|mes deux )?(enfants?|petits?|petite|fils|filles?|bebe|gamins?|gosses|chiens?|chats?|affaires|animaux))|rendre les cles|logement inhabitable|appartement (est )?inhabitable|(hebergement|hotel social|foyer|ma place|prise en charge|logement de fonction)( \w+){0,4} (s'arrete|se termine|fini\w*|prend fin)|(place|chambre|lit) (au|du|en|a l'|dans le|dans un|de l'|a la|au centre d') ?(115|samu social|foyer|centre d'hebergement|hebergement d'urgence|chrs|hotel social|hotel|urgence)( \w+){0,4} (s'arrete|se termine|fini\w*|prend fin)|le foyer m'a (vire|mis dehors)|(je dors|on dort|je dormirai|je dormirais|dormir) (ou|la ou) (je peux|on peut|je trouve|on trouve|il y a de la place)|(dors|dort|dormi|dormir|dormirai|dormons|passe la nuit|passer la nuit|passe mes nuits|passe les nuits) (a la|dans la|dans une|sur un banc de la|dans le|sous un|sous le|sur un) (gare|metro|pont|banc|parking|abri bus)\b|(cette nuit|ce soir) (ce sera )?(\w+ ){0,2}(encore|de nouveau|a nouveau) (la|une|le|ma) (gare|rue|voiture|metro|banc|parking|tente)\b|dormir au chaud|(un|une) (endroit|lit|place|abri) (au chaud )?pour (dormir|la nuit|ce soir|cette nuit)|(sais|sait|savons) (pas|plus) ou (je|on|nous) (vais|va|allons|peux|peut|pourrai\w*) (dormir|passer la nuit|aller ce soir)|(canape|sofa|clic clac|matelas) ([\w']+ ){0,8}(veulent|veut|peuvent|peut) plus (\w+ ){0,5}(ce soir|demain|cette nuit))\b/;
/**
 * Put out of the home by family or a partner (« mes parents m'ont viré », spelt « mont » in texts): not an
 * employer's dismissal, which names the boss.
 */
export const PUT_OUT_BY_FAMILY = /\b(mes parents|mon pere|ma mere|mon beau pere|ma belle mere|ma famille|ma mere et mon pere|mon copain|ma copine|mon mari|ma femme|mon compagnon|ma compagne|mon conjoint|ma conjointe|mon coloc|ma coloc) (m'ont|mont|m'a|m'avait|m'avaient|nous a|nous ont) ((vire|viree|jete|jetee|chasse|chassee)\b|(mis|mise|foutu|foutue) (dehors|a la porte)\b|(dit|interdit) de (ne )?(plus|pas) (remettre les pieds|revenir|rentrer)\b)/;
/** Outside since a recent moment (« je suis dehors depuis hier soir »): out of a home, not out for a walk. */
export const OUTSIDE_SINCE = /\b(je suis|on est|nous sommes|je dors|on dort) dehors depuis (hier|avant hier|cette nuit|ce matin|\d+ (jours|nuits)|(deux|trois|quatre|cinq|plusieurs|quelques) (jours|nuits)|une semaine|samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi)\b/;
/** A skill or a subject one is « à la rue » in (figurative: lost, far behind). */
const SKILL_OR_SUBJECT =
  "(?:competences?|informatique|info|numerique|digital|ordi\\w*|internet|excel|word|tableur|bureautique|logiciels?|outils?|technologies?|techno|tech|maths?|mathematiques|calcul|anglais|allemand|espagnol|francais|orthographe|grammaire|langues?|redaction|ecrit|oral|physique|chimie|histoire|geo\\w*|compta\\w*|gestion|code|programmation|cours|ecole|exams?|examens?|revisions?|programme|matieres?|theorie|pratique|niveau|connaissances?|diplomes?|cv|entretiens?|projets?|reconversion|demarches?|orientation|candidatures?)";
/**
 * Someone else's housing loss (« ma sœur a été mise à la porte », « mon voisin s'est fait expulser »)
 * and food aid given, not received (« bénévole aux Restos du cœur », « travailler dans l'aide
 * alimentaire »): no emergency of the person's own (set aside before the emergencies are read).
 */
export const OTHERS_EMERGENCY = /\b(?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|un|une) (?:soeur|frere|voisin\w*|ami|amie|amis|amies|copain|copine|cousin\w*|collegue\w*|fils|fille|oncle|tante|pote|client\w*|beneficiaire\w*|usager\w*|patient\w*|eleve\w*) (?:[\w']+ ){0,2}?(?:a ete|ont ete|s'est fait|se sont fait|se fait|est|sont|vient d'etre|viennent d'etre|s'est retrouve\w*|se retrouve\w*) (?:mise?s?|jete\w*|vire\w*|expuls\w*|a la rue|dehors|sans (?:logement|abri|domicile))(?: (?:dehors|a la porte))?/g;
export const FOOD_AID_GIVEN = /\b(?:benevol\w*|je donne un coup de main|j'aide) (?:[\w']+ ){0,4}?(?:restos? du coeur|banque alimentaire|secours populaire|epicerie solidaire|maraudes?|samu social)|(?:travailler|travaille|bosser|metier|emploi|poste|formation) (?:[\w']+ ){0,3}?(?:l'aide alimentaire|restos? du coeur|banque alimentaire|epicerie solidaire)/g;

/**
 * « à la rue » used for a job loss ("on est tous à la rue"), a street job, or a skill one lacks (« à la rue
 * niveau compétences », « complètement à la rue en maths ») is not a housing emergency.
 */
export const STREET_NOT_HOUSING = new RegExp(
  `\\b(tous a la rue|travaille dans la rue|bosse dans la rue|dans la rue comme|agent de proprete|(?:(?:completement|totalement|carrement|vraiment|grave) )?a la rue (?:(?:niveau|question|cote|au niveau|point de vue|pour ce qui est) (?:de |du |des |d')?(?!(?:logement|appart\\w*|toit|hebergement|dormir|dodo|loyer)\\b)(?:[\\w']+)|(?:(?:total|complet|grave|carrement|vraiment|un peu)\\w* )?(?:en|sur|avec|dans|pour|a|au|aux|face aux?|face a|vis a vis (?:de|des|du)) (?:le |la |les |l'|des |du |mes |ma |mon |tout ce qui est |tout ce qui touche a (?:l')?)?(?:nouvel\\w* |nouveaux |grand\\w* |bases? (?:de |d'|du |des )?)?${SKILL_OR_SUBJECT}\\b)|(?:un peu|un petit peu|legerement|un brin) a la rue|a la rue (?:financierement|moralement|mentalement|psychologiquement|intellectuellement|scolairement)|(?:nul\\w*|faible|mauvaise?|largue\\w*|perdue?|pas (?:bon|bonne|doue\\w*|a l'aise)) (?:en|sur|avec|dans|a|au) (?:le |la |les |l')?${SKILL_OR_SUBJECT} (?:[\\w']+ ){0,3}?a la rue)`,
);

/** Violence by a partner or family, told as a situation. */
export const VIOLENCE_TOLD = /\b((mon|ma|son|sa|leur) (ancien |ancienne |ex )?(mari|femme|conjoint\w*|compagn\w*|copain|copine|ex|pere|mere|frere|beau pere|partenaire|fils) (\w+ )?(me|m'|nous|m'a|nous a|l'a|la|le) ?(frapp|bat|tap|cogn|menac|harcel|insult|enferm|control|viol|etrangl|pouss(?!\w* (a|au|aux|vers|dans)\b)|suiv|tabass|terroris|bless|brutalis|gifl)\w*|(mon|ma|son|sa|leur) (ancien |ancienne |ex )?(mari|femme|conjoint\w*|compagn\w*|copain|copine|ex|pere|mere|frere|beau pere|partenaire|fils) (\w+ )?(m'a|m'avait|nous a) ?(jete\w* (contre|par terre|au sol|dans)|cass\w* (le |la |les |mon |ma |mes |deux )?(bras|nez|cotes?|dents?|jambe|poignet|machoire|doigts?)|fendu la levre|(tir|train)\w* par les cheveux|attrap\w* (par )?(la gorge|le cou|les cheveux))|(il|elle) (me|m'|m'a|nous|nous a) ?(frapp|battu|battait|bat|tap|cogn|tabass|terroris|etrangl|viol|bless|brutalis|gifl)\w*|(il|elle) (m'a|m'avait|nous a) ?(jete\w* (contre|par terre|au sol|dans)|cass\w* (le |la |les |mon |ma |mes |deux )?(bras|nez|cotes?|dents?|jambe|poignet|machoire|doigts?)|fendu la levre|(tir|train)\w* par les cheveux|attrap\w* (par )?(la gorge|le cou|les cheveux))|(j'ai|on a) (pris|recu) des coups|(fui|fuir|quitte|parti\w* de chez (moi|nous|lui)) (\w+ ){0,6}(a cause de|parce qu'il|parce qu'elle|car il|car elle) (\w+ ){0,3}(frapp|bat|battait|violen|menac|tap|cogn)\w*|femme battue|(il|elle) me (tape|cogne|tabasse|terrorise|controle)|me tape dessus|violences? (physiques?|psychologiques?|sexuelles?|economiques?)|emprise|(il|elle) controle (tout )?(mon argent|mes comptes|tout))\b/;

/** Nothing to eat, nothing to live on. */
export const HUNGER_TOLD = /\b((j'ai|jai|on a|ils ont|ont) faim(?! (de|d') ?(?!loup)[a-z])|frigo vide|plus un (euro|rond|centime)|(plus|pu|pas|plus un) (d'argent|dargent|de sous|de thunes?|de fric|un sou|de tunes?) (pour|afin de) (manger|me nourrir|nous nourrir|bouffer|faire (les|mes|nos) courses)|plus rien pour (manger|vivre)|(plus|pas) d'electricite|coupure d'electricite|plus de chauffage|(plus )?rien dans (le|mon|notre|les|mes|nos) (frigo|frigidaire|refrigerateur|placards?)|(frigo|frigidaire|refrigerateur|placards?) (est |sont )?(vides?|tout vides?)|(plus|pas|rien) (de |d')?(quoi|assez pour) (me |nous |les |la |le |lui |leur )?(nourrir|manger|faire manger|donner a manger)|il ne (me |nous )?reste (plus )?rien (pour|a) (manger|vivre|(me |nous )?nourrir|faire (les|mes|nos) courses)|(plus|pas) les moyens de (me |nous |les |la |le )?(nourrir|manger|faire (les|mes|nos) courses)|(je ne |je |on ne |on |nous ne )mange(ons)? (plus|pas) a (ma|notre|leur) faim|(je |j|on |nous )(saute|sautons) (souvent |parfois |regulierement |tout le temps |beaucoup de |plein de )?((des|les|mes|nos) repas|le repas du soir)|(je |on |nous )(ne )?mange(ons)? (plus |pas |qu'|que )?(un jour sur deux|une fois par jour|un repas sur deux|un jour sur trois)|(rien|plus rien|pas de quoi|plus de quoi|rien de quoi) (a |de )?(bouffer|grailler)|(pas|rien|plus rien) (bouffe|graille|mange) depuis|(j'ai|on a|jai) la dalle(?! (de|d'))|(je|on) (creve|crevons) (la dalle|de faim)|(qu'un|un seul) repas par jour|(me|nous|se) priv\w* de (manger|nourriture|repas)|(peux|pouvons|arrive|arrivons|parviens|parvenons|reussis|reussissons) (plus|pas) (a )?(me |nous |les )?nourrir(?! (ma|mon|mes|notre|nos|cette|ce|son|sa|ses) (passion|projet|reflexion|curiosite|envie|ambition|reve|idee)\w*)|(l'electricite|le courant|le gaz|le chauffage|l'eau) (\w+ ){0,2}(coupee?s?|suspendue?s?)\b|(m'a|m'ont|nous a|nous ont|on a|ils ont) coupe (l'electricite|le courant|le gaz|le chauffage|l'eau))\b/;

/** Thoughts of dying. */
export const DISTRESS_TOLD = /\b(pense\w* a mourir|(veux|voudrais|envie de) mourir|plus la force de vivre|disparaitre pour toujours|me jeter (sous|du|d'un)|idees noires|plus envie de rien|(tout le monde|ils|ma famille|mes enfants) (serai\w*|serait|seraient|sera) (mieux|plus heureu\w*) sans moi|(je veux|j'ai envie d'|envie d'|pense\w* a|penser a) (tout )?arreter (de vivre|pour de bon)|plus (la force|envie) de continuer a vivre|(veux|voudrais) plus vivre(?! (a|en|dans|au|aux|chez|avec|comme|loin|pres|ici|la bas|de|sans|seule?s?|ensemble|sous|sur)\b)|(serait|serais|seraient|sera) (\w+ )?(plus simple|mieux|plus facile|plus reposant|un soulagement|plus leger) (de |d'|si (je|j') ?)((ne |n')?(plus|pas) (etre la|exister|me reveiller|vivre)|(n'etais|n'existais|etais|existais) (plus|pas)( la)?)(?! (le|les|ce|cette|pendant|durant|quand|lors|a|au|aux|en|de|du|pour|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la nuit|tot|tard)\b)|(envie|besoin|tentee?|tente|voudrais|veux|aimerais) (de |d')?(ne )?plus (etre la|exister|me reveiller)|m'endormir (et|pour) ne (plus|jamais|pas) me reveiller|dormir pour toujours|(serait|seraient) (\w+ )?(mieux|plus simple) sans moi|suicidaire\w*|a quoi bon (vivre|continuer a vivre|rester en vie)|(plus|pas) (aucune |de |une seule )?raisons? de vivre|pense\w* (souvent |parfois |beaucoup |tout le temps |sans arret |de plus en plus )?a la mort(?! (de|d'|du|des)\b)|me laisser mourir)\b/;
/**
 * Thoughts of death said formally or veiled (« je pense sérieusement à ne plus être là », « l'idée d'en finir me
 * traverse », « je songe à mettre fin à mes jours »): the distress line.
 */
export const DEATH_THOUGHT_FORMAL = /\b((je )?(pense|pensais|songe|songeais|reflechis) (\w+ ){0,4}?a ((ne plus etre la|ne plus exister)(?! (professionnellement|socialement|dans|sur|sans|comme|le|les|ce|cette|pendant|durant|quand|lors|a|au|aux|en|de|du|pour|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la nuit|tot|tard)\b)|ne plus me reveiller|disparaitre (pour de bon|pour toujours|definitivement)|en finir(?! avec (?:l'|le |la |les |mon |ma |mes |ce |cet |cette |ces )(?!vie\b)\w+)|mettre fin a (mes jours|ma vie|mon existence)|partir pour toujours)|(l'idee|l'envie|la tentation|la pensee) (de |d')(ne plus etre la|ne plus exister|en finir(?! avec (?:l'|le |la |les |mon |ma |mes |ce |cet |cette |ces )(?!vie\b)\w+)|mettre fin a (mes jours|ma vie)|disparaitre (pour de bon|pour toujours|definitivement)|mourir(?! (de|d')))|je n'ai plus (aucun )?gout a la vie|plus (aucun )?gout de vivre)\b/;
/** Leaving « for good » with no place or job after it (« je pense à partir pour de bon »): death when despair is told too. */
export const LEAVING_FOR_GOOD = /\b(pense|pensais|songe|envie|tente|tentee) (\w+ ){0,2}?a (partir|m'en aller|tout quitter) (pour de bon|pour toujours|definitivement)(?! (de|d'|du|des|a|au|aux|en|vers|dans|loin|chez|ailleurs|avec|sur|pour (une|un|le|la|l'|ma|mon|m'|me))\b)/;
/** Despair told next to it (« je n'ai plus goût à rien », « je ne dors plus », « je n'en peux plus »). */
export const DESPAIR_MOOD = /\b(plus (aucun |de )?gout a (rien|la vie)|je ne dors plus|je dors plus|je n'en peux plus|j'en peux plus|plus la force|a bout|desespere\w*|plus aucun espoir|(je ne vois|je vois) (plus|pas) (d'issue|de sortie|le bout))\b/;

/**
 * An acute crisis told in the present (« je suis enfermée dans les toilettes au boulot, j'arrive plus à
 * respirer »): panic, breath failing, hiding. An emergency with a second sign (ACUTE_DISTRESS_SIGNS).
 */
export const ACUTE_DISTRESS = /\b((je suis|je fais|je refais) (en (pleine )?|une |encore une )?(crise d'angoisse|crise de panique|crise d'angoisses|attaque de panique)(?! (a chaque|chaque|quand|des que|lorsque|avant|parfois|souvent|de temps))|(j'arrive|je n'arrive|n'arrive|j'y arrive) (plus|pas) a (respirer|reprendre mon souffle|me calmer)|je (ne )?(peux|parviens) (plus|pas) (a )?respirer|j'etouffe|je suffoque|(j'ai )?le coeur qui (bat|tape|cogne|s'emballe) (trop |tres |super |beaucoup trop )?(fort|vite)|(je suis|je me suis|suis) (enferme\w*|cache\w*|refugie\w*|barricade\w*) (dans|aux) (les |la |le |ma |mon )?(toilettes|wc|vestiaires?|voiture|reserve|cagibi|local))\b/;
/** Other present signs of a crisis (crying, shaking, unable to go back); counted with ACUTE_DISTRESS. */
export const ACUTE_DISTRESS_SIGNS = [
  /\b(je pleure|j'arrete pas de pleurer|je n'arrete pas de pleurer|en larmes|en pleurs)\b/,
  /\b(je tremble|je tremblais|mes mains tremblent|je grelotte)\b/,
  /\b(je (ne )?(peux|pourrai|pourrais|arrive) (plus|pas) (a )?(entrer|rentrer)|je (ne )?(peux|pourrai|pourrais) (plus|pas) (y )?(retourner|revenir|remettre les pieds|y aller)|je (ne )?(peux|pourrai) (plus|pas) (retourner|revenir) (la bas|au (travail|boulot|bureau)|dans cette boite))\b/,
  /\b(mon coeur (bat|tape|s'emballe)|je panique|je craque|je m'effondre|j'ai la tete qui tourne)\b/,
];

/** An amount of a benefit or indemnity: only the paying body can say. */
const BENEFIT = "(aah|rsa|are|alloc\\w*|allocation\\w*|prime\\w*|chomage|cej|apl|indemnit\\w*|pension|retraite|bourse|aides?|droits)";
export const BENEFIT_AMOUNT = new RegExp(
  `\\b(combien (de |d')?([\\w']+ ){0,4}(toucher|touche|touchera|recevoir|percevoir)|combien (je vais|vais je|on va|jvais|je vais en) avoir|combien (de |d')?${BENEFIT}|(quel est |connaitre |savoir )?le montant (de |du |des |d')?(l'|la |le |mon |ma |mes )?${BENEFIT}|(mon|ma|mes) ${BENEFIT} (\\w+ ){0,3}(a )?(baisse|diminue|augmente|change))\\b`,
);
/** The person speaks as an employer (owner, manager, HR)… */
export const EMPLOYER_ROLE = /\b((je suis|en tant que|moi) (le |la |un |une )?(patron\w*|gerant\w*|chef d'entreprise|employeur|recruteur|recruteuse|responsable (rh|des ressources humaines|du personnel)|drh|dirigeant\w*|directeur|directrice)|je dirige|gerant\w* d'(un|une)|patron d'(un|une)|chef d'entreprise|nous sommes (une|un) (entreprise|pme|tpe|association|societe|cabinet|commerce)|nous recrutons|notre (entreprise|association|societe)|nos (salaries|employes|techniciens|equipes|agents|aides|chauffeurs|vendeu\w*))\b/;
/** …about hiring or training their own staff. */
export const EMPLOYER_STAFF_NEED = /\b(recrut\w*|embauch\w*|(je cherche|trouver) (un|une|des) (apprenti|mecano|macon|salarie|employe|vendeu|serveu|cuisinier|chauffeur)\w*|m'envoyer des cv|former (mes|nos|deux de mes|mon|ma) \w+|formation (de|pour) (mes|nos|mon|ma) \w+|plan de developpement des competences|plan de formation)\b/;
/** Asking for advice on a dispute or a decision with the employer. */
export const DISPUTE_ADVICE = /\b(contest\w*|injuste\w*|l'attaquer|attaquer (mon|ma|l'|le|la) ?\w*|(savoir|connaitre) mes droits(?! (a|au|aux|de|du|pour) (la )?(formation|cpf|vae|bilan))|quels sont mes droits(?! (a|au|aux) (la )?(formation|cpf))|desaccord avec (mon|ma) (employeur|patron|direction|entreprise)|est ce (legal|normal)|c'est legal|(m'a|ne m'a) (pas|jamais) paye|me (paie|paye) pas|(paie|paye) pas mes|pas paye (mon|mes)|(dois je|je dois|si je dois|faut il|est ce que je dois) (accepter|signer|refuser)|(une )?bonne affaire|prud'?hom\w*|prudhom\w*)\b/;

/** Out of school and not in training (obligation de formation for 16–18): no pupil status. */
export const OUT_OF_SCHOOL = /\b((?<!\b(est ce que|si|faut il que|dois je|savoir si) j')arretee?s? (le lycee|l'ecole|le college|mes etudes|ses etudes|les cours|mon cap|son cap|ma formation|sa formation|mon apprentissage|mon bac)|(j'ai|il a|elle a) arrete (l'ecole |le lycee |les cours |le bac pro (?:[\w']+ )?|le cap (?:[\w']+ )?)?en (seconde|premiere|terminale|troisieme|3eme|quatrieme|4eme|cap|bac pro)(?! annee)|quittee?s? (l'ecole|le lycee|le college|le systeme scolaire)|(vire|exclu|renvoye)\w* (de|du) (son|mon) (lycee|college)|deco\w* (du|de l') (college|lycee|ecole)|decrochee?s?|decrochage|descolaris\w*|pas d'ecole|plus d'ecole|(je|il|elle) (ne )?(fais|fait) (plus )?rien|ne fait rien|je suis chez moi depuis|sorti\w* du systeme scolaire|(pas|plus) (pris|inscrit\w*) (en|au|a l') (apprentissage|lycee|ecole)|n'a pas ete pris|(je ne suis|je suis|suis) (inscrit\w* nulle part|pris\w* nulle part|accepte\w* nulle part)|(sans|aucune|pas d') affectation|(je ne vais|je vais|je n'y vais|j'y vais|ne va|va) plus (au|a l'|a la|en) (lycee|college|ecole|cours|fac|classe)|(pas|plus) (eu|trouve|obtenu) (de |d')?(place|affectation) (en|au|a l'|dans (un|une)) ?(cap|lycee|bac pro|apprentissage|formation|seconde|lycee pro|ecole)|(je suis|suis|je reste|je traine) (a la maison|chez moi|chez mes parents) depuis)\b/;

/** School levels ("en 3e", "en seconde", "BTS 1re année"): pupils and students. */
export const SCHOOL_LEVEL = {
  pupil: /\b(en ([3456]) ?(e|eme|ieme)( prepa metiers)?|(premiere|deuxieme|derniere|(1|2|3) ?(ere|re|e|eme|nde|de)) annee (de |d'|en )?(cap|bac pro|bep)\b(?! emploi)|en (troisieme|quatrieme|seconde|premiere(?! annee)|terminale)|en (1|2) ?(ere|re|nde|de) (stmg|sti2d|st2s|generale|pro|bac pro)|(terminale|premiere|seconde) (pro|generale|stmg|sti2d|st2s)|en bac pro|en cap(?! emploi))\b/,
  student: /\b((en )?((1|2|3|4|5) ?(ere|re|e|eme|nde|de)|premiere|deuxieme|seconde|troisieme|quatrieme|cinquieme|derniere) annee (de |d'|en )?(bts|but|dut|licence|master|fac|faculte|universite|ecole|prepa|medecine|droit|pharmacie|doctorat|these|iut|ifsi|etudes|cycle|l[123]|m[12])|(bts|but|dut|licence|master) (1|2|3) ?(ere|re|e|eme)? annee|en (l|m) ?[123]|en licence pro)\b/,
};

/** What the person wants to become, where a status word is a wish, not a fact ("devenir chef de service"). */
export const WISH_SPAN = /\b(devenir|evoluer vers|vers un poste de|passer|premier (emploi|job|poste) de|1 ?er (emploi|job|poste|travail) de|mon (premier|1 ?er) (emploi|job|poste|travail)( de)?|cherche\w* (un|mon) (emploi|job|poste|travail) de|chercher un (emploi|job|poste) de)\b[^,.;?!]{0,40}/g;

/**
 * A status word negated inside a sentence: « salariée de droit privé et pas fonctionnaire », « ni
 * étudiant ni salarié » (« travailleur non salarié » is the self-employed status, kept).
 */
export const NEGATED_STATUS_WORD = /\b(?:pas|ni|jamais|non(?! salarie))(?: un| une| de la| en| au| a la| dans la)? (?:fonctionnaire|titulaire|agent public|fonction publique|salarie\w*|etudiant\w*|eleve|lyceen\w*|interimaire|interim|independant\w*|auto entrepreneur\w*|saisonni\w*|chomage|chomeu\w*|demandeu\w* d'emploi|retraite\w*)\b/g;

/** A job left in the past (resigned, dismissed, contract over): the job's words are no current status. */
export const JOB_LEFT = /\b(j'ai demissionne|je viens de demissionner|j'ai donne ma demission|j'ai quitte (mon|ma|le|la) (travail|emploi|poste|boulot|job|cdi|cdd|entreprise|boite|societe)|(mon|ma) (contrat|cdd|cdi|mission|interim)( il| elle)? (est|s'est|a|vient de se) (termine|fini|arrete|pris fin|acheve)\w*|(depuis|suite a|a la suite de) (mon|ma|la|le) (licenciement|fin de (mon |ma )?(contrat|cdd|mission)|rupture conventionnelle|suppression de (mon|ma) (poste|emploi)|plan social|liquidation)|(mon|ma) (poste|emploi) a ete supprime\w*|j'ai arrete de (travailler|bosser)|(j'ai ete|je suis|je me suis fait|on m'a) (licencie|remercie|vire|virer)\w*|j'ai perdu mon (travail|emploi|poste|boulot|job)|licencie(?!r)\w* (economique\w* |pour motif economique |pour inaptitude )?(pour \w+|(en|depuis|le|au mois de|debut|fin|il y a|cet|cette|l'an) (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|sept|octobre|oct|novembre|nov|decembre|dec|\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|dix huit|vingt|plusieurs|quelques|l'an|l'annee|le mois|la semaine|dernier|derniere|hier|ete|hiver|printemps|automne)|(le mois|la semaine|l'an|l'annee) (dernier|derniere|passee?)))\b/;
/** The person works now (after a job left, a new job): the working status stands. */
/** A job searched for now, said plainly (« je cherche du travail vite »): not an extra job next to one's studies or work. */
export const PRESENT_JOB_SEARCH = /\bje (cherche|recherche) (toujours |encore |activement )?(du|un) (travail\w*|emploi|boulot|taf|job|poste|cdi|cdd)\b(?! (en interne|dans (ma|mon|notre) (boite|entreprise|societe|service)|a cote|en plus|complementaire|d'appoint|d'ete|pour l'ete|etudiant|le week end|le soir))/;
export const WORKING_NOW = /\b(je travaille(?! (pas|plus|jamais|toujours pas|rien)\b)|je bosse(?! (pas|plus|jamais|toujours pas|rien)\b)|je suis en poste|je suis (aujourd'hui |maintenant |actuellement |desormais )?(salarie|employe|embauche)\w*|j'ai (re)?trouve (un|du) (travail|emploi|poste|job|cdi|cdd)|mon (nouveau|nouvel|actuel) (poste|travail|emploi|employeur|job)|actuellement en (cdi|cdd|poste))\b/;

/** Studies or an apprenticeship over (« à l'issue de mon contrat d'apprentissage », « mon BTS terminé »): no student today. */
export const STUDIES_OVER = /\b((a l'issue|a la fin|depuis la fin|au terme|apres la fin) (de|d') (mon|ma|mes) (contrat d'apprentissage|contrat de professionnalisation|contrat pro|apprentissage|alternance|etudes|formation|bts|but|dut|licence|master|cap|bac pro)|(mon|ma|mes) (contrat d'apprentissage|apprentissage|alternance|etudes|bts|but|dut|licence|master|cap|bac pro)( [\w']+){0,4}? (est |sont |s'est |se sont )?(termine|fini|acheve|valide|obtenu)\w*|j'ai (fini|termine|acheve|obtenu|eu|valide) (mon|ma|mes|le|la) (contrat d'apprentissage|apprentissage|alternance|etudes|bts|but|dut|licence|master|diplome))\b/;
/** The employer closed (« une start-up qui a fermé le mois dernier », « ma boîte a fait faillite »): the job is over. */
export const EMPLOYER_CLOSED = /\b(boite|entreprise|societe|start up|startup|magasin|usine|restaurant|agence|employeur|cabinet|atelier|commerce|pme) (qui )?(a|vient de|avait|ayant) (ferme|coule|fait faillite|depose le bilan|mis la cle sous la porte)|(boite|entreprise|societe|start up|startup|magasin|usine|employeur) (qui )?(a ete|est|vient d'etre) (liquidee?|fermee?|en liquidation)\b/;
/** Back from a stay abroad (« je rentre d'un an de PVT », « je suis revenue du Canada »): the jobs done there are over. */
export const BACK_FROM_ABROAD = /\b(je (rentre|reviens)|je suis (rentree?|revenue?)|de retour) (d'|de |du |des )(?:[\w']+ ){0,3}?(pvt|whv|working holiday|l'etranger|expatriation|tour du monde|australie|canada|quebec|nouvelle zelande|angleterre|royaume uni|londres|irlande|ecosse|espagne|portugal|allemagne|belgique|suisse|italie|etats unis|usa|japon|asie|amerique)\b/;
/** One's own activity or gig stopped (« j'ai tout arrêté », « j'ai fermé ma micro-entreprise »): no longer self-employed. */
export const OWN_ACTIVITY_STOPPED = /\b(j'ai (tout|completement) (arrete|stoppe|laisse tomber)|j'ai arrete (mon activite|l'auto entreprise|la micro entreprise|ma micro entreprise|mon auto entreprise|les livraisons|de livrer)|j'ai ferme (mon|ma) (micro entreprise|auto entreprise|entreprise|activite|siret)|(ma|mon) (micro entreprise|auto entreprise|siret) (est |a ete )?(fermee?|radiee?)|j'ai fait (?:[\w']+ ){1,6}?en (auto|micro) entrepreneur\w* (?:[\w']+ ){0,12}?mais)\b/;
/** A job looked for now (« il faut que je trouve un vrai travail », « je voudrais un vrai boulot »). */
export const JOB_WANTED_NOW = /\b(il faut que je (re)?trouve|je dois (re)?trouver|je (re)?cherche|je (voudrais|veux|aimerais)(?: trouver)?) (un |une |du )(vrai |nouveau |autre )?(travail|boulot|emploi|poste|job|taf|contrat)\b/;
/** Out of work for now (« je ne travaille pas en ce moment »): a job seeker, unless a reason to stay out of work is told (INACTIVE_REASON). */
export const OUT_OF_WORK_FOR_NOW = /\b(je ne travaille pas|je travaille pas|je n'ai pas de (travail|boulot|emploi)|j'ai pas de (travail|boulot|emploi)) (en ce moment|pour l'instant|pour le moment|actuellement)\b/;
export const INACTIVE_REASON = /\b(au foyer|conge (parental|maternite|maladie)|invalidite|arret (maladie|de travail)|enceinte|malade|a la maison avec|m'occupe\w* de (mes|mon|ma)|aidant\w*)\b/;
/** Some work in the past and nothing now (« j'ai fait un peu d'intérim l'été dernier mais là j'ai rien depuis des mois »). */
export const PAST_WORK_DONE = /\b(j'ai|j'avais) fait (un peu |quelques |des |de l'|du |pas mal |deux trois )?(d')?(interim|missions?|saisons?|petits boulots|extras?|cdd|vendanges)\b/;
/** Never anything lasting (« jamais rien de long », « rien de stable »): after odd jobs told in the past, no work now. */
export const NOTHING_LASTING = /\b(jamais (rien|eu rien|eu) de (long|stable|durable|fixe|serieux)|jamais (eu )?de (cdi|contrat long|vrai (travail|boulot|contrat))|rien de (long|stable|durable|fixe))\b/;
export const NOTHING_SINCE = /\b((j'ai|je n'ai|j'ai plus|je n'ai plus) (rien|plus rien)( du tout| trouve)? (depuis|ca fait|en ce moment|pour l'instant|pour le moment|actuellement|cette annee)|(depuis|ca fait) (des mois|\w+ mois|longtemps|un an|des semaines) (que )?(j'ai|je n'ai) (rien|plus rien|pas de (travail|mission|contrat|boulot)))\b/;
/** A fixed-term contract that ends (« cdd qui finit fin janvier », « mon contrat se termine dans un mois »): still employed, about to look for work. */
export const CONTRACT_ENDING = /\b(?:cdd|contrat(?: de travail| a duree determinee)?)(?: (?:actuel|en cours))? (?:qui )?(?:se termine|se finit|finit|fini|s'arrete|s'acheve|prend fin|arrive a (?:son )?(?:terme|echeance|sa fin)|ne sera pas renouvele|n'est pas renouvele|ne va pas etre renouvele)\b|\bfin de (?:mon|ma) (?:cdd|contrat)\b/;
/** A near end date (« le 24 », « fin juin », « la fin du mois », « vendredi », « dans trois semaines »): never a bare year. */
const NEAR_END_DATE = String.raw`(?:(?:le |au )?(?:1er|[0-3]?\d)(?! (?:ans?|heures?|h|euros?|km)\b)(?: (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))?|(?:la )?fin (?:du mois|de ce mois|de la semaine|de semaine|de l'annee|de la saison|de (?:mon|ma|la) (?:cdd|contrat|mission)|(?:de |d')?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))|(?:(?:debut|mi) )?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|(?:ce |cette )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: prochain)?|demain|(?:la semaine|le mois) prochain\w*|dans (?:[\w']+ ){0,2}?(?:jours?|semaines?|mois|quinze jours|huit jours)|noel|paques)(?!\w)`;
const FIXED_TERM_WORK = String.raw`(?:cdd|contrat(?: saisonnier| de saison| d'interim| de travail| a duree determinee)?|mission(?: d'interim)?|interim|saison|remplacement|vendanges|cueillettes?|recoltes?|moissons?)`;
/**
 * The participle told bare with a date or a delay (« mon CDD fini vendredi », « mission terminée dans 2 semaines »): in SMS
 * French, an ending either way; told with an auxiliary (« il s'est fini fin octobre ») or a month alone (« fini en juin ») it may be
 * long past and stays with WORK_JUST_ENDED's reading.
 */
const ENDING_PARTICIPLE = String.raw`(?:(?:sera )?(?<!\b(?:s'est|s'etait|est|etait|a|a ete|avait|ai|j'ai|ont) )(?:fini|termine|acheve)e?s?(?! en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b))`;
/** A contract that ended (« a pris fin », « s'est terminé »): with a near date, just ended (« a pris fin le 30 novembre »). */
const WORK_ENDED_VERB = String.raw`(?:a pris fin|ont pris fin|s'est (?:termine|fini|arrete|acheve)e?|se sont (?:termine|fini|arrete|acheve)e?s|(?:est|etait|a ete) (?:termine|fini|arrete)e?)`;
/**
 * A contract, mission or season that stops (or just stopped) at a known near date (« mon contrat saisonnier s'arrête le 24 », « ma mission
 * s'arrête vendredi », « la saison finit dans trois semaines »).
 */
export const WORK_ENDS_AT_DATE = new RegExp(
  String.raw`\b${FIXED_TERM_WORK} (?:(?!(?:et|mais|je|j'|car|donc|puis|alors)\b)[\w']+ ){0,18}?(?:se termine|se finit|finit|s'?arrete|s'acheve|prend fin|se fini|se terminent|se finissent|finissent|s'?arretent|s'achevent|prennent fin|${ENDING_PARTICIPLE}) (?:(?:le|en|a|ce|cette|d'ici) )?${NEAR_END_DATE}`,
);
/**
 * A contract that ended a few days ago, told with its day (« mon CDD a pris fin le 30 novembre », « s'est terminé vendredi
 * dernier »): just ended, the person is between contracts. A month alone (« terminé en juin ») is older: a job seeker.
 */
export const WORK_JUST_ENDED = new RegExp(
  String.raw`\b${FIXED_TERM_WORK} (?:(?!(?:et|mais|je|j'|car|donc|puis|alors)\b)[\w']+ ){0,18}?${WORK_ENDED_VERB} (?:(?:le |ce |cette )?(?:1er|[0-3]?\d)(?! (?:ans?|heures?|h|euros?|km|mois|jours|semaines)\b)(?: (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))?|(?:ce |cette )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: dernier)?|hier|avant hier|cette semaine|la semaine derniere)(?!\w)`,
);
/** Told with the end of a contract: registered, laid off, or looking for work for a while — a job seeker, not just between contracts. */
export const JOB_SEEKER_SINCE = /\b(inscrit\w*|licencie\w*|licenciement|plan social|(poste|emploi) (a ete |est )?supprime\w*|depuis (que|je|j'|ce jour|cette date|lors|plusieurs|des|\w+ (semaines|mois)))\b/;
/**
 * Work told with its end date (« en CDD jusqu'au 31 janvier », « en mission chez Airbus jusqu'à fin juin »): a fixed-term
 * contract ends then; a mission or a season only when nothing is said to follow (NOTHING_AFTER).
 */
export const WORK_UNTIL_DATE = new RegExp(String.raw`\b${FIXED_TERM_WORK} (?:[\w']+ ){0,5}?jusqu(?:'| )?(?:a|au|a la|en) ${NEAR_END_DATE}`);
/**
 * One's present work told with its end date, the kind of work unnamed (« là je suis aux pommes jusqu'à fin octobre », « je bosse
 * aux abricots jusqu'au 15 juillet »): a seasonal worker's season that ends then, read beside nothing to follow.
 */
export const PRESENT_WORK_UNTIL_DATE = new RegExp(String.raw`\b(?:je suis|jsuis|j'y suis|je bosse|jbosse|je travaille|je taffe|je fais|je ramasse|je cueille) (?:[\w']+ ){0,5}?jusqu(?:'| )?(?:a|au|a la|en) ${NEAR_END_DATE}`);
/** Nothing to follow the contract (« après rien de prévu », « après je sais pas », « ils me gardent pas », « pas de suite prévue »). */
export const NOTHING_AFTER = /\b((apres|ensuite|derriere|et puis)( ca)? (rien|plus rien|je (ne )?sais pas|on verra|c'est (le )?chomage|le chomage|c'est fini|je suis sans)|rien (de prevu|derriere|apres)|(ils|elle|il|on) (ne )?(me )?(gardent|garde|gardera|garderont) pas|(ils|il|on) (ne )?vont pas me garder|(ne )?sera pas renouvele|me retrouver sans rien|je (ne )?sais pas( [\w']+){0,6}? apres|(?:pas|aucune) (?:de )?suite(?: (?:prevue|derriere|apres))?)\b/;
/** One's post cut at a known date (« mon poste est supprimé au 31 janvier »): the job ends then. */
export const POST_CUT_AT_DATE = new RegExp(String.raw`\b(?:mon|ma) (?:poste|emploi|contrat) (?:est|sera|va etre|vont etre) (?:supprime|arrete|termine)e?s? (?:(?:au|le|a|en|d'ici|a la|dans) )?${NEAR_END_DATE}`);
/** Someone else's break-up with an employer (« une collègue est partie avec une rupture conventionnelle »): not the person's. */
export const OTHER_PERSON_JOB_ENDED = /\b(?:un|une|mon|ma|mes|des|deux|plusieurs|certains|certaines) (?:[\w']+ )?(?:collegues?|ami|amie|amis|amies|copains?|copines?|voisin\w*|cousin\w*|soeur|frere|beau frere|belle soeur|mari|femme|conjoint\w*) (?:qui )?(?:est|sont|a|ont|s'est|se sont|vient|viennent) (?:[\w']+ ){0,6}?(?:rupture conventionnelle|licencie\w*|licenciement|au chomage|demission\w*)\b/g;
/** Children at school (« deux enfants au collège », « mon fils est en CM2 »): their school, not the person's. */
export const CHILDREN_AT_SCHOOL = /\b(?:mes|nos|ses|les|des|deux|trois|quatre|mon|ma|un|une|son|sa) (?:enfants?|fils|filles?|gamins?|gamines?|gosses?|petits?|petites?|ados?|aine|ainee|cadet|cadette|grand|grande) (?:de \d+ ans )?(?:(?:qui )?(?:sont|est|va|vont|entre|entrent|rentre|rentrent) )?(?:au|en|a la|a l'|dans (?:un|une|le|la)) (?:college|lycee|ecole|maternelle|primaire|creche|6e|6eme|sixieme|cp|ce1|ce2|cm1|cm2|seconde|premiere|terminale|internat)\b/g;
/** The contract goes on after all (« il sera renouvelé », « ils me gardent », « après je passe en CDI », « la saison vient de commencer »). */
export const CONTRACT_CONTINUES = /\b((sera|est|va etre|vient d'etre|a ete|sont) (renouvele|prolonge|reconduit)e?s?|(ils|elle|il|on|mon patron|ma patronne|mon employeur|l'entreprise|la boite|le client|l'agence) (va |vont |veut |veulent |devrait |devraient )?me (garder|garde|gardent|embaucher|embauche|embauchent)(?! pas\b)|(ils|il|elle|on|mon employeur|l'entreprise) (va |vont |veut |veulent )?me (proposer|propose|proposent) un cdi|(je passe|je vais passer|je signe|je vais signer|embauche\w*) en cdi|(puis|ensuite|derriere) (un |en )?cdi|(la|ma) saison (vient de |a )?(commence\w*|debute\w*|demarre\w*))\b/;
/** Stopped working to raise the children (« je me suis arrêtée quand le premier est né »): inactive, not a job seeker. */
export const STOPPED_FOR_CHILDREN = /\b((j'ai eleve|j'ai garde|je me suis occupee? de|j'ai fait une pause (de [\w']+ ans )?pour (elever|garder|m'occuper de)) (mes|les|nos) (enfants|petits|filles|fils)|(je me suis arrete\w*|j'ai arrete( de (travailler|bosser))?|j'ai cesse (de travailler|mon activite)|j'ai quitte mon (travail|emploi|poste|boulot)|je ne travaille plus|je n'ai plus travaille|je travaille plus|(?:je n'ai|j'ai) (?:pas|plus) (?:re)?travaille|je ne travaille pas|je travaille pas) (?:[\w']+ ){0,2}?(quand|a la naissance|apres la naissance|depuis la naissance|depuis(?= (?:les|mes|nos|mon|ma) (?:enfants|petits|bebes?|fils|filles?)\b)|pour (m'occuper|elever|garder|lever)) (?:[\w']+ ){0,3}?(enfants?|bebes?|fils|filles?|premier|premiere|aine|ainee|petits?|petites?|naissance|ne|nee|nes|nees))\b/;
/** Looking for a job or an apprenticeship (« je cherche un apprentissage ou un travail »), said by someone out of school. */
export const JOB_OR_APPRENTICESHIP_SEARCH = /\b(je (re)?cherche|je (voudrais|veux|souhaite|aimerais) (?:(?!pas\b|plus\b|jamais\b)[\w']+ ){0,2}?trouver|il faut que je (re)?trouve|je dois (re)?trouver|a la recherche (de|d'|du)) (un |une |du |de l'|d'|des )?(apprentissage|alternance|contrat (d'apprentissage|pro)|travail|emploi|boulot|taf|job|patron|employeur|poste)\b/;

/** Staff of a university or a public higher-education body: a public employer, not a student. */
export const UNIVERSITY_STAFF = /(?<!\b(?:mon|ma|mes|ton|ta|tes|son|sa|ses|un|une|le|la|les|des|du|leur|leurs|notre|nos|votre|vos|l') )\b(contractuel\w*|vacataire|titulaire|agent\w*|secretaire|technicien\w*|gestionnaire|bibliothecaire|enseignant\w*|maitre de conferences|professeur\w*|prof|chercheu\w*|biatss|je travaille|je bosse|employe\w*|salarie\w*|assistant\w*|administrati\w*) (?:[\w']+ ){0,3}?(a|de|dans|pour|chez) (l'|la |une |un )?(universite|fac|faculte|iut|crous|rectorat)\b/;

/** « 15 ans d'ancienneté », « 20 ans de métier »: a duration after the number, never the person's age. */
/** Verbs and words before a number of years that make it a duration (« vécu 15 ans à Dubaï », « encore vingt ans »). */
export const DURATION_BEFORE_YEARS = /(?:^|\s)(encore|vecu|habite|travaille|bosse|passe|reste|sejourne|servi|exerce|enseigne|cotise|attendu|arrete|arretee|arreter|stoppe|stoppee|interrompu|fait (maintenant|deja))$/;

export const DURATION_AFTER_YEARS = /^(d'|de |dexp\w*|dxp|danciennete|dboite|d xp|dans (la|le|l'|ma|mon|cette|ce|cet|une|un) (boite|entreprise|societe|maison|boutique|fonction publique|metier|branche|secteur|domaine|poste|job|usine|banque|administration|armee|police|enseignement|restauration|batiment|industrie|commerce|vente|sante|meme)\b|en tant que|en (cdi|cdd|interim|poste)\b|comme |chez |au service|au sein)/;

/** Someone else's recognition (« ma femme a une RQTH », « mon fils est reconnu handicapé »): not the person's. */
export const OTHER_PERSON_RQTH = /\b(mon|ma|mes|son|sa|ses|notre|nos|un|une) (?:[\w']+ ){0,2}?(mari|epoux|epouse|femme|conjoint\w*|compagn\w*|pere|mere|papa|maman|frere|soeur|fils|filles?|enfants?|copain|copine|collegues?|ami|amie|amis|amies|voisin\w*|cousin\w*|oncle|tante|beau frere|belle soeur|belle mere|beau pere) (a|ont|est|sont|avait|etait|touche|beneficie d'|vient d'avoir|viennent d'avoir|vient d'obtenir|viennent d'obtenir|a obtenu|ont obtenu|a recu|ont recu|vient de recevoir) (?:[\w']+ ){0,3}?(rqth|aah|reconnaissance|reconnu\w*|handicape\w*)( (de |d')?(travailleu\w* )?handicape\w*)?/g;
/**
 * Someone else's status (« mon mari est militaire », « ma femme travaille à la mairie », « mon fils est étudiant »):
 * the span is taken out before the person's own status is read.
 */
export const OTHER_PERSON_STATUS = /\b(mon|ma|mes|son|sa|ses|notre|nos) (?:[\w']+ ){0,2}?(mari|epoux|epouse|femme|conjoint\w*|compagn\w*|pere|mere|papa|maman|parents|frere|soeur|fils|filles?|enfants?|copain|copine|collegues?|ami|amie|amis|amies|voisin\w*|cousin\w*|oncle|tante|beau frere|belle soeur) (?:de \d+ ans |qui )?(?:il |elle |ils |elles )?(est|sont|etait|etaient|travaille|travaillent|bosse|bossent)(?! (?:nee?s?|arrivee?s?)\b)(?: (?!(?:moi|je|j'|jsuis|mais|et|alors|donc|sauf)\b)[\w']+){1,5}/g;
/** « …, moi non », « mais pas moi »: after someone else's recognition, the person has none. */
export const RQTH_NOT_ME = /\b(moi non|moi pas|pas moi|mais moi non|moi je n'ai rien|moi aucune?)\b/;
/** A recognition asked for and not yet granted, said as an event (« j'ai déposé un dossier à la MDPH pour être reconnue… »). */
export const RQTH_ASKED = /\b((depose|envoye|fait|adresse|transmis|rempli)\w* (aupres de la|a la) mdph (un|une|le|la|mon|ma) (dossier|demande)|(demande|dossier)( [\w']+){0,14} (actuellement |toujours )?en cours (d'instruction|d'examen|de traitement)|(depose|envoye|fait|rempli|monte|constitue)\w* (un|le|mon|ma|une|la) (dossier|demande) (a la |aupres de la |de |d'|pour la |pour une |pour |a )?(mdph|rqth|reconnaissance|handicap)|pour (etre|me faire) reconnu\w*|(pas|toujours pas) encore (eu |recu )?(la|de|ma) (reponse|decision|notification))\b/;
/** A recognition asked for and refused (« ma demande a été refusée par la MDPH »): the person has none. */
export const RQTH_REFUSED = /\b(((demande|dossier) (de |d'|a la |aupres de la )?(rqth|reconnaissance|mdph|handicap)|rqth|reconnaissance (de |de la )?(qualite de )?travailleu\w* handicape\w*)( [\w']+){0,8}? (refusee?s?|rejetee?s?)|(rqth|reconnaissance)( [\w']+){0,3}? (n'a pas ete|pas ete|n'est pas|non) renouvelee?|(la )?mdph (a|m'a|me l'a|l'a) (refuse|rejete)\w*|(la )?mdph (m'a |a )?(dit|repondu) non|refus (de la mdph|de (ma |la )?(rqth|reconnaissance)))\b/;
/** A recognition the person says they do not have (« je ne dispose pas à ce jour d'une reconnaissance… »). */
export const RQTH_LACKED = /\b(n'ai|ne dispose|ne possede|ne beneficie|n'ai jamais eu|n'ai toujours) (pas|jamais|aucune|toujours pas|de)( [\w']+){0,4} (rqth|reconnaissance (de |de la )?(qualite de )?travailleu\w* handicape\w*|reconnaissance (mdph|handicap))\b/;

/** Negated status sentences: "je ne suis plus au chômage", "je suis pas fonctionnaire". */
export const NEGATED_STATUS = /\b(je |j')?(ne )?(suis|etre|serai) (pas|plus|jamais) (?:[\w']+ ){0,2}[\w']+/g;

/**
 * A wish said in the negative: what follows is retracted, never added ("je ne veux pas devenir
 * guide", "non je veux pas me former", "pas besoin de formation").
 */
export const NEGATED_WISH = /\b(?:(?:ne |n')?(?:veux|voudrais|souhaite|aimerais|veut|compte|vais|peux) (?:pas|plus|surtout pas|jamais|absolument pas)\b|pas besoin (?:de|d')|plus envie (?:de|d')|pas envie (?:de|d'))\s?((?:(?!(?:je|j'|mais|plutot|et|car|parce)\b)[\w']+ ){0,4}(?!(?:je|j'|mais|plutot|et|car|parce)\b)[\w']+)/g;
/** Verbs after which the negated words name a trade. */
export const TRADE_WISH_VERB = /^(devenir|etre|faire|travailler comme|travailler dans|bosser comme|exercer|le metier)\b/;

/** Short replies the dialog must recognise. */
export const THANKS = /^(merci|mrc|mci|thanks|thx)( beaucoup| bcp| bien| a vous| a toi| pour (tout|votre aide|l'info|les infos))*( bonne (journee|soiree))?$/;
export const DONT_KNOW = /^(je (ne )?(sais|sait) (pas|plus)|jsp|j'en sais rien|je sais pas trop|aucune idee|je ne me souviens (pas|plus)|je me souviens (pas|plus))\b/;
export const AWAITING_CALLBACK = /\b((un |une |le |la |mon |ma )?(conseill\w*|quelqu'un|personne|on|agent|referent\w*) (qui )?(devait|doit|devrait|allait|va|m'avait dit qu'il allait) me (rappeler|recontacter|contacter|appeler)|(j'attends|en attente d'|attendre) (un|le|son|leur|votre) (appel|rappel|coup de fil)|personne (ne )?m'a (rappele|recontacte|contacte)|toujours pas (ete )?(rappele|recontacte|contacte)|on ne m'a (pas|jamais) rappele)\b/;

// ---------------------------------------------------------------------------------------------
// Women facing specific barriers (the CIDFF partner): single parenting, a long break to raise
// children, violence by a partner. The CIDFF serves women: see SPEAKER_FEMININE / SPEAKER_MASCULINE.

const CHILD_NOUN = '(enfants?|fils|filles?|bebes?|gosses|petits|petites|jumeaux|jumelles|ados|loulous|minots|marmots|garcons?)';

/** Children of the person ("mes deux filles", "un bébé de 8 mois", "3 enfants"). */
export const CHILDREN_MENTIONED = new RegExp(`\\b((mes|mon|ma|les|nos|notre|\\d+|un|une|deux|trois|quatre|cinq|six) (\\w+ )?${CHILD_NOUN}|enceinte|maman|mere de)\\b`);

/** Raising children alone, said outright (no other cue needed). */
export const SINGLE_PARENT_TOLD = new RegExp(
  '\\b(' +
    [
      '(maman|mere|papa|pere|parent) (solo|seule?|celibataire|isolee?)', 'famille monoparentale', 'mono ?parental\\w*', 'famille mono',
      // « je les élève seule », « j'élève seule mes deux filles », « élever mes enfants toute seule »
      "elev\\w* (\\w+ ){0,3}(toute )?seule?", 'seule? (a|pour) (les |mes |l\'|le |la )?(elever|(gerer|assumer)(?! (le|la|l\'|les|un|une|des|mon|ma|ce|cette) ?(service|equipe|boutique|magasin|accueil|caisse|rayon|chantier|bureau|dossier|projet|planning|standard|stock|boite|entreprise|agence|week end|nuit))|m\'occuper)',
    ].join('|') +
    ')\\b',
);

/** Alone or separated: with children mentioned, a single parent ("divorcée, 2 enfants", "seule avec lui"). */
export const ALONE_OR_SEPARATED = /\b((mon|mon ex|le) (mari|conjoint|compagnon|copain|epoux) (est parti\w*|vient de (partir|me quitter|quitter la maison|s'en aller)|est (re)?parti\w*|m'a (quittee?|laissee?)|a fait ses valises|nous a quittes|nous a abandonnes|a quitte la maison|s'en est alle)|seule? avec (mes|mon|ma|les|lui|elle|eux|\d+|un|une|deux|trois|quatre|cinq)\b|(je suis|suis|je me (suis )?retrouvee?|je vis|je reste|je me debrouille|j'assume|je gere|je m'occupe|je m'en occupe|je les garde|je les gere) (tout |toute )?seule?\b|divorc\w*|separee?s?\b|(le|leur|son) (pere|papa) (est parti|ne (donne|paie|paye|verse|s'occupe)|n'est (plus )?la|a disparu)|pension alimentaire|garde (exclusive|alternee|des enfants))/;

/** Stopping work, staying home, a gap in the CV (said near the children: see PARENTAL_BREAK). */
const STOPPED_WORK =
  "((arrete\\w*|cesse\\w*|stoppe\\w*|interromp\\w*|quitte\\w*) (de |d')?(travailler|bosser|mon (travail|emploi|poste|activite|metier)|ma (carriere|vie professionnelle|vie pro|activite)|toute activite)|mis\\w* (ma carriere |mon travail |ma vie pro\\w* )?(entre parentheses|de cote|en pause|en veille)|sans (travailler|activite|bosser)|(ans|annees|mois|(?<!\\b(?:il|elle|ils|elles) )reste\\w*|suis|etais|ete) a la maison|au foyer|je ne travaille plus|je travaille plus|je ne bosse plus|je bosse plus|(je me suis|j'ai tout) (arretee?|stoppee?)|(pas|plus|jamais) (travaille|bosse)|pause (professionnelle|dans ma carriere)|(fait|pris|faire|prendre) une (longue |grande )?pause|(jamais|pas) (retourne\\w*|revenu\\w*|repris) (au travail|travailler|le travail|mon poste|mon travail)|(trou|gap|vide|blanc) (dans|sur|de) (mon|le) cv|interruption (de carriere|professionnelle))";
/** The children as the reason: a birth, raising them, looking after them. */
const FOR_CHILDREN =
  `((naissance|arrivee) (de |du |des |d')(mes |mon |ma |notre |nos )?(\\w+ )?${CHILD_NOUN}|(j'ai )?eu (mes|mon|ma|un|une|des|deux|trois|\\d+|notre|nos) (\\w+ )?${CHILD_NOUN}|(elever|eleve|m'occuper|occuper|garder|me consacrer|consacree?) (de |a |des |aux )?(mes|les|mon|ma|nos)? ?(\\w+ )?${CHILD_NOUN}|pour (mes|les|mon|ma|nos) ${CHILD_NOUN}|grossesse|maternite)`;

/**
 * Work stopped to raise « them », the children named elsewhere in the message (« mère de quatre enfants, j'ai
 * interrompu mon activité pendant douze ans pour les élever », « j'ai quitté mon poste pour m'en occuper »).
 */
export const STOPPED_FOR_THEM = new RegExp(
  `\\b${STOPPED_WORK}( [\\w']+){0,8}? (pour|afin de) (les (elever|garder|voir grandir)|l'(elever|garder)|m'en occuper|m'occuper (d'eux|d'elles|de lui|d'elle))\\b`,
);

/**
 * A long break from work to raise children: « congé parental », « j'ai arrêté de travailler quand
 * j'ai eu mes enfants », « 4 ans sans travailler après la naissance de mes jumeaux ».
 */
export const PARENTAL_BREAK = new RegExp(
  `\\b(conge parental|(mere|maman|femme) au foyer|restee a la maison (pendant|durant|depuis|plus de|presque|(\\d+|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|quelques|plusieurs) (ans|annees)|pour (mes|les|nos) ${CHILD_NOUN}) |(consacree?|occupee?) (\\w+ )?(a|de) (ma|la|mes|nos) (famille|enfants|petits)|(j'ai |avoir |apres avoir )?elev\\w* (mes|les|nos) (\\w+ )?${CHILD_NOUN} (pendant|durant|depuis) |${STOPPED_WORK}( [\\w']+){0,8}? ${FOR_CHILDREN}|${FOR_CHILDREN}( [\\w']+){0,8}? ${STOPPED_WORK})\\b`,
);

/** The person speaks of herself in the feminine ("licenciée", "seule", "caissière", "maman"). */
export const SPEAKER_FEMININE = /\b(je suis (une )?(femme|maman|mere|enceinte)|maman|enceinte|(mon|mon ex) mari|(je suis|suis|je me suis|me suis|je me retrouve|j'ai ete|je serai|toute) [a-z]+(ee|ue|ie)|seule|(je suis|suis) (une )?(?!(pere|frere|beau pere)\b)[a-z]+(ere|euse|trice|ienne|ante|ente|ive)|licenciee|divorcee|separee|partie|menacee|frappee|battue|humiliee|arretee|retrouvee|consacree|obligee|inscrite|mariee|veuve|reconnaissante)\b/;
/** The person speaks of himself in the masculine ("je suis étudiant", "papa solo", "ma femme"). */
export const SPEAKER_MASCULINE = /\b(je suis (un )?(homme|papa|pere|mec|garcon|monsieur)|en tant que (pere|papa|homme)|papa (solo|seul|celibataire|au foyer)|veuf|pere (celibataire|isole|seul|au foyer)|(ma|mon ex) (femme|epouse)|(je suis|suis|je me suis|me suis|j'ai ete|je me retrouve) (un )?(etudiant|salarie|licencie|divorce|separe|seul|inscrit|employe|ouvrier|chomeur|technicien|vendeur|serveur|cuisinier|infirmier|enseignant|retraite|parti|perdu|marie|assistant|agriculteur|conseiller|directeur|informaticien|fier|pret|oblige|fatigue|motive|decide))\b/;

/** The same cues as before this family was widened, kept word for word. */
export const WOMAN_SPECIFIC_TOLD = /\b(conge parental|maman solo|mere celibataire|seule? avec (mes |mon |ma |les )?(\d+ |deux |trois |quatre |cinq )?(enfants?|bebe|fils|fille|gosses|petits)|femme au foyer|mere au foyer|elever (mes|les) enfants|(arrete|cesse|stoppe)\w* de travailler (\w+ ){0,4}pour (elever|m'occuper|garder|mes)|maman de (\d+|deux|trois|quatre|cinq) enfants)\b/;

/** Widowhood (« veuve depuis peu », « depuis le décès de mon mari »): a CIDFF cue when work must now be found. */
export const WIDOWED = /\b((?<!\b(elle|ma \w+|sa \w+|ta \w+|leur \w+|notre \w+|votre \w+|une \w+) (est|etait|est devenue|etait devenue) )veuve|mon (mari|epoux|conjoint|compagnon) (est )?(decede|mort|disparu)|(deces|mort|disparition) de mon (mari|epoux|conjoint|compagnon)|j'ai perdu mon (mari|epoux|conjoint|compagnon))\b/;
/** Never worked (« je n'ai jamais exercé d'activité professionnelle »), not « jamais travaillé dans le social ». */
/**
 * A partner who does not want the person to work or train (« mon mari veut pas que je bosse », « mon conjoint
 * refuse que je travaille »): financial autonomy, the CIDFF's field; not violence by itself.
 */
export const PARTNER_OPPOSES_WORK = /\b(mon|le) (mari|conjoint|compagnon|copain|concubin|fiance|homme|mec)( ne)? (veut|voulait|voudrait|accepte|acceptait|supporte|supportait|aime|aimait) (pas|plus|jamais) (que je|qu'on) (travaille|bosse|taffe|reprenne|fasse une formation|me forme|sorte|cherche|passe)|\b(mon|le) (mari|conjoint|compagnon|copain|concubin|fiance|homme|mec) (refuse|refusait|s'oppose|s'opposait|est contre) (a ce |au fait )?(que je|qu'on|l'idee que je|que j') ?(travaille|bosse|taffe|reprenne|fasse une formation|me forme|cherche|aille travailler)/;
export const NEVER_WORKED = /\b(jamais (travaille|bosse|exerce|eu (d'|de |un |une )(emploi|travail|activite|metier|boulot|poste|job|fiche de paie|salaire)|occupe (d'|un |de )(emploi|poste)|ete salariee?)|sans (aucune )?experience professionnelle)\b(?! (dans|en|comme|avec|chez|au|a|sur|pour|sous|de nuit|le|la|les|ici|la bas|ce|cette)\b)/;
/** Work that must now be found (« je dois désormais trouver un emploi »). */
export const MUST_WORK_NOW = /\b(je dois|il faut que je|il va falloir que je|je vais devoir|(je suis )?obligee? de|je me vois obligee? de) (desormais |maintenant |aujourd'hui |donc |vite |absolument )?(trouver|chercher|reprendre|me mettre a|travailler|retravailler|gagner ma vie)\b/;
/** Work stopped at a child's birth (« j'ai arrêté de travailler à la naissance de mon premier »), read with WORK_STOPPED. */
export const CHILD_BIRTH = new RegExp(`\\b((naissance|arrivee) (des|de|du|d') ?(mon |ma |mes |notre |nos )?(\\w+ )?(premier|premiere|aine|ainee|cadet|cadette|dernier|derniere|deuxieme|second|seconde|troisieme|quatrieme|cinquieme|sixieme|\\d+ ?(?:e|eme|ieme|er|ere)|${CHILD_NOUN.slice(1, -1)})|(mon|ma|mes|notre|nos) (\\w+ )?(premier|premiere|aine|ainee|cadet|cadette|dernier|derniere|deuxieme|${CHILD_NOUN.slice(1, -1)}) (est|sont) (nee?s?|arrivee?s?)|(grossesse|enceinte|conge (de )?maternite))\\b`);
/** Work stopped or left (« j'ai arrêté de travailler », « j'ai quitté mon poste », « je ne travaille plus »). */
export const WORK_STOPPED = /\b((arretee?|cessee?|stoppee?|arreter|cesser) (de )?(travailler|bosser|mon travail|mon emploi|mon activite)|interromp\w* (mon|ma) (travail|emploi|activite|carriere|vie professionnelle)|quitte (mon|le) (travail|emploi|poste|boulot|job)|(je ne travaille|je travaille|je ne bosse|je bosse) plus|(je n'ai|j'ai) (plus|pas) (travaille|repris)|mis (ma carriere|mon travail) (entre parentheses|de cote)|(j'ai|je me suis) tout (arrete|stoppe|lache)e?)\b/;
/** Having stayed at home (« j'étais au foyer », « je suis restée au foyer »), read with children mentioned: « je suis au foyer » alone may be a hostel. */
export const STAYED_AT_HOME = /\b(j'etais|j'ai ete|je suis restee?|je restais|rester|restee?) (\w+ ){0,2}?au foyer\b/;
/** Children raised (« ayant élevé mes enfants », « après avoir élevé nos trois fils »). */
export const CHILDREN_RAISED = new RegExp(`\\b(ayant|j'ai|apres avoir|avoir|pour) (eleve|elever) (seule )?(mes|nos|les) (\\w+ )?${CHILD_NOUN}\\b`);
/** Years given to the family (« après vingt ans à m'occuper de ma famille »): a parental break in other words. */
export const FAMILY_YEARS = /\b((\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|plusieurs|des|de nombreuses) (ans|annees) (a|pour|passees a) (m'occuper|elever|garder|me consacrer a|rester aupres) (de |d')?(ma famille|mes enfants|mes \w+ enfants|mon foyer|mes petits|mes filles|mes fils|nos enfants)|(m'occuper|me consacrer a|elever) (de )?(ma famille|mes enfants|mes \w+ enfants|nos enfants) (pendant|durant|depuis) (\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|plusieurs|des) (ans|annees))\b/;
/**
 * Years given to the children's upbringing said formally (« après douze années consacrées à l'éducation de mes quatre
 * enfants », « je me suis consacrée à l'éducation de mes enfants »): a parental break.
 */
export const CHILDREN_UPBRINGING_YEARS = /\b((ans|annees) (consacrees?|dediees?|passees) a (l'education|l'education et (a )?la garde|la garde|elever|m'occuper) (de |d')?(mes|nos|les) ([\w']+ ){0,2}?(enfants?|fils|filles?|petits)|(je me suis|me suis|j'ai ete) (entierement |pleinement )?(consacree?|dediee?) a (l'education de |elever |mes |nos )(mes |nos )?([\w']+ )?(enfants?|fils|filles?|petits)|(j'ai|ayant) (consacre|dedie) ([\w']+ ){0,3}?(ans|annees) a (l'education de |elever |mes |nos )(mes |nos )?([\w']+ )?(enfants?|fils|filles?|petits))\b/;
/**
 * Years at home for the children or the household (« je suis à la maison avec les petits depuis six ans », « 8 ans au
 * foyer », « j'ai toujours été à la maison », « je me suis arrêtée pour mes enfants », « trois congés parentaux »).
 */
export const YEARS_AT_HOME_FOR_FAMILY = new RegExp(
  `\\b((a la maison|au foyer) (depuis (\\d+|\\w+) (ans|annees) )?(avec|pour) (les|mes|nos) (\\w+ )?${CHILD_NOUN}|(je suis|chui|je reste|suis) (a la maison|au foyer) depuis (\\d+|\\w+) (ans|annees)|(\\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|trente) (ans|annees) (que je suis |passees )?(a la maison|au foyer)|(toujours ete|toujours restee?|tjs ete) (a la maison|au foyer)|je m'occupais de la maison|(j'ai )?tenu la maison|(je me suis|me suis) arretee? (de travailler )?(pour|a cause de|avec) (mes|les|nos) (\\w+ )?${CHILD_NOUN}|conges parentaux)\\b`,
);
/** Children raised alone after a separation (« j'ai la garde des enfants toute seule »). */
export const SINGLE_CUSTODY = new RegExp(`\\b(garde (des|de mes|de nos|de mon|de ma) (\\w+ )?${CHILD_NOUN} (toute )?seule|(je viens de|on vient de) (me|nous) separer)\\b`);
/** Years told (« ça fait cinq ans ») — with children raised, a long break. */
export const YEARS_TOLD = /\b(\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|plusieurs) (ans|annees)\b/;
/** A mother speaking of herself as such (« mère de famille », « maman de trois enfants »). */
export const MOTHER_SAID = /\b(mere de famille|maman de|mere de (\d+|deux|trois|quatre|cinq|six|sept) enfants|mere au foyer|maman au foyer)\b/;
/** The person's own children (« mes enfants », « ma fille »). */
export const OWN_CHILDREN = new RegExp(`\\b((mes|nos) (\\w+ )?${CHILD_NOUN}|(mon|ma) (\\w+ )?(fils|fille|bebe))\\b`);

const PARTNER = "(mon|ma|mon ex|son|sa) (mari|ex mari|femme|conjoint\\w*|compagn\\w*|copain|concubin\\w*|partenaire|ex|petit ami|fiance\\w*|homme|mec|jules|cheri)";
/** What a controlling or violent partner does (not « me pousse à me former »). */
const CONTROL_ACT =
  "(?:encore |deja |souvent |de nouveau |a nouveau )?(pouss\\w* (dans|contre|en bas de|du haut de) (l'escalier|les escaliers|les marches|le mur|un mur|la porte|la fenetre)|serr\\w* (\\w+ )?(le cou|la gorge)|humili|surveill|rabaiss|insult|injuri|menac|harcel|enferm|sequestr|control|isol|espionn|traqu|degrad|terroris|frapp|battu|bat\\b|tap|cogn|etrangl|viol|brutalis|gifl|crach|hurl|maltrait|tabass|bless|depouill|prive|empech|interdi|pouss(?!\\w* (a|au|aux|vers|dans)\\b))\\w*";
/**
 * Violence by a partner told in other words: humiliation, surveillance, threats, control of money
 * or phone (« mon conjoint m'humilie et me surveille », « il m'a menacée avec un couteau »).
 */
export const PARTNER_CONTROL_TOLD = new RegExp(`\\b${PARTNER} (\\w+ ){0,2}(me |m'|m'a |m'avait |nous |nous a |ne me |ne m')(a )?${CONTROL_ACT}`);
/** Someone at work named in the message: « il me menace » is then read as a work matter, not a partner's. */
export const WORKPLACE_ACTOR = /\b(mon|ma|le|la|notre) (chef|cheffe|patron|patronne|manager|directeur|directrice|employeur|responsable|superieur\w*|collegue\w*|n ?\+ ?1|direction)\b/;
/** The same acts with a pronoun, read only when a partner is named in the message. */
export const PARTNER_NAMED = new RegExp(`\\b${PARTNER}\\b|\\b(on est|nous sommes|je suis|suis) (\\w+ )?(maries|mariee?|pacses|pacsee?)\\b|\\bje vis (toujours |encore )?avec lui\\b`);
export const CONTROL_BY_PRONOUN = new RegExp(
  `\\b((il|elle|et|puis|qui) (me |m'|m'a |m'avait |m'ont |nous |nous a |ne me |ne m')(a )?${CONTROL_ACT}|${PARTNER} (est|etait|devient|devenait|est devenu) (tres |trop |de plus en plus )?(violent|agressif|dangereux|brutal)\\w*|(il|elle) me (traite|traitait) de|(il|elle) me (crie|criait|hurle|hurlait) dessus|(il|elle) (lit|fouille|regarde|controle|prend|garde|confisque|cache|vide) (tous |toutes )?(mes|mon|ma) (messages|sms|telephone|portable|argent|salaire|papiers|carte\\w*|compte\\w*|mails|courrier)|(il|elle) (controle|surveille|decide de|verifie|epluche) (tout |tous |toutes )?(mes|mon|ma) (?!(enfants|petits|fils|fille|devoirs)\\b)\\w+|(exerce|met) (sur moi )?(une )?(pression|emprise|controle) (constante?|permanente?|psychologique|totale?)|(j'ai|j'avais) peur (de lui|de rentrer|qu'il|pour ma vie)|menac\\w* (\\w+ ){0,2}(avec|d'un|d'une|de son|de sa) (un |une )?(couteau|arme|fusil|pistolet|hache|marteau))\\b`,
);

// ---------------------------------------------------------------------------------------------
// Business creation (the creation partner), told without « création d'entreprise ».

const BUSINESS_NOUN =
  "(entreprise|boite|societe|affaire|business|commerce|marque|exploitation|ferme|micro ?entreprise|auto ?entreprise|start ?up|startup|sas|sasu|sarl|eurl|franchise|enseigne|cabinet|atelier|boutique|magasin|restaurant|resto|salon|institut|agence|activite|structure|label|gite|food truck|epicerie|boulangerie|patisserie|garage|bar|cafe|micro creche|creche|chambres? d'hotes|maison d'hotes|table d'hotes|auberge|camping|librairie|fleuriste|traiteur|pizzeria|creperie|laverie|brasserie|salon de the|centre equestre|auto ecole|cave a vins?)";
const TAKEOVER_NOUN =
  '(entreprise|boite|societe|affaire|commerce|exploitation|ferme|fonds de commerce|fonds|cabinet|garage|salon|boulangerie|boucherie|patisserie|restaurant|resto|bar|hotel|camping|epicerie|franchise|atelier|boutique|magasin|pharmacie|librairie|gite|domaine)';
/**
 * Creating or taking over a business in everyday words: « créer ma marque », « me lancer en
 * micro-entreprise », « lancer mon activité de… », « créer une exploitation », « reprendre un commerce ».
 */
export const BUSINESS_CREATION_TOLD = new RegExp(
  '\\b(' +
    [
      `(creer|cree|crees|creant|creation d'|creation de|monter|lancer|lancement d'|lancement de|fonder|demarrer|ouvrir|ouverture d'|ouverture de) ?(mon |ma |mes |une |un |la |le |l'|sa |son |notre |nos |d'|de |des )?(propre |petite? |petites |nouvelle? |premiere? |nouvel )?${BUSINESS_NOUN}\\b`,
      // « un projet de petite épicerie », « des aides pour créer »
      `projet (de |d')(une |un )?(propre |petite? |nouvelle? )?${BUSINESS_NOUN}\\b`,
      "(aides?|accompagnement|financement\\w*|subventions?|pret d'honneur) (pour|a la|a) (creer|creation|entreprendre|me lancer|monter|reprendre|reprise)\\b(?! (de |d'|un |une |mon |ma |mes |des )?(cv|compte|espace|dossier|profil|mail|adresse|lettre|candidature)\\b)",
      `(reprendre|reprise d'|reprise de|racheter|rachat d'|rachat de|reprenne) ?(la |le |une |un |l'|mon |ma |son |sa |leur |notre |d'|de |des )?(\\w+ )?${TAKEOVER_NOUN}\\b`,
      "(me |se |nous |m'|s')(lancer|mettre|installer|etablir) (a|en|au) (mon|son|notre|leur)? ?compte",
      "(me |se |nous |m'|s')(lancer|mettre|installer) (\\w+ ){0,3}(en|comme|dans la|dans le|dans l'|au statut d'|sous le statut d') ?(micro ?entreprise|auto ?entreprise|auto ?entrepreneu\\w*|micro ?entrepreneu\\w*|independant\\w*|freelance|free lance|liberal|entrepreneuriat|creation)",
      "(me |se |m'|s')(declarer|immatriculer|enregistrer|inscrire) (\\w+ ){0,2}(en|comme|au statut d'|sous le statut d'|en tant qu'|en tant que) ?(micro ?entreprise|auto ?entreprise|auto ?entrepreneu\\w*|micro ?entrepreneu\\w*|independant\\w*|freelance)",
      "devenir (auto ?entrepreneu\\w*|micro ?entrepreneu\\w*|entrepreneu\\w*|independant\\w*|chef d'entreprise|mon propre patron|ma propre patronne|freelance)",
      "(creer|ouvrir|monter|lancer|fonder|avoir) (mon|ma|notre) propre \\w+", "(monter|creer|fonder|lancer) (une|un|ma|mon|notre) (scop|scic|cooperative)",
      "(passer|basculer) (en |au statut d'|sous le statut d'|sous statut )?(auto|micro) ?(entrepreneu\\w*|entreprise)",
      '(mon|ma) propre (patron|patronne|boss|entreprise|boite|affaire|business|activite|structure|marque|societe)',
      "porteu\\w* (de|d'un) projet", "projet (de creation|entrepreneurial|d'entreprise)",
      "installation (agricole|en agriculture)", "m'installer (en|comme) (agricult\\w*|maraich\\w*|eleveu\\w*|viticult\\w*|apicult\\w*|paysan\\w*)",
    ].join('|') +
    ')',
);

/** A wish or a plan (« je veux », « j'aimerais », « on a le projet de »): what follows is wished, not told as today. */
const WISH_LEAD = "(veux|veut|vx|veu|voudrais|voudrait|voulons|voudrions|aimerais|aimerai|aimerait|aimerions|souhaite|souhaiterais|souhaitons|envie (de |d')|projet (de |d')|reve (de |d')|compte|comptons|pense|envisage|envisageons|on veut|il faudrait|j'ai decide de|je vais|on va|nous allons)";
/** What one may open or create that is no business (« ouvrir un compte », « créer un CV », « monter un dossier »). */
const NOT_A_BUSINESS = '(activite|activites|esprit|etudes|sport|rythme|chemin|place|horizons?|metier|boulot|taf|carriere|compte|comptes|dossier|cv|espace|profil|mail|adresse|lettre|candidature|session|porte|oeil|droits?|livret|conversation|discussion|debat|sujet|appel|recherche|demande|ticket|fichier|document|formation|contrat|poste|emploi|travail|job|cpf|mutuelle|famille|enfant|bebe|vie|trimestres?|points?|maison|appartement|appart|logement|voiture|permis|diplome|bac|cap)';
/** A purchase for a private use (« acheter un camion pour déménager »): no business bought. */
const NOT_FOR_A_BUSINESS_USE = '(?! (?:pour|afin de) (?:demenager|le demenagement|partir|me deplacer|aller (?:au|a mon) (?:travail|boulot)|bouger|mes vacances|les vacances|voyager|la famille|mes enfants|moi)\\b)';
/** How to create, open or take over, asked (« comment on devient auto-entrepreneur ? », « reprendre le bar du village, c'est possible ? »). */
export const BUSINESS_CREATION_ASKED = new RegExp(
  `\\b((comment|cmt|par ou|qui peut m'aider a|que faut il pour|qu'est ce qu'il faut pour|les demarches pour) (\\w+ ){0,3}((devenir|devient|deviens) (auto|micro) ?entrepreneu\\w*|(devenir|devient|deviens) (\\w+ ){1,3}a (mon|son) compte|(me |se |nous )?(lancer|mettre|installer) a (mon|son|notre) compte|(creer|ouvrir|monter|reprendre|racheter|lancer) (un |une |mon |ma |sa |son |notre |le |la |l')(?!(propre |petite? )?${NOT_A_BUSINESS}\\b)(propre |petite? )?[a-z]{3,})|(reprendre|racheter|ouvrir|creer|monter) (un |une |le |la |l'|mon |ma )(\\w+ ){0,2}${TAKEOVER_NOUN}( \\w+){0,4} (c'est |c |est ce )?possible)`,
);
/** Nouns an employee may dream of as a workplace (« je rêve d'une entreprise qui me respecte »): a dream of them needs « propre ». */
const WORKPLACE_NOUN = '(entreprise|boite|societe|agence|enseigne|cabinet|structure|activite|label|affaire|franchise|exploitation)';
/**
 * A business project told as a dream or in the present tense, also by a couple: « on rêve d'un food truck »,
 * « je rêve de mon propre salon », « comment on monte une entreprise », « on ouvre notre crêperie », « j'aimerais
 * travailler à mon compte ».
 */
export const BUSINESS_PROJECT_TOLD = new RegExp(
  '\\b(' +
    [
      `(reve|reves|revons|revent|revais|revait|revions|revaient|revant) (de |d')(ouvrir |monter |creer |lancer |avoir |tenir |reprendre )?(mon |ma |notre |nos |une |un |son |sa |leur )(petite? |nouvelle? )?(?!${WORKPLACE_NOUN}\\b)${BUSINESS_NOUN}\\b(?! (qui|ou|dans|avec|plus|moins|que|qu')\\b)`,
      `(reve|reves|revons|revent|revais|revait|revions|revaient|revant) (de |d')(ouvrir |monter |creer |lancer |avoir |tenir )?(mon|ma|notre|son|sa|leur) propre \\w+`,
      `(je|j'|on|nous) (monte|montons|monterai\\w*|monterons|ouvre|ouvrons|ouvrirai\\w*|ouvrirons|cree|creons|creerai\\w*|lance|lancons|lancerai\\w*) (mon |ma |notre |nos |une |un |son |sa )(propre |petite? |nouvelle? )?${BUSINESS_NOUN}\\b`,
      // A wished business whatever its name (« je veux ouvrir un snack », « on voudrait racheter une supérette »).
      `${WISH_LEAD} (\\w+ ){0,2}(ouvrir|creer|monter|lancer|fonder|racheter|acheter|reprendre|installer) (en plus |a deux |avec \\w+ \\w+ )?(un |une |mon |ma |notre |nos |son |sa )(?!(propre |petite? |petits |vraie? |nouvelle? )?${NOT_A_BUSINESS}\\b)(propre |petite? |petits |vraie? |nouvelle? )?[a-z]{3,}\\b${NOT_FOR_A_BUSINESS_USE}`,
      // Working on one's own account as a wish (« devenir sophrologue à mon compte », « faire du soutien scolaire à mon compte »).
      `${WISH_LEAD} ([\\w']+ ){0,7}a (mon|notre|son) (propre )?compte`,
      "(racheter|acheter|reprendre) (une |la |sa |ma |mon |un )?licence (de )?(taxi|debit de boissons|iv|bar)",
      "(une |mon |notre |d'une )?idee (d'|de )(entreprise|business|commerce|start ?up|startup|boite|creation)",
      "creer (mon|ma) (propre )?(emploi|poste|job)",
      "(je me|on se|nous nous) (lance|mets|met|installe|lancons|mettons|installons) (a|en|au) (mon|notre|son) (propre )?compte",
      "(veux|voudrais|voudrions|aimerais|aimerions|souhaite|souhaiterais|souhaitons|reve de|revons de|envie de|projet de|pense a|compte|comptons) (\\w+ ){0,2}(travailler|bosser|exercer|etre|me mettre|nous mettre|m'installer|nous installer|me lancer|nous lancer) (a|en) (mon|notre) (propre )?compte",
    ].join('|') +
    ')',
);

// ---------------------------------------------------------------------------------------------
// Out of scope told in other words.

/** An amount asked in other words: « cb je vais toucher », « combien on me retire si je travaille ». */
export const BENEFIT_AMOUNT_TOLD = /\b((combien|cb|cbn|cmb|cbien) (de |d')?([\w']+ ){0,4}(toucher|touche|toucherai\w*|percevoir|percevrai\w*|recevoir|recevrai\w*|retire\w*|enleve\w*|deduit\w*|deduire|coupe\w*|reduit\w*|diminue\w*|verse\w*|verser)|(je vais|je vais en|vais je|on va me|je toucherai|je touche|je toucherais|je recevrai|je percevrai|ils vont me|on va m'|il me restera|il me reste) (toucher |avoir |recevoir |percevoir |retirer |enlever |verser |donner )?(combien|cb)|combien de temps (je vais|vais je|je serai|serai je|je peux|je pourrai|on va|je vais etre) (toucher|etre indemnise\w*|percevoir|avoir (le|mon|mes|droit)|etre paye\w*)|(a )?combien (j'ai|j'aurai|j'aurais|ai je|aurai je|on a|j'aurai encore) droit|(combien|cb|cbn|cmb|cbien) (de |d')(aah|rsa|are|chomage|alloc\w*|prime\w*|apl|indemnit\w*|indemnis\w*|pension|retraite|bourse)|montant (de |du |des |d')?(l'|la |le |mon |ma |mes )?(indemnisation|indemnites? chomage)|(?<!(accompagnement|dispositif|formation|service|conseil|bilan|atelier|parcours)s? )(auquel|a laquelle|auxquel\w*) (j'ai|j'aurai|j'aurais|je peux|je pourrai|je pourrais|je pourrais) (droit|pretendre)|(ca fait|c'est|ca donne|ca represente) combien (le |la |l'|les |mon |ma |mes )?(aah|rsa|are|chomage|alloc\w*|prime d'activite|apl|indemnit\w*|pension|retraite)|(mon|ma|mes|l'|le|la) (aah|rsa|are|chomage|alloc\w*|prime d'activite|apl|pension) (\w+ ){0,2}(va|vont|risque de|risquent de) (baiss|diminu|sauter|etre (coupe|supprime|reduit))\w*|(mon|ma|mes) (aah|rsa|are|chomage|alloc\w*|prime d'activite|apl|pension|indemnisation|droits) (\w+ ){0,2}(suspendu|coupe|supprime|bloque|stoppe|arrete)\w*|(impact|incidence|effet|consequence|repercussion)s? (\w+ ){0,5}(sur|pour) (mon |ma |mes |l'|le |la |les )?(aah|rsa|are|chomage|alloc\w*|prime d'activite|apl|pension|indemnisation|bourse)\b|(faire |fera |va )?(baisser|diminuer|sauter|supprimer|reduire) (mes|mon|ma|l'|le|la|les) (aah|rsa|are|chomage|alloc\w*|prime d'activite|apl|pension|bourse)\b|(leur|son|le|mon) montant (\w+ ){0,2}(baisser\w*|baissera\w*|diminuer\w*|diminuera\w*|sera reduit\w*|changer\w*|changera\w*)|(combien|cb|cbn|cmb|cbien) (est |fait |fera |ferait |serait |sera |vaut |donne |c'est )?(la |le |l'|les |mon |ma |mes )(aah|rsa|are|chomage|alloc\w*|prime d'activite|apl|indemnit\w*|pension|retraite|bourse|allocation\w*)\b|montant (de |du |des |d')(la |l'|le |les |mon |ma |mes )?(aah|rsa|are|alloc\w*|prime d'activite|apl|bourse|pension)\b)\b/;


/**
 * Legal advice on a dispute or an employer's decision, in other words: « ai-je le droit de refuser
 * cette mutation », « la procédure … est-elle régulière », « le montant de ma rupture est-il correct ».
 */
export const LEGAL_ADVICE_TOLD = /\b((le droit de|en droit de|puis je|je peux|est ce que je peux|comment) (porter|deposer) plainte( contre (mon|ma|le|la|lui|elle|mes|l'|mon ex|eux))?|(ai je|j'ai|est ce que j'ai|si j'ai|a t on|on a|avons nous|ai je bien) (bien )?le droit de (refuser|contester|quitter|partir|ne pas|demander|exiger|garder|recuperer|me faire|me retirer|me muter|me licencier|me baisser|me changer|me sanctionner|m'imposer|m'obliger)|(peut|peuvent|pourrait) (il |elle |ils |on )?(me|m') (muter|licencier|virer|sanctionner|obliger|imposer|retrograder|baisser)\w*|(procedure|licenciement|rupture|sanction|mutation|decision|convocation|avertissement|mise a pied|clause|modification|retenue|indemnite\w*)( [\w']+){0,6} (est|sont|soit|etait|serait)( elle| il| ils| elles)?( bien)? (regulier|legal|illegal|abusi|reglementaire|conforme|correct|justifi|valable|valide|applicable|opposable|dans les regles|en regle)\w*|clause de non ?concurrence|(menace\w*|veut|va|vont|risque) (de )?me (poursuivre|trainer) (en justice|aux prud'?hommes|devant)?|(regularite|legalite|conformite) (de|du|des|d')|(qu'est ce que|ce que|qu'est ce qu') (je risque|j'encours)|(je risque|risque je) (quoi|une sanction|un licenciement|d'etre (licencie|sanctionne|vire)\w*)|(a t'? ?il|a t'? ?elle|ont ils|ont elles|a t'? ?on) (bien )?le droit|en droit de (me |le |la |les |l')?(refuser|contester|quitter|demander|exiger|ne pas|partir|garder|m'opposer)|(on|il|elle|ils|mon employeur|mon patron|ma patronne|ma direction|l'employeur) (peut|peuvent|pourrait|a le droit de|ont le droit de) (me|m') (muter|licencier|virer|sanctionner|obliger|imposer|retrograder|baisser|refuser|forcer|retenir)\w*|(heures sup\w*|salaire|prime\w*|conges payes) (\w+ ){0,3}(pas|jamais|toujours pas) (ete )?(paye|payee|payees|payes|verse\w*|regle\w*)|(savoir |demander )?(s'il|s'ils|si elle|si elles|si (mon|ma|l'|le|la) (employeur|patron|patronne|direction|chef|entreprise|boite|societe)) (a|ont|avait|aurait|auraient) (bien |vraiment )?le droit|refus\w* (de |d')(me |nous )?(payer|verser|regler|rembourser) (mes|mon|ma|nos|les) (heures( sup\w*)?|salaires?|primes?|conges payes|indemnites?|frais))\b/;

/** How much a benefit changes (« de combien elles vont baisser »): an amount only when a benefit is named (BENEFIT_NAMED). */
export const AMOUNT_CHANGE_ASKED = /\b(de )?(combien|cb|cbn|cmb|cbien) (?!de temps\b)(\w+ ){0,3}(baiss|diminu|augment|reduit|reduire|reduite|perdre|perdrai|retir|enlev)\w*/;
/** A benefit that dropped, stopped or changed (« ma prime d'activité elle a baissé de 80 euros »): with UNEXPLAINED, a question for the paying body. */
export const BENEFIT_CHANGED = /\b(aah|rsa|apl|alloc\w*|allocations? (familiales?|logement|chomage)|prime d'activite|indemnites? chomage|pension d'invalidite)( \w+){0,2}? (a|ont|est|sont|m'a|m'ont) (encore )?(ete )?(baisse|diminue|chute|reduite?s?|supprimee?s?|coupee?s?|suspendue?s?|arretee?s?|augmente)\b/;
/** « je comprends pas pourquoi », « sans explication »: the person asks why a benefit changed. */
export const UNEXPLAINED = /\b(je (ne )?comprends? (pas|rien)|pourquoi|sans (aucune )?explication|on (ne )?m'a (pas|rien) explique|personne (ne )?m'explique)\b/;
export const BENEFIT_NAMED = /\b(aah|rsa|apl|alloc\w*|allocations? (familiales?|logement|chomage)|prime d'activite|caf|indemnites? chomage|are|bourse|pension d'invalidite)\b/;

/** The person speaks as an employer through their staff: « nous avons 12 salariés », « mes serveurs ». */
export const EMPLOYER_STAFF_OWNED = /\b((j'ai|je tiens|je gere|je dirige|nous avons|on a) (un|une|mon|ma|notre) \w+( \w+)? (avec|et) (\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques) (salaries|employes|collaborateurs|apprentis|serveurs|serveuses|vendeurs|vendeuses|ouvriers|commis)|(j'ai|nous avons|on a|j'emploie|nous employons|on emploie|on est) (\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques) (salaries|employes|collaborateurs|serveurs|serveuses|vendeurs|vendeuses|ouvriers|techniciens|apprentis|agents|personnes a former)|(mes|nos) (serveu|vendeu|salari|employ|cuisin|apprenti|saisonni|commis|caissi|ouvri|technicien)\w*)\b/;
/** An employer asking for help to recruit: « diffuser notre offre d'emploi », « m'orienter vers des candidats ». */
export const EMPLOYER_RECRUITMENT_TOLD = /\b((diffuser|publier|deposer|poster|relayer|partager|faire passer) (notre |mon |ma |nos |mes |une |cette |ces |l')(offres?|annonces?)( d'emploi| de poste| de recrutement| d'embauche)?|(orienter|envoyer|adresser|proposer|presenter) (\w+ ){0,2}(vers |des |de bons |quelques )(des )?(candidats|candidates|profils|candidatures)|(j'ai|nous avons|on a|je rencontre|nous rencontrons|je suis en|nous sommes en) (des |de |beaucoup de |du |de grosses |de reelles )?(difficultes?|mal|peine) (a |pour |de )recruter|(je|nous|on) (cherche|recherche|cherchons|recherchons) a recruter|((nous|on) (cherche|recherche|cherchons|recherchons|recrute|recrutons)|(nous avons|on a) besoin de) (\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|cent) (nouveaux |nouvelles |jeunes )?(?!(heures|jours|mois|ans|annees|semaines|euros|minutes|kilometres|km)\b)[a-z]+s\b|trouver (des|de bons|de bonnes|nos|les|nos futurs|nos futures) (candidats|candidates|profils|candidatures|recrues))\b/;
/** Someone who recruits for the company they work for: « je m'occupe du recrutement pour une chaîne », « chargée de recrutement chez… » (not a post sought). */
export const RECRUITER_ROLE = /\b((je m'occupe|je suis en charge|je suis charge\w*|je gere|je travaille au|je bosse au) (du |des |de l'|de |le |les )?(recrutement\w*|embauches?)|je recrute (pour|dans|chez|au sein)|(?<!\b(poste|emploi|metier|job|travail|devenir|comme|formation|stage|alternance) (de |d'))(charge\w*|responsable|assistant\w*) (du |des |de l'|de )?(recrutement\w*|embauches?) (pour|dans|chez|d'un|d'une|de l'|de la|du|au sein))\b/;
/** Someone who runs a structure, said without « je suis »: « Directrice d'une crèche associative », « gérant d'un garage ». */
export const STRUCTURE_HEAD = /\b(directeur|directrice|gerant\w*|patron\w*|president\w*|responsable|dirigeant\w*|fondat\w*|co ?fondat\w*) (d'un|d'une|de l'|de la|du|de notre|de mon|de ma) (\w+ ){0,2}(entreprise|association|creche|micro creche|pme|tpe|societe|commerce|restaurant|magasin|boutique|cabinet|structure|ehpad|garage|hotel|boulangerie|agence|exploitation|ferme|entrepot|usine|atelier|clinique|salon|ecole|camping|bar|franchise)\b/;

/** An employer training their own staff: « comment je forme mes serveurs », « faire former mon équipe ». */
export const EMPLOYER_TRAINING_TOLD = /\b((leur|leurs) formations?|faire former (les|ces|nos|mes) \w+|form\w* (mes|nos|mon|ma|notre) (\w+ )?(salari|employ|equipe|personnel|collaborat|serveu|vendeu|cuisin|agents|ouvri|technic|apprenti|stagiaire|saisonni|chauffeur|caissi|gars|staff|commis|commerciaux|preparat|secretaire)\w*|faire former (mes|nos|mon|ma|notre) \w+|(lui|leur) (payer|paye|paie|financer|finance|offrir|offre|faire faire|faire suivre|faire passer|proposer|propose) (une|un|la|des|cette|sa|leur) formations?|(payer|paye|paie|financer|finance|offrir|offre) (une|la|des|cette) formations? (a|pour) (mon|ma|mes|un de mes|une de mes|notre|nos) (?!(projet|propre|reconversion|avenir|compte|cpf|entreprise|activite|fils|fille|filles|enfants?|mari|femme|conjoint\w*|compagn\w*|frere|soeur|pere|mere)\b)\w+)\b/;

// ---------------------------------------------------------------------------------------------
// Housing emergency in formal wording, and the past that cancels it.

const HOME = "(logement|appartement|appart|studio|maison|chambre|domicile|foyer|hebergement|location|logis)";
const SOON =
  "(aujourd'hui|ce soir|cette nuit|demain|apres demain|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|cette semaine|la semaine prochaine|ce week end|ce weekend|dans (\\d+|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|quelques) jours|dans (une|1|deux|2) semaines?|d'ici (\\w+ ){0,2}(jours|semaine|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|demain)|avant (le|la) (\\d+|fin de (la|cette) semaine)|le \\d+|fin de (la|cette) semaine)";
/**
 * Losing one's home now, said formally: « je dois quitter mon logement vendredi », « aucune
 * solution d'hébergement », « bail non renouvelé » with a near date.
 */
export const HOUSING_LOSS_IMMINENT = new RegExp(
  '\\b(' +
    [
      `(je dois|on doit|nous devons|je vais devoir|on va devoir|il faut que je|il faut qu'on|obligee? de|sommee? de|on me demande de|on nous demande de) (quitter|rendre|liberer|partir de|sortir de|vider) (mon |ma |notre |le |la |l'|les )?(lieux|${HOME})( [\\w']+){0,3}? ${SOON}`,
      "(aucune?|pas de|plus de|sans|pas d'|plus d') (autre )?(solution|possibilite|endroit|lieu|point de chute|proposition) (de |d'|pour )?(hebergement|logement|relogement|me loger|nous loger|dormir|m'heberger|nous heberger)",
      "nulle part (ou|pour) (me |nous )?(loger|dormir|habiter|vivre|m'heberger|nous heberger)",
      `(a partir de|des|d'ici) ${SOON} (je n'ai|j'ai|on n'a|on a|nous n'avons|je suis|on est|nous sommes) (plus|pas|rien|aucun|sans)`,
    ].join('|') +
    ')\\b',
);
/**
 * The room or flat taken from the person within days, told with who does it (« on me sort de ma chambre demain
 * matin pour impayés », « le crous me vire de ma chambre vendredi », « je me fais virer de mon studio demain »).
 */
export const HOME_TAKEN_SOON = new RegExp(
  '\\b(' +
    [
      `(on|ils|il|elle|le crous|le proprio|le proprietaire|mon proprio|mon proprietaire|ma proprio|ma proprietaire|la residence|le bailleur|mon bailleur|le foyer|l'agence|mon logeur|ma logeuse) (va |vont )?(me|m'|nous) ?(sort|sortent|sortir|vire|virent|virer|jette|jettent|jeter|chasse|chassent|chasser|expulse|expulsent|expulser|met|mettent|mettre|fout|foutent|foutre) (dehors |a la porte )?(de|du|d') ?(mon |ma |notre |la |le |l')?(${HOME}|piaule|residence|cite u|crous|chez moi|appart)( [\\w']+){0,3}? ${SOON}`,
      `je me (fais|fait|ferai|vais faire) (virer|sortir|jeter|expulser|mettre dehors|foutre dehors) (de|du|d') ?(mon |ma |notre |la |le |l')?(${HOME}|piaule|residence|cite u|chez moi)( [\\w']+){0,3}? ${SOON}`,
      `je me retrouve sans (${HOME}|toit|piaule) ${SOON}`,
    ].join('|') +
    ')\\b',
);
/** Nobody to stay with (« je n'ai personne chez qui dormir », « personne ne peut m'héberger »): read with a home lost soon. */
export const NOBODY_TO_STAY_WITH = /\b((je n'ai|j'ai|nous n'avons|on n'a|on a|j'ai vraiment|je n'ai vraiment) personne (chez qui|pour|qui puisse|qui peut|qui pourrait|qui veut) (dormir|aller|m'heberger|nous heberger|me loger|nous loger|m'accueillir|nous accueillir|me recevoir)|personne ne (peut|pourra|pourrait|veut) (m'heberger|nous heberger|me loger|nous loger|m'accueillir|nous accueillir|me recevoir)|(aucun|aucune|pas d') (ami|amie|amis|proche|proches|famille|parent|parents) (pour|qui peut|qui puisse|chez qui|pour) (m'heberger|me loger|m'accueillir|dormir|aller))\b/;
/**
 * Sleeping in a derelict or makeshift place (« je dors dans une maison abandonnée depuis une semaine », « on vit dans
 * une usine désaffectée », « je dors dans le garage d'un pote », « dans une cave »): no home. An empty house
 * (« une maison vide depuis que les enfants sont partis ») is no such place.
 */
export const DERELICT_PLACE_SLEEP = new RegExp(
  '\\b(' +
    [
      "(je dors|on dort|nous dormons|je vis|on vit|nous vivons|je loge|on loge|je squatte|on squatte|je passe mes nuits|je passe la nuit|on passe la nuit|on passe nos nuits|je suis installee?|on est installes|je me suis installee?|je me cache|je reste) (dans|sous) (un|une|le|la|l'|des) ([\\w']+ )?(maison|batiment|immeuble|usine|entrepot|hangar|local|caravane|grange|ferme|hotel|bureau|appartement|appart|logement|chantier|gare|garage|bus|camping car|mobil home|batisse|baraque|cabane|bicoque|chalet|atelier|ecole|wagon|bateau|peniche)s? ([\\w']+ ){0,2}?(abandonne|desaffecte|inoccupe|en ruine|en ruines|squatte|a l'abandon|delabre|mure)e?s?",
      "(je dors|on dort|nous dormons|je vis|on vit|nous vivons|je passe mes nuits|je passe la nuit|on passe la nuit|on passe nos nuits) (dans|sur|sous) (un|une|le|la|l'|mon|ma|son|sa) (garage|cave|cellier|grenier|remise|box|abri de jardin|cabanon|sous sol|local poubelles?|local a velos?|debarras|appentis|hangar|cabane de chantier|parking souterrain)",
    ].join('|') +
    ')\\b',
);
/** The lease ends or the landlord gives notice: an emergency only with a near date. */
export const LEASE_ENDING = /\b((proprietaire|proprio|bailleur) (m'a|nous a|me|nous) (donne|donne conge|demande de partir|demande de quitter)|conge (pour vente|pour reprise|du proprietaire|donne par)|bail (n'a pas ete|n'est pas|non|pas|qui n'a pas ete|ne sera pas) renouvele|fin de (mon |notre )?bail|(mon|notre|le) bail (se termine|prend fin|s'arrete|finit))\b/;
/** Nothing found to live in (read only with LEASE_ENDING or a lodging tied to the job). */
export const NOTHING_FOUND = /\b((apres|ensuite) (j'ai|on a|je n'ai|on n'a|il y a) (rien|plus rien|nulle part)|(pas|plus|aucune?) (d'autres?|autres?) (solutions?|endroits?|point de chute|options?)|(je n'ai|j'ai|on n'a|on a|nous n'avons) (toujours )?(rien|pas|aucun\w*) (trouve|de solution|d'appartement|de logement|de relogement)|rien trouve|aucune? (solution|appartement|logement)|(pas|plus|sans) de solution|nulle? ?part (ou|pour) (aller|dormir|me loger|nous loger|habiter)|(je )?(ne )?(sais|sait) (pas|plus) ou (aller|dormir|me loger)|(rien|nulle part|aucun endroit|pas d'endroit)( du tout)? (pour|ou) (dormir|cette nuit|la nuit|demain soir)|personne (pour|qui peut|qui pourrait) (m'heberger|nous heberger|me loger|nous loger)|(apres|ensuite|et apres|puis) (ca |c'est |ce sera )?(rien|plus rien|nulle part|la rue|dehors)|(je n'ai|j'ai|on n'a|on a|nous n'avons) (pas|plus|aucun) (de |d')?(logement|toit|appart\w*|hebergement|endroit ou (aller|dormir)))\b/;

/** Vehicles people sleep in, in slang too (« ma caisse », « ma bagnole », « ma tire », « le camion »). */
const VEHICLE = '(voiture|caisse|bagnole|tire|auto|camion|camionnette|fourgon|fourgonnette|van|utilitaire|break|vehicule)';
/**
 * Homelessness told in slang or plain words: sleeping in one's car (« jdors dans ma caisse », « je pionce
 * dans ma tire »), nowhere to stay (« je crèche nulle part », « j'habite nulle part »), nothing for tonight.
 */
export const HOUSING_LOSS_TOLD = new RegExp(
  '\\b(' +
    [
      `(je |j|on |il |elle )?(dors?|dort|dormons|dorment|dormir|campe|campons|campent|pionce\\w*|roupille\\w*|pieute\\w*|crech\\w*|vis|vit|vivons|vivre|habite|loge|passe (mes|les|la) nuits?|passer (mes|les|la) nuits?) (\\w+ ){0,2}?dans (ma|la|une|mon|le|un|sa|son|notre|leur) ${VEHICLE}\\b`,
      '(je |j|on )(creche|pionce|dors|dort|habite|vis|loge|pieute) (plus )?nul(le)? ?part',
      "(je |j|on )(dors?|dort|dormons|pionce|roupille|campe|campons|vis|passe (mes|les) nuits) (\\w+ ){0,2}?(dans|sous|sur) (un|une|le|la|les|des|l') (hall\\w*|halls? d'immeuble|escaliers?|cage d'escalier|tente|porche|cave|local poubelle|entree d'immeuble|abri|hangar|cabane|parc|jardin public|square|banc)\\b",
      "(je |j|on )(creche|pionce|dors|dort|dormons|loge|vis|suis heberge\\w*|squatte) (\\w+ ){0,3}?(a droite a gauche|de canape en canape|chez l'un chez l'autre)",
      "(on m'a|on nous a|ils m'ont|ils nous ont|le 115 m'a|le samu social m'a) (coupe|supprime|retire|arrete|enleve) (l'|mon |ma |notre |la |le )?(hebergement|place|chambre|prise en charge|nuitee|hotel)",
      "(j'ai|on a|je n'ai|on n'a|nous n'avons|j'aurai) (rien|nulle part|aucun endroit|pas d'endroit|aucune solution|pas de solution)( du tout)? (pour|ou) (dormir|cette nuit|la nuit|demain soir)",
    ].join('|') +
    ')\\b',
);
/**
 * Sleeping in a public place (« depuis lundi je dors sur la plage », « jdors à la gare », « on passe les nuits
 * dans le parc »): no home, whatever the reason.
 */
export const PUBLIC_PLACE_SLEEP = /\b(je |j|on |nous )(dors?|dormons|pionce|roupille|campe|campons|passe (mes|les) nuits|passons (nos|les) nuits) (\w+ ){0,3}?(sur (la|une|les) plages?|a la plage|dans (le|un|les|des) (bois|parcs?|squares?|jardins? publics?)|dans (la|une) foret|a la gare|dans (la|une) gare|a l'aeroport|dans (le|un|les|des) (halls?|couloirs?) (de (la|l')|d'un|d'une|du) (gare|aeroport|hopital|immeuble)|sous (un|le|les|des) (ponts?|arcades?|tunnels?|porches?)|sur (un|le|les|des) bancs?|dans (un|le|les|des) parkings?|dans le metro|dans (le|un) local (a )?poubelles?|au (parc|square|bois|jardin public))\b/;
/**
 * Lodged by someone else or in a shelter (« je dors chez un ami », « une amie m'héberge », « au foyer depuis
 * hier »): with an end told (HOSTING_ENDS) and a near date or nothing after, no home within days.
 */
export const HOSTED_NOW = /\b((heberge\w*|loge|logee?s?) par (un|une|des|mon|ma|mes|notre|nos) (\w+ )?(ami|amie|amis|amies|pote|potes|copain|copine|copains|cousin\w*|frere|soeur|parents|tante|oncle|connaissance\w*|collegue\w*|famille|proche\w*)|(dors?|dort|dormons|loge|vis|vit|habite|suis heberge\w*|suis logee?|squatte|creche|je suis) (\w+ ){0,2}?chez (un|une|des|mon|ma|mes|notre|nos) (\w+ )?(ami|amie|amis|amies|pote|potes|copain|copine|copains|cousin\w*|frere|soeur|parents|tante|oncle|connaissance\w*|collegue\w*|gens)|(m'|nous |me )(heberge\w*|loge|logent|accueill\w*)|(ami|amie|amis|amies|pote|potes|copain|copine|cousin\w*|frere|soeur|parents|tante|oncle|grand mere|grands parents) (me|nous) (garde|gardent)(?! (les|mes|ma|mon|le|la) )|(ma|notre) derniere nuit chez|(au|en|dans un|dans le|a l') (foyer|centre d'hebergement|chrs|hebergement d'urgence|hotel social|115)|sur (son|leur|un|le) canape)\b/;
/** The host or the shelter stops (« il m'a demandé de partir », « elle ne pourra plus me garder », « ils me gardent que trois nuits »). */
export const HOSTING_ENDS = /\b((ma|notre) derniere nuit (chez|au foyer|a l'hotel)|(m'a|m'ont|nous a|nous ont) (demande|dit) de (partir|quitter|m'en aller|nous en aller|degager|faire mes valises|trouver autre chose|libere\w*)|(veut|veulent|voudrait|voudraient|exige|exigent) que (je|on|nous) (parte|partions|parte|m'en aille|nous en allions|quitte|quittions|degage|libere|trouve autre chose)|(ne )?(pourra|pourrait|pourront|pourraient|voudra|voudront|peut|peuvent|va|vont) (plus|pas) (me |nous |m')(garder|heberger|loger|accueillir)(?! (les |mes |ma |mon |le |la |l'|mes deux )?(enfants?|petits?|petite|fils|filles?|bebe|gamins?|gosses|chiens?|chats?|affaires|animaux))( plus longtemps)?|(me|nous|m') ?(garde|gardent|gardera|garderont|heberge\w*|loge\w*|accueill\w*) (mais )?(que|seulement|juste|pas plus de|maximum|max) (\d+|une|deux|trois|quatre|cinq|six|sept|huit|dix|quelques) (nuits?|jours|soirs)|(me|nous|m') ?(garde|gardent|gardera|garderont|heberge\w*|loge\w*|accueill\w*) (mais )?(que |seulement |juste )?jusqu'(a|au|en))\b/;
/** An employer keeping or not keeping someone (« mon patron ne pourra plus me garder »): a job, not a home. */
export const EMPLOYER_KEEPING = /\b(patron\w*|employeur|boite|entreprise|chef|direction|agence|societe|responsable|manager|boss)( [\w']+){0,3}? ((ne )?(pourra|pourrait|pourront|pourraient|voudra|voudront|peut|peuvent|va|vont) (plus|pas) (me |nous |m')garder|(me|nous|m') ?(garde|gardent|gardera|garderont) (que |seulement |juste )?jusqu)\b/g;
/** A stay counted in a few nights (« que trois nuits »): near by itself. */
export const SHORT_STAY = /\b(que|seulement|juste|pas plus de|maximum|max) (\d|une|deux|trois|quatre|cinq|six|sept|huit|dix|quelques) (nuits?|jours|soirs)\b/;
/** A new home found (« j'ai trouvé un nouvel appart »): a lease that ends is then no emergency, even for the classifier. */
export const HOME_FOUND = /\b(j'ai|on a|nous avons) (deja |enfin |bien )?(trouve|signe (pour|le bail d'|le bail de)|obtenu)( un| une| mon| notre)? (nouvel |nouveau |nouvelle |autre )?(appartement|appart|logement|studio|maison|location|chambre|colocation|coloc|hlm|logement social|t\d|f\d)\b/;
/** Life in a vehicle by choice or for a while at work (« je vis dans mon van par choix »): no home lost. */
export const VEHICLE_BY_CHOICE = /\b(par choix|pour (economiser|le plaisir|voyager|le travail)|en vacances|van ?life|amenage\w*|en road ?trip|pendant (ma|mes|la|les) (mission|missions|saison|chantier|chantiers|deplacements?))\b/;
/** A driver's cab is a workplace: « je dors dans le camion » said by a lorry driver is no emergency. */
export const DRIVER_JOB = /\b(routier\w*|chauffeur\w*|poids lourds?|transporteur\w*|conducteur\w* (de |d')?(camion|poids lourd|pl|spl)|tournees?|en deplacement)\b/;
/** « je zone » (I drift) is homelessness only next to a housing word (ZONING_HOUSING_CONTEXT), not idleness at home. */
export const ZONING = /\b(je|j|on) zon(e|ons)\b(?! (chez|a la maison|sur|devant|toute la journee|sans rien faire|a rien faire))/;
export const ZONING_HOUSING_CONTEXT = /\b(dehors|la rue|la nuit|dormir|dors|appart\w*|logement|toit|squat\w*|a droite a gauche|nulle part|sdf|hebergement|gare|tente|voiture|caisse|bagnole)\b/;

/**
 * Lodging tied to the job taken back or ending (« le patron reprend le logement ce soir », « je dois rendre
 * le logement de fonction », « l'internat ferme ce week-end », « quitter le foyer de jeunes travailleurs »):
 * an emergency only with a near date or nowhere to go (NEAR_DATE, NOTHING_FOUND).
 */
const TIED_LODGING = "(logement|appart\\w*|studio|chambre|piaule|maison|mobil home|caravane|foyer|fjt|internat|residence|hebergement)";
export const JOB_LODGING_ENDING = new RegExp(
  '\\b(' +
    [
      `((patron\\w*|employeur|boss|proprio\\w*|proprietaire|bailleur|gerant\\w*|l'hotel|le camping|la station|la boite|l'entreprise|la societe|le foyer|ils|on) (\\w+ ){0,2}?(me |nous )?(reprend|reprennent|recupere|recuperent|va reprendre|vont reprendre|va recuperer|vont recuperer|veut recuperer|veulent recuperer|veut reprendre|veulent reprendre)|(patron\\w*|employeur|boss|proprio\\w*|proprietaire|gerant\\w*) (va|vont|veut|veulent) ([\\w']+ ){1,6}?(reprendre|recuperer)) (le |la |l'|mon |ma |notre |son |sa |leur )?${TIED_LODGING}`,
      `(je dois|on doit|nous devons|je vais devoir|on va devoir|il faut que je|il faut qu'on|obligee? de|je suis obligee? de) (rendre|quitter|liberer|laisser|vider|partir de|sortir de) (le |la |l'|mon |ma |notre )?${TIED_LODGING}`,
      `(internat|foyer|fjt|residence|logement de fonction|logement saisonnier|logement du personnel|logement fourni|hebergement) (\\w+ ){0,4}?(ferme|fermera|va fermer|est ferme\\w*|se termine|prend fin|c'est fini|est fini|s'arrete)`,
    ].join('|') +
    ')\\b',
);
/** Leaving an institution (« je sors de prison demain », « je sors de l'ASE à 18 ans »): an emergency only with no home to go to (NOTHING_FOUND). */
export const INSTITUTION_LEAVING = /\b(je sors|je vais sortir|je suis sortie?|sortie? (prevue )?(de|d')|je quitte|je vais quitter|fin de (ma )?prise en charge (de |par )?(l'|la )?) ?(de |d')?(la |l'|le )?(prison|detention|maison d'arret|centre de detention|hopital|hp|ase|aide sociale a l'enfance|foyer de l'enfance|mecs|famille d'accueil|cure|centre de (soins|cure|readaptation)|maternite)\b/;
/** Lodged by the employer (« logé par le patron », « logement de fonction »): with the job ending, the home goes too. */
export const LODGED_BY_EMPLOYER = /\b((loge|heberge)\w* (par|chez) (mon |ma |le |la |l')?(patron\w*|employeur|boss|entreprise|boite|hotel|camping|station|exploitation|ferme|domaine)|logement (de fonction|fourni|saisonnier|du personnel|de l'employeur|du patron)|logee? (nourrie?|sur place))\b/;
/** Lodged only « jusqu'à dimanche »: with nothing after, the home ends with the date. */
export const LODGED_UNTIL = /\bjusqu'(a|au|en) /;
export const JOB_ENDING = /\b((la |ma |mon |le )?(saison|contrat|mission|cdd|job|boulot|travail) (est |s'est )?(finie?|finit|terminee?|se termine|s'arrete|prend fin|s'acheve)|fin de (la |ma |mon )?(saison|contrat|mission|cdd)|(je suis|j'ai ete) (licencie|vire|remercie)\w*)\b/;
export const NEAR_DATE = new RegExp(`\\b${SOON}\\b`);

/** A time long gone: what is told in the same sentence is the past (« il y a trois ans j'étais à la rue »). */
export const DISTANT_PAST = /\b(il y a (\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs|des) (ans?|annees?|mois)|(l'annee|l'hiver|l'ete|l'automne|le printemps) (derniere?|passee?)|autrefois|a l'epoque|dans le passe|par le passe|plus jeune|quand j'etais (jeune|petite?|ado\w*|etudiant\w*|gamin\w*)|j'ai connu|j'ai vecu (a la rue|dehors|dans la rue|dans ma voiture|en foyer)|ancien\w* (sdf|sans abri|sans domicile)|je m'en suis sorti\w*|c'est (derriere moi|du passe)|j'ai ete (sdf|sans abri|sans domicile|a la rue|dans la rue) (pendant|durant)|quand j'etais (a la rue|dans la rue|sdf|sans abri|sans domicile|dehors))\b/;
/** Years gone (violence long over is no emergency, still a CIDFF cue; months ago still counts). */
export const YEARS_AGO = /\b(il y a ([2-9]|\d\d|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|plusieurs|quelques|des|de nombreuses) (ans|annees)|autrefois|a l'epoque|dans mon enfance|quand j'etais (petite?|jeune|enfant|ado\w*|gamin\w*)|c'est (derriere moi|du passe))\b/;
/** Violence said to be over (« c'est fini maintenant, il est plus là »): with RECENT_PAST, the violence is the past. */
export const VIOLENCE_OVER = /\b(c'est (bien |enfin )?(fini|termine|derriere moi|du passe|de l'histoire ancienne|une histoire ancienne)|(tout )?(ca|cela) (est|c'est) (bien |enfin )?(fini|termine|derriere moi|du passe)|j'ai tourne la page|je m'en suis sortie?|(il|elle) (n'est|est) plus (la|dans ma vie)|(je suis|suis) (enfin )?(en securite|a l'abri|sortie? de (ca|cette histoire|cet enfer)))\b/;
/** Time gone since the violence or the leaving (« ça fait deux ans », « depuis 2019 », « depuis longtemps »): with VIOLENCE_OVER, no emergency. */
export const TIME_GONE_SINCE = /\b((ca fait|cela fait|voila|depuis|il y a) (plus de |presque |bientot |deja |maintenant )?(\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|plusieurs|quelques|des|de nombreuses) (ans|annees|mois)|depuis (longtemps|des annees|(19|20)\d\d)|il y a (longtemps|des annees))\b/;
/** A separation or a leaving long gone (« séparée depuis 2020 », « on a divorcé il y a cinq ans »): the violence is over. */
export const LEFT_LONG_AGO = /\b((separee?s?|divorcee?s?|partie?|quitte\w*|enfuie?) (\w+ )?(depuis|il y a|ca fait) (plus de |presque |deja )?((\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|plusieurs|quelques|des|de nombreuses) (ans|annees)|longtemps|(19|20)\d\d)|(on a|nous avons|j'ai) (divorce|quitte \w+|fui) (\w+ )?(il y a|ca fait|depuis) (plus de |presque )?(\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|plusieurs|quelques|des|de nombreuses) (ans|annees))\b/;
/** Violence still going on, or the person still exposed (« il me harcèle encore », « je vis toujours avec lui », « j'ai peur »). */
export const VIOLENCE_STILL = /\b((je pars|je vais partir|je veux partir|je compte partir|je dois partir|je m'en vais|je vais m'en aller|je vais le quitter|je veux le quitter) |(il|elle|mon ex|(mon|ma) (ex )?(mari|conjoint|compagnon|copain|femme|compagne|copine|concubin|ex mari|ex compagnon|ex conjoint|ex copain)) (\w+ )?(me |m')?(frappe|bat|menace|harcele|suit|tape|cogne|guette|poursuit|traque|retrouve|rode|continue|revient|recommence|attend devant)\b|(toujours|encore) (avec lui|chez lui|sous le meme toit|en danger)|(vis|habite|vit|vivons|habitons) (toujours|encore) (avec|ensemble|chez)|j'ai (toujours |encore )?peur|peur (de lui|pour ma vie|qu'il|qu'elle)|(il|elle) (sait|a trouve|a retrouve) (ou|mon adresse))\b/;
/** Months or a year ago, or violence undergone (« j'ai été victime »): the past only with VIOLENCE_OVER. */
export const RECENT_PAST = /\b(j'ai ete victime|j'ai subi|l'annee (derniere|passee)|l'an (dernier|passe)|il y a (\d+|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|quelques|plusieurs) mois)\b/;
/** Homelessness told in the imperfect: the past only when the person now has a home (HOUSED_NOW). */
export const HOUSING_IMPERFECT = /\b(apres (\w+ ){0,3}(a la rue|dans la rue|sans logement|sans domicile|dehors|en foyer|en hebergement d'urgence)|j'etais (a la rue|sdf|sans abri|sans domicile|sans logement|dehors|dans la rue)|je dormais (dehors|dans|sous|a la rue)|je vivais (dans (ma|une|la) (voiture|rue|tente)|dehors|a la rue))\b/;
export const HOUSED_NOW = /\b((j'ai|on a|nous avons) (enfin |maintenant |aujourd'hui |desormais )?(un|une|mon|ma|notre) (appartement|appart|logement|studio|maison|toit|chez moi|f\d|t\d|logement social|hlm)|je suis (relogee?|logee?|enfin logee?))\b/;
/** Where a sentence turns to the present: the part after it is read on its own. */
export const PRESENT_PIVOT = /\b(aujourd'hui|maintenant|desormais|actuellement|en ce moment|depuis|ce soir|cette nuit|mais|et la|la je|or)\b/;

// ---------------------------------------------------------------------------------------------
// Emergencies told hesitantly, by the landlord's will, in formal words, or as over.

/** What people take or go to when they mean to end their life (a rope, pills, a gun, a bridge, the rails). */
const SUICIDE_MEANS =
  "(corde|cordes|cachets|medicaments|comprimes|pilules|somniferes|boite de (cachets|medicaments|comprimes|somniferes)|fusil|carabine|arme|pistolet|revolver|lame|rasoir|pont(?! (d'un|du|de l'|de la|de) (bateau|navire|ferry|cargo|paquebot|ascension|mai|toussaint|pentecote))|viaduc|balcon|rambarde|parapet|falaise|voie ferree|rails)";
/** Holding back at the last moment (« je l'ai pas fait », « j'ai pas osé sauter », « au dernier moment »). */
const SUICIDE_RESTRAINT =
  "((je (ne )?l'ai|jl'ai|jlai|je lai) (pas|jamais) fait(?! expres)|j'ai (pas|jamais) (pu|ose|eu le courage) (de )?(le faire|aller (jusqu')?au bout|sauter|passer a (l'acte|lacte))|(je (ne )?suis|j'suis|jsuis) pas (alle|allee) (jusqu')?au bout|(reparti|repartie|recule|reculee|renonce|renoncee|descendu|descendue|retenu|retenue|arrete|arretee) au dernier moment|quelque chose m'a retenue?|je me suis retenue?|j'ai pense a (mes|ma|mon) (enfants|gosses|petits|filles?|fils|femme|mari|mere|pere|parents|famille))";
/**
 * A suicide attempt or its preparation told plainly (« j'ai failli sauter du pont », « j'ai pensé à me
 * pendre », « j'ai avalé toute la boîte de cachets », « une lettre d'adieu »): the distress line (3114).
 */
export const SUICIDE_ACT_TOLD = new RegExp(
  '\\b(' +
    [
      "me pendre|me tirer (une balle|dessus)|me mettre une balle|m'ouvrir les veines|me (couper|taillader) les veines",
      "(failli|presque|pret|prete|prets|pretes) (a )?(me tuer|me pendre|me jeter|sauter (du|d'un|de la|par|dans)|passer a (l'acte|lacte)|en finir|me foutre en l'air|tout arreter pour de bon)",
      "(sauter|saute|me jeter|me lancer) (du|d'un|de la|par la|par une) (haut (du|d'un|de la) )?(pont|viaduc|balcon|fenetre|toit|falaise|immeuble)",
      '(balcon|pont|viaduc|fenetre|toit|rambarde|parapet|falaise) ([\\w\']+ ){0,3}?(pret|prete) a sauter',
      '((avale|avaler) (toute? )?(la|une|ma) boite|(pris|prendre|avale|avaler) (toute la boite|la boite entiere|une boite entiere|toute une boite|toute ma boite)) (entiere )?de (cachets|medicaments|comprimes|somniferes|pilules)',
      '(avale|avaler) (tous|toutes) (mes|les) (cachets|medicaments|comprimes|somniferes|pilules)(?! (du|de) (matin|midi|soir))',
      "lettre d'adieu|lettres d'adieu|(mon|ma) corde (est )?(prete|accrochee)|corde (autour (du|de mon) cou|a (la|une) poutre|a (la|une) branche)",
      "(assis|assise|allonge|allongee|couche|couchee) sur (les rails|la voie ferree|la voie|le parapet|la rambarde)",
      "(cachets|medicaments|comprimes|somniferes|pilules) ([\\w']+ ){0,3}?pour (ne )?(plus|pas|jamais) me reveiller",
      '(fait|faite|refait|refaite) (une|deux|trois|plusieurs|des) (ts|tentatives? de suicide)',
      '(ouvert|ouvrir|coupe|couper|taillade|tailladee|tailler) les (veines|poignets)',
      '(fusil|carabine|pistolet|revolver|arme|canon) (sous|contre|sur|dans) (mon|le|ma|la) (menton|tempe|gorge|bouche|tete)',
      "(failli|envie de|pense a|voulu|voulais|tente de|essaye de) (me )?(foncer|me jeter|me lancer|me planter|me fracasser|jeter la voiture|lancer la voiture) ([\\w']+ ){0,2}?(dans|contre|sous) (un|le|la|une) (arbre|platane|pile de pont|camion|poids lourd|train)",
    ].join('|') +
    ')\\b',
);
/** The means with its article (« la corde », « mes cachets »): « arme » alone may be a verb. */
const MEANS_NAMED = `(la|le|les|une|un|des|mes|ma|mon|l'|ce|cette|du|de la|toute la|tous mes|toutes mes) ${SUICIDE_MEANS}`;
/** The means made ready (« j'ai préparé les cachets », « sorti le fusil », « accroché la corde »). */
const MEANS_PREPARED = `(prepare|preparee|aligne|alignee|compte|sorti|sortie|charge|chargee|accroche|accrochee|attache|attachee) ([\\w']+ ){0,2}?${MEANS_NAMED}`;
/**
 * The means and the holding back in the same breath (« resté une heure dans la grange avec la corde, je
 * l'ai pas fait », « les cachets dans la main, je me suis retenue »), either order, a dozen words apart.
 */
export const SUICIDE_MEANS_WITH_RESTRAINT = new RegExp(
  `\\b(${MEANS_NAMED}\\b ([\\w']+ ){0,12}?${SUICIDE_RESTRAINT}|${SUICIDE_RESTRAINT} ([\\w']+ ){0,12}?${MEANS_NAMED}|${MEANS_PREPARED} ([\\w']+ ){0,12}?(j'ai (pas|jamais) (pu|ose)|je (ne )?(pouvais|pourrai|pourrais) pas))\\b`,
);
/** A long while spent with a rope, pills or a gun (« je suis resté une heure dans la grange avec la corde »). */
export const SUICIDE_MEANS_KEPT_WITH = new RegExp(
  '\\b(' +
    [
      "(enferme|enfermee) ([\\w']+ ){0,6}?avec (la|une|le|les|mes|toute la) (corde|cachets|medicaments|comprimes|somniferes|fusil|carabine|arme|pistolet|revolver)",
      "(reste|restee|restes|restees|passe|passee) (une heure|une demi heure|des heures|longtemps|un long moment|un moment|toute la nuit|la nuit|\\d+ ?h\\w*|\\d+ heures|deux heures|trois heures) ([\\w']+ ){0,5}?(avec|devant) (la|une|le|les|mes|ma|mon|toute la) (corde|cachets|medicaments|comprimes|somniferes|boite de (cachets|medicaments|comprimes)|fusil|carabine|arme|pistolet|revolver)",
    ].join('|') +
    ')\\b',
);

/** A joke or a hyperbole about a chore (« ça me donne envie de me pendre tellement c'est chiant haha », « je vais finir par me jeter par la fenêtre »). */
export const DESPAIR_FIGURATIVE = /\b(ha ?ha\w*|hihi|lol|mdr|ptdr|xd|je rigole|je plaisante|c'est une blague|(me|m') ?(donne|donnent|donnerai\w*|donnait) envie de|tellement (c'est |c |ca |c'etait )?(chiant|nul|long|relou|penible|ennuyeux|saoulant|soulant|gonflant|lent)|je vais finir par)\b/;

/**
 * The landlord wants the person out (« le propriétaire veut que je parte », « le proprio me met dehors »):
 * like a lease ending, an emergency with a near date or nowhere to go.
 */
export const LANDLORD_WANTS_OUT = /\b((huissier|commissaire de justice) ([\w']+ ){0,2}?(vient|passe|viendra|passera|doit (venir|passer)|arrive|arrivera)|(proprietaire|proprio|bailleur|logeur|logeuse|agence|gerant\w*|coloc\w*) ([\w']+ ){0,2}?(veut|veulent|voudrait|exige|exigent|souhaite|souhaitent|demande|m'oblige a|nous oblige a) ((que (je|j'|nous|j) ?|qu'on )(parte|partions|quitte|quittions|libere|liberions|m'en aille|sorte|sortions|rende|vide|demenage)|(me|nous) (mettre|foutre|jeter|virer) (dehors|a la porte)|(m'|nous )expulser|(me|nous) (virer|jeter))|(proprietaire|proprio|bailleur|logeur|logeuse|coloc\w*) ([\w']+ ){0,2}?((me|nous|m') ?(met|mettre|mettra|fout|foutre|jette|jeter) (dehors|a la porte)|(me|nous|m') ?(vire|virer|virera|expulse|expulser|expulsera)))\b/;
/** One's home lost with the job or alone (« perdu en même temps mon logement de fonction », « je vais perdre mon appart »). */
export const HOME_LOST = /(?<!\bsi (je|j'|on|nous) ?[\w']+( [\w']+){0,3} )\b((j'ai|on a|nous avons|je viens de|on vient de|nous venons de|je vais|on va|nous allons|je|on) (aussi |egalement |donc |du coup |alors |malheureusement |deja )?(perdu|perdre|perds|perd) ([\w']+ ){0,6}?(mon|ma|notre|le|la|l') ?(logement|appartement|appart|studio|chambre|toit|hebergement|logis)( de fonction| saisonnier| du personnel)?)\b/;
/** A date months away (« en juin », « dans trois mois », « à la rentrée »): a home ending then is no emergency yet. */
export const MONTHS_AWAY = /\b(dans (\d+|deux|trois|quatre|cinq|six|huit|dix|plusieurs|quelques) mois|en (janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)|a la rentree|l'an prochain|l'annee prochaine|d'ici (l'ete|la rentree|quelques mois|\w+ mois))\b/;
/** Nobody to turn to where the person is (« je ne connais personne ici », « personne chez qui aller »): read only with a home ending. */
export const NOBODY_TO_TURN_TO = /\b(((je|j'|on|nous) (ne |n')?(connais|connait|connaissons)|jconnais|j'connais) personne (ici|sur place|dans (la|cette) (ville|region|ile)|a [a-z]+|pour (m'|nous )?heberger|chez qui (aller|dormir))|personne chez qui (aller|dormir|me loger|nous loger|aller dormir)|(pas|plus) de (famille|proches|amis) (ici|sur place|pour m'heberger|pour nous heberger|chez qui aller))\b/;
/**
 * Nowhere to sleep now, in formal words with a few words between (« je n'ai à ce jour aucun endroit où
 * dormir », « je ne dispose actuellement d'aucun hébergement »).
 */
export const NOWHERE_TO_SLEEP_NOW = new RegExp(
  '\\b(' +
    [
      "(je n'ai|j'ai|on n'a|on a|nous n'avons|je ne dispose|nous ne disposons|je me retrouve|nous nous retrouvons|on se retrouve|je me trouve|je suis|nous sommes) ([\\w']+ ){0,4}?(aucun|aucune|pas d'|plus d'|sans|sans aucun|d'aucun|d'aucune) (autre )?(endroit|lieu|abri|toit|solution|point de chute)( [\\w']+){0,2}? (ou|pour) (dormir|passer la nuit|me mettre a l'abri|nous mettre a l'abri)",
      "(je ne dispose|nous ne disposons|je n'ai|nous n'avons|on n'a) (a ce jour|actuellement|pour l'instant|pour le moment|en ce moment|aujourd'hui|desormais|plus|ce soir) (de |d')?(aucun|aucune|d'aucun|d'aucune) (hebergement|logement|toit|abri|domicile)",
    ].join('|') +
    ')\\b',
);

/**
 * The home shut now (« le propriétaire a changé les serrures », « mes affaires sur le trottoir ») or a roof
 * lacking told plainly (« je suis sans toit depuis ma séparation », « actuellement sans hébergement »).
 */
export const HOME_SHUT_NOW = /\b((proprietaire|proprio|bailleur|logeur|logeuse) ([\w']+ ){0,3}?(a change|change|a fait changer) (la serrure|les serrures|le code|les codes|le verrou)|(m'a|m'ont|a|ont|nous a|nous ont) (mis|jete|sorti|balance|fout|foutu)e?s? (toutes )?(mes|nos) affaires (dehors|sur le trottoir|dans la rue|sur le palier|devant la porte)|(je suis|je me retrouve|nous sommes|on est|je me trouve|nous nous retrouvons|on se retrouve) (actuellement |a ce jour |aujourd'hui |desormais |maintenant |donc |du coup |depuis \w+ )?sans (toit|hebergement|abri)\b(?! (pour (la|ma|cette) formation|pendant (la|ma) formation|sur place pour)))/;

// ---------------------------------------------------------------------------------------------
// Emergencies told as situations rather than named, and the look-alikes that must raise no alarm.

/**
 * The emergency shelter line failing or called for the night (« le 115 ne répond pas », « jamais de place au
 * 115 », « j'appelle le 115 tous les soirs »): nowhere to sleep. Not 115 euros or hours, not a job there.
 */
export const SHELTER_LINE_FAILING = /\b((le|au|du) (115|samu social)(?! (euros?|eur|heures?|h|km|kilos?|m2|jours?|personnes?|salaries?|rue|avenue|boulevard|bd)\b) ([\w']+ ){0,4}?((ne |n')?(repond|decroche|rappelle)\w* (pas|jamais|plus)|(est |sont )?(sature|complet|plein)\w*|(pas|plus|jamais|aucune?|rien) (de |d')?(place|lit|chambre|solution|reponse)\w*)|(j'appelle|j'ai appele|jappelle|japelle|on appelle|on a appele|j'ai rappele|je rappelle|j'essaie|j'ai essaye|j'essaye) (\w+ ){0,3}?(le |au )?(115|samu social)\b(?! (euros?|heures?)\b)|(pas|plus|jamais|aucune?) (de |d')?(place|lit|chambre) (au|du|avec le|par le) (115|samu social))/;
/** Working or volunteering at the shelter line (« écoutante au 115 », « je travaille au samu social »): no emergency of one's own. */
export const SHELTER_LINE_JOB = /\b(ecoutant\w*|travaille\w*|bosse|benevole\w*|salarie\w*|employee?|poste|emploi|stage|stagiaire|maraude\w*|travailler|bosser|coordinat\w*|intervenant\w*|educat\w*) (\w+ ){0,3}?(au|du|pour le|avec le) (115|samu social)\b/;
/**
 * An eviction under way: bailiffs or the police coming (« les huissiers passent demain », « la police vient nous
 * expulser »), the formal order to leave (« commandement de quitter les lieux »); read with a near date.
 */
export const BAILIFFS_COMING = /\b((huissiers?|huissieres?|commissaires? de justice) ([\w']+ ){0,2}?(viennent|passent|viendront|passeront|doivent (venir|passer)|arrivent|arriveront|vient|passe|viendra|passera|doit (venir|passer)|arrive|arrivera)|commandement de quitter|concours de la force publique|(la police|les policiers|les gendarmes|les forces de l'ordre) ([\w']+ ){0,3}?(pour )?(nous|me|m') ?(expulser|sortir|deloger|mettre dehors))\b/;
/**
 * A stay in a shelter, a hotel or with someone told with its end (« hébergée au foyer jusqu'à dimanche »):
 * the end within days (STAY_UNTIL_SOON) or with nothing after (read with NOTHING_FOUND).
 */
const STAY = "(heberge\\w*|loge|logee?s?|accueilli\\w*|(je suis|je reste|on est|on reste|nous sommes|nous restons|je dors|on dort) (au|en|a l'|dans (le|un|une|la)) (foyer|centre d'hebergement|centre|chrs|hotel|hotel social|hebergement d'urgence|115|samu social|residence sociale|gymnase))";
export const STAY_UNTIL = new RegExp(`\\b${STAY}( [\\w']+){0,5}? jusqu'(a|au|en)\\b(?! (ce que|nouvel ordre|la fin de (ma|la|mon) (formation|contrat|mission|stage|saison))\\b)`);
export const STAY_UNTIL_SOON = new RegExp(`\\b${STAY}( [\\w']+){0,5}? jusqu'(a |au |en )?${SOON}\\b`);
/**
 * Shut out of one's home by a partner or family (« mon mari a changé les serrures », « je ne peux plus rentrer
 * chez moi »), not a home far away nor a lunch break.
 */
export const LOCKED_OUT = new RegExp(
  `\\b((mes parents|mon pere|ma mere|mon beau pere|ma belle mere|ma famille|${PARTNER}|il|elle|ils) (\\w+ ){0,2}?(a|ont|m'a|m'ont|nous a|nous ont) (change|fait changer) (la serrure|les serrures|le verrou|les verrous|les cles)|(je ne peux|je peux|je n'ose|j'ose|on ne peut|on peut|nous ne pouvons|nous n'osons) plus (rentrer|retourner|revenir) chez (moi|nous)(?! (avant|apres|le midi|a midi|entre|pendant|le week end|les week ends|le weekend|en (?!ce\\b)\\w+|au (pays|bled)|dans mon pays|pour (le|la|les|manger|dejeuner|me changer))\\b)|(je ne peux|je peux|on ne peut|on peut) pas (rentrer|retourner) chez (moi|nous) (ce soir|cette nuit))`,
);
/**
 * Blows told in slang (« il me met des claques », « il lève la main sur moi », « des coups de poing »), not a
 * helping hand, pressure or a phone call.
 */
/**
 * Blows told with an adverb between the pronoun and the verb (« il m'a encore tapé hier soir », « elle me frappe
 * souvent », « il m'a de nouveau étranglée »); « il m'a encore tapé sur les nerfs » is annoyance.
 */
export const BLOWS_TOLD_WITH_ADVERB = /\b(il|elle) (m'a|m'avait|me|m') ?(?:(?:encore|deja|souvent|toujours|de nouveau|une nouvelle fois|une fois de plus|plusieurs fois|meme|violemment|fort) )+(frapp|battu|battait|bat|tap|cogn|tabass|etrangl|gifl|brutalis|bless|viol(?!on)|menac)\w*\b(?! (?:sur|dans|la discute|l'incruste|un sprint|a la porte)\b)/;
export const BLOWS_TOLD = /\b((me|m'|nous) ?(met|mettait|a mis|avait mis|fout|foutait|a foutu|file|filait|a file|donne|donnait|a donne|colle|collait|a colle|balance|balancait|a balance|envoie|envoyait|a envoye|flanque|flanquait|a flanque) (des|une|un|deux|trois|plusieurs|encore des|souvent des) (claques?|baffes?|gifles?|tartes?|beignes?|patates?|torgnoles?|mandales?|raclees?|coups? de (poing|pied|tete|ceinture|boule)|coups(?! de \w+))|(leve|levait|a leve|lever|porte|portait|a porte|porter) la main sur (moi|nous|mes enfants|les enfants|les petits))\b/;
/**
 * A partner cutting the person off (« il a cassé mon téléphone pour que je n'appelle plus personne », « il m'a
 * pris mes papiers »): control, the violence line.
 */
export const ISOLATION_TOLD = new RegExp(
  `\\b((il|elle) (m'a |a )?(casse|brise|jete|confisque|pris|cache|garde|detruit|vole|balance|explose)\\w* (mon|ma|mes) (telephone|portable|tel|papiers|passeport|titre de sejour|carte d'identite|carte bancaire|carte bleue|cb)\\b( [\\w']+){0,3}? (pour que|afin que|pour pas que) (je |j')?(n')?(ne )?(appelle|parle|voie|vois|sorte|contacte|joigne|puisse)|(il|elle|${PARTNER}) (m'a |me )?(pris|prend|confisque|confisquait|garde|gardait|cache|cachait) (mes|mon) (papiers|passeport|titre de sejour|carte d'identite)|pour (que|pas que) (je|j') ?(n')?(ne )?(voie|vois|appelle|parle a|contacte|frequente) (plus )?personne)\\b`,
);
/** A threat to kill or beat told as words said (« il a dit qu'il allait me tuer », « il m'a menacée de me frapper »). */
export const DEATH_THREAT_TOLD = /\b(il|elle|ils) (m'a |a |m'avait |me |nous a )?(dit|dis|menace\w*|jure|promis|crie|hurle|ecrit|envoye un message)( [\w']+){0,2}? (qu'(il|elle|ils) (allait|allaient|va|vont|irait|iraient|pourrait) (me|nous) (tuer|buter|crever|frapper|defoncer|egorger|faire la peau|cramer|bruler)|de (me|nous) (tuer|buter|frapper|defoncer|faire la peau|bruler))\b/;
/**
 * Having to leave the home within days told without naming it (« je dois partir samedi »), read only with a
 * home or a landlord in the message (HOME_CONTEXT_NAMED).
 */
export const MUST_LEAVE_SOON = new RegExp(`\\b(je dois|on doit|nous devons|il faut que je|il faut qu'on|il faut que nous|je vais devoir|on va devoir|nous allons devoir) (partir|demenager|m'en aller|nous en aller|degager|sortir|quitter les lieux) (d'ici )?${SOON}\\b(?! (pour|en|a|au|aux|chez|vers|travailler|bosser|rejoindre)\\b)`);
export const HOME_CONTEXT_NAMED = /\b(proprio|proprietaire|bailleur|logeur|logeuse|bail|loyer|appart\w*|logement|studio|maison|hebergeu\w*|foyer|hotel|colocation|coloc)\b/;
/**
 * A partner or someone at home forcing the person to hand over pay or benefits (« il me force à lui donner
 * toute ma paie »): economic violence.
 */
export const PAY_EXTORTED = new RegExp(`\\b(il|elle|${PARTNER}) (me force|m'oblige|me forcait|m'obligeait|m'a force|m'a oblige|me forcent|m'obligent)e? a (lui )?(donner|remettre|verser|filer|rendre) (toute |tout |la totalite de )?(ma|mon|mes) (paie|paye|salaire|argent|allocations?|rsa|aides|carte bancaire|carte bleue|cb|prestations)\\b`);
/** Food running out: eating only pasta with nothing left (« on mange que des pâtes et il reste plus rien »). */
export const FOOD_RUNNING_OUT = /\b(on|je|nous) (ne )?(mange|mangeons|bouffe)( plus)? (que|qu') ?(des pates|du riz|du pain|des patates|des conserves)\b/;
export const NOTHING_LEFT = /\b(il (ne )?(me |nous )?reste (plus )?rien|plus rien du tout|il (ne )?(me |nous )?reste plus que \d+ (euros?|centimes))\b/;
/** Food aid asked for (« je sollicite une aide alimentaire », « des bons alimentaires »); volunteering and work there are removed first (FOOD_AID_GIVEN). */
export const FOOD_AID_ASKED = /\b(sollicite|solliciter|demande|demander|besoin d'|besoin de|avoir|obtenir|beneficier d'|beneficier de|droit a|trouver|recevoir|toucher) (une |des |un |d'|de l'|l'|a l'|a une )?(aide|aides|bons?|cheques?|colis) (d'urgence )?alimentaires?\b/;
/** Groups of others in the street (« je m'occupe des personnes à la rue », « aider les familles sans abri »): no emergency of one's own. */
export const OTHERS_AT_THE_STREET = /\b(?:des|les|aux|ces|de|d') ?(?:personnes?|gens|familles|publics?|jeunes|femmes|hommes|migrants|usagers|beneficiaires|enfants|sdf) (?:[\w']+ ){0,2}?(?:a la rue|dans la rue|sans abri|sans domicile|sans logement|en errance)\b/g;
/** No longer able to feed oneself or one's children, said formally (« je ne suis plus en mesure de nourrir mes enfants »). */
export const FEEDING_IMPOSSIBLE = /\b((plus|pas) en mesure de (me |nous |les |la |le |leur )?(nourrir|faire manger|donner a manger)|(dans l'incapacite|incapables?) de (me |nous |les |la |le )?(nourrir|faire manger|donner a manger)|(rien|plus rien|pas de quoi|plus de quoi) (a |de )?donner a manger|(plus|pas|rien) (de quoi|assez pour|les moyens d') ?acheter (a manger|de la nourriture|a bouffer|de quoi manger))\b(?! (ma|mon|mes|notre|nos|cette|ce|son|sa|ses) (passion|projet|reflexion|curiosite|envie|ambition|reve|idee)\w*)/;
/** A wish to vanish said of oneself (« des fois je veux disparaître »), not from a trade, a place or for a holiday. */
export const VANISHING_WISHED = /\b((je veux|je voudrais|j'aimerais|j'ai envie de|j'ai juste envie de|envie de|je pense a|je songe a|besoin de|j'ai besoin de) (juste |simplement |tout |parfois |souvent )?disparaitre(?! (de|du|des|d'|sous terre|dans un trou|quelques jours|une semaine|en vacances|au soleil|loin|a la campagne|pendant|tellement)\b)|disparaitre (de ce monde|de la surface de la terre|a jamais|definitivement))/;
/** Hopelessness about going on at all (« à quoi bon continuer », « j'en peux plus de vivre »), not about a scheme or a search. */
export const HOPELESSNESS_TOLD = /\b(a quoi bon (continuer|(me|se) lever( le matin| chaque matin| tous les matins)?|me battre|se battre|lutter|vivre|tout ca)(?! (a|de|d'|mes|ma|mon|ce|cette|cet|ces|les|la|le|l'|sur|dans|pour)\b)|(j'en peux plus|jpp|je n'en peux plus|jen peux plus) de (vivre|cette vie|ma vie)(?! (avec|a|en|dans|chez|loin|pres|ici|la bas|sans|seule?|sous|sur|au|aux)\b)|(je ne sais plus|je sais plus|je ne vois plus|je vois plus|je ne vois pas|je vois pas) (pourquoi|a quoi bon) (je me leve|je vis|je continue|me lever|vivre|continuer)\b)/;
/** A breaking point told (« je vais craquer », « je suis au bout du rouleau »): distress only with a second sign of despair. */
export const BREAKING_POINT = /\b(je (vais|suis en train de|suis sur le point de|sens que je vais) (craquer|peter un cable|peter les plombs|sombrer|m'effondrer)|jvais (craquer|peter un cable|peter les plombs)|je craque|au bout du rouleau|au bord du gouffre|a bout de forces?|je m'effondre|je sombre)\b(?! (pour|sur|devant|complet)\b)/;
/** A second sign of despair next to a breaking point (not « j'en peux plus de ces horaires » alone). */
export const DESPAIR_SIGN = /\b(plus (aucun |de )?gout a (rien|la vie)|je ne dors plus|je dors plus|plus la force|je suis a bout|desespere\w*|plus aucun espoir|(je ne vois|je vois) (plus|pas) (d'issue|de sortie|le bout)|je pleure (tous les jours|tout le temps|toutes les nuits|sans arret|chaque soir|chaque nuit)|(j'en peux plus|jpp|je n'en peux plus|jen peux plus) de (vivre|cette vie|ma vie)|personne ne veut de moi)\b/;
/**
 * A look-alike of housing words: squats at the gym (« je fais des squats à la salle »), a street's name
 * (« au 12 à la rue du Commerce »), someone else sleeping rough (« mon frère dort dans sa voiture »), or a
 * film, a book or a report about violence or the street (« un film sur une femme battue »).
 */
export const SQUAT_EXERCISE = /\b((fais|faire|fait|faisons|enchaine\w*|series? de|\d+) (des |de |du )?squats?|squats? (a la salle|au sport|en salle|bulgares?|sautes?|sumo|a la barre|avec (des )?halteres|pour (les|mes) (cuisses|fessiers|jambes)))\b/g;
export const STREET_NAMED = /(?<!\b(?:dors|dort|dormons|dormir|vis|vit|vivons|vivre|suis|sommes|retrouve\w*|jete\w*|mise?s?|finir|finis|fini|finie|foutu\w*) )\b(?:a|dans) la rue (?:du|de la|des|de l'|d'|de) (?!(?:jour au lendemain|nouveau|suite|mon|ma|mes|chez|ce|cette|leur|nos|notre|votre|depuis|puis|plus|la nuit|la journee|jours?|nuits?|mois|semaines?|annees?|ans)\b)[\w']+/g;
export const OTHERS_SLEEPING_ROUGH = /\b(?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|un|une) (?:soeur|frere|voisin\w*|ami|amie|amis|amies|pote|potes|cousin\w*|collegue\w*|fils|fille|oncle|tante|neveu|niece|client\w*|beneficiaire\w*|usager\w*|patient\w*|eleve\w*) (?:[\w']+ ){0,2}?(?:dort|dorment|vit|vivent|pionce|creche|passe ses nuits|passent leurs nuits|squatte\w*) (?:dehors|dans (?:sa|leur|la|une|son|un) (?:voiture|caisse|camion|tente|rue|squat)|a la rue|sous (?:un|les|des) ponts?|a droite a gauche|chez des (?:amis|potes|inconnus))/g;
export const TOLD_IN_A_STORY = /\b(?:un|une|le|la|ce|cette|des|les) (?:film|livre|roman|serie|documentaire|docu|reportage|article|emission|piece de theatre|podcast|bd|bande dessinee|chanson) (?:[\w']+ ){0,2}?(?:sur|a propos d'|a propos de|qui parle d'|qui parle de|qui raconte|au sujet d'|au sujet de)(?: (?!(?:et|mais|car|je|j'ai|moi|mon|ma|mes)\b)[\w']+){1,5}/g;
/**
 * A host who can keep the person only until a near day (« une amie qui ne peut nous garder que jusqu'à lundi »),
 * a home lost suddenly (« je me retrouve sans logement »), or living nowhere (« j'habite nulle part »).
 */
export const HOST_KEEPS_UNTIL_SOON = new RegExp(`\\b(peut|peuvent|pourra|pourront|veut|veulent|voudra) (nous |me |m')?(garder|heberger|loger|accueillir) (que |seulement |juste )?jusqu'(a |au |en )?${SOON}\\b`);
/** A host named next to HOST_KEEPS_UNTIL_SOON (not an employer keeping the person until the end of a contract). */
export const HOSTING_CONTEXT = /\b(heberge\w*|chez (un|une|des|mon|ma|mes|sa|son|ses) \w+|chez (elle|lui|eux|elles)|canape|foyer|hotel|115)\b/;
export const KEPT_AT_WORK_CONTEXT = /\b(patron\w*|employeur|boite|entreprise|chef|direction|agence|societe|responsable|manager|boss|contrat|mission|cdd|interim|stage|poste)\b/;
export const HOME_LOST_SUDDENLY = /\b(je me retrouve|nous nous retrouvons|on se retrouve|je me suis retrouvee?|nous nous sommes retrouvee?s|on s'est retrouvee?s) (actuellement |aujourd'hui |desormais |donc |du jour au lendemain )?sans (logement|domicile|appartement|rien pour dormir)\b/;
export const LIVING_NOWHERE = /\bj'(habite|loge|dors|vis) (plus )?nulle? ?part\b/;
/** A shelter ending its stay, said formally (« le centre met fin à ma prise en charge le 15 »): read with a near date or nothing after. */
export const SHELTER_STAY_ENDED = /\b(met|mettra|va mettre|a mis|mettent|vont mettre|ont mis) (un terme|fin) a (ma|mon|notre|leur) (prise en charge|hebergement|place|accueil|sejour|nuitee)\b/;
/**
 * Put out by an employer is a dismissal, not a home lost (« mon patron m'a mis à la porte », « mis dehors de la
 * boîte »); an idiom of annoyance is no blow (« il me tape sur les nerfs »); hunger after a working day is a
 * figure of speech (« je crève de faim après ma journée de chantier »); a character of a story is not the person
 * (« l'héroïne vit dans la rue »).
 */
export const FIRED_PUT_OUT = /\b(?:(?:patron|patronne|employeur|chef|cheffe|direction|boite|entreprise|manager|boss|directeur|directrice|agence d'interim|gerant|gerante|proprio du restaurant) (?:[\w']+ ){0,2}?(?:m'a|m'ont|nous a|nous ont|l'a|les a) (?:mis|mise|fout|foutu|foutue|jete|jetee|vire|viree)e?s? (?:dehors|a la porte)|(?:mis|mise|foutu|foutue|jete|jetee)s? (?:dehors|a la porte) (?:de|du|d') (?:mon |ma |la |le |l'|cette |ce )?(?:boulot|travail|job|taf|boite|entreprise|poste|chantier|magasin|usine|restaurant|resto|agence|societe|cdd|cdi))/g;
export const ANNOYANCE_IDIOM = /\b(?:me|m'|nous) ?(?:tape|tapent|tapait|tapaient|cogne|gonfle|saoule|court) (?:sur|a) (?:les|le) (?:nerfs|systeme|haricot|ciboulot)\b/g;
export const HUNGER_FIGURATIVE = /\b(?:je |j'|on )?(?:creve|crevons|meurs|mourons|crevais|mourais|ai|a) (?:la dalle|de faim)(?= (?:apres|entre|avant|a la fin|en sortant|en rentrant|quand je (?:rentre|sors|finis)|le midi|a midi|ce midi|tous les|chaque|pendant|au boulot|au travail|sur le chantier|mais bon|haha|lol|mdr)\b)/g;
export const FICTION_CHARACTER = /\b(?:l'heroine|le heros|les heros|le personnage|la protagoniste|le protagoniste|l'acteur|l'actrice)(?: [\w']+){1,6}/g;
/** The next home already there (« j'ai déjà un appart là-bas »): read with a home ending months away. */
export const NEXT_HOME_READY = /\b(j'ai|on a|nous avons) (deja|bien|maintenant) (un|une|mon|notre) (autre |nouvel |nouveau |nouvelle )?(appartement|appart|logement|studio|maison|location)\b/;
/** Housed again now (« on est relogés en HLM », « nous avons été relogés »): what came before is the past. */
export const REHOUSED_NOW = /\b(on est|nous sommes|on a ete|nous avons ete|j'ai ete|je suis) (enfin |maintenant |depuis |aujourd'hui |desormais )?(reloge\w*)\b/;
/** A time gone told by an age, a year or months ago (« à 18 ans », « en 2019 »): read as the past only when housed now. */
export const PAST_WHEN_HOUSED_NOW = /\b(a (\d+|seize|dix sept|dix huit|dix neuf|vingt) ans|quand j'avais \d+ ans|en (19|20)\d\d|(l'an|l'annee) (dernier|derniere|passee?)|il y a (un an|une annee|\d+ mois|quelques mois|plusieurs mois|(deux|trois|quatre|cinq|six|huit|dix) mois))\b/;

/** Violence said to be over in other words (« maintenant ça va », « j'ai refait ma vie », « c fini »). */
export const VIOLENCE_OVER_TOLD = /\b((maintenant|aujourd'hui|desormais) (ca va|tout va bien|je vais (bien|mieux)|je suis bien|ca va mieux|je suis tranquille)(?! (plus|pas|du tout|mal))|(ca va|tout va bien|je vais bien|je vais mieux|ca va mieux) (maintenant|aujourd'hui|desormais)|j'ai refait ma vie|je me suis reconstruite?|c (fini|termine)|(je suis|suis|on est|nous sommes|je vis|on vit|nous vivons|je me sens|on se sent) (maintenant |aujourd'hui |enfin |desormais )?(en securite|a l'abri|protegee?s?|en lieu sur)(?! (nulle part|pour (ce soir|cette nuit)))|(il|elle) (ne sait pas|sait pas|ignore) ou (j'habite|je vis|nous vivons))\b/;
/**
 * A protection order against the violent person (« il a une interdiction de m'approcher », « une ordonnance de
 * protection »): violence told (the CIDFF partner), not an emergency by itself.
 */
export const PROTECTION_ORDER = /\b(interdiction (de m'approcher|de me contacter|d'entrer en contact avec moi|de s'approcher de moi|de paraitre (a mon domicile|chez moi|pres de chez moi|a proximite de (chez moi|mon domicile))|d'approcher (de )?(mon domicile|chez moi|de moi))|ordonnance de protection|mesure d'eloignement|eloignement (judiciaire|du conjoint violent)|bracelet anti ?rapprochement)\b/;
/** The protection order broken (« il ne la respecte pas », « malgré l'interdiction », « il est encore venu hier »): an emergency again. */
export const PROTECTION_ORDER_BROKEN = /\b((ne la |ne le |la |le )?(respecte|respectait) (pas|plus|jamais)|malgre (l'|son |une |cette |l'ordonnance|l'interdiction)|(il|elle) (est|etait) (encore |quand meme |de nouveau |deja |pourtant )?(venu|revenu|passe|repasse)e?|(il|elle) (revient|rode|m'attend|me suit|m'a suivie?|m'appelle|me harcele|me menace|m'ecrit|me contacte|m'envoie)( encore| toujours| quand meme| de nouveau| sans arret)?)\b/;
/** Harassment or violence by a man or an ex told in the imperfect (« un homme qui me harcelait », « mon ex qui me suivait partout »). */
export const HARASSER_TOLD_AS_GONE = /\b((un|mon|cet|d'un|l') (homme|ex|ex mari|ex conjoint|ex compagnon|compagnon|conjoint|mari|copain) (violent )?(qui )?(me|m') ?(harcelait|harcelaient|suivait partout|traquait|menacait|battait|frappait|terrorisait))\b/;
/** Separated, divorced or gone for a year or more (« divorcée d'un mari violent depuis cinq ans », « séparés depuis deux ans »). */
export const SEPARATED_FOR_LONG = /\b(divorcee?s?|separee?s?|partie?|quitte\w*|fui) ([\w']+ ){0,5}?depuis (\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt|plusieurs|quelques|des|de longues) (an|ans|annee|annees)\b/;
/** Long ago without a count (« il y a longtemps »): the past for violence even without an ending told. */
/**
 * A year gone named (« en 2019 j'ai fui un conjoint violent »): before the current year, read as the past only when
 * the violence is told as over (« aujourd'hui ça va »).
 */
export const YEAR_GONE_NAMED = new RegExp(
  `\\b(en|depuis|courant|fin|debut|jusqu'en|des|annee|l'annee|ete|hiver|printemps|automne|l'ete|l'hiver|au printemps|a l'automne) (${Array.from({ length: new Date().getUTCFullYear() - 1950 }, (_, i) => 1950 + i).join('|')})\\b`,
);
export const LONG_AGO = /\b(il y a (bien |tres )?longtemps|il y a des annees)\b/;
/** Violence told as a habit gone (« il me battait », « un mari violent »): removed when the violence is long over. */
export const VIOLENCE_TOLD_AS_GONE = /\b((me|m'|nous) ?(battait|battaient|frappait|frappaient|tapait|cognait|menacait|insultait|humiliait|violait|etranglait|tabassait|terrorisait|controlait|enfermait|poussait)|(etait|a ete|avait ete|etaient) (tres )?violente?s?( avec moi)?|(mari|conjoint|compagnon|ex|homme|pere|copain|femme|compagne|ex mari|ex conjoint) (tres )?violente?|(quelqu'un|un homme) de violent|(subi|victime) (de |des )?violences?( \w+){0,2})\b/g;
/** Just now (« hier », « ce matin », « depuis deux jours »): violence then is never long over. */
export const VIOLENCE_JUST_NOW = /\b(hier|avant hier|ce matin|cette nuit|ce soir|tout a l'heure|cette semaine|ce week end|depuis (hier|ce matin|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|quelques jours|\d+ jours|deux jours|trois jours)|il y a (\d+|deux|trois|quatre|cinq|quelques) (jours|heures))\b/;
/** A year ago, or some time since leaving (« il y a un an », « ça fait un an que je suis partie »): the past with VIOLENCE_OVER_TOLD. */
export const YEAR_AGO_OR_LEFT_SINCE = /\b(il y a (un|1) an( et demi)?|(je suis partie?|je l'ai quitte\w*|je les ai quittes|on s'est separe\w*|nous nous sommes separe\w*|je me suis separee?|j'ai divorce|on a divorce) (ca fait|il y a|depuis) ([\w']+ ){0,2}(an|ans|annees|mois)|depuis (un|\d+|deux|trois|quatre|cinq|plusieurs|quelques) (an|ans|annees) (de|d') ?(mon|ma|cet|cette|ce|l')|ca fait ([\w']+ ){1,3}(que|qu') (je suis partie?|je l'ai quitte\w*|j'ai quitte|on est separe\w*|nous sommes separe\w*|je suis separee?|on a divorce|j'ai divorce))\b/;

// ---------------------------------------------------------------------------------------------
// Career needs and schemes told in everyday words.

/** Changing course said without « reconversion »: « je veux changer », « rebondir », « passer dans le conseil ». */
export const CAREER_CHANGE_TOLD = /\b(je (veux|voudrais|aimerais|souhaite|souhaiterais|dois|vais|pense|compte) (vraiment |absolument |bien |peut etre |tellement )?changer\b(?! (d'|de |mon |ma |mes |le |la |les |l'|des |un |une |ca|cela|quelque|tout|rien|en))|changer (d'|de )(entreprise|employeur|boite|poste|job|orientation|branche|filiere|cap|horizon|univers|vie professionnelle)|changer (completement|totalement|radicalement|carrement|vraiment|entierement) (de |d')(voie|metier|travail|boulot|domaine|secteur|carriere|vie)|(je n'y trouve|je ne trouve|j'y trouve|je n'y vois|je ne vois) (plus|pas) (aucun |de |du |le moindre )?sens|perte de sens|(passer|basculer|bifurquer|glisser) (dans|vers) (le |la |l'|les |un |une )(?!(classe|annee|niveau|salle|bureau|cuisine|voiture|rue|journal|presse|tele|television|radio|semaine|mois|matinee|apres midi|soiree|nuit|queue|file|fin|debut|coin|quartier|region|ville|village|agence|heure|journee)\b)\w+|rebondir|repartir de zero|nouveau depart|nouvelle (voie|carriere|orientation)|(seconde|deuxieme) carriere|faire autre chose|tourner la page|projet (professionnel|pro) (\w+ ){0,3}dans (le|un|une|l') ?(secteur|autre|nouveau|nouvelle|prive|domaine)|(quitter|sortir de) la fonction publique|(rejoindre|aller dans|partir dans|passer dans|partir vers|aller vers) le (secteur )?prive)\b/;

/**
 * A transition project (PTP) described: training while keeping one's salary, « une formation longue
 * rémunérée », « un congé pour me former ».
 */
export const TRANSITION_PROJECT_TOLD = /\b((me former|se former|formation|etudier|reprendre (mes |des )?etudes)( [\w']+){0,5} (en gardant|en conservant|tout en gardant|tout en conservant|sans perdre|en etant paye\w*|en restant paye\w*|en continuant a etre paye\w*) (mon |son |ma |sa |le |un )?(salaire|remuneration|paie|paye|revenu)|(garder|conserver|maintenir|toucher|perdre) (mon|son|ma|sa) (salaire|remuneration|paie|paye) (\w+ ){0,3}(pendant|durant|le temps d'|le temps de) (ma|une|la|sa|cette) (formation|reconversion)|formation (longue )?(remuneree|payee par (l'etat|un organisme)|avec maintien de salaire)|maintien (de|du) salaire (pendant|durant) (ma|la|une) formation|conge (de|pour) (me )?forma\w*|(formation|me former|reconversion|reprendre (mes|des) etudes) (\w+ ){0,5}sans (salaire|revenu|revenus|etre paye\w*|paie|paye) (\w+ ){0,2}(c'est |ce n'est |ce serait |c'est vraiment |est |n'est |ne serait )?(pas possible|impossible|inenvisageable|pas envisageable|je ne peux pas|je peux pas)|(ou|dans lequel|grace auquel|qui permet de|pour|avec lequel) (on|je|tu|vous) (garde|gardes|conserve|continue a toucher|touche|maintient) (le|son|mon|un|votre|sa|ta) (salaire|remuneration|paie|paye)|(formation|cursus|me former|reconver\w*|reprendre (mes|des) etudes)( [\w']+){0,20}? ((en|tout en) (gardant|conservant|maintenant|touchant|percevant|continuant a (percevoir|toucher)) (mon|ma|un|le|son|sa|la|une partie de mon|une partie de ma) (salaire|remuneration|paie|paye|revenu)|(sans (perte|baisse) de|avec (le )?maintien (de|du)) (mon |ma |la |le )?(salaire|remuneration|paie|paye)|continuer a (etre paye\w*|etre remunere\w*|toucher (mon|un|le) salaire|percevoir (mon|un|le) salaire)|rester (paye|remunere)\w*|(garder|conserver|maintenir) (mon|ma) (salaire|remuneration|paie|paye)|(sans|pas me permettre de|peux pas|pourrai pas|pourrais pas) (me permettre de )?perdre (mon|ma) (salaire|remuneration|paie|paye))|(continuer a (etre paye\w*|etre remunere\w*|toucher mon salaire)|(garder|conserver|maintenir) (mon|ma) (salaire|remuneration)|(sans|pas me permettre de|peux pas|pourrai pas|pourrais pas) (me permettre de )?perdre (mon|ma) (salaire|remuneration))( [\w']+){0,8}? (pendant|durant|le temps d'|le temps de) (ma|une|la|cette) (formation|reconversion|etudes))\b/;

/** Going back to work said plainly: « je voudrais reprendre », « me remettre à travailler », « retourner bosser ». */
/**
 * A job search said in other words than « je cherche un emploi »: a wish to find a (part-time) job
 * (« je voudrais trouver un mi-temps dans le ménage »), often told beside an out-of-scope question.
 */
export const JOB_SEARCH_REWORDED = /\b(je|j') ?(veux|voudrais|voudrai|aimerais|aimerai|souhaite|souhaiterais|cherche a|essaie de|essaye de|espere|compte) (bien |vraiment |juste |vite |rapidement |au plus vite |absolument )?(re)?trouver (un|une|du) (petit |nouveau |nouvel |autre )?(mi temps|temps partiel|temps plein|cdi|cdd|boulot|job|poste|emploi|travail|contrat|taf|extra|place|mission|interim)\b/;

/** Being on the lookout for a job (« je suis désormais à la recherche d'un emploi de cariste »): a job search under way. */
export const JOB_SEARCH_UNDER_WAY = /\b(je suis|suis|me voila|me voici|je me retrouve|je me mets|je me suis mis|je me suis mise) (donc |desormais |maintenant |actuellement |a present |en ce moment |toujours |de nouveau |activement )*(a la recherche|en recherche|en quete) (d'|de )(un |une )?(nouvel |nouveau |autre |petit )?(emploi|travail|job|poste|boulot|cdi|cdd|contrat|mi temps|temps partiel)\b/;

/**
 * Something made or done on the side that people already buy (« les gens me les achètent », « je vends mes bijoux
 * sur les marchés », « on me passe des commandes »): with a wish to live from it, a business project.
 */
export const SIDE_ACTIVITY_SELLS = /\b((les gens|des gens|des clients|des particuliers|les voisins|mes proches|des amis|des copains|on) (me )?(les |l'|en |le |la )?(achetent|achete|commandent|commande|demandent|reclament|paient|payent)|(je|j') ?(les |en |le |la )?(vends|revends|ai vendu|ai deja vendu) (mes|des|quelques|pas mal|plusieurs|beaucoup|sur|au|aux|en|a)|(ca|cela|mes creations|mes meubles|mes bijoux|mes gateaux|mes tableaux) (se vend\w*|plai\w* beaucoup|marche bien)|(on|les gens|des clients|des particuliers) me (passe|passent|font|fait) (des|de plus en plus de|pas mal de) commandes|j'ai (deja )?(des|quelques|pas mal de|plein de) (clients|commandes))\b/;
/** Wishing to live from that activity (« en faire mon métier », « en vivre », « en faire mon activité principale »). */
export const LIVING_FROM_IT_WISHED = /\b(en faire (mon|un vrai|un|son|notre) (metier|activite principale|gagne pain|travail|boulot|activite)|en vivre|vivre de (ca|cela|ma passion|mes creations|mon art|cette activite)|passer a plein temps|en faire (mon|ma) (job|source de revenus?))\b/;

export const RETURN_TO_WORK_TOLD = /\b(je (veux|voudrais|aimerais|souhaite|souhaiterais|compte|dois|vais|pense|peux|voudrai) (vraiment |enfin |bientot |absolument )?(reprendre\b(?! (mes|des|une|un|la|le|les|l'|ma|mon|ce|cette|contact|rendez|confiance|espoir|souffle|forme))|revenir (au|dans le) (travail|monde du travail)|retourner (au travail|travailler|bosser)|me remettre a (travailler|bosser|l'emploi))|reprendre (a temps partiel|a mi temps|a temps plein|une activite professionnelle|le chemin (du travail|de l'emploi))|reprendre (un|une) (emploi|travail|poste|job|activite)|(faut|faudra|faudrait|falloir|dois|devrai|devrais) (bien |vite |absolument |rapidement )?(que je |que j' ?)?(re)?trouve\w* (rapidement |vite |au plus vite )?(du|un|une|mon|le) (travail|emploi|boulot|job|poste|place))/;

/**
 * Handing over one's own business (« transmettre ma boîte », « céder mon entreprise », « trouver un
 * repreneur »): the creation and takeover partner also supports transfers.
 */
export const BUSINESS_HANDOVER_TOLD = new RegExp(
  `\\b((transmettre|transmission (de|d')|ceder|cession (de|d')|vendre|vente (de|d')|passer la main (de|d'|sur)|revendre) ?(mon|ma|notre) (propre |petite? )?${TAKEOVER_NOUN}|(trouver|chercher|cherche|recherche\\w*) (un|une|des|mon|ma|mes) (repreneu\\w*|successeu\\w*)|(transmission|cession) d'entreprise)\\b`,
);

/**
 * Transitions collectives described: jobs cut or at risk (JOBS_AT_RISK) and a move towards the jobs that
 * recruit nearby (JOBS_THAT_RECRUIT), often « avec le salaire maintenu ».
 */
export const JOBS_AT_RISK = /\b(suppressions? (de |d')(postes?|emplois?)|(postes?|emplois?|metiers?) (sont |est |vont etre |va etre |risquent d'etre |risque d'etre )?(menace|supprime|fragilise)\w*|plan social|plan de sauvegarde|pse|restructuration|licenciements? (economiques?|collectifs?))\b/;
export const JOBS_THAT_RECRUIT = /\b((metiers?|secteurs?|emplois?|postes?) (qui (recrutent|embauchent|recrute|embauche|cherchent du monde|manquent de bras)|porteurs?|en tension|d'avenir|ou (on|ils) (recrute|recrutent|embauche|embauchent))|(metiers?|secteurs?) (qui|ou il y a) (ont besoin de monde|du travail|de l'emploi))\b/;

/**
 * Pay that must go on during a long training for another trade, said without the scheme's name (the PTP):
 * « en continuant à être payée », « je ne peux pas me permettre de ne plus avoir de salaire », « sans salaire
 * pendant dix mois, impossible ». Read only with a training named (TRAINING_NAMED): see schemesTold.
 */
export const PAY_NEEDED_DURING_TRAINING = /\b((en|tout en) (continuant a|restant|etant) (encore |toujours )?(etre )?(paye|payee|payes|remunere|remuneree|salarie|salariee)\b|(en|tout en) continuant a (toucher|percevoir) (mon|ma|mes|un|le|la) (salaire|paie|paye|remuneration|revenus?)|(pas|plus|jamais) (me |nous )?permettre (de |d')(ne (plus|pas) (avoir|toucher|percevoir) (de |d'|mon |ma |mes )?|rester sans |vivre sans |me passer (de |d')|perdre (mon |ma |mes )?|arreter de toucher (mon |ma |mes )?)(salaire|paie|paye|revenus?|remuneration)|(je ne peux pas|je peux pas|impossible de|pas possible de|je ne pourrai pas|je pourrai pas) (rester|vivre|etre|me retrouver|tenir) (\w+ ){0,2}sans (salaire|paie|paye|revenus?|remuneration)|sans (salaire|paie|paye|revenus?|remuneration) (pendant|durant) (\w+ ){0,2}(mois|an|ans|annee|formation|ce temps|tout ce temps)|((je ne peux pas|je peux pas|je ne pourrai pas|je pourrai pas) |(pas les moyens|impossible|pas possible) (de |d'))(me permettre d')?(arreter de (travailler|bosser)|quitter mon (travail|emploi|poste|cdi|boulot)|perdre mon (travail|emploi|poste|cdi))|(etre|rester|continuer a etre) (paye|payee|payes|remunere|remuneree|remuneres) (pendant|durant) (ma |la |une |cette |toute la |toute ma )?(formation|reconversion))/;
/** A long absence from work for a training (« partir un an en formation », « m'absenter dix mois pour me former »): a PTP. */
export const LONG_LEAVE_FOR_TRAINING = /\b(partir|m'absenter|etre absente?|me liberer|arreter de travailler|suspendre mon contrat|quitter mon poste) (\w+ ){0,2}(un an|une annee|deux ans|(\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|dix huit|plusieurs) mois) (\w+ ){0,2}(en formation|pour (suivre |faire )?(une|ma|la|cette) formation|pour me former|me former)\b/;
/** The PTP under other names people use (« CPF de transition », « congé de transition professionnelle »). */
export const PTP_OTHER_NAMES = /\b(cpf (de )?transition( professionnelle| pro)?|conge (de )?transition( professionnelle| pro)?)\b/;
/** A training named (with PAY_NEEDED_DURING_TRAINING: a transition project told). */
export const TRAINING_NAMED = /\b(formation|me former|se former|cursus|reconver\w*|reprendre (mes |des )?etudes|apprendre (un|le) metier|changer de metier|nouveau metier|autre metier|devenir|passer (a |au |en )?\w+|titre pro\w*|bts|cap|diplome|concours)\b/;

/**
 * Pay or income that must go on, said in other words than PAY_NEEDED_DURING_TRAINING: « garder mon salaire »,
 * « jpeux pas lâcher mon salaire », « faut que ma paie continue », « qui me paie pendant ce temps »,
 * « sans salaire c'est mort », « maintenir un revenu », « sans perdre mon salaire », « renoncer à ma rémunération ».
 * Read only with TRAINING_NAMED.
 */
export const PAY_MUST_GO_ON = /\b((sans|ne pas|ne plus|pas|plus) (perdre|lacher|renoncer a|sacrifier|abandonner) (mon |ma |mes |le |la |de |d')?(salaire|paie|paye|revenus?|remuneration)|renoncer (a|au|aux) (mon |ma |mes |la |le )?(salaire|paie|paye|revenus?|remuneration)|(garder|garde|gardant|conserver|conserve|conservant|maintenir|continu\w* a (toucher|percevoir|avoir)|toucher|percevoir|avoir) (toujours |encore )?(mon|ma|un|son|le|la|une partie de (mon|ma)|des) (salaire|paie|paye|revenus?|remuneration|sous)|(pas|plus|jamais) (perdre|lacher|me passer de|vivre sans|arreter) (mon |ma |de |d')?(salaire|paie|paye|revenus?|remuneration)|(continu\w*|arreter) (a |d')etre (paye|payee|payes|remunere|remuneree)|(ma|mon) (paie|paye|salaire|revenu) (continue|continuer|tombe toujours|soit maintenu|est maintenu)|pendant que (j'ai|je touche|je percois) (encore |toujours )?(un|mon) (salaire|revenu|paie)|(qui|quoi) (me )?(paie|paye|payera|payerait|payer|peut payer|versera|verse|finance) (mon salaire|ma paie|mon loyer|les factures|(\w+ ){1,4}et mon salaire)?( \w+){0,2} (pendant|durant|pdt)|(comment|cmt|de quoi) (je vis|vivre|je vais vivre|je paye|je paie|payer) (\w+ ){0,3}(pendant|durant|pdt)|sans (mon |ma )?(salaire|paie|paye|revenus?|rien)( \w+){0,3} ((c'est|c|ca serait|ce serait) (mort|impossible|pas possible|chaud|complique)|(on|je) (n'y|y) (arrive|arriverait|arrivera) (pas|plus))|(payes?|payees?|remuneree?s?|toujours payes?) (pendant|durant|pdt|tout le temps)|(pendant|pdt|durant) (\w+ ){0,2}(an|ans|annee|mois) (payes?|payees?|remuneree?s?)|(etre|se faire) (paye|payee|remunere|remuneree)s? pour (se|me|nous) (reconvertir|former)|(formation|reconversion)s? (\w+ ){0,3}(payee|remuneree|payees|remunerees)\b(?! (par|avec|via|grace au|sur) (moi|mes|mon|le|la|ma)\b)|conge (de|pour) (une |la |ma )?(formation|me former|se former))/;

/** Training without resigning (« me former sans démissionner », « je ne peux pas me permettre de démissionner »): a PTP with TRAINING_NAMED. */
export const TRAINING_WITHOUT_RESIGNING = /\b((sans|ne pas|pas) (demissionner|quitter mon (poste|cdi|emploi|travail|boulot)|perdre mon (poste|cdi|emploi|travail))|(je ne peux pas|je peux pas|pas possible de|impossible de|pas les moyens de) (me permettre de )?(demissionner|quitter mon (poste|cdi|emploi|travail|boulot))|(garder|conserver) mon (poste|cdi|emploi|contrat) (et|pendant|durant|en))\b/;

/** A démission-reconversion in other words: resigning for a training, a project validated before resigning. */
export const RESIGNING_FOR_TRAINING = /\b((demissionn\w*|demission|ma dem|poser ma demission|quitter mon (cdi|poste|emploi)) (\w+ ){0,4}(pour|afin de) (faire|suivre|commencer|entamer|passer|preparer) (une |un |ma |mon |le |la )?(formation|cap|bts|titre|diplome|concours|reconversion)|(avant de|avant la|avant ma) demission\w*|(demissionn\w*|demission) (\w+ ){0,4}(avec )?(un |mon )?projet (valide|serieux|reel et serieux|accepte)|projet (valide|reconnu|accepte) avant (de demissionner|la demission|ma demission))\b/;


/**
 * An employer offering its staff a paid retraining (Transitions collectives told in other words): « la direction
 * propose aux volontaires une reconversion … avec le salaire maintenu ». Read with PAY_KEPT, JOBS_THAT_RECRUIT or
 * JOBS_AT_RISK / SITE_CLOSING: see schemesTold.
 */
export const EMPLOYER_RETRAINING_OFFER = /\b((direction|employeur|entreprise|boite|societe|usine|groupe|patron|drh|rh|ressources humaines)( [\w']+){0,5}? (nous |leur |me |m')?(propose|proposent|offre|offrent|finance|financent|lance|lancent|met en place|mettent en place|organise|organisent|annonce|annoncent|signe|signent)( [\w']+){0,7}? (reconversions?|formations? (payees? |remunerees? |financees? )?(qualifiantes?|longues?|certifiantes?|diplomantes?|vers)|transitions?|(de )?(nous|les|me|vous|se) (former|reconverti\w*|reorienter)|d'apprendre un (autre|nouveau) metier|(partir|aller) (en|se) form\w*|plan (de|pour) (reconversion|former)|(accord|plan|dispositif) (\w+ ){0,2}reconversions?)|(reconversions?|formations?|transitions?|dispositifs? (de|d') ?(reconversion|formation|transition)) ([\w']+ ){0,3}(proposee?s?|offerte?s?|financee?s?|mise?s? en place) par (mon |notre |l'|la |le |leur )?(employeur|entreprise|direction|boite|societe|groupe|usine|drh))\b/;
/** The employer going on paying while people train (« l'entreprise continue à nous payer pendant qu'on se forme »). */
export const EMPLOYER_PAYS_DURING_TRAINING = /\b(entreprise|employeur|boite|societe|usine|patron|groupe|direction) (continue\w*|continuera\w*|continuerai\w*|va continuer|garde\w*|maintien\w*) (a |de )?(nous |me |les |vous |leur )?(payer|remunerer|verser (notre|nos|mon|le|leur) salaire|le salaire|nos salaires|mon salaire|notre salaire) (pendant|durant|le temps) (qu'on|que l'on|que nous|que je|qu'ils|qu'elles|que les salaries|de la formation|la formation|notre formation|ma formation|de (nous|me|se) (former|reconvertir))/;
/** Said of the whole staff (« nous », « on », « les salariés »): a collective move rather than one person's project. */
export const COLLECTIVE_SPEAKER = /\b(nous|on|les salaries|les volontaires|les employes|les ouvriers|ceux qui)\b/;
/** Pay kept during a retraining offered by the employer (« salaire maintenu », « maintien de salaire »), or offered to volunteers. */
export const PAY_KEPT = /\b((aux |des |les |pour les )volontaires|(a|pour) ceux qui (le )?(veulent|souhaitent|veut)|(toujours |tous )?payes|(formation|salaire)s? (et (le )?salaire )?payes?|(salaire|remuneration|paie|paye)s? (maintenu|garanti|conserve)e?s?|maintien (de|du|des) (salaire|remuneration)s?|(en )?(gardant|conservant) (notre|nos|leur|son|mon|le) (salaire|remuneration|paie)|(tout en etant|en etant|en restant) (payes?|remuneres?))\b/;
/** A site, a line or a department that closes, or jobs cut (« supprime des postes »): jobs at risk. */
export const SITE_CLOSING = /\b(supprim\w* (des|de|nos|\d+|plusieurs|quelques|une partie des|beaucoup de|deux|trois|cinq|dix|vingt|cent) (postes|emplois)|(ferme|ferment|fermer|va fermer|vont fermer|fermeture (de|d'|du|des))( (une|un|la|le|l'|notre|son|sa|des|nos|deux|plusieurs))? ?(lignes?|sites?|ateliers?|usines?|services?|agences?|entrepots?|chaines?|unites?|etablissements?|departements?))\b/;

/**
 * One's own business closing now or soon (a self-employed person, an artisan, a shopkeeper): « je ferme à la fin
 * du mois », « liquidation judiciaire », « je dépose le bilan », « cessation d'activité ». Read for the
 * self-employed only (an employee's closing shop is their employer's).
 */
export const OWN_BUSINESS_CLOSING = /\b((?:j'ai|on a|nous avons) (?:pris la decision|decide) (?:de |d')(?:tout )?(?:fermer|arreter|cesser|stopper)(?! de\b| d')|(?:je pense|j'envisage d'|je songe a|je reflechis a|je compte|je voudrais|je veux|j'aimerais|je vais) (?:arreter|fermer|cesser|stopper|tout arreter|tout fermer|tout lacher|tout plaquer|laisser tomber|radier|cloturer)(?: (?:mon|ma|l'|le|la)(?: ?[\w']+)?)? (?:et|pour|afin de) (?:chercher|cherche|rechercher|recherche|trouver|retrouver|redevenir|repasser|reprendre|devenir|etre|bosser|travailler)|(je|on) (ferme|vais fermer|dois fermer|vais devoir fermer|va fermer|doit fermer|va devoir fermer|ferme definitivement)|nous (fermons|allons fermer|devons fermer)|(je suis|on est|nous sommes) (oblige\w* |contraint\w* )?de fermer|(?<!\b(sans|pas|avant de|eviter de|ne pas|jamais) )fermer (boutique|definitivement|mon \w+|ma \w+)|(je suis|on est|nous sommes|mon entreprise est|ma societe est|ma boite est|mon commerce est|ma boutique est|mise? en) (en )?(liquidation|redressement judiciaire|cessation d'activite)|liquidation (judiciaire|amiable)|cessation (d'activite|de paiements?)|(cesser|arreter|stopper) (mon|l') ?activite|(je|on) (cesse|arrete|stoppe) (mon|l'|notre) ?activite|deposer le bilan|je depose le bilan|depot de bilan|mettre la cle sous la porte|(radier|fermer|arreter|stopper|cesser) (mon|ma) (auto entreprise|micro entreprise|siret|commerce|boutique|entreprise|societe|restaurant|salon|atelier|cabinet|exploitation)|(?:vendre|ceder|je vends|je cede|on vend|on cede|nous vendons|mettre en vente) (?:le troupeau|les vaches|les betes|la ferme|l'exploitation|mon exploitation|notre exploitation|(?:mon |le )?fonds de commerce|mon commerce|mon affaire|ma boutique|mon salon|mon cabinet|ma clientele|mon restaurant|mon bar|mon entreprise|ma societe|ma boite)|(?:j'ai decide d'|on a decide d'|nous avons decide d'|je vais|on va|nous allons|je compte|j'ai prevu d') (?:arreter|cesser|stopper)(?: (?:l'elevage|l'exploitation|la ferme|mon metier|le metier|mon activite|l'activite|tout))? (?:l'an prochain|l'annee prochaine|a la fin de l'annee|en fin d'annee|fin (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|d'annee)|dans (?:[\w']+ ){1,2}?(?:mois|ans?)|d'ici (?:[\w']+ ){1,2}?(?:mois|ans?)))\b/;
/** Not eating for days (« je ne mange plus depuis deux jours », « on mange rien depuis hier »); a diet (« plus de viande ») is not it. */
export const NOT_EATING_SINCE = /\b(je ne mange|je mange|on ne mange|on mange|nous ne mangeons|mes enfants ne mangent|mes enfants mangent) (plus|pas|rien|presque rien|quasiment rien|plus rien) depuis (hier|avant hier|ce matin|\d+|deux|trois|quatre|cinq|plusieurs|quelques|une) ?(jours?|semaines?|repas)?\b/;
/** One's own business being closed right now (« je suis en train de fermer », « on est en train de tout liquider »). */
export const OWN_BUSINESS_CLOSING_IN_PROGRESS = /\b(je suis|on est|nous sommes) (en train|sur le point) de (tout )?(fermer|liquider|cesser|mettre la cle sous la porte|deposer le bilan|radier|tout arreter|arreter (mon|l'|notre) ?activite)\b/;
/**
 * A shop or business told in the imperfect while it closes (« j'avais une petite épicerie, je suis en train de
 * fermer »): the person is still self-employed; read only with a closing told.
 */
export const OWN_BUSINESS_HELD_UNTIL_NOW = /\b(j'avais|je tenais|on avait|on tenait|nous avions|nous tenions) (un|une|mon|ma|ma propre|mon propre|notre) (petit |petite )?(boulangerie|boucherie|patisserie|restaurant|resto|salon de coiffure|salon|bar|cafe|bar tabac|tabac|hotel|epicerie|superette|commerce|boutique|exploitation|entreprise|societe|cabinet|agence|magasin|institut|librairie|fleuriste|pizzeria|creperie|camping|gite|garage|snack|food truck|pressing|atelier|auto entreprise|micro entreprise)\b/;
/** One's own business failing (« ça ne marche plus », « plus assez de clients »): a closure with a job wished for. */
export const OWN_BUSINESS_FAILING = /\b((mon|ma) (commerce|entreprise|activite|affaire|business|boite|societe|boutique|micro entreprise|auto entreprise|restaurant|salon|atelier) ((ne )?(marche|tourne|fonctionne|rapporte) (pas|rien)|coule|est en train de couler|va couler|bat de l'aile|est en faillite|va faire faillite)|(ca|mon (commerce|entreprise|activite|affaire|business|restaurant|salon|atelier)|ma (boutique|boite|societe|micro entreprise|auto entreprise|activite)) (ne )?(marche|tourne|fonctionne|rapporte) (plus|pas)|(pas|plus) assez de (clients|chiffre|commandes|travail|contrats)|(je|on) (ne )?(m'en sors|s'en sort|gagne|degage|me verse) (plus|rien|pas assez|trop peu|presque rien|quasiment rien|pas grand chose|des miettes)|(je|on) (ne )?(me paie|me paye|se paie|se paye|me verse) (pas|plus|rien|presque rien|quasiment rien|pas de salaire))\b/;
/** One's business in the hands of the court (« le liquidateur passe lundi », « le tribunal a prononcé la liquidation »): closing. */
export const BUSINESS_LIQUIDATED = /\b((le |un |l')?(liquidateur|mandataire judiciaire|administrateur judiciaire|commissaire priseur) ([\w']+ ){0,2}?(passe|vient|viendra|passera|arrive|arrivera|est passe|doit (passer|venir)|va (passer|venir)|a ete nomme)|(prononce|prononcee|ouvert|ouverte) (la|ma|une) liquidation|liquidation ([\w']+ ){0,2}?(prononcee|ouverte)|(la|ma) liquidation (est|a ete|sera|tombe))\b/;
/** A job looked for (« chercher un CDI », « retrouver du travail »): with OWN_BUSINESS_FAILING, a closure. */
export const JOB_LOOKED_FOR = /\b(chercher|trouver|retrouver|cherche|recherche|rechercher) (un |une |du )?(cdi|cdd|emploi|travail|boulot|job|poste|taf|contrat)\b/;
/** A salaried job wished for (« retrouver un emploi salarié », « redevenir salarié »): a wish, not a status. */
export const SALARIED_JOB_WISHED = /\b((retrouver|trouver|chercher|cherche|rechercher|recherche|reprendre|revenir a|retourner a|repartir sur) (un |une |du )?((emploi|poste|travail|job|boulot|contrat|cdi) salarie\w*|cdi|cdd)\b|(redevenir|repasser|revenir|retourner|repartir) (au statut de |au |en |un |une )?salari(e|at)\w*)/g;

/**
 * Studies or school about to be dropped (« je pense lâcher la fac pour bosser », « arrêter mes études »): a young
 * person soon out of school, whom the Mission locale serves next to the CIO.
 */
export const LEAVING_STUDIES = /\b((lacher|arreter|quitter|abandonner|laisser tomber|stopper|plaquer|interrompre|larguer|sortir de) (la fac|l'universite|l'univ|la faculte|l'iut|la licence|ma licence|ma l\d|mes etudes|les etudes|mes cours|les cours|mon bts|le bts|mon but|mon dut|mon master|le master|mon cursus|ma formation|mon ecole|l'ecole|le lycee|ma prepa|la prepa|mon cap|le cap|mon bac pro|le bac pro|ma terminale)|decrocher (de la fac|des cours|de mes etudes|du lycee)|(ne plus|plus) aller (en cours|a la fac|au lycee|a l'ecole|a l'iut)|je (ne )?vais plus (en cours|a la fac|au lycee|a l'ecole|a l'iut)|(arret|abandon) (de |des )?(mes )?etudes)\b/;

/** Stopping (one's studies, said or not) to work now (« je voudrais arrêter et commencer à travailler »): read for a student or a pupil only. */
export const STOPPING_TO_WORK = /\b(arreter|arrete|lacher|quitter|abandonner|stopper|plaquer|laisser tomber|tout arreter|tout lacher|tout plaquer) (\w+ ){0,3}?(et|pour|afin de) (\w+ ){0,2}?(commencer a |aller |me mettre a |partir |entrer dans la vie active|rentrer dans la vie active)?(travailler|bosser|taffer|trouver (un|du) (travail|boulot|emploi|job|taf)|chercher (un|du) (travail|boulot|emploi|job|taf)|gagner ma vie|gagner de l'argent|la vie active|le monde du travail)\b/;
/**
 * A job offered now to someone still studying (« un garage m'a proposé de me prendre tout de suite », « une boîte
 * veut m'embaucher dès maintenant », « on me propose un CDI »): with a doubt told, stopping studies is weighed.
 */
export const JOB_OFFERED_NOW = /\b((m'a|m'ont|me|m'a deja|m'ont deja) (propose|proposent|offert|offre|offrent|fait une proposition) (de me prendre|de m'embaucher|de m'engager|de me garder|un cdi|un cdd|un poste|un contrat|un job|un boulot|un emploi|du travail|de bosser|de travailler|de venir travailler|une place)|(veut|veulent|voudrait|voudraient|est pret a|sont prets a|serait pret a) m'(embaucher|engager|prendre|recruter)|on me propose (un|du) (travail|poste|cdi|cdd|job|boulot|contrat|emploi))\b/;
/** A doubt or an advice asked about a choice (« je voudrais un avis neutre », « j'hésite », « mes parents disent que je fais une erreur »). */
export const CHOICE_DOUBTED = /\b(un avis|ton avis|votre avis|des avis|j'hesite|hesite\w*|je sais pas (quoi faire|si|trop)|je ne sais pas (quoi faire|si|trop)|je sais plus|une erreur|une betise|foncer|sauter le pas|tenter le coup|quoi faire|un conseil|des conseils|dilemme|partage\w* entre|tiraille\w*|a reculons|je m'ennuie)\b/;
/** Studies about to end anyway (« en fin de master », « une fois diplômé »): a job offered then does not drop them. */
export const STUDIES_ENDING_ANYWAY = /\b(fin de (mon |mes )?(master|licence|etudes|cursus|stage de fin)|une fois (mon diplome|diplome\w*)|apres (mon|le) (diplome|bts|master|examen)|(mon|le) diplome en poche|je (serai|suis) diplome\w*|en alternance)\b/;
/** Leaving school for another course (« arrêter le lycée pour faire un apprentissage »): a change of path, not a drop-out. */
/**
 * Studies dropped in the past (« j'ai lâché mon BTS l'an dernier », « arrêté la fac en mars », « j'ai abandonné ma licence »):
 * no longer a student, unless another course followed (STUDIES_SWITCH, STUDYING_NOW).
 */
export const STUDIES_DROPPED = /\b(?<!\b(?:si|est ce que|faut il que|dois je|savoir si) )(?:(?:j'ai |j'avais |je l'ai )|(?<!'|\b(?:je|tu|il|elle|on|me|te|ne|pas|jamais|peut etre|veux|vais|dois|pense|voudrais) ))(?:lache|arrete|abandonne|quitte|laisse tomber|plaque|largue|stoppe|interrompu)e?s? (?:mon|ma|mes|la|le|l'|les) ?(?:bts|but|dut|licence|master|fac|faculte|cap|bac pro|etudes|prepa|iut|universite|univ|cursus|l[123]|m[12]|formation|ecole|lycee|cours)\b(?! (?:l'an prochain|l'annee prochaine|bientot|demain|dans|a la fin de l'annee)\b)/;
/** A course followed today (« je suis en BTS », « actuellement en licence pro »): still in studies. */
export const STUDYING_NOW = /\b(?:(?:maintenant|actuellement|aujourd'hui|cette annee|desormais|depuis la rentree) (?:je suis |jsuis |suis )?|je suis |jsuis )(?:en|a la|a l') (?:bts|but|dut|licence|master|fac|cap|bac pro|prepa|iut|l[123]|m[12]|formation|ecole|alternance|apprentissage)\b/;
/**
 * Studies followed in work-study (« je suis en BTS en alternance chez un opticien », « en contrat d'apprentissage »): an
 * employment contract, a private employee rather than a student. An alternance looked for or wished is not one.
 */
export const WORK_STUDY_NOW = /\b(?:je suis|jsuis|suis|actuellement|(?:je suis |jsuis |suis |actuellement )?en (?:bts|but|dut|licence(?: pro)?|master|cap|bac pro|bp|mc|l[123]|m[12])(?: [\w']+){0,2}?) en (?:alternance|apprentissage|contrat (?:d'apprentissage|pro|de professionnalisation))\b/;
/**
 * An apprentice or work-study trainee today, told by the person (« actuellement apprenti en première année de CAP »,
 * « apprentie coiffeuse en 2e année », « en apprentissage chez un garagiste », « je fais un CAP cuisine en
 * apprentissage »): an employment contract, an employee rather than a pupil. Read with no search for one.
 */
export const APPRENTICE_NOW_TOLD = /(?:^(?:(?:bonjour|bonsoir|salut|slt|bjr|hello|coucou|madame,? monsieur)\W+)?(?:moi,? )?|\b(?:je suis|suis|jsuis|j'suis|actuellement|en ce moment|aujourd'hui|moi) )(?:(?:un |une )?(?:apprentie?|alternante?)\b|en (?:apprentissage|alternance|contrat d'apprentissage|contrat de professionnalisation|contrat pro) (?:chez|dans|a l'|a la|au|aux|depuis|en (?:cap|bac pro|bp|bts|but|mc|licence|master|premiere|deuxieme|1ere|1re|2e|2eme)|comme|de))|\b(?:je suis|suis|jsuis|j'suis|actuellement) en (?:premiere|deuxieme|troisieme|derniere|1ere|1re|2e|2eme|3e|3eme|\d+ ?(?:e|eme|ere|re)) annee (?:de |d'|du )?(?:[\w']+ ){0,3}?en (?:apprentissage|alternance|contrat d'apprentissage|contrat de professionnalisation)\b|\bje (?:fais|prepare|passe) (?:un |une |mon |ma )?(?:cap|bac pro|bp|bts|but|mc|licence pro|licence|master|titre pro)(?: [\w']+){0,3}? en (?:apprentissage|alternance)\b/;
/**
 * A fixed-term contract the employer will not renew (« mon contrat ne sera pas renouvelé », « contractuel, pas
 * reconduit à la rentrée », « en CDD à la mairie et ils me gardent pas après juin »): the contract ends.
 */
export const CONTRACT_NOT_RENEWED_TOLD = /(?<!\b(?:son|sa|ses|leur|leurs|ton|ta|votre) )\b(?:contrat(?! (?:de|d') ?(?:ma|mon|mes|sa|son|ses|leur|leurs|notre|nos|un|une|la|le|l')\b)(?! de (?:location|bail|assurance|mariage|credit|pret|telephone|mutuelle|energie|travail a duree indeterminee))|cdd|contractuel\w*|vacataire|vacations?)(?: [\w']+){0,8}? (?:(?:(?:ne sera|n'est|ne va|va|sera|est|ne seront|seront|ne sont|sont) (?:pas|plus) (?:etre )?|pas |non )(?:renouvele|reconduit|prolonge)e?s?|(?:on|ils|elles?|il|la mairie|l'administration|le rectorat|la direction|ma direction|mon chef|ma cheffe|l'hopital|la prefecture|l'universite|l'ecole|le college|le lycee) (?:ne )?(?:me|le|la) (?:renouvelle\w*|recondui\w*|prolonge\w*|garde\w*) (?:pas|plus))\b/;
export const STUDIES_SWITCH = /\b((pour|et) (faire|entrer en|rentrer en|commencer|passer|trouver|partir en|aller en|reprendre|preparer|m'inscrire en|integrer) (\w+ ){0,2}(apprentissage|alternance|cap|bac pro|bts|but|dut|formation|ecole|licence|master|prepa|cursus|filiere)|me reorienter|reorientation|changer de (filiere|formation|cursus|licence|fac|ecole|voie d'etudes))\b/;

/**
 * Dropping out weighed (« est-ce que j'arrête mes études ? », « je me demande si je lâche la fac ») or others wanting
 * the person to go on (« mes parents veulent que je continue »): read for a pupil or a student only.
 */
/** Stopping studies asked with a modal (« est-ce que je dois arrêter la fac pour bosser ? », « je devrais lâcher mon BTS ? »). */
export const STUDIES_STOP_ASKED_WITH_MODAL = /\b(je dois|je devrais|dois je|devrais je|il faut que j'|il faudrait que j'|faut il que j'|faudrait il que j'|je vais devoir|je suis oblige\w* d'|vaut il mieux|vaut mieux) ?(arreter|arrete|lacher|lache|quitter|quitte|abandonner|abandonne|stopper|stoppe|laisser tomber|laisse tomber|interrompre|interrompe|plaquer|plaque) (la fac|l'universite|l'univ|la faculte|l'iut|la licence|ma licence|ma l\d|mes etudes|les etudes|mes cours|les cours|mon bts|le bts|mon but|mon dut|mon master|le master|mon cursus|mon ecole|l'ecole|ma prepa|la prepa)\b/;
export const STUDIES_STOP_WEIGHED = /\b((est ce que|si|faut il que|dois je|savoir si|j'hesite a|j'hesite entre|je pense a|envie d') (je |j')?(arrete|arreter|lache|lacher|quitte|quitter|abandonne|abandonner|stoppe|stopper|continue|continuer|poursuivre) (mes etudes|les etudes|la fac|l'ecole|le lycee|mon bts|le bts|ma licence|la licence|ma formation|mes cours|les cours|mon cursus|ou (j'arrete|arreter|je lache|lacher|tout arreter))|(mes parents|ma mere|mon pere|ma famille|ma mere et mon pere|mes profs) (\w+ )?(veulent|veut|voudraient|voudrait|insistent pour|insiste pour|me poussent a|me pousse a|m'obligent a|m'oblige a|me forcent a|me force a) (que je (continue|poursuive|finisse|termine|reste|aille jusqu'au bout)|continuer|poursuivre|finir|terminer|rester))\b/;

/**
 * A parent writing for their child (« bonjour c'est pour mon fils », « je vous contacte au sujet de ma fille »), said
 * first: the child is the person to route, and the child's age (CHILD_AGE_TOLD) is the one that counts.
 */
export const CALLING_FOR_CHILD = /^((bonjour|bonsoir|allo|madame|monsieur|voila|oui)\W* )*(c'est |je (vous )?(ecris|appelle|contacte|telephone|viens|me permets de vous ecrire) |j'appelle |j'ecris |je cherche de l'aide )?(pour|au sujet de|a propos de|concernant) (mon|ma|notre) (fils|fille|enfant|ado|gamin|garcon|grand fils|grande fille)\b/;
/** The child's age (« mon fils il a seize ans », « ma fille de 17 ans »): the number is read from the group. */
export const CHILD_AGE_TOLD = /\b(mon|ma|notre) (fils|fille|enfant|ado|gamin|garcon)( qui)?( il| elle)? (a|de|aura|va avoir|(?:est )?agee? de) ((\d{1,2})|([a-z]+( [a-z]+){0,2}?)) ans\b/;
/**
 * A parent writing in the child's place (« mon fils âgé de 19 ans ne fait plus rien… je vous écris à sa place »): the
 * child named first and the writing said to be for them.
 */
export const WRITING_IN_CHILDS_PLACE = /^((bonjour|bonsoir|madame|monsieur|voila|oui)\W* )*(mon|ma|notre) (fils|fille|enfant|ado|gamin|garcon)\b.*\b(a sa place|en son nom|de sa part|pour lui|pour elle|lui proposer|l'aider)\b/;

/** Giving it all up (« je veux tout arrêter pour bosser »): dropping out only when said by a pupil or a student. */
export const GIVING_UP_ALL = /\b(tout (arreter|lacher|plaquer|abandonner|laisser tomber)|(arreter|lacher|plaquer|abandonner) tout)\b/;

/** A contract broken by the employer (« mon patron a rompu le contrat », « fin de ma période d'essai »): the job is lost. */
export const CONTRACT_ENDED_BY_EMPLOYER = /\b((patron|patronne|employeur|entreprise|boite|societe|maitre d'apprentissage|garage|restaurant|salon) (a|m'a|vient de|vient de me|l'a) (rompu|casse|resilie|mis fin a|arrete) (mon |ma |le |la |notre |son |sa )?(contrat|apprentissage|alternance|periode d'essai)|(mon|le) contrat (d'apprentissage |d'alternance |de professionnalisation |pro )?(a ete |est |vient d'etre )(rompu|casse|resilie)|rupture (de |du )(mon |ma )?(contrat d'apprentissage|contrat d'alternance|contrat de professionnalisation|contrat pro|apprentissage|alternance|periode d'essai)|(fin|rupture) de (ma|la) periode d'essai|(m'a|m'ont|on m'a) (vire|viree|renvoye|renvoyee|jete|jetee|lache|lachee) (de mon |de l'|du |en plein )(apprentissage|alternance|contrat|cap|bts|bac pro)|(vire|viree|renvoye|renvoyee) de (mon |l')(apprentissage|alternance)|(j'ai plus|je n'ai plus|plus|sans) (d'|de |aucune? )(entreprise|employeur|patron|maitre d'apprentissage) (pour (mon |l'|mon contrat d')?(apprentissage|alternance)|d'accueil)|(en )?(apprentissage|alternance) (\w+ ){0,3}(j'ai plus|je n'ai plus|mais plus|et plus|sans) (d'|de |aucune? )(entreprise|employeur|patron)|(il|elle|ils|on) (a|ont|m'a|m'ont) (rompu|casse|mis fin a) (mon|le) (contrat|apprentissage|alternance|periode d'essai))\b/;

/**
 * A doctor forbidding a working posture or the work itself (« le chirurgien m'interdit de travailler accroupi », « le
 * médecin dit fini le service debout »): the job is at risk for health.
 */
export const DOCTOR_FORBIDS_WORK = /\b(?:medecin|docteur|doc|ophtalmo\w*|dermato\w*|psychiatre|chirurgien\w*|rhumato\w*|specialiste|toubib|kine\w*|neurologue|cardio\w*|pneumo\w*|orthopediste)(?: [\w']+){0,3}? (?:(?:m'interdit|m'a interdit|m'interdisent|m'ont interdit|me defend|m'a defendu|me deconseille|m'a deconseille|m'a formellement interdit) (?:de |d')(?:travailler|porter|conduire|rester (?:debout|accroupi|a genoux|assis)|exercer|me baisser|m'accroupir|soulever|monter|pietiner|reprendre|continuer)|(?:dit|m'a dit|a dit|me dit|m'a prevenu|est formel|a ete clair|a ete formel)(?: que)?(?: (?:c'est|c'etait|ce sera|ca sera|ca va etre))? (?:fini|termine|interdit|impossible|plus possible|plus question|plus|jamais plus)(?: pour moi)? (?:le |la |les |de |d'|du |a )?(?:service|engins?|conduite d'engins|station debout|debout|port|charges?|conduite|conduire|travail|metier|boulot|chantier|manutention|poste|porter|travailler|genoux|accroupi|chariots?|echafaudages?|nuits?|toit|toits))\b/;
/**
 * A doctor telling the person to stop or change their trade (« la dermatologue m'a dit d'arrêter », « le doc dit faut
 * changer de métier »): the job is at risk for health.
 */
/**
 * A doctor's words that one will no longer be able to do part of the work (« le médecin il dit que je pourrai plus
 * porter de charges lourdes », « le docteur m'a expliqué que je ne pourrai jamais plus rester debout »): a job at risk.
 */
export const DOCTOR_SAYS_NO_LONGER_ABLE = /\b(?:medecin|docteur|doc|ophtalmo\w*|psychiatre|chirurgien\w*|rhumato\w*|specialiste|toubib|kine\w*|neurologue|cardio\w*|pneumo\w*|orthopediste|generaliste)(?: [\w']+){0,3}? (?:dit|m'a dit|a dit|me dit|m'a prevenu|m'a previent|me previent|m'a explique|explique|pense|estime|est formel|a ete clair|a ete formel|m'a fait comprendre|m'a annonce|annonce)(?: que)? (?:je|j') ?(?:ne |n')?(?:(?:pourrai|pourrais|peux|pourrait|pourra|dois|devrai|devrais|aurai|aurais) (?:plus|jamais plus|plus jamais|plus du tout|plus trop)(?: le droit)?|vais plus pouvoir|(?:dois|devrai|devrais) (?:eviter|arreter)) (?:de |d')?(?:porter|soulever|travailler|conduire|rester (?:debout|accroupi|a genoux|assis)|exercer|me baisser|m'accroupir|monter|reprendre|continuer|faire (?:ce|mon) (?:metier|travail|boulot)|faire de la manutention|lever (?:les|le) bras|pietiner|forcer)\b/;

export const DOCTOR_SAID_STOP = /\b(medecin|docteur|doc|psy|generaliste|dermato\w*|specialiste|rhumato\w*|pneumo\w*|cardio\w*|allergo\w*|neurologue|psychiatre|chirurgien\w*|kine\w*|toubib|orl|ophtalmo\w*) (\w+ ){0,2}((m'a|me l'a|m'ont|me) (dit|conseille|recommande|interdit|demande|ordonne|impose) |(dit|a dit|m'a dit|me dit|pense|trouve|estime)( que)?( (il|je))? (faut|faudrait|faudra|dois|devrais|devrai|vais devoir) (que je )?)((d')?arreter(?! (de fumer|de boire|l'alcool|le sport|la cigarette|le tabac|le sucre|de manger))|(de )?chang(er|e) de (metier|travail|poste|boulot|voie|branche)|(me )?reconvertir|(de )?ne plus (exercer|travailler|faire ce (metier|travail)|porter)|de quitter (mon|ce) (metier|travail|poste|boulot)|d'eviter (les produits|le contact|de porter))/;

/**
 * Keeping or losing a benefit if one takes a job: « si je prends un CDD je perds le RSA ou pas »,
 * « est-ce que je garde l'AAH si je travaille ». An amount question for the benefit's payer.
 */
const KEPT_BENEFIT =
  "(je|j') (perds|perdrai\\w*|vais perdre|risque de perdre|garde|garderai\\w*|vais garder|conserve|conserverai\\w*|vais conserver) (toujours |encore |quand meme |aussi )?(le |la |l'|mon |ma |mes |les )?(aah|rsa|are|chomage|alloc\\w*|allocations?|prime d'activite|apl|pension|indemnites?|bourse)";
export const BENEFIT_KEPT_ASKED = new RegExp(
  `\\b(si (je|j') (?!demission)(\\w+ ){1,10}?(est ce que )?${KEPT_BENEFIT}|${KEPT_BENEFIT} (\\w+ ){0,4}?(ou pas|ou non|si (je|j') (?!demission)))\\b`,
);

/** Years without work (« j'ai pas bossé depuis 10 ans », « 8 ans sans travailler »). */
export const YEARS_WITHOUT_WORK = /\b((pas|plus|jamais) (travaille|bosse)|sans (travailler|bosser|emploi|activite|travail)) depuis (\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|plusieurs|des|de nombreuses) (ans|annees)|(\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|plusieurs) (ans|annees) (sans (travailler|bosser|emploi|activite|travail)|(que )?(je n'ai|j'ai) (pas|plus) (travaille|bosse))\b/;

const RELATIVE = "(ma |mon |mes )(\\w+ )?(mere|pere|parents|grand mere|grand pere|grands parents|mamie|papi|mari|conjoint|compagnon|fils|fille|enfant|belle mere|beau pere|beaux parents|soeur|frere|tante|oncle)";
/**
 * Years given to caring for a relative (« je me suis occupée de ma mère malade pendant cinq ans », « aidante de mon
 * père », « je m'en suis occupée pendant 6 ans »), with work stopped: the same return to work as after a parental break.
 */
export const CARER_BREAK = new RegExp(
  `\\b(((je me suis|me suis) occupee? (de |d')${RELATIVE}|(je m'en suis|m'en suis) occupee?|(je suis|j'ai ete|j'etais) (son |sa |leur )?aidante( familiale)?|aidante (familiale )?(de |d')${RELATIVE}|j'ai (accompagne|soigne|garde) ${RELATIVE}( [\\w']+){0,3}? (jusqu'au bout|jusqu'a (son|sa) (deces|mort|fin)|en fin de vie|malade|dependante?|handicapee?))( [\\w']+){0,12}? ((je n'ai|j'ai) (pas|plus|jamais) (travaille|bosse)|sans (travailler|bosser|emploi|activite|travail)|(arrete|cesse|quitte|interrompu)\\w* (de travailler|de bosser|mon (travail|emploi|poste|activite))))\\b`,
);
/**
 * Help asked for a career change in a question (« qui peut m'aider à choisir une reconversion ? », « qu'est-ce que je peux
 * faire pour changer de métier ? »): a need, not a question about a scheme.
 */
export const CAREER_CHANGE_HELP_ASKED = /\b((qui|quelqu'un|ou|comment) (qui )?(peut|pourrait|pourra|peux|pour) (m'aider|m'accompagner|me conseiller|m'orienter) (a |pour |dans |sur )?(choisir |trouver |preparer |construire |definir |mener |reussir |faire |mon |ma |une |un )*(reconversion|nouveau metier|changement de (metier|voie)|orientation professionnelle|projet professionnel)|(qu'est ce que|que|quoi|comment) (je peux|je pourrais|puis je|pourrais je|faut il|dois je|je dois|il faut|est ce que je peux) (faire )?(pour )?(changer de (metier|voie|travail|boulot|secteur|branche)|me reconvertir|me reorienter|une reconversion))\b/;

// ---------------------------------------------------------------------------------------------
// The employer side and pension amounts, told in other words.

/** Someone at the head of a business (« je tiens un garage », « j'ai une boulangerie »): an employer cue. */
export const BUSINESS_RUN = new RegExp(
  `\\b((je tiens|je gere|je dirige|je possede|j'ai repris|j'ai cree|je suis a la tete d'|nous avons|on a) (un|une|mon|ma|notre|le|la) (petit |petite |propre )?${BUSINESS_NOUN}|j'ai (un|une|mon|ma) (petit |petite |propre )?${BUSINESS_NOUN} (de|d'|avec|et|qui)|(gerant\\w*|patron\\w*|dirigeant\\w*|directeur|directrice|president\\w*) (de |d'|du )(la |l'|une |un |ma |mon |notre )?(pme|tpe|sarl|sas|eurl|entreprise|societe|boite))\\b`,
);
/** The person speaks as an employer in so many words (« en tant qu'employeur », « pour mon entreprise »). */
export const EMPLOYER_SELF = /\b(en tant qu'employeu\w*|notre (collectivite|mairie|commune|structure|etablissement|ehpad|clinique|cabinet|agence|restaurant|magasin|boutique|hotel|creche|garage|usine|atelier|exploitation|pme|tpe|boite|enseigne)|(mon|ma) (apprenti|apprentie|alternant\w*|stagiaire|salarie|salariee|employe|employee)\b|comme employeu\w*|(je|nous) (suis|sommes) (un |une |l')?employeu\w*|cote employeu\w*|pour (mon|ma|notre|nos) (entreprise|societe|boite|structure|association|commerce|magasin|restaurant|garage|salon|cabinet|exploitation|atelier|equipe|equipes|salaries|employes|collaborateurs))\b/;
/**
 * Hiring told by the one who hires: « je cherche un apprenti », « nous voulons recruter deux maçons »,
 * « comment je fais pour embaucher » (being hired is « me faire embaucher », not read here).
 */
export const EMPLOYER_HIRING_TOLD = /\b((je|nous|on) (cherche|recherche|cherchons|recherchons|veux|voulons|voudrais|voudrions|souhaite\w*|dois|devons|vais|allons|aimerais|aimerions|compte|comptons|pense|pensons|envisage\w*|prevois|prevoyons|voudrait|aimerait|souhaiterait) (a |d'|de )?(recruter|embaucher) (un|une|des|deux|trois|quatre|cinq|six|\d+|mon|ma|notre|nos|quelqu'un|du personnel)|(je|nous|on) (cherche|recherche|cherchons|recherchons|voudrais|voudrions|veux|voulons|souhaite\w*|aimerais|aimerions|vais|allons) (a |d'|de )?(prendre |accueillir |trouver |former |recruter |embaucher )?(un|une|des|mon|ma|notre|nos|deux|trois|\d+) (futur\w* |nouvel\w* |nouveau |nouvelle |jeune |bon |bonne )?(apprenti|apprentie|apprentis|apprenties|alternant\w*|stagiaire\w*)\b|comment (je fais |on fait |faire |nous faisons )?(pour )?(recruter|embaucher)\b)/;
/** Staff an employer looks for (« deux serveurs », « des saisonniers », « du monde », « quelqu'un »). */
const STAFF_NOUN =
  "(personnes|gens|salarie\\w*|employe\\w*|serveu\\w*|cuisini\\w*|commis|saisonni\\w*|vendeu\\w*|caissi\\w*|apprenti\\w*|alternant\\w*|stagiaires?|extras?|renforts?|bras|main d'oeuvre|personnel|monde|quelqu'un|collaborat\\w*|equipi\\w*|plongeu\\w*|barmans?|barmaids?|femmes? de chambre|femmes? de menage|receptionnistes?|animat\\w*|maitres? nageurs?|ouvri\\w*|manoeuvres?|macons?|chauffeurs?|livreu\\w*|coiffeu\\w*|esthetici\\w*|boulangers?|patissi\\w*|techniciens?|mecaniciens?|cueilleu\\w*|vendangeu\\w*|jeunes|candidat\\w*|profils?|menageres?|agents? (d'entretien|de securite|de service))";
/**
 * An employer looking for staff for their own business (« je cherche 2 serveurs pour mon resto », « recrutez-vous des
 * saisonniers pour mon camping ? », « il me faudrait un cuisinier pour ma pizzeria »): the employers' services' business.
 */
export const EMPLOYER_STAFF_SOUGHT = new RegExp(
  `\\b((je|on|nous) (cherche|recherche|cherchons|recherchons|voudrais|voudrions|dois trouver|devons trouver|recrute|recrutons|embauche|embauchons)|j'embauche|(j'ai|on a|nous avons|j'aurais|nous aurions) besoin (de|d') ?|il (me|nous) (faut|faudrait|manque)|recrutez( vous)?|vous recrutez|embauchez( vous)?|vous embauchez|vous (avez|auriez|placez|proposez)|avez vous|auriez vous|placez vous|proposez vous) (\\d+ |un |une |deux |trois |quatre |cinq |six |sept |huit |dix |quelques |plusieurs |des |du |de )?(\\w+ )?${STAFF_NOUN}( [\\w']+){0,6}? (pour|dans|a|chez|au sein de) (mon|ma|notre|nos|mes) (petit |petite |nouveau |nouvelle |propre )?(${BUSINESS_NOUN}|hotel|hostel|domaine|vignoble|chantier|entrepot|usine|ehpad|clinique|pharmacie|club|association)\\b`,
);
/** Hiring aids (« les aides à l'embauche »): the employer's question only with an employer cue (a job seeker may ask for their future employer). */
export const HIRING_AID = /\baides? (\w+ ){0,2}(a l'embauche|au recrutement|pour (embaucher|recruter)|a l'apprentissage)\b/;
/** Staff to be trained, counted or named (« trois de mes collaborateurs », « ses bénévoles »): read with an employer cue. */
export const STAFF_TRAINING_FUNDING = /\b((faire suivre|faire passer|faire faire|payer|financer|offrir|proposer) (a |pour )?(l'un|l'une|un|une|certains|certaines|plusieurs|deux|trois|quelques uns) (de |d')(mes|nos) (\w+ )?(salari|employ|equipe|collaborat|serveu|vendeu|cuisin|agents|ouvri|technic|apprenti|saisonni|chauffeur|caissi|commis|commerciaux|preparat|secretaire|assistant|comptable|mecanicien|coiffeu|boulang|patissi)\w* (une|un|la|des|cette) formation|(aides?|financements?|subventions?|prises? en charge|dispositifs?) (\w+ ){0,3}?(auxquel\w*|dont|que|pour lesquel\w*) (mon|notre) (entreprise|societe|boite|structure|commerce|association|etablissement|boulangerie|restaurant|magasin|garage|salon|cabinet) (peut|pourrait|pourra|a droit)|(mon|notre) (entreprise|societe|boite|structure|commerce|association|etablissement) (peut|pourrait|pourra) (pretendre|beneficier|obtenir|toucher|avoir) (a |de |d'|des |aux )?(\w+ ){0,2}?(aides?|financements?|subventions?|prises? en charge)|form\w* (ses|leurs|nos|mes) (\w+ )?(benevol|salari|employ|collaborat|agents|equipe|personnel)\w*|(form\w*) (\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|certains|certaines|plusieurs|une partie|tous|toutes|l'ensemble|la plupart) (de |d')(mes|nos) (\w+ )?(salari|employ|equipe|personnel|collaborat|serveu|vendeu|cuisin|agents|ouvri|technic|apprenti|saisonni|chauffeur|caissi|gars|commis|commerciaux|preparat|secretaire|assistant|comptable|magasin|mecanicien|coiffeu)\w*)\b/;
/** Someone who leads a team at work (« je suis chef d'équipe », « responsable de rayon »): an employer cue for training that team. */
export const TEAM_LEADER = /(?:^(?:bonjour |bonsoir |salut |madame monsieur )?|\b(?:je suis|en tant que|comme|moi) (?:\w+ )?)(manager|chef d'equipe|chef de service|chef de rayon|chef de chantier|chef d'atelier|chef de cuisine|responsable (d'equipe|de service|de rayon|d'atelier|de magasin|de site|d'agence|de production|formation|de la formation|des formations|d'exploitation))\b/;
/** The amount of a future pension or the quarters counted for it (« le montant de ma future pension », « mes trimestres »). */
export const PENSION_AMOUNT_ASKED = /\b((le |du |au )?montant (de |du |des |d')?(l'|la |le |mon |ma |mes |notre )?(futur\w* |prochaine? |eventuel\w* )(pension|retraite|rente|allocation\w*|indemnit\w*|aah|rsa|chomage|are|droits)|(combien|cb|nombre) (de |d')(trimestres|points de retraite)|releve (de |des |d')?(mes )?(trimestres|carriere)|mes trimestres|trimestres (valides|cotises|manquants|acquis|qu'il me manque)|(ma|mes) (futur\w* )?(pension|retraite) (\w+ ){0,3}(sera|serait|fera|ferait|s'elevera|s'eleverait) (de )?(combien|quel|a combien)|(estimer|estimation|simul\w*) (de |du |d')?(ma|mes|mon|le montant de ma) (futur\w* )?(pension|retraite)|(combien|cb) (\w+ ){0,5}(a|pour|de) (la|ma) retraite\b(?! (progressive|anticipee)))\b/;

// ---------------------------------------------------------------------------------------------
// Statuses told by events: a resignation planned, an apprenticeship broken, years at home, someone else's cadre.

/** A resignation planned or asked about (« je souhaite démissionner », « si je démissionne »), not one done. */
export const RESIGNATION_PLANNED = /\b(demissionner|si je demissionne|en cas de demission|apres une demission|une demission|suite a une demission)\b/;
/** The unemployment benefit named as a right to get or keep (« percevoir le chômage », « sans perdre le chômage »): with a resignation planned, no job-seeker status. */
export const UNEMPLOYMENT_BENEFIT_ASKED = /\b((je |j')?(percevoir|percois|percevrai\w*|toucher|touche|toucherai\w*|recevoir|recois|recevrai\w*|avoir|aurai\w*|ai|beneficier|beneficie|beneficierai\w*|ouvrir|ouvre|garder|conserver|perdre|perds|perdrai\w*) (droit |des droits |mes droits |de |d')?(le |la |l'|les |au |a l'|aux |du |des |a )?|droits? (au |a l'|aux )|indemnis\w* (par |au )?)(chomage|are|allocations? (chomage|de retour a l'emploi)|indemnites? (de )?chomage|indemnisation chomage)\b/g;
/**
 * An apprenticeship or a job contract broken by the employer, or no company left (« mon patron a rompu le
 * contrat », « je n'ai plus d'entreprise »): a job seeker today, no longer an employee or a pupil.
 */
export const CONTRACT_BROKEN = /\b((patron\w*|employeur|entreprise|boite|societe|maitre d'apprentissage|tuteur|garage|chef) (\w+ ){0,1}?(m'a|m'ont|nous a) (dit|annonce|explique|fait savoir|informee?|prevenue?) ([\w']+ ){0,5}?(qu'il|qu'elle|qu'ils|qu'on) (arretait|arrete|rompait|rompt|cassait|resiliait|stoppait|interrompait|mettait fin a|met fin a|ne renouvelait pas|ne gardait pas) (mon |ma )(contrat|apprentissage|alternance|cdd|contrat d'apprentissage|contrat pro)|(patron\w*|employeur|entreprise|boite|societe|maitre d'apprentissage|tuteur) (\w+ ){0,2}?(a |m'a |l'a |ont |m'ont )?(rompu|casse|resilie|mis fin a|stoppe|arrete|annule|interrompu) (mon |ma )(contrat|apprentissage|alternance|cdd|contrat d'apprentissage|contrat pro)|(contrat (d'apprentissage|d'alternance|pro|de professionnalisation)|apprentissage|alternance) (\w+ ){0,3}?(a ete |est |s'est |vient d'etre )(rompu|casse|resilie|arrete|annule|stoppe|interrompu)\w*|rupture (de |du )(mon |ma |le |la )?(contrat d'apprentissage|contrat pro|contrat de professionnalisation|apprentissage|alternance)|(je n'ai|j'ai) plus (d'entreprise|de patron|d'employeur|de boite|de maitre d'apprentissage|de contrat d'apprentissage|d'alternance))\b/;
/** « mon patron a rompu le contrat »: « le contrat » is the person's only when an apprenticeship is named (APPRENTICESHIP_NAMED). */
export const THE_CONTRACT_BROKEN = /\b(patron\w*|employeur|entreprise|boite|societe|maitre d'apprentissage|tuteur) (\w+ ){0,2}?(a |m'a |l'a |ont |m'ont )?(rompu|casse|resilie|mis fin a|interrompu) (le |ce |l')(contrat|apprentissage|alternance)\b/;
export const APPRENTICESHIP_NAMED = /\b(apprenti\w*|alternan\w*|contrat pro|contrat de professionnalisation)\b/;
/** Years at home (« je suis à la maison depuis dix ans »): inactive, unless registered as a job seeker or looking for work. */
export const YEARS_AT_HOME = /\b(je suis|je reste|suis|j'suis) (a la maison|au foyer|chez moi) depuis (\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|plusieurs|des|de nombreuses|tant d') ?(ans|annees)\b/;
/** Someone else said to be cadre (« ma femme elle est cadre dans la banque », « mon frère, cadre dans l'industrie »): not the person's status. */
export const OTHER_PERSON_CADRE = /\b(mon|ma|mes|son|sa|ses|notre|nos) (?:[\w']+ ){0,2}?(mari|epoux|epouse|femme|conjoint\w*|compagn\w*|pere|mere|papa|maman|parents|frere|soeur|fils|filles?|enfants?|copain|copine|collegues?|ami|amie|amis|amies|voisin\w*|cousin\w*|cousine|oncle|tante|beau frere|belle soeur|chef|patron\w*|manager|responsable|n ?\+ ?1) (?:(?:qui |il |elle |ils |elles |lui |lui il |elle elle )?(?:est|sont|etait|etaient|a ete|est devenue?|bosse|travaille) (?:[\w']+ ){0,2}?)?(?:un |une )?cadres?\b(?: (?!(?:moi|je|j'|et|mais|alors|donc)\b)[\w']+){0,4}/g;

// ---------------------------------------------------------------------------------------------
// Takeovers of a relative's business, disability requests pending, health that no longer keeps up, jobs cut.

/** Relatives and people one may take a business over from (« mon beau-père », « mes parents », « mon patron »). */
const HANDING_OVER_PERSON =
  '(?:pere|mere|papa|maman|parents|beau pere|belle mere|beaux parents|oncle|tante|grand pere|grand mere|grands parents|frere|soeur|cousin\\w*|famille|patron\\w*|employeu\\w*|boss)';
/**
 * Taking over a relative's (or one's boss's) farm or business, said in every tense or weighed: « je me demande si je
 * reprends la ferme », « reprendre l'exploitation de mon beau-père », « prendre la suite de mon père au garage »,
 * « succéder à mes parents », « la boulangerie familiale ». The creation and takeover partner supports takeovers too.
 */
export const FAMILY_BUSINESS_TAKEOVER = new RegExp(
  '\\b(' +
    [
      `(?:reprend\\w*|reprenne\\w*|reprise|rachet\\w*|rachat) (?:de |d')?(?:la |le |l'|sa |son |leur |leurs |notre |nos |ce |cette )?(?:petite? |vieille |vieux )?${TAKEOVER_NOUN} (?:[\\w']+ ){0,3}?(?:de |d'|du |des )(?:mon |ma |mes |notre |nos )?${HANDING_OVER_PERSON}\\b`,
      `(?:reprend\\w*|reprenne\\w*|reprise|rachet\\w*|rachat) (?:de |d')?(?:la |le |l'|sa |son |leur |notre )?${TAKEOVER_NOUN} (?:ou pas|ou non|ou non pas|familial\\w*|de famille)`,
      `(?:je (?:me demande|sais pas|ne sais pas|hesite)|j'hesite) (?:si|a|entre) (?:je )?(?:reprend\\w*|rachet\\w*) (?:la |le |l'|sa |son |leur |notre )?${TAKEOVER_NOUN}`,
      `(?:prendre|reprendre|je prends|je prendrai\\w*|assurer) la (?:suite|releve|succession) (?:de |d')(?:mon |ma |mes |notre |nos )${HANDING_OVER_PERSON}`,
      `(?:succeder|je succede\\w*|je vais succeder) (?:a |au )(?:mon |ma |mes |notre |nos )?${HANDING_OVER_PERSON}`,
      `(?:reprend\\w*|reprenne\\w*|reprise|rachet\\w*|rachat) (?:de |d')?(?:la |le |l')?${TAKEOVER_NOUN} (?:familial\\w*|de (?:mes|nos) parents)`,
      // « j'hésite à reprendre derrière eux », « reprendre le flambeau », « il me propose de racheter ».
      "(?:reprendre|reprends|reprenne|racheter) (?:derriere (?:eux|lui|elle)|apres (?:eux|lui|elle)|le flambeau|l'affaire familiale)",
      "(?:me propos\\w*|m'a propose|m'ont propose|m'offre\\w*|veut que je|veulent que je|voudrai\\w* que je|aimerai\\w* que je) (?:de |d')?(?:reprendre|reprenne|racheter|rachete|lui succeder|prendre sa suite|prendre la suite)\\b(?! (?:le |la |mon |ma |mes |les |a |au |a la |a l'|plus |vite )?(?:travail|boulot|taf|poste|service|cours|etudes|sport|activite|rythme|conduite|temps plein|mi temps|volant|route|contrat|formation|arret|medicaments?|traitement)\\b)",
    ].join('|') +
    ')',
);

/**
 * A disability recognition asked for and not yet answered, told as a request gone: « ma demande de reconnaissance de
 * travailleur handicapé est partie en mars », « j'ai envoyé mon dossier RQTH », « dossier MDPH déposé », « RQTH
 * demandée en janvier », « j'attends la réponse pour ma RQTH ». A recognition obtained is read by RECOGNITION_OBTAINED.
 */
const RECOGNITION_WORDS = "(?:rqth|mdph|handicap\\w*|reconnaissance|travailleu\\w* handicape\\w*)";
export const RECOGNITION_REQUEST_SENT = new RegExp(
  '\\b(' +
    [
      `(?:demande|dossier|formulaire|papiers)(?: [\\w']+){0,6}? ${RECOGNITION_WORDS}(?: [\\w']+){0,4}? (?:est |a ete |vient d'etre |sont |ont ete )?(?:partie?s?|envoyee?s?|deposee?s?|transmise?s?|expediee?s?|postee?s?|faite?s?|en attente|en cours|a l'etude|en traitement|a l'instruction|toujours pas traitee?s?)`,
      `(?:j'ai|on a|nous avons|je viens d'|on vient d') ?(?:envoye|depose|fait|transmis|poste|rempli|expedie|demande|fait la demande de|fait une demande de) (?:mon |ma |le |la |un |une |les |mes )?(?:dossier |demande |formulaire )?(?:de |d'|pour (?:la |une |ma )?)?(?:la |ma )?${RECOGNITION_WORDS}`,
      `${RECOGNITION_WORDS} (?:demandee?|sollicitee?|en demande|en attente|en instruction)`,
      "(?:la )?mdph (?:a|m'a) (?:bien )?(?:recu|enregistre|accuse reception de|pris en compte) (?:mon|ma|le|la|notre) (?:dossier|demande)",
      // « ma demande de rqth elle est à la mdph depuis avril », « … toujours pas de réponse ».
      "(?:demande|dossier)(?: [\\w']+){0,5}? (?:est|sont) (?:a|chez|au|aupres de) (?:la )?mdph",
      `(?:rqth|mdph|(?:demande|dossier) (?:de |d')?(?:la )?(?:rqth|mdph|reconnaissance))(?: [\\w']+){0,12}? (?:toujours pas|pas encore|toujours aucune|toujours rien|pas eu|jamais eu|aucune) (?:eu |recu )?(?:de |d'|la |ma )?(?:reponse|nouvelles?|retour|decision|notification)`,
      `(?:j'attends|on attend|en attente (?:de|d'))(?: [\\w']+){0,4}? (?:reponse|retour|decision|notification|courrier)(?: [\\w']+){0,3}? (?:de la |pour (?:la |ma )?|sur (?:la |ma )?|de (?:ma |la )?)?${RECOGNITION_WORDS}`,
    ].join('|') +
    ')\\b',
);
/**
 * The request sent, told with when it went between the verb and the request (« j'ai envoyé il y a un mois ma demande
 * de reconnaissance comme travailleur handicapé », « on a déposé la semaine dernière le dossier MDPH »): pending.
 */
export const RECOGNITION_REQUEST_SENT_DATED = new RegExp(
  "\\b(?:j'ai|on a|nous avons|je viens d'|on vient d') ?(?:envoye|depose|fait|transmis|poste|rempli|expedie|adresse|renvoye|redepose) " +
    "(?:il y a (?:[\\w']+ ){1,3}?|depuis (?:[\\w']+ ){1,2}?|la semaine (?:derniere|passee) |le mois (?:dernier|passe) |cette semaine |ce mois ci |hier |avant hier |ce matin |recemment |deja |enfin |en (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre) |au mois de [\\w']+ |le \\d+ (?:[\\w']+ )?)" +
    `(?:a la mdph |aupres de la mdph )?(?:mon|ma|le|la|un|une|les|mes|notre) (?:dossier|demande|formulaire|papiers)(?: [\\w']+){0,4}? ${RECOGNITION_WORDS}\\b`,
);
/** The recognition obtained after the request (« je l'ai eue en juin », « elle a été acceptée »): no longer pending. */
export const RECOGNITION_OBTAINED = /\b(je l'ai (eue|obtenue|recue)|(rqth|reconnaissance|demande|dossier|mdph)( [\w']+){0,6}? (a ete |est |m'a ete )?(acceptee?|accordee?|validee?|obtenue?)|j'ai (eu|obtenu|recu) (la|ma) (rqth|reconnaissance|notification))\b/;

/**
 * The work no longer kept up with because of the health condition, or not for long: « je tiens plus le rythme »,
 * « je vais pas tenir longtemps », « ça va pas durer », « j'arrive plus à suivre la cadence ». Read with a condition.
 */
export const HEALTH_PACE_LOST = /\b((je )?(ne )?(tiens|tenais|tiendrai\w*) (plus|pas|presque plus) (le rythme|le coup|la cadence|physiquement|la distance|les horaires|le service|debout|longtemps|jusqu'a la retraite|jusqu'au bout)|(je )?(n')?(arrive|parviens) (plus|pas|presque plus) a (assumer|tenir|faire|gerer) (mon|ce|le) (poste|travail|boulot|metier|job|service)|je (ne )?tiens plus(?! (a|au|aux|en|compte)\b)|(je )?(ne )?(vais|pourrai|pourrais|peux) (pas|plus) (tenir|suivre)( longtemps| comme ca| encore| le rythme| la cadence| le coup)?|(ca|cela) (ne )?(va|peut|pourra|pourrait) (pas|plus) durer|(je )?(n'|ne )?(arrive|parviens) (plus|pas|presque plus) a suivre( le rythme| la cadence)?|(je )?(ne )?suis plus (capable|en etat) de suivre|le rythme (est )?(devient |est )?(trop dur|intenable|impossible))\b/;
/** « mais ça va pas durer », « ça va plus »: the words « ça va » that deny nothing (see HEALTH_DENIED). */
export const HEALTH_NOT_FINE = /\b(ca|cela) (ne )?va (pas|plus|mal)\b/;

/**
 * The person's own post cut, told as done (« mon poste de cheffe de projet a été supprimé en juillet », « mon emploi
 * vient d'être supprimé »): out of work today. A cut to come (« mon poste sera supprimé en mars ») is POST_CUT_AT_DATE.
 */
export const OWN_POST_CUT_DONE = /\b(mon|ma) (poste|emploi|job|place)(?: (?:de|d'|comme) (?:[\w']+ ){0,5}?[\w']+)? (a ete|vient d'etre|a finalement ete|m'a ete) (supprime|elimine|externalise|delocalise|supprimee)\w*\b|\b(?:ils|on|elle|il|l'entreprise|la direction|mon employeur|la boite|la societe) (?:m')?(?:a|ont) (?:finalement )?(?:supprime|elimine) (?:mon|ma) (?:poste|emploi|job)\b/;
/** After a post cut, the person moved to another post (« reclassé », « muté », « un nouveau poste »): still in work. */
export const MOVED_AFTER_POST_CUT = /\b(reclasse\w*|mute\w*|repositionne\w*|affecte\w* (a|au|sur|dans)|(un |mon )?(nouveau|autre) poste|en interne)\b/;
/** Out of work said with « me voilà » and the like (« me voilà sans job », « je me retrouve au chômage », « sur le carreau »). */
export const LEFT_WITHOUT_JOB = /\b(me voila|me voici|je me retrouve|je me suis retrouvee?|je suis|jsuis|je reste) (maintenant |aujourd'hui |donc |du coup |desormais |a nouveau |de nouveau |encore |a \d+ ans )?(sans (job|taf|boulot|emploi|travail)|au chomage|sur le carreau)\b/;
/**
 * A relative's own trade set beside them (« ma mère, artisan boulangère, cessera son activité », « mon père agriculteur
 * part à la retraite »): their status, not the person's.
 */
export const RELATIVE_TRADE_APPOSED = /\b(mon|ma|mes|son|sa|notre|nos) (?:[\w']+ )?(mari|epoux|epouse|femme|conjoint\w*|compagn\w*|pere|mere|papa|maman|parents|frere|soeur|oncle|tante|beau pere|belle mere|beaux parents|grand pere|grand mere|grands parents|cousin\w*) (?:qui est |qui etait |lui meme |elle meme )?(?:un |une )?(artisan\w*|independant\w*|auto ?entrepreneu\w*|micro ?entrepreneu\w*|commercant\w*|agricult\w*|eleveu\w*|viticult\w*|maraich\w*|exploitant\w*(?: agricole\w*)?|gerant\w*|chef d'entreprise|a son compte|paysan\w*)\b/g;
/** Someone close planning their own path (« mon fils de 20 ans, lui, veut s'engager dans l'armée »): not the person's status. */
export const RELATIVE_PLAN = /\b(mon|ma|mes|son|sa|notre|nos) (?:[\w']+ ){0,2}?(mari|epoux|epouse|femme|conjoint\w*|compagn\w*|pere|mere|frere|soeur|fils|filles?|enfants?|copain|copine|neveu|niece|petit fils|petite fille|cousin\w*)(?: de \d+ ans| de [a-z]+ ans)?(?: (?:lui|elle|eux|lui il|elle elle|il|elle|ils|elles|aussi|quant a lui|quant a elle))* (veut|voudrait|aimerait|souhaite\w*|reve|compte|va|pense|prepare|doit|envisage|hesite) (?:[\w']+ ){0,1}?(s'engager|entrer|integrer|rejoindre|devenir|passer|faire|partir|tenter|postuler|se lancer)(?: (?!(?:moi|je|j'|et|mais|alors|donc)\b)[\w']+){0,5}/g;

/**
 * Told at work in the present (« au boulot on me demande des tableaux croisés », « au taf mon chef veut que », « au
 * travail, compta dans une PME »): the person is in work. A return to work wished (« retourner au travail ») is not.
 */
export const AT_WORK_TOLD = /\b(?<!(?:retourner|retour|revenir|reprise|reprendre|remettre|aller|retrouver|trouver) )(au|a mon|dans mon|sur mon) (travail|boulot|taf|job|bureau)\b (?:[\w']+ ){0,6}?((on|ils|elles) (me |m')(demande\w*|fait|confie\w*|impose\w*|donne\w*|oblige\w*|a demande|a confie|a impose|veulent|voudrait)|(on|ils|elles) (veut|veulent|voudrait|voudraient|exige\w*|impose\w*|attend\w*) (que je|que j'|de moi)|(mon|ma) (chef|cheffe|patron|patronne|manager|responsable|directeur|directrice|n ?\+ ?1) |(dans|chez) (une|un) (pme|tpe|entreprise|boite|societe|start up|cabinet|usine|magasin|agence|banque|association|grande surface)\b)/;

/**
 * A benefit amount computed by France Travail or another payer that the person doubts (« France Travail m'a calculé
 * une allocation qui me paraît bizarre », « mon ARE est mal calculée », « il manque un mois dans le calcul de mes
 * droits »): a question for the payer (out of scope).
 */
const PAID_BENEFIT = "(?:allocation\\w*|alloc\\w*|are|indemnit\\w*|indemnisation|chomage|droits|rsa|aah|apl|prime d'activite|pension|rente)";
export const BENEFIT_CALCULATION_DOUBTED = new RegExp(
  '\\b(' +
    [
      `(?:calcule\\w*|recalcule\\w*|calcul|estime\\w*|attribue\\w*|verse\\w*|notifie\\w*) (?:[\\w']+ ){0,4}?${PAID_BENEFIT}\\b(?: [\\w']+){0,6}? (?:bizarre|louche|faux|fausse|errone\\w*|incorrect\\w*|pas (?:normal|normale|juste|bon|bonne|correct\\w*|logique)|(?:trop )?(?:basse?|faible|bas)|il manque|manque|oubli\\w*|n'importe quoi|(?:me )?(?:parait|semble) (?:bizarre|faux|fausse|bas|basse|louche|etrange|pas (?:normal|juste)))`,
      `(?:mon|ma|mes) ${PAID_BENEFIT} (?:[\\w']+ ){0,3}?(?:me |m')?(?:parait|paraissent|semble|semblent|est|sont|etait) (?:tres |vraiment |un peu |bien |beaucoup )?(?:trop )?(?:bizarre|louche|faux|fausse|errone\\w*|basse?s?|bas|faibles?|pas (?:normal|normale|juste|correct\\w*))`,
      `${PAID_BENEFIT} (?:[\\w']+ ){0,4}?(?:mal calcule\\w*|mal evalue\\w*|sous evalue\\w*|calcule\\w* (?:de travers|n'importe comment|sans|avec une erreur))`,
      `(?:erreur|trompe\\w*|oubli\\w*|il manque (?:[\\w']+ ){1,4}?)(?: [\\w']+){0,3}? (?:dans|sur|pour) (?:le calcul (?:de |d'|du )?(?:mon |ma |mes |l'|la |le )?(?:${PAID_BENEFIT})?|(?:mon |ma |mes )${PAID_BENEFIT})`,
      "(?:france travail|pole emploi|la caf|la msa|la cpam|ils|elle) (?:ne )?(?:m'a|m'ont|a|ont) (?:pas )?(?:compte|pris en compte|comptabilise|retenu|oublie) (?:[\\w']+ ){0,2}?(?:mes|mon|ma|les|le|la) (?:jours|mois|heures|periodes|salaires?|contrats?|cdd|missions?|trimestres|derniers?|derniere)",
      `(?:contester|verifier|comprendre|refaire) (?:le )?(?:calcul|montant) (?:de |d'|du )(?:mon |ma |mes |l'|la |le )?${PAID_BENEFIT}`,
    ].join('|') +
    ')',
);

/**
 * Staff offered to retrain towards other trades, told formally without the subject next to the verb (« propose aux
 * volontaires de se former à d'autres métiers qui recrutent », « permet aux salariés de se reconvertir »): with pay
 * kept, jobs that recruit or jobs cut, Transitions collectives described.
 */
export const STAFF_RETRAINING_OFFERED = /\b(propos\w*|offr\w*|permet\w*|permett\w*|financ\w*) (?:a |aux |a ses |a des |a certains |a tous les |a toutes les )(?:[\w']+ )?(volontaires|salaries|employes|ouvriers|agents|preparateurs|operateurs|personnels?|collaborateurs|equipes|techniciens|caristes) (?:[\w']+ ){0,3}?(de |d')(se former|se reconvertir|se reorienter|partir en formation|suivre une formation|apprendre (un|d'autres|de nouveaux) metiers?|changer de metier|aller vers (d'autres|de nouveaux) metiers?)\b/;

/**
 * Setting up on one's own told as a wish with the trade in between (« me lancer comme photographe indépendant »,
 * « j'aimerais devenir coach à mon compte »): a creation project, no self-employed status yet.
 */
export const SELF_EMPLOYMENT_WISHED_WITH_TRADE = /\b(?:(?:me|m'|se|s'|nous) (?:lancer|installer|mettre|etablir)|(?:veux|voudrais|aimerais|souhaite\w*|envie de|projet de|pense a|compte|reve de) (?:devenir|etre|travailler comme|bosser comme|exercer comme|m'installer comme|me lancer comme)) (?:comme |en tant que |en )?(?:[\w']+ ){1,3}?(?:independant\w*|freelance|free lance|a mon compte|auto ?entrepreneu\w*|micro ?entrepreneu\w*|en liberal|liberal\w*)\b/g;
/** A site, a workshop or a line that closes, told noun first (« l'atelier ferme », « notre usine va fermer »): jobs at risk. */
export const SITE_CLOSING_NOUN_FIRST = /\b(?:l'|le |la |notre |nos |mon |ma |son |sa |leur |les )(?:atelier|usine|site|ligne|entrepot|service|agence|magasin|unite|chaine|etablissement|depot)s? (?:[\w']+ )?(?:ferme|ferment|va fermer|vont fermer|fermera|doit fermer|est fermee?|est delocalise\w*|va etre delocalise\w*|disparait|va disparaitre)\b/;

/** A school named as a workplace (« professeur de physique au lycée », « surveillante au collège »): the person is no pupil. */
export const SCHOOL_AS_WORKPLACE = /\b(?:professeure?s?|profs?|enseignante?s?|institut(?:eur|rice)s?|surveillante?s?|documentalistes?|cpe|aed|aesh|agente?s? d'entretien|cuisinier\w*|secretaires?|infirmier\w*|intendante?s?|proviseure?s?|principale?s?)\b(?: (?!(?:et|mais|je|j')\b)[\w']+){0,4}? (?:au|a un|dans un|dans le|en) (?:lycee|college)\b/;
/** Jobs told in the past, then nothing since a date (« j'ai fait de la plonge, de la sécurité, et depuis janvier plus rien »). */
export const PAST_JOBS_THEN_NOTHING = /\b(?:j'ai (?:fait|bosse|travaille|enchaine)|j'ai eu)\b(?: [\w']+){1,12}? (?:depuis|a partir de) (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|l'ete|l'hiver|le printemps|l'automne|la rentree|noel|le debut de l'annee|des mois|plusieurs mois|quelques mois|[\w]+ mois) (?:plus rien|rien|je n'ai (?:plus )?rien|j'ai (?:plus )?rien|que dalle|nada)\b/;
/**
 * A fixed-term contract told in the past tense and over a few days ago (« j'étais en CDD dans un entrepôt et c'est fini depuis
 * la semaine dernière »): just ended, between contracts. The match starts at the contract word (like WORK_JUST_ENDED).
 */
export const PAST_FIXED_TERM_JUST_ENDED = new RegExp(
  String.raw`(?<=\bj'etais en )${FIXED_TERM_WORK} (?:(?!(?:mais|je|j'|car|donc|puis|alors)\b)[\w']+ ){0,12}?(?:${WORK_ENDED_VERB}|c'est (?:fini|termine|arrete)|c'etait fini|ca s'est (?:fini|termine|arrete)|ca a pris fin) (?:depuis )?(?:la semaine derniere|hier|avant hier|cette semaine|(?:quelques|deux|trois|quatre|cinq) jours|(?:ce |cette )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: dernier)?|(?:le )?(?:1er|[0-3]?\d)(?! (?:ans?|heures?|h|euros?|km|mois|jours|semaines)\b)(?: (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))?)(?!\w)`,
);
/** A seasonal task that stops at a date (« la taille là ça s'arrête vendredi », « les vendanges finissent samedi »). */
export const SEASONAL_TASK_ENDS_AT_DATE = new RegExp(
  String.raw`\b(?:la taille|l'ebourgeonnage|le palissage|les vendanges|la cueillette|la recolte|les recoltes|la moisson|les moissons|la saison|le ramassage|l'arrachage)(?: (?!(?:mais|je|j'|car|donc|puis)\b)[\w']+){0,4}? (?:se termine|se finit|finit|s'?arrete|s'acheve|prend fin|se terminent|se finissent|finissent|s'?arretent|prennent fin) (?:(?:le|en|a|ce|cette|d'ici) )?${NEAR_END_DATE}`,
);
/** Nothing to follow a season (« et après j'ai rien jusqu'au printemps », « après je n'ai plus rien »). */
export const NOTHING_AFTER_SEASON = /\b(?:apres|ensuite|derriere) (?:ca )?(?:j'ai (?:plus )?rien|je n'ai (?:plus )?rien|plus rien|rien du tout|c'est le vide)\b/;
/** A trial period ended by the employer (« mon patron m'a laissée partir à la fin de ma période d'essai »): the job is lost. */
export const TRIAL_PERIOD_ENDED_BY_EMPLOYER = /\b(?:(?:m'a|m'ont|on m'a|il m'a|elle m'a) (?:laisse\w* partir|remercie\w*|vire\w*|lache\w*|renvoye\w*|pas garde\w*)(?: [\w']+){0,6}? (?:periode d'essai|essai)|(?:ma|la) periode d'essai (?:a ete (?:rompue|arretee|interrompue)|n'a pas ete (?:validee|concluante|renouvelee|confirmee)|(?:rompue|arretee|interrompue|non validee|pas validee|non concluante|pas concluante))|(?:rompu|arrete|interrompu|mis fin a) (?:ma|la) periode d'essai|rupture de (?:ma|la) periode d'essai)\b/;
/** One's job lost, told with its date between (« j'ai perdu en octobre mon poste de directeur »). */
export const JOB_LOST_TOLD = /\bj'ai perdu (?:(?:en|au mois de|debut|fin|il y a|cet|cette|l'an|l'annee|la semaine|le mois) (?:[\w']+ ){0,2}?)?(?:mon|ma) (?:travail|emploi|poste|boulot|job|place)\b/;
/** A business closing announced formally (« je vais procéder à la fermeture de mon commerce à la fin de l'année »). */
export const OWN_BUSINESS_CLOSING_ANNOUNCED = /\b(?:(?:je vais|je dois|nous allons|on va|je compte|je souhaite|j'ai decide de|nous avons decide de|je suis contrainte? de|je vais devoir) proceder a (?:la )?(?:fermeture|cessation|cloture|liquidation|radiation)|(?:la )?(?:fermeture|cessation d'activite|cloture) (?:definitive )?de (?:mon|ma|notre) (?:commerce|boutique|magasin|entreprise|societe|restaurant|salon|atelier|cabinet|exploitation|activite|micro entreprise|auto entreprise) (?:est )?(?:prevue? )?(?:a la fin|en fin|fin|le|au|d'ici|dans|pour))\b/;
/** Another farmer, trader or craftsman named (« un éleveur à côté qui arrête », « l'artisan du coin »): not the person's status. */
export const OTHER_TRADER_NAMED = /(?<!\b(?:suis|etais|devenir|comme|qu') )\b(?:un|une|l'|le|la|cet|cette) (?:eleveu\w*|agricult\w*|exploitant\w*|viticult\w*|artisan\w*|commercant\w*|maraich\w*|paysan\w*)(?= (?:a cote|d'a cote|du coin|voisin\w*|qui |pres de chez moi|de mon village|du village))/g;

// ---------------------------------------------------------------------------------------------
// Noun phrases read as the clauses they stand for. Telegraphic, spoken and formal French names an event or a
// wish by its noun (« changement de métier », « CDD non renouvelé », « fin de CDD »); each phrase is rewritten
// to the verbal clause the lexicon already reads (« changer de métier », « mon cdd n'est pas renouvelé »), so
// one family of patterns serves both ways of saying it, negations and retractions included.

/** A fixed-term contract named by its noun. */
const CONTRACT_NOUN = '(cdd|contrat(?: de travail| a duree determinee)?)';
/** What a contract is not: renewed, extended. */
const RENEWAL_PARTICIPLE = '(?:renouvele|reconduit|prolonge)e?s?';
/** A need's noun followed by what it bears on (« changement de métier », « de voie », « de carrière »). */
const CHANGE_OBJECT = '(metier|voie|travail|boulot|domaine|secteur|carriere|cap|vie professionnelle|profession|branche)';

/** [noun phrase, clause]: applied in order on the prepared text. */
export const NOUN_PHRASE_CLAUSES: ReadonlyArray<readonly [RegExp, string]> = [
  // Needs named by their noun.
  [new RegExp(`\\b(?:un |le |du |mon |ce )?changement (?:complet |total |radical )?(?:de |d')${CHANGE_OBJECT}\\b`, 'g'), 'changer de $1'],
  [/\b(?:un |le |du |mon |ce )?changement (?:complet |total |radical )?(?:d'orientation|de direction professionnelle)\b/g, 'me reorienter'],
  [/\b(?:une |la |ma |d'une )?reprise (?:d'|des |de mes )etudes\b/g, 'reprendre des etudes'],
  // Only the nouns the lexicon does not know after « recherche » (« recherche d'un emploi » is read as it is).
  [/(?<!\b(?:plus|pas) (?:a la |en )?)\brecherche (?:active )?(?:(?:d'un |de |du )(?:poste|job|boulot|taf)|de travail)\b/g, "recherche d'emploi"],
  [/\b(?:envie|besoin|soif) (?:d'autre chose|de changement|d'un changement|de changer d'air|de nouveaux horizons|d'un nouveau metier|d'une nouvelle voie)\b/g, 'changer de voie'],
  [/\b(?:souhait|envie|besoin|projet|desir|perspective)s? (?:d'|de (?:une |mon )?)evolution\b(?! (?:de|du|des) (?:salaire|remuneration|horaires?|planning))/g, 'evoluer'],
  // Job loss named by its noun or its SMS short form: « licenciement éco », « rupture co », « perte d'emploi », « poste supprimé ».
  [/\b(licencie\w*) eco\b/g, '$1 economique'],
  [/\brupture (?:co|conv|conventionnel)\b/g, 'rupture conventionnelle'],
  // Endings named by their noun: « CDD (pas|non) renouvelé », « non-renouvellement de mon contrat », « fin de CDD ».
  [new RegExp(`\\b(?:(?:mon|ma|le|la|un|une) )?${CONTRACT_NOUN} (?:pas|non|jamais) ${RENEWAL_PARTICIPLE}\\b`, 'g'), "mon $1 n'est pas renouvele"],
  [new RegExp(`\\b(?:le |un |au |du |suite au |apres le )?non renouvellement (?:de |du |d')(?:mon |ma |la |le )?${CONTRACT_NOUN}\\b`, 'g'), "mon $1 n'est pas renouvele"],
  [new RegExp(`\\b(?:pas|aucun) (?:de )?renouvellement (?:de |du |d')(?:mon |ma |la |le )?${CONTRACT_NOUN}\\b`, 'g'), "mon $1 n'est pas renouvele"],
  // The employer's refusal told with the verb and the contract as object (« ils renouvellent pas mon CDD »).
  [new RegExp(`\\b(?:ils|elle|il|on|l'entreprise|mon employeur|mon patron|ma patronne|la boite|la direction) (?:ne )?(?:(?:renouvelle|renouvellent|renouvellera|renouvelleront|reconduit|reconduisent|prolonge|prolongent) pas|(?:va|vont|veut|veulent) pas) (?:renouveler |reconduire |prolonger )?(?:mon|le) ${CONTRACT_NOUN}\\b`, 'g'), "mon $1 n'est pas renouvele"],
  // « fini le CDD »: the participle said first.
  [new RegExp(`(?<!\\b(?:j'ai|ai|a|avons|ont|j'avais|avait|avoir) )\\b(?:fini|termine|acheve)e? (?:le|mon) ${CONTRACT_NOUN}\\b`, 'g'), 'mon $1 est fini'],
];

/** The end of a fixed-term contract named by its noun (« fin de CDD vendredi », « fin du contrat le 30 »), not a benefit or someone else's. */
export const FIXED_TERM_END_NAMED = new RegExp(`(?<!\\b(?:en|prime|primes|indemnite|indemnites|attestation|certificat|solde|entretien) )\\b(?:fin (?:de |du )(?:la |le |mon |ma )?${CONTRACT_NOUN}|(?:au terme|a l'issue|a l'echeance) (?:de |du )(?:mon |ma |la |le )?cdd)\\b(?! (?:de|d') (?:mon|ma|son|sa|leur|notre) )(?! (?:[\\w']+ ){0,3}?dans (?:[\\w']+ ){1,2}?(?:mois|ans)\\b)`);
/**
 * A job lost named by its noun (« perte d'emploi en octobre », « suppression de mon poste », « poste supprimé », « fin de
 * période d'essai »): a job seeker when no other status is told (in a story, the loss may be years old).
 */
export const JOB_LOSS_NAMED = /(?<!\b(?:peur|risque|menace|crainte|angoisse|projet|annonce) (?:de |d')(?:la )?)\b(?:perte (?:d'emploi|de (?:mon )?(?:emploi|travail|poste|job|boulot))|suppression de (?:mon|ma) (?:poste|emploi)|fin (?:de |d')(?:ma |la )?periode d'essai)\b|(?<!\b(?:est|a ete|sera|va etre|vient d'etre|risque d'etre|serait|soit|peut etre|pourrait etre) )\b(?:mon )?poste supprime\b/;
/** Crops picked or harvested season after season. */
const SEASONAL_CROP = '(?:fraises|cerises|abricots|peches|pommes|poires|kiwis|melons|asperges|tomates|olives|noix|prunes|myrtilles|framboises|vendanges|foins|moissons|recoltes|cueillettes?|betteraves|endives|pommes de terre)';
/** Seasonal work told by its crops (« j'ai fait les fraises puis les vendanges », « les abricots puis les pommes »). */
export const SEASONAL_CROPS_TOLD = new RegExp(`\\b(?:(?:j'ai fait|je fais|je faisais|j'ai enchaine|j'enchaine) (?:les |la )${SEASONAL_CROP}|(?:les |la )${SEASONAL_CROP},? (?:puis|et|apres|ensuite) (?:les |la )${SEASONAL_CROP})\\b`);
/** A season told over (« saison terminée », « les saisons sont finies »): seasonal work. */
export const SEASON_OVER_TOLD = /\bsaisons? (?:est |sont )?(?:terminee?s?|achevee?s?|finie?s?)\b/;

/** A contract told over by its participle (« contrat terminé », « mon CDD est fini », « CDD arrivé à terme »). */
export const CONTRACT_ENDED_TOLD = new RegExp(`(?<!\\b(?:son|sa|leur|ses) )\\b${CONTRACT_NOUN} (?:est )?(?:termine|fini|acheve|echu|arrete|arrive a (?:son )?terme|arrive a echeance)e?s?\\b`);

/** Interim work told over by its noun (« fin de mission », « plus de missions depuis septembre », « mission terminée »). */
export const MISSION_ENDED_TOLD = /\b(?:fin de (?:ma |la )?mission|fin d'interim|plus d'interim|interim (?:est )?(?:fini|termine|arrete)|plus (?:de|aucune) missions?|(?:ma |la )?mission (?:(?:est|s'est|a ete) )?(?:terminee|finie|arretee|achevee|pas renouvelee|non renouvelee)|(?:pas|aucune) de missions? depuis)\b/;

/** A season's work told over without its name (« c'est fini depuis hier », « tout est terminé »), to read beside a seasonal status. */
export const WORK_OVER_TOLD = /\b(?:c'est|c'etait|tout est|ca s'est|ca c'est|ca a) (?:fini|termine|acheve|arrete|pris fin)\w*|\b(?:saison|cueillette|recolte|vendanges) (?:est |sont )?(?:finie?s?|terminee?s?|achevee?s?)\b/;
/** Nothing ahead told in other words (« je n'ai plus rien devant moi », « rien en vue », « je ne sais pas ce qui vient après »). */
export const NOTHING_AHEAD = /\b(?:plus rien|rien) (?:devant moi|en vue|a l'horizon|de prevu|pour la suite|derriere)\b|\b(?:je ne sais pas|je sais pas|j'ignore) ce qui (?:vient|va venir|suit|m'attend) (?:apres|ensuite|derriere)?/;

/** Seniority told as a status (« seize ans d'ancienneté », « quinze ans de maison », « dans la même entreprise depuis »). */
export const SENIORITY_TOLD = /(?<!\b(?:j'avais|avait|apres|avoir eu|ayant eu|malgre|il a|elle a|ils ont|elles ont|qui a) (?:[\w']+ ){0,2}?)\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix sept|dix huit|dix neuf|vingt|vingt cinq|trente|plusieurs|de nombreuses) (?:ans|annees) (?:d'anciennete|de maison|de boite|de metier|de carriere|de service|dans (?:la meme|cette|ma|mon) (?:entreprise|boite|societe|structure|enseigne)|chez (?:le meme|mon) employeur)\b|\b(?:dans|chez|au sein de) (?:la meme|le meme) (?:entreprise|boite|societe|employeur|groupe|enseigne|structure|patron)\b/;

/** One's employer's site closing, named by the noun (« fermeture du site en janvier », « fermeture de l'usine »). */
export const EMPLOYER_SITE_CLOSING = /\b(?:(?:fermeture|liquidation|liquidation judiciaire|delocalisation) (?:definitive )?(?:du site|de l'usine|de l'entrepot|de l'agence|du magasin|de la boite|de l'entreprise|de la societe|de l'etablissement|de l'atelier|du depot|de (?:mon|notre) employeur|de notre (?:site|usine|entrepot|agence|magasin|etablissement)))\b/;
/** A layoff plan at one's employer (« plan social dans ma boîte », « PSE en cours »): still an employee, the job at stake. */
export const EMPLOYER_LAYOFF_PLAN = /\b(?:plan social|pse|plan de sauvegarde de l'emploi|plan de licenciements?)\b/;

/** A definition asked (« c'est quoi une rupture conventionnelle ? »): the words after it are the topic, not the person's status. */
export const DEFINITION_ASKED = /\b(?:(?:c'est quoi|qu'est ce que c'est|a quoi (?:sert|correspond)|comment (?:marche|fonctionne)|ca marche comment) (?:exactement |au juste |concretement )?(?:un |une |le |la |l'|les )|qu'est ce qu'(?:un |une ))(?:(?!(?:je|j'|mais|et|moi|car)\b)[\w']+ ?){1,3}/g;
/** A registration as a job seeker told briefly (« inscrit FT », « inscrite à pôle emploi », « inscrit au chômage »): no longer an employee. */
export const REGISTRATION_TOLD_BRIEFLY = /\binscrite?s? (?:a |au |chez |a la )?(?:ft|france travail|pole emploi|pe|chomage)\b/;
/** A search told in a word or two (« je cherche dans la vente », « je recherche », « en recherche »), beside an ending told by nouns. */
export const JOB_SEARCH_TOLD_BRIEFLY = /\b(?:je (?:re)?cherche|en recherche|a la recherche)\b(?! (?:une |un |de |d')?(?:formation|logement|appart\w*|hebergement|solution de garde|nounou|creche)\b)/;
// Women's specific barriers told in passing, a child's school, studies being left.

/** A child under school age or a baby (« mère d'un enfant de deux ans », « un bébé de huit mois », « enfants en bas âge »). */
export const YOUNG_CHILD_TOLD = new RegExp(
  String.raw`\b(?:(?:mere|maman) (?:d'un|d'une|de (?:deux|trois|quatre|\d)) (?:jeunes? |petite?s? )?(?:enfants?|bebes?|fils|filles?|garcons?|petite?s?|nourrissons?|jumeaux|jumelles) (?:de (?:\d|un|une|deux|trois|quatre|cinq|quelques|[\w]+ (?:et|ou) [\w]+) (?:mois|ans?)|en bas age)|jeune (?:maman|mere)|(?:mon|ma|un|une|mes|deux|trois|des) (?:\w+ )?(?:bebes?|nourrissons?)|(?:enfants?|bebes?|petits?|petites?|fils|filles?|jumeaux|jumelles) en bas age|(?:mon|ma|un|une) (?:petite?|fils|fille|garcon|enfant|bebe) (?:de|d') (?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|dix huit|quelques) mois|(?:mon|ma|un|une) (?:petite?|fils|fille|garcon|enfant) de (?:1|2|3|4|un|deux|trois|quatre) ans)\b`,
);

/** Nobody or nothing to mind the children while working (« personne pour garder ma fille », « pas de mode de garde »). */
export const CHILDCARE_LACKING = new RegExp(
  String.raw`\b(?:(?:personne|pas (?:de )?(?:famille|nounou|solution)|aucune solution|aucune nounou) (?:pour|qui puisse|qui peut) (?:les |le |la |l')?(?:garder|s'occuper)|(?:pas de|pas trouve de|aucun|aucune|sans|trouve pas de|trouve pas) (?:mode|solution|moyen|systeme|possibilite) de garde|(?:pas de|aucune|sans|pas eu de|refus de) place (?:en|a la|dans une) creche|(?:pas de|aucune|sans) (?:nounou|assistante maternelle|creche)|(?:compatible|compatibles|incompatible|incompatibles|concilier|conciliable) (?:\w+ ){0,2}?(?:avec )?(?:les |mes )?(?:horaires (?:de l'ecole|de la creche|de l'ecole|d'ecole|scolaires)|la garde|mes enfants|ma vie de (?:famille|maman|mere))|(?:faire|me faire) garder (?:mes|mon|ma|les) (?:\w+ )?${CHILD_NOUN})\b`,
);

/** Work or training sought by the person (« je cherche du travail », « je souhaite trouver une formation ou un emploi »). */
export const WORK_OR_TRAINING_SOUGHT = /\b(?:je (?:re)?cherche|je suis a la recherche|a la recherche|(?:je )?(?:voudrais|veux|souhaite|souhaiterais|aimerais|dois|vais|compte) (?:\w+ ){0,2}?(?:trouver|chercher|cherche|reprendre|retrouver|travailler|retravailler|me former|suivre|faire)|(?:il )?faut que je (?:re)?trouve|je n'arrive pas a (?:reprendre|trouver|retrouver|retravailler|travailler))\b(?: (?:\w+ ){0,3}?(?:travail|emploi|boulot|taf|job|poste|formation|activite|travailler|retravailler))?/;

/** A spouse's posting followed (« j'ai suivi mon mari muté », « suite à la mutation de mon époux »). */
export const SPOUSE_POSTING_FOLLOWED = /\b(?:(?:j'ai suivi|pour suivre|suivi|suivre|en suivant|j'ai accompagne|pour accompagner) (?:mon|le) (?:mari|epoux|conjoint|compagnon|homme)|(?:mutation|demenagement|poste|nouveau poste|travail) (?:de |d')(?:mon|le) (?:mari|epoux|conjoint|compagnon)|(?:mon|le) (?:mari|epoux|conjoint|compagnon) (?:a ete |est |vient d'etre |etant |ayant ete )?mute)\b/;

/** The person's own work left, lost or lacking now (« j'ai dû quitter mon emploi », « je suis sans emploi »). */
export const OWN_WORK_LACKING = /\b(?:j'ai (?:du )?(?:quitter|quitte|laisser|laisse|demissionne|perdu)(?: de)? (?:mon|ma) (?:travail|emploi|poste|boulot|job|cdi|place)|(?:je suis|suis|me voila|me voici|me retrouve|je me retrouve) (?:maintenant |desormais |donc |actuellement )?sans (?:emploi|travail|boulot|activite)|je (?:re)?cherche (?:un|du|une) (?:travail|emploi|boulot|job|poste)|je (?:ne )?(?:re)?trouve (?:pas|rien|aucun|aucune)(?: de| d')? ?(?:travail|emploi|boulot|job|poste|taf)?|(?:je n'ai|j'ai) (?:plus|pas|aucun) (?:d'|de )?(?:emploi|travail|boulot|job|poste|taf))\b/;

/**
 * Back from parental or maternity leave (« je rentre de deux ans de congé parental », « de retour de congé mat »): the return
 * the CIDFF helps with. Narrower than BACK_FROM_LEAVE (which reads the status): no paternity or sick leave.
 */
export const BACK_FROM_FAMILY_LEAVE = /\b(?:je rentre|je reviens|je suis (?:de retour|revenue?|rentree?)|de retour|retour|je reprends(?: le travail| le boulot| mon poste| le taf)?|reprise|a mon retour|au retour) (?:de|du|d'un|d'une|apres|a la fin de) (?:mon |ma |un |une )?(?:(?:\d+|un|une|deux|trois|quatre|cinq|six|quelques|plusieurs) (?:ans|annees|mois) (?:de |d'))?conge (?:parental|(?:de )?mat(?:ernite|er)?)\b/;

/** After a maternity or parental leave (« après mon congé maternité j'ai été licenciée »): the return, whatever the status. */
export const AFTER_FAMILY_LEAVE = /\bapres (?:mon |ma |un |une |son |sa )?(?:(?:\d+|un|une|deux|trois|quatre|cinq|six|quelques|plusieurs) (?:ans|annees|mois) (?:de |d'))?conge (?:parental|(?:de )?mat(?:ernite|er)?)\b/;

/** The children grown up or gone (« maintenant ils sont grands », « mes filles sont parties de la maison »). */
export const CHILDREN_GROWN_UP = /\b(?:(?:mes|les|nos) (?:\w+ )?(?:enfants|petits|filles|fils|gosses|jumeaux|jumelles)|ils|elles) (?:sont|ont) (?:(?:maintenant|desormais|enfin|aujourd'hui|tous|toutes|deja|bien|plus) )*(?:grands|grandes|autonomes|adultes|majeurs|majeures|partis|parties|quitte la maison|tous partis)\b/;

/** Work needed now, said with the subjunctive (« il faut que je trouve du travail », « va falloir que je bosse »). */
export const WORK_NEEDED_NOW = /\b(?:faut|faudrait|faudra|va falloir) (?:absolument |vite |rapidement |vraiment )?que je (?:re)?(?:trouve|travaille|bosse)\b/;

/** A child named by rank (« le dernier », « la plus jeune », « les jumeaux ») at school: their school, not the person's. */
export const CHILD_AT_SCHOOL_BY_RANK = /\b(?:le|la|les|l'|mon|ma|mes) (?:petit |petite )?(?:dernier|derniere|plus jeune|plus petit|plus petite|plus grand|plus grande|aine|ainee|cadet|cadette|benjamin|benjamine|jumeaux|jumelles|grand|grande|grands|grandes|petit|petite|deux grands|deux petits|premier|premiere) (?:(?:qui )?(?:est|sont|va|vont|entre|entrent|rentre|rentrent|passe|passent|vient d'entrer|viennent d'entrer|fait sa rentree|font leur rentree|commence|commencent) )?(?:au|en|a la|a l'|dans (?:un|une|le|la)) (?:college|lycee|ecole|maternelle|primaire|creche|6e|6eme|sixieme|5e|5eme|cinquieme|cp|ce1|ce2|cm1|cm2|seconde|premiere|terminale|internat|3e|3eme|troisieme|4e|4eme|quatrieme)\b/g;

/** Studies the person means to leave, said as a wish or a plan (« je veux lâcher mon BTS », « je compte arrêter la fac »): a student today. */
export const OWN_STUDIES_LEFT_WISHED = /\b(?:(?:je (?:veux|voudrais|compte|pense|vais|souhaite|aimerais|prefere)|j'hesite a|je songe a) (?:\w+ ){0,2}?|envie d')(?:lacher|arreter|quitter|abandonner|laisser tomber|stopper|plaquer|interrompre) (?:(?:la|l'|ma|mon|mes|le|les) ?)(fac|universite|univ|faculte|iut|licence|l[123]|m[12]|etudes|bts|but|dut|master|cursus|prepa|ecole|lycee|cap|bac pro|terminale|cours|formation)\b/;

/** Out of school told in other words (« j'ai été pris nulle part », « je traîne chez moi »). */
export const OUT_OF_SCHOOL_TOLD = /\b(?:(?:j'ai ete|ete) (?:pris|prise|accepte|acceptee|retenu|retenue) nulle part|(?:je n'ai|j'ai|n'ai) pas ete (?:pris|prise|accepte|acceptee|retenu|retenue)|(?:vire|viree|exclu|exclue|renvoye|renvoyee) (?:du|de l'|de mon|de son|de ma) ?(?:lycee|college|ecole|cfa)|(?:pas|plus) repris (?:les cours|l'ecole|le lycee|les etudes|le chemin de l'ecole)|je (?:traine|glande) (?:a la maison|chez moi|chez mes parents)|(?:plus|pas) inscrite? (?:nulle part|au lycee|a l'ecole|en cours))\b/;
// Out of scope beside a career need, dismissals in slang, taxes and benefits asked formally,
// emergencies told as situations, a recognition paraphrased and a creation told as an installation.

/** A rights question said bare (« j'ai le droit ? », « il peut faire ça ? », « c'est quoi mes droits »): a dispute only beside work words (EMPLOYER_DISPUTE_CONTEXT). */
export const RIGHTS_ASKED_BARE = /\b((j'ai|ai je|on a|a t on|est ce que j'ai|est ce qu'on a) (bien )?le droit(?! (a|au|aux|de|d')\b)|le droit de faire (quoi|ca|cela)|(il|elle|ils|elles|on|l'employeur|mon employeur|mon patron|ma patronne|ma cheffe|mon chef|mon boss|la direction) (peut|peuvent|pourrait|a le droit de|ont le droit de|avait le droit de) (me |nous )?faire (ca|cela|un truc pareil|une chose pareille)|(c'est|c'est quoi|quels sont|connaitre) mes (droits|recours)(?! (a|au|aux|de|du|pour) (la )?(formation|cpf|vae|bilan|chomage|retraite))|(quels|des|mes|un) recours (contre|face a|possibles?)|(il|elle|ils|on) a (bien |vraiment )?le droit(?! (a|au|aux)\b))/;
/** Work words that make a bare rights question a dispute with the employer. */
export const EMPLOYER_DISPUTE_CONTEXT = /\b(patron\w*|employeur|boss|chef|cheffe|direction|gerant\w*|heures|(sans )?(les |me |nous )?payer|paye\w*|boite|entreprise|societe|responsable|manager|rh|drh|heures sup\w*|salaires?|primes?|conges( payes)?|contrat|licenci\w*|vire\w*|lourde\w*|horaires|planning|fiche de paie|bulletin de (paie|salaire)|preavis)\b/;
/** Leaving one's company wished (« je veux partir de cette boîte », « changer de boîte », « aller voir ailleurs »): another job looked for. */
export const LEAVING_EMPLOYER_WISHED = /\b((je |j')?(veux|voudrais|vais|compte|souhaite|souhaiterais|aimerais|ai envie de|pense a|prefere|prefererais|dois) (bien |vraiment |juste |aussi |absolument |vite )?(partir|quitter|me barrer|me tirer|me casser|m'en aller|sortir) (de |d')?(cette|ma|mon|la|cet|ce|le|l') ?(boite|entreprise|societe|taf|boulot|employeur|structure|agence|usine|enseigne|groupe|bazar|resto|restaurant|magasin|hotel|garage|chantier|atelier|entrepot|cabinet|labo|supermarche)\b|changer (de|d') (boite|entreprise|employeur|societe|structure)|(aller|partir) voir ailleurs|(boite|entreprise|societe|taf|boulot|job|employeur) ([\w']+ ){0,3}?(je |j')?(veux|voudrais|vais|compte|souhaite|prefere) (partir|me barrer|me casser|m'en aller|me tirer)\b|(trouver|chercher) (un|une) (autre|nouveau|nouvelle) (poste|emploi|boulot|job|travail|entreprise|boite|employeur))/;
/** Dismissed told in slang or plainly with the employer as the actor (« mon patron m'a viré », « je me suis fait lourder », « j'ai été remerciée »). */
export const DISMISSAL_TOLD_IN_SLANG = /\b((il|elle|ils|elles|on|patron\w*|patronne|employeur|chef|cheffe|boss|direction|boite|entreprise|societe|rh|agence|gerant\w*|responsable|manager|taule) (m'a|ma|m'ont|m'avait|m'avaient) (vire\w*|lourde\w*|degage\w*|renvoye\w*|licencie\w*|remercie\w* (du jour au lendemain|sans|comme|apres|au bout|hier|ce matin|la semaine|brutalement|pour)|mis\w* a la porte|foutu\w* a la porte|jete\w* comme)(?! (de chez|de la maison|de l'appart\w*|du logement|de mon appart\w*|de mon logement))|(je me suis fait|je me suis faite|je viens de me faire|on vient de me) (virer|lourder|degager|jeter|renvoyer|licencier|remercier|mettre a la porte|foutre a la porte)(?! (de chez|de la maison|de l'appart\w*|du logement))|(j'ai ete|je viens d'etre|je suis|jsuis) (vire\w*|lourde\w*|remercie\w*|renvoye\w*|mis\w* a la porte) (de mon|de ma|du|de la|par|apres|hier|la semaine|sans|comme|pour|du jour))|^(licencie|vire|lourde|renvoye)e?s? (du jour au lendemain|hier|avant hier|la semaine|ce matin|sans|pour|apres|comme|par|de mon|de ma)\b/;
/** Taxes on one's own income asked (« combien je vais payer d'impôts », « mon avis d'imposition », « payer la TVA »). */
export const TAX_ON_OWN_INCOME_ASKED = /\b((payer|paye|paie|payerai|payerais|je paie|je paye) (\w+ ){0,2}?(d'impots?|des impots?|l'impot|les impots?|la tva|de la tva|de tva|trop d'impots?)|combien (d'impots?|de tva|d'impot)|(mon|mes|l') (avis d'imposition|imposition|impots?)\b|(comprends|comprend) (rien|pas) (aux|a mes|a ces) impots|impots? (que je dois|que j'aurai a|a) payer|((vais|va|serai|vais etre) )?(impose\w*) sur (mes|mon|ma)|prelevement a la source|taux de prelevement|tranche (d'imposition|marginale)|avis d'imposition|(facturer|collecter|recuperer|declarer) (\w+ ){0,2}tva)/;
/** A social benefit's eligibility asked (« si je peux bénéficier de l'aide au logement », « suis-je éligible à la prime d'activité »). */
export const SOCIAL_BENEFIT_ELIGIBILITY_ASKED = /\b((je peux|j'ai|j'aurai|j'aurais|ai je|aurai je|aurais je|puis je|pourrais je|pourrai je|je pourrais|je pourrai|suis je|serais je|je serais|je suis) (bien )?(droit|eligible|le droit) (a |au |aux |de |d')?(toucher |percevoir |beneficier (de |d'|du |des )|avoir |demander |obtenir |recevoir )?|(je peux|puis je|pourrais je|pourrai je|je pourrais|je pourrai|j'ai) (toucher|percevoir|beneficier (de|d'|du|des)|avoir|demander|obtenir|recevoir) )(l'|la |le |les |une |un |des |du |aux |au )?(aides? au logement|apl|als|alf|allocations? (familiales?|logement|de rentree scolaire)|alloc (logement|familiales?|caf)|prime d'activite|aah|caf|complement familial|prestations? (familiales?|sociales?)|paje)\b/;
/** An amount asked formally (« pour quel montant », « à combien s'élèverait »): a benefit amount beside a benefit named. */
export const AMOUNT_ASKED_FORMALLY = /\b((apl|caf|aah|rsa|alloc\w*|prime d'activite|aide au logement|are) (c'est |ca fait |ca donne |je touche |j'aurai |on touche )?(combien|cb)(?! (de|d')\b)|(pour|de) quel montant|quel (serait|sera|est|pourrait etre) (le|mon) montant|(a )?combien s'eleve\w*|a hauteur de combien|le montant (\w+ ){0,4}(auquel|a laquelle|que je (pourrais|pourrai|vais|peux)))\b/;
/** Social benefits named beside an amount asked formally. */
export const SOCIAL_BENEFIT_NAMED = /\b(aides? au logement|apl|allocations? (familiales?|logement|chomage)|alloc\w*|prime d'activite|aah|rsa|are|caf|indemnites? chomage)\b/;
/** A paid room (hotel, rented room) the person lives in. */
export const PAID_ROOM = /\b(hotel|airbnb|air bnb|auberge|motel|formule 1|ibis|chambre meublee|meuble|residence hoteliere|(?<!\b(?:femme|valet|garcon) de )chambre)\b/;
/** The room that cannot be paid any more (« je peux plus payer », « plus de quoi payer la chambre »). */
export const ROOM_UNPAYABLE = /\b((ne )?(peux|pourrai|pourrais|arrive|arriverai|pouvons|peut) (plus|pas) (la |le |les |l')?(payer|regler)(?! (ma|mon|mes|une|un|sa|son|ses|cette|ce|le|la|les|l'|des|du)\b ?(?!chambre|nuit|nuitee|hotel|semaine|loyer|sejour)\w+)|(plus|pas) (les moyens|de quoi|assez|d'argent|un sou|un rond|de sous) (pour |de )?(la |le |les |l'|me )?(payer|regler|rester)|que je (ne )?(peux|pourrai) (plus|pas) payer|(plus|pas) payable)\b/;
/** Tonight the last night of a stay, not of a shift or a holiday (« c'est ce soir la dernière nuit »). */
export const LAST_NIGHT_NOW = /\b((ce soir|cette nuit|demain) (c'est |ce sera |est )?(la|ma|notre) derniere nuit|(la|ma|notre) derniere nuit (c'est |est |sera )?(ce soir|cette nuit|demain))\b(?! (de|d'|du|des|en|avant|chez moi|a la maison)\b)/;
/** A weapon or a raised hand against the person (« il m'a menacée avec un couteau », « il a levé la main sur moi »). */
export const WEAPON_THREAT_TOLD = /\b((m'a|m'avait|m'ont|nous a|me|m') ?(menace\w*|agresse\w*|attaque\w*|braque\w*|poursuivi\w*) (avec|au|a coups? de|a l'aide d') ?(un |une |son |sa |le |la |l')?(couteau|arme|fusil|carabine|pistolet|revolver|hache|ciseaux|batte|marteau|lame|cutter|tournevis|barre de fer)\w*|(m'a|il a|elle a|avait|a) (mis|colle|pose|tenu|pointe|brandi|sorti) (un|une|son|sa|le) (couteau|arme|fusil|carabine|pistolet|revolver|lame|cutter|hache)( de chasse)? (sous|sur|contre|vers|devant)|(il|elle|lui|mon \w+|ma \w+) (a |avait )(sorti|brandi|pointe) (un|une|son|sa|le) (couteau|arme|fusil|carabine|pistolet|revolver|lame|cutter|hache)|leve la main sur (moi|nous|mes enfants|ma fille|mon fils|les enfants|les petits))\b/;
/** Afraid or unwilling to go home (« je ne veux pas rentrer ce soir »): violence beside someone at home (« avec lui »). */
export const AFRAID_TO_GO_HOME = /\b((peur|n'ose pas|j'ose pas|je n'ose plus|j'ose plus|je ne veux pas|je veux pas|je ne veux plus|je veux plus|pas question de) (de )?(rentrer|retourner) (ce soir |maintenant |aujourd'hui )?(chez moi|chez nous|a la maison|ce soir|a l'appart\w*|chez lui|la bas))/;
/** Someone at home with the person, told with a pronoun (« j'habite avec lui »). */
export const LIVING_WITH_HIM = /\b((j'habite|je vis|je loge|on habite|on vit|nous vivons|nous habitons) (\w+ ){0,3}?avec (lui|elle)|chez lui|il m'a|il me)\b/;
/** A car or a van told as the home (« ma voiture c'est ma maison », « je vis dans ma caisse »). */
export const CAR_AS_HOME = /\b((je vis|je dors|je loge|j'habite|je squatte|on vit|on dort|nous vivons|nous dormons|je passe (mes|les) nuits|je suis oblige\w* de dormir) (\w+ ){0,3}?dans (ma|la|une|mon|notre|sa) (voiture|caisse|bagnole|tire|auto|vehicule|camionnette|fourgon|van)|(ma|notre) (voiture|caisse|bagnole|tire|camionnette|van) (c'est|est devenue?|me sert de|nous sert de) (ma|notre|mon) (maison|chez moi|logement|domicile|toit|chambre|appart\w*))\b/;
/** A host's or a shelter's stay that ends (« demain c'est fini », « elle m'a dit que je dois partir », « mon séjour au foyer se termine »). */
export const HOSTED_STAY_ENDS = /\b((sejour|hebergement|mise a l'abri|nuitees?|prise en charge (a l'|au |en |par le )(hotel|foyer|115|chrs|centre)\w*|place (au|en) (foyer|chrs|centre)) ([\w']+ ){0,4}?(se termine|s'arrete|prend fin|finit|fini|termine\w*|s'acheve|ne sera pas (renouvele|prolonge)e?)|(m'a|m'ont|nous a|nous ont) dit (que|qu') (je|on|nous) (dois|doit|devons|devais|devrai|vais devoir) (partir|m'en aller|quitter|degager|trouver autre chose|faire mes valises))\b/;
/** The host's words then an end (« sur son canapé mais demain c'est fini »), with no job or course between. */
export const HOST_THEN_ENDS = /\b(canape|chez (un|une|mon|ma|mes) (pote|potes|ami|amie|amis|copain|copine|cousin\w*|tante|oncle|frere|soeur|connaissance)|foyer|115|hotel social|chrs)\b(?:(?!\b(?:cdd|contrat|mission|saison|formation|stage|cours|boulot|travail|job|chomage|droits|lycee|ecole|fac|emploi)\b)[^.]){0,40}?\b(c'est fini|c'est termine|ca s'arrete|ca se termine|ca finit)\b/;
/** Put out now by a host or a shelter (« le 115 me met dehors demain »). */
export const PUT_OUT_NOW = /\b(le 115|le foyer|le centre|l'hotel|l'hebergement|le chrs|le proprio\w*|le proprietaire|le bailleur|mon pote|ma pote|mon ami|mon amie|ma copine|mon copain|ma soeur|mon frere|mes parents|ma mere|mon pere|ma tante|mon oncle|mon cousin|ma cousine|ils|elle|il) (\w+ ){0,2}?(me|nous) (met|mettent|mettra|mettront|fout|foutent|foutra|jette|jettent|jettera|vire|virent|virera) (dehors|a la rue)\b/;
/** Energy or water cut now (« on nous coupe tout », « ils vont me couper l'eau »). */
export const SUPPLIES_CUT_NOW = /\b((on|ils|edf|engie|le fournisseur|la regie|veolia) (va |vont )?(nous|me|m') ?(coupe|coupent|couper|a coupe|ont coupe) (tout(?! le temps| de suite| court| a l'heure)|l'eau|le courant|l'electricite|le gaz|le chauffage))\b/;
/** No money to buy food today, or not knowing how the children will eat tonight. */
export const FOOD_MONEY_GONE_NOW = /\b((pas|plus|pu) (un sou|un rond|un euro|un centime|d'argent|de sous|de quoi|les moyens) (pour |d'|de )?(acheter|payer|faire) (a manger|de quoi manger|la bouffe|les courses|a bouffer|du pain|le repas)|(sais pas|sais plus|ne sais pas|ne sais plus|aucune idee de) (comment|ce que|quoi) (je vais|on va|nous allons|je peux|je pourrai) (nourrir|faire manger|donner a manger|manger)( [\w']+){0,3}? (ce soir|aujourd'hui|demain))\b/;
/** A disability recognition paraphrased (« la reconnaissance à vie pour mon dos », « le statut handicapé »). */
export const RECOGNITION_PARAPHRASED = /\b((j'ai|jai|j'ai obtenu|j'ai eu|je beneficie de|je dispose de|on m'a (donne|accorde|attribue)|titulaire de) (la|une|ma) reconnaissance (a vie|definitive|permanente|(a vie |definitive )?(pour|a cause de) (mon|ma|mes) (dos|genoux?|epaules?|bras|jambes?|hanches?|pieds?|mains?|poignets?|vue|yeux|audition|oreilles?|surdite|coeur|poumons?|colonne|cervicales|lombaires|hernies?|handicap|maladie|diabete|epilepsie|depression|sclerose|polyarthrite|arthrose|cancer|asthme|dyslexie|autisme|sante|accident|invalidite|pathologie|troubles?)|jusqu'(en|a|au) \d{4}|valable)|(j'ai|jai|avec|j'ai obtenu|je suis sous) (le|un) statut (de )?(travailleu\w* )?handicape\w*)\b/;
/** A creation told as an installation or a farm taken over (« projet d'installation en maraîchage », « m'installer comme paysagiste »). */
export const INSTALLATION_PROJECT_TOLD = /\b((projet|idee|envie|reve) (d'|de (mon |ma )?)installation|(?:(?:mon|ma|une) |l'|^)installation (agricole|en agriculture|en maraichage|en elevage|en liberal|a mon compte|comme [\w']+|en tant que [\w']+|en (bio|viticulture|apiculture|arboriculture|horticulture|aquaculture|ostreiculture))|installation (agricole|en agriculture)|(m'installer|m'installe|s'installer|nous installer) (a mon compte|a son compte|en (liberal|independant\w*|freelance|agriculture|maraichage|elevage|bio|viticulture|apiculture|arboriculture|horticulture|agricult\w*)|(comme|en tant que|en tant qu') ?(?!salarie\w*|employe\w*)[\w']+)|(reprendre |reprise (de |d')|racheter |rachat (de |d'))(une|la|l'|un|le|sa|son|cette|ma|mon) ?(petite |grande )?(ferme|exploitation|elevage|vignoble|cabinet|officine|pharmacie|gite)\w*)\b/;
/** Work needed, not done (« faut que je bosse », « il faut bien que je trouve du travail »): no job today, a job looked for. */
export const WORK_NEEDED_TOLD = /\b((il )?(faut|faudrait|faut bien|il faut bien) (bien |aussi |vite |absolument |maintenant |vraiment |donc )?que je (bosse|travaille|retravaille|(re)?trouve (du|un) (travail|boulot|taf|job|emploi))|(je )?(cherche|recherche) (un|une|du) (nouveau|nouvel|nouvelle|autre|petit) (boulot|taf|job|travail|emploi|poste|contrat)|retrouver (rapidement |vite |au plus vite |bientot )?(un|une|du) (poste|emploi|travail|job|boulot|taf))\b/g;
/** Put out by the employer (« mon patron m'a mis à la porte »): a job lost, no home lost. */
export const EMPLOYER_PUT_OUT = /\b(patron\w*|patronne|employeur|chef|cheffe|boss|direction|boite|entreprise|societe|rh|agence|gerant\w*|manager) (m'a|m'ont|m'avait) (mis\w*|foutu\w*) (a la porte|dehors)(?! (de chez|de la maison|de l'appart\w*|du logement))/g;
/** The employer's workplace closing told by a verb (« ça ferme en mars », « l'usine va fermer », « ils ferment le site », « on nous a annoncé la fermeture »). */
export const EMPLOYER_CLOSING_TOLD = /\b(?:(?:ca|tout|l'usine|l'entreprise|la boite|la societe|le site|l'atelier|le magasin|l'entrepot|l'agence|la fonderie|la scierie|l'imprimerie|la boutique|l'etablissement|le depot|(?:notre|mon|ma) (?:usine|entreprise|boite|societe|site|magasin|atelier|entrepot|agence|employeur|etablissement|depot))(?: (?:ou|dans laquelle|dans lequel|chez qui|qui m'emploie)(?: (?!(?:et|mais|car|donc)\b)[\w']+){0,6}?)? (?:va |vont |doit |devrait )?(?:fermer|ferme|fermera|ferment|fermeront)(?: (?:ses|ces) portes| definitivement| boutique)?|(?:ils|elles|on|la direction|le patron|le groupe) (?:va |vont |veut |veulent )?(?:ferme|ferment|fermer|fermera|fermeront) (?:le site|l'usine|l'entreprise|la boite|le magasin|l'atelier|l'entrepot|l'agence|l'etablissement|le depot|tout)|(?:annonce|annoncer|appris|apprendre|informe|informes|dit)(?: [\w']+){0,3}? (?:la |une |leur )?fermeture|(?:la )?fermeture (?:definitive |totale )?(?:est |a ete |vient d'etre )?(?:annoncee|prevue|programmee|actee))\b/;
/** An employee's closing told beside the employee's own work there (seniority, « j'y travaille », « je bosse à … »). */
export const OWN_WORK_THERE_TOLD = /\b(?:(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix sept|dix huit|dix neuf|vingt|vingt [\w]+|trente|plusieurs) (?:ans|annees) (?:d'anciennete|de maison|de boite|dans (?:la meme|le meme|cette|ce|mon|ma)|que j'y (?:suis|travaille|bosse)|que je (?:travaille|bosse|suis) (?:dans|a|chez|pour))|j'y (?:travaille|bosse|suis) depuis|(?:je travaille|je bosse|salarie\w*|employe\w*|ouvrier\w*) (?:[\w']+ ){0,4}?depuis (?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|[\w]+ze|vingt|trente|plusieurs))\b/;
/** The RSA denied (« je ne suis pas au RSA », « pas de RSA », « ni au RSA »): no RSA recipient. */
export const RSA_DENIED = /\b(?:je ne suis pas|je suis pas|je ne touche pas|je touche pas|je n'ai pas|j'ai pas|je ne percois pas|pas|ni|sans|aucun) (?:au |le |du |de |beneficiaire du |allocataire du |droit au )?(?:rsa|revenu de solidarite)\b/;
/** A disability denied (« je ne suis pas handicapée », « pas de handicap », « ni en situation de handicap »). */
export const DISABILITY_DENIED = /\b(?:je ne suis pas|je suis pas|je n'ai pas de|j'ai pas de|je n'ai aucun|j'ai aucun|pas de|ni|aucun|sans) (?:en situation de )?(?:handicap|handicape|handicapee)\b/;
/** Job offers asked for at a place (« vous avez des offres à Niort », « y a du travail vers Tours »): a job searched for. */
export const JOB_OFFERS_ASKED = /\b(?:vous avez|vous auriez|avez vous|auriez vous|il y a|y a|y aurait|il y aurait|est ce que vous avez|est ce qu'il y a|vous proposez|proposez vous) (?:des|quelques|du|de l') ?(?:offres?(?: d'emploi| de travail)?|annonces?|postes? a pourvoir|(?:jobs?|emplois?|postes?|travail) (?:a|sur|vers|dans|du cote d\w*|pres d\w*|autour d\w*|en)\b)/;
/** Leaving one's trade or one's job wished, in slang too (« me barrer de ce métier », « lâcher ce boulot », « me casser de ce taf »). */
export const LEAVING_TRADE_OR_JOB_WISHED = /\b(?:veux|voudrais|vais|compte|souhaite|aimerais|ai envie de|pense a|dois) (?:bien |vraiment |juste |aussi |absolument |vite )?(?:partir|quitter|me barrer|me tirer|me casser|m'en aller|sortir|lacher|laisser tomber|arreter) (?:de |d')?(?:ce|cet|cette|mon|ma|le|la|l') ?(?:metier|travail|job|taf|poste|secteur|branche|domaine|milieu|restauration|batiment|commerce|vente)\b/;
/** A contract told ended with its trade or place between (« mon contrat de vente vient de se terminer », « mon contrat en boulangerie s'est fini »). */
export const CONTRACT_JUST_ENDED_TOLD = new RegExp(
  String.raw`(?<!\b(?:son|sa|leur|ses) )\b${CONTRACT_NOUN}(?: (?!(?:et|mais|je|j'|car|donc|puis|alors|qui|que)\b)[\w']+){0,3}? (?:vient de (?:se terminer|se finir|finir|prendre fin|s'achever|s'arreter)|s'est (?:termine|fini|acheve|arrete)|est (?:termine|fini|acheve)|a pris fin)e?\b`,
);
/**
 * A job title that holds a need's word (« directrice financière », « directeur administratif et financier »,
 * « responsable formation », « conseillère en financement », « consultante en bilan de compétences »,
 * « accompagnatrice VAE », « coach en reconversion »): a trade, not a
 * need. An adviser named with an article or a possessive (« un conseiller en financement », « ma
 * conseillère en insertion ») is someone the person wants or sees, so the need stays.
 */
export const JOB_TITLE_NAMING_A_NEED = new RegExp(
  String.raw`(?<!\b(?:un|une|le|la|l'|les|des|du|au|aux|mon|ma|mes|son|sa|ses|notre|votre|leur|ce|cette|voir|parler a|contacter|rencontrer) )\b` +
    String.raw`(?:directeur|directrice|daf|responsable|charge|chargee|conseiller|conseillere|consultant|consultante|assistant|assistante|analyste|controleur|controleuse|gestionnaire|ingenieur|ingenieure|coordinateur|coordinatrice|coordonnateur|coordonnatrice|chef|cheffe|adjoint|adjointe|auditeur|auditrice|attache|attachee|juriste|animateur|animatrice|concepteur|conceptrice|technicien|technicienne|secretaire|manager|specialiste|expert|experte|referent|referente|delegue|deleguee|inspecteur|inspectrice|acheteur|acheteuse|comptable|accompagnateur|accompagnatrice|coach|formateur|formatrice)s?` +
    String.raw`(?: (?:de|d'|du|des|en|la|le|l'|et|administratif|administrative|comptable|technique|service|pole|projets?|ingenierie|gestion|affaires|etudes|analyse|tresorerie|produits?|marches?|controle|risques?|credit|operations?)){0,4}` +
    String.raw` ?(?:financ\w*|finances?|formations?|insertion|orientation(?: scolaire| professionnelle)?|creation d'entreprises?|bilans? de competences|vae|reconversions?)\b(?! (?:pour|de mon|de ma|a financer|me finance\w*))`,
  'g',
);
/**
 * A workplace or a sector named by a need's word (« je bosse dans un organisme de formation », « une
 * société de financement », « je travaille dans la finance »): where the person works, not a need. A
 * place joined or sought (« m'inscrire dans un centre de formation ») keeps the need.
 */
export const WORKPLACE_NAMING_A_NEED = new RegExp(
  String.raw`(?<!\b(?:inscrire|inscrit\w*|entrer|rentrer|integrer|cherche|recherche|trouver|aller|passer|suivre|faire|voudrais|veux|souhaite|aimerais|besoin|conseille|oriente\w*)(?: [\w']+){0,3} )` +
    String.raw`\b(?:(?:dans|ds|chez|pour|au|a|de|d') ?(?:un |une |le |la |l'|mon |ma |notre |cet |cette )?` +
    String.raw`(?:organisme|centre|cabinet|societe|etablissement|institut|service|pole|departement|direction|boite|structure|agence)s? (?:de |d'|du |des )?(?:la )?(?:formation|financement|bilans? de competences|vae|insertion|orientation)` +
    // The sector (« dans la finance », « en finance »), never « a finance » (« il a financé », accents gone).
    String.raw`|(?:dans|ds|de) la finance|en finance)\b`,
  'g',
);

// A benefit's amount or computation asked, whatever the benefit's name (acronym, spelled out, familiar).
/** A social benefit by any of its names (« revenu de solidarité active », « l'aide personnalisée au logement », « le chômage »). */
const SOCIAL_BENEFIT_ANY_NAME = String.raw`(?:rsa|aah|apl|als|alf|are|ass|asf|paje|caf|alloc\w*(?: (?:chomage|logement|familiales?|caf))?|allocations?(?: (?:de |d'|du |des |aux |au |a l')?[\w']+){0,4}|aides? (?:personnalisee |sociales? )?(?:au|a la|pour le) logement|revenu de solidarite(?: active)?|prime d'activite|chomage|indemnites? (?:de )?chomage|indemnites? journalieres|indemnisation(?: chomage)?|pension d'invalidite|complement familial|minimas? sociaux|prestations? (?:familiales?|sociales?))`;
/** A benefit named in full or by its familiar name, anywhere in the message. */
export const SOCIAL_BENEFIT_ANY = new RegExp(String.raw`\b${SOCIAL_BENEFIT_ANY_NAME}\b`);
/**
 * How a benefit is computed or how much it is: a computation word attached to the benefit (« le calcul de la
 * prime d'activité », « le montant du revenu de solidarité active », « une simulation de mes droits au chômage »),
 * the benefit then its computation (« la prime d'activité, comment elle est calculée »), or « à combien s'élève ».
 */
export const BENEFIT_COMPUTATION_ASKED = new RegExp(
  String.raw`\b(?:(?:calcul\w*|bareme\w*|simulation\w*|simuler|estimation|estimer|montants?|de combien (?:est|sont|serait|sera|fait)|combien (?:fait|font|vaut|valent|donne|rapporte)|combien s'eleve\w*)(?: (?:de|du|des|d'|mes|mon|ma|la|le|l'|les|leur|son|sa|droits?|au|aux|a l'|a la)){0,4}(?: |(?<='))${SOCIAL_BENEFIT_ANY_NAME}|${SOCIAL_BENEFIT_ANY_NAME}(?: (?!(?:je|j'|et|mais)\b)[\w']+){0,4} (?:est |sont |se |s'|on )?(?:calcul\w*|s'eleve\w*))\b`,
);
/** A change of the amount asked (« le montant va-t-il baisser », « son montant sera-t-il réduit », « elle va diminuer si je … »): with a benefit named, an amount question. */
export const BENEFIT_CHANGE_ASKED = /\b(?:(?:mon|ma|mes|le|la|les|l') ?(?:indemnisation|indemnites?|allocations?|alloc|aide|aides|apl|rsa|aah|are|prime d'activite|pension|bourse|droits)(?: \w+){0,2} (?:va|vont|sera|seront|risque|risquent|pourrait|pourraient|pourra|pourront) (?:t')?(?:il|elle|ils|elles) (?:de |d'etre |etre )?(?:baiss|diminu|reduit|chang|augment|bouger|sauter|supprim|coupe)\w*|(?:le|son|leur|mon|ce|ces) montants? (?:[\w']+ ){0,4}(?:baiss|diminu|reduit|reduire|chang|augment|bouger|sauter|supprim)\w*|(?:elle|il|elles|ils|ca|cela|ceux ci|celle ci|celles ci) (?:[\w']+ ){0,2}(?:va|vont|va t'il|va t'elle|vont t'ils|vont t'elles|risque|risquent|risque t'il|risque t'elle|sera|seront|sera t'il|sera t'elle)(?: de| d'etre| etre)? ?(?:baiss|diminu|reduit|chang|augment|bouger|sauter|supprim|coupe)\w*(?: \w+){0,6} si (?:je|j'|jamais je)\b)/;
/** The words of a request for information (the question marks are gone from the normalised text). */
export const INFORMATION_ASKED_CUE = /\b(comment|quel|quelle|quels|quelles|combien|cb|savoir|connaitre|indiquer|indiquez|dire|dites|expliquer|expliquez|renseigner|simuler|simulation|calculer|estimer|est ce|t'il|t'elle|t'ils|pourriez|pouvez|c'est quoi|ca fait)\b/;
/** A filler adverb between a search or wish verb and its object (« je cherche aussi du travail », « je recherche également un poste »): read without it. */
export const WISH_VERB_FILLER = /\b((?:re)?cherche|(?:re)?cherchons|veux|voudrais|souhaite|souhaiterais|aimerais) (?:aussi|egalement|en plus|par ailleurs|d'ailleurs|en parallele|parallelement|activement|toujours|encore|surtout|vraiment) (?=(?:un|une|du|des|de l'|a|un nouveau|une nouvelle|travailler|bosser|trouver|me former|faire)\b)/g;
/** A job in a condition (« si je prends un CDI », « si jamais je retrouve un travail »): no status today. */
export const JOB_IN_A_CONDITION = /\bsi (?:jamais )?(?:je |j')(?:prends|prenais|signe|signais|trouve|trouvais|retrouve|retrouvais|decroche|decrochais|accepte|acceptais|reprends|reprenais|commence|commencais|obtiens|obtenais) (?:un|une|le|la|ce|cet|cette) (?:[\w']+ ){0,2}?(?:cdi|cdd|travail|emploi|poste|contrat|job|boulot|taf|mission|activite|interim)\b(?: (?:d'|de |en )(?:interim|cdi|cdd|\w+))?/g;
/**
 * Hunger or death as a figure of a wish (« je crève la dalle de bosser », « je meurs de faim de réussir »), or
 * said to be a figure (« je crève la dalle, façon de parler »): no alarm.
 */
export const HUNGER_OR_DEATH_AS_A_WISH = /\b(?:je |j'|on )?(?:creve|crevons|meurs|mourons|ai|a) (?:la dalle|de faim|faim|d'envie|la faim) (?:(?:de|d') ?(?!manger\b|bouffer\b|rien\b)(?:[a-z]+(?:er|ir|re)|reussite|travail|boulot|taf|job|succes|changement|revanche|victoire|liberte|independance)\b|(?:[\w']+ ){0,4}?(?:facon de parler|c'est une (?:expression|image|facon de parler)|au sens figure|pas au sens propre|entre guillemets|je rigole|pour rire|je plaisante))/g;
/** The violent partner held or sent away by justice, or the person safe now (« mon ex a été condamné », « il est en prison », « je suis désormais en sécurité »). */
export const VIOLENCE_AUTHOR_REMOVED = /\b(?:(?:a|ont|avait|avaient) ete (?:condamne|juge|incarcere|emprisonne|eloigne|expulse|interdit de m'approcher)\w*|(?:est|sont|etait|actuellement|aujourd'hui|maintenant|desormais) (?:en prison|incarcere\w*|derriere les barreaux|detenu\w*)|(?:qui est|il est|est) (?:aujourd'hui |actuellement |maintenant |toujours )?(?:en prison|incarcere\w*|derriere les barreaux)|(?:je suis|je me sens|nous sommes|on est) (?:desormais |maintenant |enfin |aujourd'hui |a present )?(?:en securite|a l'abri|hors de danger)|(?:il|elle) (?:a|est) (?:demenage|parti\w*|parti\w* vivre) (?:loin|a l'etranger|dans une autre (?:region|ville))|(?:plus|aucun|n'ai plus de|n'ai plus aucun) contact avec (?:lui|elle|mon ex|mon ancien \w+))\b/;
/** The violence lived in a time gone (« j'ai vécu des années de violences », « il me frappait », « par le passé », « mon ancien conjoint »). */
export const VIOLENCE_LIVED_IN_THE_PAST = /\b(?:j'ai (?:vecu|subi|connu|endure|traverse|ete victime)|victime (?:de \w+ (?:\w+ )?)?par le passe|par le passe|(?:me|m') (?:frappait|battait|tapait|violentait|menacait|humiliait|cognait|maltraitait)|(?:des |plusieurs |de longues |quelques )?annees de violences?|(?:mon|son) (?:ancien|ex) ?(?:conjoint|compagnon|mari|copain|concubin|epoux)|mon ex ?(?:mari|conjoint|compagnon|copain|epoux)?)\b/;
/** The violent partner back or free again (« il est sorti de prison », « il a été libéré », « il recommence »): not over. */
export const VIOLENCE_AUTHOR_BACK = /\b(?:sorti\w* de prison|libere\w*|relache\w*|(?:il|elle) (?:est revenu|revient|recommence|a recommence)|(?:me|m') (?:retrouve|harcele|menace|suit|attend|ecrit|appelle) (?:encore|toujours|de nouveau|a nouveau)?)\b/;
/**
 * Nobody able or willing to put the person up (« personne peut me prendre », « plus personne veut m'héberger »,
 * « aucun ami ne peut me loger », « j'ai personne qui peut me prendre chez lui »): with a night near, a home lost.
 * Not a placement (« me prendre en apprentissage »), nor a child minded (« me garder les enfants »).
 */
export const NOBODY_TO_HOST = /\b(?:(?:plus )?personne|aucun (?:ami|pote|copain|proche|membre de (?:ma|la) famille)|aucune (?:amie|copine|proche)|(?:j'ai|jai|je n'ai|j'ai plus|je n'ai plus) personne)(?: d'autre)?(?: ne| n')?(?: qui)?(?: peut| peux| veut| pourra| voudra| accepte| pourrait| voudrait| pour| est d'accord pour| a de la place pour)?(?: plus)? (?:me |m')(?:prendre|heberger|loger|accueillir|recevoir|garder|prend|heberge|loge|accueille|recoit|garde|hebergent|prennent)\b(?! (?:en|comme|pour|a l'essai|dans|au|a la|a l'|les|mes|ma|mon|le|la|l'|son|sa|ses|un|une|des)\b)/;
/** A placement sought (« me prendre ce soir en stage », « prendre comme apprenti »): « personne peut me prendre » is then no host. */
export const PLACEMENT_SOUGHT = /\bprendre (?:[\w']+ ){0,3}(?:en|comme) (?:stage|stagiaire|apprenti\w*|alternance|alternant\w*|cdi|cdd|essai|interim|mission|saisonnier\w*|extra)\b/;
/** One's own small child in familiar words (« mon petit de deux ans », « ma petite », « mon loulou »), not a friend, a job or a home. */
export const OWN_SMALL_CHILD = /\b(?:mon|ma) (?:petit|petite|ptit|ptite|p'tit|p'tite|petiot|petiote|loulou|louloute|gamin|gamine|minot|bout de chou)\b(?! (?:ami|amie|copain|copine|boulot|job|travail|taf|salaire|commerce|entreprise|business|frere|soeur|cousin|cousine|neveu|niece|chien|chat|appart\w*|studio|budget|village|coin|dej\w*|cafe|projet|poste|contrat|cdd|cdi|mari|homme|femme)\b)/;
/** Never really worked, or only beside something (« jamais vraiment travaillé », « jamais travaillé à part aider mon mari »). */
export const NEVER_REALLY_WORKED = /\bjamais (?:(?:vraiment|reellement|officiellement|beaucoup) (?:travaille|bosse|eu d'emploi|eu de travail)|(?:travaille|bosse|eu d'emploi|eu de (?:vrai )?(?:travail|boulot|emploi)) (?:a part|sauf|hormis|en dehors (?:de|d')))/;
/**
 * Work in the partner's business, often unpaid or undeclared (« aider mon mari à la ferme », « l'exploitation de
 * mon ex-mari », « conjointe collaboratrice »).
 */
export const PARTNER_BUSINESS_HELPED = /\b(?:(?:aid\w*|donn\w* (?:un )?coup de main (?:a|au)|travaill\w*|bosse\w*|second\w*) (?:[\w']+ ){0,4}?(?:mon|notre) (?:ex ?)?(?:mari|conjoint|compagnon|epoux)|(?:la|le|l') ?(?:ferme|exploitation|magasin|commerce|boulangerie|restaurant|garage|entreprise|boutique|cabinet|atelier|bar|hotel|camping|societe) (?:de|du) (?:mon|notre) (?:ex ?)?(?:mari|conjoint|compagnon|epoux)|conjointe? collaborat\w*)\b/;
/**
 * No school place found (« on m'a dit qu'il n'y avait plus de place nulle part », « pas de lycée pour moi »,
 * « pris dans aucun lycée », « toutes les classes sont pleines »): out of school, read beside SCHOOL_CONTEXT.
 */
export const SCHOOL_PLACE_LACKING = /\b(?:(?:pas|plus|aucune?|sans) (?:de )?places? (?:[\w']+ ){0,2}?(?:nulle part|au lycee|en lycee|en seconde|en 2 ?nde|en cap|en bac pro|au college|dans (?:les|aucun|un) (?:lycee\w*|college\w*|etablissement\w*)|pour moi)|(?:il n'y a|il y a|y a|ya|y'a|il n'y avait|il y avait|qu'il y avait|qu'il n'y avait|n'y avait|n'y a) (?:plus|pas|pu) de places? (?:[\w']+ ){0,2}?(?:nulle part|au lycee|en lycee|au college|en seconde|en 2 ?nde|en cap|en bac pro|en classe|dans (?:les|aucun|un|le|mon) (?:lycee\w*|college\w*|etablissement\w*|classes?)|pour (?:moi|lui|elle))|pas de (?:lycee|college|classe|ecole|etablissement) pour (?:moi|lui|elle)|(?:pris|prise|accepte|acceptee|inscrit|inscrite|admis|admise) dans aucun (?:lycee|college|etablissement|cap|ecole|cfa)|aucun (?:lycee|college|etablissement|cfa) (?:ne |n')(?:a voulu|veut|voulait|m'a pris|m'a accepte|l'a pris|l'a accepte|a de place)|(?:toutes )?les classes (?:sont|etaient) (?:pleines|completes|deja pleines)|(?:pas d'|sans |aucune |toujours pas d')affectation|sans (?:lycee|college|ecole|etablissement)|(?:apres|depuis) (?:la|ma) (?:3 ?e|3 ?eme|troisieme) (?:j'ai|il a|elle a|on a|j'ai) rien trouve)\b/;
/** School words: the lack of a place is a school place (not a crèche's nor a shelter's). */
export const SCHOOL_CONTEXT = /\b(?:lycee\w*|college\w*|seconde|2 ?nde|troisieme|3 ?e|3 ?eme|classes?|ecole|cap|bac pro|rentree|affectation|affelnet|etablissement scolaire|etablissements scolaires)\b/;
/** The street as a place of roadworks, traffic or trade (« ça marche plus depuis les travaux dans la rue »): no one sleeping there. */
export const STREET_AS_A_PLACE = /\b(?:travaux|chantiers?|bouchons|circulation|embouteillages?|manifs?|manifestations?|commerces?|magasins?|boutiques?|restaurants?|bars?|passage|pietons|clients|marche|fete|parking|stationnement|vitrines?|terrasses?|bruit) (?:[\w']+ ){0,2}?dans (?:la|ma|notre|cette|leur) rue\b/g;
/** Work wished in familiar words (« jveux bosser », « je veux juste commencer à gagner ma vie », « faut que je gagne ma vie »): a job looked for. */
export const WORK_WISHED_FAMILIARLY = /\b(?:veux|voudrais|souhaite|souhaiterais|aimerais|ai envie de|ai besoin de|dois|faut que je|faudrait que je|il faut que je)(?: (?:juste|vraiment|absolument|enfin|vite|maintenant|rapidement|bien|moi aussi))* (?:commencer a |me mettre a |recommencer a )?(?:bosser|taffer|travailler|gagner (?:ma vie|de l'argent|des sous|ma croute|un salaire)|gagne ma vie|avoir (?:un|mon) (?:salaire|boulot|taf|job)|entrer dans la vie active|rentrer dans la vie active)\b/;
/** The family home left (« je suis parti de chez moi », « j'ai quitté la maison de mes parents », « je me suis barrée de chez ma mère »): with nobody to host, a home lost. */
export const FAMILY_HOME_LEFT = /\b(?:(?:je suis|suis|jsuis) (?:parti|partie)s? de chez (?:moi|mes parents|ma mere|mon pere|mes vieux|ma famille|ma mere|mon beau pere)|(?:j'ai )?quitte (?:la maison|le domicile|le domicile familial|chez moi|chez mes parents)(?: de mes parents| familiale?)?|(?:je me suis |me suis )(?:enfui|enfuie|sauve|sauvee|barre|barree|tire|tiree|casse|cassee) de chez (?:moi|mes parents|ma mere|mon pere|nous))\b/;
/**
 * Work that stops at a near date told loosely, without naming the contract beside the verb (« pour la saison et ça s'arrête
 * dans trois semaines », « ils ont dit que tout s'arrête en mars », « fin de chantier vendredi », « plus de mission après
 * Noël », « plus que deux semaines de saison »).
 */
export const WORK_STOPS_TOLD_LOOSELY = new RegExp(
  String.raw`\b(?:(?:ca|tout|le chantier|mon chantier|le job|le boulot|le taf|mon poste|le poste|mon cdd|mon contrat|ma mission|la mission|ma saison|la saison) (?:va |doit |allait |devait )?(?:se termine|se finit|finit|s'?arrete|s'acheve|prend fin|se terminer|se finir|finir|s'arreter|prendre fin|se terminait|finissait|s'arretait|s'achevait|prenait fin)|(?:c'est|c|ce sera|ca sera|ca va etre|c'etait|ce serait) (?:bientot |presque )?(?:fini|termine)|(?:je|j') ?(?:termine|finis|finirai|terminerai|vais finir|vais terminer|acheve) (?:ma|la|mon|le) (?:saison|mission|contrat|cdd|chantier|remplacement)(?: (?!(?:et|mais|je|j'|car|donc|puis|alors)\b)[\w']+){0,3}?)(?: (?:le|en|a|ce|cette|d'ici))? ${NEAR_END_DATE}` +
    String.raw`|\b(?:saison|mission|contrat|cdd|chantier|remplacement|ca|tout)(?: (?!(?:et|mais|je|j'|car|donc|puis|alors)\b)[\w']+){0,3}? (?:touche|arrive|tire|touchent|arrivent|tirent) a (?:sa |leur |son )?(?:fin|terme)\b` +
    String.raw`|\b(?:derniere semaine|derniers jours|dernier mois|dernieres semaines|derniere ligne droite|dernier jour) (?:de |d'|du )(?:la |ma |mon )?(?:saison|mission|contrat|cdd|chantier|remplacement|interim|vendanges)\b` +
    String.raw`|\ben fin de (?:saison|mission|contrat|cdd|chantier|remplacement)\b` +
    String.raw`|\b(?:ils|on|l'agence|la boite|l'entreprise|le client|l'usine) (?:arrete|arretent|vire|virent|stoppe|stoppent|renvoie|renvoient|lache|lachent) (?:tous )?(?:les |des )?(?:interimaires|saisonniers|cdd|contrats|missions|temporaires)(?: (?:le|en|a|ce|cette|d'ici))? ${NEAR_END_DATE}` +
    String.raw`|\bplus que (?:[\w']+ ){1,2}?(?:jours?|semaines?|mois) (?:et |avant que )?(?:c'est|ca|ce sera|tout) (?:fini|termine|s'arrete|se termine)\b` +
    String.raw`|\b(?:c'est|ca sera|ce sera|c) bientot (?:fini|termine)\b|\b(?:saison|mission|contrat|cdd|chantier) (?:[\w']+ ){0,3}?(?:est |sera )?bientot (?:finie?|terminee?)\b` +
    String.raw`|\bfin (?:de |du |d')(?:la |ma |mon )?(?:saison|chantier|mission|contrat|cdd|remplacement|vendanges)(?: (?:le|en|a|au|ce|cette|d'ici))? ${NEAR_END_DATE}` +
    String.raw`|\bplus (?:de|aucune?) (?:missions?|chantiers?|contrats?|saison|boulot|travail|taf) (?:apres|a partir d[eu]|des|passe) ${NEAR_END_DATE}` +
    String.raw`|\bplus que (?:[\w']+ ){1,2}?(?:jours?|semaines?|mois) (?:de |d')(?:saison|contrat|cdd|mission|chantier|remplacement)\b` +
    String.raw`|\b(?:le|mon) chantier (?:est|s'est) (?:fini|termine|acheve|arrete)\b(?! (?:depuis|il y a) (?:[\w']+ )?(?:mois|ans?|annees?|longtemps))`,
);
/** A worksite that ends or ended (« le chantier se termine fin du mois », « fin de chantier vendredi »): site work, an employee's by default. */
export const WORKSITE_ENDING_TOLD = /\b(?:fin (?:de |du )(?:mon |ce )?chantier|(?:le|mon|ce) chantier (?:va )?(?:se termine|se finit|finit|s'arrete|s'acheve|prend fin|est (?:fini|termine|acheve)|s'est (?:fini|termine|arrete)))\b/;
/** A fixed-term kind of work named anywhere (a loose ending only counts for an employee beside one). */
export const FIXED_TERM_KIND_NAMED = /\b(?:cdd|contrat|chantier|remplacement|mission|interim|saison|vendanges)\b/;
/** A routine closing (« le lundi », « à 19h », « en août », « pendant les vacances »): opening hours, not an end. */
const ROUTINE_CLOSING = String.raw`(?! (?:[\w']+ )?(?:le |les |a |tous les |chaque |pendant |en |pour |entre )?(?:lundis?|mardis?|mercredis?|jeudis?|vendredis?|samedis?|dimanches?|\d+ ?h\w*|midi|le soir|la nuit|week ends?|l'ete|l'hiver|aout|conges|vacances|travaux|une semaine|deux semaines|quinze jours|tard|tot|plus tot|a midi|entre midi)\b)`;
/** A business that is plainly one's own when its closing is told by a noun (an employee says « ma boîte ferme », « mon entreprise ferme »). */
const OWNED_SHOP_NOUN = String.raw`(?:petit |petite )?(?:restaurant|resto|bar|bar tabac|tabac|cafe|boulangerie|boucherie|charcuterie|patisserie|salon(?: de (?:coiffure|the|beaute))?|boutique|commerce|micro entreprise|auto entreprise|microentreprise|autoentreprise|siret|atelier|cabinet|epicerie|pizzeria|creperie|snack|food truck|librairie|fleuriste|pressing|gite|activite)`;
const OWN_BUSINESS_NOUN = String.raw`(?:petit |petite )?(?:restaurant|resto|bar|bar tabac|tabac|cafe|boulangerie|boucherie|charcuterie|patisserie|salon(?: de (?:coiffure|the|beaute))?|boutique|magasin|commerce|entreprise|societe|boite|micro entreprise|auto entreprise|microentreprise|autoentreprise|siret|atelier|cabinet|agence|epicerie|pizzeria|creperie|snack|food truck|garage|institut|librairie|fleuriste|pressing|camping|gite|hotel|exploitation|affaire|activite)`;
/**
 * One's own business closing, told by a verb or a noun (« je vais fermer mon restaurant à la fin du mois », « je mets la clé
 * sous la porte », « fermeture de mon salon », « ma micro-entreprise je la radie », « mon commerce ferme définitivement »):
 * a self-employed person about to lose the activity.
 */
export const OWN_BUSINESS_ENDING_TOLD = new RegExp(
  String.raw`\b(?:(?:je|on|nous|decide de|decide d'|decision de) (?:vais |va |allons |dois |doit |devons |vais devoir |va devoir |compte |pense )?(?:fermer|ferme|fermons|liquider|liquide|radier|radie|cloturer|cloture) (?:definitivement )?(?:mon|ma|notre) ${OWN_BUSINESS_NOUN}${ROUTINE_CLOSING}` +
    String.raw`|(?:je|on|nous) (?:vais |va |allons |dois |doit |devons )?(?:fermer|ferme|fermons) boutique${ROUTINE_CLOSING}` +
    String.raw`|(?:fermeture|liquidation|radiation|cloture|cessation) (?:definitive |judiciaire )?(?:de |d')(?:mon|ma|notre) ${OWNED_SHOP_NOUN}` +
    // Up to six words between (« ma boutique de fleurs à Bastia ferme »), the farm noun excluded (« produits de la ferme »).
    String.raw`|(?:mon|ma|notre) ${OWNED_SHOP_NOUN} (?:[\w']+ ){0,6}?(?<!\b(?:la|une|de|du|ma|sa|notre|leur|cette|petite|grande) )(?:ferme|va fermer|fermera|va etre fermee?|est en liquidation|est en redressement|va etre liquidee?|est liquidee?|va etre radiee?|est en cessation)${ROUTINE_CLOSING}` +
    String.raw`|(?:mon|ma|notre) ${OWNED_SHOP_NOUN} (?:[\w']+ ){0,6}?(?:je|on|nous) (?:vais |va |allons |dois |vais devoir )?(?:la |le |l')(?:fermer|ferme|radier|radie|liquider|cloturer)` +
    String.raw`|(?:je|on|nous) (?:mets|met|mettons|vais mettre|va mettre|dois mettre|allons mettre) la cle sous la porte)\b`,
);
/** A parental leave with its end or the return to the post told (« je dois reprendre après mon congé parental », « mon congé parental se termine »): an employee still. */
export const PARENTAL_LEAVE_WITH_RETURN = /\b(?:mon|en) conge parental\b[^.?!]*?\b(?:se termine|se finit|finit|s'arrete|s'acheve|prend fin|termine|fini|jusqu)|\bconge parental\b[^.?!]*?\b(?:je dois reprendre|reprend\w* mon|je reprends (?:le travail |le boulot |mon poste )?(?:en|le|au|dans|debut|fin|mi|a la|la semaine|le mois|lundi|bientot)\b|reprise (?:de mon poste|prevue)|(?:je dois |il faut que je )?retourner (?:a|au|en|chez|dans)\b|retour (?:a|au|en|chez|dans) (?:mon|ma|l'entreprise)|reintegr\w*|mon poste|mon employeur|mon patron|ma patronne|ma place|mon entreprise|mon (?:travail|boulot|job|taf) d'avant)|\b(?:je dois reprendre|reprendre mon poste|je reprends (?:le travail|le boulot|mon poste)|retourner (?:a|au|en|chez)|reintegrer|fin de mon|retour de) (?:[\w']+ ){0,4}?conge parental\b/;
/** A resignation weighed (« je voudrais démissionner », « si je démissionne », « quitter mon CDI »): the job is still held. */
export const RESIGNATION_WEIGHED = /\b(?:demissionner|je demissionne|demission pour|ma demission|une demission|demission reconversion|quitter mon (?:cdi|poste|emploi|travail|boulot|job))\b/;
/** « chômage » told as a right asked about (« si je démissionne j'ai pas le chômage »), not a status: everything but being in it. */
export const UNEMPLOYMENT_NOT_ONE_S_STATUS = /(?<!\b(?:je suis|suis|je suis deja|j'etais|inscrit\w*|mis) (?:au |en )?)\bchomage\b/g;
/**
 * A seasonal span told by the work's end month beside the off season (« je bosse au camping jusqu'en septembre, et l'hiver
 * je sais jamais quoi faire »): a seasonal worker in season now.
 */
export const SEASON_SPAN_TOLD = /\b(?:je (?:bosse|travaille|suis|taffe|fais \w+)|j'y suis|jbosse|jtravaille|employee?|serveu\w*|vendeu\w*) (?:[\w']+ ){0,8}?jusqu ?(?:'|e )?(?:a|au|en|a la) (?:(?:la )?(?:fin|mi|debut) (?:de |d')?)?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|la toussaint|la rentree|l'automne)\b(?=.*\b(?:l'?hiver|l'?ete|en hiver|en ete|hors saison|l'intersaison|l'inter saison|le reste de l'annee|chaque hiver|chaque ete|tous les hivers|tous les etes|pour l'hiver|pour l'ete|a l'annee)\b)/;
/** Something happening in a street (« depuis les travaux dans la rue », « la boutique dans la rue piétonne »): a place, no home lost. */
export const STREET_AS_A_SETTING = /\b(?:travaux|chantiers?|commerces?|magasins?|boutiques?|restaurants?|circulation|bouchons?|bruit|parking|stationnement|marche|fetes?|animations?|manifs?|manifestations?|passants?|pietons?|voitures?|bus|tram) (?:[\w']+ ){0,2}?dans (?:la|ma|notre|cette|une) rue\b|\bdans (?:la|ma|une) rue (?:pietonne|commercante|principale|d'a cote|en face)\b/g;
/** A job held for one season (« réceptionniste pour l'été », « serveur pour la saison d'hiver »): seasonal work when it ends. */
export const SEASON_JOB_TOLD = /\b(?:pour|durant|pendant|le temps de) (?:l'ete|l'hiver|la saison(?: d'ete| d'hiver| estivale| hivernale)?|les vacances d'ete)\b/;
/**
 * A season or a harvest over, told without a long time since (« les vendanges c'est fini depuis hier », « la cueillette des
 * pommes est terminée depuis dix jours », « la récolte des melons est finie »): a seasonal worker just between contracts.
 */
export const SEASON_OR_HARVEST_OVER = /\b(?:j'ai |je viens de |on a |on vient de )?(?:fini|termine|finir|terminer) (?:la|les|ma|mes|notre|nos) (?:saison|vendanges|cueillette|recolte|moisson)s?\b(?! (?:[\w']+ ){0,2}?(?:(?:depuis|il y a) (?:[\w']+ )?(?:mois|ans?|annees?|longtemps)|l'an (?:dernier|passe)|l'annee (?:derniere|passee)|l'(?:ete|hiver|automne) (?:dernier|passe)))|(?<!\b(?:quand|lorsque|une fois|des que|si|avant que) (?:la |les |le |ma |mes )?)\b(?:saison|vendanges|cueillettes?|recoltes?|moissons?|ramassage|arrachage)(?: (?!(?:et|mais|je|j'|car|donc|puis|alors|pas|ne|n'est|n'|jamais|toujours|pas encore)\b)[\w']+){0,3}? (?:c'est |c'etait |est |sont |se sont |s'est )?(?:finie?s?|terminee?s?|achevee?s?|arretee?s?)\b(?! (?:depuis|il y a) (?:[\w']+ )?(?:mois|ans?|annees?|longtemps))/;
/** A contract worker of a public employer named without « public » (« contractuel éducation nationale », « surveillante contractuelle au collège », « vacataire à la fac »). */
export const PUBLIC_CONTRACT_WORKER = /\b(?:contractuel\w*|vacataire)\b(?: [\w']+){0,4}? (?:education nationale|college|lycee|ecole|mairie|hopital|fac|faculte|universite|rectorat|prefecture|ministere|conseil departemental|conseil regional|commune|communaute de communes|collectivite|caf|cpam|departement|region)\b/;
/** Leaving one's job to take up another trade (« démissionner de mon poste de comptable pour devenir ébéniste »): the resignation-retraining scheme. */
export const RESIGNATION_TO_RETRAIN = /\b(?:demissionner|demission|quitter mon (?:cdi|poste|emploi|travail|boulot|job))(?: (?!(?:mais|car|donc|et)\b)[\w']+){0,6}? (?:pour|afin de) (?:devenir|faire (?:une|un|le|la) (?:formation|cap|bts|bp|titre|diplome|reconversion)|suivre une formation|passer (?:un|une|le) (?:cap|bts|bp|titre|diplome|concours)|apprendre (?:le|un) metier|me lancer dans|reprendre (?:des|mes) etudes)\b/;
/** A resignation wished or weighed in the first person (« je veux démissionner », « si je démissionne »): a job held today. */
export const RESIGNATION_WISHED = /\b(?:(?:veux|voudrais|souhaite|souhaiterais|aimerais|compte|pense a|envisage de|hesite a|vais|dois|songe a|reflechis a) (?:[\w']+ )?demissionner|si je demissionne)\b/;
/** A self-employed person's activity stopping at a near date (« à mon compte, je vais arrêter en juin »): the activity ends. */
export const OWN_ACTIVITY_STOPS_AT_DATE = new RegExp(
  String.raw`\b(?:je|on|nous) (?:vais |va |allons |dois |compte |pense |prevois d'|prevois de )?(?:tout )?(?:arreter|cesser|stopper|arrete|cesse|stoppe)(?: tout| mon activite| l'activite| mon entreprise| ma societe)? (?:(?:en|le|a|au|ce|cette|d'ici) )?${NEAR_END_DATE}`,
);
/** The person runs the business (« je suis gérant », « ma propre entreprise »): « ma société » is then one's own. */
export const BUSINESS_OWNER_TOLD = /\b(?:je suis (?:le |la )?(?:gerante?|patronne?|dirigeante?|cheffe? d'entreprise|fondat(?:eur|rice)|creat(?:eur|rice)|associee?)|ma propre (?:entreprise|societe|boite)|mon propre (?:commerce|business|restaurant|salon))\b/;
/** One's company ending, told by a noun (« ma société est en liquidation », « mon entreprise est en redressement »): one's own beside BUSINESS_OWNER_TOLD only. */
export const COMPANY_ENDING_TOLD = /\b(?:(?:fermeture|liquidation|radiation|cloture|cessation) (?:definitive |judiciaire )?(?:de |d')(?:mon|ma|notre) (?:entreprise|societe|boite|magasin|agence|hotel|camping|garage|exploitation)|(?:mon|ma|notre) (?:entreprise|societe|boite|magasin|agence|hotel|camping|garage|exploitation) (?:[\w']+ ){0,3}?(?:ferme|va fermer|fermera|est en liquidation|est en redressement|va etre liquidee?|est liquidee?|est en cessation|a depose le bilan|depose le bilan))\b/;
/** Closing told bare in the first person (« je vais sûrement fermer », « on va devoir fermer »): one's business beside a business of one's own named. */
export const CLOSING_TOLD_BARE = /\b(?:je|on|nous) (?:vais|va|allons|dois|doit|devons)(?: (?:surement|sans doute|probablement|bientot|certainement|peut etre|devoir|bien|finir par))* (?:fermer|tout fermer|mettre la cle sous la porte|deposer le bilan)\b(?! (?:le|la|les|l'|un|une|des|ce|cette|mon|ma|mes|son|sa|ses|leur|notre|votre|ca|la porte|les yeux|ma gueule)\b)/;
export const OWN_BUSINESS_NAMED = new RegExp(String.raw`\b(?:mon|ma|notre) ${OWN_BUSINESS_NOUN}\b`);
