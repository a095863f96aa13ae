import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The checkout (or installed package) this code runs from: the nearest folder above this module
 * holding package.json. The same whether the module runs from src/ (through tsx) or from the
 * compiled dist/server/, which sit at different depths.
 */
export const PROJECT_ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
  return dir;
})();

/** Which code this process runs, for the start-up log line: the compiled server (dist/server) or the TypeScript sources through tsx. */
export const RUNNING_CODE = fileURLToPath(import.meta.url).endsWith('.ts') ? 'TypeScript sources (tsx)' : 'compiled (dist/server)';
