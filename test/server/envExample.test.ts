// .env.example documents every configuration variable, with the default the code really uses.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configSchema, loadConfig } from '../../server/config.js';

function parseEnvExample(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readFileSync('.env.example', 'utf8').split('\n')) {
    const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.trim());
    if (m) out[m[1]] = m[2];
  }
  return out;
}

describe('.env.example', () => {
  it('Given the config schema, When compared with .env.example, Then every variable is documented and none is unknown', () => {
    const documented = Object.keys(parseEnvExample()).sort();
    const known = Object.keys(configSchema.shape).sort();
    expect(documented).toEqual(known);
  });

  it('Given the values written in .env.example, When loaded, Then they are exactly the defaults', () => {
    expect(loadConfig(parseEnvExample())).toEqual(loadConfig({}));
  });
});
