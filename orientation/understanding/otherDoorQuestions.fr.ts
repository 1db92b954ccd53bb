// Questions that are another door's (FACTS.md, last row), read by the question's SHAPE joined to its
// OBJECT inside one clause, whatever the words around them: how much or how it is computed + a pension
// or a benefit; whether to sign or what to do + a contract decision or pay withheld by the employer;
// looking for staff or paying for their training + the person's own staff. Each shape and object is a
// concept family with its spoken, SMS and formal variants, not a sentence.
import type { OutOfScopeTopic } from './profileLexicon.fr.js';
import { EMPLOYER_DISPUTE_CONTEXT, INFORMATION_ASKED_CUE, SOCIAL_BENEFIT_ANY, UNEXPLAINED } from './profileLexicon.fr.js';

/** A word of the same clause: a coordinating or turning word starts another clause. */
const WORD_IN_CLAUSE = String.raw`(?: (?!(?:et|mais|puis|ensuite|car|donc|sinon|alors|parce|aussi|ailleurs|sinon|bref)\b)[\w']+)`;

/** A shape and an object within `words` words of each other, in either order, inside one clause. */
function joined(shape: string, object: string, words: number, order: 'both' | 'shapeFirst' = 'both'): RegExp {
  // An elided article glues to the next word (« cmb je peux avoir d'apl »).
  const shapeFirst = String.raw`(?:${shape})${WORD_IN_CLAUSE}{0,${words}} (?:d'|l')?(?:${object})`;
  const objectFirst = String.raw`(?:${object})${WORD_IN_CLAUSE}{0,${words}} (?:d'|l')?(?:${shape})`;
  return new RegExp(String.raw`\b(?:${order === 'both' ? `${shapeFirst}|${objectFirst}` : shapeFirst})\b`);
}

/** Asking how much or how it is computed (never how long, nor what a course costs). */
const AMOUNT_SHAPE = String.raw`montant et (?:la )?duree|(?:combien|cb|cmb|cbien)(?! (?:de temps|d'heures|de jours|de mois|d'annees|coute\w*|dure\w*|de formations?))|montants?|calcul\w*|recalcul\w*|estim\w*|simul\w*|baremes?|s'elever\w*|s'eleve\w*`;

// ---------------------------------------------------------------------------------------------
// A pension: its amount, its computation, the quarters counted for it.

/** A pension, unless it is only a horizon (« à cinq ans de la retraite », « avant la retraite »). */
const PENSION_OBJECT = String.raw`(?<!(?:avant|jusqu'a|d'ici|ans de|mois de|annees de|proche de|pres de) (?:la |ma ))(?:retraite(?! (?:progressive|anticipee))|pensions?(?! d'invalidite| alimentaire)|trimestres|releve de carriere|reversion|agirc|arrco)`;
/** What the person will receive or what counts towards it (« ce que je vais toucher de retraite », « comptent pour ma retraite »). */
const PENSION_SHAPE = String.raw`${AMOUNT_SHAPE}|toucher|toucherai\w*|percevoir|percevrai\w*|recevrai\w*|avoir de|compt\w* pour|pris\w* en compte`;
export const PENSION_QUESTION = joined(PENSION_SHAPE, PENSION_OBJECT, 4);

// ---------------------------------------------------------------------------------------------
// A benefit: its amount asked, its computation asked, a change or a payment doubted.

/** A benefit by any name, a grant, a payment of one (« mon premier versement »), the daily reference wage. */
const BENEFIT_OBJECT = String.raw`${SOCIAL_BENEFIT_ANY.source.replace(/^\\b|\\b$/g, '')}|bourses?(?: du crous| crous| d'etudes?| sur criteres sociaux)?|indemnisation|versements?|salaire journalier de reference|sjr|droits (?:au |a l')?(?:chomage|are)`;
/** A benefit's amount or computation asked (shape first: « cmb je peux avoir d'apl », « le calcul de mon indemnisation »). */
export const BENEFIT_AMOUNT_QUESTION = joined(`${AMOUNT_SHAPE}|et (?:a |pour )?combien`, BENEFIT_OBJECT, 4, 'shapeFirst');
/** A right to a benefit then « et combien » (« ai-je droit au chômage, et à combien »). */
export const BENEFIT_RIGHT_AND_AMOUNT = new RegExp(String.raw`\b(?:${BENEFIT_OBJECT})(?: [\w']+){0,6}? et (?:a |pour |de )?(?:combien|cb|cmb|quel montant|(?:son|le|leur|quel|son futur) montant)\b`);
/** The benefit first, its amount asked at the end (« le chômage, il sera de combien »). */
export const BENEFIT_THEN_HOW_MUCH = joined(String.raw`(?:est|sont|sera|seront|serait|seraient|fera|feront|ferait|fait|ca fait|ca fera|s'elevera|montera) (?:de |a )?(?:combien|cb|cmb)`, BENEFIT_OBJECT, 3);
/** How « it » is computed, the benefit named elsewhere (« je ne comprends pas comment il a été calculé », « comment est-ce calculé »). */
const COMPUTATION_OF_IT = /\b(?:comment (?:est ce que )?(?:il|elle|ils|elles|ca|c'est|cela|c|on) (?:l'|les |le |la |me |m')?(?:a |ont |est |sont |sera |seront |a ete |ont ete |se |va etre |ont )?(?:calcul|determin|etabli)\w*|comment (?:est ce|est|sont|a ete|sera) (?:\w+ ){0,3}?calcul\w*|sur quelle base (?:\w+ ){0,4}?calcul\w*)\b/;
/** A change of the amount (« divisée par deux », « réduite », « a baissé »). */
const AMOUNT_CHANGE = String.raw`baisse\w*|diminue\w*|reduite?s?|divise\w* par (?:deux|2|trois|3)|amput\w*|rabot\w*|chute\w*|saute\w*|degringol\w*`;
export const BENEFIT_CHANGE_TOLD = joined(AMOUNT_CHANGE, BENEFIT_OBJECT, 4);
/** A benefit cut, asked why (« pourquoi mes APL ont-elles été supprimées »): only with the why. */
const BENEFIT_CUT_TOLD = joined(String.raw`supprim\w*|coupe\w*|suspendu\w*|stoppe\w*`, BENEFIT_OBJECT, 4);
/** « The amount » itself changed or doubted (« le montant a chuté », « le montant annoncé est faux », « ça me paraît très peu »), a benefit or a payer named elsewhere. */
const AMOUNT_ITSELF_DOUBTED = joined(String.raw`${AMOUNT_CHANGE}|faux|fausse|errone\w*|trop bas|trop basse|trop faible|tres peu|pas juste|pas normal|bizarre`, String.raw`(?:le|son|ce|mon|leur) montant`, 3);
/** A sum per day or per month (« droit à 29 euros par jour »): an amount told, for « comment ils calculent ». */
const SUM_PER_PERIOD = /\b\d+ (?:euros?|e) (?:par|le|du|a la) (?:jour|mois|semaine)\b/;
/** Asking for details or to understand (« je sollicite des précisions », « je voudrais comprendre »). */
const DETAILS_ASKED = /\b(?:precisions?|sollicit\w*|renseignements?|eclaircissements?|comprendre|explication\w*)\b/;
/** Less paid than expected, by a payer or for a benefit (« on m'a versé moins que prévu »). */
const PAID_LESS = /\b(?:verse|paye|vire|recu|touche)\w* (?:[\w']+ ){0,2}?moins (?:que (?:prevu|d'habitude|annonce|le mois dernier|avant|d'habitude)|cette fois)\b/;
const PAYER = /\b(?:france travail|pole emploi|caf|msa|crous|carsat|cpam)\b/;

/** A benefit or pension amount asked, checked or doubted. */
export function amountQuestionTold(t: string, questionMarked: boolean): boolean {
  const asked = questionMarked || INFORMATION_ASKED_CUE.test(t) || UNEXPLAINED.test(t) || DETAILS_ASKED.test(t) || /\b(?:cmb|cbien|combien)\b/.test(t);
  if (!asked) return false;
  const benefitNamed = new RegExp(String.raw`\b(?:${BENEFIT_OBJECT})\b`).test(t);
  return (
    PENSION_QUESTION.test(t) ||
    BENEFIT_AMOUNT_QUESTION.test(t) ||
    BENEFIT_RIGHT_AND_AMOUNT.test(t) ||
    BENEFIT_THEN_HOW_MUCH.test(t) ||
    (COMPUTATION_OF_IT.test(t) && (benefitNamed || SUM_PER_PERIOD.test(t) || PAYER.test(t))) ||
    (BENEFIT_CUT_TOLD.test(t) && UNEXPLAINED.test(t)) ||
    (AMOUNT_ITSELF_DOUBTED.test(t) && (benefitNamed || PAYER.test(t) || new RegExp(String.raw`\b(?:${PENSION_OBJECT})\b`).test(t))) ||
    BENEFIT_CHANGE_TOLD.test(t) ||
    (PAID_LESS.test(t) && (benefitNamed || PAYER.test(t)))
  );
}

// ---------------------------------------------------------------------------------------------
// A dispute with the employer: advice on a decision, pay withheld, a step against the employer.

/** A decision offered or imposed by the employer. */
const CONTRACT_DECISION = String.raw`rupture conventionnelle|rupture co|rupture de contrat|licenciement|avenant|transaction|proposition de (?:depart|rupture)|plan de depart|depart volontaire|mutation|demissionner|demission`;
/** Asking whether to take it or for advice (« je signe ou pas », « dois-je l'accepter », « vaut-il mieux »). */
const DECISION_ADVICE_SHAPE = String.raw`je (?:la |le |l')?(?:signe|accepte|refuse)(?= (?:ou|ensuite|puis|et|alors)\b|$)|dois je|je dois|faut il|(?:est ce que|est ce qu') ?(?:je|j') ?(?:signe|accepte|refuse|dois|devrais)|je (?:signe|accepte|refuse) ou|ou (?:pas|non|attendre|refuser|accepter|bien)|vaut (?:il )?mieux|mieux vaut|interessant|avantageux|conseill\w*|que feriez|qu'en pensez|votre avis|un avis|bonne idee|bonne affaire|dans mon interet`;
/** An employer's offer weighed (« on me propose une rupture co, c'est intéressant ou vaut mieux un licenciement »). */
export const DECISION_ADVICE_ASKED = joined(DECISION_ADVICE_SHAPE, CONTRACT_DECISION, 6);
/** The decision comes from the employer (« on me propose », « proposée par mon employeur », « ils veulent »): one's own option weighed (« demander une rupture conventionnelle ») is a career question. */
export const DECISION_OFFERED = joined(String.raw`propos\w*|offr\w*|offert\w*|veu\w*|impos\w*|menace\w*|pousse\w*|me demande\w*`, CONTRACT_DECISION, 4);
/** The words that make the weighing a question even without a question mark (« est-ce que je signe ou pas »). */
const DECISION_ASKED_CUE = /\b(?:dois je|faut il|conseill\w*|votre avis|un avis|est ce que|est ce qu'|ou pas|ou non|vaut (?:il )?mieux|mieux vaut)\b/;
/** The employer pushing the person out (« me demande de démissionner », « veut que je signe une rupture »). */
const PUSHED_OUT = /\b(?:me demande\w* de|veut que je|veulent que je|me pousse\w* a|me force\w* a|m'oblige\w* a|me met\w* la pression pour) (?:demissionner|signer|partir|accepter|quitter)\b/;
/** Asking what to do (« quels recours », « quelles démarches », « jfais comment », « à qui m'adresser »). */
const ACTION_ASKED = /\b(?:que faire|quoi faire|je fais quoi|j'fais quoi|jfais quoi|je fais comment|jfais comment|j'fais comment|comment faire|comment (?:je dois |dois je )?(?:reagir|proceder|agir|me defendre|les recuperer|le recuperer|la recuperer|recuperer)|quels? (?:sont )?(?:mes )?recours|quelles? (?:sont les )?(?:demarches|solutions|options)|qui (?:contacter|prevenir|appeler|dois je contacter)|a qui (?:m'adresser|me plaindre|m'en plaindre|en parler|dois je)|vers qui (?:me tourner|aller)|que (?:dois je|puis je|me conseillez vous|me conseillez) (?:faire|entreprendre|engager)?|me conseillez vous)\b/;
/** Pay, or a pay document, owed by the employer. */
const PAY_OBJECT = String.raw`fin de mission|indemnite de fin de mission|prime de precarite|caution|nuits|heures de nuit|dimanches|jours feries|astreintes|salaires?|paie|paye|heures sup\w*|heures supplementaires|primes?|conges payes|indemnites?|solde de tout compte|fiches? de paie|bulletins? de (?:paie|salaire)|treizieme mois|13e mois|paies`;
/** Pay withheld or wrong, told in any order (« mon salaire n'a toujours pas été versé », « ne me règle plus mes primes », « me doit deux mois de salaire »). */
export const PAY_WITHHELD = new RegExp(
  String.raw`\b(?:(?:${PAY_OBJECT})(?: [\w']+){0,4} (?:(?:ne |n')?(?:\w+ )?(?:pas|plus|jamais|toujours pas) (?:ete )?(?:paye|verse|regle|vire|donne|remis)\w*|(?:sont|est) (?:\w+ )?(?:faux|fausses?|errone\w*))|ne (?:me |nous )?(?:paie|paye|verse|regle|donne|remet|paient|payent|versent|reglent)\w* (?:plus|pas|jamais)(?: [\w']+){0,2}? (?:${PAY_OBJECT})|refus\w* (?:de (?:mon|ma|l') ?(?:employeur|patron|patronne|direction|entreprise|agence|boite|responsable) )?(?:de |d')(?:me |nous )?(?:payer|verser|regler|donner|remettre|rembourser|rendre) (?:[\w']+ ){0,2}(?:${PAY_OBJECT})|(?:veut|veulent|voulait) (?:pas|plus) (?:me |nous )?(?:payer|verser|regler|rendre|rembourser) (?:[\w']+ ){0,2}(?:${PAY_OBJECT})|(?:a|ont) (?:garde|retenu|conserve|bloque)\w* (?:ma |mes |mon |le |la |les )(?:${PAY_OBJECT})|(?:recuperer|reclamer|toucher) ce (?:qu'on|que l'on|qu'il|qu'elle|qu'ils|que (?:mon|ma|l') ?(?:employeur|patron|patronne|entreprise|agence|boite)) (?:me |nous )?doi\w*|(?:je n'ai|j'ai) (?:toujours pas|jamais|pas|pas encore) (?:recu|touche|eu) (?:mon|ma|mes|le|la|les) (?:${PAY_OBJECT})|(?:me|m') ?doi(?:t|vent) (?:\d+|un|une|deux|trois|quatre|cinq|six) (?:mois|semaines|jours) de (?:salaire|paie|paye))\b`,
);
/** Rights upheld against the employer (« faire valoir mes droits », « faire reconnaître mes droits »), not rights to a course. */
const RIGHTS_UPHELD_WISHED = /\bfaire (?:valoir|reconnaitre|respecter) mes droits\b(?! (?:a|au|aux|de|du|pour) (?:la )?(?:formation|cpf|vae|bilan))/;
/** Illegality told or a contract's requalification asked (« je crois que c'est illégal », « une requalification en CDI »). */
const ILLEGAL_TOLD = /\b(?:illegal\w*|requalifi\w*)\b/;
/** A dispute told as over (« mon litige est réglé », « j'ai gagné aux prud'hommes l'an dernier »). */
export const DISPUTE_OVER = /\b(?:(?:litige|conflit|proces|procedure|affaire|dossier)(?: [\w']+){0,5} (?:est|a ete|s'est) (?:\w+ )?(?:regle|termine|clos|close|fini|juge|gagne|solde)\w*|j'ai (?:gagne|perdu) (?:aux|au|mon) (?:prud'?hom\w*|prudhom\w*|proces)|(?:apres|depuis) (?:mon|le|ma) (?:proces|jugement|victoire) )/;

/** A dispute question: advice on the employer's offer, pay withheld and a step asked, being pushed out and advice asked. */
export function disputeQuestionTold(t: string, questionMarked: boolean): boolean {
  const stepAsked = questionMarked || ACTION_ASKED.test(t);
  // Pay still withheld (« toujours pas », « depuis trois mois ») is a dispute even told without a question.
  const withheldNow = /\b(?:toujours pas|depuis)\b/.test(t);
  return (DECISION_ADVICE_ASKED.test(t) && DECISION_OFFERED.test(t) && (questionMarked || DECISION_ASKED_CUE.test(t))) || (PAY_WITHHELD.test(t) && (stepAsked || withheldNow)) || RIGHTS_UPHELD_WISHED.test(t) || (ILLEGAL_TOLD.test(t) && EMPLOYER_DISPUTE_CONTEXT.test(t)) || (PUSHED_OUT.test(t) && stepAsked);
}

// ---------------------------------------------------------------------------------------------
// An employer's own staff: looking for workers, paying for a staff member's training.

/**
 * A worker noun in the plural: an agent noun in -eurs/-euses (never a sector, an employer, a machine), or a trade
 * of the other endings by its stem (« saisonniers », « ouvrières », « techniciens », « fleuristes »): never
 * « chantiers », « pistes », « filières », which end alike.
 */
const WORKERS_PLURAL = String.raw`(?!(?:employeurs|recruteurs|formateurs|conseillers|professeurs|interlocuteurs|partenaires|financeurs|fournisseurs|investisseurs|organisateurs|acheteurs|repreneurs|donateurs|secteurs|acteurs|ordinateurs|valeurs|couleurs|moteurs|erreurs|tuteurs|amateurs|visiteurs|lecteurs|spectateurs|electeurs|auditeurs|createurs|entrepreneurs|docteurs|inspecteurs|directeurs|superieurs|exterieurs|interieurs|meilleurs|plusieurs|ailleurs|seigneurs|honneurs|humeurs|odeurs|horreurs|douleurs|peurs|soeurs|fleurs|heures)\b)[a-z]+(?:eurs|euses)|(?:saisonn|ouvr|cuisin|menuis|charpent|plomb|infirm|caiss|patiss|jardin|serrur|carross|magasin|routi|hoteli|couturi|vach|berg|ferronn|granit|ramon|chaudronn|tuil|pepini|fromag|bouch|boulang|poissonn|lingi|guich)(?:iers|ieres|ers|eres)|[a-z]*(?:ticiens|ticiennes|niciens|niciennes|riciens|riciennes)|(?:fleur|garag|standard|machin|ebeni|estheti|paysag|maquill|dent|opt|pizzai)istes|(?:assist|rempla[c]|interven|surveill|accompagn|etudi|commerci)(?:ants|antes|aux)|(?:stagi|interim|manutentionn|intermitt|intermed)aires|bras|main d'oeuvre|renforts|personnel|monde|commis|agents? (?:d'entretien|de securite|de service|techniques?)`;
/** Workers sought in number (« une quinzaine de cueilleurs », « des vendangeurs », « de bras »). */
const SOUGHT_WORKERS = String.raw`(?:(?:une |un )?(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|cinquantaine|centaine) (?:de |d')|\d+ |deux |trois |quatre |cinq |six |sept |huit |neuf |dix |quelques |plusieurs |des |de |du |d')(?:bons |bonnes |nouveaux |nouvelles |jeunes )?(?:${WORKERS_PLURAL})`;
/** The one looking: the person, or their business (« ma boîte de nettoyage cherche »). */
const SEEKER = String.raw`(?:je|on|nous) (?:cherche|recherche|cherchons|recherchons|dois trouver|devons trouver|voudrais trouver|aimerais trouver)|(?:j'ai|on a|nous avons|j'aurais|nous aurions) besoin|il (?:me|nous) (?:faut|faudrait|manque)|trouver|(?:ma|mon|notre) (?:boite|entreprise|societe|structure|exploitation|association|commune|mairie)(?: (?:de|d') [\w']+)? (?:cherche|recherche|recrute|embauche)`;
export const WORKERS_SOUGHT = new RegExp(String.raw`\b(?:${SEEKER}) (?:${SOUGHT_WORKERS})\b`);
/** One worker needed (« j'ai besoin d'une vendeuse », « il me faut un serveur »): never « quelqu'un » (help for oneself). */
export const WORKER_NEEDED = /\b(?:(?:j'ai|on a|nous avons) besoin d'(?:un|une)|il (?:me|nous) (?:faut|faudrait) (?:un|une)|(?:on|nous) (?:cherche|recherche|cherchons|recherchons) (?:un|une)) (?:bon |bonne |nouvel |nouveau |nouvelle |jeune )?(?:vendeu\w*|serveu\w*|cuisini\w*|commis|saisonni\w*|caissi\w*|apprenti\w*|alternant\w*|plongeu\w*|barman|barmaid|receptionniste|ouvri\w*|manoeuvre|macon|chauffeur|livreu\w*|coiffeu\w*|esthetici\w*|boulanger|patissi\w*|mecanicien|aide a domicile|auxiliaire\w*|employe\w*|salarie\w*|secretaire|agent d'entretien)\b/;
/** Recruiting as the one who recruits (« j'aimerais recruter un vendeur »): being recruited is « me faire recruter », « être recruté ». */
export const RECRUITING_WISHED = /\b(?:je|j'|nous|on) ?(?:(?!me\b|m'|faire\b|etre\b|se\b|s')[\w']+ ){0,2}(?:recruter|embaucher) (?:un|une|des|deux|trois|quatre|cinq|\d+|quelqu'un|du personnel|mon|ma|notre|nos)\b/;
/** A staff member of the person's (« j'ai un salarié qui », « mon apprentie »). */
const STAFF_MEMBER = /\b(?:(?:mon|ma|notre|un de mes|une de mes) (?:apprenti|apprentie|salarie|salariee|employe|employee|alternant\w*|stagiaire|ouvrier|ouvriere|vendeu\w*|serveu\w*|commis|agent)|(?:j'ai|nous avons|on a|j'emploie?|nous employons) (?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+|quelques|plusieurs) (?:apprenti|salarie|employe|alternant|ouvrier|vendeu|serveu|commis|technicien|agent|collaborat)\w*)\b/;
/** That staff member's training wished (« qui voudrait passer son CACES », « veut faire un CAP », « souhaite se former »). */
const STAFF_TRAINING_WISHED = /\b(?:veut|voudrai\w*|souhaite\w*|aimerai\w*|doit|devrait|a besoin de|demande a) (?:[\w']+ ){0,1}(?:passer|faire|suivre|se former|se perfectionner|preparer|obtenir|une formation|un cap|une vae|un bts)\b/;
/** A course named for that staff member (« lui payer une formation en pâtisserie »). */
const STAFF_TRAINING_NAMED = /\b(?:formations?|former|cap|bts|vae|caces|certiphyto|habilitation\w*|permis|diplome|qualification|certification|brevet\w*|titre pro\w*|cqp)\b/;
/** Hosting a work-study student or an intern as the host (« souhaitons accueillir une préparatrice en alternance »). */
export const WORK_STUDY_HOSTED = /\b(?:je|j'|nous|on) ?(?:(?!me\b|m'|faire\b|etre\b)[\w']+ ){0,2}(?:accueillir|prendre|recruter|embaucher|former) (?:un|une|des|deux|trois) (?:[\w']+ ){0,2}?en (?:alternance|apprentissage|contrat pro\w*|contrat d'apprentissage)\b/;
/** The person as the payer or the one who supports it (« comment je le finance », « quels financements pour moi employeur »). */
const PAYER_ASKED = /\b(?:financ\w*|payer|paye|paie|prise? en charge|prendre en charge|l'accompagner|les accompagner|le former|la former|l'aider|opco)\b/;

/** An employer's own staff question: hiring, or a staff member's training to pay for. */
export function employerStaffQuestionTold(t: string): boolean {
  return WORKERS_SOUGHT.test(t) || WORKER_NEEDED.test(t) || RECRUITING_WISHED.test(t) || WORK_STUDY_HOSTED.test(t) || (STAFF_MEMBER.test(t) && (STAFF_TRAINING_WISHED.test(t) || STAFF_TRAINING_NAMED.test(t)) && PAYER_ASKED.test(t));
}

// ---------------------------------------------------------------------------------------------
// Taxes: a tax word of one's own income or home, asked.

/** A tax on the person's own income, pay or home (« défiscalisées », « imposable », « la CFE », « conséquences fiscales »), being taxed (« j'ai été imposé »). */
const TAX_OBJECT = String.raw`defiscalis\w*|imposables?|(?:j'ai ete|je suis|je serai|suis je|serai je|serais je|etre|ete) impose\w*(?! (?:par|des|un|une|de|d'|a|au|aux)\b)|consequences? fiscales?|(?:regime|statut|situation|incidence|impact) fiscal\w*|taxe d'habitation|taxe fonciere|cfe|cotisation fonciere des entreprises|redressement fiscal|impots? (?:sur le revenu|locaux)`;
/** A trade, a course or a workplace of tax (« conseiller fiscal », « une formation en fiscalité », « au centre des impôts »): a career's words. */
const TAX_AS_CAREER = /\b(?:conseill\w* fiscal\w*|fiscaliste\w*|juriste fiscal\w*|droit fiscal|fiscalite|centre des impots|(?:aux|des) impots (?:depuis|comme|en tant)|finances publiques|controleu\w* des (?:impots|finances))\b/;
export const TAX_QUESTION = new RegExp(String.raw`\b(?:${TAX_OBJECT})\b`);

/** Every other door's question read here. */
export function otherDoorQuestionsTold(t: string, questionMarked: boolean): OutOfScopeTopic[] {
  const topics: OutOfScopeTopic[] = [];
  if (amountQuestionTold(t, questionMarked)) topics.push('montant_allocation');
  if (disputeQuestionTold(t, questionMarked)) topics.push('litige_employeur');
  if (employerStaffQuestionTold(t)) topics.push('besoin_formation_employeur');
  if (TAX_QUESTION.test(t) && !TAX_AS_CAREER.test(t) && (questionMarked || INFORMATION_ASKED_CUE.test(t) || UNEXPLAINED.test(t) || /\bc'est normal\b/.test(t))) topics.push('question_impots');
  return topics;
}

/** The patterns behind each topic (for the decision's evidence). */
export const OTHER_DOOR_QUESTION_PATTERNS: Partial<Record<OutOfScopeTopic, RegExp[]>> = {
  montant_allocation: [PENSION_QUESTION, BENEFIT_AMOUNT_QUESTION, BENEFIT_RIGHT_AND_AMOUNT, BENEFIT_THEN_HOW_MUCH, COMPUTATION_OF_IT, BENEFIT_CHANGE_TOLD, BENEFIT_CUT_TOLD, AMOUNT_ITSELF_DOUBTED, PAID_LESS],
  litige_employeur: [DECISION_ADVICE_ASKED, DECISION_OFFERED, PAY_WITHHELD, PUSHED_OUT, RIGHTS_UPHELD_WISHED, ILLEGAL_TOLD],
  question_impots: [TAX_QUESTION],
  besoin_formation_employeur: [WORKERS_SOUGHT, WORKER_NEEDED, RECRUITING_WISHED, WORK_STUDY_HOSTED, STAFF_MEMBER],
};
