// The safety question reaches emergencies told in words nobody cued: a night place or a host that ends
// at a time, the last nights paid, a home destroyed, hunger of the person written for, violence now in a
// story that also tells an old event, violence, hunger or the wish to live told by a consequence; while
// ordinary messages near those words (a contract that ends at a hotel, a figure of speech, a work trip)
// raise no question. Real extractor and cue lexicon, no fakes.
import { beforeAll, describe, expect, it } from 'vitest';
import { realPolicyDeps, type RealPolicyDeps } from '../helpers/realParts.js';
import { nextStep, startConversation } from '../../orientation/conversation/nextStep.js';
import { newSession } from '../../orientation/conversation/session.js';
import type { Emergency } from '../../orientation/routing/profile.js';
import { extractProfile } from '../../orientation/understanding/extractProfile.js';
import { possibleEmergency } from '../../orientation/understanding/possibleEmergency.js';
import {
  FIGURES_AND_WORK_TRIPS,
  HOME_DESTROYED,
  HOST_ENDING,
  HUNGER_OF_SOMEONE_HELPED,
  HUNGER_TOLD_BY_WHAT_IS_LEFT,
  LAST_NIGHTS,
  LIFE_IN_DOUBT,
  MORE_ORDINARY,
  NIGHT_PLACE_ENDING,
  ORDINARY_NEAR_THESE_WORDS,
  VIOLENCE_NOW_IN_AN_OLD_STORY,
  VIOLENCE_TOLD_BY_CONSEQUENCE,
} from './possibleEmergencyToday.cases.js';

/** Read by the extractor (its lines at once) or cued (the safety question asks about it). */
function readOrAskedAbout(kind: Emergency, text: string): boolean {
  const read = extractProfile(text).profile.emergencies;
  return read.includes(kind) || (possibleEmergency(text, { read })?.kinds ?? []).includes(kind);
}

describe('emergencies of today told in words nobody cued', () => {
  const families: Array<[string, ReadonlyArray<[Emergency, string]>]> = [
    ['a night place that ends at a time', NIGHT_PLACE_ENDING],
    ['a host or shelter that will not keep the person', HOST_ENDING],
    ['the last nights paid, a room to hand back, a camp taken down', LAST_NIGHTS],
    ['a home destroyed', HOME_DESTROYED],
    ['hunger of the person written for', HUNGER_OF_SOMEONE_HELPED],
    ['violence now in a story that also tells an old event', VIOLENCE_NOW_IN_AN_OLD_STORY],
    ['violence told by its consequence', VIOLENCE_TOLD_BY_CONSEQUENCE],
    ['hunger told by what is left', HUNGER_TOLD_BY_WHAT_IS_LEFT],
    ['the wish to live in doubt', LIFE_IN_DOUBT],
  ];
  for (const [family, cases] of families) {
    it.each(cases)(`Given ${family} (%s), When the message is read, Then the emergency is read or asked about: %s`, (kind, text) => {
      expect(readOrAskedAbout(kind, text)).toBe(true);
    });
  }
});

describe('ordinary messages near those words', () => {
  it.each([...ORDINARY_NEAR_THESE_WORDS, ...MORE_ORDINARY, ...FIGURES_AND_WORK_TRIPS])('Given an ordinary message, When it is checked, Then no safety question is due: %s', (text) => {
    expect(possibleEmergency(text)).toBeUndefined();
  });
});

describe('a time long gone sets aside only its own clause', () => {
  it('Given an old event and a threat today without punctuation, When it is checked, Then the threat is cued', () => {
    const text = 'il y a 10 ans j etais aide soignante aujourd hui mon conjoint me menace et je veux reprendre';
    expect(possibleEmergency(text)?.kinds).toContain('violence');
  });

  it('Given only an old event, When it is checked, Then nothing is cued', () => {
    expect(possibleEmergency('il y a dix ans j’ai dormi dehors pendant un hiver, je voudrais devenir éducateur')).toBeUndefined();
  });

  it('Given someone else’s lack of a home told beside the writer’s own request, When it is checked, Then it stays theirs', () => {
    expect(possibleEmergency('mon frère n’a plus de logement, moi je cherche une formation de cariste')).toBeUndefined();
  });

  it('Given a friend who tells the writer to leave, When it is checked, Then the writer’s own housing is cued', () => {
    expect(possibleEmergency('mon pote me dit que je dois partir de chez lui demain')?.kinds).toContain('sans_logement');
  });
});

describe('the conversation asks when a night place ends', () => {
  let deps: RealPolicyDeps;
  beforeAll(async () => {
    deps = await realPolicyDeps();
  });

  it('Given a hotel stay that ends tonight, When it is told, Then the safety question comes first and a danger answer gives the 115', async () => {
    const first = await startConversation(newSession(), { text: 'lhotel cest fini ce soir jsp koi faire, je cherche du travail a Lille' }, deps);
    const firstWords = first.replies.map((r) => r.text).join('\n');
    expect(firstWords).toMatch(/Avant tout/);
    expect(firstWords).toMatch(/dormir/);
    const answered = await nextStep(first.session, { text: 'non nulle part' }, deps);
    expect(answered.replies.map((r) => r.text).join('\n')).toMatch(/115/);
  });
});
