// The counsellor console (/console): thin controllers over the ticket service, the access policy and
// the console's auth. Server-rendered DSFR pages; every POST carries the session's CSRF token.
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { canActOnTicket, canTakeNextFor, type TicketPrincipal } from '../../orientation/tickets/accessPolicy.js';
import { CONTACT_CHANNEL_LABELS, REFERENCE_PATTERN, TICKET_STATUSES, TICKET_STATUS_LABELS, type Ticket, type TicketStatus } from '../../orientation/tickets/ticket.js';
import { TicketNotFoundError, TicketTransitionError, type TicketService } from '../../orientation/tickets/ticketService.js';
import type { TicketStats } from '../../orientation/tickets/ticketStore.js';
import {
  OPEN_STATUSES,
  TicketActionForbiddenError,
  TicketAnonymisedError,
  TicketUseCases,
  type TicketCommand,
  type TicketFilter,
  type TicketListView,
} from '../../orientation/tickets/ticketUseCases.js';
import { OPERATOR_TYPES, OPERATOR_LABELS, isOperatorType, type OperatorType } from '../../knowledge/model/operatorType.js';
import type { StructureRef } from '../../knowledge/model/structureRef.js';
import type { Logger } from '../platform/logger.js';
import { type ConsoleAuth, CSRF_FIELD, type AuthenticatedRequestContext } from './consoleAuth.js';
import { CONSOLE_CSS } from './consoleCss.js';
import { computeKpis, type KpiRange } from './consoleKpis.js';
import type { ConsoleUser, ConsoleRole } from './consoleUser.js';
import { csvDocument } from './csv.js';
import { BARRIER_LABELS, departementLabel, departementsOf, formatDateTime, label, needInOneLine, regionLabel } from './labels.js';
import { CONSOLE_BASE, configureStructureNames, type PageOptions } from './layout.js';
import type { OutcomeStore } from './outcomeStore.js';
import { kpiPage, scopeLabels } from './pages/kpiPage.js';
import { loginPage } from './pages/loginPage.js';
import { messagePage } from './pages/messagePage.js';
import { QUEUE_VIEWS, queuePage, type QueueFilters, type QueueView } from './pages/queuePage.js';
import { searchPage } from './pages/searchPage.js';
import { visibleNotes } from './notesVisibility.js';
import { MAX_REPLY_LENGTH, conversationMessagesOf, type ConversationReplies } from './conversationReply.js';
import { assignableStructures, type AccountAdministration, type DirectoryStructure } from './accountAdministration.js';
import { adminPage, setPasswordPage, type AdminPageModel } from './pages/adminPage.js';
import { allRegions } from './structureRegions.js';
import { ConsoleUserInputError } from './userService.js';
import { ticketPage, type RedirectOption } from './pages/ticketPage.js';
import { redirectChoices } from '../../knowledge/operators/redirectChoices.js';
import { consoleSecurityHeaders, noStore } from './securityHeaders.js';
import type { ConsoleUserStore } from './userStore.js';
import type { SafeHtml } from './html.js';
import { describeError } from '../platform/errorLog.js';

const require = createRequire(import.meta.url);
export const DSFR_DIST_DIR = dirname(require.resolve('@gouvfr/dsfr/dist/dsfr.min.css'));

/**
 * What the console asks of the operator directory: the routing's lookup by place (a place is optional
 * here), plus every structure and a département's structures for names and redirect choices.
 */
export interface ConsoleStructureDirectory {
  structuresFor(type: OperatorType, place?: { communeInsee?: string; departement?: string; region?: string }): StructureRef[];
  /** Every known structure (for showing a counsellor's structure by name). */
  structures?(): readonly DirectoryStructure[];
  /** Every structure of a type in a département (redirect choices after the commune's own). */
  structuresInDepartement?(type: OperatorType, departement: string): StructureRef[];
}

export interface ConsoleDeps {
  auth: ConsoleAuth;
  users: ConsoleUserStore;
  tickets: TicketService;
  /** List, search, act… for a principal (visibility decided there); built over `tickets` when absent. */
  ticketUseCases?: TicketUseCases;
  outcomes: OutcomeStore;
  /** Account administration (administration page, password links, last logins). */
  accounts?: AccountAdministration;
  /** Counsellor replies in the person's conversation (contact channel « Ici, dans cette conversation »). */
  replies?: ConversationReplies;
  /** Where redirect targets come from (operator directory); without it redirecting is unavailable. */
  directory?: ConsoleStructureDirectory;
  logger: Logger;
  clock?: () => Date;
}

export const PAGE_SIZE = 25;
/** Upper bound of tickets read for a view or a search the stores cannot index. */
export const SCAN_LIMIT = 50_000;
export const SEARCH_RESULTS_MAX = 100;
export const STATS_CACHE_MS = 60_000;

/** Fixed French notices carried by a code in the redirect URL (never user text). */
const NOTICES: Record<string, NonNullable<PageOptions['notice']>> = {
  prise: { type: 'success', text: 'Vous avez pris en charge cette demande.' },
  contactee: { type: 'success', text: 'La demande est marquée comme contactée.' },
  cloturee: { type: 'success', text: 'La demande est clôturée.' },
  note: { type: 'success', text: 'La note est enregistrée.' },
  'reponse-envoyee': { type: 'success', text: 'Votre message est affiché dans la conversation de la personne.' },
  'reponse-conservee': { type: 'warning', text: 'Votre message est conservé dans la conversation, mais la personne n’a pas la page ouverte : elle le verra si elle y revient.' },
  reorientee: { type: 'success', text: 'La demande a été réorientée vers la structure choisie ; elle a quitté votre file.' },
  'reorientee-visible': { type: 'success', text: 'La demande a été réorientée vers la structure choisie.' },
  'file-vide': { type: 'info', text: 'Aucune demande en attente dans votre file.' },
  'action-impossible': { type: 'error', text: 'Cette action n’est pas possible dans le statut actuel de la demande (elle a peut-être été modifiée par quelqu’un d’autre). La page a été actualisée.' },
  anonymisee: { type: 'error', text: 'Cette demande est anonymisée : plus aucune action n’est possible.' },
  deconnecte: { type: 'info', text: 'Vous êtes déconnecté(e).' },
  'mot-de-passe': { type: 'success', text: 'Votre mot de passe est enregistré. Connectez-vous avec ce nouveau mot de passe.' },
  'session-expiree': { type: 'info', text: 'Votre session a expiré. Veuillez vous reconnecter.' },
};

function passwordError(req: Request): string | undefined {
  const password = typeof req.body?.password === 'string' ? req.body.password : '';
  if (password.length < 12 || password.length > 1024) return 'Le mot de passe doit compter au moins 12 caractères.';
  if (password !== req.body?.confirmation) return 'Les deux mots de passe ne correspondent pas.';
  return undefined;
}

function notice(req: Request): PageOptions['notice'] {
  const code = typeof req.query.info === 'string' ? req.query.info : undefined;
  return code ? NOTICES[code] : undefined;
}

function principalOf(user: ConsoleUser): TicketPrincipal {
  return { id: `counsellor:${user.id}`, role: user.role, structureId: user.structureId, region: user.region };
}

function send(res: Response, status: number, body: SafeHtml): void {
  res.status(status).type('html').send(body.toString());
}

function str(v: unknown, max = 4000): string {
  return typeof v === 'string' ? v.trim().slice(0, max) : '';
}

function isDay(v: unknown): v is string {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));
}

function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** A ticket form that is not valid: its French message, and what was typed to put back in the page. */
class TicketFormError extends Error {
  constructor(
    message: string,
    readonly form?: { redirectReason?: string; transmission?: string },
  ) {
    super(message);
  }
}

type Ctx = AuthenticatedRequestContext;
const ctxOf = (res: Response): Ctx => res.locals.console as Ctx;

export function createConsoleRouter(deps: ConsoleDeps): Router {
  const { auth, logger } = deps;
  const useCases = deps.ticketUseCases ?? new TicketUseCases(deps.tickets, { scanLimit: SCAN_LIMIT });
  const clock = deps.clock ?? (() => new Date());
  const router = Router();

  router.use(consoleSecurityHeaders);
  router.use('/dsfr', express.static(DSFR_DIST_DIR, { index: false, maxAge: '7d', dotfiles: 'ignore', fallthrough: false }));
  router.get('/static/console.css', (_req, res) => {
    res.type('text/css').setHeader('Cache-Control', 'public, max-age=3600');
    res.send(CONSOLE_CSS);
  });
  router.use(express.urlencoded({ extended: false, limit: '64kb', parameterLimit: 50 }));
  router.use(noStore);

  const notFound = (res: Response, ctx?: Ctx) =>
    send(
      res,
      404,
      messagePage({
        title: 'Page introuvable',
        text: "Cette page ou cette demande n'existe pas, ou vous n'y avez pas accès.",
        user: ctx?.user,
        csrfToken: ctx?.session.csrfToken,
      }),
    );

  // ---- Login / logout ----------------------------------------------------------------------
  router.get('/', (_req, res) => res.redirect(303, `${CONSOLE_BASE}/tickets`));

  router.get('/connexion', async (req, res) => {
    if (await auth.current(req)) return res.redirect(303, `${CONSOLE_BASE}/tickets`);
    const n = notice(req);
    send(res, 200, loginPage({ loginToken: auth.issueLoginToken(req, res), info: n?.text }));
  });

  router.post('/connexion', async (req, res) => {
    const email = str(req.body?.email, 254);
    const password = typeof req.body?.password === 'string' ? req.body.password.slice(0, 1024) : '';
    if (!auth.checkLoginToken(req, req.body?.[CSRF_FIELD])) {
      return send(res, 403, loginPage({ loginToken: auth.issueLoginToken(req, res), email, error: 'Le formulaire a expiré. Veuillez saisir à nouveau vos identifiants.' }));
    }
    if (!email || !password) {
      return send(res, 400, loginPage({ loginToken: auth.issueLoginToken(req, res), email, error: 'Veuillez saisir votre adresse électronique et votre mot de passe.' }));
    }
    const result = await auth.login(req, email, password);
    if (!result.ok) {
      if (result.reason === 'throttled') {
        const minutes = Math.max(1, Math.ceil((result.retryAfterSeconds ?? 60) / 60));
        res.setHeader('Retry-After', String(result.retryAfterSeconds ?? 60));
        logger.warn({ event: 'console_login_throttled' }, 'console login throttled');
        return send(
          res,
          429,
          loginPage({
            loginToken: auth.issueLoginToken(req, res),
            email,
            error: `Trop de tentatives de connexion infructueuses. Par sécurité, réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`,
          }),
        );
      }
      logger.info({ event: 'console_login_failed' }, 'console login failed');
      return send(res, 401, loginPage({ loginToken: auth.issueLoginToken(req, res), email, error: 'Adresse électronique ou mot de passe incorrect.' }));
    }
    auth.setSessionCookie(req, res, result.sessionId);
    logger.info({ event: 'console_login', userId: result.user.id, role: result.user.role }, 'console login');
    await deps.accounts?.recordLogin(result.user).catch((err: Error) => logger.warn({ err: describeError(err) }, 'last login not recorded'));
    res.redirect(303, result.user.mustChangePassword ? `${CONSOLE_BASE}/mon-mot-de-passe` : `${CONSOLE_BASE}/tickets`);
  });

  // ---- One-time password link (no session) ---------------------------------------------------
  const RESET_INTRO = 'Choisissez le mot de passe de votre compte. Ce lien ne fonctionne qu’une fois.';
  router.get('/mot-de-passe/:secret', async (req, res) => {
    const user = await deps.accounts?.userForResetSecret(String(req.params.secret));
    if (!user) return send(res, 404, messagePage({ title: 'Lien invalide', text: 'Ce lien de réinitialisation est invalide, déjà utilisé ou expiré. Demandez-en un nouveau à votre administrateur ou administratrice.' }));
    send(res, 200, setPasswordPage({ action: `${CONSOLE_BASE}/mot-de-passe/${req.params.secret}`, csrfToken: auth.issueLoginToken(req, res), title: 'Choisir votre mot de passe', intro: RESET_INTRO }));
  });
  router.post('/mot-de-passe/:secret', async (req, res) => {
    const secret = String(req.params.secret);
    const action = `${CONSOLE_BASE}/mot-de-passe/${secret}`;
    const user = await deps.accounts?.userForResetSecret(secret);
    if (!user || !auth.checkLoginToken(req, req.body?.[CSRF_FIELD])) {
      return send(res, user ? 403 : 404, messagePage({ title: 'Lien invalide', text: 'Ce lien est invalide ou le formulaire a expiré. Rouvrez le lien reçu.' }));
    }
    const error = passwordError(req);
    if (error) return send(res, 400, setPasswordPage({ action, csrfToken: auth.issueLoginToken(req, res), title: 'Choisir votre mot de passe', intro: RESET_INTRO, error }));
    await deps.accounts!.setOwnPassword(user.id, String(req.body.password));
    logger.info({ event: 'console_password_set', userId: user.id }, 'console password set from a one-time link');
    res.redirect(303, `${CONSOLE_BASE}/connexion?info=mot-de-passe`);
  });

  // ---- Everything below needs a session ----------------------------------------------------
  const requireSession = async (req: Request, res: Response, next: NextFunction) => {
    const ctx = await auth.current(req);
    if (!ctx) {
      if (req.method === 'GET') return res.redirect(303, `${CONSOLE_BASE}/connexion`);
      return send(res, 403, messagePage({ title: 'Session expirée', text: 'Votre session a expiré. Veuillez vous reconnecter puis recommencer.' }));
    }
    res.locals.console = ctx;
    if (ctx.user.mustChangePassword && req.path !== '/mon-mot-de-passe' && req.path !== '/deconnexion') {
      return res.redirect(303, `${CONSOLE_BASE}/mon-mot-de-passe`);
    }
    if (req.method === 'POST' && !auth.checkCsrf(ctx, req.body?.[CSRF_FIELD])) {
      logger.warn({ event: 'console_csrf_rejected', userId: ctx.user.id }, 'console CSRF token rejected');
      return send(
        res,
        403,
        messagePage({
          title: 'Action refusée',
          text: "Le jeton de sécurité du formulaire est absent ou invalide. Rechargez la page puis recommencez l'action.",
          user: ctx.user,
          csrfToken: ctx.session.csrfToken,
        }),
      );
    }
    next();
  };
  router.use(requireSession);

  const OWN_INTRO = 'Votre compte a reçu un mot de passe temporaire : choisissez le vôtre pour continuer.';
  router.get('/mon-mot-de-passe', (_req, res) => {
    const ctx = ctxOf(res);
    send(res, 200, setPasswordPage({ action: `${CONSOLE_BASE}/mon-mot-de-passe`, csrfToken: ctx.session.csrfToken, user: ctx.user, title: 'Choisir votre mot de passe', intro: ctx.user.mustChangePassword ? OWN_INTRO : 'Choisissez un nouveau mot de passe.' }));
  });
  router.post('/mon-mot-de-passe', async (req, res) => {
    const ctx = ctxOf(res);
    const error = passwordError(req);
    if (error || !deps.accounts) {
      return send(res, 400, setPasswordPage({ action: `${CONSOLE_BASE}/mon-mot-de-passe`, csrfToken: ctx.session.csrfToken, user: ctx.user, title: 'Choisir votre mot de passe', intro: OWN_INTRO, error: error ?? 'Indisponible.' }));
    }
    // Every session ends with the change, this one included: log in again with the new password.
    await deps.accounts.setOwnPassword(ctx.user.id, String(req.body.password));
    res.redirect(303, `${CONSOLE_BASE}/connexion?info=mot-de-passe`);
  });

  router.post('/deconnexion', async (req, res) => {
    await auth.logout(req, res, ctxOf(res));
    res.redirect(303, `${CONSOLE_BASE}/connexion?info=deconnecte`);
  });

  const structureNames = new Map<string, string>();
  const structureName = (id: string): string | undefined => {
    if (structureNames.size === 0 && deps.directory?.structures) for (const s of deps.directory.structures()) structureNames.set(s.id, s.name);
    return structureNames.get(id);
  };
  configureStructureNames(structureName);

  // ---- Queue ---------------------------------------------------------------------------------
  /** The console's views in the use cases' terms. */
  const LIST_VIEWS: Record<QueueView, TicketListView> = { 'non-attribuees': 'waiting', 'mes-demandes': 'mine', toutes: 'all' };

  function queueQuery(req: Request, user: ConsoleUser): { filters: QueueFilters; view: TicketListView; filter: TicketFilter } {
    const requestedView = str(req.query.vue, 20);
    // Counsellors start on what waits for their structure; supervisors and admins on everything open.
    // A status filter without a view (older links, bookmarks) means the « Toutes » view.
    const vue: QueueView = QUEUE_VIEWS.some((v) => v.value === requestedView)
      ? (requestedView as QueueView)
      : req.query.statut !== undefined || user.role !== 'counsellor'
        ? 'toutes'
        : 'non-attribuees';
    const statut = str(req.query.statut, 20) || 'en_cours';
    const departement = str(req.query.departement, 3) || undefined;
    const type = str(req.query.type, 40);
    const statuses =
      statut === 'toutes' ? undefined : (TICKET_STATUSES as readonly string[]).includes(statut) ? [statut as TicketStatus] : [...OPEN_STATUSES];
    const filters: QueueFilters = {
      vue,
      statut: statut === 'toutes' || (TICKET_STATUSES as readonly string[]).includes(statut) ? statut : 'en_cours',
      departement,
      type: isOperatorType(type) ? type : undefined,
    };
    // The status filter applies to the « Toutes » view only; the other views set their own statuses.
    return { filters, view: LIST_VIEWS[vue], filter: { statuses, departement, operatorType: filters.type } };
  }

  async function actorNamesOf(): Promise<Record<string, string>> {
    return Object.fromEntries((await deps.users.list()).map((u) => [`counsellor:${u.id}`, u.displayName]));
  }

  router.get('/tickets', async (req, res) => {
    const ctx = ctxOf(res);
    const principal = principalOf(ctx.user);
    const { filters, view, filter } = queueQuery(req, ctx.user);
    const pageNo = Math.max(1, Math.min(10_000, Number.parseInt(str(req.query.page, 6), 10) || 1));
    const result = await useCases.list(principal, { view, filter, offset: (pageNo - 1) * PAGE_SIZE, limit: PAGE_SIZE });
    // Territory filter choices from the reference data (no scan of the tickets): the user's region,
    // or all of France for admins and counsellors without a region.
    const departements = departementsOf(ctx.user.role === 'admin' ? undefined : ctx.user.region);
    if (filters.departement && !departements.includes(filters.departement)) departements.push(filters.departement);
    send(
      res,
      200,
      queuePage({
        user: ctx.user,
        csrfToken: ctx.session.csrfToken,
        filters,
        tickets: result.items,
        total: result.total,
        pageNo,
        pageSize: PAGE_SIZE,
        departements,
        canTakeNext: !!ctx.user.structureId && canTakeNextFor(principal, ctx.user.structureId),
        structureName: ctx.user.structureId ? structureName(ctx.user.structureId) : undefined,
        actorNames: await actorNamesOf(),
        now: clock(),
        notice: notice(req),
      }),
    );
  });

  router.post('/tickets/prendre-suivante', async (_req, res) => {
    const ctx = ctxOf(res);
    const principal = principalOf(ctx.user);
    if (!ctx.user.structureId) return notFound(res, ctx);
    const next = await useCases.takeNext(principal, ctx.user.structureId);
    if (next.kind === 'no_queue') return notFound(res, ctx);
    res.redirect(303, next.kind === 'taken' ? `${CONSOLE_BASE}/tickets/${next.ticket.reference}?info=prise` : `${CONSOLE_BASE}/tickets?info=file-vide`);
  });

  router.get('/tickets/recherche', async (req, res) => {
    const ctx = ctxOf(res);
    const principal = principalOf(ctx.user);
    // The former form sent "reference"; the search box now sends "q".
    const raw = str(req.query.q, 100) || str(req.query.reference, 100);
    const found = await useCases.search(principal, raw, SEARCH_RESULTS_MAX);
    if (found.exact) return res.redirect(303, `${CONSOLE_BASE}/tickets/${found.exact.reference}`);
    if (found.total === 1 && found.looksLikeReference) return res.redirect(303, `${CONSOLE_BASE}/tickets/${found.items[0].reference}`);
    logger.info({ event: 'console_search', userId: ctx.user.id, count: found.total }, 'console search');
    send(
      res,
      found.total ? 200 : 404,
      searchPage({
        user: ctx.user,
        csrfToken: ctx.session.csrfToken,
        query: raw,
        tooShort: found.tooShort,
        tickets: found.items,
        total: found.total,
        actorNames: await actorNamesOf(),
        now: clock(),
      }),
    );
  });

  router.get('/tickets/export.csv', async (req, res) => {
    const ctx = ctxOf(res);
    const principal = principalOf(ctx.user);
    const { view, filter } = queueQuery(req, ctx.user);
    const items = await useCases.export(principal, view, filter);
    const header = [
      'Référence',
      'Statut',
      'Reçue le',
      'Structure',
      "Type d'opérateur",
      'Département',
      'Commune',
      'Besoin',
      'Freins',
      'Canal de contact',
      'Contact',
      'Disponibilités',
      'Prise en charge le',
      'Contactée le',
      'Clôturée le',
      'Réorientations',
    ];
    // Values in French, as a counsellor reads them (no internal codes).
    const rows = items.map((t) => [
      t.reference,
      TICKET_STATUS_LABELS[t.status],
      formatDateTime(t.createdAt),
      t.structure.name,
      OPERATOR_LABELS[t.structure.operatorType] ?? t.structure.operatorType,
      departementLabel(t.territory.departement),
      t.territory.communeName ?? '',
      needInOneLine(t),
      t.barriers.map((b) => label(BARRIER_LABELS, b)).join(', '),
      CONTACT_CHANNEL_LABELS[t.contact.channel] ?? t.contact.channel,
      t.contact.value,
      t.contact.preferredTimes ?? '',
      formatDateTime(t.takenAt),
      formatDateTime(t.contactedAt),
      formatDateTime(t.closedAt),
      t.redirects.length,
    ]);
    logger.info({ event: 'console_export', userId: ctx.user.id, count: items.length }, 'console CSV export');
    const day = clock().toISOString().slice(0, 10);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="demandes-cep-${day}.csv"`);
    res.send(csvDocument(header, rows));
  });

  // ---- One ticket ----------------------------------------------------------------------------
  async function visibleTicket(req: Request, res: Response): Promise<{ ctx: Ctx; principal: TicketPrincipal; ticket: Ticket } | undefined> {
    const ctx = ctxOf(res);
    const ref = String(req.params.reference ?? '');
    if (!REFERENCE_PATTERN.test(ref)) {
      notFound(res, ctx);
      return undefined;
    }
    const principal = principalOf(ctx.user);
    const ticket = await useCases.get(principal, ref);
    if (!ticket) {
      notFound(res, ctx);
      return undefined;
    }
    return { ctx, principal, ticket };
  }

  function redirectOptions(t: Ticket): RedirectOption[] {
    if (!deps.directory) return [];
    const place = { communeInsee: t.territory.communeInsee, departement: t.territory.departement, region: t.territory.region };
    const out: RedirectOption[] = [];
    for (const type of OPERATOR_TYPES) {
      if (type === 'social_emergency' || type === 'out_of_scope') continue;
      // The commune's own structures first, then every structure of the département.
      const structures = redirectChoices(deps.directory, type, place, t.structure.id).map((s) => ({ id: s.id, operatorType: s.type, name: s.name }));
      if (structures.length) out.push({ operatorType: type, structures });
    }
    return out;
  }

  async function renderTicket(res: Response, ctx: Ctx, principal: TicketPrincipal, ticket: Ticket, status = 200, extra: { notice?: PageOptions['notice']; form?: { redirectReason?: string; note?: string; transmission?: string; reply?: string } } = {}) {
    const users = await deps.users.list();
    const actorNames = Object.fromEntries(users.map((u) => [`counsellor:${u.id}`, u.displayName]));
    const allowed = useCases.allowedActions(principal, ticket);
    const redirectOpts = allowed.redirect ? redirectOptions(ticket) : [];
    send(
      res,
      status,
      ticketPage({
        user: ctx.user,
        csrfToken: ctx.session.csrfToken,
        ticket,
        allowed: { ...allowed, redirect: redirectOpts.length > 0 },
        redirectOptions: redirectOpts,
        actorNames,
        notes: visibleNotes(ticket, ctx.user),
        conversation: conversationMessagesOf(ticket),
        reply: deps.replies && ticket.contact.channel === 'chat' ? await replyState(principal, ticket) : undefined,
        notice: extra.notice,
        form: extra.form,
      }),
    );
  }

  async function replyState(principal: TicketPrincipal, ticket: Ticket) {
    const state = await deps.replies!.availabilityFor(ticket);
    return { ...state, allowed: state.allowed && canActOnTicket(principal, ticket, 'note') };
  }

  router.get('/tickets/:reference', async (req, res) => {
    const v = await visibleTicket(req, res);
    if (!v) return;
    await renderTicket(res, v.ctx, v.principal, v.ticket, 200, { notice: notice(req) });
  });

  /**
   * Runs one action through the use cases: `prepare` validates the form and gives the command (a form
   * that is not valid throws TicketFormError: the page comes back with its French message and what was
   * typed); a refused transition re-renders the page with a French message.
   */
  type Visible = { ctx: Ctx; principal: TicketPrincipal; ticket: Ticket };
  const action =
    (
      prepare: (v: Visible, req: Request) => TicketCommand,
      done: (v: Visible, updated: Ticket, stillVisible: boolean) => string,
    ) =>
    async (req: Request, res: Response) => {
      const v = await visibleTicket(req, res);
      if (!v) return;
      try {
        const result = await useCases.act(v.principal, v.ticket, prepare(v, req));
        res.redirect(303, done(v, result.ticket, result.stillVisible));
      } catch (err) {
        if (err instanceof TicketFormError) return renderTicket(res, v.ctx, v.principal, v.ticket, 400, { notice: { type: 'error', text: err.message }, form: err.form });
        if (err instanceof TicketActionForbiddenError) return notFound(res, v.ctx);
        if (err instanceof TicketAnonymisedError) return renderTicket(res, v.ctx, v.principal, v.ticket, 409, { notice: NOTICES.anonymisee });
        if (err instanceof TicketTransitionError || err instanceof TicketNotFoundError) {
          const fresh = await useCases.get(v.principal, v.ticket.id);
          if (!fresh) return notFound(res, v.ctx);
          return renderTicket(res, v.ctx, v.principal, fresh, 409, { notice: NOTICES['action-impossible'] });
        }
        throw err;
      }
    };
  /** Refuses before reading the form when the role may not act (the page then says « introuvable »). */
  const mayAct = (v: Visible, kind: 'take' | 'contacted' | 'close' | 'note' | 'redirect') => {
    if (!canActOnTicket(v.principal, v.ticket, kind)) throw new TicketActionForbiddenError(kind);
    if (v.ticket.anonymisedAt) throw new TicketAnonymisedError(v.ticket);
  };

  const pageOf = (t: Ticket, code: string) => `${CONSOLE_BASE}/tickets/${t.reference}?info=${code}`;

  router.post(
    '/tickets/:reference/prendre',
    action(() => ({ kind: 'take' }), (_v, t) => pageOf(t, 'prise')),
  );
  router.post(
    '/tickets/:reference/contactee',
    action(() => ({ kind: 'contacted' }), (_v, t) => pageOf(t, 'contactee')),
  );
  router.post(
    '/tickets/:reference/cloturer',
    action((_v, req) => ({ kind: 'close', reason: str(req.body?.reason, 500) || undefined }), (_v, t) => pageOf(t, 'cloturee')),
  );
  router.post(
    '/tickets/:reference/notes',
    action(
      (v, req) => {
        mayAct(v, 'note');
        const text = str(req.body?.text, 4000);
        if (!text) throw new TicketFormError('La note est vide : saisissez un texte avant de l’enregistrer.');
        return { kind: 'note', text };
      },
      (_v, t) => pageOf(t, 'note'),
    ),
  );
  router.post('/tickets/:reference/repondre', async (req, res) => {
    const v = await visibleTicket(req, res);
    if (!v) return;
    const { ctx, principal, ticket } = v;
    if (!deps.replies || ticket.contact.channel !== 'chat' || !canActOnTicket(principal, ticket, 'note')) return notFound(res, ctx);
    if (ticket.anonymisedAt) return renderTicket(res, ctx, principal, ticket, 409, { notice: NOTICES.anonymisee });
    const text = str(req.body?.text, MAX_REPLY_LENGTH);
    if (!text) {
      return renderTicket(res, ctx, principal, ticket, 400, { notice: { type: 'error', text: 'Le message est vide : écrivez votre réponse avant de l’envoyer.' } });
    }
    const result = await deps.replies.reply(ticket, principal.id, text);
    if (!result.sent) return renderTicket(res, ctx, principal, ticket, 409, { notice: { type: 'error', text: result.reason }, form: { reply: text } });
    logger.info({ event: 'console_reply', userId: ctx.user.id, availability: result.availability }, 'counsellor reply sent');
    res.redirect(303, pageOf(result.ticket, result.availability === 'closed' ? 'reponse-conservee' : 'reponse-envoyee'));
  });
  router.post(
    '/tickets/:reference/reorienter',
    action(
      (v, req) => {
        mayAct(v, 'redirect');
        const reason = str(req.body?.reason, 1000);
        const targetId = str(req.body?.structureId, 200);
        const transmission = str(req.body?.transmission, 4000);
        const target = redirectOptions(v.ticket)
          .flatMap((o) => o.structures)
          .find((s) => s.id === targetId);
        const form = { redirectReason: reason, transmission };
        if (!target) throw new TicketFormError('Choisissez la structure vers laquelle réorienter la demande.', form);
        if (reason.length < 3) throw new TicketFormError('Indiquez le motif de la réorientation (au moins 3 caractères).', form);
        return { kind: 'redirect', to: target, reason, transmissionNote: transmission || undefined };
      },
      (_v, t, stillVisible) => (stillVisible ? pageOf(t, 'reorientee-visible') : `${CONSOLE_BASE}/tickets?info=reorientee`),
    ),
  );

  // ---- Administration --------------------------------------------------------------------------
  async function renderAdmin(res: Response, ctx: Ctx, status = 200, extra: Pick<AdminPageModel, 'notice' | 'secret' | 'form'> = {}) {
    const all = deps.directory?.structures?.() ?? [];
    const region = ctx.user.role === 'supervisor' ? ctx.user.region : undefined;
    const structures = assignableStructures(all, region);
    const inScope = new Set(structures.map((s) => s.id));
    const accounts = (await deps.users.list())
      .filter((a) => ctx.user.role === 'admin' || (a.role === 'counsellor' && a.structureId && inScope.has(a.structureId)) || (a.role === 'supervisor' && a.region === region))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'fr'));
    send(res, status, adminPage({ user: ctx.user, csrfToken: ctx.session.csrfToken, accounts, structures, regions: [...allRegions()], ...extra }));
  }

  router.get('/administration', async (req, res) => {
    const ctx = ctxOf(res);
    if (ctx.user.role === 'counsellor' || !deps.accounts) return notFound(res, ctx);
    await renderAdmin(res, ctx, 200, { notice: notice(req) });
  });

  const adminOnly = (run: (ctx: Ctx, req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
    const ctx = ctxOf(res);
    if (ctx.user.role !== 'admin' || !deps.accounts) return notFound(res, ctx);
    try {
      await run(ctx, req, res);
    } catch (err) {
      if (!(err instanceof ConsoleUserInputError)) throw err;
      await renderAdmin(res, ctx, 400, { notice: { type: 'error', text: err.message }, form: req.body });
    }
  };

  const resetLink = (req: Request, secret: string) => `${req.protocol}://${req.get('host')}${CONSOLE_BASE}/mot-de-passe/${secret}`;

  router.post(
    '/administration/comptes',
    adminOnly(async (ctx, req, res) => {
      const user = await deps.accounts!.create({
        email: str(req.body?.email, 254),
        displayName: str(req.body?.displayName, 120),
        role: (['counsellor', 'supervisor', 'admin'].includes(str(req.body?.role, 20)) ? str(req.body?.role, 20) : 'counsellor') as ConsoleRole,
        structureId: str(req.body?.structureId, 200) || undefined,
        region: str(req.body?.region, 10) || undefined,
      });
      logger.info({ event: 'console_account_created', by: ctx.user.id, userId: user.id, role: user.role }, 'console account created');
      if (str(req.body?.access, 10) === 'password') {
        const { password } = await deps.accounts!.setTemporaryPassword(user.id);
        return renderAdmin(res, ctx, 201, { notice: { type: 'success', text: `Le compte de ${user.displayName} est créé.` }, secret: { kind: 'password', value: password, account: user.displayName } });
      }
      const { secret, expiresAt } = await deps.accounts!.issueResetLink(user.id);
      await renderAdmin(res, ctx, 201, { notice: { type: 'success', text: `Le compte de ${user.displayName} est créé.` }, secret: { kind: 'link', value: resetLink(req, secret), account: user.displayName, expiresAt } });
    }),
  );

  const accountAction = (kind: 'desactiver' | 'reactiver' | 'lien' | 'mot-de-passe-temporaire') =>
    adminOnly(async (ctx, req, res) => {
      const id = String(req.params.id ?? '');
      if (id === ctx.user.id) throw new ConsoleUserInputError('Vous ne pouvez pas modifier votre propre compte ici.');
      const accounts = deps.accounts!;
      logger.info({ event: 'console_account_change', by: ctx.user.id, userId: id, change: kind }, 'console account changed');
      if (kind === 'desactiver' || kind === 'reactiver') {
        const user = await accounts.setDisabled(id, kind === 'desactiver');
        return renderAdmin(res, ctx, 200, { notice: { type: 'success', text: kind === 'desactiver' ? `Le compte de ${user.displayName} est désactivé : ses sessions sont fermées.` : `Le compte de ${user.displayName} est réactivé.` } });
      }
      if (kind === 'lien') {
        const { user, secret, expiresAt } = await accounts.issueResetLink(id);
        return renderAdmin(res, ctx, 200, { secret: { kind: 'link', value: resetLink(req, secret), account: user.displayName, expiresAt } });
      }
      const { user, password } = await accounts.setTemporaryPassword(id);
      await renderAdmin(res, ctx, 200, { secret: { kind: 'password', value: password, account: user.displayName } });
    });
  router.post('/administration/comptes/:id/desactiver', accountAction('desactiver'));
  router.post('/administration/comptes/:id/reactiver', accountAction('reactiver'));
  router.post('/administration/comptes/:id/lien', accountAction('lien'));
  router.post('/administration/comptes/:id/mot-de-passe-temporaire', accountAction('mot-de-passe-temporaire'));

  // ---- KPIs ------------------------------------------------------------------------------------
  // Stats scan every ticket of the scope (seconds on Redis with 10k tickets): KPIs are served from a
  // short per-query cache; a minute of staleness is fine for indicators.
  const statsCache = new Map<string, { at: number; stats: Promise<TicketStats | undefined> }>();
  const cachedStats = (principal: TicketPrincipal, filter: TicketFilter): Promise<TicketStats | undefined> => {
    // Same scope, same figures: the key is what the scope and the filter make of the query.
    const key = JSON.stringify([principal.role, principal.structureId, principal.region, filter]);
    const now = Date.now();
    const hit = statsCache.get(key);
    if (hit && now - hit.at < STATS_CACHE_MS) return hit.stats;
    if (statsCache.size > 200) statsCache.clear();
    const stats = useCases.stats(principal, filter);
    statsCache.set(key, { at: now, stats });
    stats.catch(() => statsCache.delete(key));
    return stats;
  };

  router.get('/indicateurs', async (req, res) => {
    const ctx = ctxOf(res);
    const principal = principalOf(ctx.user);
    const today = clock().toISOString().slice(0, 10);
    let range: KpiRange = {
      from: isDay(req.query.du) ? req.query.du : new Date(Date.parse(`${today}T00:00:00Z`) - 29 * 86_400_000).toISOString().slice(0, 10),
      to: isDay(req.query.au) ? req.query.au : today,
    };
    let pageNotice = notice(req);
    if (range.from > range.to) {
      range = { from: range.to, to: range.from };
      pageNotice = { type: 'info', text: 'Les dates étaient inversées : la période a été remise dans l’ordre.' };
    }
    if (Date.parse(range.to) - Date.parse(range.from) > 366 * 86_400_000) {
      range = { from: new Date(Date.parse(`${range.to}T00:00:00Z`) - 365 * 86_400_000).toISOString().slice(0, 10), to: range.to };
      pageNotice = { type: 'info', text: 'La période est limitée à un an : elle a été raccourcie.' };
    }
    const stats = (await cachedStats(principal, { createdFrom: `${range.from}T00:00:00.000Z`, createdTo: `${nextDay(range.to)}T00:00:00.000Z` })) ?? {
      total: 0,
      byStatus: {},
      byOperatorType: {},
      byDepartement: {},
      byDay: {},
      redirected: 0,
      timeToTakeMs: [],
    };
    const outcomeRegion = ctx.user.role === 'admin' ? undefined : ctx.user.region;
    const outcomes = (await deps.outcomes.list(range.from, range.to)).filter((o) => !outcomeRegion || o.region === outcomeRegion);
    const scopes = scopeLabels(ctx.user, ctx.user.structureId ? structureName(ctx.user.structureId) : undefined);
    send(
      res,
      200,
      kpiPage({
        user: ctx.user,
        csrfToken: ctx.session.csrfToken,
        kpis: computeKpis(range, stats, outcomes),
        ticketScope: scopes.tickets,
        outcomeScope: outcomeRegion ? `région ${regionLabel(outcomeRegion)}` : scopes.outcomes,
        notice: pageNotice,
      }),
    );
  });

  router.use((_req, res) => notFound(res, res.locals.console as Ctx | undefined));
  return router;
}
