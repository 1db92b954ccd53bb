// What a citizen sees of a source: the public body or site and a French date (« Source : France
// Travail, 15/12/2023 »). The full provenance (datasets, repositories, original labels) stays for the
// console, never in a message to the person.

/**
 * Public names for the datasets and bodies found in provenance strings, most specific first: the
 * dataset a directory line comes from says more than the repository it was taken from.
 */
const PUBLIC_NAMES: Array<[RegExp, string]> = [
  [/structures_milo|missions? locales?|unml|imilo/i, 'Missions locales'],
  [/agences?_?pe\b|p[oô]le emploi|france ?travail|\brome\b/i, 'France Travail'],
  [/annuaire transitions pro|minist[eè]re du travail|travail-emploi/i, 'ministère du Travail'],
  [/rncp|r[ée]pertoire sp[ée]cifique|kit apprentissage/i, 'France Compétences'],
  [/lh[ée]o|carif|oref/i, 'Carif-Oref'],
  [/cap emploi|cheops/i, 'Cap emploi'],
];

/** Sites whose public name reads better than their host. */
const SITE_NAMES: Record<string, string> = {
  'francetravail.fr': 'France Travail',
  'apec.fr': 'Apec',
  'onisep.fr': 'Onisep',
};

/** ISO (2023-12-15) or French (15/12/2023) date → French format; undefined when none. */
export function frenchDate(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return `${iso[3]}/${iso[2]}/${iso[1]}`;
  const fr = /(\d{2})\/(\d{2})\/(\d{4})/.exec(text);
  return fr ? fr[0] : undefined;
}

/** The public body a provenance string refers to: a known name, else the site of its first URL. */
export function publicSourceName(provenance: string): string {
  const trimmed = provenance.trim();
  // Already a public site name (« service-public.fr »).
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(trimmed)) return siteName(trimmed);
  const url = /https?:\/\/([^/\s,;)]+)/i.exec(trimmed);
  if (url) return siteName(url[1]);
  for (const [pattern, name] of PUBLIC_NAMES) if (pattern.test(trimmed)) return name;
  return 'sources officielles';
}

function siteName(host: string): string {
  const bare = host.toLowerCase().replace(/^www\./, '');
  return SITE_NAMES[bare] ?? bare;
}

/**
 * « Source : France Travail, 15/12/2023 » from any provenance string, or from a public name and a
 * check date (« Source : service-public.fr, vérifié le 06/12/2026 »).
 */
export function citizenSource(provenance: string, checkedAt?: string): string {
  const name = publicSourceName(provenance);
  if (checkedAt) return `Source : ${name}, vérifié le ${frenchDate(checkedAt) ?? checkedAt}`;
  const date = frenchDate(provenance);
  return date ? `Source : ${name}, ${date}` : `Source : ${name}`;
}
