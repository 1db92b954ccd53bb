// Administration: admins manage accounts (create, disable, re-enable, reset a password, last
// logins); supervisors see their region's structures and counsellors (read only).
import { ROLE_LABELS, type ConsoleUser } from '../consoleUser.js';
import { html, type SafeHtml } from '../html.js';
import { CONSOLE_BASE, csrfInput, page, type PageOptions } from '../layout.js';
import { formatDateTime, regionLabel } from '../labels.js';
import type { DirectoryStructure } from '../accountAdministration.js';
import { OPERATOR_LABELS, isOperatorType } from '../../../knowledge/model/operatorType.js';
import { dsfrTable, selectField } from './components.js';

export interface AdminPageModel {
  user: ConsoleUser;
  csrfToken: string;
  accounts: ConsoleUser[];
  /** Structures the reader may see or assign, sorted by name. */
  structures: DirectoryStructure[];
  regions: string[];
  notice?: PageOptions['notice'];
  /** Shown once after a reset: the link or the temporary password to hand over. */
  secret?: { kind: 'link' | 'password'; value: string; account: string; expiresAt?: string };
  form?: { email?: string; displayName?: string; role?: string; structureId?: string; region?: string };
}

function typeLabel(s: DirectoryStructure): string {
  return s.type && isOperatorType(s.type) ? OPERATOR_LABELS[s.type] : '';
}

function accountRows(m: AdminPageModel, structureName: (id?: string) => string) {
  return m.accounts.map((a) => {
    const base = `${CONSOLE_BASE}/administration/comptes/${a.id}`;
    const self = a.id === m.user.id;
    return [
      html`${a.displayName}<br><span class="fr-text--xs">${a.email}</span>`,
      ROLE_LABELS[a.role],
      a.role === 'counsellor' ? structureName(a.structureId) : a.role === 'supervisor' ? `Région ${regionLabel(a.region)}` : 'Toutes',
      a.disabled ? html`<p class="fr-badge fr-badge--sm fr-badge--error">Désactivé</p>` : a.mustChangePassword ? html`<p class="fr-badge fr-badge--sm fr-badge--warning">Mot de passe à changer</p>` : html`<p class="fr-badge fr-badge--sm fr-badge--success">Actif</p>`,
      a.lastLoginAt ? formatDateTime(a.lastLoginAt) : 'Jamais',
      m.user.role !== 'admin' || self
        ? ''
        : html`<ul class="fr-btns-group fr-btns-group--sm fr-btns-group--inline-lg">
  <li><form method="post" action="${base}/${a.disabled ? 'reactiver' : 'desactiver'}">${csrfInput(m.csrfToken)}<button class="fr-btn fr-btn--sm fr-btn--secondary" type="submit">${a.disabled ? 'Réactiver' : 'Désactiver'}<span class="fr-sr-only"> le compte de ${a.displayName}</span></button></form></li>
  ${a.disabled
    ? ''
    : html`<li><form method="post" action="${base}/lien">${csrfInput(m.csrfToken)}<button class="fr-btn fr-btn--sm fr-btn--tertiary" type="submit">Lien de réinitialisation<span class="fr-sr-only"> pour ${a.displayName}</span></button></form></li>
  <li><form method="post" action="${base}/mot-de-passe-temporaire">${csrfInput(m.csrfToken)}<button class="fr-btn fr-btn--sm fr-btn--tertiary" type="submit">Mot de passe temporaire<span class="fr-sr-only"> pour ${a.displayName}</span></button></form></li>`}
</ul>`,
    ];
  });
}

function createForm(m: AdminPageModel): SafeHtml {
  const f = m.form ?? {};
  return html`<section class="fr-mb-6w" aria-labelledby="creer-titre">
<h2 id="creer-titre">Créer un compte</h2>
<form method="post" action="${CONSOLE_BASE}/administration/comptes">${csrfInput(m.csrfToken)}
  <div class="fr-grid-row fr-grid-row--gutters">
    <div class="fr-col-12 fr-col-md-6"><div class="fr-input-group">
      <label class="fr-label" for="compte-nom">Nom affiché</label>
      <input class="fr-input" id="compte-nom" name="displayName" required maxlength="120" value="${f.displayName ?? ''}" autocomplete="off">
    </div></div>
    <div class="fr-col-12 fr-col-md-6"><div class="fr-input-group">
      <label class="fr-label" for="compte-courriel">Adresse électronique</label>
      <input class="fr-input" id="compte-courriel" name="email" type="email" required maxlength="254" value="${f.email ?? ''}" autocomplete="off">
    </div></div>
    <div class="fr-col-12 fr-col-md-4">${selectField({
      id: 'compte-role',
      name: 'role',
      label: 'Rôle',
      options: [
        { value: 'counsellor', label: ROLE_LABELS.counsellor },
        { value: 'supervisor', label: ROLE_LABELS.supervisor },
        { value: 'admin', label: ROLE_LABELS.admin },
      ],
      selected: f.role ?? 'counsellor',
    })}</div>
    <div class="fr-col-12 fr-col-md-4">${selectField({
      id: 'compte-structure',
      name: 'structureId',
      label: 'Structure (conseillers)',
      hint: 'Choisie dans l’annuaire des structures',
      options: [{ value: '', label: 'Choisir une structure' }, ...m.structures.map((s) => ({ value: s.id, label: `${s.name}${typeLabel(s) ? ` — ${typeLabel(s)}` : ''}` }))],
      selected: f.structureId,
    })}</div>
    <div class="fr-col-12 fr-col-md-4">${selectField({
      id: 'compte-region',
      name: 'region',
      label: 'Région (superviseurs)',
      options: [{ value: '', label: 'Choisir une région' }, ...m.regions.map((r) => ({ value: r, label: regionLabel(r) }))],
      selected: f.region,
    })}</div>
  </div>
  <fieldset class="fr-fieldset fr-mt-2w" aria-labelledby="acces-legende">
    <legend class="fr-fieldset__legend" id="acces-legende">Premier accès</legend>
    <div class="fr-fieldset__element"><div class="fr-radio-group">
      <input type="radio" id="acces-lien" name="access" value="link" checked><label class="fr-label" for="acces-lien">Lien à usage unique (valable 72 heures) pour choisir son mot de passe</label>
    </div></div>
    <div class="fr-fieldset__element"><div class="fr-radio-group">
      <input type="radio" id="acces-temporaire" name="access" value="password"><label class="fr-label" for="acces-temporaire">Mot de passe temporaire, à changer à la première connexion</label>
    </div></div>
  </fieldset>
  <button class="fr-btn" type="submit">Créer le compte</button>
</form>
</section>`;
}

export function adminPage(m: AdminPageModel) {
  const names = new Map(m.structures.map((s) => [s.id, s.name]));
  const structureName = (id?: string) => (id ? (names.get(id) ?? `Structure inconnue de l’annuaire (${id})`) : '—');
  const isAdmin = m.user.role === 'admin';
  const counsellors = m.accounts.filter((a) => a.role === 'counsellor');
  return page({
    title: isAdmin ? 'Administration' : 'Structures et conseillers',
    user: m.user,
    csrfToken: m.csrfToken,
    active: 'admin',
    notice: m.notice,
    body: html`<h1>${isAdmin ? 'Administration des comptes' : `Structures et conseillers — région ${regionLabel(m.user.region)}`}</h1>
${m.secret
  ? html`<div class="fr-alert fr-alert--warning fr-mb-4w" role="alert" id="secret-a-transmettre">
  <h2 class="fr-alert__title">${m.secret.kind === 'link' ? 'Lien à transmettre' : 'Mot de passe temporaire à transmettre'} à ${m.secret.account}</h2>
  <p>Il n’est affiché qu’une fois. Transmettez-le par un canal sûr (pas dans le même courriel que l’identifiant).${m.secret.expiresAt ? html` Valable jusqu’au ${formatDateTime(m.secret.expiresAt)}.` : ''}</p>
  <p><code class="console-secret">${m.secret.value}</code></p>
</div>`
  : ''}
${isAdmin ? createForm(m) : ''}
<section class="fr-mb-6w" aria-labelledby="comptes-titre">
  <h2 id="comptes-titre">${isAdmin ? 'Comptes' : 'Conseillers et conseillères de la région'}</h2>
  ${dsfrTable({
    id: 'comptes',
    caption: isAdmin ? 'Liste des comptes de la console' : 'Liste des conseillers et conseillères',
    captionHidden: true,
    head: ['Personne', 'Rôle', 'Périmètre', 'État', 'Dernière connexion', isAdmin ? 'Actions' : ''].filter((h, i) => isAdmin || i < 5),
    rows: accountRows(m, structureName).map((r) => (isAdmin ? r : r.slice(0, 5))),
  })}
</section>
<section class="fr-mb-6w" aria-labelledby="structures-titre">
  <h2 id="structures-titre">${isAdmin ? 'Structures ayant des comptes' : 'Structures de la région'}</h2>
  ${dsfrTable({
    id: 'structures',
    caption: 'Structures et nombre de comptes',
    captionHidden: true,
    head: ['Structure', 'Type', 'Comptes actifs'],
    // Admins: the directory has ~1 400 structures, only those with accounts are listed.
    rows: m.structures
      .filter((s) => !isAdmin || counsellors.some((a) => a.structureId === s.id))
      .map((s) => [s.name, typeLabel(s), String(counsellors.filter((a) => a.structureId === s.id && !a.disabled).length)]),
  })}
</section>`,
  });
}

/** Choosing one's password: from a one-time link (no session) or after a temporary password. */
export function setPasswordPage(opts: { action: string; csrfToken?: string; user?: ConsoleUser; error?: string; title: string; intro: string }) {
  return page({
    title: opts.title,
    user: opts.user,
    csrfToken: opts.csrfToken,
    notice: opts.error ? { type: 'error', text: opts.error } : undefined,
    body: html`<div class="fr-grid-row fr-grid-row--center"><div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
<h1>${opts.title}</h1>
<p>${opts.intro}</p>
<form method="post" action="${opts.action}">${csrfInput(opts.csrfToken)}
  <div class="fr-input-group">
    <label class="fr-label" for="nouveau-mot-de-passe">Nouveau mot de passe<span class="fr-hint-text">12 caractères minimum. Une phrase de plusieurs mots est plus facile à retenir.</span></label>
    <input class="fr-input" id="nouveau-mot-de-passe" name="password" type="password" required minlength="12" maxlength="1024" autocomplete="new-password">
  </div>
  <div class="fr-input-group">
    <label class="fr-label" for="confirmation-mot-de-passe">Confirmez le mot de passe</label>
    <input class="fr-input" id="confirmation-mot-de-passe" name="confirmation" type="password" required minlength="12" maxlength="1024" autocomplete="new-password">
  </div>
  <button class="fr-btn" type="submit">Enregistrer le mot de passe</button>
</form>
</div></div>`,
  });
}
