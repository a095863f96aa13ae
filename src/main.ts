import type { FastifyInstance } from 'fastify';
import { openDatabase } from './db/open-database.js';
import type { DatabaseHandle } from './db/database-handle.js';
import { migrateToLatest } from './db/migrate.js';
import { systemClock, type Clock } from './kernel/clock.js';
import type { Config } from './kernel/config.js';
import { EventBus } from './kernel/events.js';
import { createLogger, type Logger } from './kernel/logger.js';
import { createApp } from './http/create-app.js';
import { PageCache } from './web/page-cache.js';

/** Everything the process shares, built in one place: the composition root. */
export interface Services {
  config: Config;
  database: DatabaseHandle;
  clock: Clock;
  events: EventBus;
  log: Logger;
  cache: PageCache;
}

export async function buildServices(config: Config, overrides: { log?: Logger; clock?: Clock; database?: DatabaseHandle } = {}): Promise<Services> {
  const log = overrides.log ?? createLogger(config.logLevel);
  const database = overrides.database ?? openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(database.db);
  const clock = overrides.clock ?? systemClock;
  const events = new EventBus((error) => log.error({ err: error }, 'event handler failed'));
  const cache = new PageCache(() => clock.now().getTime());
  // Any change to an article drops its cached fragments and every cached list it may appear in.
  events.on('post.changed', ({ postId }) => cache.invalidate([`post:${postId}`, 'lists']));
  events.on('post.deleted', ({ postId }) => cache.invalidate([`post:${postId}`, 'lists']));
  return { config, database, clock, events, log, cache };
}

export async function buildApp(services: Services): Promise<FastifyInstance> {
  return createApp({ config: services.config, db: services.database.db, log: services.log, cache: services.cache });
}

/**
 * Serves until SIGTERM or SIGINT, then stops taking connections, lets in-flight requests finish
 * and closes the database.
 */
export async function serve(services: Services): Promise<FastifyInstance> {
  const app = await buildApp(services);
  await app.listen({ port: services.config.port, host: services.config.host });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    services.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close();
    await services.database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  return app;
}
