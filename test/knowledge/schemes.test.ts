import { describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../knowledge/base/loadKnowledgeBase.js';
import { schemeSchema } from '../../knowledge/model/scheme.js';
import { SCHEMES } from '../../knowledge/schemes/schemes.js';
import { isOperatorType } from '../../knowledge/model/operatorType.js';

const REQUIRED = ['cpf', 'ptp', 'vae', 'bilan-de-competences', 'cep', 'demission-reconversion', 'apprentissage', 'cej', 'rqth', 'transitions-collectives', 'contrat-de-professionnalisation', 'pro-a'];
const OFFICIAL = /^https:\/\/(www\.)?(service-public\.fr|travail-emploi\.gouv\.fr|francecompetences\.fr|mon-cep\.org|moncompteformation\.gouv\.fr|vae\.gouv\.fr|code\.travail\.gouv\.fr|demission-reconversion\.gouv\.fr|alternance\.emploi\.gouv\.fr|1jeune1solution\.gouv\.fr|monparcourshandicap\.gouv\.fr|centre-inffo\.fr)\//;

describe('Schemes', () => {
  it('every required scheme exists, is valid, has an official source and the review date', () => {
    const ids = SCHEMES.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(REQUIRED));
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SCHEMES) {
      expect(() => schemeSchema.parse(s)).not.toThrow();
      expect(`${s.sourceUrl}/`.replace(/\/\/$/, '/')).toMatch(OFFICIAL);
      expect(s.reviewedAt).toBe('2026-11-23');
      for (const op of s.operators) expect(isOperatorType(op)).toBe(true);
    }
  });

  it('obsolete names are mentioned so that search finds them (CIF, DIF, Fongecif)', () => {
    const text = (id: string) => JSON.stringify(SCHEMES.find((s) => s.id === id));
    expect(text('ptp')).toMatch(/CIF/);
    expect(text('ptp')).toMatch(/Fongecif/);
    expect(text('cpf')).toMatch(/DIF/);
  });

  it('the built-in snapshot carries exactly the current schemes (run npm run kb:build after editing them)', () => {
    const kb = loadKnowledgeBase();
    expect(kb.schemes()).toEqual(SCHEMES);
    expect(kb.getScheme('vae')?.title).toMatch(/VAE/);
  });
});
