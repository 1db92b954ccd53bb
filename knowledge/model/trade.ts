// ROME 4.0 fiche (France Travail), as the product uses it.
import { z } from 'zod';

export const ROME_CODE = /^[A-N]\d{4}$/;

/** Both genders of a label written "Conducteur / Conductrice de bus". */
export const genderFormsSchema = z.object({ masculine: z.string(), feminine: z.string() });
export type GenderForms = z.infer<typeof genderFormsSchema>;

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
export type CodeLabel = z.infer<typeof codeLabelSchema>;

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

/**
 * Splits "Conducteur / Conductrice d'engins agricoles" into both genders. With one slash, the
 * feminine side starts with as many words as the masculine side has, the rest is shared
 * ("Aide-soignant hospitalier / Aide-soignante hospitalière"). With several slashes, each
 * "A / B" word pair contributes A to the masculine and B to the feminine form.
 */
export function genderFormsOf(label: string): GenderForms | undefined {
  const parts = label.split(' / ');
  if (parts.length < 2) return undefined;
  let masculine: string;
  let feminine: string;
  if (parts.length === 2) {
    const left = parts[0].trim().split(/\s+/);
    const right = parts[1].trim().split(/\s+/);
    if (right.length < left.length) return undefined;
    const tail = right.slice(left.length);
    masculine = [...left, ...tail].join(' ');
    feminine = right.join(' ');
  } else {
    const tokens = label.split(/\s+/);
    const masc: string[] = [];
    const fem: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i + 1] === '/' && i + 2 < tokens.length) {
        masc.push(tokens[i]);
        fem.push(tokens[i + 2]);
        i += 2;
      } else if (tokens[i] !== '/') {
        masc.push(tokens[i]);
        fem.push(tokens[i]);
      }
    }
    masculine = masc.join(' ');
    feminine = fem.join(' ');
  }
  if (masculine === feminine) return undefined;
  return { masculine, feminine };
}
