// « c ou la mission locale la plus proche ? »: the structure(s) of the operator directory for the
// person's place, with only what the directory holds (address, phone, hours, site), its source and
// date. When the place is unknown, say so and ask it; never a guessed address.
import type { Reply } from '../conversation/reply.js';
import type { OperatorType } from '../../knowledge/model/operatorType.js';
import { OPERATOR_LABELS } from '../../knowledge/model/operatorType.js';
import type { StructureRef } from '../../knowledge/model/structureRef.js';
import type { Place } from '../../knowledge/territory/place.js';
import { findPlaceInText } from '../../knowledge/territory/index.js';
import type { StructureDirectory } from '../routing/structuresForDecision.js';
import { citizenSource } from './citizenSource.js';
import type { GivenInformation } from '../conversation/session.js';

/** Same shape as informationAnswers' InformationAnswer (not imported: that module imports this one). */
interface StructureAnswer {
  reply: Reply;
  given: GivenInformation;
}

/** Operators people ask the way to, as named in a folded question. */
const OPERATOR_NAMES: Array<[OperatorType, RegExp]> = [
  ['mission_locale', /\bmissions? locales?\b|\bmilo\b/],
  ['cap_emploi', /\bcap ?emploi\b/],
  ['france_travail', /\bfrance travail\b|\bpole emploi\b|\banpe\b/],
  ['apec', /\bapec\b/],
  ['transitions_pro', /\btransitions? pro\b/],
  ['cio_onisep', /\bcio\b|centre d'information et d'orientation/],
  ['cidff', /\bcidff\b/],
  ['cep_actifs_occupes', /\bcep\b|conseil(ler|lere)? en evolution professionnelle/],
];

/** « où est », « c'est où », « la plus proche », « l'adresse »: the person asks the way, not what it is. */
const ASKS_THE_WAY =
  /\b(plus proches?|plus pres|pres de chez moi|a cote de chez moi|dans (ma|mon) (ville|coin|quartier|commune)|ou (est|se trouve|trouver|aller|sont|y a t il|il y a|se situe)|c'est ou|c ou|adresse|coordonnees|horaires?)\b/;

const MAX_STRUCTURES = 3;

/** The operator type a « where is the nearest … » question asks for; undefined for any other question. */
export function nearestStructureAsked(folded: string): OperatorType | undefined {
  if (!ASKS_THE_WAY.test(folded)) return undefined;
  return OPERATOR_NAMES.find(([, name]) => name.test(folded))?.[0];
}

/**
 * The place the question itself names (« la mission locale de Roubaix », « vers 13003 »): the way is
 * asked to there. Only a sure commune or département; an ambiguous name leaves the person's place.
 */
export function placeInQuestion(text: string): Place | undefined {
  const result = findPlaceInText(text)?.result;
  if (result?.kind === 'commune' || result?.kind === 'departement') return result.place;
  return undefined;
}

function structureLine(s: StructureRef): string {
  const contact = [s.address, s.phone ? `tél. ${s.phone}` : undefined, s.openingHours ? `horaires : ${s.openingHours}` : undefined, s.website].filter(Boolean).join(' — ');
  const known = contact || 'je n’ai ni son adresse ni son téléphone dans l’annuaire';
  return `- **${s.name}**${s.reason ? ` (${s.reason})` : ''} — ${known} _(${citizenSource(s.source, s.verifiedAt)})_`;
}

function placeName(place: Place): string {
  return place.communeName ?? (place.departement ? `département ${place.departement}` : (place.region ?? 'votre secteur'));
}

/**
 * The answer to « où est la <structure> la plus proche ? »: the local structures of the directory for
 * the known place; the honest « je n'ai pas de structure locale » when it has none; the place asked
 * when it is unknown.
 */
export function nearestStructureAnswer(type: OperatorType, place: Place | undefined, directory: StructureDirectory | undefined): StructureAnswer | undefined {
  const label = OPERATOR_LABELS[type];
  if (!place?.communeInsee && !place?.departement && !place?.region) {
    return {
      reply: {
        text: `Pour vous indiquer la structure « ${label} » la plus proche, j’ai besoin de savoir où vous habitez : quelle est votre commune ? Le code postal suffit.`,
        simpleText: `Dans quelle ville habitez-vous ? Je vous donnerai l’adresse.`,
      },
      given: { type: 'structure', code: type, label: `${label} (lieu inconnu)`, source: 'annuaire des opérateurs' },
    };
  }
  if (!directory) return undefined;
  const all = directory.structuresFor(type, { communeInsee: place.communeInsee, departement: place.departement, region: place.region });
  const local = all.filter((s) => s.rule !== 'national_information').slice(0, MAX_STRUCTURES);
  const where = placeName(place);
  if (local.length === 0) {
    const national = all.find((s) => s.website || s.phone);
    const nationalLine = national ? `\n\nEn attendant, l’accès national :\n${structureLine(national)}` : '';
    return {
      reply: {
        text: `Je n’ai pas dans mon annuaire la structure « ${label} » qui couvre ${where} : je préfère vous le dire plutôt que de donner une adresse incertaine.${nationalLine}`,
        simpleText: `Je n’ai pas l’adresse pour ${where}.`,
      },
      given: { type: 'structure', code: national?.id ?? type, label: `${label} (aucune structure locale connue pour ${where})`, source: national?.source ?? 'annuaire des opérateurs' },
    };
  }
  const first = local[0];
  // No address or phone locally: the national entry (a site) says how to reach them.
  const noContact = local.every((s) => !s.address && !s.phone);
  const national = noContact ? all.find((s) => s.rule === 'national_information' && (s.website || s.phone)) : undefined;
  const nationalLine = national ? `\n\nPour trouver ses coordonnées :\n${structureLine(national)}` : '';
  const missing = local.some((s) => !s.openingHours) ? '\n\nJe n’indique que ce que l’annuaire contient : vérifiez les horaires avant de vous déplacer.' : '';
  return {
    reply: {
      text: `**${label}** pour ${where} :\n${local.map(structureLine).join('\n')}${nationalLine}${missing}`,
      simpleText: `${first.name}${first.address ? `, ${first.address}` : ''}${first.phone ? `, tél. ${first.phone}` : ''}.`,
      spokenText: `${first.name}${first.address ? `, ${first.address}` : ''}${first.phone ? `. Téléphone : ${first.phone}` : ''}.`,
      phones: first.phone ? [first.phone] : undefined,
    },
    given: { type: 'structure', code: first.id, label: first.name, source: `${first.source}${first.verifiedAt ? `, vérifié le ${first.verifiedAt}` : ''}` },
  };
}
