// GET / (the French page), the built-in footer pages and the page's static files, all from this
// server (no CDN). Static files have content-hashed names: cached as immutable, sent brotli or gzip
// compressed from memory.
import { Router, type Request, type Response } from 'express';
import { prepareWebChatAssets, type WebChatAssets } from './webChatAssets.js';
import { renderInfoPage, renderWebChatPage } from './webChatPage.js';
import { BUILT_IN_PAGES, DEFAULT_SITE_SETTINGS, type SiteSettings } from './siteSettings.js';
import type { CompressedAsset } from './webChatBundle.js';

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

const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Picks brotli, then gzip, then plain, from the client's Accept-Encoding. */
export function chooseEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | undefined {
  const accepted = new Map<string, number>();
  for (const part of String(acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    accepted.set(name, q ? Number(q[1]) : 1);
  }
  if ((accepted.get('br') ?? 0) > 0) return 'br';
  if ((accepted.get('gzip') ?? 0) > 0) return 'gzip';
  return undefined;
}

function sendAsset(req: Request, res: Response, asset: CompressedAsset): void {
  const compressible = asset.gzip !== asset.plain;
  res.set({
    'Content-Type': asset.contentType,
    'Cache-Control': IMMUTABLE,
    ETag: asset.etag,
    'X-Content-Type-Options': 'nosniff',
    ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
  });
  if (req.headers['if-none-match'] === asset.etag) {
    res.status(304).end();
    return;
  }
  const encoding = compressible ? chooseEncoding(req.headers['accept-encoding']) : undefined;
  if (encoding) res.set('Content-Encoding', encoding);
  res.send(encoding === 'br' ? asset.brotli : encoding === 'gzip' ? asset.gzip : asset.plain);
}

function sendPage(res: Response, body: string): void {
  res.set({
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': PAGE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
  res.send(body);
}

export interface WebChatRouterOptions {
  stateTtlSeconds: number;
  /** Where the Web Chat bundle build is cached (content-hashed files). */
  buildDir: string;
  site?: SiteSettings;
  ticketRetentionDays?: number;
}

export interface WebChatRouter extends Router {
  /** Resolves once the assets are ready (the bundle is built or read from the disk cache). */
  ready: Promise<WebChatAssets>;
}

export function createWebChatRouter(options: WebChatRouterOptions): WebChatRouter {
  const router = Router() as WebChatRouter;
  const site = options.site ?? DEFAULT_SITE_SETTINGS;
  const retentionDays = Math.max(1, Math.round(options.stateTtlSeconds / 86_400));
  // Built once at start; a failed build is retried on the next request.
  let assets: Promise<WebChatAssets> | undefined;
  const load = (): Promise<WebChatAssets> => {
    if (!assets) {
      assets = prepareWebChatAssets(options.buildDir);
      assets.catch(() => (assets = undefined));
    }
    return assets;
  };
  router.ready = load();
  router.ready.catch(() => undefined);

  let homePage: string | undefined;
  router.get('/', async (_req, res) => {
    const a = await load();
    homePage ??= renderWebChatPage({
      retentionDays,
      site,
      assets: { stylesheet: a.stylesheet.name, script: a.script.name, bundle: a.bundle.name, fonts: a.fonts.map((f) => f.name) },
    });
    sendPage(res, homePage);
  });

  const infoPages = [
    [BUILT_IN_PAGES.accessibility, 'accessibility'],
    [BUILT_IN_PAGES.legalNotice, 'legalNotice'],
    [BUILT_IN_PAGES.privacy, 'privacy'],
  ] as const;
  for (const [path, kind] of infoPages) {
    router.get(path, async (_req, res) => {
      const a = await load();
      sendPage(
        res,
        renderInfoPage(kind, {
          site,
          stylesheet: a.stylesheet.name,
          fonts: a.fonts.map((f) => f.name),
          retentionDays,
          ticketRetentionDays: options.ticketRetentionDays ?? 90,
        }),
      );
    });
  }

  router.get('/webchat/:name', async (req, res, next) => {
    const asset = (await load()).byName.get(String(req.params.name));
    if (!asset) return next();
    sendAsset(req, res, asset);
  });
  return router;
}
