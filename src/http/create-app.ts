import { join } from 'node:path';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { sql } from 'kysely';
import type { Logger } from '../kernel/logger.js';
import type { Config } from '../kernel/config.js';
import type { Db } from '../db/database-handle.js';
import type { PageCache } from '../web/page-cache.js';
import { readerSite } from '../web/reader-site.js';
import { favicon, stylesheet } from '../web/assets.js';

export interface AppDeps {
  config: Config;
  db: Db;
  log: Logger;
  cache: PageCache;
}

/** Content-Security-Policy for every response: no inline script, no third-party origins. */
const CSP = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    fontSrc: ["'self'"],
    connectSrc: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    baseUri: ["'self'"],
    objectSrc: ["'none'"],
  },
};

/**
 * Builds the HTTP application: security headers, health check, static assets and media, then one
 * encapsulated plugin per surface (the reader site now; members, Admin and Content APIs later).
 */
export async function createApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.log as FastifyBaseLogger,
    disableRequestLogging: true,
    trustProxy: true,
    maxParamLength: 300,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true },
  });

  await app.register(helmet, {
    contentSecurityPolicy: CSP,
    crossOriginEmbedderPolicy: false,
    strictTransportSecurity: deps.config.publicUrl.startsWith('https:') ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });

  app.get('/healthz', async (_request, reply) => {
    try {
      await sql`select 1`.execute(deps.db);
      return reply.header('cache-control', 'no-store').send({ status: 'ok' });
    } catch {
      return reply.code(503).header('cache-control', 'no-store').send({ status: 'unavailable' });
    }
  });

  app.get(stylesheet.url, async (_request, reply) =>
    reply.header('content-type', 'text/css; charset=utf-8').header('cache-control', 'public, max-age=31536000, immutable').send(stylesheet.body),
  );
  app.get('/favicon.svg', async (_request, reply) => reply.header('content-type', 'image/svg+xml').header('cache-control', 'public, max-age=86400').send(favicon));

  await app.register(async (media) => {
    await media.register(fastifyStatic, {
      root: join(deps.config.dataDir, 'media'),
      prefix: '/media/',
      decorateReply: false,
      index: false,
      list: false,
      dotfiles: 'deny',
      maxAge: '365d',
      immutable: true,
      allowedPath: (path) => /^\/?[0-9a-z]{26}\/[0-9]{2,5}\.(webp|jpg)$/.test(path),
    });
  });

  await app.register(async (site) => readerSite(site, { db: deps.db, config: deps.config, cache: deps.cache }));
  return app;
}
