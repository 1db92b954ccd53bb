// `npm run console:user` end to end: the real script in a child process, then a real login with the
// account it created.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { FileConsoleUserStore } from '../../server/console/userStore.file.js';
import { verifyPassword } from '../../server/console/password.js';

const run = promisify(execFile);
const TSX = join(process.cwd(), 'node_modules', '.bin', 'tsx');
const SCRIPT = join(process.cwd(), 'scripts', 'console-user.ts');

describe('console:user script', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cep-console-user-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const env = { ...process.env, DATA_DIR: dir, TICKET_STORE: 'journal', NODE_ENV: 'test' };

  it('creates a counsellor with the password from the environment (never stored in clear)', async () => {
    const { stdout } = await run(TSX, [SCRIPT, '--email', 'Nadia@ML-Lyon.test', '--role', 'counsellor', '--structure', 'milo:69382S00', '--name', 'Nadia B.'], {
      env: { ...env, CONSOLE_USER_PASSWORD: 'un mot de passe très long' },
    });
    expect(stdout).toMatch(/Created counsellor nadia@ml-lyon\.test .*structure milo:69382S00, region 84\) in the file store\./);
    const user = await new FileConsoleUserStore(dir).findByEmail('nadia@ml-lyon.test');
    expect(user?.displayName).toBe('Nadia B.');
    expect(await verifyPassword(user!.passwordHash, 'un mot de passe très long')).toBe(true);
    expect(readFileSync(join(dir, 'console', 'users.json'), 'utf8')).not.toContain('très long');
  });

  it('reads the password from stdin when piped, and updates an existing account', async () => {
    const child = execFile(TSX, [SCRIPT, '--email', 'nadia@ml-lyon.test', '--role', 'supervisor', '--region', '84'], { env });
    child.stdin!.end('nouveau mot de passe solide\nnouveau mot de passe solide\n');
    const out = await new Promise<string>((resolve, reject) => {
      let s = '';
      child.stdout!.on('data', (d) => (s += d));
      child.on('exit', (code) => (code === 0 ? resolve(s) : reject(new Error(`exit ${code}`))));
    });
    expect(out).toContain('Updated supervisor nadia@ml-lyon.test');
    const user = await new FileConsoleUserStore(dir).findByEmail('nadia@ml-lyon.test');
    expect(await verifyPassword(user!.passwordHash, 'nouveau mot de passe solide')).toBe(true);
  });

  it('lists structure ids matching words', async () => {
    const { stdout } = await run(TSX, [SCRIPT, '--structure-search', 'mission locale de lyon'], { env });
    expect(stdout).toContain('milo:69382S00\tMission Locale de Lyon');
  });

  it('refuses a counsellor without a structure and a short password, with exit code 2', async () => {
    await Promise.all([
      expect(run(TSX, [SCRIPT, '--email', 'x@y.test', '--role', 'counsellor', '--password', 'un mot de passe très long'], { env })).rejects.toMatchObject({ code: 2 }),
      expect(run(TSX, [SCRIPT, '--email', 'x@y.test', '--role', 'admin', '--password', 'court'], { env })).rejects.toMatchObject({ code: 2 }),
      expect(run(TSX, [SCRIPT, '--email', 'x@y.test', '--role', 'chef', '--password', 'un mot de passe très long'], { env })).rejects.toMatchObject({ code: 2 }),
      expect(run(TSX, [SCRIPT, '--email', 'x@y.test', '--role', 'counsellor', '--structure', 'structure-inventee', '--password', 'un mot de passe très long'], { env })).rejects.toMatchObject({
        code: 2,
        stderr: expect.stringContaining('not in the operator directory'),
      }),
    ]);
    expect(await new FileConsoleUserStore(dir).findByEmail('x@y.test')).toBeUndefined();
  });
});
