// REST API /api/tickets for integrations: thin controllers over TicketService and the shared access
// policy (orientation/tickets/accessPolicy.ts). Bearer tokens (apiTokens.ts). A ticket the caller may not
// see answers 404 exactly like a ticket that does not exist. Bodies and queries are zod-validated;
// errors use the common JSON shape { error: { code, message, details? } }. See docs/api.md.
import { Router, type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import { canActOnTicket, canSeeTicket, canTakeNextFor, restrictQuery, type TicketAction, type TicketPrincipal } from '../../../orientation/tickets/accessPolicy.js';
import { OPERATOR_LABELS } from '../../../knowledge/model/operatorType.js';
import {
  normaliseTicketReference,
  TICKET_STATUSES,
  ticketStructureSchema,
  ticketTerritorySchema,
  type Ticket,
  type TicketStatus,
} from '../../../orientation/tickets/ticket.js';
import { TicketNotFoundError, TicketTransitionError, type TicketService } from '../../../orientation/tickets/ticketService.js';
import type { TicketQuery } from '../../../orientation/tickets/ticketStore.js';
import { csvDocument } from '../../console/csv.js';
import { findRedirectTarget, type RedirectDirectory } from '../../../orientation/tickets/redirectTargets.js';
import { sendError } from '../../platform/httpError.js';
import type { ApiTokenRegistry } from './apiTokens.js';

export interface TicketsApiDeps {
  tickets: TicketService;
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

  /** The ticket named in the URL (reference or id), or a 404 if absent or not visible. */
  async function visible(req: Request, res: Response, principal: TicketPrincipal, action: TicketAction): Promise<Ticket | undefined> {
    const key = String(req.params.ticket ?? '');
    const ref = normaliseTicketReference(key);
    const t = ref ? await tickets.store.getByReference(ref) : /^[0-9a-f-]{36}$/i.test(key) ? await tickets.get(key) : undefined;
    if (!t || !canSeeTicket(principal, t)) {
      sendError(res, 404, 'not_found', 'No such ticket.');
      return undefined;
    }
    res.locals.ticketId = t.id;
    if (!canActOnTicket(principal, t, action)) {
      sendError(res, 403, 'forbidden', `Your role may not ${action} tickets.`);
      return undefined;
    }
    return t;
  }

  function scopedQuery(principal: TicketPrincipal, raw: unknown): TicketQuery | undefined {
    const q = listQuerySchema.parse(raw);
    return restrictQuery(principal, {
      statuses: q.status as TicketStatus[] | undefined,
      structureId: q.structureId,
      region: q.region,
      departement: q.departement,
      communeInsee: q.commune,
      operatorType: q.operatorType,
      createdFrom: q.createdFrom,
      createdTo: q.createdTo,
      offset: q.offset,
      limit: q.limit,
    });
  }

  router.get(
    '/',
    authed('list', async (req, res, principal) => {
      const query = scopedQuery(principal, req.query);
      const page = query ? await tickets.store.list(query) : { items: [], total: 0 };
      res.json({ items: page.items.filter((t) => canSeeTicket(principal, t)).map(ticketView), total: page.total, offset: query?.offset ?? 0, limit: query?.limit ?? 0 });
    }),
  );

  router.get(
    '/search',
    authed('search', async (req, res, principal) => {
      const q = searchQuerySchema.parse(req.query);
      const scope = restrictQuery(principal, {});
      if (!scope) {
        res.json({ items: [] });
        return;
      }
      const ref = normaliseTicketReference(q.q);
      if (ref) {
        const t = await tickets.store.getByReference(ref);
        res.json({ items: t && canSeeTicket(principal, t) ? [ticketView(t)] : [] });
        return;
      }
      const found = await tickets.store.search(q.q, scope, q.limit);
      res.json({ items: found.filter((t) => canSeeTicket(principal, t)).map(ticketView) });
    }),
  );

  router.get(
    '/export.csv',
    authed('export', async (req, res, principal) => {
      const base = scopedQuery(principal, { ...req.query, offset: '0', limit: '500' });
      const items: Ticket[] = [];
      if (base) {
        for (let offset = 0; offset < 100_000; offset += 500) {
          const page = await tickets.store.list({ ...base, offset, limit: 500 });
          items.push(...page.items.filter((t) => canSeeTicket(principal, t)));
          if (page.items.length < 500) break;
        }
      }
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
      const query = scopedQuery(principal, req.query);
      if (!query) {
        sendError(res, 404, 'not_found', 'Nothing visible.');
        return;
      }
      const { offset: _o, limit: _l, ...filter } = query;
      res.json(await tickets.store.stats(filter));
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
      if (!canTakeNextFor(principal, structureId)) {
        // Another structure's queue does not exist for this caller.
        sendError(res, 404, 'not_found', 'No such queue.');
        return;
      }
      const t = await tickets.takeNext(structureId, principal.id);
      if (!t) {
        res.status(204).end();
        return;
      }
      res.locals.ticketId = t.id;
      res.json(ticketView(t));
    }),
  );

  router.get(
    '/:ticket',
    authed('get', async (req, res, principal) => {
      const t = await visible(req, res, principal, 'view');
      if (t) res.json(ticketView(t));
    }),
  );

  router.post(
    '/:ticket/take',
    authed('take', async (req, res, principal) => {
      const t = await visible(req, res, principal, 'take');
      if (t) res.json(ticketView(await tickets.take(t.id, principal.id)));
    }),
  );

  router.post(
    '/:ticket/contacted',
    authed('contacted', async (req, res, principal) => {
      const body = contactedBodySchema.parse(req.body ?? {});
      const t = await visible(req, res, principal, 'contacted');
      if (t) res.json(ticketView(await tickets.markContacted(t.id, principal.id, body.detail)));
    }),
  );

  router.post(
    '/:ticket/redirect',
    authed('redirect', async (req, res, principal) => {
      const body = redirectBodySchema.parse(req.body ?? {});
      const t = await visible(req, res, principal, 'redirect');
      if (!t) return;
      if (body.to.id === t.structure.id) {
        sendError(res, 400, 'invalid_request', 'The ticket is already addressed to this structure.');
        return;
      }
      // The directory's record is used, never the client's: id, operator type and territory must match it.
      const target = deps.directory ? findRedirectTarget(deps.directory, t, body.to, body.territory) : undefined;
      if (!target || target.name !== body.to.name) {
        sendError(res, 400, 'invalid_target', 'The target is not a structure the operator directory lists for this territory and operator type.');
        return;
      }
      res.json(ticketView(await tickets.redirect(t.id, principal.id, target, body.reason, body.territory)));
    }),
  );

  router.post(
    '/:ticket/close',
    authed('close', async (req, res, principal) => {
      const body = closeBodySchema.parse(req.body ?? {});
      const t = await visible(req, res, principal, 'close');
      if (t) res.json(ticketView(await tickets.close(t.id, principal.id, body.reason)));
    }),
  );

  router.post(
    '/:ticket/notes',
    authed('note', async (req, res, principal) => {
      const body = noteBodySchema.parse(req.body ?? {});
      const t = await visible(req, res, principal, 'note');
      if (!t) return;
      if (t.anonymisedAt) {
        sendError(res, 409, 'anonymised', 'This ticket has been anonymised.');
        return;
      }
      res.status(201).json(ticketView(await tickets.addNote(t.id, principal.id, body.text)));
    }),
  );

  return router;
}
