// The DSFR page frame shared by every console page: skip links, header with navigation and logout,
// main landmark, footer. Assets come from our own /console/dsfr route (no CDN).
import { html, type HtmlValue, type SafeHtml } from './html.js';
import { ROLE_LABELS, type ConsoleUser } from './consoleUser.js';
import { DEFAULT_SITE_SETTINGS, type SiteSettings } from '../webchat/siteSettings.js';
import { regionLabel } from './labels.js';

export const DSFR_BASE = '/console/dsfr';
export const CONSOLE_BASE = '/console';

export type NavKey = 'queue' | 'kpis' | 'admin' | 'none';

// Footer settings of the deploying Region, shared by every console page; set once by the console
// module from configuration.
let site: SiteSettings = DEFAULT_SITE_SETTINGS;
let structureNameOf: (id: string) => string | undefined = () => undefined;
export function configureConsoleSite(settings: SiteSettings): void {
  site = settings;
}
/** How the header names the user's structure (operator directory); set by the console router. */
export function configureStructureNames(lookup: (id: string) => string | undefined): void {
  structureNameOf = lookup;
}

export interface PageOptions {
  title: string;
  body: HtmlValue;
  user?: ConsoleUser;
  csrfToken?: string;
  active?: NavKey;
  /** Optional flash message shown at the top of the main content. */
  notice?: { type: 'success' | 'error' | 'info' | 'warning'; text: string };
}

export function alertBox(type: 'success' | 'error' | 'info' | 'warning', text: string, role: 'status' | 'alert' = type === 'error' ? 'alert' : 'status'): SafeHtml {
  return html`<div class="fr-alert fr-alert--${type} fr-alert--sm fr-mb-4w" role="${role}"><p>${text}</p></div>`;
}

export function csrfInput(token: string | undefined): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${token ?? ''}">`;
}

function nav(active: NavKey, user: ConsoleUser): SafeHtml {
  const item = (key: NavKey, href: string, label: string) =>
    html`<li class="fr-nav__item"><a class="fr-nav__link" href="${href}"${active === key ? html` aria-current="page"` : ''}>${label}</a></li>`;
  return html`<nav class="fr-nav" id="navigation-principale" role="navigation" aria-label="Menu principal">
  <ul class="fr-nav__list">
    ${item('queue', `${CONSOLE_BASE}/tickets`, "File d'attente")}
    ${item('kpis', `${CONSOLE_BASE}/indicateurs`, 'Indicateurs')}
    ${user.role !== 'counsellor' ? item('admin', `${CONSOLE_BASE}/administration`, user.role === 'admin' ? 'Administration' : 'Structures et conseillers') : ''}
  </ul>
</nav>`;
}

function tools(user: ConsoleUser | undefined, csrfToken: string | undefined): SafeHtml {
  if (!user) return html``;
  const scope =
    user.role === 'counsellor'
      ? (user.structureId && (structureNameOf(user.structureId) ?? user.structureId))
      : user.role === 'supervisor'
        ? `région ${regionLabel(user.region)}`
        : 'toutes les structures';
  return html`<ul class="fr-btns-group">
  <li><p class="fr-btn fr-icon-account-circle-line" title="${ROLE_LABELS[user.role]}"><span class="fr-sr-only">Connecté(e) : </span>${user.displayName} — ${scope ?? ''}</p></li>
  <li><form method="post" action="${CONSOLE_BASE}/deconnexion">${csrfInput(csrfToken)}<button type="submit" class="fr-btn fr-icon-logout-box-r-line">Se déconnecter</button></form></li>
</ul>`;
}

function footerLink(url: string, label: string): SafeHtml {
  return /^https?:\/\//i.test(url)
    ? html`<a class="fr-footer__bottom-link" href="${url}" target="_blank" rel="noopener" title="${label} – nouvelle fenêtre">${label}</a>`
    : html`<a class="fr-footer__bottom-link" href="${url}">${label}</a>`;
}

export function page(opts: PageOptions): SafeHtml {
  const { user, active = 'none' } = opts;
  return html`<!doctype html>
<html lang="fr" data-fr-scheme="light">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="format-detection" content="telephone=no,date=no,address=no,email=no,url=no">
<meta name="robots" content="noindex, nofollow">
<title>${opts.notice?.type === 'error' ? 'Erreur — ' : ''}${opts.title} — Console des conseillers CEP</title>
<link rel="stylesheet" href="${DSFR_BASE}/dsfr.min.css">
<link rel="stylesheet" href="${DSFR_BASE}/utility/icons/icons.min.css">
<link rel="stylesheet" href="${CONSOLE_BASE}/static/console.css">
<link rel="icon" href="${DSFR_BASE}/favicon/favicon.svg" type="image/svg+xml">
</head>
<body>
<div class="fr-skiplinks">
  <nav role="navigation" aria-label="Accès rapide" class="fr-container">
    <ul class="fr-skiplinks__list">
      <li><a class="fr-link" href="#contenu">Contenu</a></li>
      ${user ? html`<li><a class="fr-link" href="#navigation-principale">Menu</a></li>` : ''}
      <li><a class="fr-link" href="#pied-de-page">Pied de page</a></li>
    </ul>
  </nav>
</div>
<header role="banner" class="fr-header">
  <div class="fr-header__body">
    <div class="fr-container">
      <div class="fr-header__body-row">
        <div class="fr-header__brand fr-enlarge-link">
          <div class="fr-header__brand-top">
            <div class="fr-header__logo"><p class="fr-logo">République<br>Française</p></div>
            ${user ? html`<div class="fr-header__navbar"><button class="fr-btn--menu fr-btn" data-fr-opened="false" aria-controls="menu-console" aria-haspopup="menu" id="bouton-menu" title="Menu" type="button">Menu</button></div>` : ''}
          </div>
          <div class="fr-header__service">
            <a href="${CONSOLE_BASE}/tickets" title="Accueil — Console des conseillers CEP"><p class="fr-header__service-title">Console des conseillers CEP</p></a>
            <p class="fr-header__service-tagline">Demandes de mise en relation issues de l'accueil de niveau 1</p>
          </div>
        </div>
        ${user ? html`<div class="fr-header__tools"><div class="fr-header__tools-links">${tools(user, opts.csrfToken)}</div></div>` : ''}
      </div>
    </div>
  </div>
  ${user
    ? html`<div class="fr-header__menu fr-modal" id="menu-console" aria-labelledby="bouton-menu">
    <div class="fr-container">
      <button class="fr-btn--close fr-btn" aria-controls="menu-console" title="Fermer" type="button">Fermer</button>
      <div class="fr-header__menu-links"></div>
      ${nav(active, user)}
    </div>
  </div>`
    : ''}
</header>
<main id="contenu" role="main" tabindex="-1">
  <div class="fr-container fr-my-6w">
    ${opts.notice ? alertBox(opts.notice.type, opts.notice.text) : ''}
    ${opts.body}
  </div>
</main>
<footer class="fr-footer" role="contentinfo" id="pied-de-page">
  <div class="fr-container">
    <div class="fr-footer__body">
      <div class="fr-footer__brand"><p class="fr-logo">République<br>Française</p></div>
      <div class="fr-footer__content">
        <p class="fr-footer__content-desc">Console réservée aux conseillers et conseillères en évolution professionnelle. Les données des personnes sont confidentielles : ne les copiez pas hors de cet outil.</p>
      </div>
    </div>
    <div class="fr-footer__bottom">
      <ul class="fr-footer__bottom-list">
        <li class="fr-footer__bottom-item">${footerLink(site.accessibilityUrl, `Accessibilité : ${site.accessibilityStatus}`)}</li>
        <li class="fr-footer__bottom-item">${footerLink(site.legalNoticeUrl, 'Mentions légales')}</li>
        <li class="fr-footer__bottom-item">${footerLink(site.privacyUrl, 'Données personnelles')}</li>
      </ul>
      <div class="fr-footer__bottom-copy"><p>Console proposée par ${site.operatorName}. Logiciel libre.</p></div>
    </div>
  </div>
</footer>
<script type="module" src="${DSFR_BASE}/dsfr.module.min.js"></script>
<script nomodule src="${DSFR_BASE}/dsfr.nomodule.min.js"></script>
</body>
</html>`;
}
