import { html } from '../html.js';
import { CONSOLE_BASE, alertBox, page } from '../layout.js';

export interface LoginPageModel {
  loginToken: string;
  email?: string;
  error?: string;
  info?: string;
}

export function loginPage(m: LoginPageModel) {
  return page({
    title: m.error ? 'Erreur — Connexion' : 'Connexion',
    body: html`<div class="fr-grid-row fr-grid-row--center">
  <div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
    <h1>Connexion à la console</h1>
    <p>Cet espace est réservé aux conseillers et conseillères des structures partenaires.</p>
    ${m.error ? alertBox('error', m.error) : ''}
    ${m.info ? alertBox('info', m.info) : ''}
    <form method="post" action="${CONSOLE_BASE}/connexion" novalidate>
      <input type="hidden" name="_csrf" value="${m.loginToken}">
      <fieldset class="fr-fieldset" aria-labelledby="identifiants-legende">
        <legend class="fr-fieldset__legend" id="identifiants-legende">Vos identifiants</legend>
        <div class="fr-fieldset__element">
          <div class="fr-input-group">
            <label class="fr-label" for="email">Adresse électronique<span class="fr-hint-text">Format attendu : nom@domaine.fr</span></label>
            <input class="fr-input" type="email" id="email" name="email" autocomplete="username" required value="${m.email ?? ''}">
          </div>
        </div>
        <div class="fr-fieldset__element">
          <div class="fr-input-group">
            <label class="fr-label" for="mot-de-passe">Mot de passe</label>
            <input class="fr-input" type="password" id="mot-de-passe" name="password" autocomplete="current-password" required>
          </div>
        </div>
      </fieldset>
      <button class="fr-btn" type="submit">Se connecter</button>
    </form>
  </div>
</div>`,
  });
}
