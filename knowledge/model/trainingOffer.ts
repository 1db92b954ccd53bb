// Training offer from a Carif-Oref catalogue in Lhéo 2.3.
import { z } from 'zod';

export const sessionSchema = z.object({
  id: z.string().optional(),
  start: z.string().optional(),
  end: z.string().optional(),
  communeInsee: z.string().optional(),
  postcode: z.string().optional(),
  city: z.string().optional(),
});
export type TrainingSession = z.infer<typeof sessionSchema>;

export const trainingOfferSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  objective: z.string(),
  /** RNCP ids ("RNCP34001") and CertifInfo codes ("certifinfo:12345"). */
  certifications: z.array(z.string()),
  formacodes: z.array(z.string()),
  nsf: z.array(z.string()),
  romeCodes: z.array(z.string()),
  provider: z.object({ id: z.string().optional(), name: z.string() }),
  sessions: z.array(sessionSchema),
  /** Lhéo modalites-enseignement: 0 on site, 1 mixed, 2 distance. */
  modality: z.enum(['presentiel', 'mixte', 'distance']).optional(),
  cpfEligible: z.boolean().optional(),
  contact: z.object({ phone: z.string().optional(), website: z.string().optional() }).optional(),
  source: z.string(),
  updatedAt: z.string().optional(),
  synthetic: z.boolean().optional(),
});
export type TrainingOffer = z.infer<typeof trainingOfferSchema>;
