/**
 * Compiles the server (src/, without tests and the newsroom app) into dist/server with esbuild,
 * one JavaScript file per source file, unless the build there is already from the same sources.
 * `npm start` and `npm test` run it first (prestart, pretest) through scripts/build.ts;
 * `--force` rebuilds regardless. bin/dateline.js runs the result only while it is current.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeStamp } from '../bin/build-stamp.js';
import { SERVER_DIST, SERVER_SRC, SERVER_STAMP, serverBuildIsCurrent, serverSourceHash, serverSources } from '../bin/server-build.js';

/** Compiles the server's sources into `outDir` (emptied first). */
export async function compileServer(outDir: string): Promise<void> {
  const { build } = await import('esbuild');
  rmSync(outDir, { recursive: true, force: true });
  await build({
    entryPoints: serverSources(),
    outbase: SERVER_SRC,
    outdir: outDir,
    // No bundling: each module keeps its own file, so import.meta.url and the imports between
    // modules mean what they mean in src/, and packages load from node_modules as usual.
    bundle: false,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    // The stylesheet is read at run time from beside the module that serves it.
    loader: { '.css': 'copy' },
    // Linked maps: stack traces map back to src/ with NODE_OPTIONS=--enable-source-maps.
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

export async function buildServer(options: { force?: boolean } = {}): Promise<'built' | 'current'> {
  if (!options.force && serverBuildIsCurrent()) return 'current';
  const hash = serverSourceHash();
  await compileServer(SERVER_DIST);
  writeStamp(SERVER_STAMP, hash);
  return 'built';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const result = await buildServer({ force: process.argv.includes('--force') });
  console.log(result === 'current' ? 'Server is up to date (dist/server).' : `Compiled the server into dist/server in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}
