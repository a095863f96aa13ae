import type { FastifyInstance } from 'fastify';
import { openDatabase } from './db/open-database.js';
import type { DatabaseHandle } from './db/database-handle.js';
import { migrateToLatest } from './db/migrate.js';
import { RUNNING_CODE } from './kernel/project-root.js';
import { systemClock, type Clock } from './kernel/clock.js';
import type { Config } from './kernel/config.js';
import { EventBus } from './kernel/events.js';
import { createLogger, type Logger } from './kernel/logger.js';
import { createApp } from './http/create-app.js';
import { PageCache } from './web/page-cache.js';
import { createMailer, type Mailer } from './modules/mail/index.js';
import { enqueue, JobRunner, PermanentJobError } from './modules/jobs/index.js';
import { registerNewsletterJobs, type NewsletterDeps } from './modules/newsletters/index.js';
import { loadSiteKeys, readerTiers } from './modules/members/index.js';
import { PUBLISH_JOB, publishScheduledPost } from './modules/content/index.js';
import { createSearchIndex, isTaxonomyChange, keepSearchIndexCurrent, reindexTaxonomy, REINDEX_TAXONOMY_JOB, type SearchIndex } from './modules/search/index.js';
import { imageVariantsJob } from './modules/media/index.js';
import { announcePostChanges, DELIVERY_JOB, webhookDeliveryJob } from './modules/webhooks/index.js';
import { postUrl } from './http/admin-api/post-json.js';
import type { ArticleType } from './modules/content/index.js';

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
  /** The full-text index; kept current by post events, rebuilt by `dateline search reindex`. */
  search: SearchIndex;
  /** What the newsletters module needs: sends, subscriptions, unsubscribe links. */
  newsletters: NewsletterDeps;
}

export async function buildServices(config: Config, overrides: { log?: Logger; clock?: Clock; database?: DatabaseHandle; mailer?: Mailer } = {}): Promise<Services> {
  const log = overrides.log ?? createLogger(config.logLevel);
  const database = overrides.database ?? openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  await migrateToLatest(database.db, database.dialect);
  const clock = overrides.clock ?? systemClock;
  const events = new EventBus((error) => log.error({ err: error }, 'event handler failed'));
  const cache = new PageCache(() => clock.now().getTime());
  // Any change to an article drops its cached fragments and every cached list it may appear in.
  events.on('post.changed', ({ postId }) => cache.invalidate([`post:${postId}`, 'lists']));
  events.on('post.deleted', ({ postId }) => cache.invalidate([`post:${postId}`, 'lists']));
  // A renamed tag or author shows on every article and list carrying it: renames are rare, so the whole cache goes.
  events.on('taxonomy.changed', () => cache.clear());
  const search = createSearchIndex(database);
  const mailer = overrides.mailer ?? createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, dataDir: config.dataDir, maxConnections: 2, dkim: config.dkim });
  // Newsletters get their own pool (and rate), so a large send never delays a sign-in email.
  const bulkMailer = overrides.mailer ?? createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, dataDir: config.dataDir, maxConnections: config.smtpConnections, rateLimit: config.newsletterRate || undefined, dkim: config.dkim });
  const jobs = new JobRunner({ db: database.db, dialect: database.dialect, clock, log });
  // Search: article changes re-index at once; a renamed tag's or author's articles in a durable job.
  keepSearchIndexCurrent(events, {
    db: database.db,
    index: search,
    enqueueReindex: async (change) => {
      await enqueue({ db: database.db, clock }, { kind: REINDEX_TAXONOMY_JOB, payload: change });
      jobs.kick();
    },
  });
  jobs.register(REINDEX_TAXONOMY_JOB, async (payload) => {
    if (!isTaxonomyChange(payload)) throw new PermanentJobError('the payload names no tag or author');
    await reindexTaxonomy({ db: database.db, index: search }, payload);
  });
  // Scheduled publishing: the job publishes only if the post is still scheduled for that time.
  jobs.register(PUBLISH_JOB, async (payload) => void (await publishScheduledPost({ db: database.db, clock, events }, payload)));
  // Media: an upload stores the original; its responsive variants are made by this job.
  jobs.register('image-variants', imageVariantsJob({ db: database.db, dataDir: config.dataDir }));
  // Webhooks: published/updated/unpublished/deleted articles enqueue signed deliveries, retried with backoff.
  const allowPrivateTargets = config.outboundAllowPrivate;
  announcePostChanges(events, { db: database.db, clock, kickJobs: () => jobs.kick(), postUrl: (p) => postUrl(config.publicUrl, { slug: p.slug, type: p.type as ArticleType }) });
  jobs.register(DELIVERY_JOB, webhookDeliveryJob({ db: database.db, clock, allowPrivateTargets }));
  // Newsletters: a send fixes its audience in one job and delivers in another, resumable after a crash.
  const siteKeys = await loadSiteKeys(database.db);
  const newsletters: NewsletterDeps = {
    db: database.db,
    dialect: database.dialect,
    clock,
    mailer: bulkMailer,
    log,
    publicUrl: config.publicUrl,
    siteName: config.siteName,
    signingKey: siteKeys.newsletter,
    unsubscribeMailto: config.unsubscribeMailto,
    readerTier: (emails) => readerTiers(database.db, emails, clock.now().toISOString()),
    enqueue: async (input) => {
      const id = await enqueue({ db: database.db, clock }, input);
      jobs.kick();
      return id;
    },
  };
  registerNewsletterJobs(jobs, newsletters);
  return { config, database, clock, events, log, cache, mailer, jobs, search, newsletters };
}

export async function buildApp(services: Services): Promise<FastifyInstance> {
  return createApp({ config: services.config, db: services.database.db, log: services.log, cache: services.cache, search: services.search, clock: services.clock, events: services.events, mailer: services.mailer, dialect: services.database.dialect, newsletters: services.newsletters });
}

/**
 * Serves until SIGTERM or SIGINT, then stops taking connections, lets in-flight requests finish
 * and closes the database.
 */
export async function serve(services: Services): Promise<FastifyInstance> {
  const app = await buildApp(services);
  await app.listen({ port: services.config.port, host: services.config.host });
  services.log.info({ code: RUNNING_CODE }, 'serving');
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
    await services.newsletters.mailer.close();
    await services.database.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
  return app;
}
