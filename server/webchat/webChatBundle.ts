// Builds the citizen page's Web Chat bundle with esbuild: botframework-webchat's minimal ES module
// (no Adaptive Cards, no speech: the page uses neither) plus markdown-it for bot messages, minified,
// precompressed (gzip and brotli) and written to disk under a content-hashed name so that it can be
// cached as immutable. A later start with the same inputs reuses the files instead of rebuilding.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlibConstants } from 'node:zlib';

const require = createRequire(import.meta.url);
const ENTRY_PATH = join(dirname(fileURLToPath(import.meta.url)), 'assets', 'webchat-entry.js');

const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);

/** One static file served from memory: plain, gzip and brotli bodies under an immutable name. */
export interface CompressedAsset {
  /** Content-hashed file name, e.g. webchat.3f2a9c1d0b7e.js. */
  name: string;
  contentType: string;
  plain: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  etag: string;
}

/** A package's folder, found from its main entry (some exports maps hide package.json). */
function packageDir(name: string): string {
  // A package whose main file is missing is still found through the lookup folders.
  for (const base of require.resolve.paths(name) ?? []) {
    if (existsSync(join(base, name, 'package.json'))) return join(base, name);
  }
  let dir = dirname(require.resolve(name));
  while (!existsSync(join(dir, 'package.json')) || (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string }).name !== name) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`package folder of ${name} not found`);
    dir = parent;
  }
  return dir;
}

function packageVersion(name: string): string {
  return (JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string }).version;
}

export function contentHash(data: Buffer | string, length = 12): string {
  return createHash('sha256').update(data).digest('hex').slice(0, length);
}

export async function compressAsset(name: string, contentType: string, plain: Buffer): Promise<CompressedAsset> {
  const [gz, br] = await Promise.all([
    gzipAsync(plain, { level: zlibConstants.Z_BEST_COMPRESSION }),
    brotliAsync(plain, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: plain.length } }),
  ]);
  return { name, contentType, plain, gzip: gz, brotli: br, etag: `"${contentHash(plain, 24)}"` };
}

/** A name "stem.hash.ext" for a file's content. */
export function hashedName(stem: string, ext: string, content: Buffer): string {
  return `${stem}.${contentHash(content)}.${ext}`;
}

function writeAtomic(path: string, data: Buffer | string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/**
 * Returns the Web Chat bundle, building it only when no build of the same inputs (entry source,
 * package versions, build options) is on disk in buildDir.
 */
export async function loadWebChatBundle(buildDir: string): Promise<CompressedAsset & { built: boolean }> {
  const entry = readFileSync(ENTRY_PATH, 'utf8');
  const minimalModule = join(packageDir('botframework-webchat'), 'dist', 'botframework-webchat.minimal.mjs');
  const options = { target: 'es2019', format: 'iife', minify: true, legalComments: 'none' } as const;
  const inputKey = contentHash(
    JSON.stringify({
      entry,
      webchat: packageVersion('botframework-webchat'),
      markdownIt: packageVersion('markdown-it'),
      esbuild: packageVersion('esbuild'),
      options,
    }),
    16,
  );
  mkdirSync(buildDir, { recursive: true });
  const manifestPath = join(buildDir, `webchat-build-${inputKey}.json`);
  if (existsSync(manifestPath)) {
    try {
      const { name } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { name: string };
      const base = join(buildDir, name);
      const plain = readFileSync(base);
      if (name === hashedName('webchat', 'js', plain)) {
        return { name, contentType: 'text/javascript; charset=utf-8', plain, gzip: readFileSync(`${base}.gz`), brotli: readFileSync(`${base}.br`), etag: `"${contentHash(plain, 24)}"`, built: false };
      }
    } catch {
      // Missing or torn files: rebuild below.
    }
  }
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: dirname(ENTRY_PATH), sourcefile: 'webchat-entry.js', loader: 'js' },
    bundle: true,
    write: false,
    platform: 'browser',
    ...options,
    plugins: [
      {
        // The package's exports map hides the minimal build: point the import at its file.
        name: 'webchat-minimal',
        setup(build) {
          build.onResolve({ filter: /^botframework-webchat-minimal$/ }, () => ({ path: minimalModule }));
        },
      },
      {
        // Web Chat's "-es5" helper packages build their ES module in a postinstall script; an
        // install run with --ignore-scripts leaves only their source, which is the same module.
        name: 'es5-helpers-source',
        setup(build) {
          build.onResolve({ filter: /^[a-z][a-z0-9-]*-es5$/ }, (args) => {
            const dir = packageDir(args.path);
            const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { module?: string };
            if (pkg.module && existsSync(join(dir, pkg.module))) return undefined;
            const source = join(dir, 'src', 'index.mjs');
            return existsSync(source) ? { path: source } : undefined;
          });
        },
      },
    ],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const plain = Buffer.from(result.outputFiles[0].contents);
  const name = hashedName('webchat', 'js', plain);
  const asset = await compressAsset(name, 'text/javascript; charset=utf-8', plain);
  const base = join(buildDir, name);
  writeAtomic(base, asset.plain);
  writeAtomic(`${base}.gz`, asset.gzip);
  writeAtomic(`${base}.br`, asset.brotli);
  writeAtomic(manifestPath, JSON.stringify({ name, builtAt: new Date().toISOString() }));
  return { ...asset, built: true };
}
