// ROME 4.0 fiche (France Travail), as the product uses it.
import { z } from 'zod';

export const ROME_CODE = /^[A-N]\d{4}$/;

/** Both genders of a label written "Conducteur / Conductrice de bus". */
export const genderFormsSchema = z.object({ masculine: z.string(), feminine: z.string() });

export const appellationSchema = z.object({
  /** code OGR of the appellation */
  code: z.string(),
  label: z.string(),
  shortLabel: z.string().optional(),
  genders: genderFormsSchema.optional(),
  cadre: z.boolean().optional(),
  /** "peu usité" in ROME: rarely used wording, kept for search only. */
  rare: z.boolean().optional(),
});
export type Appellation = z.infer<typeof appellationSchema>;

export const codeLabelSchema = z.object({ code: z.string(), label: z.string() });

export const tradeSchema = z.object({
  code: z.string().regex(ROME_CODE),
  label: z.string().min(1),
  genders: genderFormsSchema.optional(),
  /** ROME 4.0 "code_rome_parent" (fiches may be grouped under a parent fiche). */
  parentCode: z.string().optional(),
  grandDomaine: codeLabelSchema,
  domaine: codeLabelSchema,
  appellations: z.array(appellationSchema),
  definition: z.string(),
  access: z.string(),
  /** Savoir-faire labels. */
  skills: z.array(z.string()),
  /** Savoir-être professionnels labels. */
  softSkills: z.array(z.string()),
  /** Savoirs (knowledge) labels. */
  knowledge: z.array(z.string()),
  /** Target ROME codes of the "mobilité professionnelle" block, in ROME order. */
  mobility: z.array(z.string()),
  cadre: z.boolean(),
  transitions: z.object({
    /** ROME label, e.g. "Emploi Blanc", "Emploi Vert", "Emploi stratégique pour la Transition écologique". */
    ecoLabel: z.string().optional(),
    eco: z.boolean(),
    num: z.boolean(),
    demo: z.boolean(),
  }),
  regulated: z.boolean(),
});
export type Trade = z.infer<typeof tradeSchema>;

export { genderFormsOf } from './genderForms.js';
