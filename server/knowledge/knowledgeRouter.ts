// Thin HTTP controller over the knowledge search and the KB:
//   GET /api/knowledge/search?q=…&type=trade|certification|training|operator|scheme&limit=…
//       [&departement=…&commune=…&region=…]  →  { results: [{ type, id, code, label, score, source }] }
//   GET /api/knowledge/trades/:code          →  { trade, certifications, source }  (404 when unknown)
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { KNOWLEDGE_TYPES, type KnowledgeSearch } from '../../knowledge/search/knowledgeSearch.js';
import type { KnowledgeBase } from '../../knowledge/model/knowledgeBase.js';
import { ROME_CODE } from '../../knowledge/model/trade.js';
import { sendError } from '../platform/httpError.js';

export const MAX_QUERY_LENGTH = 2000;

const single = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const searchQuerySchema = z
  .object({
    q: z.preprocess(single, z.string({ error: 'q is required' }).max(MAX_QUERY_LENGTH, `q must be at most ${MAX_QUERY_LENGTH} characters`)),
    // "type=trade" or "type=trade,certification" (repeated parameters are accepted too).
    type: z
      .preprocess(
        (v) => (v === undefined ? undefined : (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(',')).map((x) => x.trim()).filter(Boolean)),
        z.array(z.enum(KNOWLEDGE_TYPES)).optional(),
      ),
    limit: z.preprocess(single, z.coerce.number().int().min(1).max(100).default(10)),
    departement: z.preprocess(single, z.string().regex(/^(\d{2}|2[AB]|97\d)$/).optional()),
    commune: z.preprocess(single, z.string().regex(/^(\d{5}|2[AB]\d{3})$/).optional()),
    region: z.preprocess(single, z.string().max(100).optional()),
  })
  .strict();

export interface KnowledgeRouterDeps {
  /** Resolves once the index is loaded (the router answers 503 until then). */
  search: () => KnowledgeSearch | undefined;
  kb: () => KnowledgeBase | undefined;
}

export function createKnowledgeRouter(deps: KnowledgeRouterDeps): Router {
  const router = Router();

  router.get('/search', async (req: Request, res: Response) => {
    const parsed = searchQuerySchema.safeParse(req.query);
    if (!parsed.success) {
      return sendError(
        res,
        400,
        'invalid_query',
        parsed.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; '),
      );
    }
    const search = deps.search();
    if (!search) return sendError(res, 503, 'not_ready', 'The knowledge index is loading, retry in a few seconds.');
    const { q, type, limit, departement, commune, region } = parsed.data;
    const territory = departement || commune || region ? { departement, communeInsee: commune, region } : undefined;
    const hits = await search.search(q, { types: type, limit, territory });
    res.json({
      results: hits.map((h) => ({ type: h.type, id: h.id, code: h.code ?? null, label: h.label, score: h.score, source: h.source })),
    });
  });

  router.get('/trades/:code', (req: Request, res: Response) => {
    const code = String(req.params.code ?? '').toUpperCase();
    if (!ROME_CODE.test(code)) return sendError(res, 404, 'not_found', 'Unknown ROME code (expected a letter A–N and 4 digits).');
    const kb = deps.kb();
    if (!kb) return sendError(res, 503, 'not_ready', 'The knowledge base is loading, retry in a few seconds.');
    const trade = kb.getTrade(code);
    if (!trade) return sendError(res, 404, 'not_found', `No ROME 4.0 fiche ${code}.`);
    const rome = kb.meta.datasets.find((d) => d.id === 'rome');
    res.json({
      trade,
      certifications: kb.certificationsForRome(code).map((c) => ({ id: c.id, title: c.title, level: c.level ?? null, active: c.active })),
      source: rome ? `${rome.source}${rome.date ? ` (${rome.date})` : ''}` : 'ROME 4.0 (France Travail)',
    });
  });

  return router;
}
