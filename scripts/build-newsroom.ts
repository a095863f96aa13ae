/**
 * Builds the newsroom app (src/newsroom-ui) into dist/newsroom with Vite, unless the build there
 * is already from the same sources and dependencies. `npm start` and `npm test` run it first
 * (prestart, pretest); `--force` rebuilds regardless.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const NEWSROOM_SRC = join(root, 'src/newsroom-ui');
export const NEWSROOM_DIST = join(root, 'dist/newsroom');
const STAMP = join(NEWSROOM_DIST, 'build-stamp.json');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.test\.tsx?$/.test(name) ? [] : [path];
  });
}

/** A fingerprint of everything the bundle is made from: the app's sources and the locked dependency versions. */
export function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of files(NEWSROOM_SRC).sort()) hash.update(relative(root, file)).update(readFileSync(file));
  hash.update(readFileSync(join(root, 'package-lock.json')));
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  return hash.digest('hex');
}

export function newsroomIsCurrent(): boolean {
  if (!existsSync(join(NEWSROOM_DIST, 'index.html')) || !existsSync(STAMP)) return false;
  try {
    return (JSON.parse(readFileSync(STAMP, 'utf8')) as { hash?: string }).hash === sourceHash();
  } catch {
    return false;
  }
}

export async function buildNewsroom(options: { force?: boolean; quiet?: boolean } = {}): Promise<'built' | 'current'> {
  if (!options.force && newsroomIsCurrent()) return 'current';
  const { build } = await import('vite');
  await build({
    root: NEWSROOM_SRC,
    base: '/newsroom/',
    configFile: false,
    logLevel: options.quiet ? 'error' : 'warn',
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: {
      outDir: NEWSROOM_DIST,
      emptyOutDir: true,
      target: 'es2022',
      // No inline script anywhere: the page's CSP allows only files from our origin.
      modulePreload: { polyfill: false },
      assetsInlineLimit: 0,
      sourcemap: false,
    },
  });
  writeFileSync(STAMP, JSON.stringify({ hash: sourceHash(), builtAt: new Date().toISOString() }));
  return 'built';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const result = await buildNewsroom({ force: process.argv.includes('--force') });
  console.log(result === 'current' ? 'Newsroom app is up to date (dist/newsroom).' : `Built the newsroom app into dist/newsroom in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
