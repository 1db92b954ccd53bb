// Conversations survive a server restart with the embedded file store (default) and with Redis.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { redisServerAvailable, startRedis } from '../helpers/redisServer.js';
import { activity, postActivity, replyTexts, startApp } from '../helpers/appServer.js';

const convKey = (id: string) => `emulator/conversations/${id}/`;

async function chatThenRestart(env: Record<string, string>) {
  const first = await startApp(env, { skipWarmUp: true });
  const r1 = await postActivity(first.url, activity('restart-1', { type: 'message', text: 'Bonjour' }));
  expect(replyTexts(r1).length).toBeGreaterThan(0);
  const before = (await first.services.storage.read([convKey('restart-1')]))[convKey('restart-1')];
  expect(before?.DialogState?.dialogStack?.length).toBeGreaterThan(0);
  await first.close();

  const second = await startApp(env, { skipWarmUp: true });
  try {
    const after = (await second.services.storage.read([convKey('restart-1')]))[convKey('restart-1')];
    expect(after).toEqual(before);
    const r2 = await postActivity(second.url, activity('restart-1', { type: 'message', text: 'Je suis salariée dans la vente à Nantes' }));
    expect(r2.status).toBe(200);
    expect(replyTexts(r2).length).toBeGreaterThan(0);
    const latest = (await second.services.storage.read([convKey('restart-1')]))[convKey('restart-1')];
    expect(latest.eTag).not.toBe(before.eTag);
  } finally {
    await second.close();
  }
}

describe('State across restarts', () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('Given the default file store, When the server restarts on the same DATA_DIR, Then the conversation state is intact', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cep-restart-'));
    dirs.push(dir);
    await chatThenRestart({ STATE_STORE: 'file', DATA_DIR: dir });
  });

  it.skipIf(!redisServerAvailable())('Given the Redis store, When the server restarts, Then the conversation state is intact', async () => {
    const redis = await startRedis();
    try {
      await chatThenRestart({ STATE_STORE: 'redis', REDIS_URL: redis.url, REDIS_KEY_PREFIX: 'restart-test:' });
    } finally {
      await redis.stop();
    }
  });
});
