// File store specifics: survives a restart (new instance, new process), atomic writes, TTL sweep.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FileStorage } from '../../bot/state/fileStorage.js';

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

  it('Given many writes, When they finish, Then no temporary file is left behind', async () => {
    const dir = tempDir();
    const s = new FileStorage({ dir });
    await Promise.all(Array.from({ length: 20 }, (_, i) => s.write({ [`k${i % 5}`]: { i } })));
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toHaveLength(5);
  });

  it('Given a leftover temp file from a crash, When sweeping later, Then it is removed and real records are kept', async () => {
    const dir = tempDir();
    const s = new FileStorage({ dir, ttlSeconds: 3600 });
    await s.write({ k: { v: 1 } });
    writeFileSync(join(dir, 'abc.json.123.tmp'), '{"half":');
    await s.sweep();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toHaveLength(1); // may be a write in progress
    await s.sweep(Date.now() + 11 * 60_000);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect((await s.read(['k'])).k.v).toBe(1);
  });

  it('Given a record older than the TTL, When read or swept, Then it is absent and its file is purged', async () => {
    const dir = tempDir();
    const s = new FileStorage({ dir, ttlSeconds: 60 });
    await s.write({ old: { v: 1 }, fresh: { v: 2 } });
    const later = Date.now() + 61_000;
    expect(await s.sweep(later)).toBe(2);
    expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toHaveLength(0);
    await s.write({ fresh: { v: 3 } });
    expect(await s.sweep()).toBe(0);
    expect((await s.read(['fresh'])).fresh.v).toBe(3);
  });

  describe('in-memory cache of recent records (the process owns its directory)', () => {
    // Rewrites a record's file behind the store's back, to tell a disk read from a cache hit.
    const tamper = (dir: string, v: number) => {
      const [file] = readdirSync(dir).filter((f) => f.endsWith('.json'));
      const record = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      record.item.v = v;
      writeFileSync(join(dir, file), JSON.stringify(record));
    };

    it('Given a record just written, When read twice and the first copy is mutated, Then the second read is unaffected', async () => {
      const s = new FileStorage({ dir: tempDir() });
      await s.write({ k: { v: 1, nested: { list: [1] } } });
      const first = (await s.read(['k'])).k;
      first.nested.list.push(2);
      expect((await s.read(['k'])).k.nested.list).toEqual([1]);
    });

    it('Given a cached record, When its file changes behind the store, Then the store answers from memory; without a cache it reads the disk', async () => {
      const cachedDir = tempDir();
      const cached = new FileStorage({ dir: cachedDir });
      await cached.write({ k: { v: 1 } });
      tamper(cachedDir, 99);
      expect((await cached.read(['k'])).k.v).toBe(1);

      const plainDir = tempDir();
      const plain = new FileStorage({ dir: plainDir, cacheSize: 0 });
      await plain.write({ k: { v: 1 } });
      tamper(plainDir, 99);
      expect((await plain.read(['k'])).k.v).toBe(99);
    });

    it('Given a cache of one record, When a second key is written, Then the first is evicted and read from disk again', async () => {
      const dir = tempDir();
      const s = new FileStorage({ dir, cacheSize: 1 });
      await s.write({ a: { v: 1 } });
      tamper(dir, 7);
      await s.write({ b: { v: 2 } });
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
