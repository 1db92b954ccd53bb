// The French home page: a short presentation of the service and Bot Framework Web Chat, served
// from our own routes (no CDN). Everything the person reads here is French.

export interface WebChatPageOptions {
  /** How long transcripts are kept, shown in the privacy notice. */
  retentionDays: number;
}

export function renderWebChatPage({ retentionDays }: WebChatPageOptions): string {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Assistant d'accueil – Conseil en évolution professionnelle</title>
<meta name="description" content="Un premier accueil gratuit et confidentiel pour vous informer sur votre parcours professionnel et vous orienter vers le bon interlocuteur.">
<link rel="stylesheet" href="/webchat/chat.css">
<link rel="icon" href="data:,">
</head>
<body>
<a class="skip-link" href="#webchat">Aller à la discussion</a>
<header class="site-header">
  <p class="brand">Conseil en évolution professionnelle</p>
  <h1>Assistant d'accueil</h1>
</header>
<main id="contenu">
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
    <p id="chat-status" class="chat-status" role="status" aria-live="polite">Connexion à l'assistant…</p>
    <div id="webchat" class="webchat" tabindex="-1"></div>
    <noscript><p class="chat-status">La discussion a besoin de JavaScript. Activez-le dans votre navigateur pour échanger avec l'assistant.</p></noscript>
  </section>
  <p class="privacy">Vos messages servent uniquement à vous répondre et à préparer, avec votre accord, la prise de contact par un conseiller.
    Ils sont effacés automatiquement après ${retentionDays} jours sans activité. Ne communiquez pas d'informations
    de santé détaillées ni de coordonnées bancaires.</p>
</main>
<footer class="site-footer">
  <p>Assistant de niveau 1 du conseil en évolution professionnelle (article L.6111-6 du Code du travail). Il informe et oriente ; il ne décide pas à votre place.</p>
</footer>
<script src="/webchat/webchat.js"></script>
<script src="/webchat/chat.js"></script>
</body>
</html>
`;
}
