// The LLM assist must be grounded: a FAKE OpenAI-compatible server (real HTTP on loopback, no
// remote LLM can run in tests) answers with facts the person never gave — an age, a town, an RQTH.
// Unsupported facts are dropped and counted in the logs; supported ones are kept.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LlmProfileExtractor, OpenAiCompatibleChatModel } from '../../orientation/understanding/llmExtractor.js';
import { understandMessage } from '../../orientation/understanding/understandMessage.js';
import { findPlaceInText, resolvePlace } from '../../knowledge/territory/index.js';

/** What the fake model answers next (the JSON content of the chat completion). */
let nextAnswer = '{}';
let requests = 0;
let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      requests++;
      const ok = req.url === '/v1/chat/completions' && JSON.parse(body).messages?.length === 2;
      res.writeHead(ok ? 200 : 400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: nextAnswer } }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

function assistWithLog() {
  const logs: Array<Record<string, unknown>> = [];
  const logger = { warn: (obj: object) => logs.push(obj as Record<string, unknown>) };
  const assist = new LlmProfileExtractor(new OpenAiCompatibleChatModel({ baseUrl, model: 'fake-model' }), { logger });
  return { assist, logs };
}

const territory = { findPlaceInText, resolvePlace };

describe('Grounded LLM assist against a fake OpenAI-compatible HTTP server', () => {
  it('Given a fake model that invents an age, a town and an RQTH, Then none of them reaches the profile and the drops are logged', async () => {
    nextAnswer = '{"age":38,"town":"Lyon","rqth":"oui","cadre":true,"needs":["reconversion"]}';
    const { assist, logs } = assistWithLog();
    const before = requests;
    const u = await understandMessage('Bonjour, je voudrais changer de métier, je ne sais pas par où commencer.', { llm: assist, territory });
    expect(requests).toBe(before + 1);
    expect(u.profile.age).toBeUndefined();
    expect(u.profile.place).toBeUndefined();
    expect(u.profile.rqth).toBeUndefined();
    expect(u.profile.cadre).toBeUndefined();
    expect(u.profile.needs).toContain('reconversion');
    expect(assist.unsupportedFactsDropped).toBe(4);
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ event: 'llm_assist_unsupported_facts', count: 4 });
    expect(logs[0].dropped).toEqual(expect.arrayContaining(['age', 'place', 'rqth', 'cadre']));
    // Only field names are logged, never what the person said or the values.
    expect(JSON.stringify(logs)).not.toMatch(/38|Lyon|changer/);
  });

  it('Given facts the person did write (in words the rules miss), Then the fake model’s facts are kept', async () => {
    nextAnswer = '{"age":38,"town":"Villeurbanne","rqth":"en_cours"}';
    const { assist, logs } = assistWithLog();
    const u = await understandMessage(
      'trente-huit printemps, je crèche à Villeurbanne et mon dossier de reconnaissance handicap est parti il y a peu',
      { llm: assist, territory },
    );
    expect(u.profile.age).toBe(38);
    expect(u.profile.place?.departement).toBe('69');
    expect(u.profile.rqth).toBeDefined();
    expect(logs).toEqual([]);
  });

  it('Given a fake model that names another town than the one written, Then the town is dropped', async () => {
    nextAnswer = '{"town":"Marseille","status":"demandeur_emploi"}';
    const { assist, logs } = assistWithLog();
    const facts = await assist.extract('je suis au chômage du côté de Brest');
    expect(facts.place).toBeUndefined();
    expect(facts.status).toBe('demandeur_emploi');
    expect(logs[0]?.dropped).toEqual(['place']);
  });
});
