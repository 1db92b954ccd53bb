// GET / (the French page) and the Web Chat bundle and page assets, all from this server (no CDN).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';
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

export interface WebChatRouterOptions {
  stateTtlSeconds: number;
}

export function createWebChatRouter({ stateTtlSeconds }: WebChatRouterOptions): Router {
  const router = Router();
  const page = renderWebChatPage({ retentionDays: Math.max(1, Math.round(stateTtlSeconds / 86_400)) });
  const bundle = webChatBundlePath();

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
  router.get('/webchat/webchat.js', (_req, res) => {
    res.sendFile(bundle, { maxAge: '1d', headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
  });
  router.get('/webchat/chat.js', (_req, res) => {
    res.sendFile(join(ASSETS_DIR, 'chat.js'), { headers: { 'Content-Type': 'text/javascript; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
  });
  router.get('/webchat/chat.css', (_req, res) => {
    res.sendFile(join(ASSETS_DIR, 'chat.css'), { headers: { 'Content-Type': 'text/css; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
  });
  return router;
}
