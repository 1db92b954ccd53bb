// Citizens see « Source : France Travail » and a date, never the internal provenance of a directory
// line (datasets, repositories, original labels): every place a structure's source reaches a person
// goes through orientation/answers/citizenSource.ts. The console keeps the full provenance.
import { describe, expect, it } from 'vitest';
import type { StructureRef } from '../../knowledge/model/structureRef.js';
import { contactReply, decisionReply, humanBeforeDecision } from '../../orientation/conversation/policyReplies.js';
import { publicContactLines } from '../../dialogs/handoffDialog.js';
import type { RoutingDecision } from '../../orientation/routing/routingDecision.js';

const INTERNAL = "Référentiels pass emploi / CEJ (SocialGouv/pass-emploi-api), agences_pe (2023-12-15) ; libellé d'origine « AGENCE FT LYON 3 »";
const AGENCY: StructureRef = {
  id: 'ft-lyon-3',
  type: 'france_travail',
  name: 'France Travail Lyon 3',
  phone: '39 49',
  address: '10 rue Test, 69003 Lyon',
  source: INTERNAL,
  verifiedAt: '2023-12-15',
  coverage: 'commune',
};
const DECISION: RoutingDecision = {
  operatorTypes: ['france_travail'],
  reasons: { france_travail: 'France Travail accompagne les demandeurs d’emploi.' },
  missing: [],
  partners: [],
} as unknown as RoutingDecision;

function shown(texts: Array<string | undefined>): string {
  return texts.filter(Boolean).join('\n');
}

describe('a structure’s provenance as citizens see it', () => {
  it.each([
    ['the decision turn', () => { const r = decisionReply(DECISION, ['france_travail'], [AGENCY]); return shown([r.text, r.simpleText, r.spokenText]); }],
    ['« je veux un numéro » after the decision', () => { const r = contactReply('france_travail', [AGENCY]); return shown([r.text, r.simpleText, r.spokenText]); }],
    ['« je veux parler à quelqu’un » before the decision', () => { const r = humanBeforeDecision(AGENCY); return shown([r.text, r.simpleText, r.spokenText]); }],
    ['the hand-off’s public contact (refusal, « un numéro »)', () => publicContactLines(AGENCY).join('\n')],
  ])('Given %s, Then only the public body and a French date are shown', (_where, render) => {
    const text = render();
    expect(text).toMatch(/[Ss]ource : France Travail/);
    expect(text).toMatch(/15\/12\/2023/);
    for (const internal of ['SocialGouv', 'pass-emploi', 'agences_pe', 'Référentiels', 'libellé d', '2023-12-15']) expect(text).not.toContain(internal);
  });
});
