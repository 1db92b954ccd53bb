// A business creation or takeover told without the creation words: a business for sale or without a buyer and the
// person's own interest in it, a business of one's own dreamt of (« un camion à moi »), an idea to launch, a shop
// named by its French trade suffix (« une chèvrerie », « une fromagerie »), one's own products to sell. Pure, on
// normalised text (lower case, no accents).

/** A takeover or launch refused right after the verb: taking back work, studies or a habit is no business. */
const NOT_A_TAKEOVER_OBJECT =
  "(?! (?:le |la |mon |ma |mes |les |un |une |des |d'|a |au |a la |a l'|plus |vite )?(?:travail|boulot|taf|poste|service|cours|etudes|sport|activite|rythme|conduite|temps plein|mi temps|volant|route|contrat|formation|arret|medicaments?|traitement|confiance|souffle|forme|contact|rendez vous)\\b)";

/** Somebody selling, retiring or closing without a buyer: the seller's side of a takeover. */
const BUSINESS_ON_SALE = new RegExp(
  '\\b(?:' +
    [
      '(?:est|sont|serait|va etre|vient d\'etre|a ete) (?:mise? |mis )?(?:a vendre|en vente|a ceder|a reprendre|en liquidation)',
      '(?:cherche\\w*|recherche\\w*|trouve pas|trouvent pas|n\'a pas trouve|n\'ont pas trouve|sans|faute de|pas de|aucun) (?:d\'|de |un |une |des |quelqu\'un pour )?(?:gerant |nouveau |jeune )?(?:repreneu\\w*|successeu\\w*|reprendre|racheteu\\w*|acheteu\\w*)',
      '(?:vend|vendent|cede|cedent|revend|revendent) (?:son|sa|ses|leur|leurs|l\'|le|la|tout)\\b',
      // « il y a une supérette à reprendre à côté de chez moi »; a home or a car for sale is no business.
      "(?:il y a|y a|y'a) (?:un|une|des) (?!(?:maison|appart\\w*|voiture|terrain|logement|studio|moto|camion)\\b)(?:[\\w']+ ){1,3}?(?:a vendre|a reprendre|a ceder|en vente)\\b",
      // The sale told without its object (« la patronne veut vendre, elle me l'a proposé »).
      '(?:va|vont|veut|veulent|voudrait|voudraient|doit|doivent|souhaite|souhaitent|pense a|cherche a) (?:vendre|ceder|revendre)\\b',
    ].join('|') +
    ')',
);
/** Retiring or stopping: weaker, for a relative or a boss may retire with no business to take over. */
const BUSINESS_OWNER_LEAVING = new RegExp(
  '\\b(?:' +
    [
      '(?:part|partent|partira|va partir|vont partir|partait|prend|prennent|prendra|va prendre|vont prendre) (?:bientot |en |a )?(?:la |sa |leur )?retraite',
      // Stopping told bare and followed by the person's own clause (« la maraîchère arrête, je pourrais reprendre »).
      "(?:arrete|arretent|va arreter|vont arreter|s'arrete) (?=(?:je|j'|moi|et je|et moi|alors je|du coup je)\\b)",
      '(?:arrete|arretent|va arreter|vont arreter|ferme|ferment|va fermer|vont fermer|cesse|cessent|va cesser) (?:son activite|leur activite|ses portes|boutique|definitivement|bientot|l\'an prochain|en fin d\'annee)',
    ].join('|') +
    ')',
);
/** Nobody to take over, told as such: a business without a buyer. */
const NOBODY_TO_TAKE_OVER = new RegExp(
  '\\b(?:' +
    [
      'personne (?:ne )?(?:veut|voudra|pour|n\'est interesse pour|ne se presente pour) (?:la |le |l\')?(?:reprendre|racheter|prendre la suite|prendre le relais)',
    ].join('|') +
    ')',
);

/** The person's own interest in taking it over: a pronoun object, a temptation, a proposal made to them. */
const OWN_TAKEOVER_INTEREST = new RegExp(
  '\\b(?:' +
    [
      `(?:le|la|l') ?(?:reprendre|racheter|reprenne|rachete|reprends|rachetes?)\\b${NOT_A_TAKEOVER_OBJECT}`,
      `(?:m'|me |moi de )(?:interesse\\w*|tente\\w*|tenter\\w*|plairai\\w*|dirai\\w*|branche\\w*|fait envie|ferait envie|donne envie) (?:bien )?(?:de )?(?:la |le |l')?(?:reprendre|racheter|prendre la suite|me lancer|reprise|rachat)?${NOT_A_TAKEOVER_OBJECT}`,
    ].join('|') +
    ')',
);
/** A softer interest (« ça me tente », « pourquoi pas moi », « c'est peut-être le moment »): read only beside a business for sale. */
const SOFT_TAKEOVER_INTEREST = new RegExp(
  '\\b(?:' +
    [
      '(?:ca|cela|l\'idee) (?:me |m\')(?:tente|tenterait|interesse\\w*|plait|plairait|trotte|fait envie|dit bien|branche)',
      'pourquoi pas moi',
      "(?:m'y|nous y) (?:installer|lancer|mettre)",
      "c'est (?:peut etre |surement |sans doute )?(?:le moment|l'occasion|ma chance|une occasion|une opportunite)",
    ].join('|') +
    ')(?! pas\\b| plus\\b| de (?:chercher|trouver|changer|partir))',
);
/** Taking it over wished, weighed or offered by the seller (« je me verrais bien le reprendre », « il m'a proposé de racheter »). */
const TAKEOVER_WISHED_OR_OFFERED = new RegExp(
  '\\b(?:' +
    [
      `(?:je me verrais bien|je me vois bien|je pourrais|on pourrait|je devrais|je me demande si je (?:suis capable de|pourrais|peux|devrais)|je me sens (?:capable|pret\\w*) de|je suis tente\\w* de|j'aimerais|je voudrais|je veux|on voudrait|je compte) (?:le |la |l')?(?:reprendre|racheter|prendre la suite|prendre le relais|me lancer)\\b${NOT_A_TAKEOVER_OBJECT}`,
      `(?:m'a|m'ont|me|nous a|nous ont) (?:demande|propose|proposent|propose|offert|offre) (?:si |de |d')(?:\\w+ ){0,4}?(?:reprendre|racheter|reprenais|rachetais|prendre (?:la )?suite|prendre le relais)\\b${NOT_A_TAKEOVER_OBJECT}`,
      // « il me l'a proposé », also spelt « il me la proposé » in a quick message.
      "(?:elle|il|ils|elles) (?:me |m')(?:l'a |la |les a |l'ont |l'on )?(?:propose|offert)",
      'reprendre (?:ses|leurs|son|sa) (?:terres|clients|clientele|locaux|murs|parts|fonds|activite|tournee)',
    ].join('|') +
    ')',
);

/** The person's own employer or workplace named: a sale there may be a worry, not a project. */
const OWN_WORKPLACE_NAMED = /\b(?:mon|ma|notre|nos) (?:patron\w*|employeu\w*|entreprise|boite|societe|boss|chef\w*|direction|magasin|usine|agence)\b|\b(?:ou|chez qui|pour qui|dans laquelle|dans lequel|la ou) (?:je|j') ?(?:travaille|bosse|suis|fais|ai fait|taffe|etais|travaillais|bossais)\b/;
/** An employee's worry (a job, a contract, a dismissal): the sale is told as a threat. */
const EMPLOYEE_WORRY = /\b(?:perdre|perdu|peur|inquiet\w*|angoiss\w*|licenci\w*|chomage|mon poste|mon contrat|mon emploi|mon travail|mon boulot|mon taf|plan social|repris avec|garder (?:mon|les) )/;

/** Things one may own that make a business (a food truck, a workshop, a shop); rooms, cars and homes do not. */
const OWNED_BUSINESS_NOUN =
  '(?:camion|food truck|truck|roulotte|triporteur|resto|restaurant|snack|commerce|boutique|magasin|salon|bar|cafe|atelier|entreprise|boite|affaire|business|cabinet|garage|ferme|exploitation|gite|epicerie|institut|agence|marque|studio de \\w+|elevage|verger|vignoble|\\w+eries?)';
/** A business of one's own dreamt of, told by « à moi » or « à nous » (« je rêve d'un camion à moi », « un petit resto à nous »). */
const BUSINESS_OF_ONE_S_OWN = new RegExp(
  `\\b(?:un|une|mon|ma|notre) (?:petite? |vrai |vraie |propre )?${OWNED_BUSINESS_NOUN}(?: [\\w']+){0,4}? a (?:moi|nous|mon compte)\\b(?! (?:pour (?:demenager|partir|bouger|me deplacer|aller)|perso\\b))`,
);

/**
 * A shop or a workshop named by its trade suffix (« -erie »: chèvrerie, fromagerie, savonnerie, biscuiterie) opened,
 * created or taken over: French names trades' businesses that way, so the suffix covers the ones no list holds.
 */
const TRADE_SHOP_OPENED = new RegExp(
  "\\b(?:ouvrir|ouvre|ouvrirai\\w*|ouverture d'|ouverture de|creer|creation d'|creation de|monter|lancer|lancement d'|reprendre|reprise d'|reprise de|racheter|rachat d'|rachat de|installer|tenir) (?:ma |une |notre |d'une |(?<=(?:reprendre|reprise d'|reprise de|racheter|rachat d'|rachat de) )(?:la |sa |l'|cette ))(?:petite |propre |nouvelle )?(?!(?:loterie|galerie|batterie|serie|categorie|theorie|energie|sortie|partie|vie|envie|boiserie|garderie|infirmerie|mairie|gendarmerie|prefecture|poste|trottinette|penderie|tuyauterie|plomberie|messagerie|loterie|imprimante|session|seance)\\b)[a-z]{3,}eries?\\b",
);
/** Opening a truck or a stall to sell one's food (« ouvrir un petit camion pour vendre mes plats »). */
const STALL_OPENED_TO_SELL = /\b(?:ouvrir|monter|lancer|installer|avoir) (?:un|une|mon|ma|notre) (?:petit |petite |propre )?(?:camion|truck|stand|etal|roulotte|kiosque|comptoir|triporteur|point de vente)(?: [\w']+){0,3}? (?:pour|et) (?:vendre|servir|proposer|faire gouter)\b/;

/** An idea for a product or a company (« une idée d'application », « un concept de boutique en ligne »). */
const PRODUCT_IDEA = /\b(?:idee|concept|projet|prototype) (?:d'|de |du |d'un |d'une )(?:appli\w*|application|site|plateforme|start ?up|startup|produit|marque|boutique|jeu|service|box|gamme|ligne de \w+|concept|entreprise|business|commerce|magasin|restaurant|resto|food truck|camion)\b/;
/** Launching it, told with a pronoun or as setting off (« pour la lancer », « on aimerait se lancer », « la développer »). */
const IDEA_LAUNCHED = /\b(?:(?:la|le|l') ?(?:lancer|developper|commercialiser|concretiser|realiser|monter|mettre sur le marche|lancons|lance)|(?:me|nous|se|on se) lancer(?! (?:dans (?:une|la|un|le) (?:formation|reconversion|recherche|etudes?)|a la recherche))|lancer (?:notre|ma|mon|leur|la|le) (?:boite|entreprise|projet|societe|startup|start up|appli\w*|produit|marque|business|concept))\b/;

/** Holding a business wished (« je me verrais bien tenir un gîte », « j'aimerais avoir un petit bar »). */
const BUSINESS_HOLDING_WISHED = /\b(?:je me verrais bien|je me vois bien|je m'imagine|reve de|revons de|envie de|j'aimerais|je voudrais|je veux|on voudrait|on aimerait|nous voudrions|mon reve (?:c'est|serait) de|projet de) (?:\w+ ){0,2}?(?:tenir|avoir|gerer a mon compte) (?:un|une|mon|ma|notre) (?:petite? )?(?:gite|bar|cafe|commerce|boutique|epicerie|restaurant|resto|snack|camping|chambres? d'hotes|maison d'hotes|auberge|hotel|salon de the|librairie|magasin|food truck|creperie|pizzeria|boulangerie|ferme|elevage|roulotte)\b/;
/** A passion or a hobby turned into a business (« transformer ma passion pour la pâtisserie en commerce »). */
const PASSION_TURNED_INTO_BUSINESS = /\b(?:transformer|changer|faire evoluer|convertir) (?:ma|mon|mes|cette|ce) (?:passion|loisir|hobby|savoir faire|talent|activite|creations?)(?: [\w']+){0,4}? en (?:un |une |mon |ma )?(?:commerce|entreprise|business|boite|societe|activite professionnelle|activite commerciale|marque)\b/;

/** A product one makes, then sold: the maker's side of a small business (« je fais des confitures et je voudrais les vendre »). */
const OWN_PRODUCTION_TOLD = /\b(?:je|j'|on|nous) ?(?:fais|fait|faisons|fabrique|fabriquons|cuisine|cuisinons|produis|produit|produisons|cree|creons|tricote|couds|cousons|peins|brode|cultive|cultivons|eleve|elevons|recolte|prepare|sculpte|tourne|modele|confectionne|brasse|distille|torrefie)\b/;
const OWN_PRODUCTS =
  '(?:productions?|creations?|produits|plats|gateaux|patisseries|biscuits|cookies|confitures?|conserves|bocaux|bijoux|bougies|savons|cosmetiques|legumes|fruits|miel|fromages?|oeufs|volailles|tableaux|toiles|poteries|ceramiques|pains|vetements|bonnets|sacs|tricots|coutures|broderies|peluches|jouets|sculptures|photos|illustrations|bieres?|vins?|jus|sauces|epices|tisanes|plantes|fleurs|accras|samoussas|nems|pizzas|crepes|cafes?)';
/** Selling it, wished (« je voudrais les vendre au marché », « vendre mes gâteaux sur les marchés »). */
const OWN_PRODUCTS_SOLD = new RegExp(
  `\\b(?:(?:les |le |la |en )(?:vendre|commercialiser|ecouler|proposer a la vente)|(?:vendre|commercialiser|ecouler) (?:mes|nos|ma|mon|des|les) (?:propres )?(?:\\w+ )?${OWN_PRODUCTS}\\b|(?:vendre|commercialiser) (?:\\w+ ){0,3}(?:au marche|aux marches|sur les marches|sur un marche|sur internet|en ligne|sur etsy|en vente directe|a la ferme|sur les foires|dans les foires))`,
);
/** A sale wished, with its channel or a status to sell under (so « vendre mes meubles pour déménager » stays apart). */
const SALE_WISH_LEAD = /\b(?:veux|voudrais|voudrait|voudrions|aimerais|aimerait|aimerions|souhaite\w*|envie|compte|pense|projet|reve|objectif|idee|essayer|pourrais|peux|puis je|comment|pour)\b/;
const SELLING_FRAME = /\b(?:au marche|aux marches|sur les marches|sur un marche|sur internet|en ligne|sur etsy|en vente directe|a la ferme|sur les foires|auto ?entrepreneu\w*|micro ?entrepr\w*|independant\w*|a mon compte|statut|siret)\b/;

/** A creation or a takeover told in other words than the creation ones. */
export function businessProjectToldInOtherWords(t: string): boolean {
  const takeoverInterest = OWN_TAKEOVER_INTEREST.test(t) || TAKEOVER_WISHED_OR_OFFERED.test(t);
  const onSale = BUSINESS_ON_SALE.test(t) || NOBODY_TO_TAKE_OVER.test(t);
  // Somebody else's business told for sale with no worry of one's own (« la coiffeuse de Langres vend son salon »):
  // told because the person weighs taking it over.
  if (BUSINESS_ON_SALE.test(t) && !OWN_WORKPLACE_NAMED.test(t) && !EMPLOYEE_WORRY.test(t)) return true;
  if ((onSale && (takeoverInterest || SOFT_TAKEOVER_INTEREST.test(t))) || (BUSINESS_OWNER_LEAVING.test(t) && takeoverInterest)) return true;
  if (BUSINESS_OF_ONE_S_OWN.test(t) || TRADE_SHOP_OPENED.test(t) || STALL_OPENED_TO_SELL.test(t)) return true;
  if (BUSINESS_HOLDING_WISHED.test(t) || PASSION_TURNED_INTO_BUSINESS.test(t)) return true;
  if (PRODUCT_IDEA.test(t) && IDEA_LAUNCHED.test(t)) return true;
  const ownProductsSold = OWN_PRODUCTS_SOLD.test(t) && SALE_WISH_LEAD.test(t);
  return ownProductsSold && (OWN_PRODUCTION_TOLD.test(t) || SELLING_FRAME.test(t) || /\b(?:vendre|commercialiser) (?:mes|nos) (?:propres )?/.test(t));
}
