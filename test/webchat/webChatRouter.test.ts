// The page and the Web Chat bundle over real HTTP (router alone on a loopback server).
import { readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWebChatRouter, webChatBundlePath } from '../../server/webchat/webChatRouter.js';

function rawGet(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('web chat page and assets', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const app = express();
    app.use(createWebChatRouter({ stateTtlSeconds: 30 * 86_400 }));
    server = createServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('Given GET /, Then a French, accessible page embeds Web Chat from our own routes with a strict CSP', async () => {
    const res = await rawGet(`${base}/`);
    expect(res.status).toBe(200);
    const html = res.body.toString('utf8');
    expect(html).toMatch(/<html lang="fr">/);
    expect(html).toMatch(/<title>Assistant d'accueil – Conseil en évolution professionnelle<\/title>/);
    expect(html).toContain('<script src="/webchat/webchat.js"></script>');
    expect(html).not.toMatch(/https?:\/\//); // no CDN, no third-party resource
    expect(html).toContain('30 jours');
    expect(html).toMatch(/gratuit/i);
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it('Given a client accepting gzip, When it fetches the bundle, Then it gets the package file compressed, cacheable, and 304 on revalidation', async () => {
    const original = readFileSync(webChatBundlePath());
    const gz = await rawGet(`${base}/webchat/webchat.js`, { 'accept-encoding': 'gzip, br' });
    expect(gz.status).toBe(200);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gz.body.length).toBeLessThan(original.length / 3);
    expect(gunzipSync(gz.body).equals(original)).toBe(true);
    const plain = await rawGet(`${base}/webchat/webchat.js`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.equals(original)).toBe(true);
    const again = await rawGet(`${base}/webchat/webchat.js`, { 'if-none-match': String(gz.headers.etag) });
    expect(again.status).toBe(304);
  });

  it('Given the page script and stylesheet, Then they are served with the right types', async () => {
    const js = await rawGet(`${base}/webchat/chat.js`);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.body.toString()).toContain("locale: 'fr-FR'");
    const css = await rawGet(`${base}/webchat/chat.css`);
    expect(css.headers['content-type']).toMatch(/text\/css/);
  });
});
