/**
 * Builds the newsroom app (src/newsroom-ui) into dist/newsroom with Vite, unless the build there
 * is already from the same sources and dependencies. `npm start` and `npm test` run it first
 * (prestart, pretest); `--force` rebuilds regardless.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder, hashFiles, stampMatches, writeStamp } from '../bin/build-stamp.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const NEWSROOM_SRC = join(root, 'src/newsroom-ui');
export const NEWSROOM_DIST = join(root, 'dist/newsroom');
const STAMP = join(NEWSROOM_DIST, 'build-stamp.json');

/** A fingerprint of everything the bundle is made from: the app's sources and the locked dependency versions. */
export const sourceHash = (): string =>
  hashFiles(root, filesUnder(NEWSROOM_SRC, (path, isDirectory) => isDirectory || !/\.test\.tsx?$/.test(path)), [join(root, 'package-lock.json'), fileURLToPath(import.meta.url)]);

export const newsroomIsCurrent = (): boolean => existsSync(join(NEWSROOM_DIST, 'index.html')) && stampMatches(STAMP, sourceHash());

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
  writeStamp(STAMP, sourceHash());
  return 'built';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const result = await buildNewsroom({ force: process.argv.includes('--force') });
  console.log(result === 'current' ? 'Newsroom app is up to date (dist/newsroom).' : `Built the newsroom app into dist/newsroom in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
