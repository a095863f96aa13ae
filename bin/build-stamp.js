// Build stamps: a hash of what a build was made from, written beside the build, so a build can be
// skipped when current and never used when stale. Shared by the newsroom app's build
// (scripts/build-newsroom.ts) and the compiled server's (bin/server-build.js).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every file under `dir` whose path `keep` accepts (folders are entered when `keep` accepts them too). */
export function filesUnder(dir, keep = () => true) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (!keep(path, entry.isDirectory())) return [];
    return entry.isDirectory() ? filesUnder(path, keep) : [path];
  });
}

/** sha256 over each file's path (relative to `root`) and contents, in sorted order, then `extra` files' contents. */
export function hashFiles(root, files, extra = []) {
  const hash = createHash('sha256');
  for (const file of [...files].sort()) hash.update(relative(root, file)).update('\0').update(readFileSync(file));
  for (const file of extra) hash.update(readFileSync(file));
  return hash.digest('hex');
}

/** True when `stampPath` exists and records `hash`. */
export function stampMatches(stampPath, hash) {
  if (!existsSync(stampPath)) return false;
  try {
    return JSON.parse(readFileSync(stampPath, 'utf8')).hash === hash;
  } catch {
    return false;
  }
}

export function writeStamp(stampPath, hash) {
  writeFileSync(stampPath, JSON.stringify({ hash, builtAt: new Date().toISOString() }));
}
