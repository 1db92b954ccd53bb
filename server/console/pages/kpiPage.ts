import { OPERATOR_LABELS, isOperatorType } from '../../../knowledge/model/operatorType.js';
import type { ConversationOutcomeKind } from '../../../orientation/tickets/conversationOutcome.js';
import type { ConsoleKpis } from '../consoleKpis.js';
import type { ConsoleUser } from '../consoleUser.js';
import { html, type SafeHtml } from '../html.js';
import { CONSOLE_BASE, page, type PageOptions } from '../layout.js';
import { departementLabel, formatDay, formatDayShort, formatDuration, formatPercent, regionLabel } from '../labels.js';
import { svgBarChart, svgColumnChart } from '../svgBarChart.js';
import { dsfrTable } from './components.js';

export const OUTCOME_LABELS: Record<ConversationOutcomeKind, string> = {
  information_only: 'Réponse par l’information seule',
  ticket: 'Demande de mise en relation (fiche)',
  redirected: 'Orientation vers un autre service sans fiche',
};

export interface KpiPageModel {
  user: ConsoleUser;
  csrfToken: string;
  kpis: ConsoleKpis;
  ticketScope: string;
  outcomeScope: string;
  notice?: PageOptions['notice'];
}

function chartBlock(id: string, title: string, rows: Array<[string, number, string?]>, head: [string, string], kind: 'bars' | 'columns' = 'bars'): SafeHtml {
  const bars = rows.map(([label, value, display]) => ({ label, value, display }));
  const chart = kind === 'bars' ? svgBarChart({ id: `${id}-graphique`, title, bars }) : svgColumnChart({ id: `${id}-graphique`, title, columns: bars });
  return html`<section class="fr-mb-6w" aria-labelledby="${id}-h">
<h2 id="${id}-h" class="fr-h4">${title}</h2>
${chart}
<section class="fr-accordion">
  <h3 class="fr-accordion__title"><button type="button" class="fr-accordion__btn" aria-expanded="false" aria-controls="${id}-donnees">Voir les données du graphique « ${title} » en tableau</button></h3>
  <div class="fr-collapse" id="${id}-donnees">
    ${dsfrTable({ id: `${id}-tableau`, caption: `${title} (données du graphique)`, head: [head[0], head[1]], rows: rows.map(([l, v, d]) => [l, d ?? String(v)]) })}
  </div>
</section>
</section>`;
}

function tile(value: string, text: string): SafeHtml {
  return html`<div class="fr-col-12 fr-col-sm-6 fr-col-lg-3"><div class="fr-callout fr-mb-0"><p class="fr-callout__title">${value}</p><p class="fr-callout__text">${text}</p></div></div>`;
}

export function kpiPage(m: KpiPageModel) {
  const k = m.kpis;
  const operatorRows = k.byOperatorType.map(([t, n]): [string, number] => [isOperatorType(t) ? OPERATOR_LABELS[t] : t, n]);
  const territoryRows = k.byDepartement.map(([d, n]): [string, number] => [departementLabel(d), n]);
  const dayRows = k.byDay.map(([d, n]): [string, number] => [formatDayShort(d), n]);
  const takeRows = k.takeTimeBuckets.map((b): [string, number] => [b.label, b.count]);
  const outcomeRows = (Object.keys(OUTCOME_LABELS) as ConversationOutcomeKind[]).map((o): [string, number, string] => [
    OUTCOME_LABELS[o],
    k.outcomes[o],
    `${k.outcomes[o]} (${formatPercent(k.outcomes[o], k.conversations)})`,
  ]);
  return page({
    title: 'Indicateurs',
    user: m.user,
    csrfToken: m.csrfToken,
    active: 'kpis',
    notice: m.notice,
    body: html`<h1>Indicateurs</h1>
<form method="get" action="${CONSOLE_BASE}/indicateurs" class="fr-mb-4w" aria-labelledby="periode-titre">
  <h2 class="fr-h6" id="periode-titre">Période</h2>
  <div class="fr-grid-row fr-grid-row--gutters">
    <div class="fr-col-12 fr-col-md-4"><div class="fr-input-group"><label class="fr-label" for="du">Du</label><input class="fr-input" type="date" id="du" name="du" value="${k.range.from}" required></div></div>
    <div class="fr-col-12 fr-col-md-4"><div class="fr-input-group"><label class="fr-label" for="au">Au (inclus)</label><input class="fr-input" type="date" id="au" name="au" value="${k.range.to}" required></div></div>
    <div class="fr-col-12 fr-col-md-4 console-form-end"><button class="fr-btn fr-btn--secondary fr-mt-4w" type="submit">Afficher</button></div>
  </div>
</form>
<p>Demandes : ${m.ticketScope}. Conversations : ${m.outcomeScope}. Période du ${formatDay(k.range.from)} au ${formatDay(k.range.to)}.</p>
<div class="fr-grid-row fr-grid-row--gutters fr-mb-6w">
  ${tile(String(k.tickets), 'demandes de mise en relation reçues')}
  ${tile(k.redirectRate === undefined ? '—' : formatPercent(k.redirected, k.tickets), `taux de réorientation (${k.redirected} demande${k.redirected > 1 ? 's' : ''} réorientée${k.redirected > 1 ? 's' : ''})`)}
  ${tile(k.medianTimeToTakeMs === undefined ? '—' : formatDuration(k.medianTimeToTakeMs), `délai médian de prise en charge (90 % en moins de ${k.p90TimeToTakeMs === undefined ? '—' : formatDuration(k.p90TimeToTakeMs)})`)}
  ${tile(String(k.conversations), 'conversations terminées sur la période')}
</div>
${chartBlock('issues', 'Issue des conversations', outcomeRows, ['Issue', 'Conversations (part)'])}
${chartBlock('types', "Demandes par type d'opérateur", operatorRows, ["Type d'opérateur", 'Demandes'])}
${chartBlock('territoires', 'Demandes par territoire (département)', territoryRows, ['Département', 'Demandes'])}
${chartBlock('jours', 'Demandes par jour', dayRows, ['Jour', 'Demandes'], 'columns')}
${chartBlock('delais', 'Délai de prise en charge', takeRows, ['Délai', 'Demandes prises en charge'])}`,
  });
}

export function scopeLabels(user: ConsoleUser, structureName?: string): { tickets: string; outcomes: string } {
  if (user.role === 'admin') return { tickets: 'toutes les structures', outcomes: 'toutes les régions' };
  if (user.role === 'supervisor') return { tickets: `région ${regionLabel(user.region)}`, outcomes: `région ${regionLabel(user.region)}` };
  return {
    tickets: structureName ?? `structure ${user.structureId}`,
    outcomes: user.region ? `région ${regionLabel(user.region)}` : 'toutes les régions',
  };
}
