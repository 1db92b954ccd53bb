// RNCP certification (France Compétences). ROME links are ROME 4.0 codes.
import { z } from 'zod';
import { codeLabelSchema } from './trade.js';

export const ACCESS_ROUTES = [
  'vae', // "Par expérience"
  'apprentissage', // "En contrat d'apprentissage"
  'contrat_pro', // "En contrat de professionnalisation"
  'formation_continue', // "Après un parcours de formation continue"
  'formation_initiale', // "Après un parcours de formation sous statut d'élève ou d'étudiant"
  'candidature_individuelle', // "Par candidature individuelle"
] as const;
export type AccessRoute = (typeof ACCESS_ROUTES)[number];

export const certificationSchema = z.object({
  /** "RNCP34001" */
  id: z.string().regex(/^RNCP\d+$/),
  title: z.string().min(1),
  /** National scale 3–8 (cadre national des certifications 2019). */
  level: z.number().int().min(3).max(8).optional(),
  type: codeLabelSchema.optional(),
  certifiers: z.array(z.string()),
  /** ROME 4.0 codes (v3 codes of the source kept only when they still exist in ROME 4.0). */
  romeCodes: z.array(z.string()),
  /** v3 ROME codes of the source that do not exist in ROME v4.60 (kept for audit, not used). */
  unmappedRomeCodes: z.array(z.string()).optional(),
  nsf: z.array(codeLabelSchema),
  active: z.boolean(),
  /** End of registration, ISO date, when known. */
  validUntil: z.string().optional(),
  accessRoutes: z.array(z.enum(ACCESS_ROUTES)),
  /** From the 2024 apprenticeship kit when present (more recent than the access routes table). */
  apprenticeship: z.boolean().optional(),
  /** RNCP id replacing this one, when the fiche was renewed. */
  replacedBy: z.string().optional(),
  source: z.string(),
  updatedAt: z.string().optional(),
});
export type Certification = z.infer<typeof certificationSchema>;
