// Who the person is now, read from what happened or what is about to happen: a stop verb with its
// subject (I, we), its time (now, planned, at a date) and its object (all, my activity, the farm).
// Patterns over normalised text (lower case, no accents, SMS spellings folded); no botbuilder.

/** A modal, an auxiliary of the near future or a decision before the stop verb (« je vais », « on a décidé d' »). */
const STOP_LEAD = String.raw`(?:(?:vais|va|vas|allons|veux|voudrais|voudrait|voudrions|compte|comptons|dois|doit|devons|pense|pensons|prefere|souhaite|aimerais|envisage de|envisageons de|ai decide de|a decide de|avons decide de|ai pris la decision de|suis oblige de|suis obligee de|songe a|m'apprete a|vais devoir|va devoir|allons devoir|vais surement|vais sans doute|vais bientot) |(?:envisage|envisageons|ai decide|a decide|avons decide|ai pris la decision|suis oblige|suis obligee) d')`;
/** The stop verb in any tense the plan or the present takes (« arrête », « arrêterai », « cesser », « lâche »). */
const STOP_VERB = String.raw`(?:arret|cess|stopp|ferm|radi|liquid|clotur|lach|plaqu)(?:e|es|er|erai|erais|era|erons|ons|ez)`;
/** What is stopped: everything, the activity itself, or a business named. */
const STOPPED_ACTIVITY = String.raw`(?:tout|(?:mon|ma|notre|l'|la|le) ?(?:activite|entreprise|societe|boite|auto entreprise|micro entreprise|autoentreprise|microentreprise|siret|commerce|boutique|exploitation|ferme|elevage|liberal|cabinet|atelier|salon|magasin|restaurant|resto|affaire|business|statut|camion|food truck|troupeau|culture|production))\b`;
/** The stop verb told bare, then a time, a reason or the next step (« je vais arrêter et chercher un CDI », « j'arrête en juin »). */
const BARE_STOP_FOLLOWED = String.raw`(?= (?:et|pour|car|parce|faute|a la fin|fin|en|le mois|l'an|l'annee|dans|d'ici|au|le \d|apres|avant|definitivement|bientot)\b|$)`;

/**
 * A person stopping their own activity, in the first person, now or planned (« j'arrête tout le mois prochain »,
 * « je vais tout arrêter », « on arrête la ferme », « je cesserai mon activité », « je mets fin à mon activité »,
 * « je lâche tout »): read only beside a self-employed status, where the activity stopped is their own.
 */
export const OWN_ACTIVITY_STOP_TOLD = new RegExp(
  String.raw`\b(?:je |j'|on |nous )${STOP_LEAD}?(?:(?:tout|bientot|definitivement) )?(?:${STOP_VERB} (?:definitivement )?${STOPPED_ACTIVITY}|${STOP_VERB}${BARE_STOP_FOLLOWED})|\b(?:je |j'|on |nous )${STOP_LEAD}?tout ${STOP_VERB}\b` +
    String.raw`|\b(?:je |j'|on |nous )${STOP_LEAD}?(?:mets|met|mettons|mettrai|mettre) (?:un terme|fin) a (?:mon|ma|notre|l') ?(?:activite|entreprise|societe|auto entreprise|micro entreprise|exploitation|commerce|affaire)\b`,
);

/** Places people work at, named with an article (« le restaurant », « l'usine », « la boîte »). */
const WORKPLACE = String.raw`(?:usine|boite|entreprise|societe|magasin|restaurant|resto|hotel|garage|atelier|agence|commerce|boutique|supermarche|hypermarche|camping|cabinet|clinique|ehpad|chantier|site|entrepot|plateforme|bar|boulangerie|salon|imprimerie|scierie|abattoir|employeur|patron|pme|start up|startup|association|structure|enseigne|franchise|concession|etablissement|depot|fonderie|laiterie|conserverie|discotheque|boite de nuit|exploitation|ferme)`;
/** The place closed, told in the past (« a fermé », « a été liquidé », « a été placée en liquidation », « a coulé »). */
const CLOSED_IN_THE_PAST = String.raw`(?:a|ont|avait|avaient) (?:ete )?(?:definitivement )?(?:ferme|fermee|fermes|fermees|coule|fait faillite|depose le bilan|mis la cle sous la porte|liquide|liquidee|liquides|placee? en liquidation|mise? en liquidation|rachete et ferme|ferme ses portes|ferme boutique|tout ferme|ferme definitivement)`;
/**
 * The person's workplace closed, told as an event in the past (« l'hôtel a fermé après le cyclone », « le magasin où
 * j'étais vendeuse a été liquidé », « l'entreprise a été placée en liquidation »): the job went with it.
 */
export const WORKPLACE_CLOSED_TOLD = new RegExp(
  String.raw`\b(?:l'|le |la |les |notre |mon |ma |la ou |ou )${WORKPLACE}\b(?: (?:ou|dans lequel|dans laquelle|chez qui|pour qui|qui m'employait|qui m'emploie)(?: [\w']+){0,6}?)?(?: [\w']+){0,3}? ${CLOSED_IN_THE_PAST}\b`,
);
/** Everyone out of work at once, told collectively (« on est tous dehors », « on s'est tous retrouvés sans rien », « on a tous été licenciés »). */
export const ALL_STAFF_OUT_TOLD = /\b(?:(?:on est|on s'est|nous sommes|nous nous sommes|on se retrouve|on s'est retrouves|on a) (?:tous|toutes|tous les \w+|toute l'equipe) (?:dehors|a la rue|sur le carreau|au chomage|sans (?:rien|travail|emploi|boulot)|retrouves? (?:dehors|a la rue|sans (?:rien|travail|emploi|boulot)|au chomage|sur le carreau)|ete (?:licencies|licenciees|vires|viree?s|remercies|mis a la porte))|(?:on a|nous avons) ete (?:licencies|licenciees|vires|remercies|mis a la porte))\b/;
/** Work held now, told after the event (« maintenant je suis en CDI », « depuis j'ai retrouvé »): the closure is over. */
export const WORK_FOUND_SINCE = /\b(?:maintenant|aujourd'hui|actuellement|desormais|depuis) (?:je suis|je travaille|je bosse|j'ai (?:re)?trouve)\b|\b(?:je suis|suis) (?:en cdi|en cdd|en poste|salarie\w*|embauche\w*)\b/;

/** Farming trades usually held on one's own farm (« maraîcher installé », « je suis vigneron »), not hired hands (« ouvrier viticole »). */
export const OWN_FARM_TRADE_TOLD = /(?:^|\bje suis |\bjsuis |\bon est |\bnous sommes )(?:un |une |des )?(?:maraich|viticult|vigneron|arboricult|apicult|ostreicult|mytilicult|cerealier|horticult|eleveu|paysan)\w*(?! (?:salarie|employe|saisonnier|ouvrier))\b|\b(?:maraich|viticult|vigneron|arboricult|apicult|ostreicult|cerealier|horticult|eleveu|agricult)\w* (?:installee?s?|a mon compte|en gaec|en earl|sur (?:mon|ma|notre) (?:exploitation|ferme))\b/;

/**
 * Partial unemployment (« chômage partiel », « chômage technique », « activité partielle »): the employer keeps the
 * contract and pays part of the wage — an employee's situation, never a job seeker's, now or in the past.
 */
export const PARTIAL_UNEMPLOYMENT = /\b(?:(?:en |au |du |de |le |mis en |mise en )?chomage (?:partiel|technique)|(?:en |de l')?activite partielle)\b/g;
/** Partial unemployment told as today's (« je suis au chômage partiel »): an employee. */
export const PARTIAL_UNEMPLOYMENT_NOW = /\b(?:je suis|jsuis|suis|on est|on m'a mis|on m'a mise|je viens d'etre mise?|depuis \w+ (?:mois|semaines) (?:je suis )?) (?:en |au )?(?:chomage (?:partiel|technique)|activite partielle)\b/;

/** A leave from one's job (maternity, paternity, parental, sabbatical): the contract holds, an employee on leave. */
export const LEAVE_FROM_A_JOB = /\b(?:je suis |suis |jsuis |actuellement |)(?:en|mon) conge (?:de )?(?:maternite|paternite|parental|sabbatique|naissance)\b/;

/** A date within days (« vendredi », « demain », « le 30 », « la semaine prochaine », « dans dix jours »): an ending that is imminent. */
export const IMMINENT_DATE = /\b(?:(?:ce |cette )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?! prochain)|demain|apres demain|ce soir|(?:la )?fin de (?:la|cette) semaine|la semaine prochaine|dans (?:quelques|deux|trois|quatre|cinq|six|sept|huit|dix|quinze|\d+) jours|(?:le |au )(?:1er|[0-3]?\d)(?! (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|ans?|heures?|h|euros?|km)\b))(?!\w)/;

/** A leaving date told after a signed rupture conventionnelle (« fini le 30 », « fin de contrat le 31 », « je pars le 15 janvier », « mon dernier jour c'est vendredi »). */
const LEAVING_AT = String.raw`(?:fini|finie|fin de (?:mon )?contrat|fin|je pars|je quitte (?:la boite|l'entreprise|mon poste|mon travail)|depart|sortie|mon dernier jour (?:c'est|est|sera)?|dernier jour|effective|effectif|elle prend effet|prend effet|je finis|ca se termine|termine)(?: (?:prevue?|prevu|officiellement|effectivement))?`;
const FUTURE_LEAVING_DATE = String.raw`(?:(?:le |au |a la |en |fin |a |mi |debut )?(?:1er|[0-3]?\d)(?: (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))?|(?:a la )?fin (?:du mois|de ce mois|de la semaine|de l'annee|(?:de |d')?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre))|(?:ce |cette )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|demain|(?:la semaine|le mois) prochain\w*|dans (?:[\w']+ ){0,2}?(?:jours?|semaines?|mois))(?!\w)`;
/** A rupture conventionnelle signed with the leaving date still to come: an employee until then, the ending of a contract. */
export const RUPTURE_SIGNED_LEAVING_LATER = new RegExp(
  String.raw`\brupture (?:conv\w*|co)\b(?: [\w']+){0,8}? ${LEAVING_AT} (?:c'est |est |sera |le |au |a )?${FUTURE_LEAVING_DATE}`,
);
/** The leaving already behind (« depuis », « j'ai quitté », « je suis parti »): the rupture is over, no date to come. */
export const LEFT_ALREADY = /\b(?:depuis (?:je|j'|ce|cette|le|la|mon|ma|deux|trois|quatre|cinq|six|\d+|un|une|quelques|plusieurs)|j'ai quitte|je suis parti\w*|je suis sorti\w*|a pris fin|j'ai ete|je suis inscrit\w*|au chomage|sans emploi)\b/;

/** The armed forces and the forces of order (« l'armée de terre », « la Marine », « la gendarmerie », « la Légion »). */
const PUBLIC_FORCE = String.raw`(?:armee(?: de terre| de l'air\w*| francaise)?|armees|marine(?: nationale)?|gendarmerie(?: nationale)?|legion(?: etrangere)?|police(?: nationale| municipale)?|sapeurs pompiers|pompiers de paris|marins pompiers)`;
/**
 * Joining the forces told as an event (« j'ai signé dans l'armée de terre », « je me suis engagé dans la Marine »,
 * « sous contrat avec l'armée »): a soldier or gendarme today, unless the leaving is told (PUBLIC_FORCE_LEFT).
 */
export const PUBLIC_FORCE_JOINED = new RegExp(
  String.raw`\b(?:j'ai signe|je me suis engagee?|j'ai rejoint|je suis rentree?|je suis entree?|j'ai integre|je suis engagee?|sous contrat|je sers|j'ai rempile|engagee? volontaire) (?:[\w']+ ){0,3}?(?:dans|a|au|avec|pour|en) (?:la |l'|le |les )?${PUBLIC_FORCE}\b`,
);
/** The forces left (« j'ai quitté l'armée », « ancien militaire », « depuis ma sortie de l'armée »): no public servant today. */
export const PUBLIC_FORCE_LEFT = new RegExp(
  String.raw`\b(?:(?:j'ai quitte|quitte|je suis sorti\w*|sorti\w* de|depuis ma sortie de|apres|j'ai fini|j'ai termine|quand j'etais dans|quand j'etais a) (?:la |l'|le |les |mon contrat (?:dans|a) (?:la |l')?)?${PUBLIC_FORCE}|ancien\w* (?:militaire|soldat|gendarme|legionnaire|marin))\b`,
);
/** A service or a post, then the public institution it belongs to (« à l'accueil des étrangers de la préfecture », « à la cuisine centrale du CHU »). */
export const POST_OF_PUBLIC_INSTITUTION = /(?:^(?:(?:bonjour|bonsoir|madame|monsieur|oui|alors|euh|moi) )*(?!(?:mon|ma|mes|son|sa|ses|notre|nos|leur|il|elle|on|ils|elles|j'ai|je vais|j'etais|rdv|rendez)\b)(?:[\w']+ ){0,2}?|\b(?:je suis|jsuis|je travaille|je bosse|j'exerce|agent\w*|contractuel\w*|titulaire|comme) (?:[\w']+ ){0,3}?)(?:a l'|dans l'|(?:a la|au|aux|dans (?:le|la|les)) )(?:[\w']+ ){0,3}?[\w']+ (?:de la|du|de l'|des) (?:prefecture|sous prefecture|mairie|chu|chr|centre hospitalier|hopital(?! prive)|rectorat|conseil (?:departemental|regional)|metropole|education nationale|tresorerie|gendarmerie|caserne)\b/;
/** A grade of the civil service held (« catégorie C », « agent de catégorie B »), not a driving licence's category nor a competition aimed at. */
export const CIVIL_SERVICE_GRADE = /(?<!\b(?:permis|concours|poste|emploi|devenir|passer|vise|viser|preparer) (?:[\w']+ ){0,2})\b(?:agent\w* de |je suis (?:en )?|fonctionnaire\w* (?:de )?)?categorie (?:a|b|c)\b(?! (?:poids|permis|du permis))/;

/** Countries and cities people come back from after living or working abroad. */
const ABROAD = String.raw`(?:l'etranger|expatriation|pvt|whv|working holiday|tour du monde|australie|sydney|melbourne|canada|quebec|montreal|nouvelle zelande|angleterre|royaume uni|londres|irlande|dublin|ecosse|espagne|barcelone|madrid|portugal|lisbonne|allemagne|berlin|belgique|bruxelles|suisse|geneve|italie|etats unis|usa|new york|japon|asie|amerique|mexique|bresil|argentine|chili|perou|thailande|vietnam|chine|coree|inde|maroc|algerie|tunisie|senegal|afrique|dubai|emirats|luxembourg|pays bas|amsterdam|suede|norvege|danemark|pologne|grece|turquie|liban)`;
/** Back home from abroad, told in any register (« je rentre d'Australie », « revenue de Londres le mois dernier », « de retour du Canada »). */
export const BACK_HOME_FROM_ABROAD = new RegExp(
  String.raw`\b(?:je (?:rentre|reviens|suis rentree?|suis revenue?)|(?:tout juste |juste )?(?:rentree?|revenue?)|de retour|retour) (?:d'|de |du |des |en france (?:apres|de) )(?:[\w']+ ){0,3}?${ABROAD}\b`,
);
/** A job looked for as the purpose (« pour trouver du travail ici », « pour chercher un emploi »). */
export const JOB_SOUGHT_AS_PURPOSE = /\bpour (?:(?:re)?trouver|chercher|rechercher) (?:du|un|une) (?:travail|emploi|poste|job|boulot|cdi|cdd)\b/;

/** Words of a dispute with the employer (a right, a claim, a contest): without them a dismissal told is an event, not a dispute. */
export const DISPUTE_WORDS = /\b(?:prud'?hom\w*|contest\w*|abusi\w*|illega\w*|illicite|injust\w*|avocat\w*|recours|droits?|indemnit\w*|salaires?|pas (?:ete )?payee?s?|paye|paie|heures? sup\w*|harcel\w*|faute|attestation|solde de tout compte|certificat de travail|preavis|legal\w*|normal|discrimin\w*|plainte|syndicat|inspection)\b/;

/**
 * A dismissal told with the boss named by a longer phrase (« mon patron du resto m'a viré », « la gérante du magasin
 * m'a virée », « mon chef de chantier m'a renvoyé »); not a room or a home left (« viré de chez lui », « du bureau »).
 */
export const DISMISSAL_BY_NAMED_BOSS = /\b(?:mon|ma|le|la|les|notre) (?:patron\w*|chef\w*|employeur|gerant\w*|responsable|directeur|directrice|boss|manager|rh|drh|proprio|direction|boite|entreprise|agence|societe)(?: (?:du|de la|de l'|des|de|d') ?[\w']+(?: [\w']+)?)? (?:m'a|m'ont|ma|mont) (?:(?:carrement|finalement|encore|deja|tout simplement) )?(?:vire|viree|lourde|lourdee|renvoye|renvoyee|licencie|licenciee|remercie|remerciee|mis a la porte|mise a la porte|degage|degagee)\b(?! (?:de chez|de la maison|de l'appart\w*|du logement|du bureau|de la salle|de la reunion|du cours|du magasin pour|de la cuisine))/;
/**
 * A rupture conventionnelle agreed in the past (« en septembre j'ai signé une rupture conventionnelle », « une rupture
 * que j'ai acceptée », « rupture conventionnelle acceptée en mai », « homologuée en octobre »): the job is over.
 */
export const RUPTURE_AGREED_IN_THE_PAST = /\b(?:(?:j'ai|on a|nous avons|ayant) (?:signe|accepte|conclu|obtenu|fait) (?:une|la|ma|notre) rupture (?:conv\w*|co)\b|rupture (?:conv\w*|co)\b(?: [\w']+){0,8}? (?:que j'ai|qu'on a|et j'ai|j'ai) (?:signee?|acceptee?)\b|rupture (?:conv\w*|co) (?:a ete |est )?(?:signee?|acceptee?|homologuee?|validee?) (?:en|le|au mois de|il y a|depuis|apres|l'an|l'ete|le mois|la semaine|cet|cette)\b|rupture (?:conv\w*|co) (?:a ete |est )?homologuee?\b)/;
/** Someone else managing the business (« la gérante du magasin », « mon gérant »): the person's boss, not the person's status. */
export const OTHER_MANAGER_NAMED = /\b(?:le|la|les|ma|mon|notre|du|de la|au|a la|avec (?:le|la)) (?:gerant\w*|chef d'entreprise)\b/g;

/** The benefits of a job seeker: ARE, ASS, the unemployment allowance (« je touche l'ARE », « allocataire ASS »). */
const JOB_SEEKER_BENEFIT = String.raw`(?:l'|le |la |les |des |du |mes |mon |ma |une |l )?(?:are|ass|aide au retour a l'emploi|allocation de solidarite specifique|allocations? (?:chomage|d'aide au retour a l'emploi|de retour a l'emploi|de france travail|de pole emploi|france travail|pole emploi)|indemnites? (?:chomage|de chomage|de france travail|de pole emploi)|chomage)`;
/**
 * A job seeker's benefit received, told as a fact (« je touche l'ARE depuis juillet », « indemnisée par France Travail
 * jusqu'en avril », « mes droits au chômage s'arrêtent en février », « allocataire ARE »): a job seeker today.
 * Read outside questions (« est-ce que je toucherai le chômage ? » is a right asked about).
 */
export const JOB_SEEKER_BENEFIT_RECEIVED = new RegExp(
  String.raw`\b(?:je (?:touche|percois|recois|beneficie de|vis (?:avec|de))|allocataire|beneficiaire (?:de |d')) ${JOB_SEEKER_BENEFIT}\b(?! (?:si|quand|apres|une fois)\b)` +
    String.raw`|\bj'ai (?:encore )?${JOB_SEEKER_BENEFIT} (?:depuis|jusqu|encore|pendant encore|pour encore)\b` +
    String.raw`|\b(?:je suis |suis )?(?:indemnisee?|pris en charge|prise en charge) par (?:france travail|pole emploi|l'assurance chomage)\b` +
    String.raw`|\bmes (?:droits|allocations|indemnites)(?: (?:au |de |d')?(?:chomage|are|ass|france travail|pole emploi))? (?:s'arretent|se terminent|finissent|prennent fin|s'epuisent|arrivent a (?:leur )?(?:fin|terme)|vont s'arreter|vont se terminer|vont finir|sont epuises|sont finis|se finissent)\b` +
    // The end of one's rights told as a noun (« fin de mes droits dans 2 mois », « j'arrive en fin de mon indemnisation »).
    String.raw`|\bfin de (?:mes|mon) (?:droits|allocations|indemnites|indemnisation|chomage|are)\b`,
);
/** A retirement told (« retraitée de la fonction publique », « jeune retraité de la SNCF »): the former employer is no status today. */
export const RETIRED_FROM_AN_EMPLOYER = /(?:^(?:(?:bonjour|bonsoir|madame|monsieur|moi|alors|euh) )*|\b(?:je suis|jsuis|moi|ancien\w*|desormais|maintenant) )(?:jeune |tout juste |nouvelle |nouveau )?retraite(?:e|s|es)? (?:de |d'|du |des )/;

/**
 * A public body said to employ the person (« c'est la mairie qui m'emploie »); the verb is read in its corrected
 * form too (« m'emploi »: typo correction turns « emploie » into the noun, and the classifier was trained that way).
 */
export const PUBLIC_BODY_EMPLOYS_ME = /\bc'est (?:la |le |l')?(?:mairie|commune|ville|region|departement|prefecture|rectorat|education nationale|etat|hopital(?! prive)|chu|centre hospitalier|conseil (?:departemental|regional)|metropole|communaute (?:de communes|d'agglomeration)|collectivite|armee|ministere) qui m'emploi\w*\b/;

/** A dismissal just told, the subject oneself (« je viens d'être licencié », « je me suis fait virer », « on vient de me licencier »). */
export const DISMISSAL_JUST_TOLD = /\b(?:je viens d'etre|je me suis fait|je me suis faite|je viens de me faire|on vient de me|ils viennent de me|elle vient de me|il vient de me) (?:licencie\w*|vire\w*|remercie\w*|renvoye\w*|lourde\w*|licencier|virer|remercier|renvoyer|lourder)\b(?! (?:de chez|de la maison|de l'appart\w*|du logement|du bureau|de la salle|du cours))/;
/** Self-employment told by the declaration (« déclarée en micro », « inscrite comme auto-entrepreneuse », « immatriculé comme artisan »). */
export const SELF_EMPLOYMENT_DECLARED = /\b(?:je suis |suis |jsuis )?(?:declaree?|inscrite?|immatricule\w*|enregistree?) (?:en|comme|au statut d'|au statut de|sous le statut d'|sous le statut de|en tant qu'|en tant que) (?:micro|auto|auto entrepreneu\w*|micro entrepreneu\w*|autoentrepreneu\w*|microentrepreneu\w*|micro entreprise|auto entreprise|independant\w*|artisan\w*|liberal\w*|commercant\w*|freelance)\b/;
/** The private sector only wished for (« peut-être aller dans le privé », « j'aimerais passer dans le privé »): no private job held. */
export const PRIVATE_SECTOR_WISHED = /\b(?:envie|voudrais|aimerais|souhaite\w*|pense\w*|penser|passer|aller|partir|rejoindre|voir|essayer|peut etre|tenter|basculer) (?:[\w']+ ){0,4}?(?:le |dans le |vers le |au |du )prive\b/g;

/**
 * A public post told in the past (« j'étais professeur contractuel », « ancienne AESH », « sorti de l'armée »,
 * « j'ai quitté la gendarmerie »): read beside an out-of-work present, no public servant today.
 */
export const PUBLIC_POST_IN_THE_PAST = new RegExp(
  String.raw`\b(?:j'etais|ancien\w*|ex) (?:[\w']+ ){0,2}?(?:contractuel\w*|vacataire\w*|professeur\w*|prof|enseignant\w*|aesh|aed|atsem|surveillant\w*|agent\w* (?:public\w*|territori\w*|hospitali\w*|contractuel\w*|administrati\w*)|fonctionnaire\w*|militaire\w*|soldat\w*|gendarme\w*|policier\w*|sapeur\w*)\b` +
    String.raw`|${PUBLIC_FORCE_LEFT.source}`,
);
/** Out of work today, told as a state or a search (« je suis désormais sans emploi », « au chômage », « je cherche du travail dans le civil »). */
export const OUT_OF_WORK_TODAY = /\b(?:je suis|suis|jsuis|me voila|me voici|je me retrouve|je reste) (?:maintenant |aujourd'hui |donc |du coup |desormais |a present |actuellement |depuis \w+ )*(?:sans (?:emploi|travail|boulot|job|activite)|au chomage|demandeu\w* d'emploi|inscrite? (?:a|chez) (?:france travail|pole emploi))\b|\bje (?:cherche|recherche) (?:du|un) (?:travail|emploi|boulot|job|poste)\b/;

/**
 * Never having worked, told in any register (« je n'ai jamais exercé d'activité salariée », « j'ai jamais travaillé de ma vie »,
 * « jamais eu d'emploi »): the words of work in it are no status; with no search told, an inactive person.
 */
export const NEVER_WORKED_TOLD = /\b(?:(?:je )?n'ai|j'ai|ai) jamais (?:(?:exerce|eu|occupe|tenu) (?:d'|de |une |un |aucune? )?(?:activite|emploi|travail|metier|poste|job|boulot)(?: (?:professionnel\w*|salarie\w*|remunere\w*|declare\w*))?|(?:vraiment )?(?:travaille|bosse)(?! (?:a|au|en|dans|chez|pour|comme)\b))\b/;

/** A dismissal told by its participle first, telegraphically (« licenciée de la clinique, … », « viré du garage pour faute »); not a school or a home left. */
export const DISMISSAL_PARTICIPLE_FIRST = /^(?:(?:bonjour|bonsoir|salut|alors|euh|moi) )*(?:licencie|vire|remercie|renvoye|lourde)e?s? (?:de |du |d'|des |pour |en |hier\b|ce matin\b|la semaine\b|le mois\b|il y a\b|apres\b|economique\b)(?!(?:la |le |l'|mon |ma )?(?:ecole|lycee|college|fac|universite|cours|classe|internat|maison|chez|appart\w*|logement|foyer|colocation|coloc)\b)/;
/** A wish to start working (« j'aimerais m'y mettre », « je voudrais travailler »): beside never having worked, job seeker or inactive is asked. */
export const WORK_START_WISHED = /\b(?:j'aimerais|je voudrais|je veux|je souhaite\w*|j'ai envie de|envie de) (?:bien )?(?:m'y mettre|me mettre a travailler|travailler|bosser|commencer a travailler|trouver (?:un|du) (?:travail|emploi|boulot))\b/;
