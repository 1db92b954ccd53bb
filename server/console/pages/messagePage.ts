import { html } from '../html.js';
import { CONSOLE_BASE, page } from '../layout.js';
import type { ConsoleUser } from '../consoleUser.js';

/** Error pages (404, 403 CSRF, 400): French, with a way back. */
export function messagePage(opts: { title: string; text: string; user?: ConsoleUser; csrfToken?: string }) {
  return page({
    title: opts.title,
    user: opts.user,
    csrfToken: opts.csrfToken,
    body: html`<h1>${opts.title}</h1>
<p class="fr-text--lead">${opts.text}</p>
<ul class="fr-btns-group fr-btns-group--inline-md">
  <li><a class="fr-btn" href="${CONSOLE_BASE}/tickets">Retour à la file d'attente</a></li>
</ul>`,
  });
}
