// Direct Line 3.0 REST routes (mounted at /v3/directline): thin controllers over DirectLineService.
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import type { AppConfig } from '../config.js';
import { sendError } from '../platform/httpError.js';
import { DirectLineError, type DirectLineService } from './directLineService.js';

const activityShape = z.looseObject({ type: z.string().trim().min(1).max(64) });
const CONVERSATION_ID = /^[A-Za-z0-9_-]{1,128}$/;

function watermarkOf(req: Request): number {
  const raw = typeof req.query.watermark === 'string' ? req.query.watermark : '';
  const n = Number.parseInt(raw, 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function bodyOf(req: Request): Record<string, unknown> {
  return req.body && typeof req.body === 'object' && !Array.isArray(req.body) ? (req.body as Record<string, unknown>) : {};
}

/** ws(s)://host of this server as the client reached it (or PUBLIC_URL). */
function wsBase(req: Request, publicUrl?: string): string {
  const base = publicUrl ?? `${req.protocol}://${req.host ?? req.get('host') ?? 'localhost'}`;
  return base.replace(/\/+$/, '').replace(/^http/, 'ws');
}

type Handler = (req: Request, res: Response) => Promise<void>;

function handle(fn: Handler): Handler {
  return async (req, res) => {
    try {
      await fn(req, res);
    } catch (err) {
      if (err instanceof DirectLineError) return sendError(res, err.status, err.code, err.message);
      throw err;
    }
  };
}

export function createDirectLineRouter(service: DirectLineService, config: Pick<AppConfig, 'PUBLIC_URL'>): Router {
  const router = Router();
  router.use((_req, res, next) => {
    // Tokens travel in these responses: never cache them.
    res.set('Cache-Control', 'no-store');
    next();
  });
  // Conversation ids are ours (24 base64url characters): anything longer never reaches a store.
  router.param('conversationId', (_req, res, next, value: string) => {
    if (!CONVERSATION_ID.test(value)) return sendError(res, 404, 'BadArgument', 'Conversation not found.');
    next();
  });

  router.post(
    '/tokens/generate',
    handle(async (req, res) => {
      // No credential needed (the web page is public); a wrong one is still refused.
      if (req.headers.authorization) await service.authenticate(req.headers.authorization);
      const user = bodyOf(req).user as { id?: unknown } | undefined;
      res.json(await service.generateToken(user?.id));
    }),
  );

  router.post(
    '/tokens/refresh',
    handle(async (req, res) => {
      res.json(await service.refreshToken(await service.authenticate(req.headers.authorization)));
    }),
  );

  router.post(
    '/conversations',
    handle(async (req, res) => {
      const caller = await service.authenticate(req.headers.authorization);
      const conversation = await service.startConversation(caller, bodyOf(req) as never, wsBase(req, config.PUBLIC_URL));
      res.status(201).json(conversation);
    }),
  );

  router.get(
    '/conversations/:conversationId',
    handle(async (req, res) => {
      const caller = await service.authenticate(req.headers.authorization);
      res.json(await service.reconnect(caller, String(req.params.conversationId), watermarkOf(req), wsBase(req, config.PUBLIC_URL)));
    }),
  );

  router.get(
    '/conversations/:conversationId/activities',
    handle(async (req, res) => {
      const caller = await service.authenticate(req.headers.authorization);
      res.json(await service.getActivities(caller, String(req.params.conversationId), watermarkOf(req)));
    }),
  );

  router.post(
    '/conversations/:conversationId/activities',
    handle(async (req, res) => {
      const caller = await service.authenticate(req.headers.authorization);
      const body: unknown = req.body;
      const parsed = activityShape.safeParse(body);
      if (!parsed.success) {
        return sendError(res, 400, 'BadArgument', 'The body must be a JSON activity with a non-empty "type".');
      }
      res.json(await service.postActivity(caller, String(req.params.conversationId), body as Record<string, unknown>));
    }),
  );

  router.post(
    '/conversations/:conversationId/upload',
    handle(async (req, res) => {
      await service.authenticate(req.headers.authorization);
      sendError(res, 415, 'NotSupported', 'File upload is not supported by this assistant.');
    }),
  );

  return router;
}
