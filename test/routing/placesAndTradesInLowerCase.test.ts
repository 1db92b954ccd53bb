// Facts typed without capitals or through a training wish (families missed by the blind conversation
// evaluation), on the real referentials and pure label confidence; new sentences of our own.
import { describe, expect, it } from 'vitest';
import { findPlaceInText } from '../../knowledge/territory/index.js';
import { chooseTradeHit, labelConfidence } from '../../knowledge/search/tradeMatchConfidence.js';
import type { SearchHit } from '../../knowledge/search/knowledgeSearch.js';

function communeOf(text: string): string | undefined {
  const r = findPlaceInText(text)?.result;
  return r?.kind === 'commune' ? r.commune.insee : undefined;
}

describe('Places in lower case', () => {
  it.each([
    ['je bosse a marseille depuis 2 ans', '13055'],
    ['salariée en cdd sur nancy', '54395'],
    ['jai 19 ans la rochelle', '17300'],
    ['je vis a le havre avec mes parents', '76351'],
    ['jsuis en cdi 41 ans laval', '53130'],
  ])('« %s » → %s', (text, insee) => {
    expect(communeOf(text)).toBe(insee);
  });

  it.each([
    'je voudrais une veste couleur bordeaux',
    'je travaille à la poste depuis 10 ans',
    "j'ai 30 ans la semaine prochaine",
    'je suis à la maison avec les enfants',
    'du savon de marseille',
  ])('no place in « %s »', (text) => {
    expect(communeOf(text)).toBeUndefined();
  });
});

const hit = (label: string, code: string): SearchHit => ({ type: 'trade', id: code, code, label, score: 1, source: 'ROME 4.0 (France Travail)' });

describe('Trades named in the feminine or through a training', () => {
  it('keeps the qualifier written after the feminine form on the masculine form too', () => {
    // « Soudeur » alone would match the first form fully; the qualifier belongs to both forms.
    expect(labelConfidence('soudeuse', 'Soudeur / Soudeuse aéronautique')).toBeLessThan(1);
    expect(labelConfidence('soudeur aeronautique', 'Soudeur / Soudeuse aéronautique')).toBe(1);
    expect(labelConfidence('ingenieure informaticienne', 'Ingénieur informaticien / Ingénieure informaticienne')).toBe(1);
  });

  it('on a tie, prefers the fiche named by its own label over one named by an appellation', () => {
    const kb = {
      getTrade: (code: string) =>
        code === 'A0001'
          ? { label: 'Technicien / Technicienne de véhicules de loisirs', appellations: [{ label: 'Menuisier / Menuisière nautique' }] }
          : { label: 'Menuisier / Menuisière agencement', appellations: [] },
    } as never;
    const choice = chooseTradeHit('menuisiere', [hit('Technicien / Technicienne de véhicules de loisirs', 'A0001'), hit('Menuisier / Menuisière agencement', 'A0002')], kb);
    expect(choice.sure?.hit.code ?? choice.unsure?.hit.code).toBe('A0002');
  });
});
