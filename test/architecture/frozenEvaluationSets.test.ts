// Every evaluation set named blind or held-out, and every recorded run beside it, is frozen at its first commit:
// exactly one commit touches the path, and the file in the working tree is that commit's blob. `git log --follow`
// can show more commits for these look-alike JSON files because its rename detection links one file to another;
// this test reads the history of the path itself, without rename detection, and compares the content.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const FROZEN_NAME = /(blind|heldout|held-out)/i;
const CODE = /\.(ts|js|mjs)$/;

function git(args: string[]): string {
  return execFileSync('git', args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).trim();
}

function hasFullHistory(): boolean {
  try {
    return git(['rev-parse', '--is-inside-work-tree']) === 'true' && git(['rev-parse', '--is-shallow-repository']) === 'false';
  } catch {
    return false;
  }
}

describe('frozen evaluation sets', () => {
  it('Given every blind or held-out set and recorded run, Then one commit wrote it and the file is still that commit\'s content', (context) => {
    if (!hasFullHistory()) {
      console.warn('frozen evaluation sets: not a git checkout with full history, check skipped');
      context.skip();
    }
    const files = git(['ls-files']).split('\n').filter((f) => FROZEN_NAME.test(f) && !CODE.test(f));
    expect(files.length).toBeGreaterThan(50);
    const changed: string[] = [];
    for (const file of files) {
      const commits = git(['log', '--no-renames', '--format=%H', '--', file]).split('\n').filter(Boolean);
      if (commits.length !== 1) {
        changed.push(`${file}: ${commits.length} commits`);
        continue;
      }
      const committed = git(['rev-parse', `${commits[0]}:${file}`]);
      const now = git(['hash-object', file]);
      if (committed !== now) changed.push(`${file}: differs from its first commit ${commits[0].slice(0, 7)}`);
    }
    expect(changed).toEqual([]);
  });
});
