// Real words one letter away from a keyword stay themselves: « intérêt » is not « internet » (a digital barrier),
// « lycées » is not « lycéen ».
import { describe, expect, it } from 'vitest';
import { prepareText } from '../../orientation/understanding/typoCorrection.js';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';

describe('typo correction keeps real words close to a keyword', () => {
  it.each(['intérêt', 'intérêts', 'lycées'])('Given « %s », When the text is prepared, Then the word is kept', (word) => {
    const folded = word.normalize('NFD').replace(/\p{Diacritic}/gu, '');
    expect(prepareText(`je parle de ${word} ici`)).toContain(folded);
  });

  it.each([
    "je ne vois pas d'intérêt à continuer ce travail",
    "je trouve pas d'interet a mon boulot",
    'mon métier a perdu tout intérêt pour moi, je veux changer',
  ])('Given « %s », When it is read, Then no digital barrier is said', (text) => {
    expect(extractProfile(text).profile.barriers).not.toContain('numerique');
  });

  it('Given a real lack of internet, When it is read, Then the digital barrier stays', () => {
    expect(extractProfile("je n'ai pas internet chez moi et je ne sais pas me servir d'un ordinateur").profile.barriers).toContain('numerique');
  });
});
