// A phonetic key for French words: two spellings that sound alike get the same key, so that
// « grafiste », « chanpignoniste », « réseptionniste » or « tapicier » meet « graphiste »,
// « champignonniste », « réceptionniste » and « tapissier ». Works on folded words (lower case, no
// accents), like the analyzer; in the key, X stands for the « ch » sound.
// The rules cover the spellings people get wrong when they write as they speak: ph/f, th/t, qu/k,
// c/s/k, g/j, ai/é/è, au/eau/o, an/en, m before b/p, doubled consonants, é/er/ez endings and silent
// final letters.

/** Phonetic key of one folded word (letters a–z; anything else is dropped). */
export function phoneticKey(folded: string): string {
  let w = folded.replace(/[^a-z]/g, '');
  if (w.length === 0) return '';
  w = w
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/rh/g, 'r')
    .replace(/sch/g, 'X')
    .replace(/ch/g, 'X')
    .replace(/sh/g, 'X')
    .replace(/gn/g, 'ni')
    .replace(/ck/g, 'k')
    .replace(/qu/g, 'k')
    .replace(/q/g, 'k')
    .replace(/w/g, 'v')
    .replace(/y/g, 'i')
    // gu before e/i is a hard g; g before e/i is a j
    .replace(/gu(?=[ei])/g, 'G')
    .replace(/ge(?=[aou])/g, 'j')
    .replace(/g(?=[ei])/g, 'j')
    .replace(/G/g, 'g')
    .replace(/cc(?=[ei])/g, 'ks')
    .replace(/c(?=[ei])/g, 's')
    .replace(/c/g, 'k')
    .replace(/h/g, '')
    .replace(/eau/g, 'o')
    .replace(/au/g, 'o')
    .replace(/[ae]i(?=n[^aeiou]|n$)/g, 'i') // peintre, pain → pintre, pin
    .replace(/[ae]i/g, 'e')
    // -ien keeps its "in" sound; elsewhere en/em and an/am sound alike
    .replace(/ien/g, 'iIn')
    .replace(/[ae]m(?=[bp])/g, 'an')
    .replace(/[ae]n(?=[^aeiouIn]|$)/g, 'an')
    .replace(/iIn/g, 'ien')
    .replace(/om(?=[bp])/g, 'on')
    .replace(/mpt/g, 'nt')
    .replace(/npt/g, 'nt');
  // A single s between vowels sounds z, but people drop one s of a double as often as they write z
  // for it: s and z share one sound here.
  w = w.replace(/z/g, 's').replace(/ti(?=on)/g, 'si');
  // Doubled letters sound single.
  w = w.replace(/(.)\1+/g, '$1');
  // é, er, ez, et endings sound alike; final e, s, x are silent, and t, d after a vowel or a nasal.
  // Twice, for endings such as « -erre » written for « -er ».
  for (let pass = 0; pass < 2; pass++) {
    w = w.replace(/[sx]$/, '');
    if (w.length >= 5) w = w.replace(/(er|et)$/, 'e');
    if (w.length >= 4) w = w.replace(/e$/, '');
  }
  if (w.length >= 5) w = w.replace(/(?<=[aeiou]|an|on|in)[td]$/, '');
  return w;
}
