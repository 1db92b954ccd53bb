// Two policy paths the understanding round needed (pure policy, real extractor, territory, routing,
// knowledge base and lexical search): an emergency told again mid-flow gets its lines again, and a
// correction that only takes something back at the summary is applied, not answered « qu'est-ce qui
// n'est pas juste ? ».
import { beforeAll, describe, expect, it } from 'vitest';
import { realPolicyDeps, type RealPolicyDeps } from '../helpers/realParts.js';
import { nextStep, startConversation } from '../../orientation/conversation/nextStep.js';
import { newSession } from '../../orientation/conversation/session.js';

let deps: RealPolicyDeps;

beforeAll(async () => {
  deps = await realPolicyDeps();
});

describe('Emergency told again, correction that only takes back', () => {
  it('Given a known housing emergency, When the person asks again where to sleep tonight, Then the 115 is said again', async () => {
    const first = await startConversation(newSession(), { text: 'je dors dans ma voiture depuis lundi, jcherche du boulot, 24 ans' }, deps);
    expect(first.replies.map((r) => r.text).join('\n')).toMatch(/\b115\b/);
    const again = await nextStep(first.session, { text: 'et ce soir jvais dormir où moi ?' }, deps);
    expect(again.replies.map((r) => r.text).join('\n')).toMatch(/\b115\b/);
  });

  it('Given a summary with a trade, When the person only takes the trade back, Then the next summary has no trade', async () => {
    const first = await startConversation(newSession(), { text: "je suis salariée en CDI à Rennes, 35 ans, je veux devenir fleuriste" }, deps);
    expect(first.session.profile.targetTrade?.label).toMatch(/fleuriste/i);
    const corrected = await nextStep(first.session, { text: "non en fait je ne veux plus devenir fleuriste" }, deps);
    expect(corrected.session.profile.targetTrade).toBeUndefined();
    expect(corrected.replies.map((r) => r.text).join('\n')).not.toMatch(/n'est pas juste/);
  });
});
