// The French home page in the State design system's look (Marianne block, operator name, footer with
// the three mandatory links) and Bot Framework Web Chat, served from our own routes (no CDN).
// Everything the person reads here is French.
import type { SiteSettings } from './siteSettings.js';

export interface WebChatPageOptions {
  /** How long transcripts are kept, shown in the privacy notice. */
  retentionDays: number;
  site: SiteSettings;
  /** Content-hashed file names under /webchat/. */
  assets: { stylesheet: string; script: string; bundle: string; fonts: string[] };
}

/** Escapes text for element content and double-quoted attributes (the only contexts used here). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

function isExternal(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** Footer link; an external one says that it opens a new window. */
function footerLink(url: string, label: string): string {
  return isExternal(url)
    ? `<a href="${escapeHtml(url)}" target="_blank" rel="noopener" title="${escapeHtml(label)} – nouvelle fenêtre">${escapeHtml(label)}</a>`
    : `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;
}

function frame(opts: { title: string; site: SiteSettings; stylesheet: string; fonts: string[]; head?: string; body: string; scripts?: string }): string {
  const { site } = opts;
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(opts.title)}</title>
<meta name="description" content="Un premier accueil gratuit et confidentiel pour vous informer sur votre parcours professionnel et vous orienter vers le bon interlocuteur.">
<link rel="stylesheet" href="/webchat/${opts.stylesheet}">
${opts.fonts.map((f) => `<link rel="preload" as="font" type="font/woff2" crossorigin href="/webchat/${f}">`).join('\n')}
${opts.head ?? ''}
<link rel="icon" href="data:,">
</head>
<body>
<a class="skip-link" href="#contenu">Aller au contenu</a>
<header class="site-header">
  <div class="site-header__inner">
    <p class="fr-logo">République<br>Française</p>
    <div class="site-header__service">
      <p class="site-header__operator">${escapeHtml(site.operatorName)}</p>
      <p class="site-header__title"><a href="/">Assistant d'accueil</a></p>
      <p class="site-header__tagline">Conseil en évolution professionnelle – premier accueil gratuit</p>
    </div>
  </div>
</header>
${opts.body}
<footer class="site-footer" id="pied-de-page">
  <div class="site-footer__inner">
    <p class="site-footer__desc">Assistant de niveau 1 du conseil en évolution professionnelle (article L.6111-6 du Code du travail). Il informe et oriente ; il ne décide pas à votre place. Service proposé par ${escapeHtml(site.operatorName)}.</p>
    <ul class="site-footer__links">
      <li>${footerLink(site.accessibilityUrl, `Accessibilité : ${site.accessibilityStatus}`)}</li>
      <li>${footerLink(site.legalNoticeUrl, 'Mentions légales')}</li>
      <li>${footerLink(site.privacyUrl, 'Données personnelles')}</li>
    </ul>
  </div>
</footer>
${opts.scripts ?? ''}
</body>
</html>
`;
}

export function renderWebChatPage({ retentionDays, site, assets }: WebChatPageOptions): string {
  return frame({
    title: "Assistant d'accueil – Conseil en évolution professionnelle",
    site,
    stylesheet: assets.stylesheet,
    fonts: assets.fonts,
    // Both scripts run as soon as they arrive (async): the small page script asks for the Direct Line
    // token while the bundle is still downloading; whichever comes second starts the chat.
    head: `<script async src="/webchat/${assets.script}"></script>
<script async src="/webchat/${assets.bundle}"></script>`,
    body: `<main id="contenu" tabindex="-1">
  <h1>Assistant d'accueil</h1>
  <section class="intro" aria-labelledby="intro-titre">
    <h2 id="intro-titre">Un premier accueil, sans rendez-vous</h2>
    <p>Vous vous posez des questions sur votre emploi, une reconversion, une formation ou son financement ?
      Décrivez votre situation avec vos mots : l'assistant vous informe et vous oriente vers
      l'interlocuteur qui correspond à votre situation et à votre lieu de vie.</p>
    <ul class="promises">
      <li><strong>Gratuit</strong> et <strong>confidentiel</strong></li>
      <li>Ouvert à toute personne active : salariée, indépendante, en recherche d'emploi…</li>
      <li>Vous pouvez rester <strong>anonyme</strong> si vous souhaitez seulement vous informer</li>
    </ul>
  </section>
  <section class="chat" aria-labelledby="chat-titre">
    <div class="chat-bar">
      <h2 id="chat-titre">Discussion avec l'assistant</h2>
      <button type="button" id="nouvelle-conversation" class="secondary">Nouvelle conversation</button>
    </div>
    <div id="reference-demande" class="ticket-reference" hidden>
      <p>Référence de votre demande : <strong id="reference-valeur"></strong></p>
      <button type="button" id="copier-reference" class="secondary small">Copier la référence</button>
      <p id="copie-statut" class="sr-status" role="status" aria-live="polite"></p>
    </div>
    <p id="chat-status" class="chat-status" role="status" aria-live="polite">Connexion à l'assistant…</p>
    <div id="webchat" class="webchat" tabindex="-1"></div>
    <noscript><p class="chat-status">La discussion a besoin de JavaScript. Activez-le dans votre navigateur pour échanger avec l'assistant.</p></noscript>
  </section>
  <p class="privacy">Vos messages servent uniquement à vous répondre et à préparer, avec votre accord, la prise de contact par un conseiller.
    Ils sont effacés automatiquement après ${retentionDays} jours sans activité. Ne communiquez pas d'informations
    de santé détaillées ni de coordonnées bancaires.</p>
</main>
<dialog id="confirmer-nouvelle" aria-labelledby="confirmer-titre" aria-describedby="confirmer-texte">
  <h2 id="confirmer-titre">Commencer une nouvelle conversation ?</h2>
  <p id="confirmer-texte">La discussion en cours disparaîtra de cet écran.</p>
  <p id="confirmer-reference" hidden>Notez d'abord la référence de votre demande : <strong id="confirmer-reference-valeur"></strong>. Elle restera affichée au-dessus de la nouvelle conversation.</p>
  <form method="dialog" class="dialog-actions">
    <button type="submit" value="annuler" class="secondary" autofocus>Annuler</button>
    <button type="submit" value="confirmer" class="primary">Oui, recommencer</button>
  </form>
</dialog>`,
  });
}

export interface InfoPageOptions {
  site: SiteSettings;
  stylesheet: string;
  fonts: string[];
  retentionDays: number;
  ticketRetentionDays: number;
}

/** Built-in footer pages, used when the Region gives no link; they state only what this software does. */
export function renderInfoPage(kind: 'accessibility' | 'legalNotice' | 'privacy', o: InfoPageOptions): string {
  const operator = escapeHtml(o.site.operatorName);
  const bodies = {
    accessibility: {
      title: 'Accessibilité',
      text: `<p>État de conformité au référentiel général d'amélioration de l'accessibilité (RGAA) déclaré par ${operator} : <strong>${escapeHtml(o.site.accessibilityStatus)}</strong>.</p>
<p>La page de discussion est testée automatiquement avec axe-core, au clavier et sur téléphone. Si vous n'arrivez pas à utiliser l'assistant, contactez ${operator} : un conseiller ou une conseillère vous répondra par un autre moyen.</p>`,
    },
    legalNotice: {
      title: 'Mentions légales',
      text: `<p>Ce service est proposé par ${operator}, dans le cadre du conseil en évolution professionnelle (article L.6111-6 du Code du travail).</p>
<p>L'assistant est un logiciel libre. Il informe et oriente ; il ne prend aucune décision à votre place.</p>`,
    },
    privacy: {
      title: 'Données personnelles',
      text: `<p>Responsable du traitement : ${operator}.</p>
<ul>
<li>Vos messages servent uniquement à vous répondre. Ils sont effacés après ${o.retentionDays} jours sans activité.</li>
<li>Si vous acceptez d'être recontacté(e), une fiche de liaison est transmise à la structure choisie, et à elle seule. Elle est anonymisée ${o.ticketRetentionDays} jours au plus après la fin de votre accompagnement.</li>
<li>Vous pouvez écrire « effacer mes données » dans la discussion à tout moment.</li>
</ul>`,
    },
  } as const;
  const b = bodies[kind];
  return frame({
    title: `${b.title} – Assistant d'accueil`,
    site: o.site,
    stylesheet: o.stylesheet,
    fonts: o.fonts,
    body: `<main id="contenu" tabindex="-1" class="info-page">
  <h1>${b.title}</h1>
  ${b.text}
  <p><a href="/">Revenir à l'assistant</a></p>
</main>`,
  });
}
