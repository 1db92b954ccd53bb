// French numbers written in words, 0–199 ("vingt-deux", "quarante et un", "soixante-dix-huit",
// Belgian/Swiss "septante", "nonante"). Pure; works on normalised words (hyphens already spaces).

const UNITS: Record<string, number> = {
  zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
  dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
};
const TENS: Record<string, number> = {
  vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  septante: 70, huitante: 80, octante: 80, nonante: 90,
};

/** Parses a number starting at words[start]. Returns the value and how many words it used. */
export function parseFrenchNumber(words: string[], start: number): { value: number; length: number } | undefined {
  let i = start;
  let total = 0;
  let used = false;
  const w = (k: number) => words[k];
  if (w(i) === 'cent') {
    total = 100;
    i++;
    used = true;
  }
  // quatre vingt(s) [dix-neuf]
  if (w(i) === 'quatre' && (w(i + 1) === 'vingt' || w(i + 1) === 'vingts')) {
    total += 80;
    i += 2;
    used = true;
  } else if (w(i) !== undefined && TENS[w(i)] !== undefined) {
    total += TENS[w(i)];
    i++;
    used = true;
  }
  if (used && total % 100 !== 0 && w(i) === 'et' && (w(i + 1) === 'un' || w(i + 1) === 'une' || w(i + 1) === 'onze')) {
    total += UNITS[w(i + 1)];
    return { value: total, length: i + 2 - start };
  }
  // "dix sept", "dix huit", "dix neuf" (also after soixante / quatre-vingt)
  if (w(i) === 'dix' && ['sept', 'huit', 'neuf'].includes(w(i + 1) ?? '')) {
    total += 10 + UNITS[w(i + 1)];
    return { value: total, length: i + 2 - start };
  }
  if (w(i) !== undefined && UNITS[w(i)] !== undefined) {
    const unit = UNITS[w(i)];
    // "un"/"une" alone is an article, not a number, unless it follows a tens word.
    if (!used && (w(i) === 'un' || w(i) === 'une')) return undefined;
    total += unit;
    i++;
    used = true;
  }
  if (!used) return undefined;
  return { value: total, length: i - start };
}
