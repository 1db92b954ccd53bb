// The département or regional queue of an operator type: the ticket recipient when nothing local is
// known with confidence. Every counsellor of that operator type in the area sees it (the queue id is
// what their accounts are bound to). Filled with a structure's name and contacts when a directory
// (a Region's CSV, the shipped Transitions Pro list) covers the area.
import type { OperatorType } from '../model/operatorType.js';
import type { StructureRef } from '../model/structureRef.js';
import type { OperatorStructure } from '../model/operatorStructure.js';
import { departementNameOf, regionNameOf } from './frenchAdministration.js';

/** Operator types whose counsellors are organised per region (one regional operator or association). */
const REGIONAL_TYPES: readonly OperatorType[] = ['cep_actifs_occupes', 'transitions_pro', 'apec'];

/** Types that never get a queue: said as text (115, 3919) or outside the service. */
const NO_QUEUE: readonly OperatorType[] = ['social_emergency', 'out_of_scope'];

const QUEUE_LABEL: Record<OperatorType, string> = {
  mission_locale: 'Mission locale',
  cap_emploi: 'Cap emploi',
  apec: 'Apec — centre régional',
  france_travail: 'France Travail',
  cep_actifs_occupes: 'Conseil en évolution professionnelle — opérateur régional',
  transitions_pro: 'Transitions Pro',
  employer_public: 'Conseil carrière des employeurs publics',
  cio_onisep: 'CIO (centre d’information et d’orientation)',
  cidff: 'CIDFF',
  creation_entreprise: 'Aide à la création d’entreprise',
  social_emergency: 'Urgence sociale',
  out_of_scope: 'Hors champ',
};

export const QUEUE_SOURCE = 'File d’attente du service : visible de tous les conseillers de ce type d’opérateur sur le territoire';

export function queueScale(type: OperatorType): 'region' | 'departement' | undefined {
  if (NO_QUEUE.includes(type)) return undefined;
  return REGIONAL_TYPES.includes(type) ? 'region' : 'departement';
}

/** Stable queue ids: `france_travail:59` (the form the hand-off already used), `cep_actifs_occupes:region:53`. */
export function queueId(type: OperatorType, area: { departement?: string; region?: string }): string | undefined {
  const scale = queueScale(type);
  if (scale === 'region') return area.region ? `${type}:region:${area.region}` : undefined;
  if (scale === 'departement') return area.departement ? `${type}:${area.departement}` : undefined;
  return undefined;
}

function queueName(type: OperatorType, area: { departement?: string; region?: string }): string {
  if (queueScale(type) === 'region') return `${QUEUE_LABEL[type]} (${regionNameOf(area.region ?? '') ?? area.region})`;
  return `${QUEUE_LABEL[type]} — file départementale ${departementNameOf(area.departement ?? '') ?? ''} (${area.departement})`;
}

/**
 * The area queue of `type`, or undefined when the area is not known at that scale. `filler` is the
 * structure a directory says covers the area: its name and public contacts go on the queue.
 */
export function areaQueue(type: OperatorType, area: { departement?: string; region?: string }, filler?: OperatorStructure): StructureRef | undefined {
  const id = queueId(type, area);
  if (!id) return undefined;
  const scale = queueScale(type)!;
  const base = queueName(type, area);
  if (!filler) {
    const reason =
      scale === 'region'
        ? `file régionale de l’opérateur, faute de coordonnées de l’opérateur de votre région : tous ses conseillers la voient`
        : `file départementale faute de données de couverture : tous les conseillers ${QUEUE_LABEL[type]} du département la voient`;
    return { id, type, name: base, source: QUEUE_SOURCE, coverage: scale, rule: scale === 'region' ? 'region_queue' : 'departement_queue', reason };
  }
  const name = filler.name.startsWith(base) || (type === 'transitions_pro' && /^Transitions Pro/i.test(filler.name)) ? filler.name : `${base} : ${filler.name}`;
  const ref: StructureRef = {
    id,
    type,
    name,
    source: filler.source,
    coverage: scale,
    rule: 'coverage',
    reason: scale === 'region' ? 'couvre votre région' : 'couvre votre département',
  };
  if (filler.address) ref.address = filler.address;
  if (filler.phone) ref.phone = filler.phone;
  if (filler.website) ref.website = filler.website;
  if (filler.openingHours) ref.openingHours = filler.openingHours;
  if (filler.verifiedAt) ref.verifiedAt = filler.verifiedAt;
  return ref;
}
