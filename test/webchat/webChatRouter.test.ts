// The page, the built-in footer pages and the esbuild-built Web Chat bundle over real HTTP (router
// alone on a loopback server).
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, createWebChatRouter } from '../../server/webchat/webChatRouter.js';
import { loadWebChatBundle } from '../../server/webchat/webChatBundle.js';
import { siteSettingsFrom } from '../../server/webchat/siteSettings.js';
import { loadConfig } from '../../server/config.js';

/** The package's full prebuilt bundle (dist/webchat.js), the "before" figure of our smaller bundle. */
const FULL_WEBCHAT_BUNDLE = fileURLToPath(new URL('../../node_modules/botframework-webchat/dist/webchat.js', import.meta.url));

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
  let buildDir: string;
  beforeAll(async () => {
    buildDir = mkdtempSync(join(tmpdir(), 'cep-webchat-build-'));
    const app = express();
    const site = siteSettingsFrom(
      loadConfig({ SITE_OPERATOR_NAME: 'Région Exemple <script>', SITE_ACCESSIBILITY_STATUS: 'partiellement conforme', SITE_LEGAL_NOTICE_URL: 'javascript:alert(1)', SITE_PRIVACY_URL: 'https://region.example/donnees' }),
    );
    const router = createWebChatRouter({ stateTtlSeconds: 30 * 86_400, buildDir, site });
    await router.ready;
    app.use(router);
    server = createServer(app);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 120_000);
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()));
    rmSync(buildDir, { recursive: true, force: true });
  });

  const assetNames = async () => {
    const html = (await rawGet(`${base}/`)).body.toString('utf8');
    const names = [...html.matchAll(/\/webchat\/([A-Za-z0-9.-]+)"/g)].map((m) => m[1]);
    return { html, names, bundle: names.find((n) => /^webchat\.[0-9a-f]{12}\.js$/.test(n))! };
  };

  it('Given GET /, Then a French, accessible page embeds Web Chat from our own routes with a strict CSP and the Region footer', async () => {
    const res = await rawGet(`${base}/`);
    expect(res.status).toBe(200);
    const html = res.body.toString('utf8');
    expect(html).toMatch(/<html lang="fr">/);
    expect(html).toMatch(/<title>Assistant d'accueil – Conseil en évolution professionnelle<\/title>/);
    expect(html).toMatch(/<script async src="\/webchat\/webchat\.[0-9a-f]{12}\.js"><\/script>/);
    expect(html).toMatch(/<p class="fr-logo">République<br>Française<\/p>/);
    expect(html).toContain('Région Exemple &lt;script&gt;');
    expect(html).not.toContain('Région Exemple <script>');
    expect(html).toContain('Accessibilité : partiellement conforme');
    // A link that is not http(s) or a local path falls back to the built-in page.
    expect(html).toContain('<a href="/mentions-legales">Mentions légales</a>');
    expect(html).toContain('href="https://region.example/donnees"');
    expect(html).not.toContain('javascript:');
    expect(html.replace('https://region.example/donnees', '')).not.toMatch(/https?:\/\//); // no CDN, no third-party resource
    expect(html).toContain('30 jours');
    expect(String(res.headers['content-security-policy'])).toContain("script-src 'self'");
  });

  it('Given the built-in footer pages, Then each one is French and reachable', async () => {
    for (const [path, title] of [
      ['/accessibilite', 'Accessibilité'],
      ['/mentions-legales', 'Mentions légales'],
      ['/donnees-personnelles', 'Données personnelles'],
    ]) {
      const res = await rawGet(`${base}${path}`);
      expect(res.status).toBe(200);
      expect(res.body.toString('utf8')).toContain(`<h1>${title}</h1>`);
    }
  });

  it('Given a client accepting brotli or gzip, When it fetches the bundle, Then it gets the precompressed build, immutable, and 304 on revalidation', async () => {
    const { bundle } = await assetNames();
    const br = await rawGet(`${base}/webchat/${bundle}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const plain = brotliDecompressSync(br.body);
    const gz = await rawGet(`${base}/webchat/${bundle}`, { 'accept-encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).equals(plain)).toBe(true);
    const identity = await rawGet(`${base}/webchat/${bundle}`);
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.equals(plain)).toBe(true);
    // Smaller than the package's full prebuilt bundle (Adaptive Cards and speech left out).
    expect(plain.length).toBeLessThan(statSync(FULL_WEBCHAT_BUNDLE).size * 0.6);
    expect(plain.toString('utf8')).toContain('cep-webchat-ready');
    const again = await rawGet(`${base}/webchat/${bundle}`, { 'if-none-match': String(br.headers.etag) });
    expect(again.status).toBe(304);
    expect((await rawGet(`${base}/webchat/webchat.000000000000.js`)).status).toBe(404);
  });

  it('Given a second start with the same inputs, When the bundle is loaded, Then the disk cache is used (no rebuild) and the name is unchanged', async () => {
    const { bundle } = await assetNames();
    const again = await loadWebChatBundle(buildDir);
    expect(again.built).toBe(false);
    expect(again.name).toBe(bundle);
    expect(readdirSync(buildDir).sort()).toEqual(expect.arrayContaining([bundle, `${bundle}.br`, `${bundle}.gz`]));
  });

  it('Given the page script and stylesheet, Then they are served with hashed names and the right types', async () => {
    const { names } = await assetNames();
    const script = names.find((n) => /^chat\.[0-9a-f]{12}\.js$/.test(n))!;
    const css = names.find((n) => /^chat\.[0-9a-f]{12}\.css$/.test(n))!;
    const js = await rawGet(`${base}/webchat/${script}`);
    expect(js.headers['content-type']).toMatch(/javascript/);
    expect(js.body.toString()).toContain("locale: 'fr-FR'");
    const sheet = await rawGet(`${base}/webchat/${css}`);
    expect(sheet.headers['content-type']).toMatch(/text\/css/);
    expect(sheet.body.toString()).toContain('.fr-logo');
  });

  it('Given Accept-Encoding headers, Then brotli is preferred, q=0 refuses an encoding', () => {
    expect(chooseEncoding('gzip, br')).toBe('br');
    expect(chooseEncoding('br;q=0, gzip')).toBe('gzip');
    expect(chooseEncoding('identity')).toBeUndefined();
    expect(chooseEncoding(undefined)).toBeUndefined();
  });
});
