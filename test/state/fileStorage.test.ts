// File store specifics: survives a restart (new instance, new process) and a crash mid-append,
// compaction, TTL sweep, the in-memory cache.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileStorage, STATE_LOG_FILE } from '../../bot/state/fileStorage.js';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'cep-file-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const moduleUrl = new URL('../../bot/state/fileStorage.ts', import.meta.url).href;

function runInChildProcess(code: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    cwd: resolve('.'),
    encoding: 'utf8',
    timeout: 60_000,
  });
}

describe('FileStorage', () => {
  it('Given state written by one process, When another process reads the same directory, Then the state is there', () => {
    const dir = tempDir();
    runInChildProcess(
      `const { FileStorage } = await import(${JSON.stringify(moduleUrl)});
       const s = new FileStorage({ dir: ${JSON.stringify(dir)} });
       await s.write({ 'webchat/conversations/c1': { step: 'profil', answers: ['salarié'] } });`,
    );
    const out = runInChildProcess(
      `const { FileStorage } = await import(${JSON.stringify(moduleUrl)});
       const s = new FileStorage({ dir: ${JSON.stringify(dir)} });
       const items = await s.read(['webchat/conversations/c1']);
       console.log(JSON.stringify(items));`,
    );
    const items = JSON.parse(out.trim());
    expect(items['webchat/conversations/c1'].step).toBe('profil');
    expect(items['webchat/conversations/c1'].answers).toEqual(['salarié']);
  });

  it('Given a new instance on the same directory, When writing with the eTag read by the old instance, Then eTags stay valid across restarts', async () => {
    const dir = tempDir();
    const before = new FileStorage({ dir });
    await before.write({ k: { v: 1 } });
    const item = (await before.read(['k'])).k;
    const after = new FileStorage({ dir });
    await after.write({ k: { ...item, v: 2 } });
    await expect(after.write({ k: { ...item, v: 3 } })).rejects.toThrow(/eTag conflict/);
    expect((await after.read(['k'])).k.v).toBe(2);
  });

  it('Given many writes, When they finish, Then the directory holds only the log and a new instance reads the last value of each key', async () => {
    const dir = tempDir();
    const s = new FileStorage({ dir });
    await Promise.all(Array.from({ length: 20 }, (_, i) => s.write({ [`k${i % 5}`]: { i } })));
    expect(readdirSync(dir)).toEqual([STATE_LOG_FILE]);
    const items = await new FileStorage({ dir }).read(['k0', 'k1', 'k2', 'k3', 'k4']);
    expect(Object.values(items).map((item) => item.i)).toEqual([15, 16, 17, 18, 19]);
  });

  it('Given a crash in the middle of an append, When the log is reopened, Then the torn line is dropped and later writes survive a restart', async () => {
    const dir = tempDir();
    const before = new FileStorage({ dir });
    await before.write({ kept: { v: 1 } });
    before.close();
    appendFileSync(join(dir, STATE_LOG_FILE), '{"k":"torn","v":{"v":2,"eT');
    const after = new FileStorage({ dir });
    expect(await after.read(['kept', 'torn'])).toMatchObject({ kept: { v: 1 } });
    expect((await after.read(['torn'])).torn).toBeUndefined();
    await after.write({ next: { v: 3 } });
    after.close();
    expect(await new FileStorage({ dir }).read(['kept', 'next'])).toMatchObject({ kept: { v: 1 }, next: { v: 3 } });
  });

  it('Given state files from the earlier file-per-key layout, When the store opens, Then live records move into the log with their eTags and the files are removed', async () => {
    const dir = tempDir();
    const oldFile = (key: string, record: unknown) => writeFileSync(join(dir, `${createHash('sha256').update(key).digest('hex')}.json`), JSON.stringify(record));
    oldFile('webchat/conversations/c1/', { key: 'webchat/conversations/c1/', item: { step: 'âge', eTag: 'e1' } });
    oldFile('webchat/conversations/old/', { key: 'webchat/conversations/old/', expiresAt: Date.now() - 1000, item: { step: 'x', eTag: 'e2' } });
    writeFileSync(join(dir, `${'a'.repeat(64)}.json`), '{"key":"torn","item":{"st');
    const s = new FileStorage({ dir });
    const { 'webchat/conversations/c1/': item } = await s.read(['webchat/conversations/c1/']);
    expect(item).toEqual({ step: 'âge', eTag: 'e1' });
    expect(await s.read(['webchat/conversations/old/', 'torn'])).toEqual({});
    expect(readdirSync(dir)).toEqual([STATE_LOG_FILE]);
    // A turn that read the state before the upgrade still saves with its eTag.
    await s.write({ 'webchat/conversations/c1/': { ...item, step: 'lieu' } });
    s.close();
    expect((await new FileStorage({ dir }).read(['webchat/conversations/c1/']))['webchat/conversations/c1/'].step).toBe('lieu');
  });

  it('Given a deleted key, When the log is replayed, Then it stays deleted', async () => {
    const dir = tempDir();
    const s = new FileStorage({ dir });
    await s.write({ a: { v: 1 }, b: { v: 2 } });
    await s.delete(['a']);
    s.close();
    expect(await new FileStorage({ dir }).read(['a', 'b'])).toEqual({ b: expect.objectContaining({ v: 2 }) });
  });

  it('Given a conversation state replaced then erased, When the log is read raw, Then no earlier version is readable and replay still works', async () => {
    const dir = tempDir();
    const s = new FileStorage({ dir });
    await s.write({ 'webchat/conversations/c1/': { place: 'Rue des Lilas, Nantes', phone: '06 12 34 56 78' }, other: { v: 1 } });
    await s.write({ 'webchat/conversations/c1/': { step: 'âge', age: 42 } });
    const raw = () => readFileSync(join(dir, STATE_LOG_FILE), 'utf8');
    expect(raw()).not.toContain('Lilas');
    expect(raw()).not.toContain('06 12 34');
    expect(raw()).toContain('"age":42');
    await s.delete(['webchat/conversations/c1/']);
    expect(raw()).not.toContain('"age":42');
    s.close();
    const reopened = new FileStorage({ dir });
    expect(await reopened.read(['webchat/conversations/c1/', 'other'])).toEqual({ other: expect.objectContaining({ v: 1 }) });
    // The hourly sweep reclaims the blanked space.
    expect(reopened.stats().logBytes).toBeGreaterThan(reopened.stats().liveBytes);
    await reopened.sweep();
    expect(reopened.stats().logBytes).toBe(reopened.stats().liveBytes);
  });

  it('Given a crash between an append and the blanking of the old version, When the log is reopened, Then the old version is blanked', async () => {
    const dir = tempDir();
    const path = join(dir, STATE_LOG_FILE);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, '{"k":"c","v":{"name":"Jean Dupont","eTag":"1"}}\n{"k":"c","v":{"step":2,"eTag":"2"}}\n');
    const s = new FileStorage({ dir });
    expect((await s.read(['c'])).c.step).toBe(2);
    expect(readFileSync(path, 'utf8')).not.toContain('Dupont');
  });

  it('Given the same conversations written over and over, When the log passes the threshold, Then it is compacted and nothing is lost', async () => {
    const dir = tempDir();
    const s = new FileStorage({ dir, compactMinBytes: 64 * 1024 });
    const padding = 'x'.repeat(500);
    for (let round = 0; round < 300; round++) {
      for (let k = 0; k < 10; k++) await s.write({ [`conv${k}`]: { round, padding } });
    }
    // 3,000 writes of ~600 bytes = ~1.8 MB appended; compaction keeps it near 10 live records.
    const { logBytes, liveBytes, keys } = s.stats();
    expect(keys).toBe(10);
    expect(logBytes).toBeLessThan(128 * 1024);
    expect(liveBytes).toBeLessThanOrEqual(logBytes);
    expect(statSync(join(dir, STATE_LOG_FILE)).size).toBe(logBytes);
    s.close();
    const items = await new FileStorage({ dir }).read(Array.from({ length: 10 }, (_, k) => `conv${k}`));
    expect(Object.values(items).map((item) => item.round)).toEqual(Array(10).fill(299));
  });

  it('Given a leftover compaction file from a crash, When sweeping later, Then it is removed and real records are kept', async () => {
    const dir = tempDir();
    const s = new FileStorage({ dir, ttlSeconds: 3600 });
    await s.write({ k: { v: 1 } });
    writeFileSync(join(dir, `${STATE_LOG_FILE}.compact`), '{"half":');
    await s.sweep();
    expect(readdirSync(dir)).toHaveLength(2); // may belong to a compaction in progress elsewhere
    await s.sweep(Date.now() + 11 * 60_000);
    expect(readdirSync(dir)).toEqual([STATE_LOG_FILE]);
    expect((await s.read(['k'])).k.v).toBe(1);
  });

  it('Given a record older than the TTL, When read or swept, Then it is absent and purged from the log', async () => {
    const dir = tempDir();
    const s = new FileStorage({ dir, ttlSeconds: 60 });
    await s.write({ old: { v: 1 }, fresh: { v: 2 } });
    const later = Date.now() + 61_000;
    expect(await s.sweep(later)).toBe(2);
    expect(s.stats()).toEqual({ logBytes: 0, liveBytes: 0, keys: 0 });
    await s.write({ fresh: { v: 3 } });
    expect(await s.sweep()).toBe(0);
    expect((await s.read(['fresh'])).fresh.v).toBe(3);
  });

  describe('in-memory cache of recent records (the process owns its directory)', () => {
    // Rewrites a value in the log behind the store's back (same length, so offsets stay valid),
    // to tell a read of the log from a cache hit.
    const tamper = (dir: string, from: number, to: number) => {
      const path = join(dir, STATE_LOG_FILE);
      const text = readFileSync(path, 'utf8');
      expect(text).toContain(`{"v":${from},`);
      writeFileSync(path, text.replace(`{"v":${from},`, `{"v":${to},`));
    };

    it('Given a record just written, When read twice and the first copy is mutated, Then the second read is unaffected', async () => {
      const s = new FileStorage({ dir: tempDir() });
      await s.write({ k: { v: 1, nested: { list: [1] } } });
      const first = (await s.read(['k'])).k;
      first.nested.list.push(2);
      expect((await s.read(['k'])).k.nested.list).toEqual([1]);
    });

    it('Given a cached record, When the log changes behind the store, Then the store answers from memory; without a cache it reads the log', async () => {
      const cachedDir = tempDir();
      const cached = new FileStorage({ dir: cachedDir });
      await cached.write({ k: { v: 1 } });
      tamper(cachedDir, 1, 9);
      expect((await cached.read(['k'])).k.v).toBe(1);

      const plainDir = tempDir();
      const plain = new FileStorage({ dir: plainDir, cacheSize: 0 });
      await plain.write({ k: { v: 1 } });
      tamper(plainDir, 1, 9);
      expect((await plain.read(['k'])).k.v).toBe(9);
    });

    it('Given a cache of one record, When a second key is written, Then the first is evicted and read from the log again', async () => {
      const dir = tempDir();
      const s = new FileStorage({ dir, cacheSize: 1 });
      await s.write({ a: { v: 1 } });
      await s.write({ b: { v: 2 } });
      tamper(dir, 1, 7);
      expect((await s.read(['a'])).a.v).toBe(7);
      expect((await s.read(['b'])).b.v).toBe(2);
    });

    it('Given a cached record, When it is deleted or expires, Then it is absent', async () => {
      const s = new FileStorage({ dir: tempDir(), ttlSeconds: 60 });
      await s.write({ gone: { v: 1 }, old: { v: 2 } });
      await s.delete(['gone']);
      expect(await s.read(['gone'])).toEqual({});
      await s.sweep(Date.now() + 61_000);
      expect(await s.read(['old'])).toEqual({});
    });
  });
});
