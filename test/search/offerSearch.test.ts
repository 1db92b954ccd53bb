// Training offers in the search: separate lexical index (all own words must match), two-stage
// vector retrieval through their ROME links, territory filter on session communes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../knowledge/base/loadKnowledgeBase.js';
import type { TrainingOffer } from '../../knowledge/model/trainingOffer.js';
import { createKnowledgeSearch, type ReadyKnowledgeSearch } from '../../knowledge/search/createKnowledgeSearch.js';

const offer = (id: string, title: string, rome: string, commune: string): TrainingOffer => ({
  id,
  title,
  objective: `Préparer le diplôme : ${title}.`,
  certifications: [],
  formacodes: [],
  nsf: [],
  romeCodes: [rome],
  provider: { name: 'Organisme de test' },
  sessions: [{ communeInsee: commune, city: 'Ville' }],
  source: 'Catalogue de test',
  synthetic: true,
});

const offers = [
  offer('SYN-1', 'Diplôme d’État d’aide-soignant', 'J1501', '35238'),
  offer('SYN-2', 'Diplôme d’État d’aide-soignant', 'J1501', '13055'),
  offer('SYN-3', 'CAP boulanger', 'D1102', '35238'),
  offer('SYN-4', 'Titre professionnel conducteur du transport en commun sur route', 'N4103', '69123'),
];

let search: ReadyKnowledgeSearch;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'cep-offers-'));
  await createKnowledgeSearch(loadKnowledgeBase(undefined, { offers }), { indexDir: dir });
  search = await createKnowledgeSearch(loadKnowledgeBase(undefined, { offers }), { indexDir: dir });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('Training offers in the hybrid search', () => {
  it('loads the two-part lexical index from the snapshot', () => {
    expect(search.info.fromSnapshot).toBe(true);
    expect(search.lexical.documentCount).toBe(search.documents.length);
  });

  it('Given a job query, When searching training, Then matching offers come first, marked synthetic in their source', async () => {
    const hits = await search.search('formation aide-soignante', { types: ['training'], limit: 3 });
    expect(hits.slice(0, 2).map((h) => h.id).sort()).toEqual(['SYN-1', 'SYN-2']);
    expect(hits[0].source).toMatch(/SYNTHÉTIQUE/);
  });

  it('Given words absent from the offer titles, Then the vector side still finds offers through their ROME link', async () => {
    const hits = await search.searchWith('chauffeur de bus', 'vector', { types: ['training'], limit: 2 });
    expect(hits[0].id).toBe('SYN-4');
  });

  it('Given a département, Then only offers with a session there are returned', async () => {
    const hits = await search.search('aide-soignant', { types: ['training'], territory: { departement: '13' } });
    expect(hits.map((h) => h.id)).toEqual(['SYN-2']);
  });

  it('Given a trade-only search, Then offers never appear', async () => {
    const hits = await search.search('aide-soignant', { types: ['trade'], limit: 20 });
    expect(hits.every((h) => h.type === 'trade')).toBe(true);
  });
});
