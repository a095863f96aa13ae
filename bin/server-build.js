// Where the compiled server lives and how to tell whether it was compiled from the sources in
// this checkout. Shared by bin/dateline.js (which runs the compiled server when it is current) and
// scripts/build-server.ts (which writes it).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SERVER_SRC = join(ROOT, 'src');
export const SERVER_DIST = join(ROOT, 'dist/server');
export const SERVER_ENTRY = join(SERVER_DIST, 'cli/dateline.js');
const STAMP = join(SERVER_DIST, 'build-stamp.json');

/** The server's source files (TypeScript, and the stylesheet it serves): everything under src/ except tests and the newsroom app (built by Vite). */
export function serverSources(dir = SERVER_SRC) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return path === join(SERVER_SRC, 'newsroom-ui') ? [] : serverSources(path);
    return /\.(tsx?|css)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** A fingerprint of what the compiled server is made from: its sources and this file (the build's rules). */
export function serverSourceHash() {
  const hash = createHash('sha256');
  for (const file of serverSources().sort()) hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file));
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  return hash.digest('hex');
}

/** True when dist/server was compiled from exactly the sources in src/. */
export function serverBuildIsCurrent() {
  if (!existsSync(SERVER_ENTRY) || !existsSync(STAMP)) return false;
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8')).hash === serverSourceHash();
  } catch {
    return false;
  }
}

export const SERVER_STAMP = STAMP;

/**
 * Node flags for the long-running processes, carried by `npm start`, `npm run dateline` and the
 * shebang of bin/dateline.js (a test keeps the three in step): a 2 MB young generation instead of
 * V8's 16 MB, and an old generation that grows by half its live size before collecting instead of
 * V8's up to fourfold. At the same request rate the server's peak memory under load fell from
 * 199-279 MB to 120-160 MB (docs/adr/0005).
 */
export const NODE_FLAGS = ['--max-semi-space-size=2', '--heap-growing-percent=50'];
