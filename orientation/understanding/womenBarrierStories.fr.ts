// Women's specific barriers (the CIDFF partner) told as a life story rather than with a keyword: work left at a
// child's birth (« quand le deuxième est né j'ai arrêté l'usine »), years at home told by their length or their
// start (« ça fait six ans que je suis à la maison », « trente ans de mariage passés à la maison »), work barely
// ever held (« je n'ai travaillé que deux ans dans ma vie »), children counted as one's own (« trente ans cinq
// enfants »), violence long over told in nouns (« des années de coups ») and the end of a maternity leave.
// Read on the normalised text (accents folded, lower case). The combinations live in situationFamilies.ts.

const COUNT = '(?:\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|quelques|plusieurs)';
// « petite enfance » is a trade, not a child.
const CHILD = '(?:enfants?|fils|filles?|bebes?|gosses|gamins?|gamines?|petits?|petites?|jumeaux|jumelles|ados?|loulous?|minots?|marmots?|garcons?)(?! enfance)';
/** A child named by its rank in the family (« le deuxième », « l'aîné », « la petite dernière »). */
const CHILD_BY_RANK = '(?:petit |petite )?(?:premier|premiere|aine|ainee|cadet|cadette|dernier|derniere|benjamin|benjamine|deuxieme|second|seconde|troisieme|quatrieme|cinquieme|plus jeune|plus petit|plus petite)';
const CHILD_OR_RANK = `(?:${CHILD}|${CHILD_BY_RANK})`;

/**
 * A child's birth or arrival told as an event (« quand le petit est né », « à la naissance de l'aîné », « quand on a
 * eu les enfants », « avant d'avoir mes enfants », « j'ai eu mes jumeaux en 2015 »).
 */
export const CHILD_ARRIVAL_TOLD = new RegExp(
  `\\b(?:(?:le|la|les|mon|ma|mes|notre|nos) (?:petit |petite )?${CHILD_OR_RANK} (?:est|sont|etait|etaient) (?:nee?s?|arrivee?s?|venue?s? au monde)` +
    `|(?:naissance|arrivee) (?:de l'|du |des |de la |de mon |de ma |de mes |de notre |de nos |d')(?:\\w+ )?${CHILD_OR_RANK}` +
    `|(?:j'ai|on a|nous avons|j'avais|on avait) eu (?:mon|ma|mes|un|une|des|les|notre|nos|${COUNT}) (?:\\w+ )?${CHILD}` +
    `|avant (?:d'avoir|la naissance de|l'arrivee de) (?:mes|mon|ma|nos|notre|les|des) (?:\\w+ )?${CHILD})\\b`,
);

const WORK_OBJECT =
  "(?:mon |ma |le |la |l'|mes )?(?:\\w+ )?(?:boulot|travail|emploi|poste|job|taf|usine|magasin|metier|activite|activite professionnelle|carriere|place|cdi|entreprise|parcours professionnel|parcours pro|vie professionnelle|vie pro)";
/**
 * Work left, told with more verbs than « arrêter de travailler » (« j'ai lâché mon boulot de caissière », « j'ai
 * démissionné », « j'ai arrêté à la naissance », « je suis restée avec eux », « depuis plus rien »).
 */
export const WORK_LEFT_TOLD = new RegExp(
  `\\b(?:(?:j'ai|je l'ai|j'avais|ayant|avoir) (?:tout )?(?:lache|quitte|arrete|stoppe|abandonne|laisse tomber|plaque|interrompu|mis de cote|mis entre parentheses|mis en pause) ${WORK_OBJECT}` +
    '|j\'ai demissionne|(?:j\'ai|je me suis) (?:tout )?arretee?(?= (?:a la|au|a l\'|quand|lorsque|apres|pour|pendant|durant|des|depuis|' +
    `${COUNT} (?:ans|annees|mois)))` +
    "|je suis restee? (?:a la maison |chez moi )?(?:avec|aupres d'?) ?(?:eux|elles|lui|elle|mes|les|mon|ma|nos)\\b" +
    '|(?:depuis|et depuis) (?:plus rien|rien|je ne travaille plus|je travaille plus|je suis a la maison|je suis au foyer))',
);

/**
 * Work stopped for a length of time for the children (« j'ai arrêté quatre ans pour mes trois enfants », « je me suis
 * arrêtée douze ans pour mes enfants », « interrompu mon parcours durant huit ans pour l'éducation de mes enfants »);
 * never another habit stopped (« arrêté de fumer pour mes enfants »).
 */
export const STOPPED_FOR_CHILDREN = new RegExp(
  `\\b(?:arrete\\w*|arreter|stoppe\\w*|interromp\\w*|une pause|(?:quitte|lache|plaque)\\w* ${WORK_OBJECT}|demissionne)(?! (?:de |d')(?!travailler|bosser|taffer|travaill))(?! (?:pendant |durant )?(?:un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|quelques|[1-9]|1[01]) mois\\b)` +
    `(?: [\\w']+){0,6}? (?:pour|afin de|a cause de) (?:m'occuper (?:de |d')|elever |garder |l'education (?:de |d')|me consacrer a )?(?:mes|les|nos|mon|ma) (?:\\w+ )?${CHILD}\\b`,
);

/** Children counted as one's own (« j'ai cinq enfants », « trente ans cinq enfants », « 41 ans et quatre enfants »). */
export const CHILDREN_COUNTED = new RegExp(`\\b(?:j'ai|on a|nous avons|ans|ans et|ans,) (?:\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) ${CHILD}\\b|\\b(?:\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit) enfants? a charge\\b`);

/**
 * Work barely ever held in a whole life (« je n'ai travaillé que deux ans dans ma vie », « presque jamais travaillé »,
 * « jamais eu de vrai emploi »), not a short job (« je n'ai travaillé que six mois chez eux »).
 */
export const RARELY_WORKED = new RegExp(
  `\\b(?:(?:je n'ai|j'ai|n'ai) (?:\\w+ )?(?:travaille|bosse) que (?:\\w+ ){1,2}?(?:ans|an|annees|mois|semaines) (?:(?:dans|de) (?:toute )?ma vie|en tout|au total)` +
    '|(?:presque|quasiment|pratiquement) (?:jamais|pas) (?:travaille|bosse)|(?:tres|si) peu (?:travaille|bosse)' +
    "|jamais eu (?:de |d')(?:vrai|veritable|reel|vraiment un) (?:emploi|travail|boulot|metier|poste|job))\\b",
);

/**
 * Years at home told by their length (« ça fait six ans que je suis à la maison », « jsui a la maison depui 9 ans »,
 * « trente ans de mariage passés à la maison », « je suis à la maison depuis mon mariage »).
 */
export const YEARS_AT_HOME_TOLD = new RegExp(
  `\\b(?:(?:je suis|suis|chui|je reste|je suis restee?) (?:a la maison|au foyer|chez moi) (?:depuis?|depui|ca fait|pendant|durant) (?:${COUNT} (?:ans?|annees)|mon mariage|la naissance)` +
    `|${COUNT} (?:ans|annees) (?:de (?:mariage|vie commune|vie de couple|vie de famille|vie de mere) )?(?:passes?|passees?) (?:a la maison|au foyer|chez moi)` +
    `|(?:je n'ai|j'ai) (?:plus|pas) (?:travaille|bosse) depuis (?:mon mariage|que je suis mariee|la naissance))\\b`,
);

/** A child named by rank at school or starting it (« le dernier rentre au CP », « mon dernier vient d'entrer à l'école »). */
export const CHILD_SCHOOLED_BY_RANK = new RegExp(
  `\\b(?:le|la|mon|ma) ${CHILD_BY_RANK} (?:vient d'|va |est |rentre |entre |commence )?(?:entrer |rentrer |aller )?(?:a l'ecole|a la maternelle|en maternelle|au cp|en cp|en sixieme|en 6e|au college|en cm1|en cm2|en ce1|en ce2|a la creche|au lycee)\\b`,
);

/**
 * Violence long over told in nouns or as a story (« des années de coups », « l'enfer avec mon ex », « ancienne victime
 * de violences conjugales », « une relation violente », « un homme qui me frappait », « centre pour femmes victimes de
 * violences »): the CIDFF partner; whether an emergency is still going on is read elsewhere.
 */
export const VIOLENCE_LIVED_STORY = new RegExp(
  `\\b(?:${COUNT.replace('(?:', '(?:des|de nombreuses|')} (?:annees|ans|mois) (?:de |d')(?:coups|violences?|maltraitances?|humiliations|enfer|terreur|emprise|brimades|insultes)` +
    '|(?:ancienne |en tant que |j\'ai ete |je suis |etant )victime de violences?|femmes? (?:victimes? de violences?|battues)' +
    '|relation (?:violente|toxique|d\'emprise|abusive)' +
    '|(?<!\\b(?:son|sa|ses|leur|votre|ton) )(?:conjoint|mari|compagnon|ex|homme|mec|concubin|copain)(?: \\w+)? (?:violent|brutal|qui me (?:frappait|battait|tapait|maltraitait|cognait|violentait|menacait))' +
    "|l'enfer (?:avec|aupres de|chez) (?:mon|un|cet|ce)\\b|les coups(?:,| et) (?:les )?(?:insultes|humiliations|menaces))",
);

/** Someone who works with victims (« je travaille dans un centre pour femmes victimes de violences »): no story of their own. */
export const WORK_WITH_VICTIMS = /\b(?:travaill\w*|bosse\w*|benevol\w*|stage|recrut\w*|intervenante?|educat\w*|animat\w*|salariee?|accompagnement|accompagner|speciali\w*|metier) (?:[\w']+ ){0,6}?(?:femmes|victimes)\b/;

/** The end of a maternity or parental leave (« à la fin de mon congé maternité on m'a mise au placard »). */
export const FAMILY_LEAVE_ENDED = new RegExp(
  `\\b(?:a la fin|a l'issue|au terme|depuis la fin|des la fin) (?:de|d') (?:mon|ma|un|une) (?:${COUNT} (?:ans|annees|mois) (?:de |d'))?conge (?:parental|(?:de )?mat(?:ernite|er)?)\\b`,
);

/** A father speaking of himself as such (« papa de trois enfants », « père de famille »), not « le père de mes enfants ». */
export const FATHER_SAID = new RegExp(
  `\\b(?:(?<!\\b(?:le|son|leur|du|au|ton|votre|notre|au|un autre) )pere de (?:famille|${COUNT} ${CHILD})|(?<!\\b(?:le|son|leur|ton|votre) )papa de (?:${COUNT} |mes |ma |mon )?(?:\\w+ )?${CHILD})\\b`,
);

/** A masculine self-description with its article (« je suis un ancien maçon »), not « je suis un peu perdue ». */
export const SELF_DESCRIBED_WITH_MASCULINE_ARTICLE = /\b(?:je suis|suis|chui|jsuis) un (?!peu\b|petit peu\b|bout\b|an\b|mois\b)(?:ancien |jeune |vieux |simple |bon )?[a-z]+/;

/** A partner gone elsewhere for a while, not gone from the couple (« mon mari est parti à la retraite », « en mission »). */
export const PARTNER_AWAY_NOT_LEFT =
  /\b(?:mon|le) (?:mari|conjoint|compagnon|copain|epoux) (?:est|etait) (?:re)?parti\w* (?:a la retraite|en retraite|en (?:deplacement|mission|formation|vacances|voyage)|travailler|bosser|au travail)\b/g;

/** Alone told after another fact (« je suis au chômage et seule »), read beside one's own children. */
export const ALONE_AFTER_ANOTHER_FACT =
  /\b(?:je suis|suis|jsuis|chui|je vis|je me retrouve) (?:[\w']+ ){1,4}?et (?:toute )?seule\b(?! (?:a|au|aux|dans|en|sur|pour|chose|fois|solution|personne|option|raison)\b)/;

const PARTNER_WORD = '(?:mon|le) (?:mari|conjoint|compagnon|copain|concubin|epoux|homme|mec)';
/**
 * Money held by a partner, or a dependence on him told (« mon mari gère tout l'argent », « je n'ai pas de compte à moi »,
 * « je dépends entièrement de mon époux », « c'est lui qui travaillait »): financial autonomy, the CIDFF's field.
 */
export const MONEY_HELD_BY_PARTNER = new RegExp(
  `\\b(?:(?:${PARTNER_WORD}|il) (?:gere|garde|prend|controle|confisque|tient|detient|a pris|a garde)\\w* (?:tout |toute )?(?:l'argent|les comptes|le compte|ma carte|la carte|mon salaire|mes papiers|nos finances|les finances|le budget|mes allocations)` +
    `|(?:ne plus |ne pas |sans )?dependre (?:entierement |totalement |financierement )?(?:de|d') (?:${PARTNER_WORD}|lui)|je depends (?:entierement |totalement |financierement )?(?:de|d') (?:${PARTNER_WORD}|lui)` +
    `|c'est (?:${PARTNER_WORD}|lui) qui (?:paie|paye|payait|gere|gerait|ramene|ramenait|rapporte|rapportait|travaille|travaillait|gagne|gagnait)` +
    "|(?:je n'ai|j'ai|n'ai) (?:pas|aucun|jamais eu) (?:de |d')?(?:compte|revenu|argent|salaire)s? (?:a moi|personnel|a mon nom)" +
    '|je dois lui demander (?:de l\'argent|pour (?:chaque|la moindre|tout|toutes?)))\\b',
);
/** Financial independence wished (« être indépendante financièrement »): read with a partner named or a feminine speaker. */
export const FINANCIAL_AUTONOMY_WISHED = /\b(?:independante financierement|autonome financierement|(?:independance|autonomie) financiere)\b/;

/** A child named loosely (« la petite », « les trois gamins »), not « le petit boulot » or « mon petit ami ». */
export const CHILD_NAMED_LOOSELY = new RegExp(
  `\\b(?:la|le|les|mes|mon|ma|nos) (?:${COUNT} )?${CHILD}\\b(?! (?:amie?s?|boulots?|jobs?|entreprises?|boites?|commerces?|ville|village|annonces?|missions?|contrats?|salaires?|studio|appart\\w*|voitures?|chambres?|mains?|dej\\w*|cafe|matins?|soirs?|peu|bouts?|coins?|freres?|soeurs?|cousins?|cousines?|neveux?|nieces?|chiens?|chats?|copains?|copines?|budgets?|projets?|postes?|cdd|cdi|mari|homme|femme|a petit|pas|prix|plats?|groupes?|commis|patrons?)\\b)`,
);

/** Studies or training left (« j'ai arrêté le lycée », « j'ai quitté ma formation »), read beside a pregnancy or a birth. */
export const STUDIES_LEFT = /\b(?:arrete|quitte|lache|abandonne|interrompu|stoppe|arreter|quitter)e? (?:l'ecole|le lycee|le college|mes etudes|la fac|l'universite|ma formation|mon apprentissage|mon bac|mon cap|mes cours|ma licence|mon bts)\b/;

/** A pregnancy told as an event (« quand je suis tombée enceinte », « pendant ma grossesse »). */
export const PREGNANCY_TOLD = /\b(?:tombee enceinte|(?:pendant|a cause de|avec|apres|depuis) ma grossesse|ma grossesse (?:a|m'a))\b/;

/** The household kept while the partner worked (« je tenais la maison », « femme d'intérieur »). */
export const HOME_KEPT = /\b(?:je (?:tenais|gerais|m'occupais de|m'occupe de|tiens|gere) (?:la maison|le foyer|la famille)|femme d'interieur|je faisais tout a la maison)\b/;
/** A husband or partner named (« mon époux » too). */
export const HUSBAND_NAMED = new RegExp(`\\b${PARTNER_WORD}\\b`);

/** Children counted loosely (« arrivée avec mon mari, 3 enfants »), not children one works with (« je garde 3 enfants »). */
export const CHILDREN_COUNTED_LOOSELY =
  /(?:\bj'ai eu|\bon a eu|\bnous avons eu|(?<!\b(?:avec|garde|gardais|gardait|pour|de|aux|des|les|sur|entre|chez|accueille|accueillir|a|en|d'|classe|groupe) )\b) (?:\d+|deux|trois|quatre|cinq|six|sept|huit) enfants\b/;

/** Years at home with the children told in one breath (« je suis à la maison avec mes gamins depuis 6 ans »). */
export const YEARS_AT_HOME_WITH_CHILDREN = new RegExp(
  `\\b(?:a la maison|au foyer|chez moi) (?:avec|pour) (?:les|mes|nos) (?:\\w+ )?${CHILD} (?:depuis?|pendant|durant|ca fait) ${COUNT} (?:ans|annees)\\b`,
);

/** Years at home said bare (« 10 ans au foyer », « six années au foyer derrière moi »), not a hostel (« au foyer de jeunes travailleurs »). */
export const YEARS_AT_HOME_BARE = new RegExp(`\\b${COUNT} (?:ans|annees) (?:passees? )?(?:a la maison|au foyer)\\b(?! (?:de|d'|du|des|pour|jeunes|ase|a cause|en raison|suite|apres)\\b)`);
/** A child placed or a youth hostel: « au foyer » is then no home. */
export const YOUTH_HOSTEL_CONTEXT = /\b(?:ase|aide sociale a l'enfance|placee?|placement|foyer de l'enfance|mineure?|educateur|educatrice|fjt)\b/;

/** Out of work since a year long gone (« je n'ai pas travaillé depuis 2015 »). */
export const WITHOUT_WORK_SINCE_YEAR = /\b(?:(?:pas|plus|jamais) (?:travaille|bosse|exerce)(?: [\w']+){0,4}?|sans (?:emploi|travail|activite)(?: professionnelle)?) depuis (?:19\d\d|200\d|201\d)\b/;
/** A long span of years (five or more), to read inside a « without work for … » span. */
export const LONG_SPAN_OF_YEARS = /\b(?:[5-9]|\d{2}|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|plusieurs|de nombreuses) (?:ans|annees)\b/;

/** Never worked in this country (« jamais bossé ici », « jamais travaillé en France »). */
export const NEVER_WORKED_HERE = /\bjamais (?:travaille|bosse|eu d'emploi|eu de travail) (?:en france|ici|dans ce pays)\b/;

/**
 * Work put aside or home chosen (« j'ai mis ma carrière d'infirmière entre parenthèses », « j'ai choisi de rester à la
 * maison »), read beside a child who needed care.
 */
export const CAREER_PUT_ASIDE =
  /\b(?:mis (?:ma|mon) (?:[\w']+ ){0,3}?(?:entre parentheses|de cote|en pause|en veille)|(?:choisi|choix|decide|prefere|du|dû|obligee?) (?:de )?(?:rester a la maison|m'arreter|arreter de travailler|quitter mon (?:travail|emploi|poste)))\b/;
/** A child who needed care (« pour m'occuper de mon fils handicapé », « quand ma fille est tombée malade »). */
export const CHILD_NEEDING_CARE = new RegExp(
  `\\b(?:(?:m'occuper|soigner|accompagner|rester aupres) (?:de |d')?(?:mon|ma|mes|nos) (?:\\w+ )?${CHILD}|(?:mon|ma|mes|nos) (?:\\w+ )?${CHILD} (?:est|sont|a ete|ont ete|etait) (?:tombee?s? malade|diagnostique\\w*|hospitalise\\w*|handicape\\w*|malade|autiste))`,
);

/** A partner who kept her from working (« il m'a toujours empêchée de travailler »; the feminine form says who speaks). */
export const PARTNER_KEPT_FROM_WORK = new RegExp(
  `\\b(?:il (?:m'a|m'avait) (?:toujours |jamais |longtemps )?(?:empechee|interdit)|${PARTNER_WORD} (?:m'a|m'avait|m') (?:toujours |jamais |longtemps )?(?:empeche\\w*|interdit)) (?:de |d')(?:travailler|bosser|chercher|me former|reprendre|avoir un)`,
);
/** Money controlled, with the stems of the verb (« il contrôlait mes comptes »). */
export const MONEY_CONTROLLED = new RegExp(`\\b(?:${PARTNER_WORD}|il) (?:control|confisqu|gard|ger)\\w* (?:tout |toute )?(?:l'argent|mes comptes|les comptes|mon compte|ma carte|mon salaire|mes papiers|les finances)\\b`);

/** Several parental leaves (« après deux congés parentaux »). */
export const PARENTAL_LEAVES = /\bconges parentaux\b/;

/** A women's shelter (« un foyer pour femmes »): lived in, unless the person works there (see WORK_WITH_VICTIMS). */
export const WOMEN_SHELTER = /\b(?:foyer|centre|maison|hebergement|refuge|residence) (?:\w+ )?(?:pour|de|des) femmes\b/;
