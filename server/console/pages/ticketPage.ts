import { CONTACT_CHANNEL_LABELS, type Ticket, type TicketStructure } from '../../../orientation/tickets/ticket.js';
import { OPERATOR_LABELS, type OperatorType } from '../../../knowledge/model/operatorType.js';
import type { ConsoleUser } from '../consoleUser.js';
import { html, type HtmlValue, type SafeHtml } from '../html.js';
import { CONSOLE_BASE, csrfInput, page, type PageOptions } from '../layout.js';
import {
  AGE_BAND_LABELS,
  AUDIT_ACTION_LABELS,
  BARRIER_LABELS,
  STATUS_LABELS,
  departementLabel,
  formatDateTime,
  informationInWords,
  label,
  needInWords,
  regionLabel,
} from '../labels.js';
import { markdownToSafeHtml } from '../markdownHtml.js';
import { TRANSMISSION_PREFIX, type VisibleNote } from '../notesVisibility.js';
import { MAX_REPLY_LENGTH, type ConversationMessage, type ReplyAvailability } from '../conversationReply.js';
import { dsfrTable, statusBadge } from './components.js';

const TRANSCRIPT_SPEAKERS: Record<string, string> = { person: 'Personne', bot: 'Assistant', counsellor: 'Conseiller ou conseillère' };
const TRANSCRIPT_CLASSES: Record<string, string> = { person: 'console-transcript__user', bot: 'console-transcript__bot', counsellor: 'console-transcript__counsellor' };

export interface RedirectOption {
  operatorType: OperatorType;
  structures: TicketStructure[];
}

export interface TicketPageModel {
  user: ConsoleUser;
  csrfToken: string;
  ticket: Ticket;
  allowed: { take: boolean; contacted: boolean; redirect: boolean; close: boolean; note: boolean };
  redirectOptions: RedirectOption[];
  /** Audit actor id → display name. */
  actorNames: Record<string, string>;
  notice?: PageOptions['notice'];
  /** Re-filled form values after a validation error. */
  form?: { redirectReason?: string; note?: string; transmission?: string; reply?: string };
  /** Internal notes this reader may see (see notesVisibility.ts). */
  notes: VisibleNote[];
  /** Messages exchanged with the person through the console, oldest first. */
  conversation: ConversationMessage[];
  /** Replying in the person's conversation (contact channel « Ici, dans cette conversation »). */
  reply?: ReplyAvailability;
}

function entry(term: string, value: HtmlValue): SafeHtml {
  return html`<dt>${term}</dt><dd>${value === '' || value === undefined || value === null ? 'Non renseigné' : value}</dd>`;
}

function personSummary(t: Ticket): string {
  const p = t.profile;
  const parts: string[] = [];
  if (p.status) parts.push(label(STATUS_LABELS, p.status));
  if (p.ageBand) parts.push(label(AGE_BAND_LABELS, p.ageBand));
  else if (p.age !== undefined) parts.push(`${p.age} ans`);
  if (p.rqth === 'oui') parts.push('RQTH reconnue');
  if (p.rqth === 'en_cours') parts.push('RQTH en cours');
  if (p.cadre) parts.push('cadre');
  if (p.diplomaLevel !== undefined) parts.push(p.diplomaLevel === 0 ? 'sans diplôme' : `diplôme de niveau ${p.diplomaLevel}`);
  if (p.rsa) parts.push('allocataire du RSA');
  const place = [t.territory.communeName, t.profile.place?.postcode, departementLabel(t.territory.departement), regionLabel(t.territory.region)]
    .filter((x) => x && x !== 'Non renseigné' && x !== 'Non renseignée')
    .join(', ');
  if (place) parts.push(place);
  return parts.join(' · ');
}

function actorName(m: TicketPageModel, actor: string): string {
  if (m.actorNames[actor]) return m.actorNames[actor];
  if (actor === 'bot') return 'Assistant';
  if (actor === 'person') return 'La personne';
  if (actor === 'system') return 'Système';
  return actor;
}

function actions(m: TicketPageModel): SafeHtml {
  const t = m.ticket;
  const a = m.allowed;
  if (!a.take && !a.contacted && !a.redirect && !a.close && !a.note) return html``;
  const base = `${CONSOLE_BASE}/tickets/${t.reference}`;
  return html`<section class="console-actions fr-mb-6w" aria-labelledby="actions-titre">
<h2 id="actions-titre">Actions</h2>
<ul class="fr-btns-group fr-btns-group--inline-md">
  ${a.take ? html`<li><form method="post" action="${base}/prendre">${csrfInput(m.csrfToken)}<button class="fr-btn" type="submit">Prendre en charge</button></form></li>` : ''}
  ${a.contacted ? html`<li><form method="post" action="${base}/contactee">${csrfInput(m.csrfToken)}<button class="fr-btn" type="submit">Marquer comme contactée</button></form></li>` : ''}
</ul>
${a.close
  ? html`<form method="post" action="${base}/cloturer">${csrfInput(m.csrfToken)}
  <div class="fr-input-group">
    <label class="fr-label" for="motif-cloture">Motif de clôture<span class="fr-hint-text">Facultatif. Exemple : rendez-vous de niveau 2 fixé.</span></label>
    <input class="fr-input" id="motif-cloture" name="reason" maxlength="500">
  </div>
  <button class="fr-btn fr-btn--secondary" type="submit">Clôturer la demande</button>
</form>`
  : ''}
${a.redirect
  ? html`<form method="post" action="${base}/reorienter">${csrfInput(m.csrfToken)}
  <fieldset class="fr-fieldset" aria-labelledby="reorienter-legende">
    <legend class="fr-fieldset__legend" id="reorienter-legende">Réorienter vers une autre structure</legend>
    <div class="fr-fieldset__element">
      <div class="fr-select-group">
        <label class="fr-label" for="structure-cible">Structure destinataire</label>
        <select class="fr-select" id="structure-cible" name="structureId" required>
          <option value="" selected disabled hidden>Choisir une structure</option>
          ${m.redirectOptions.map(
            (o) => html`<optgroup label="${OPERATOR_LABELS[o.operatorType]}">${o.structures.map((s) => html`<option value="${s.id}">${s.name}</option>`)}</optgroup>`,
          )}
        </select>
      </div>
    </div>
    <div class="fr-fieldset__element">
      <div class="fr-input-group">
        <label class="fr-label" for="motif-reorientation">Motif de la réorientation<span class="fr-hint-text">Obligatoire : il est compté comme une erreur d'orientation et aide à améliorer les règles.</span></label>
        <textarea class="fr-input" id="motif-reorientation" name="reason" required maxlength="1000" rows="3">${m.form?.redirectReason ?? ''}</textarea>
      </div>
    </div>
    <div class="fr-fieldset__element">
      <div class="fr-input-group">
        <label class="fr-label" for="note-transmission">Note de transmission<span class="fr-hint-text">Facultative. Seule cette note suit la demande : les notes internes de votre structure restent chez vous.</span></label>
        <textarea class="fr-input" id="note-transmission" name="transmission" maxlength="4000" rows="3">${m.form?.transmission ?? ''}</textarea>
      </div>
    </div>
  </fieldset>
  <button class="fr-btn fr-btn--secondary" type="submit">Réorienter</button>
</form>`
  : ''}
${a.note
  ? html`<form method="post" action="${base}/notes">${csrfInput(m.csrfToken)}
  <div class="fr-input-group">
    <label class="fr-label" for="note">Ajouter une note interne<span class="fr-hint-text">Visible par les conseillers de la structure, jamais par la personne.</span></label>
    <textarea class="fr-input" id="note" name="text" required maxlength="4000" rows="3">${m.form?.note ?? ''}</textarea>
  </div>
  <button class="fr-btn fr-btn--tertiary" type="submit">Enregistrer la note</button>
</form>`
  : ''}
</section>`;
}

/** The reply box of « Ici, dans cette conversation », with what the counsellor must know first. */
function replySection(m: TicketPageModel): SafeHtml {
  const r = m.reply;
  if (!r) return html``;
  const base = `${CONSOLE_BASE}/tickets/${m.ticket.reference}`;
  return html`<section class="fr-mb-6w console-reply" aria-labelledby="reponse-titre">
  <h2 id="reponse-titre">Répondre dans la conversation</h2>
  <p>La personne a choisi d’être recontactée <strong>ici, dans sa conversation</strong> avec l’assistant. Ses réponses s’affichent dans la transcription ci-dessus tant que la demande n’est pas clôturée.</p>
  ${r.warning ? html`<div class="fr-alert fr-alert--${r.allowed ? 'warning' : 'error'} fr-alert--sm fr-mb-2w" role="status" id="reponse-etat"><p>${r.warning}</p></div>` : r.availability === 'open' ? html`<p class="fr-badge fr-badge--success fr-mb-2w" id="reponse-etat">La personne a la page de discussion ouverte</p>` : ''}
  ${r.allowed
    ? html`<form method="post" action="${base}/repondre">${csrfInput(m.csrfToken)}
    <div class="fr-input-group">
      <label class="fr-label" for="reponse">Votre message à la personne<span class="fr-hint-text">Il s’affiche dans sa conversation, précédé du nom de votre structure. N’y mettez pas d’information qu’elle ne connaît pas déjà sur sa situation.</span></label>
      <textarea class="fr-input" id="reponse" name="text" required maxlength="${MAX_REPLY_LENGTH}" rows="4">${m.form?.reply ?? ''}</textarea>
    </div>
    <button class="fr-btn" type="submit">Envoyer dans la conversation</button>
  </form>`
    : ''}
</section>`;
}

export function ticketPage(m: TicketPageModel) {
  const t = m.ticket;
  const d = t.decision;
  const others = d.operatorTypes.filter((o) => o !== d.chosen);
  const need = needInWords(t);
  // The exchange with the assistant; messages with a counsellor after the hand-off come in `m.conversation`.
  const assistantPart = t.transcript.filter((e) => e.author === undefined);
  return page({
    title: `Demande ${t.reference}`,
    user: m.user,
    csrfToken: m.csrfToken,
    active: 'queue',
    notice: m.notice,
    body: html`<nav role="navigation" class="fr-breadcrumb" aria-label="vous êtes ici :">
  <button class="fr-breadcrumb__button" aria-expanded="false" aria-controls="fil-ariane" type="button">Voir le fil d’Ariane</button>
  <div class="fr-collapse" id="fil-ariane"><ol class="fr-breadcrumb__list">
    <li><a class="fr-breadcrumb__link" href="${CONSOLE_BASE}/tickets">File d'attente</a></li>
    <li><a class="fr-breadcrumb__link" aria-current="page">Demande ${t.reference}</a></li>
  </ol></div>
</nav>
<h1>Demande ${t.reference}</h1>
<div class="fr-mb-4w">${statusBadge(t.status)}
  <p class="fr-text--sm fr-mt-1w">Reçue le ${formatDateTime(t.createdAt)} · adressée à ${t.structure.name} (${OPERATOR_LABELS[t.structure.operatorType]})${t.structure.reason ? html` · pourquoi cette structure : ${t.structure.reason}` : ''}${t.territory.region ? html` · région ${regionLabel(t.territory.region)}` : ''}${t.takenBy ? html` · prise en charge par ${actorName(m, t.takenBy)} le ${formatDateTime(t.takenAt)}` : ''}</p>
  ${t.anonymisedAt ? html`<div class="fr-alert fr-alert--info fr-alert--sm"><p>Demande anonymisée le ${formatDateTime(t.anonymisedAt)} : les données personnelles ont été effacées.</p></div>` : ''}
</div>

<section class="fr-mb-6w" aria-labelledby="synthese-titre">
  <h2 id="synthese-titre">Synthèse</h2>
  <dl class="console-synthesis">
    ${entry('Qui', personSummary(t))}
    ${entry('Besoin', html`${need.needs} — demande ${t.requestKind === 'explicit' ? 'exprimée explicitement' : 'déduite de l’échange (implicite)'}${need.trade ? html`<br>${need.trade}` : ''}`)}
    ${entry(
      'Orientation décidée',
      html`${OPERATOR_LABELS[d.chosen]}${d.reasons[d.chosen] ? html` : ${d.reasons[d.chosen]}` : ''}${others.length
        ? html`<br>Autres possibilités présentées : ${others.map((o, i) => html`${i ? ', ' : ''}${OPERATOR_LABELS[o]}${d.reasons[o] ? html` (${d.reasons[o]})` : ''}`)}`
        : ''}`,
    )}
    ${entry('Freins mentionnés', t.barriers.length ? t.barriers.map((b) => label(BARRIER_LABELS, b)).join(', ') : 'Aucun')}
    ${entry(
      'Contact souhaité',
      html`${CONTACT_CHANNEL_LABELS[t.contact.channel]}${t.contact.value ? html` : <strong>${t.contact.value}</strong>` : ''}${t.contact.preferredTimes ? html`<br>Disponibilités : ${t.contact.preferredTimes}` : ''}`,
    )}
    ${entry(
      'Informations déjà données',
      t.informationGiven.length
        ? html`<ul>${t.informationGiven.map((i) => html`<li>${informationInWords(i)}${i.source ? html` — source : ${i.source}` : ''}</li>`)}</ul>`
        : 'Aucune',
    )}
    ${entry('Consentement', `Donné le ${formatDateTime(t.consent.at)} (texte ${t.consent.textVersion}), conservation ${t.consent.retentionDays} jours après clôture`)}
  </dl>
</section>

${actions(m)}

<section class="fr-mb-6w" aria-labelledby="situation-titre">
  <h2 id="situation-titre">La situation, dans ses mots</h2>
  <div class="fr-highlight"><p class="console-situation">${t.situation || 'Non renseignée'}</p></div>
</section>

<section class="fr-mb-6w" aria-labelledby="transcription-titre">
  <h2 id="transcription-titre">Transcription de l'échange</h2>
  ${assistantPart.length || m.conversation.length
    ? html`<ol class="console-transcript">${[...assistantPart, ...m.conversation.map((c) => ({ at: c.at, from: c.from, text: c.text }))].map(
        (e) =>
          html`<li class="${TRANSCRIPT_CLASSES[e.from] ?? 'console-transcript__bot'}"><p class="fr-mb-1v"><strong>${TRANSCRIPT_SPEAKERS[e.from] ?? 'Assistant'}${e.at ? html` (${formatDateTime(e.at)})` : ''} :</strong></p><div class="console-md">${markdownToSafeHtml(e.text)}</div></li>`,
      )}</ol>`
    : html`<p>Pas de transcription.</p>`}
</section>

${replySection(m)}

<section class="fr-mb-6w" aria-labelledby="raisons-titre">
  <h2 id="raisons-titre">Raisons de l'orientation</h2>
  <ul>${d.operatorTypes.map((o) => html`<li><strong>${OPERATOR_LABELS[o]}</strong> : ${d.reasons[o] ?? 'pas de raison enregistrée'}</li>`)}</ul>
  <p class="fr-text--sm">Règles appliquées : ${d.matchedRules.join(', ') || 'aucune'}${d.rulesVersion ? ` (version ${d.rulesVersion})` : ''}</p>
</section>

${t.redirects.length
  ? html`<section class="fr-mb-6w" aria-labelledby="reorientations-titre"><h2 id="reorientations-titre">Réorientations</h2>
  ${dsfrTable({
    caption: 'Réorientations de la demande',
    captionHidden: true,
    head: ['Date', 'De', 'Vers', 'Par', 'Motif'],
    rows: t.redirects.map((r) => [formatDateTime(r.at), r.from.name, r.to.name, actorName(m, r.by), r.reason]),
  })}</section>`
  : ''}

<section class="fr-mb-6w" aria-labelledby="notes-titre">
  <h2 id="notes-titre">Notes internes</h2>
  ${m.notes.length
    ? html`<ul>${m.notes.map(
        (n) =>
          html`<li>${n.transmission ? html`<p class="fr-badge fr-badge--sm fr-badge--info">Note de transmission</p> ` : ''}<strong>${actorName(m, n.author)}${m.user.role !== 'counsellor' || n.structure.id !== t.structure.id ? html` (${n.structure.name})` : ''}, ${formatDateTime(n.at)} :</strong> <span class="console-note">${n.transmission ? n.text.slice(TRANSMISSION_PREFIX.length) : n.text}</span></li>`,
      )}</ul>`
    : html`<p>Aucune note.</p>`}
  ${t.redirects.length && m.user.role === 'counsellor' ? html`<p class="fr-text--sm">Les notes internes d’une autre structure ne sont pas transmises avec une réorientation, sauf la note de transmission.</p>` : ''}
</section>

<section class="fr-mb-6w" aria-labelledby="historique-titre">
  <h2 id="historique-titre">Historique</h2>
  ${dsfrTable({
    caption: 'Historique de la demande',
    captionHidden: true,
    head: ['Date', 'Action', 'Par', 'Détail'],
    rows: t.audit.map((a) => [formatDateTime(a.at), AUDIT_ACTION_LABELS[a.action] ?? a.action, actorName(m, a.actor), a.detail ?? '']),
  })}
</section>`,
  });
}
