// The whole product path for one conversation: real app on loopback, POST /api/messages with
// deliveryMode expectReplies, state kept between turns, the orientation.decision event in the replies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activity, postActivity, replyTexts, startApp, type RunningApp } from '../helpers/appServer.js';

describe('Conversation over /api/messages (expectReplies)', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({}, { skipWarmUp: true });
  }, 180_000);
  afterAll(async () => {
    await app?.close();
  });

  it('Given a cadre job seeker, When the summary is confirmed, Then France Travail and Apec are proposed and the decision event is sent', async () => {
    const conv = `r2-http-${Date.now()}`;
    const first = await postActivity(app.url, activity(conv, { type: 'message', text: "Je suis cadre au chômage depuis 3 mois, 52 ans, j'habite à Lyon 69003" }));
    expect(first.status).toBe(200);
    expect(replyTexts(first).join('\n')).toMatch(/Si je résume : .*cadre.*52 ans/);
    const second = await postActivity(app.url, activity(conv, { type: 'message', text: 'oui' }));
    expect(second.status).toBe(200);
    const texts = replyTexts(second).join('\n');
    expect(texts).toContain('France Travail');
    expect(texts).toContain('Apec');
    const events = (second.body.activities as Array<{ type: string; name?: string; value: { operatorTypes: string[]; profile: { place: { departement?: string } } } }>).filter((a) => a.type === 'event' && a.name === 'orientation.decision');
    expect(events).toHaveLength(1);
    expect(events[0].value.operatorTypes).toEqual(['france_travail', 'apec']);
    expect(events[0].value.profile.place.departement).toBe('69');
    // Console KPIs: the conversation counts as answered by information (no ticket yet).
    const day = new Date().toISOString().slice(0, 10);
    const outcomes = await (app.services.console.outcomes as unknown as { list(a: string, b: string): Promise<Array<{ outcome: string; departement?: string }>> }).list(day, day);
    expect(outcomes).toEqual([expect.objectContaining({ outcome: 'information_only', departement: '69' })]);
  });

  it('Given a dispute with an employer, When routed, Then the conversation counts as redirected', async () => {
    const conv = `r2-http-oos-${Date.now()}`;
    const day = new Date().toISOString().slice(0, 10);
    const list = () => (app.services.console.outcomes as unknown as { list(a: string, b: string): Promise<Array<{ outcome: string }>> }).list(day, day);
    const before = (await list()).filter((o) => o.outcome === 'redirected').length;
    let res = await postActivity(app.url, activity(conv, { type: 'message', text: 'mon patron ne me paie pas mes heures supplémentaires, je veux le contester' }));
    for (let i = 0; i < 3 && !(res.body.activities as Array<{ name?: string }>).some((a) => a.name === 'orientation.decision'); i++) {
      res = await postActivity(app.url, activity(conv, { type: 'message', text: 'oui' }));
    }
    expect((res.body.activities as Array<{ name?: string }>).some((a) => a.name === 'orientation.decision')).toBe(true);
    expect((await list()).filter((o) => o.outcome === 'redirected').length).toBe(before + 1);
  });
});
