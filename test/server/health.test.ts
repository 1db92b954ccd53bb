// /healthz, /readyz (with the readiness registry), 404 JSON and WebSocket upgrade dispatch.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { startApp, type RunningApp } from '../helpers/appServer.js';

describe('Health, readiness and upgrades', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ STATE_STORE: 'file' }, { skipWarmUp: true });
  });
  afterAll(async () => {
    await app.close();
  });

  it('Given a running process, When GET /healthz, Then 200 ok', async () => {
    const res = await fetch(`${app.url}/healthz`);
    expect(res.status).toBe(200);
    expect((await res.json()).status).toBe('ok');
  });

  it('Given the file store is writable, When GET /readyz, Then 200 with the state check', async () => {
    const res = await fetch(`${app.url}/readyz`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.status).toBe('ready');
    expect(body.checks.state.ok).toBe(true);
  });

  it('Given a subsystem that is not ready, When GET /readyz, Then 503 with JSON detail naming it', async () => {
    app.services.readinessChecks.add('knowledge-index', async () => ({ ok: false, detail: 'index en construction' }));
    app.services.readinessChecks.add('tickets', async () => {
      throw new Error('journal unreadable');
    });
    const res = await fetch(`${app.url}/readyz`);
    expect(res.status).toBe(503);
    const body = await res.json();
    expect(body.status).toBe('not_ready');
    expect(body.checks.state.ok).toBe(true);
    expect(body.checks['knowledge-index']).toMatchObject({ ok: false, detail: 'index en construction' });
    expect(body.checks.tickets).toMatchObject({ ok: false, detail: 'journal unreadable' });
    app.services.readinessChecks.add('knowledge-index', async () => undefined);
    app.services.readinessChecks.add('tickets', async () => ({ ok: true }));
    expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
  });

  it('Given an unknown path, When requested, Then 404 JSON', async () => {
    const res = await fetch(`${app.url}/nowhere`);
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });

  it('Given a handler registered for a path prefix, When a WebSocket connects there, Then it reaches the handler', async () => {
    const wss = new WebSocketServer({ noServer: true });
    app.services.upgradeHandlers.register('/test/echo', (req, socket, head) => {
      wss.handleUpgrade(req, socket, head, (ws) => ws.on('message', (m) => ws.send(`écho: ${m}`)));
    });
    const ws = new WebSocket(`${app.url.replace('http', 'ws')}/test/echo/abc?t=1`);
    const reply = await new Promise<string>((resolve, reject) => {
      ws.on('open', () => ws.send('bonjour'));
      ws.on('message', (m) => resolve(String(m)));
      ws.on('error', reject);
    });
    expect(reply).toBe('écho: bonjour');
    ws.close();
    wss.close();
  });

  it('Given no handler for the path, When a WebSocket upgrade is requested, Then it gets 404 and is closed', async () => {
    const port = new URL(app.url).port;
    const response = await new Promise<string>((resolve, reject) => {
      const s = connect(Number(port), '127.0.0.1', () => {
        s.write('GET /nope HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n');
      });
      let data = '';
      s.on('data', (d) => (data += d));
      s.on('end', () => resolve(data));
      s.on('error', reject);
    });
    expect(response).toMatch(/^HTTP\/1.1 404/);
  });
});
