// Attack replay: one hostile WebSocket frame must close that socket only, never the process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { expectServerUp, json, startServerProcess, type ServerProcess } from './securityServer.js';

const INVALID_UTF8 = Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
const OVERSIZED = 'x'.repeat(70 * 1024);

/** Opens a socket, sends one text frame, resolves with the close code the server chose. */
async function sendAndWaitClose(url: string, frame: string | Buffer, headers: Record<string, string> = {}): Promise<number> {
  const ws = new WebSocket(url, { headers });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return new Promise<number>((resolve) => {
    ws.on('error', () => undefined);
    ws.once('close', (code) => resolve(code));
    ws.send(frame, { binary: false });
  });
}

async function directLineStreamUrl(url: string): Promise<string> {
  const created = await json(await fetch(`${url}/v3/directline/tokens/generate`, { method: 'POST' }));
  const conv = await json(
    await fetch(`${url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${created.token}` } }),
  );
  return conv.streamUrl as string;
}

describe('WebSocket frames that used to end the process', { timeout: 120_000 }, () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess();
  }, 130_000);
  afterAll(async () => server?.stop());

  it('Given the voice relay, When a text frame over 64 KB arrives, Then that socket closes with 1009 and the server stays up', async () => {
    expect(await sendAndWaitClose(`${server.wsUrl}/voice/relay`, OVERSIZED)).toBe(1009);
    await expectServerUp(server);
  });

  it('Given the voice relay, When a text frame with invalid UTF-8 arrives, Then that socket closes with 1007 and the server stays up', async () => {
    expect(await sendAndWaitClose(`${server.wsUrl}/voice/relay`, INVALID_UTF8)).toBe(1007);
    await expectServerUp(server);
  });

  it('Given a Direct Line stream, When the same two frames arrive, Then each socket closes with its code and the server stays up', async () => {
    expect(await sendAndWaitClose(await directLineStreamUrl(server.url), OVERSIZED)).toBe(1009);
    expect(await sendAndWaitClose(await directLineStreamUrl(server.url), INVALID_UTF8)).toBe(1007);
    await expectServerUp(server);
  });

  it('Given an upgrade request whose socket is reset before the answer, Then the server stays up', async () => {
    const { connect } = await import('node:net');
    const { port } = new URL(server.url);
    for (let i = 0; i < 5; i++) {
      const s = connect(Number(port), '127.0.0.1');
      s.on('error', () => undefined);
      await new Promise<void>((r) => s.once('connect', () => r()));
      s.write(
        `GET /v3/directline/conversations/abc/stream?t=x HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
      s.resetAndDestroy();
    }
    await new Promise((r) => setTimeout(r, 300));
    await expectServerUp(server);
  });

  it('Given those errors, Then each is logged once without the payload', () => {
    const lines = server.output().split('\n').filter((l) => l.includes('websocket closed after a client error'));
    expect(lines.length).toBe(4);
    expect(server.output()).not.toContain('xxxxxxxxxx');
  });
});

describe('voice relay ids reach storage capped', { timeout: 120_000 }, () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServerProcess({ STATE_STORE: 'file' });
  }, 130_000);
  afterAll(async () => server?.stop());

  it('Given a setup message with a 100 000-character call id, Then no call starts and nothing that long is written', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const ws = new WebSocket(`${server.wsUrl}/voice/relay`);
    await new Promise<void>((resolve) => ws.once('open', () => resolve()));
    const received: string[] = [];
    ws.on('message', (d) => received.push(d.toString()));
    ws.send(JSON.stringify({ type: 'setup', callSid: 'C'.repeat(60_000), from: '+33612345678' }));
    await new Promise((r) => setTimeout(r, 1500));
    expect(received).toEqual([]);
    ws.close();
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
    const longId = 'C'.repeat(100);
    expect(files(server.dataDir).filter((f) => f.includes(longId) || readFileSync(f, 'latin1').includes(longId))).toEqual([]);
    await expectServerUp(server);
  });
});
