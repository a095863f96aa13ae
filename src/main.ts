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
import { createMailer, type Mailer } from './modules/mail/index.js';
import { JobRunner } from './modules/jobs/index.js';

/** Everything the process shares, built in one place: the composition root. */
export interface Services {
  config: Config;
  database: DatabaseHandle;
  clock: Clock;
  events: EventBus;
  log: Logger;
  cache: PageCache;
  mailer: Mailer;
  /** Runs durable jobs; started by `serve` (with the web server) or `worker` (alone). */
  jobs: JobRunner;
}

export async function buildServices(config: Config, overrides: { log?: Logger; clock?: Clock; database?: DatabaseHandle; mailer?: Mailer } = {}): Promise<Services> {
  const log = overrides.log ?? createLogger(config.logLevel);
  const database = overrides.database ?? openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(database.db);
  const clock = overrides.clock ?? systemClock;
  const events = new EventBus((error) => log.error({ err: error }, 'event handler failed'));
  const cache = new PageCache(() => clock.now().getTime());
  // Any change to an article drops its cached fragments and every cached list it may appear in.
  events.on('post.changed', ({ postId }) => cache.invalidate([`post:${postId}`, 'lists']));
  events.on('post.deleted', ({ postId }) => cache.invalidate([`post:${postId}`, 'lists']));
  const mailer = overrides.mailer ?? createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, dataDir: config.dataDir });
  const jobs = new JobRunner({ db: database.db, dialect: database.dialect, clock, log });
  return { config, database, clock, events, log, cache, mailer, jobs };
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
  services.jobs.start();
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    services.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 10_000);
    force.unref();
    await app.close();
    await services.jobs.stop();
    await services.mailer.close();
    await services.database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  return app;
}
