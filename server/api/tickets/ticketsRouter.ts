// REST API /api/tickets for integrations: thin controllers over the ticket use cases
// (orientation/tickets/ticketUseCases.ts), which decide visibility and run the actions. Bearer tokens (apiTokens.ts). A ticket the caller may not
// see answers 404 exactly like a ticket that does not exist. Bodies and queries are zod-validated;
// errors use the common JSON shape { error: { code, message, details? } }. See docs/api.md.
import { Router, type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import type { TicketPrincipal } from '../../../orientation/tickets/accessPolicy.js';
import { OPERATOR_LABELS } from '../../../knowledge/model/operatorType.js';
import {
  TICKET_STATUSES,
  ticketStructureSchema,
  ticketTerritorySchema,
  type Ticket,
  type TicketStatus,
} from '../../../orientation/tickets/ticket.js';
import { TicketNotFoundError, TicketTransitionError } from '../../../orientation/tickets/ticketService.js';
import {
  TicketActionForbiddenError,
  TicketAnonymisedError,
  type TicketCommand,
  type TicketFilter,
  type TicketUseCases,
} from '../../../orientation/tickets/ticketUseCases.js';
import { csvDocument } from '../../console/csv.js';
import { findRedirectTarget, type RedirectDirectory } from '../../../orientation/tickets/redirectTargets.js';
import { sendError } from '../../platform/httpError.js';
import type { ApiTokenRegistry } from './apiTokens.js';

export interface TicketsApiDeps {
  tickets: TicketUseCases;
  tokens: ApiTokenRegistry;
  /** Operator directory: redirect targets are checked against it exactly as in the console. */
  directory?: RedirectDirectory;
  /** Audit of API access without personal data. */
  onAccess?: (event: { principal: string; action: string; ticketId?: string; status: number }) => void;
}

const statusList = z
  .string()
  .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(z.enum(TICKET_STATUSES)));

export const listQuerySchema = z.object({
  status: statusList.optional(),
  structureId: z.string().min(1).max(200).optional(),
  region: z.string().min(1).max(10).optional(),
  departement: z.string().regex(/^(\d{2,3}|2[AB])$/).optional(),
  commune: z.string().regex(/^(\d{5}|2[AB]\d{3})$/).optional(),
  operatorType: z.string().min(1).max(40).optional(),
  createdFrom: z.iso.datetime().optional(),
  createdTo: z.iso.datetime().optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

const searchQuerySchema = z.object({ q: z.string().trim().min(2).max(200), limit: z.coerce.number().int().min(1).max(200).default(50) });
const takeNextBodySchema = z.object({ structureId: z.string().min(1).max(200).optional() }).strict();
const redirectBodySchema = z
  .object({ to: ticketStructureSchema, reason: z.string().trim().min(3).max(2000), territory: ticketTerritorySchema.optional() })
  .strict();
const closeBodySchema = z.object({ reason: z.string().trim().max(2000).optional() }).strict();
const contactedBodySchema = z.object({ detail: z.string().trim().max(2000).optional() }).strict();
const noteBodySchema = z.object({ text: z.string().trim().min(1).max(5000) }).strict();

/** What integrations get: the ticket without internal fields (conversation reference, idempotency key). */
export function ticketView(t: Ticket): Omit<Ticket, 'conversation' | 'idempotencyKey'> {
  const { conversation: _conversation, idempotencyKey: _key, ...rest } = t;
  return rest;
}

type Handler = (req: Request, res: Response, principal: TicketPrincipal) => Promise<void>;

export function createTicketsRouter(deps: TicketsApiDeps): Router {
  const { tickets, tokens } = deps;
  const router = Router();
  const access = deps.onAccess ?? (() => undefined);

  const authed =
    (action: string, handler: Handler) =>
    async (req: Request, res: Response, next: NextFunction): Promise<void> => {
      const header = req.get('authorization') ?? '';
      const m = /^Bearer\s+(\S+)$/i.exec(header);
      const principal = m ? tokens.authenticate(m[1]) : undefined;
      if (!principal) {
        res.setHeader('WWW-Authenticate', 'Bearer realm="tickets"');
        sendError(res, 401, 'unauthorized', 'A valid bearer token is required.');
        return;
      }
      try {
        await handler(req, res, principal);
      } catch (err) {
        if (err instanceof z.ZodError) {
          sendError(res, 400, 'invalid_request', 'The request is invalid.', err.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
        } else if (err instanceof TicketActionForbiddenError) {
          sendError(res, 403, 'forbidden', `Your role may not ${err.action} tickets.`);
        } else if (err instanceof TicketAnonymisedError) {
          sendError(res, 409, 'anonymised', 'This ticket has been anonymised.');
        } else if (err instanceof TicketNotFoundError) {
          sendError(res, 404, 'not_found', 'No such ticket.');
        } else if (err instanceof TicketTransitionError) {
          sendError(res, 409, 'invalid_transition', `Cannot ${err.action} a ticket whose status is ${err.status}.`, { status: err.status });
        } else {
          next(err);
          return;
        }
      } finally {
        access({ principal: principal.id, action, ticketId: res.locals.ticketId as string | undefined, status: res.statusCode });
      }
    };

  function listRequest(raw: unknown): { filter: TicketFilter; offset: number; limit: number } {
    const q = listQuerySchema.parse(raw);
    return {
      filter: {
        statuses: q.status as TicketStatus[] | undefined,
        structureId: q.structureId,
        region: q.region,
        departement: q.departement,
        communeInsee: q.commune,
        operatorType: q.operatorType,
        createdFrom: q.createdFrom,
        createdTo: q.createdTo,
      },
      offset: q.offset,
      limit: q.limit,
    };
  }

  router.get(
    '/',
    authed('list', async (req, res, principal) => {
      const page = await tickets.list(principal, listRequest(req.query));
      res.json({ items: page.items.map(ticketView), total: page.total, offset: page.offset, limit: page.limit });
    }),
  );

  router.get(
    '/search',
    authed('search', async (req, res, principal) => {
      const q = searchQuerySchema.parse(req.query);
      const found = await tickets.search(principal, q.q, q.limit);
      res.json({ items: (found.exact ? [found.exact] : found.items).map(ticketView) });
    }),
  );

  router.get(
    '/export.csv',
    authed('export', async (req, res, principal) => {
      const items = await tickets.export(principal, 'all', listRequest({ ...req.query, offset: '0', limit: '500' }).filter);
      const header = ['reference', 'statut', 'creee_le', 'structure_id', 'structure', 'type_operateur', 'region', 'departement', 'commune', 'besoin', 'demande', 'freins', 'canal', 'contact', 'disponibilites', 'prise_le', 'contactee_le', 'cloturee_le', 'reorientations', 'anonymisee_le'];
      const rows = items.map((t) => [
        t.reference,
        t.status,
        t.createdAt,
        t.structure.id,
        t.structure.name,
        OPERATOR_LABELS[t.structure.operatorType] ?? t.structure.operatorType,
        t.territory.region,
        t.territory.departement,
        t.territory.communeName ?? t.territory.communeInsee,
        t.need,
        t.requestKind === 'explicit' ? 'explicite' : 'implicite',
        t.barriers.join(', '),
        t.contact.channel,
        t.contact.value,
        t.contact.preferredTimes,
        t.takenAt,
        t.contactedAt,
        t.closedAt,
        t.redirects.length,
        t.anonymisedAt,
      ]);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', 'attachment; filename="tickets.csv"');
      res.send(csvDocument(header, rows));
    }),
  );

  router.get(
    '/stats',
    authed('stats', async (req, res, principal) => {
      const stats = await tickets.stats(principal, listRequest(req.query).filter);
      if (!stats) {
        sendError(res, 404, 'not_found', 'Nothing visible.');
        return;
      }
      res.json(stats);
    }),
  );

  router.post(
    '/take-next',
    authed('take_next', async (req, res, principal) => {
      const body = takeNextBodySchema.parse(req.body ?? {});
      const structureId = body.structureId ?? principal.structureId;
      if (!structureId) {
        sendError(res, 400, 'invalid_request', 'structureId is required for this token.');
        return;
      }
      const next = await tickets.takeNext(principal, structureId);
      if (next.kind === 'no_queue') {
        // Another structure's queue does not exist for this caller.
        sendError(res, 404, 'not_found', 'No such queue.');
        return;
      }
      if (next.kind === 'empty') {
        res.status(204).end();
        return;
      }
      res.locals.ticketId = next.ticket.id;
      res.json(ticketView(next.ticket));
    }),
  );

  /** The ticket named in the URL (reference or id); a 404 when absent or not visible. */
  async function visible(req: Request, res: Response, principal: TicketPrincipal): Promise<Ticket> {
    const t = await tickets.get(principal, String(req.params.ticket ?? ''));
    if (!t) throw new TicketNotFoundError(String(req.params.ticket ?? ''));
    res.locals.ticketId = t.id;
    return t;
  }

  /** Runs one action on the ticket of the URL and answers the updated ticket. */
  async function act(req: Request, res: Response, principal: TicketPrincipal, command: (t: Ticket) => TicketCommand | undefined, status = 200): Promise<void> {
    const t = await visible(req, res, principal);
    const c = command(t);
    if (!c) return;
    const result = await tickets.act(principal, t, c);
    res.status(status).json(ticketView(result.ticket));
  }

  router.get(
    '/:ticket',
    authed('get', async (req, res, principal) => {
      res.json(ticketView(await visible(req, res, principal)));
    }),
  );

  router.post(
    '/:ticket/take',
    authed('take', (req, res, principal) => act(req, res, principal, () => ({ kind: 'take' }))),
  );

  router.post(
    '/:ticket/contacted',
    authed('contacted', async (req, res, principal) => {
      const body = contactedBodySchema.parse(req.body ?? {});
      await act(req, res, principal, () => ({ kind: 'contacted', detail: body.detail }));
    }),
  );

  router.post(
    '/:ticket/redirect',
    authed('redirect', async (req, res, principal) => {
      const body = redirectBodySchema.parse(req.body ?? {});
      await act(req, res, principal, (t) => {
        if (body.to.id === t.structure.id) {
          sendError(res, 400, 'invalid_request', 'The ticket is already addressed to this structure.');
          return undefined;
        }
        // The directory's record is used, never the client's: id, operator type and territory must match it.
        const target = deps.directory ? findRedirectTarget(deps.directory, t, body.to, body.territory) : undefined;
        if (!target || target.name !== body.to.name) {
          sendError(res, 400, 'invalid_target', 'The target is not a structure the operator directory lists for this territory and operator type.');
          return undefined;
        }
        return { kind: 'redirect', to: target, reason: body.reason, territory: body.territory };
      });
    }),
  );

  router.post(
    '/:ticket/close',
    authed('close', async (req, res, principal) => {
      const body = closeBodySchema.parse(req.body ?? {});
      await act(req, res, principal, () => ({ kind: 'close', reason: body.reason }));
    }),
  );

  router.post(
    '/:ticket/notes',
    authed('note', async (req, res, principal) => {
      const body = noteBodySchema.parse(req.body ?? {});
      await act(req, res, principal, () => ({ kind: 'note', text: body.text }), 201);
    }),
  );

  return router;
}
