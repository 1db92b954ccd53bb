// GET / (the French page) and the Web Chat bundle and page assets, all from this server (no CDN).
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { gzip, constants as zlibConstants } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Router, type Request, type Response } from 'express';
import { renderWebChatPage } from './webChatPage.js';

const ASSETS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'assets');

/** dist/webchat.js of the installed botframework-webchat (its exports map hides the subpath). */
export function webChatBundlePath(): string {
  const main = createRequire(import.meta.url).resolve('botframework-webchat');
  return join(dirname(main), '..', 'dist', 'webchat.js');
}

// Web Chat injects its styles at run time (inline styles); scripts and connections stay same-origin.
const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "media-src 'self' blob: data:",
  "frame-ancestors 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

const gzipAsync = promisify(gzip);

interface CompressedBundle {
  plain: Buffer;
  gzipped: Buffer;
  etag: string;
}

/**
 * The Web Chat bundle is ~3.9 MB (~0.95 MB gzipped): compressed once, on first request, and kept in
 * memory, because people on slow mobile connections are part of the public.
 */
function bundleLoader(path: string): () => Promise<CompressedBundle> {
  let loading: Promise<CompressedBundle> | undefined;
  return () => {
    loading ??= (async () => {
      const plain = await readFile(path);
      const gzipped = await gzipAsync(plain, { level: zlibConstants.Z_BEST_COMPRESSION });
      const etag = `"${createHash('sha256').update(plain).digest('base64url').slice(0, 27)}"`;
      return { plain, gzipped, etag };
    })();
    loading.catch(() => (loading = undefined));
    return loading;
  };
}

async function sendBundle(req: Request, res: Response, load: () => Promise<CompressedBundle>): Promise<void> {
  const { plain, gzipped, etag } = await load();
  res.set({
    'Content-Type': 'text/javascript; charset=utf-8',
    'Cache-Control': 'public, max-age=86400',
    ETag: etag,
    Vary: 'Accept-Encoding',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.headers['if-none-match'] === etag) {
    res.status(304).end();
    return;
  }
  if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    res.set('Content-Encoding', 'gzip');
    res.send(gzipped);
  } else {
    res.send(plain);
  }
}

export interface WebChatRouterOptions {
  stateTtlSeconds: number;
}

export function createWebChatRouter({ stateTtlSeconds }: WebChatRouterOptions): Router {
  const router = Router();
  const page = renderWebChatPage({ retentionDays: Math.max(1, Math.round(stateTtlSeconds / 86_400)) });
  const loadBundle = bundleLoader(webChatBundlePath());

  router.get('/', (_req, res) => {
    res.set({
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': PAGE_CSP,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-cache',
    });
    res.send(page);
  });
  router.get('/webchat/webchat.js', (req, res) => sendBundle(req, res, loadBundle));
  router.get('/webchat/chat.js', (_req, res) => {
    res.sendFile(join(ASSETS_DIR, 'chat.js'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
  });
  router.get('/webchat/chat.css', (_req, res) => {
    res.sendFile(join(ASSETS_DIR, 'chat.css'), { headers: { 'Content-Type': 'text/css; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
  });
  return router;
}
