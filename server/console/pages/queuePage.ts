import { TICKET_STATUS_LABELS, TICKET_STATUSES, CONTACT_CHANNEL_LABELS, type Ticket } from '../../../orientation/tickets/ticket.js';
import { OPERATOR_LABELS, OPERATOR_TYPES } from '../../../knowledge/model/operatorType.js';
import type { ConsoleUser } from '../consoleUser.js';
import { html, queryString } from '../html.js';
import { CONSOLE_BASE, csrfInput, page, type PageOptions } from '../layout.js';
import { departementLabel, elapsedSince, formatDateTime, needInOneLine, regionLabel } from '../labels.js';
import { dsfrTable, pagination, selectField, statusBadge } from './components.js';

/** « Mes demandes » (taken by me), « Non attribuées » (waiting for someone), « Toutes ». */
export const QUEUE_VIEWS = [
  { value: 'non-attribuees', label: 'Non attribuées' },
  { value: 'mes-demandes', label: 'Mes demandes' },
  { value: 'toutes', label: 'Toutes' },
] as const;
export type QueueView = (typeof QUEUE_VIEWS)[number]['value'];

export interface QueueFilters {
  vue: QueueView;
  statut: string;
  departement?: string;
  type?: string;
}

export interface QueuePageModel {
  user: ConsoleUser;
  csrfToken: string;
  filters: QueueFilters;
  tickets: Ticket[];
  total: number;
  pageNo: number;
  pageSize: number;
  departements: string[];
  canTakeNext: boolean;
  structureName?: string;
  /** Audit actor id (counsellor:<id>) → display name, for the assignee column. */
  actorNames: Record<string, string>;
  now: Date;
  notice?: PageOptions['notice'];
}

export const STATUS_FILTERS: Array<{ value: string; label: string }> = [
  { value: 'en_cours', label: 'En cours' },
  ...TICKET_STATUSES.map((s) => ({ value: s, label: TICKET_STATUS_LABELS[s] })),
  { value: 'toutes', label: 'Toutes' },
];

function shorten(text: string, max = 90): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function viewTabs(m: QueuePageModel) {
  const params = { departement: m.filters.departement, type: m.filters.type };
  return html`<nav class="console-views fr-mb-3w" aria-label="Vues de la file">
<ul class="fr-tags-group">
${QUEUE_VIEWS.map(
  (v) =>
    html`<li><a class="fr-tag" href="${CONSOLE_BASE}/tickets${queryString({ vue: v.value, ...params })}"${m.filters.vue === v.value ? html` aria-current="page"` : ''}>${v.label}</a></li>`,
)}
</ul>
</nav>`;
}

export function queuePage(m: QueuePageModel) {
  const params = { vue: m.filters.vue, statut: m.filters.vue === 'toutes' ? m.filters.statut : undefined, departement: m.filters.departement, type: m.filters.type };
  const pages = Math.max(1, Math.ceil(m.total / m.pageSize));
  const scope =
    m.user.role === 'counsellor' ? (m.structureName ?? `Structure ${m.user.structureId}`) : m.user.role === 'supervisor' ? `Région ${regionLabel(m.user.region)}` : 'Toutes les structures';
  const rows = m.tickets.map((t) => {
    const waiting = t.status === 'new' || t.status === 'redirected';
    return [
      html`<a href="${CONSOLE_BASE}/tickets/${t.reference}">${t.reference}</a>`,
      html`${formatDateTime(t.createdAt)}<br><span class="fr-text--xs">${waiting ? `en attente, ${elapsedSince(t.createdAt, m.now)}` : elapsedSince(t.createdAt, m.now)}</span>`,
      html`${t.territory.communeName || departementLabel(t.territory.departement)}${t.territory.communeName ? html`<br><span class="fr-text--xs">${departementLabel(t.territory.departement)}</span>` : ''}`,
      shorten(needInOneLine(t)),
      html`${CONTACT_CHANNEL_LABELS[t.contact.channel] ?? t.contact.channel}${t.contact.preferredTimes ? html`<br><span class="fr-text--xs">${shorten(t.contact.preferredTimes, 40)}</span>` : ''}`,
      statusBadge(t.status),
      html`${t.takenBy ? (m.actorNames[t.takenBy] ?? 'Autre conseiller') : 'Non attribuée'}${m.user.role !== 'counsellor' ? html`<br><span class="fr-text--xs">${t.structure.name}</span>` : ''}`,
    ];
  });
  return page({
    title: "File d'attente",
    user: m.user,
    csrfToken: m.csrfToken,
    active: 'queue',
    notice: m.notice,
    body: html`<h1>File d'attente</h1>
<p class="fr-text--lead">${scope} — ${m.total} demande${m.total > 1 ? 's' : ''} dans cette vue.</p>
${viewTabs(m)}
<div class="fr-grid-row fr-grid-row--gutters fr-mb-4w">
  <div class="fr-col-12 fr-col-md-8">
    <form method="get" action="${CONSOLE_BASE}/tickets" aria-labelledby="filtres-titre">
      <h2 class="fr-h6" id="filtres-titre">Filtrer les demandes</h2>
      <input type="hidden" name="vue" value="${m.filters.vue}">
      <div class="fr-grid-row fr-grid-row--gutters">
        ${m.filters.vue === 'toutes' ? html`<div class="fr-col-12 fr-col-md-4">${selectField({ id: 'filtre-statut', name: 'statut', label: 'Statut', options: STATUS_FILTERS, selected: m.filters.statut })}</div>` : ''}
        <div class="fr-col-12 fr-col-md-4">${selectField({
          id: 'filtre-departement',
          name: 'departement',
          label: 'Territoire (département)',
          options: [{ value: '', label: 'Tous les territoires' }, ...m.departements.map((d) => ({ value: d, label: departementLabel(d) }))],
          selected: m.filters.departement,
        })}</div>
        <div class="fr-col-12 fr-col-md-4">${selectField({
          id: 'filtre-type',
          name: 'type',
          label: "Type d'opérateur",
          options: [{ value: '', label: 'Tous les types' }, ...OPERATOR_TYPES.map((t) => ({ value: t, label: OPERATOR_LABELS[t] }))],
          selected: m.filters.type,
        })}</div>
      </div>
      <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mt-2w">
        <li><button class="fr-btn fr-btn--secondary" type="submit">Appliquer les filtres</button></li>
        <li><a class="fr-btn fr-btn--tertiary fr-icon-download-line fr-btn--icon-left" href="${CONSOLE_BASE}/tickets/export.csv${queryString(params)}">Exporter en CSV</a></li>
      </ul>
    </form>
  </div>
  <div class="fr-col-12 fr-col-md-4">
    <form method="get" action="${CONSOLE_BASE}/tickets/recherche" role="search" aria-labelledby="recherche-titre">
      <h2 class="fr-h6" id="recherche-titre">Retrouver une personne</h2>
      <div class="fr-input-group">
        <label class="fr-label" for="recherche">Nom, téléphone, courriel, commune ou référence<span class="fr-hint-text">Une partie suffit : « Vitrolles », « 06 12 », « CT5P ». Seules les demandes de votre périmètre sont cherchées.</span></label>
        <input class="fr-input" id="recherche" name="q" autocomplete="off" required minlength="3" maxlength="100">
      </div>
      <button class="fr-btn fr-btn--secondary fr-icon-search-line fr-btn--icon-left" type="submit">Rechercher</button>
    </form>
    ${m.canTakeNext
      ? html`<form method="post" action="${CONSOLE_BASE}/tickets/prendre-suivante" class="fr-mt-4w">${csrfInput(m.csrfToken)}<button class="fr-btn" type="submit">Prendre la demande suivante</button></form>`
      : ''}
  </div>
</div>
${m.tickets.length === 0
  ? html`<div class="fr-callout"><p class="fr-callout__text">Aucune demande ne correspond à ces filtres.</p></div>`
  : dsfrTable({
      id: 'file-attente',
      caption: `Demandes, page ${m.pageNo} sur ${pages} — la plus ancienne en premier (temps d'attente)`,
      head: ['Référence', 'Reçue', 'Commune', 'Besoin', 'Contact souhaité', 'Statut', 'Attribuée à'],
      rows,
    })}
${pagination(`${CONSOLE_BASE}/tickets`, params, m.pageNo, pages)}`,
  });
}
