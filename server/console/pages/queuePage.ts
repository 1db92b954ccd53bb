import { TICKET_STATUS_LABELS, TICKET_STATUSES, CONTACT_CHANNEL_LABELS, type Ticket } from '../../../bot/handoff/ticket.js';
import { OPERATOR_LABELS, OPERATOR_TYPES } from '../../../dialogs/routing/operatorType.js';
import type { ConsoleUser } from '../consoleUser.js';
import { html, queryString } from '../html.js';
import { CONSOLE_BASE, csrfInput, page, type PageOptions } from '../layout.js';
import { departementLabel, formatDateTime, regionLabel } from '../labels.js';
import { dsfrTable, pagination, selectField, statusBadge } from './components.js';

export interface QueueFilters {
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

export function queuePage(m: QueuePageModel) {
  const params = { statut: m.filters.statut, departement: m.filters.departement, type: m.filters.type };
  const pages = Math.max(1, Math.ceil(m.total / m.pageSize));
  const scope =
    m.user.role === 'counsellor' ? (m.structureName ?? `Structure ${m.user.structureId}`) : m.user.role === 'supervisor' ? `Région ${regionLabel(m.user.region)}` : 'Toutes les structures';
  const rows = m.tickets.map((t) => [
    html`<a href="${CONSOLE_BASE}/tickets/${t.reference}">${t.reference}</a>`,
    formatDateTime(t.createdAt),
    statusBadge(t.status),
    html`${t.structure.name}<br><span class="fr-text--xs">${OPERATOR_LABELS[t.structure.operatorType] ?? t.structure.operatorType}</span>`,
    html`${departementLabel(t.territory.departement)}${t.territory.communeName ? html`<br><span class="fr-text--xs">${t.territory.communeName}</span>` : ''}`,
    shorten(t.need || '—'),
    CONTACT_CHANNEL_LABELS[t.contact.channel] ?? t.contact.channel,
  ]);
  return page({
    title: "File d'attente",
    user: m.user,
    csrfToken: m.csrfToken,
    active: 'queue',
    notice: m.notice,
    body: html`<h1>File d'attente</h1>
<p class="fr-text--lead">${scope} — ${m.total} demande${m.total > 1 ? 's' : ''} correspondant aux filtres.</p>
<div class="fr-grid-row fr-grid-row--gutters fr-mb-4w">
  <div class="fr-col-12 fr-col-md-8">
    <form method="get" action="${CONSOLE_BASE}/tickets" aria-labelledby="filtres-titre">
      <h2 class="fr-h6" id="filtres-titre">Filtrer les demandes</h2>
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-4">${selectField({ id: 'filtre-statut', name: 'statut', label: 'Statut', options: STATUS_FILTERS, selected: m.filters.statut })}</div>
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
      <h2 class="fr-h6" id="recherche-titre">Rechercher par référence</h2>
      <div class="fr-input-group">
        <label class="fr-label" for="reference">Référence de la demande<span class="fr-hint-text">Exemple : CEP-7K3F-Q2</span></label>
        <input class="fr-input" id="reference" name="reference" autocomplete="off" required>
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
      caption: `Demandes, page ${m.pageNo} sur ${pages}`,
      head: ['Référence', 'Reçue le', 'Statut', 'Structure', 'Territoire', 'Besoin', 'Contact souhaité'],
      rows,
    })}
${pagination(`${CONSOLE_BASE}/tickets`, params, m.pageNo, pages)}`,
  });
}
