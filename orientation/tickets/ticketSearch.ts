// "Find a person" (console and REST API search): one free-text query matched against the few fields a counsellor
// would search by — partial reference, phone (digits only), e-mail, commune (name, postcode, INSEE
// code) and the person's own words (a name is only ever there: the ticket has no name field).
// Accents and case are ignored. The caller (ticketUseCases.ts) restricts the tickets to the principal's scope first.
import type { Ticket } from './ticket.js';
import { foldForMatching } from '../../knowledge/shared/frenchText.js';

/** E-mails and references keep their punctuation; only apostrophes become spaces. */
function foldText(text: string): string {
  return foldForMatching(text, { marks: 'latinCombining', spaces: 'apostrophes' });
}

const MIN_QUERY_LENGTH = 3;

export class TicketSearch {
  private constructor(
    private readonly folded: string,
    private readonly digits: string,
    private readonly referencePart: string,
  ) {}

  /** undefined when the query is too short to search (fewer than 3 meaningful characters). */
  static parse(raw: string): TicketSearch | undefined {
    const folded = foldText(raw.slice(0, 100));
    if (folded.replace(/\s/g, '').length < MIN_QUERY_LENGTH) return undefined;
    const digits = raw.replace(/\D/g, '');
    // "cep 7k3f", "CT5P", "7K3F-Q2": compared without separators and without the CEP prefix.
    const referencePart = raw.toUpperCase().replace(/[\s\-–—_.]/g, '').replace(/^CEP/, '');
    return new TicketSearch(folded, digits, referencePart);
  }

  /** A query made only of reference characters (no spaces, 3+ characters), e.g. "CT5P". */
  get looksLikeReference(): boolean {
    return /^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{3,6}$/.test(this.referencePart);
  }

  matches(t: Ticket): boolean {
    if (this.referencePart.length >= 3 && t.reference.replace(/-/g, '').replace(/^CEP/, '').includes(this.referencePart)) return true;
    // Phone numbers: digits only, so "06 12 34" finds "06.12.34.56.78" (at least 4 digits).
    if (this.digits.length >= 4 && t.contact.channel === 'phone' && t.contact.value.replace(/\D/g, '').includes(this.digits)) return true;
    const haystack = [
      t.contact.channel === 'email' ? t.contact.value : '',
      t.territory.communeName ?? '',
      t.territory.communeInsee ?? '',
      t.profile.place?.postcode ?? '',
      t.profile.place?.communeName ?? '',
      t.situation,
      ...t.transcript.filter((e) => e.from === 'person').map((e) => e.text),
    ];
    return haystack.some((field) => field && foldText(field).includes(this.folded));
  }
}
