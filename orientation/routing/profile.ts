// What the assistant understood of a person. Plain domain types, with the zod schema used at the
// edges (LLM structured output, events, tickets). No contact details here: those live only in a
// consented ticket.
import { z } from 'zod';
import { placeSchema } from '../../knowledge/territory/place.js';

export const STATUSES = [
  'salarie_prive',
  'agent_public',
  'demandeur_emploi',
  'independant',
  'interimaire',
  'saisonnier',
  'etudiant',
  'eleve',
  'inactif',
  'retraite',
] as const;
export type Status = (typeof STATUSES)[number];

export const NEEDS = [
  'information_metier',
  'formation',
  'financement',
  'reconversion',
  'vae',
  'bilan',
  'recherche_emploi',
  'creation_entreprise',
  'etudes',
] as const;
export type Need = (typeof NEEDS)[number];

export const BARRIERS = ['mobilite', 'garde_enfants', 'sante', 'logement', 'lecture_francais', 'numerique'] as const;
export type Barrier = (typeof BARRIERS)[number];

export const EMERGENCIES = ['sans_logement', 'violence', 'faim', 'detresse'] as const;
export type Emergency = (typeof EMERGENCIES)[number];

export const SCHEMES_MENTIONED = ['ptp', 'demission_reconversion', 'transitions_collectives', 'cpf', 'vae', 'bilan', 'cej'] as const;
export type SchemeMentioned = (typeof SCHEMES_MENTIONED)[number];

/** Questions level 1 redirects: a dispute with the employer, the amount of a benefit, an employer's own training needs, taxes. */
export const OUT_OF_SCOPE_TOPICS = ['litige_employeur', 'montant_allocation', 'besoin_formation_employeur', 'question_impots'] as const;

export const AGE_BANDS = ['moins_16', '16_25', '26_29', '30_44', '45_54', '55_plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];


export const profileSchema = z.object({
  status: z.enum(STATUSES).optional(),
  age: z.number().int().min(0).max(130).optional(),
  ageBand: z.enum(AGE_BANDS).optional(),
  /** Recognised disability: yes, in progress, or no. */
  rqth: z.enum(['oui', 'en_cours', 'non']).optional(),
  /** True only when the person says « cadre » / « statut cadre »; false when they say they are not. */
  cadre: z.boolean().optional(),
  /**
   * A job title or duties that usually mean cadre status (ingénieur, directeur, responsable of a
   * department, forfait jours, manages a team) without the word « cadre ». Routing offers APEC as an
   * option; it never counts when `cadre` is false (the person said they are not).
   */
  cadreLikely: z.boolean().optional(),
  /** Highest diploma level on the national scale 3–8; 0 = none. */
  diplomaLevel: z.number().int().min(0).max(8).optional(),
  place: placeSchema.optional(),
  targetTrade: z.object({ romeCode: z.string(), label: z.string() }).optional(),
  needs: z.array(z.enum(NEEDS)).default([]),
  barriers: z.array(z.enum(BARRIERS)).default([]),
  emergencies: z.array(z.enum(EMERGENCIES)).default([]),
  /** Extra facts the rules need. */
  jobAtRiskForHealth: z.boolean().optional(),
  rsa: z.boolean().optional(),
  recentlyLostJob: z.boolean().optional(),
  pluriActive: z.boolean().optional(),
  womanSpecificBarrier: z.boolean().optional(),
  /** Studies or school about to be dropped (« je pense lâcher la fac pour bosser »): a young person soon out of school (→ Mission locale next to the CIO). */
  leavingStudies: z.boolean().optional(),
  /** Interim or seasonal worker currently between two contracts/missions/seasons (→ France Travail). */
  betweenContracts: z.boolean().optional(),
  /** Schemes the person named (obsolete words already mapped: CIF → ptp, Fongecif → ptp). */
  schemesMentioned: z.array(z.enum(SCHEMES_MENTIONED)).optional(),
  /** Out-of-scope topics detected (dispute with employer, amount of a benefit, employer training needs). */
  outOfScope: z.array(z.enum(OUT_OF_SCOPE_TOPICS)).default([]),
});
export type Profile = z.infer<typeof profileSchema>;

export function emptyProfile(): Profile {
  return { needs: [], barriers: [], emergencies: [], outOfScope: [] };
}

/** Plausible ages for a career-guidance conversation: outside, the age is re-asked and not routed on. */
export const MIN_PLAUSIBLE_AGE = 14;
export const MAX_PLAUSIBLE_AGE = 99;

/** True when the age may be trusted for routing (a finite number within the plausible bounds). */
export function isPlausibleAge(age: number): boolean {
  return Number.isFinite(age) && age >= MIN_PLAUSIBLE_AGE && age <= MAX_PLAUSIBLE_AGE;
}

export function ageBandOf(age: number): AgeBand {
  if (age < 16) return 'moins_16';
  if (age <= 25) return '16_25';
  if (age <= 29) return '26_29';
  if (age <= 44) return '30_44';
  if (age <= 54) return '45_54';
  return '55_plus';
}
