// Operator type ids of docs/domain.md §2: the same ids everywhere (rules, events, tickets, tests).
export const OPERATOR_TYPES = [
  'mission_locale',
  'cap_emploi',
  'apec',
  'france_travail',
  'cep_actifs_occupes',
  'transitions_pro',
  'employer_public',
  'cio_onisep',
  'cidff',
  'creation_entreprise',
  'social_emergency',
  'out_of_scope',
] as const;

export type OperatorType = (typeof OPERATOR_TYPES)[number];

export const OPERATOR_LABELS: Record<OperatorType, string> = {
  mission_locale: 'Mission locale',
  cap_emploi: 'Cap emploi',
  apec: 'Apec',
  france_travail: 'France Travail',
  cep_actifs_occupes: 'Conseil en évolution professionnelle (opérateur régional pour les actifs en emploi)',
  transitions_pro: 'Transitions Pro',
  employer_public: 'Conseiller carrière de votre employeur public',
  cio_onisep: "CIO / Onisep / service d'orientation de l'université",
  cidff: 'CIDFF (droits des femmes et des familles)',
  creation_entreprise: "Réseau d'aide à la création d'entreprise (CCI, CMA, chambre d'agriculture, BGE)",
  social_emergency: "Urgence sociale (115, 3919, CCAS)",
  out_of_scope: 'Hors du champ du conseil en évolution professionnelle',
};

export function isOperatorType(value: unknown): value is OperatorType {
  return typeof value === 'string' && (OPERATOR_TYPES as readonly string[]).includes(value);
}
