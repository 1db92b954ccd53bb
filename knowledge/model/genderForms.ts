// Both genders of a ROME label (no zod here: used on the start-up load path).
export interface GenderForms {
  masculine: string;
  feminine: string;
}

/**
 * Splits "Conducteur / Conductrice d'engins agricoles" into both genders. With one slash, the
 * feminine side starts with as many words as the masculine side has, the rest is shared
 * ("Aide-soignant hospitalier / Aide-soignante hospitalière"). With several slashes, each
 * "A / B" word pair contributes A to the masculine and B to the feminine form.
 */
export function genderFormsOf(label: string): GenderForms | undefined {
  const parts = label.split(' / ');
  if (parts.length < 2) return undefined;
  let masculine: string;
  let feminine: string;
  if (parts.length === 2) {
    const left = parts[0].trim().split(/\s+/);
    const right = parts[1].trim().split(/\s+/);
    if (right.length < left.length) return undefined;
    const tail = right.slice(left.length);
    masculine = [...left, ...tail].join(' ');
    feminine = right.join(' ');
  } else {
    const tokens = label.split(/\s+/);
    const masc: string[] = [];
    const fem: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i + 1] === '/' && i + 2 < tokens.length) {
        masc.push(tokens[i]);
        fem.push(tokens[i + 2]);
        i += 2;
      } else if (tokens[i] !== '/') {
        masc.push(tokens[i]);
        fem.push(tokens[i]);
      }
    }
    masculine = masc.join(' ');
    feminine = fem.join(' ');
  }
  if (masculine === feminine) return undefined;
  return { masculine, feminine };
}
