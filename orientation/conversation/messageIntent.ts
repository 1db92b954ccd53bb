// What a message asks for before it is read as the answer to the pending question: a goodbye, a
// request for a human or a phone number, an information question. Pure, no botbuilder; the steps
// check these first (question first, at every step).
import { normalizeText } from '../understanding/normalizeText.js';

/** « merci pour l'info », « merci de votre aide », « merci pour tout »: thanks with what they are for. */
const THANKS_FOR = "( (pour|de|pr) (tout|(l |les |votre |vos |ces |cette |la )?(info|infos|information|informations|aide|reponse|reponses|renseignement|renseignements|precision|precisions|conseils?)))?";
const POLITE = "(merci( beaucoup| bien| bcp)?" + THANKS_FOR + "|au revoir|bonne (journee|soiree|fin de journee|continuation|semaine)|bon week end|a bientot|a plus( tard)?|a la prochaine|a demain|bye|ciao|tchao|salut|bonsoir|c est (tout|bon|tout bon|parfait)|ca (ira|sera tout|me va)|rien d autre|pas d autre question|non merci|ok|d accord|super|parfait|top|nickel|cool|tres bien|c est gentil|vous etes gentil(le)?)";
const CLOSING_RE = new RegExp(`^((et )?${POLITE}[ ,.!]*)+$`);
/** A farewell word: with it, a polite message is a goodbye (« ok merci au revoir »). */
const FAREWELL = /\b(au revoir|bonne (journee|soiree|fin de journee|continuation|semaine)|bon week end|a bientot|a plus( tard)?|a la prochaine|a demain|bye|ciao|tchao|c est tout|ca ira|ca sera tout|rien d autre|pas d autre question|non merci)\b/;
/** Thanks alone (« merci », « merci beaucoup ») also end; « ok merci » may be a yes, the step decides. */
const THANKS_ONLY = /^(merci( beaucoup| bien| bcp)?( a vous)?)( merci( beaucoup| bien| bcp)?)*$/;

const CONTACT_REQUEST = [
  /\b(numero|telephone|coordonnees|adresse|horaires?)\b.*\b(conseill\w*|structure|appeler|joindre|contacter|agence|mission locale|cap emploi|apec|france travail|cio|quelqu un|humain|personne)\b/,
  /\b(un|le|votre|leur|son) (numero|telephone|tel)\b/,
  /\b(je peux|on peut|puis je|comment) (les |la |le |vous )?(appeler|joindre|contacter)\b/,
  // Opening hours are asked to go or call: the structure's contact answers them.
  /\b(ils|elles|vous|c|ca|il|elle) (sont|est|etes) (ouvert|ouverte|ouverts|ouvertes|ferme|fermee|fermes|fermees)\b/,
  /\b(leurs|les|vos|ses|quels) horaires?\b|\bheures? d ouverture\b/,
  /\b(parler|discuter|avoir) (a|avec) (un |une )?(humain|vraie personne|personne|etre humain|quelqu un|conseill\w*)\b/,
];

const INTERROGATIVE_START =
  /^(c est quoi|c quoi|qu est ce qu|quest ce qu|comment|combien|quel|quelle|quels|quelles|est ce que|est ce qu|ou |pourquoi|qui |a quoi|je voudrais savoir|je veux savoir|pouvez vous m expliquer|expliquez|explique|j ai le droit|j ai droit|ai je droit|ai je le droit|peut on|puis je|est il possible|jusqu a quel|a partir de quel|ca dure|ca coute|ca sert|et (le|la|les|l|si|pour|cap|pole|france|c est)\b)/;

/** Question words anywhere in a short message (« l'apprentissage c'est jusqu'à quel âge »). */
const INTERROGATIVE_INSIDE = /\b(jusqu a quel|a partir de quel|quel age|combien|c est quoi|qu est ce qu|est ce qu|qui (delivre|paye|paie|finance|peut|decide|s occupe)|comment (faire|ca marche|on fait)|ai je droit|j ai droit a quoi)\b/;

/** SMS farewells written with symbols (« a+ », « @+ ») are spelt out before the symbols are dropped. */
const SYMBOL_FAREWELL = /(^|\s)(?:[aà]\s?\+|@\+)(?=\s|[!.]|$)/gi;

function norm(text: string): string {
  return normalizeText(text.replace(SYMBOL_FAREWELL, '$1 a plus ')).replace(/['’]/g, ' ').replace(/\s+/g, ' ').trim();
}

function politeWords(text: string): string | undefined {
  if (/\?/.test(text)) return undefined;
  const n = norm(text).replace(/[!.]+/g, '').trim();
  if (!n || n.split(' ').length > 10 || !CLOSING_RE.test(n)) return undefined;
  return n;
}

/** A goodbye that ends the conversation (« merci », « au revoir », « c'est tout », « non merci »). */
export function isClosing(text: string): boolean {
  const n = politeWords(text);
  return n !== undefined && (FAREWELL.test(n) || THANKS_ONLY.test(n));
}

/** A farewell word in a polite message (« merci au revoir »), beyond thanks alone. */
export function hasFarewell(text: string): boolean {
  const n = politeWords(text);
  return n !== undefined && FAREWELL.test(n);
}

/** Polite words with thanks (« ok merci », « super merci »): a goodbye once nothing is pending. */
export function isThanks(text: string): boolean {
  const n = politeWords(text);
  return n !== undefined && /\bmerci\b/.test(n);
}

/** « je veux un numéro », « comment je peux les joindre », « je veux parler à un humain ». */
export function isContactRequest(text: string): boolean {
  const n = norm(text);
  if (!n || n.split(' ').length > 25) return false;
  return CONTACT_REQUEST.some((re) => re.test(n));
}

/** An information question (question mark, or an interrogative opening). */
export function isQuestion(text: string): boolean {
  if (/\?\s*$/.test(text.trim())) return true;
  const n = norm(text).replace(/^(ok|bon|alors|et|mais|oui|non|d accord|euh|bonjour)( (mais|et|alors|donc))? /, '');
  return INTERROGATIVE_START.test(n) || (n.split(' ').length <= 20 && INTERROGATIVE_INSIDE.test(n));
}

export type ConsentAnswer = 'yes' | 'no' | 'more';

const CONSENT_YES =
  /^(1|oui|ouais|ouai|yes|ok|okay|ok pour moi|c est ok|d accord|daccord|dac|je suis d accord|oui je suis d accord|j accepte|oui j accepte|bien sur|oui bien sur|volontiers|oui volontiers|c est bon|c est d accord|vas y|allez y|oui allez y|oui vas y|oui d accord|oui ok|ok d accord|tout a fait|absolument|parfait|je veux bien|oui je veux bien|avec plaisir)$/;
const CONSENT_NO =
  /^(2|non|nan|no|non merci|pas d accord|je ne suis pas d accord|je refuse|refuse|non je refuse|jamais|surtout pas|pas question|non pas maintenant|pas maintenant|non ca ira|je prefere pas|je prefere ne pas|non je prefere pas)$/;
const CONSENT_MORE = /^(3|en savoir plus|savoir plus|plus d infos?|plus d informations?|details?|plus de details|dites m en plus|expliquez|c est a dire)$/;

/**
 * Consent is an explicit yes only: the whole message must be a yes (button, « oui », « d'accord »,
 * « ok pour moi », « j'accepte »…), possibly with « merci ». A question is never consent.
 */
export function consentAnswer(text: string): ConsentAnswer | undefined {
  if (/\?/.test(text)) return undefined;
  const n = norm(text).replace(/[!.,;]+/g, ' ').replace(/\b(merci( beaucoup)?|s il vous plait|svp|stp)\b/g, ' ').replace(/\s+/g, ' ').trim();
  if (!n) return undefined;
  if (CONSENT_YES.test(n)) return 'yes';
  if (CONSENT_NO.test(n)) return 'no';
  if (CONSENT_MORE.test(n)) return 'more';
  return undefined;
}
