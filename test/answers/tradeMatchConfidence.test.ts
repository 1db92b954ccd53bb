// Trade-match confidence: pure function over labels (no search needed) — one word of a question
// about something else gives no card; senior fiches give way to entry-level ones.
import { describe, expect, it } from 'vitest';
import { SURE_CONFIDENCE, chooseTradeHit, labelConfidence, tradeMatchConfidence } from '../../knowledge/search/tradeMatchConfidence.js';
import type { SearchHit } from '../../knowledge/search/knowledgeSearch.js';

const hit = (label: string, code = 'X0000', type: SearchHit['type'] = 'trade'): SearchHit => ({ type, id: code, code, label, score: 1, source: 'ROME 4.0 (France Travail)' });

describe('tradeMatchConfidence', () => {
  it.each([
    ['et Cap emploi c’est pas pour moi ?', 'CAP - Mareyage'],
    ['et Cap emploi c’est pas pour moi ?', 'CAP - Pâtissier'],
    ['l’apprentissage c’est jusqu’à quel âge ?', 'CAP - Agent accompagnant au grand âge'],
    ['je cherche un conseil', 'Conseiller / Conseillère en insertion professionnelle'],
    ['un accompagnement pour ma reconversion', 'Accompagnant éducatif et social / Accompagnante éducative et sociale'],
    ['je cuisine pour mes enfants', 'Cuisinier / Cuisinière'],
    ['qui délivre la RQTH ?', 'Agent des services de gestion et de valorisation des déchets'],
  ])('« %s » gives no confidence in « %s »', (query, label) => {
    expect(labelConfidence(query, label)).toBeLessThan(0.35);
  });

  it.each([
    ['c’est quoi le métier de plombier ?', 'Plombier / Plombière'],
    ['je veux devenir aide-soignante', 'Aide-soignant / Aide-soignante'],
    ['une formation dans la cuisine', 'Cuisinier / Cuisinière'],
    ['cariste', 'Cariste'],
  ])('« %s » is sure of « %s »', (query, label) => {
    expect(labelConfidence(query, label)).toBeGreaterThanOrEqual(SURE_CONFIDENCE);
  });

  it('someone starting in the kitchen gets the cook, not the head chef', () => {
    const choice = chooseTradeHit('une formation dans la cuisine', [hit('Chef de cuisine', 'G1601'), hit('Cuisinier / Cuisinière', 'G1602')]);
    expect(choice.sure?.hit.code).toBe('G1602');
    expect(tradeMatchConfidence('chef de cuisine', hit('Chef de cuisine'))).toBeGreaterThanOrEqual(SURE_CONFIDENCE);
  });

  it('a partial match is unsure (ask « Vous parlez du métier de … ? »), none is nothing', () => {
    const partial = chooseTradeHit('une formation dans la cuisine', [hit('Chef de cuisine')]);
    expect(partial.sure).toBeUndefined();
    expect(partial.unsure?.hit.label).toBe('Chef de cuisine');
    expect(chooseTradeHit('jusqu’à quel âge ?', [hit('Agent accompagnant au grand âge')])).toEqual({});
  });
});
