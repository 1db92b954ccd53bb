// The citizen page's static files, prepared once at start: Web Chat bundle (esbuild, cached on disk),
// page script, stylesheet (DSFR logo block + page styles) and the Marianne fonts. Every file gets a
// content-hashed name, so it is served as immutable, precompressed with gzip and brotli.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressAsset, hashedName, loadWebChatBundle, type CompressedAsset } from './webChatBundle.js';

const require = createRequire(import.meta.url);
const ASSETS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'assets');
const DSFR_DIST_DIR = dirname(require.resolve('@gouvfr/dsfr/dist/dsfr.min.css'));

export interface WebChatAssets {
  bundle: CompressedAsset;
  script: CompressedAsset;
  stylesheet: CompressedAsset;
  fonts: CompressedAsset[];
  /** Whether this start had to build the bundle (false when the disk cache was used). */
  bundleBuilt: boolean;
  byName: Map<string, CompressedAsset>;
}

const FONTS = [
  { file: 'Marianne-Regular.woff2', weight: 400 },
  { file: 'Marianne-Bold.woff2', weight: 700 },
];

export async function prepareWebChatAssets(buildDir: string): Promise<WebChatAssets> {
  const bundle = await loadWebChatBundle(buildDir);
  const fonts: CompressedAsset[] = [];
  const fontFaces: string[] = [];
  for (const font of FONTS) {
    const data = readFileSync(join(DSFR_DIST_DIR, 'fonts', font.file));
    const name = hashedName(font.file.replace(/\.woff2$/, ''), 'woff2', data);
    // woff2 is already compressed: the "compressed" bodies are the file itself.
    fonts.push({ name, contentType: 'font/woff2', plain: data, gzip: data, brotli: data, etag: `"${name}"` });
    fontFaces.push(`@font-face{font-family:Marianne;src:url(/webchat/${name}) format("woff2");font-weight:${font.weight};font-style:normal;font-display:swap}`);
  }
  // The DSFR logo component draws the Marianne and the motto from inline SVG; it reads one colour variable.
  const logoCss = readFileSync(join(DSFR_DIST_DIR, 'component', 'logo', 'logo.min.css'), 'utf8').replace(/\/\*![\s\S]*?\*\//, '');
  const css = Buffer.from(`${fontFaces.join('\n')}\n:root{--text-black-white-grey:#161616}\n${logoCss}\n${readFileSync(join(ASSETS_DIR, 'chat.css'), 'utf8')}`);
  const stylesheet = await compressAsset(hashedName('chat', 'css', css), 'text/css; charset=utf-8', css);
  const js = readFileSync(join(ASSETS_DIR, 'chat.js'));
  const script = await compressAsset(hashedName('chat', 'js', js), 'text/javascript; charset=utf-8', js);
  const byName = new Map<string, CompressedAsset>();
  for (const a of [bundle, script, stylesheet, ...fonts]) byName.set(a.name, a);
  return { bundle, script, stylesheet, fonts, bundleBuilt: bundle.built, byName };
}
