// Results of "Retrouver une personne": the matching tickets of the user's scope, same columns as the queue.
import { CONTACT_CHANNEL_LABELS, type Ticket } from '../../../orientation/tickets/ticket.js';
import type { ConsoleUser } from '../consoleUser.js';
import { html } from '../html.js';
import { CONSOLE_BASE, page } from '../layout.js';
import { departementLabel, elapsedSince, formatDateTime, needInOneLine } from '../labels.js';
import { dsfrTable, statusBadge } from './components.js';

export interface SearchPageModel {
  user: ConsoleUser;
  csrfToken: string;
  query: string;
  tooShort: boolean;
  tickets: Ticket[];
  total: number;
  actorNames: Record<string, string>;
  now: Date;
}

export function searchPage(m: SearchPageModel) {
  const rows = m.tickets.map((t) => [
    html`<a href="${CONSOLE_BASE}/tickets/${t.reference}">${t.reference}</a>`,
    html`${formatDateTime(t.createdAt)}<br><span class="fr-text--xs">${elapsedSince(t.createdAt, m.now)}</span>`,
    t.territory.communeName || departementLabel(t.territory.departement),
    needInOneLine(t),
    CONTACT_CHANNEL_LABELS[t.contact.channel] ?? t.contact.channel,
    statusBadge(t.status),
    html`${t.takenBy ? (m.actorNames[t.takenBy] ?? 'Autre conseiller') : 'Non attribuée'}${m.user.role !== 'counsellor' ? html`<br><span class="fr-text--xs">${t.structure.name}</span>` : ''}`,
  ]);
  const summary = m.tooShort
    ? 'Saisissez au moins 3 caractères : une partie du nom, du numéro de téléphone, du courriel, de la commune ou de la référence.'
    : m.total === 0
      ? `Aucune demande de votre périmètre ne correspond à « ${m.query} ».`
      : `${m.total} demande${m.total > 1 ? 's' : ''} de votre périmètre correspond${m.total > 1 ? 'ent' : ''} à « ${m.query} »${m.total > m.tickets.length ? ` (les ${m.tickets.length} premières sont affichées : précisez la recherche)` : ''}.`;
  return page({
    title: 'Recherche',
    user: m.user,
    csrfToken: m.csrfToken,
    active: 'queue',
    body: html`<h1>Retrouver une personne</h1>
<form method="get" action="${CONSOLE_BASE}/tickets/recherche" role="search" aria-labelledby="recherche-titre" class="fr-mb-4w">
  <h2 class="fr-sr-only" id="recherche-titre">Nouvelle recherche</h2>
  <div class="fr-search-bar" id="barre-recherche">
    <label class="fr-label" for="recherche">Nom, téléphone, courriel, commune ou référence</label>
    <input class="fr-input" id="recherche" name="q" value="${m.query}" autocomplete="off" required minlength="3" maxlength="100">
    <button class="fr-btn" type="submit" title="Rechercher">Rechercher</button>
  </div>
</form>
<p role="status">${summary}</p>
${m.tickets.length
  ? dsfrTable({ id: 'resultats', caption: 'Demandes trouvées', head: ['Référence', 'Reçue', 'Commune', 'Besoin', 'Contact souhaité', 'Statut', 'Attribuée à'], rows })
  : ''}
<p><a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="${CONSOLE_BASE}/tickets">Revenir à la file d'attente</a></p>`,
  });
}
