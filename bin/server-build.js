// Where the compiled server lives and how to tell whether it was compiled from the sources in
// this checkout. Shared by bin/dateline.js (which runs the compiled server when it is current) and
// scripts/build-server.ts (which writes it).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { filesUnder, hashFiles, stampMatches } from './build-stamp.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SERVER_SRC = join(ROOT, 'src');
export const SERVER_DIST = join(ROOT, 'dist/server');
export const SERVER_ENTRY = join(SERVER_DIST, 'cli/dateline.js');
export const SERVER_STAMP = join(SERVER_DIST, 'build-stamp.json');

/**
 * Node flags for the long-running processes, carried by `npm start`, `npm run dateline` and the
 * shebang of bin/dateline.js (a test keeps the three in step): a 2 MB young generation instead of
 * V8's 16 MB, and an old generation that grows by half its live size before collecting instead of
 * V8's up to fourfold. At the same request rate the server's peak memory under load fell from
 * 199-279 MB to 120-160 MB (docs/adr/0005).
 */
export const NODE_FLAGS = ['--max-semi-space-size=2', '--heap-growing-percent=50'];

/** The server's source files (TypeScript, and the stylesheet it serves): everything under src/ except tests and the newsroom app (built by Vite). */
export const serverSources = () =>
  filesUnder(SERVER_SRC, (path, isDirectory) => (isDirectory ? path !== join(SERVER_SRC, 'newsroom-ui') : /\.(tsx?|css)$/.test(path) && !/\.test\.tsx?$/.test(path)));

/** A fingerprint of what the compiled server is made from: its sources and the build's rules (this file and the stamp helpers). */
export const serverSourceHash = () => hashFiles(ROOT, serverSources(), [fileURLToPath(import.meta.url), join(ROOT, 'bin/build-stamp.js')]);

/** True when dist/server was compiled from exactly the sources in src/. */
export const serverBuildIsCurrent = () => existsSync(SERVER_ENTRY) && stampMatches(SERVER_STAMP, serverSourceHash());
