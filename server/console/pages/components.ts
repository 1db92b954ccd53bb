// Small DSFR building blocks shared by the console pages.
import { TICKET_STATUS_LABELS, type TicketStatus } from '../../../orientation/tickets/ticket.js';
import { html, queryString, type HtmlValue, type SafeHtml } from '../html.js';

const STATUS_BADGE: Record<TicketStatus, string> = {
  new: 'fr-badge--new',
  taken: 'fr-badge--info',
  contacted: 'fr-badge--success',
  closed: '',
  redirected: 'fr-badge--warning',
};

export function statusBadge(status: TicketStatus): SafeHtml {
  return html`<p class="fr-badge fr-badge--sm ${STATUS_BADGE[status]}">${TICKET_STATUS_LABELS[status]}</p>`;
}

/** DSFR table; its scroll container is focusable so that a wide table scrolls with the keyboard. */
export function dsfrTable(opts: { caption: string; head: string[]; rows: HtmlValue[][]; id?: string; captionHidden?: boolean }): SafeHtml {
  return html`<div class="fr-table fr-table--bordered"${opts.id ? html` id="${opts.id}"` : ''}>
<div class="fr-table__wrapper"><div class="fr-table__container" tabindex="0" role="region" aria-label="${opts.caption}"><div class="fr-table__content">
<table>
<caption${opts.captionHidden ? html` class="fr-sr-only"` : ''}>${opts.caption}</caption>
<thead><tr>${opts.head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
<tbody>${opts.rows.map((r) => html`<tr>${r.map((c, i) => (i === 0 ? html`<th scope="row">${c}</th>` : html`<td>${c}</td>`))}</tr>`)}</tbody>
</table>
</div></div></div></div>`;
}

/** DSFR pagination; links keep the current filters. */
export function pagination(base: string, params: Record<string, string | undefined>, pageNo: number, pages: number): SafeHtml {
  if (pages <= 1) return html``;
  const link = (n: number) => `${base}${queryString({ ...params, page: n > 1 ? n : undefined })}`;
  const numbers: number[] = [];
  for (let n = Math.max(1, pageNo - 2); n <= Math.min(pages, pageNo + 2); n++) numbers.push(n);
  return html`<nav role="navigation" class="fr-pagination fr-mt-4w" aria-label="Pagination">
<ul class="fr-pagination__list">
  <li>${pageNo > 1 ? html`<a class="fr-pagination__link fr-pagination__link--first" href="${link(1)}">Première page</a>` : html`<a class="fr-pagination__link fr-pagination__link--first" aria-disabled="true" role="link">Première page</a>`}</li>
  <li>${pageNo > 1 ? html`<a class="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label" href="${link(pageNo - 1)}">Page précédente</a>` : html`<a class="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label" aria-disabled="true" role="link">Page précédente</a>`}</li>
  ${numbers.map((n) =>
    n === pageNo
      ? html`<li><a class="fr-pagination__link" aria-current="page" title="Page ${n}">${n}</a></li>`
      : html`<li><a class="fr-pagination__link" href="${link(n)}" title="Page ${n}">${n}</a></li>`,
  )}
  <li>${pageNo < pages ? html`<a class="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label" href="${link(pageNo + 1)}">Page suivante</a>` : html`<a class="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label" aria-disabled="true" role="link">Page suivante</a>`}</li>
  <li>${pageNo < pages ? html`<a class="fr-pagination__link fr-pagination__link--last" href="${link(pages)}">Dernière page</a>` : html`<a class="fr-pagination__link fr-pagination__link--last" aria-disabled="true" role="link">Dernière page</a>`}</li>
</ul>
</nav>`;
}

export function selectField(opts: { id: string; name: string; label: string; options: Array<{ value: string; label: string }>; selected?: string; hint?: string; required?: boolean }): SafeHtml {
  return html`<div class="fr-select-group">
<label class="fr-label" for="${opts.id}">${opts.label}${opts.hint ? html`<span class="fr-hint-text">${opts.hint}</span>` : ''}</label>
<select class="fr-select" id="${opts.id}" name="${opts.name}"${opts.required ? html` required` : ''}>
${opts.options.map((o) => html`<option value="${o.value}"${o.value === (opts.selected ?? '') ? html` selected` : ''}>${o.label}</option>`)}
</select>
</div>`;
}
