import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../kernel/project-root.js';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';

/** Where `npm run build:newsroom` (scripts/build-newsroom.ts) writes the app. */
export const NEWSROOM_DIST = join(PROJECT_ROOT, 'dist/newsroom');

const NOT_BUILT = 'The newsroom app has not been built yet. Run `npm run build:newsroom` (npm start does it for you), then reload this page.\n';

/**
 * Serves the newsroom app: its hashed assets with a year-long cache, and its one HTML page for
 * every address under /newsroom (the app routes in the browser). The page is static: no inline
 * script or style, so the site-wide CSP applies unchanged. Everything the app does goes through
 * the Admin API.
 */
export async function newsroomRoutes(app: FastifyInstance, options: { distDir?: string } = {}): Promise<void> {
  const dist = options.distDir ?? NEWSROOM_DIST;
  const assets = join(dist, 'assets');
  if (existsSync(assets)) {
    await app.register(fastifyStatic, { root: assets, prefix: '/newsroom/assets/', decorateReply: false, index: false, list: false, dotfiles: 'deny', maxAge: '365d', immutable: true });
  }

  const page = async (_request: unknown, reply: FastifyReply) => {
    const html = await readFile(join(dist, 'index.html'), 'utf8').catch(() => undefined);
    reply.header('cache-control', 'no-cache').header('x-robots-tag', 'noindex');
    if (!html) return reply.code(503).header('content-type', 'text/plain; charset=utf-8').send(NOT_BUILT);
    return reply.header('content-type', 'text/html; charset=utf-8').send(html);
  };
  app.get('/newsroom', page);
  app.get('/newsroom/*', page);
}
