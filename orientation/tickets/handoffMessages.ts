// Everything the person hears about their hand-off ticket (French). Bump CONSENT_TEXT_VERSION
// whenever the consent wording changes: tickets record which version was accepted.
import type { Ticket, TicketStatus } from './ticket.js';

// v2: a short version fits a phone screen; « en savoir plus » gives the full text (v1's wording).
export const CONSENT_TEXT_VERSION = 'consent-2026-12-v2';

export const CONSENT_SCOPE = [
  'situation',
  'profil',
  'besoin',
  'informations_donnees',
  'freins',
  'contact',
  'decision',
  'transcription',
] as const;

export function consentText(structureName: string, retentionDays: number): string {
  return (
    `Pour que **${structureName}** vous recontacte sans que vous ayez à tout réexpliquer, je peux lui transmettre une fiche de liaison.\n\n` +
    `**Ce qui est conservé** : ce que vous m'avez raconté, votre situation (statut, tranche d'âge, commune), votre besoin, ` +
    `les informations que je vous ai données, le moyen de vous joindre que vous choisirez, et notre échange.\n\n` +
    `**Qui la voit** : uniquement les conseillers et conseillères de cette structure (et leur responsable régional).\n\n` +
    `**Combien de temps** : jusqu'à la fin de votre accompagnement, puis ${retentionDays} jours au plus ; ensuite vos données sont anonymisées. ` +
    `Vous pouvez dire « effacer mes données » à tout moment.\n\n` +
    `Êtes-vous d'accord pour que je crée cette fiche ?`
  );
}

export function consentSpoken(structureName: string, retentionDays: number): string {
  return (
    `Pour que ${structureName} vous rappelle sans que vous ayez à tout réexpliquer, je peux lui transmettre une fiche. ` +
    `Elle contient ce que vous m'avez dit, votre situation, votre besoin, et le moyen de vous joindre. ` +
    `Seuls les conseillers de cette structure la voient. Elle est anonymisée ${retentionDays} jours au plus après la fin de votre accompagnement. ` +
    `Vous pouvez dire effacer mes données à tout moment. Êtes-vous d'accord ?`
  );
}

/**
 * The consent question in a few lines (a phone screen): who gets what, for how long, how to erase.
 * `structureLabel` is « cette structure » when the structure was just named, to say each name once.
 */
export function consentShortText(structureLabel: string, retentionDays: number): string {
  return (
    `Voulez-vous qu'un conseiller de ${structureLabel} vous recontacte ? Je lui transmettrai une fiche : ` +
    `votre situation, votre besoin et le moyen de vous joindre. Seule cette structure la voit ; elle est anonymisée ` +
    `${retentionDays} jours au plus après votre accompagnement. Vous pouvez dire « effacer mes données » à tout moment.`
  );
}

export function consentShortSpoken(structureLabel: string, retentionDays: number): string {
  return (
    `Un conseiller de ${structureLabel} peut vous rappeler : je lui transmettrai une fiche avec votre situation et votre numéro, ` +
    `anonymisée ${retentionDays} jours au plus après votre accompagnement. Êtes-vous d'accord ? Vous pouvez aussi dire : en savoir plus.`
  );
}

export const CONSENT_REMINDER = 'Pour reprendre : êtes-vous d’accord pour que je transmette votre demande ?';
export const CONSENT_RETRY = 'Je n’ai pas compris. Répondez « oui » pour que je crée la fiche, ou « non » : je ne garderai rien.';
export const CONSENT_MORE = 'En savoir plus';
export const CONSENT_YES_TITLE = 'Oui, je suis d’accord';
export const CONSENT_NO = 'Non merci';
export const CONSENT_CHOICES = [
  { value: 'oui', title: CONSENT_YES_TITLE },
  { value: 'non', title: CONSENT_NO },
  { value: 'en savoir plus', title: CONSENT_MORE },
];

export const NOTHING_SENT = "D'accord : je n'envoie rien et je ne garde rien vous concernant.";

export function refusalText(structureName: string, contactLines: string[]): string {
  const contact = contactLines.length > 0 ? `\n\nVous pouvez contacter **${structureName}** directement :\n${contactLines.map((l) => `- ${l}`).join('\n')}` : '';
  return `C'est noté : je ne garde rien vous concernant.${contact}\n\nJe reste disponible si vous avez d'autres questions.`;
}

export const ASK_CHANNEL = 'Comment préférez-vous être recontacté·e ?';
export const CHANNEL_CHOICES = [
  { value: 'phone', title: 'Par téléphone' },
  { value: 'email', title: 'Par courriel' },
  { value: 'chat', title: 'Ici, dans cette conversation' },
];
export const ASK_PHONE = 'Quel est votre numéro de téléphone ?';
export const ASK_EMAIL = 'Quelle est votre adresse de courriel ?';
export const BAD_PHONE = "Je n'ai pas reconnu un numéro de téléphone. Pouvez-vous l'écrire en chiffres, par exemple 06 12 34 56 78 ?";
export const BAD_EMAIL = "Je n'ai pas reconnu une adresse de courriel. Pouvez-vous la redonner, par exemple prenom.nom@exemple.fr ?";
export const ASK_TIMES = 'À quels moments êtes-vous le plus facilement joignable ? (par exemple : « le matin », « après 18 h », « peu importe »)';
export const TIMES_CHOICES = [
  { value: 'le matin', title: 'Le matin' },
  { value: "l'après-midi", title: "L'après-midi" },
  { value: 'peu importe', title: 'Peu importe' },
];

export function createdText(reference: string, structureName: string, channel: string): string {
  const how = channel === 'phone' ? 'par téléphone' : channel === 'email' ? 'par courriel' : 'ici, dans cette conversation';
  return (
    `C'est fait. Votre référence est **${reference}** : notez-la, elle vous permet de suivre votre demande.\n\n` +
    `**La suite** : un conseiller ou une conseillère de **${structureName}** lit votre fiche et vous recontacte ${how}. ` +
    `Vous n'aurez pas à tout réexpliquer. Vous pouvez me demander « où en est ma demande ? » avec votre référence.`
  );
}

export function spokenReference(reference: string): string {
  return reference.replace(/^CEP-/, '').split('').filter((c) => c !== '-').join(' ');
}

export const CREATE_FAILED =
  "Je n'ai pas pu enregistrer votre demande pour le moment. Rien n'a été transmis. Vous pouvez réessayer dans quelques minutes ou contacter directement la structure.";

export const STATUS_PHRASES: Record<TicketStatus, string> = {
  new: "a bien été reçue : elle attend qu'un conseiller ou une conseillère la prenne en charge.",
  taken: 'a été prise en charge par un conseiller ou une conseillère, qui va vous contacter.',
  contacted: 'est en cours : un conseiller ou une conseillère vous a contacté·e.',
  closed: 'est clôturée.',
  redirected: 'a été transmise à une autre structure, mieux placée pour vous aider.',
};

export function statusText(t: Pick<Ticket, 'reference' | 'status' | 'structure'>): string {
  return `Votre demande **${t.reference}** ${STATUS_PHRASES[t.status]} Structure : **${t.structure.name}**.`;
}

export function statusChangeText(t: Pick<Ticket, 'reference' | 'status' | 'structure'>): string {
  return `Des nouvelles de votre demande ${t.reference} : elle ${STATUS_PHRASES[t.status]} (${t.structure.name})`;
}

export const ASK_REFERENCE = 'Quelle est la référence de votre demande ? Elle ressemble à CEP-7K3F-Q2.';
export const UNKNOWN_REFERENCE = "Je ne trouve pas de demande avec cette référence. Vérifiez-la (elle ressemble à CEP-7K3F-Q2) ou contactez directement la structure.";
