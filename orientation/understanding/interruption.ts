// Commands the person can say at any moment ("aide", "recommencer", "parler à un conseiller"…).
// Pure, no botbuilder. Short messages only for most commands, so that "j'ai besoin d'aide pour une
// formation" is read as a story, not as a call for help.
import { words } from '../../knowledge/shared/frenchText.js';
import { normalizeText } from './normalizeText.js';

export type Interruption =
  | 'help'
  | 'restart'
  | 'human'
  | 'not_understood'
  | 'erase'
  | 'simple_on'
  | 'simple_off';

interface Pattern {
  kind: Interruption;
  re: RegExp;
  /** Only when the message is short (the command itself, not a story that mentions it). */
  maxWords?: number;
}

const ERASE_VERB = String.raw`(effacer|effacez|efface|effaces|effaciez|supprimer|supprimez|supprime|supprimes|supprimiez|oublier|oubliez|oublie|detruire|detruisez|detruis|detruisiez|retirer|retirez)`;
const PERSONAL_DATA = String.raw`((mes|les|vos|ces|toutes? (les|mes|ces)|cette|la|ma|mon) ?(\S+ ){0,2}(donnees?|infos?|informations?|historique|conversation|echanges?|messages?|reponses?|compte|traces?|coordonnees)|ce que (je vous ai|j'ai) (dit|ecrit|donne)|tout)`;
const ERASE_REQUEST = new RegExp(String.raw`\b${ERASE_VERB}( \S+){0,2} ${PERSONAL_DATA}\b|\b(effacez|oubliez|supprimez) moi\b|\b(m'|me )(effacer|oublier|supprimer)\b`);

const PATTERNS: Pattern[] = [
  // Erase first: "effacer mes données" must never be read as anything else. A request only: a verb
  // of erasing as a command or a wish (not a participle told in a story: « notre case a été détruite »,
  // « j'ai oublié ») with the person's data a few words after it (« ma famille et moi » is no data).
  { kind: 'erase', re: ERASE_REQUEST },
  { kind: 'erase', re: /\b(droit a l'oubli|rgpd)\b/, maxWords: 8 },
  { kind: 'simple_off', re: /\b(mode normal|desactiv\w* (le )?mode simple|(arret\w*|enlev\w*|quitt\w*|sort\w*)( du| le)? mode simple|mode simple (off|non)|plus de mode simple)\b/ },
  { kind: 'simple_on', re: /\b(mode simple|phrases? simples?|mots simples|falc|facile a lire|plus simple(ment)?|parle(z)? simple(ment)?|simplifi\w*)\b/, maxWords: 10 },
  {
    kind: 'human',
    re: /\b(parler|discuter|echanger|joindre|contacter|appeler|avoir|voir|rencontrer|rdv|rendez vous|passez moi|passer)\b( \S+){0,3} (conseill\w*|humain|quelqu'un|une (vraie )?personne|un agent|un etre humain)\b|^(un |une |le |la )?(conseill\w*|humain)( svp| s'il vous plait| please)?$/,
    // A long story that also says « parler à quelqu'un » is read as a story (its emergency or career
    // facts first); the conversation still offers a contact when the story brings no facts.
    maxWords: 25,
  },
  { kind: 'restart', re: /^(on )?(re ?commenc\w*|recommence|reprendre( a zero| depuis le debut)?|tout reprendre|reset|restart|depuis le debut|recommencer a zero|nouvelle demande|annuler|annule)\b/, maxWords: 6 },
  { kind: 'help', re: /^(aide|aidez moi|help|au secours|\?+|comment ca marche|que (sais|peux) tu faire|qu'est ce que (tu peux|vous pouvez) faire|menu|sos)\b/, maxWords: 6 },
  {
    kind: 'not_understood',
    re: /\b(je (ne )?(comprends|comprend|capte|saisis) (pas|rien)|j'ai pas compris|je n'ai pas compris|pas compris|c'est pas clair|c'est trop complique|trop complique|hein|quoi \?|j'y comprends rien|je suis perdu\w*)\b/,
    maxWords: 8,
  },
];

export function detectInterruption(text: string | undefined): Interruption | undefined {
  if (!text) return undefined;
  if (/^\s*\?+\s*$/.test(text)) return 'help';
  const norm = normalizeText(text);
  if (!norm) return undefined;
  const count = words(norm).length;
  for (const p of PATTERNS) {
    if (p.maxWords !== undefined && count > p.maxWords) continue;
    if (p.re.test(norm)) return p.kind;
  }
  return undefined;
}
