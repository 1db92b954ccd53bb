// French patterns for violence, hunger and distress told as situations rather than named: the parts of the
// situation (a person at home and a harm, food and a lack now, pills and a rescue or the thought still there)
// and the look-alikes removed before reading (a « violent » pain, neighbours' quarrels, a parent's hyperbole,
// someone else's hunger, hunger as eagerness, fasting). Pure: read on text normalised by prepareText.

// ---------------------------------------------------------------------------------------------
// Violence or fear now.

/** Someone living in the home besides a partner: in-laws, parents, siblings, grown children, a flatmate. */
const HOUSEHOLD_MEMBER =
  '(mon|ma|mes|son|sa|ses|leur|leurs) (beaux? parents?|belle famille|belle mere|beau pere|belle soeur|beau frere|beaux freres|belles soeurs|parents|famille|oncle|tante|cousin|cousine|cousins|grand pere|grand mere|fils|fille|frere|freres|soeur|soeurs|pere|mere|daron|daronne|darons|coloc|colocataire|colocataires)';
/** A blow or a shove (not « me pousse à me former »). */
const PHYSICAL_ACT = "(bouscul|pouss(?!\\w* (a|au|aux|vers|dans)\\b)|frapp|cogn|gifl|tabass|brutalis|etrangl|tir\\w* par les cheveux|jet\\w* (contre|par terre|au sol))\\w*";
/** Insults, shouting, threats (not a threat of dismissal or of being put out). */
const VERBAL_ACT = "(insult|injuri|humili|rabaiss|hurl|crie dessus|crient dessus|menac(?!\\w* (de|d') ?(licenci|vir|sanction|mut|renvoi|mise a pied|me mettre|mettre|couper)))\\w*";

/** A household member's blow or shove (« mes beaux-parents me bousculent »): violence at home. */
export const HOUSEHOLD_BLOWS_TOLD = new RegExp(`\\b${HOUSEHOLD_MEMBER} ([\\w']+ ){0,3}?(me |m'|m'ont |m'a |nous |nous ont )(ont |a )?${PHYSICAL_ACT}`);
/** A household member's insults or threats (« ma belle-famille m'insulte »): violence with a second cue. */
export const HOUSEHOLD_INSULTS_TOLD = new RegExp(`\\b${HOUSEHOLD_MEMBER} ([\\w']+ ){0,3}?(me |m'|m'ont |m'a |nous |nous ont )(ont |a )?${VERBAL_ACT}`);
/** Insults and shoves told formally as nouns (« des insultes et des bousculades de la part de ma belle-famille »). */
export const HARM_FROM_HOUSEHOLD_FORMAL = new RegExp(`\\b(insultes|bousculades|coups|gifles|menaces|humiliations|violences|brutalites|agressions)( et (des |les )?(insultes|bousculades|coups|gifles|menaces|humiliations|violences|brutalites|agressions))? ([\\w']+ ){0,4}?de la part (de |d')(${HOUSEHOLD_MEMBER.slice(1, -1)}|mon (mari|conjoint|compagnon|ex|concubin)|ma (femme|compagne|conjointe))`);
/** A second act told beside insults (a shove, a lock-out, fear, no safety at home). */
export const SECOND_HARM_CUE = new RegExp(`(${PHYSICAL_ACT}|enferm\\w* dehors|mis\\w* dehors|(j'ai|j'avais) peur|pas en securite|plus en securite)`);
/** Not safe at home (« je ne me sens pas en sécurité chez moi »). */
export const UNSAFE_AT_HOME = /\b(je ne me sens|je me sens|me sens|je suis) (pas|plus|jamais) (du tout )?en securite (chez moi|a la maison|chez nous|chez eux|chez lui|dans (mon|ma|notre) (appart\w*|maison|logement|foyer))\b/;
/** Someone at home behind it, not a burglary or a neighbourhood. */
export const SOMEONE_AT_HOME_BEHIND = new RegExp(`\\b((il|elle|ils) (me |m'|nous )?[a-z]+|${HOUSEHOLD_MEMBER}|(mon|ma) (mari|conjoint|compagnon|compagne|copain|copine|ex|femme|concubin))\\b`);
export const BURGLARY_OR_STREET = /\b(cambriol\w*|voleurs?|quartier|la cite|squatteurs?|dealers?|point de deal|incendie|inondation)\b/;

/** Drinking at home told as a moment (« quand il rentre saoul », « quand mon mari a bu »). */
export const DRINKING_AT_HOME = /\b(quand|des qu'|des que|lorsqu'|chaque fois qu'|a chaque fois qu'|si|s') ?(il|elle|mon mari|mon conjoint|mon compagnon|mon copain|mon mec|mon pere|mon beau pere|mon ex|mon fils|mon frere|ma femme|ma compagne|ma mere) (a bu|a trop bu|a encore bu|boit|a picole|picole|se saoule|se bourre|rentre (saoul|soul|sou|ivre|bourre|alcoolise|defonce|arrache|torche|pete)|est (saoul|soul|ivre|bourre|alcoolise|defonce))\b/;
/** Hiding or sleeping elsewhere to be safe (« je me cache avec les enfants », « on va dormir chez la voisine », « je dors dans la voiture »). */
export const HIDING_FROM_SOMEONE = /\b((je me|on se|nous nous|je m') ?(cache|cachons|planque|planquons|refugie|refugions|enferme|enfermons|barricade|barricadons)|(je|on) (vais|va|doit|dois) (me |nous |se )?(cacher|planquer|refugier|enfermer|barricader|dormir chez|dormir dans la voiture)|je (prends|prend|embarque) les (enfants|petits|gosses|gamins) et (on|je)|(je|on) (dors|dormons|vais dormir|va dormir|passe la nuit|passons la nuit) (dans la voiture|dans ma voiture|dehors|chez (la|ma|une|un|mon|des) \\w+)|chaise contre la porte|(j'ai|on a) peur)\b/;

/** A reported threat to kill in the conditional (« il a dit que s'il me revoyait … il me tuerait »). */
export const CONDITIONAL_DEATH_THREAT = /\b(dit|dis|prevenu\w*|jure|promis|ecrit|menace\w*|crie|hurle|repete|texte|envoye un (message|sms)|fait comprendre)( [\w']+){0,2}? (que |qu')?(si|s'il|s'ils|s'elle|le jour ou|quand|des que)( [\w']+){1,14}? (il|elle|ils) ([\w']+ ){0,3}?(me|m') ?(tuerai\w*|tuera|tueront|buterai\w*|butera|buteront|ferai\w* la peau|fera la peau|egorgerai\w*|egorgera|crever\w*ai\w*|defoncerai\w*|defoncera|planterai\w*|plantera|massacrerai\w*|brulerai\w*|cramerai\w*|retrouverai\w* et (me )?(tuerai\w*|buterai\w*))\b/;

/** A threat told as a figure of speech (« c'est une façon de parler », « pour rire »). */
export const FIGURE_OF_SPEECH = /\b(facon de parler|maniere de parler|pour rire|il rigolait|il plaisantait|elle rigolait|elle plaisantait|c'etait une blague|je rigole|mdr|lol|ptdr)\b/;

/** Being waited for or followed at work or at home (« il m'a attendue à la sortie du magasin »). */
export const WAITED_FOR_OUTSIDE = /\b(il|elle|mon ex|mon ancien (compagnon|conjoint|mari|copain)|mon ex mari) (m'a |m'avait |me |m'|se )?(attend\w*|guett\w*|rod\w*|suivi\w*|suit|debarque\w*|surgi\w*|poste\w*)( [\w']+){0,3}? (a la sortie|devant|en bas|a la porte|pres|sur le parking) (du|de mon|de ma|de la|de l'|le|la|mon|ma|l'|de chez) ?(travail|boulot|magasin|bureau|boite|ecole|chantier|usine|restaurant|resto|hopital|immeuble|lieu de travail|moi|supermarche|agence|entrepot)\b/;
/** The one waiting is someone left or feared (« alors que je l'avais quitté », « j'ai peur »). */
export const FEARED_OR_LEFT = /\b(je l'ai quitte|je l'avais quitte|depuis que je l'ai quitte|on est separes|nous sommes separes|j'ai peur|peur de lui|peur d'elle|il me menace|il m'a menace\w*|il me tuerait|me harcel\w*)\b/;

/** An ex waiting again and again (« mon ex m'attend devant le travail tous les soirs »). */
export const EX_WAITING_AGAIN = /\b(mon ex|mon ancien (compagnon|conjoint|mari|copain)|mon ex mari)\b.*\b(tous les (soirs|jours|matins)|chaque (soir|jour|matin)|sans arret|tout le temps)\b/;
/** An ex at the school gate for the children: shared custody, no threat. */
export const CHILDREN_HANDOVER = /\bpour (recuperer|chercher|deposer|ramener|voir) (les|nos|mon|ma|mes) (enfants|petits|fils|fille|gamins|gosses)\b/;

/** A partner reading the person's messages or phone (« mon conjoint lit tous mes messages »): control. */
export const PARTNER_READS_MESSAGES = /\b(mon|ma) (mari|conjoint|compagnon|compagne|copain|copine|ex|femme|concubin|mec) ([\w']+ ){0,5}?(lit|fouille|epluche|controle|verifie) (tous |toutes )?(mes|mon) (messages|sms|telephone|portable|mails|conversations)\b/;
/** Support told with « suivre » (« il me suit dans tous mes projets »): no stalking (removed before reading). */
export const SUPPORT_NOT_CONTROL = /\b(?:me suit|me suivra|me suivrait|me soutient|m'encourage|m'a suivie?) (?:dans|pour) (?:tous |toutes )?(?:mes|mon|ma|ce|cette|les) (?:projets?|choix|decisions?|demarches?|envies?|reconversion|idees?)\b/g;

/** Violent adjectives said of a person (« il boit et devient violent »). */
export const PERSON_TURNS_VIOLENT = /\b(il|elle|ils) (\w+ )?(est|etait|devient|devenait|deviennent|sont|peut etre|se montre|se montrait) (tres |trop |de plus en plus |parfois |souvent |vite |vraiment )?violente?s?\b/;

/**
 * « Violent » said of a pain, an illness, a quarrel between others or a break-up with an employer, and work
 * with victims of violence: no harm to the person (removed before reading).
 */
export const VIOLENCE_FIGURATIVE =
  /\b(?:(?:douleurs?|lumbago|sciatique|migraines?|mal|maux|choc|accident|chute|orage|tempete|toux|allergie|fievre|nausees?|contractions?|brulures?|infection|inflammation|rechute|burn ?out|disputes?|engueulades?|rupture|conflit|licenciement|altercation|prise de bec)(?: (?!(?:il|elle|ils|elles|on|mari|conjoint|compagnon|compagne|copain|copine|ex|femme|pere|mere|frere|soeur|fils|fille|beau|belle)\b)[\w']+){0,5}? (?:a ete |etait |est |fut )?(?:tellement |tres |si |assez |plus |particulierement |super |trop )?violente?s?|violente?s?(?= crises? (?:d'angoisse|de panique|d'asthme|d'epilepsie|de tetanie|de sciatique|de toux|de migraine))|violente?s? (?:douleurs?|lumbago|sciatique|migraines?|mal|maux|choc|accident|chute|orage|tempete|toux|allergie|fievre|dispute|engueulade|rupture|conflit|altercation|prise de bec)(?! avec (?:mon|ma) (?:mari|conjoint|compagnon|compagne|copain|copine|ex|femme|pere|mere|frere|soeur|fils|fille)\b)|(?:se disputent|se disputaient|se dispute|se disputait|s'engueulent|s'engueulaient|s'engueule|se battent|se battaient|se bat|se frappent|se tapent dessus|s'insultent|s'insultaient|se bousculent|se crient dessus|se hurlent dessus)(?: et (?:se |s')[a-z]+)*(?: [\w']+){0,2}?(?: violemment)?|(?:pour|aupres des?|avec (?:les|des)|accompagne\w* (?:les|des)|aide aux|accueil (?:de|des)) (?:les |des )?(?:femmes|personnes|familles|enfants|jeunes|victimes|mineurs)(?: [\w']+){0,2}? violences?(?: \w+)?|(?:lutte contre|prevention des?|sensibilisation aux?) (?:les )?violences?(?: \w+)?)/g;

/** Sleep told as poor, not as a place (« je dors mal à cause des voisins »): no night outside (removed before reading). */
export const SLEEP_POOR = /\b(?:je |j'|on )?(?:dors|dormons|dormais|dormions) (?:tres |super |vraiment |de plus en plus )?(?:mal|peu|pas bien)\b(?! (?:dans|sur|a|au|chez|sous|dehors|en|par terre)\b)/g;

/** A parent's hyperbole about school or training (« ma mère va me tuer si je redouble »): no threat. */
export const PARENT_HYPERBOLE = /\b(?:mon|ma|mes) (?:pere|mere|parents|daron|daronne|darons|famille|prof\w*) (?:va me tuer|vont me tuer|allait me tuer|allaient me tuer|me tuerai\w*|me tuera|me tueront) (?:si|s'|quand|lorsque)(?: [\w']+){0,4}? (?:redoubl|rat|arret|lach|quitt|abandonn|echou|plant|foir|rate)\w*/g;

/** Someone else's suicide attempt (« ma collègue a fait une tentative de suicide »): no distress of the person's. */
export const OTHERS_SUICIDE = /\b(?:mon|ma|son|sa|un|une|notre|leur) (?:collegue|ami|amie|pote|voisin|voisine|frere|soeur|cousin|cousine|oncle|tante|client|cliente|patient|patiente|eleve|copain|copine|beneficiaire|usager|resident|residente)(?: [\w']+){0,3}? (?:s'est suicide\w*|s'est donne la mort|a fait une (?:tentative de suicide|ts)|a tente de se suicider|a tente de mettre fin a ses jours)/g;

// ---------------------------------------------------------------------------------------------
// Hunger now.

const STAPLE_FOOD =
  '(pates|riz|lentilles|semoule|farine|pain|pain de mie|coquillettes|spaghettis?|nouilles|soupe|raviolis|sardines|thon|haricots|compote|lait|conserve|conserves|oeufs|yaourts?|fromage|jambon|puree|petits pois|biscottes|biscuits|cereales|legumes|patates|pommes de terre)';
const FOOD_ITEM = `(${STAPLE_FOOD.slice(1, -1)}|baguette|oeuf|(boite|boites|paquet|morceau|bout|tranche|brique|sachet|pot|assiette|bol|plat|reste) (de |d')${STAPLE_FOOD})`;
/** The last food shared, or one packet for several (« on a partagé un paquet de pâtes à trois »). */
export const LAST_FOOD_SHARED = new RegExp(
  `\\b(partag\\w*|divise\\w*) (la derniere|le dernier|les derniers|les dernieres|notre dernier|notre derniere|nos derniers|nos dernieres) ${FOOD_ITEM}|\\b(partag\\w*|divise\\w*) (un|une|un seul|une seule|1) ${FOOD_ITEM}( de [\\w']+)?( [\\w']+){0,2}? (a|entre) (deux|trois|quatre|cinq|six|sept|huit|\\d+|nous)\\b`,
);
/** Nothing eaten since a moment named (« je n'ai rien avalé depuis avant-hier », « pas nourri depuis deux jours »). */
export const NOTHING_EATEN_SINCE =
  /\b((rien|pas|plus rien|presque rien|quasiment rien|pas grand chose) (avale|mange|bouffe|graille|manger|avaler|bouffer|grailler)|(me suis|m'suis|nous sommes|on s'est) (pas|plus|rien) (nourri|nourrie|alimente|alimentee)|le ventre vide|(je ne|je|on ne|on|nous ne) (mange|mangeons) (plus|pas) (le soir|le midi|le matin|a midi|rien))( [\w']+){0,2}? depuis (hier|avant hier|\d+|deux|trois|quatre|cinq|six|sept|plusieurs|quelques|une|un|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|la veille|hier matin|hier soir|hier midi)\b/;
/** Unable to feed oneself told formally (« je ne suis plus en mesure de m'alimenter »). */
export const UNABLE_TO_EAT_FORMAL = /\b((plus|pas) en mesure de|(dans l'incapacite|incapables?) de|(plus|pas) les moyens de) (m'alimenter|nous alimenter|m'acheter a manger|nous acheter a manger)\b/;
/** Food aid used up (« on a épuisé les bons alimentaires de la mairie », « le colis du Secours populaire est fini »). */
export const FOOD_AID_USED_UP =
  /\b((epuise|utilise|fini|termine|consomme|mange)\w* (tous |toutes )?(les |nos |mes |le |notre |mon |la |ma )?(derniers |dernieres )?(bons?|cheques?|colis|tickets?|aides?|panier|paniers) ((d'aide )?alimentaires?|de la mairie|du ccas|de la caf|du secours \w+|des restos?( du coeur)?|de l'assistante sociale|de la banque alimentaire|de l'epicerie solidaire)|(les |le |nos |mes |notre |mon )(bons?|cheques?|colis|paniers?) ((d'aide )?alimentaires?|de la mairie|du ccas|du secours \w+|des restos?( du coeur)?|de l'assistante sociale|de la banque alimentaire|de l'epicerie solidaire)( [\w']+){0,4}? (sont |est |etaient |etait )?(epuise|fini|termine|utilise|consomme|vide)\w*)\b/;
/** A little food left for several until a day (« il reste un pot de compote pour les trois enfants jusqu'à lundi »). */
export const LITTLE_FOOD_LEFT_UNTIL = new RegExp(
  `\\b(il (ne )?(me |nous |leur )?reste (plus )?(qu'|que )?|y a (plus )?(qu'|que )?|on a (plus )?(qu'|que )?)(un|une|deux|trois|quatre|\\d+) ${FOOD_ITEM}( de [\\w']+)?( [\\w']+){0,5}? (jusqu'a|jusqu'au|jusqu'a la|d'ici) `,
);
/** Bread and water only (« je tiens avec du pain et de l'eau »). */
export const BREAD_AND_WATER = /\b(tiens|tient|tenons|vis|vit|vivons|survis|survit|mange|mangeons) (qu'|que |avec |a |au )?(du |de )?pain (sec )?et (de l'|a l'|d')?eau\b/;
/** The person's share given to the children (« je donne ma part aux enfants »). */
export const SHARE_GIVEN_TO_CHILDREN = /\b(je (donne|laisse|garde)|je leur (donne|laisse)) (ma part|mon assiette|ma portion|mon repas) (aux|a mes|pour les|pour mes|a les) (enfants|petits|gosses|gamins)\b/;

/** Food aid handled at work or as a volunteer (« je distribue les bons alimentaires », « je travaille à l'épicerie solidaire »). */
export const FOOD_AID_HANDLED = /\b(je (distribue|gere|prepare|trie|donne)|on (distribue|gere|prepare)|je travaille (a|au|dans|pour) (l'|la |le |une |un )?(epicerie solidaire|banque alimentaire|ccas|secours \w+|restos?( du coeur)?|association)|agent\w* (d'accueil )?(au|du) ccas|benevole\w*)\b/;

/** Food taken from the bins (« je fais les poubelles pour manger », « on se nourrit de ce qu'on trouve dans les poubelles »). */
export const FOOD_FROM_BINS = /\b(poubelles?( [\w']+){0,4}? pour (manger|nous nourrir|me nourrir|bouffer|nourrir)|(mange|mangeons|nourrit|nourris|nourrissons|bouffe|bouffons|trouve a manger)( [\w']+){0,6}? (dans les|des|les) poubelles)\b/;

/** Hunger as eagerness (« je crève la dalle de réussir »): no hunger (removed before reading). */
export const HUNGER_AS_EAGERNESS = /\b(?:je |j'|on )?(?:creve|crevons|crevais|ai|a|avais) (?:la dalle|faim) (?:de|d') ?(?!puis\b)(?:[a-z]+er|reussir|reussite|reconnaissance|revanche|succes|nouveaute|changement|travail|boulot|taf|reconversion)\b/g;
/** Fasting or a diet (« je fais le ramadan, je n'ai rien mangé depuis ce matin »): a meal skipped by choice. */
export const FASTING_TOLD = /\b(ramadan|je jeune|on jeune|en jeune|jeune intermittent|careme|au regime|un regime|en diete|perdre du poids|maigrir|mincir|perdre des kilos)\b/;
/**
 * Someone else's hunger (« ma voisine n'a plus rien à manger », « il n'a plus de quoi manger, je l'aide »):
 * removed before reading; the person's own children are the household's hunger and stay.
 */
const HUNGER_OF_OTHERS = "(?:n'a|n'ont|a|ont|n'avait|n'avaient) (?:plus|pas|rien) (?:rien |de quoi |assez |grand chose )?(?:a |pour |de quoi )?(?:manger|bouffer|se nourrir)\\b";
export const OTHERS_HUNGER = new RegExp(
  `\\b(?:mon|ma|mes|son|sa|ses|notre|nos|leur|leurs|un|une) (?:[\\w']+ )?(?:voisin|voisine|voisins|ami|amie|amis|pote|potes|soeur|frere|cousin|cousine|collegue|collegues|oncle|tante|client|cliente|clients|beneficiaires?|usagers?|patients?|eleves?|residents?)(?: [\\w']+){0,6}? ${HUNGER_OF_OTHERS}` +
    `|\\b(?:il|elle|ils|elles) ${HUNGER_OF_OTHERS}(?= [\\w' ]{0,40}?\\bje (?:l'|lui |les |leur )(?:aide|apporte|donne|fais|depanne|nourris|paie|paye|achete|invite))`,
  'g',
);

// ---------------------------------------------------------------------------------------------
// Distress.

/** Pills taken in a number (« j'ai avalé des cachets »), not for a named ailment. */
export const PILLS_TAKEN =
  /\b(pris|prendre|avale|avaler|gobe|ingere|ingurgite|bouffe|apres avoir pris|apres avoir avale) (des|plein de|trop de|une dizaine de|tous mes|toutes mes|une plaquette de|une poignee de|toute une plaquette de|toute la plaquette de) (cachets|medicaments|medocs|comprimes|pilules|somniferes|anxiolytiques|antidepresseurs|doliprane)\b(?! (pour|contre) (ma|mon|mes|le|la|les|l'|dormir)\b)/;
/** A rescue or the thought still there after it (« on m'a sauvée », « j'y pense encore », « lavage d'estomac »). */
export const RESCUED_OR_STILL_THERE =
  /\b(on m'a (sauvee?|retrouvee?|ranimee?|reanimee?|trouvee? a temps|retrouvee? a temps)|lavage d'estomac|les pompiers|le samu|en reanimation|j'y (re)?pense (encore|toujours|chaque|tous|souvent|tout le temps)|j'y pense encore|(les idees|l'idee) (revient|reviennent|me revient|me reviennent|ne (sont|est) (jamais )?(vraiment )?(partie|parties|passee|passees))|revient dans ma tete)\b/;
/** A « bêtise » or an attempt told without the word suicide (« j'ai fait une bêtise avec des médicaments »). */
export const ATTEMPT_TOLD_VEILED = /\b((fait|faite|refait) une (betise|connerie|grosse betise|grosse connerie) (avec|aux) (des |les |mes )?(cachets|medicaments|medocs|comprimes|pilules|somniferes)|(ma|depuis ma|apres ma) (derniere |premiere )?tentative(?! (de|d') ?(?!suicide)[a-z]))\b/;
/**
 * Whether living is still worth it (« je me demande si ça vaut encore la peine de vivre »). The typo corrector
 * turns « intérêt » into « internet »: both are read.
 */
export const LIFE_WORTH_DOUBTED =
  /\b((vaut|valait|vaudrait|vaut vraiment)( encore| plus| vraiment| toujours| pas)? (la peine|le coup) (de |d')(vivre|continuer a vivre|rester en vie|etre en vie|etre vecue)(?! (a|en|dans|au|aux|chez|avec|comme|loin|pres|ici|la bas|de|sans|ensemble|sous|sur)\b)|la vie (ne )?(vaut|valait) (plus|pas|vraiment plus) (la peine|le coup)|(plus|pas|aucun) (d'|l')?(interet|internet) (de|a) (vivre|rester en vie|etre en vie)(?! (a|en|dans|au|aux|chez|avec|comme|loin|pres|ici|la bas|de|sans|ensemble|sous|sur)\b)|(vivre|la vie|ma vie|mon existence) (n'a|a) (plus|pas|aucun) (de |d'|aucun )?sens\b|a quoi (ca|sa|cela) (sert|servirait) (de |d')(vivre|rester en vie|etre en vie|continuer a vivre)(?! (a|en|dans|au|aux|chez|avec|comme|loin|pres|ici|la bas|de|sans|ensemble|sous|sur)\b)|(plus|pas) envie d'etre (en vie|vivante?))\b/;
/** Not wishing to be of this world, said formally (« je souhaiterais ne plus être de ce monde »). */
export const NOT_OF_THIS_WORLD = /\b((ne )?plus etre de ce monde|quitter ce monde(?! (de|du|des|d')\b)|partir de ce monde|ne plus faire partie de ce monde)\b/;
/** Waking at the emergency ward after pills (« je me suis réveillée aux urgences après les cachets »). */
export const WOKE_AFTER_PILLS = /\b(reveille\w*|retrouve\w*|ranime\w*) (aux urgences|a l'hopital|en reanimation|en rea) (apres|a cause (de|des)) (les |des |mes |avoir (pris|avale) (les |des |mes |tous mes |toute ma )?)?(cachets|medicaments|medocs|comprimes|pilules|somniferes|anxiolytiques)\b/;
/** The author of the violence convicted or jailed (« mon ex a été condamné »): violence told as over. */
export const ABUSER_CONVICTED = /\b(il|elle|mon ex|mon ex mari|mon ancien (conjoint|compagnon|mari)|(mon|ma) (mari|conjoint|compagnon|compagne|pere|beau pere)) (a ete|avait ete|est|etait) (condamne|condamnee|incarcere|incarceree|emprisonne|emprisonnee|en prison|juge|jugee)\b/;
/** Violence lived through for a time (« j'ai vécu six ans de violences conjugales »): the past, removed when it is over. */
export const VIOLENCE_LIVED_THROUGH = /\b(?:j'ai|nous avons|on a) (?:vecu|connu|endure|traverse) (?:[\w']+ ){0,3}?(?:de |des )violences?(?: conjugales?| physiques?| psychologiques?| familiales?)?/g;
