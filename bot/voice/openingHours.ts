// Opening hours in the OpenStreetMap `opening_hours` subset that directories use
// ("Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00"), also accepting French day names
// ("lun-ven 9h-17h"). Used to decide between a live transfer and a call-back ticket.

const DAYS = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const FR_DAYS: Record<string, string> = { lu: 'mo', ma: 'tu', me: 'we', je: 'th', ve: 'fr', sa: 'sa', di: 'su' };

interface Rule {
  days: Set<number>;
  ranges: Array<[number, number]>; // minutes since midnight
}

function dayIndex(token: string): number {
  const t = token.trim().toLowerCase().slice(0, 2);
  const i = DAYS.includes(t) ? DAYS.indexOf(t) : DAYS.indexOf(FR_DAYS[t] ?? '');
  if (i < 0) throw new Error(`unknown day "${token}"`);
  return i;
}

function minutes(token: string): number {
  const m = token.trim().toLowerCase().match(/^(\d{1,2})(?:[:h](\d{2})?)?$/);
  if (!m) throw new Error(`bad time "${token}"`);
  return Number(m[1]) * 60 + Number(m[2] ?? 0);
}

const ALWAYS_OPEN = /^\s*(?:24\s*\/\s*7|24\s*h?\s*\/\s*24(?:\s*h)?(?:\s*,?\s*7\s*j?\s*\/\s*7(?:\s*j)?)?)\s*$/i;

export function parseOpeningHours(spec: string): Rule[] {
  if (ALWAYS_OPEN.test(spec)) return [{ days: new Set([0, 1, 2, 3, 4, 5, 6]), ranges: [[0, 24 * 60]] }];
  return spec
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((part) => {
      const m = part.match(/^([A-Za-zÀ-ÿ,\s-]+?)\s+(\d.*)$/);
      if (!m) throw new Error(`bad opening hours "${part}"`);
      const days = new Set<number>();
      for (const group of m[1]!.split(',')) {
        const [a, b] = group.split('-').map((x) => x.trim());
        const start = dayIndex(a!);
        const end = b ? dayIndex(b) : start;
        for (let d = start; ; d = (d + 1) % 7) {
          days.add(d);
          if (d === end) break;
        }
      }
      const ranges = m[2]!.split(',').map((r) => {
        const [from, to] = r.split('-');
        return [minutes(from!), minutes(to!)] as [number, number];
      });
      return { days, ranges };
    });
}

/** Local day (0 = Monday) and minute of `date` in the given IANA time zone. */
function localTime(date: Date, timeZone: string): { day: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(date);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  const day = DAYS.indexOf(get('weekday').toLowerCase().slice(0, 2));
  return { day, minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

/** False when the spec is missing or unreadable: never transfer a caller to a closed line. */
export function isOpenAt(spec: string | undefined, date: Date, timeZone = 'Europe/Paris'): boolean {
  if (!spec) return false;
  let rules: Rule[];
  try {
    rules = parseOpeningHours(spec);
  } catch {
    return false;
  }
  const { day, minute } = localTime(date, timeZone);
  return rules.some((r) => r.days.has(day) && r.ranges.some(([a, b]) => minute >= a && minute < b));
}

/** Time zone of a département, for overseas structures. */
export function timeZoneOfDepartement(dep: string | undefined): string {
  switch (dep) {
    case '971':
    case '972':
      return 'America/Martinique';
    case '973':
      return 'America/Cayenne';
    case '974':
      return 'Indian/Reunion';
    case '976':
      return 'Indian/Mayotte';
    default:
      return 'Europe/Paris';
  }
}
