// Every bench writes its own section of docs/benchmarks.md through one helper: a rerun must
// replace only that section and leave the other benches' figures untouched.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeBenchSection } from '../../bench/benchKit.js';

describe('benchmarks doc sections', () => {
  it('appends a section under its heading, then replaces only it on a rerun', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cep-benchdoc-')), 'benchmarks.md');
    writeFileSync(file, '# Benchmarks\n\n## Other\n\n<!-- bench:other:begin -->\nother figures\n<!-- bench:other:end -->\n');
    const section = (body: string) => ({ begin: '<!-- bench:x:begin -->', end: '<!-- bench:x:end -->', body, heading: 'X (bench/x)' });
    writeBenchSection(section('| a | 1 |'), file);
    writeBenchSection(section('| a | 2 |\n'), file);
    expect(readFileSync(file, 'utf8')).toBe(
      '# Benchmarks\n\n## Other\n\n<!-- bench:other:begin -->\nother figures\n<!-- bench:other:end -->\n\n## X (bench/x)\n\n<!-- bench:x:begin -->\n| a | 2 |\n<!-- bench:x:end -->\n',
    );
  });

  it('creates the document when it does not exist', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'cep-benchdoc-')), 'benchmarks.md');
    writeBenchSection({ begin: '<!-- b -->', end: '<!-- e -->', body: 'figures' }, file);
    expect(readFileSync(file, 'utf8')).toBe('# Benchmarks\n\n<!-- b -->\nfigures\n<!-- e -->\n');
  });
});
