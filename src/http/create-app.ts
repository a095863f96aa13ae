import { join } from 'node:path';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import { sql } from 'kysely';
import type { Logger } from '../kernel/logger.js';
import type { Config } from '../kernel/config.js';
import type { Db, DialectName } from '../db/database-handle.js';
import type { PageCache } from '../web/page-cache.js';
import { readerSite } from '../web/reader-site.js';
import { setUpReaderAccounts } from '../web/account/account-plugin.js';
import { feedRoutes } from '../web/feed-routes.js';
import { favicon, stylesheet } from '../web/assets.js';
import type { Clock } from '../kernel/clock.js';
import type { Mailer } from '../modules/mail/index.js';
import type { EventBus } from '../kernel/events.js';
import type { SearchIndex } from '../modules/search/index.js';
import { searchRoutes } from '../web/search-routes.js';
import { contentApiSearch } from './content-api-search.js';
import { contentApi } from './content-api.js';
import { adminApi } from './admin-api/admin-api.js';
import { securityHeaders } from './security-headers.js';
import { previewRoutes } from '../web/preview-routes.js';
import { newsroomRoutes } from '../web/newsroom-routes.js';
import { billingDepsFrom } from './billing-deps.js';
import { stripeWebhook } from './stripe-webhook.js';
import { membershipSite } from '../web/membership/membership-site.js';
import type { NewsletterDeps } from '../modules/newsletters/index.js';
import { newsletterRoutes } from '../web/newsletters/newsletter-routes.js';
import { loadSiteKeys } from '../modules/members/index.js';
import { findMemberById } from '../modules/members/index.js';
import { claimDomainSeat, endMemberBilling } from '../modules/billing/index.js';

export interface AppDeps {
  config: Config;
  db: Db;
  log: Logger;
  cache: PageCache;
  search: SearchIndex;
  clock: Clock;
  events: EventBus;
  mailer: Mailer;
  dialect: DialectName;
  newsletters: NewsletterDeps;
}

/**
 * Builds the HTTP application: security headers, health check, static assets and media, then one
 * encapsulated plugin per surface (the reader site now; members, Admin and Content APIs later).
 */
export async function createApp(deps: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: deps.log as FastifyBaseLogger,
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: deps.config.trustProxy,
    bodyLimit: 1024 * 1024,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 300 },
  });

  // Security headers (strict CSP and the rest) on every response, including 404s and errors.
  const headers = securityHeaders({ https: deps.config.publicUrl.startsWith('https:') });
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
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

  // Reader accounts: the session behind each request and the meter feed the reader site's paywall.
  const billing = billingDepsFrom(deps);
  const accounts = await setUpReaderAccounts({
    db: deps.db,
    config: deps.config,
    cache: deps.cache,
    clock: deps.clock,
    mailer: deps.mailer,
    hooks: {
      // A reader whose verified address is at a licensed domain gets a seat as they sign in.
      signedIn: async (memberId) => {
        const member = await findMemberById(deps.db, memberId);
        if (member) await claimDomainSeat(billing, member);
      },
      // Erasure first stops billing (cancels at Stripe, frees group seats).
      beforeErase: (memberId) => endMemberBilling(billing, memberId),
    },
  });
  await app.register(async (site) => {
    await site.register(cookie);
    await readerSite(site, { db: deps.db, config: deps.config, cache: deps.cache, resolveViewer: accounts.resolveViewer, meter: accounts.meter });
  });
  await accounts.register(app);
  await app.register(async (feeds) => feedRoutes(feeds, { db: deps.db, config: deps.config, cache: deps.cache, clock: deps.clock }));
  await app.register(async (s) => searchRoutes(s, { db: deps.db, config: deps.config, cache: deps.cache, search: { db: deps.db, index: deps.search, clock: deps.clock } }));
  await app.register(async (api) => contentApi(api, { db: deps.db, config: deps.config }), { prefix: '/api/content' });
  await app.register(async (api) => contentApiSearch(api, { config: deps.config, search: { db: deps.db, index: deps.search, clock: deps.clock } }));
  await app.register(async (preview) => previewRoutes(preview, { db: deps.db, config: deps.config, clock: deps.clock }));
  await app.register(async (newsroom) => newsroomRoutes(newsroom));
  await adminApi(app, { config: deps.config, db: deps.db, dialect: deps.dialect, clock: deps.clock, events: deps.events, mailer: deps.mailer, newsletters: deps.newsletters });
  // Newsletters: sign-up with double opt-in, confirmation, one-click unsubscribe, tracking (off unless a send opts in), bounce webhook.
  const { csrf: csrfKey } = await loadSiteKeys(deps.db);
  await app.register(async (n) => newsletterRoutes(n, { newsletters: deps.newsletters, cache: deps.cache, siteNameAr: 'دفتر المشرق', csrfKey }));
  // Billing: the membership pages (plans, Checkout, cancel flow, gifts, group invitations) and Stripe's webhook.
  await app.register(async (m) => membershipSite(m, { db: deps.db, config: deps.config, cache: deps.cache, clock: deps.clock, mailer: deps.mailer, log: deps.log, billing }));
  await app.register(async (w) => stripeWebhook(w, billing));
  return app;
}
