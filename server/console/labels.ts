// French labels for the codes a counsellor sees (profile, barriers, needs, audit actions).
import { createRequire } from 'node:module';
import type { AgeBand, Barrier, Need, Status } from '../../orientation/routing/profile.js';
import { departementNameOf, regionNameOf } from '../../knowledge/operators/frenchAdministration.js';

const require = createRequire(import.meta.url);
const DEPARTEMENTS = require('@etalab/decoupage-administratif/data/departements.json') as Array<{ code: string; region: string }>;

/** Département codes of a region (all of France when no region is given), for territory filters. */
export function departementsOf(region?: string): string[] {
  return DEPARTEMENTS.filter((d) => !region || d.region === region).map((d) => d.code);
}

export const STATUS_LABELS: Record<Status, string> = {
  salarie_prive: 'Salarié(e) du secteur privé',
  agent_public: 'Agent public',
  demandeur_emploi: "Demandeur ou demandeuse d'emploi",
  independant: 'Indépendant(e)',
  interimaire: 'Intérimaire',
  saisonnier: 'Saisonnier ou saisonnière',
  etudiant: 'Étudiant(e)',
  eleve: 'Élève',
  inactif: 'Sans activité professionnelle',
  retraite: 'Retraité(e)',
};

export const NEED_LABELS: Record<Need, string> = {
  information_metier: 'Information sur un métier',
  formation: 'Formation',
  financement: "Financement d'un projet",
  reconversion: 'Reconversion',
  vae: 'Validation des acquis de l’expérience (VAE)',
  bilan: 'Bilan de compétences',
  recherche_emploi: "Recherche d'emploi",
  creation_entreprise: "Création ou reprise d'entreprise",
  etudes: "Choix d'études",
};

export const BARRIER_LABELS: Record<Barrier, string> = {
  mobilite: 'Mobilité (transport)',
  garde_enfants: "Garde d'enfants",
  sante: 'Santé',
  logement: 'Logement',
  lecture_francais: 'Lecture ou maîtrise du français',
  numerique: 'Accès au numérique',
};

export const AGE_BAND_LABELS: Record<AgeBand, string> = {
  moins_16: 'Moins de 16 ans',
  '16_25': '16 à 25 ans',
  '26_29': '26 à 29 ans',
  '30_44': '30 à 44 ans',
  '45_54': '45 à 54 ans',
  '55_plus': '55 ans et plus',
};

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  created: 'Demande créée',
  taken: 'Prise en charge',
  contacted: 'Personne contactée',
  closed: 'Clôturée',
  redirected: 'Réorientée',
  note_added: 'Note ajoutée',
  anonymised: 'Anonymisée',
  anonymised_retention: 'Anonymisée (durée de conservation atteinte)',
  erased_on_request: 'Données effacées à la demande de la personne',
};

export function label<K extends string>(map: Record<K, string>, code: string | undefined): string {
  if (!code) return '';
  return (map as Record<string, string>)[code] ?? code;
}

export function departementLabel(code: string | undefined): string {
  if (!code || code === 'inconnu') return 'Non renseigné';
  const name = departementNameOf(code);
  return name ? `${name} (${code})` : code;
}

export function regionLabel(code: string | undefined): string {
  if (!code) return 'Non renseignée';
  return regionNameOf(code) ?? code;
}

const DATE_TIME = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });
const DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'medium', timeZone: 'UTC' });

export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : DATE_TIME.format(d);
}

export function formatDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? day : DATE.format(d);
}

const DAY_SHORT = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'short', timeZone: 'UTC' });
export function formatDayShort(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? day : DAY_SHORT.format(d);
}

export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '—';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = minutes / 60;
  if (hours < 48) return `${hours.toFixed(1).replace('.', ',')} h`;
  return `${(hours / 24).toFixed(1).replace('.', ',')} j`;
}

export function formatPercent(part: number, total: number): string {
  if (total === 0) return '—';
  return `${((part / total) * 100).toFixed(1).replace('.', ',')} %`;
}

// ---- Tickets in words (what the hand-off stored as codes, said the way a counsellor reads it) ----

/** What each kind of "information already given" is, in French. */
export const INFORMATION_TYPE_LABELS: Record<string, string> = {
  trade: 'Métier visé',
  rome: 'Fiche métier',
  rncp: 'Certification (RNCP)',
  rs: 'Certification (répertoire spécifique)',
  scheme: 'Dispositif',
  structure: 'Structure',
  training: 'Formation',
};

export interface NeedInWords {
  /** "Reconversion, Formation" (or the stored sentence when it is already French). */
  needs: string;
  /** « Métier visé : Agent d'entretien (K1201) » when a trade was named. */
  trade?: string;
}

type NeedSource = { need: string; profile: { needs: readonly string[]; targetTrade?: { romeCode: string; label: string } } };

/** The person's need in words: labels of the need codes, and the trade aimed at. */
export function needInWords(t: NeedSource): NeedInWords {
  const trade = t.profile.targetTrade ? `Métier visé : ${t.profile.targetTrade.label} (${t.profile.targetTrade.romeCode})` : undefined;
  // The stored sentence is "codes[, codes] — métier visé : …" (hand-off dialog) or free French text (API).
  const head = t.need.split(' — ')[0].trim();
  const codes = head ? head.split(/\s*,\s*/).filter(Boolean) : [...t.profile.needs];
  const allCodes = codes.length > 0 && codes.every((c) => /^[a-z_]+$/.test(c));
  const needs = allCodes ? codes.map((c) => (c === 'orientation' ? 'Orientation' : label(NEED_LABELS, c))).join(', ') : head;
  return { needs: needs || 'Non précisé', trade };
}

export function needInOneLine(t: NeedSource): string {
  const w = needInWords(t);
  return w.trade ? `${w.needs} — ${w.trade}` : w.needs;
}

/** « Métier visé : Agent d'entretien (K1201) », « Dispositif : Projet de transition professionnelle ». */
export function informationInWords(i: { type: string; code?: string; label: string }): string {
  const kind = INFORMATION_TYPE_LABELS[i.type];
  const code = i.code && i.type !== 'scheme' && i.type !== 'structure' ? ` (${i.code})` : '';
  return kind ? `${kind} : ${i.label}${code}` : `${i.label}${code}`;
}

/** « il y a 3 h », « il y a 2 j » from an ISO date to now. */
export function elapsedSince(iso: string | undefined, now: Date): string {
  if (!iso) return '';
  const ms = now.getTime() - Date.parse(iso);
  if (!Number.isFinite(ms)) return '';
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 1) return "à l'instant";
  if (minutes < 60) return `il y a ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `il y a ${hours} h`;
  return `il y a ${Math.floor(hours / 24)} j`;
}
