// Every bench writes its own section of docs/benchmarks.md through one helper: a rerun must
// replace only that section and leave the other benches' figures untouched.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { percentile, writeBenchSection } from '../../bench/benchKit.js';

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

describe('percentile (one definition for every bench)', () => {
  it('Given latencies in any order, When asked for p50/p95/p100, Then it returns the nearest-rank values', () => {
    const values = Array.from({ length: 20 }, (_, i) => 20 - i); // 20..1, unsorted on purpose
    expect(percentile(values, 50)).toBe(10);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile(values, 100)).toBe(20);
    expect(percentile(values, 0)).toBe(1);
    expect(values[0]).toBe(20); // the caller's array is left as it was
  });
  it('Given no values, Then it is NaN rather than a made-up figure', () => {
    expect(percentile([], 95)).toBeNaN();
  });
});
