import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../../kernel/errors.js';
import { formatDateTime } from '../i18n.js';
import { ServerErrorPage } from '../pages/error-pages.js';
import { paths } from '../site-context.js';
import { accountKit, type AccountHooks, type ReaderAccountsDeps } from './account-kit.js';
import { accountPaths } from './account-paths.js';
import { accountRoutes } from './account-routes.js';
import { accountNewsletterRoutes } from '../newsletters/account-newsletters.js';
import { signInRoutes } from './sign-in-routes.js';
import { NoticePage } from './sign-in-pages.js';

import cookie from '@fastify/cookie';
import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import type { Config } from '../../kernel/config.js';
import type { Viewer } from '../../modules/access/index.js';
import type { Mailer } from '../../modules/mail/index.js';
import { loadSiteKeys } from '../../modules/members/index.js';
import type { PageCache } from '../page-cache.js';
import { createReaderIdentity, type ArticleMeterHook } from './reader-identity.js';

export interface ReaderAccountsSetup {
  /** Who is reading (for the article route and anything else that gates by reader). */
  resolveViewer: (request: FastifyRequest) => Promise<Viewer>;
  meter: ArticleMeterHook;
  /** Registers the account pages (their own encapsulated plugin, with cookies, forms and rate limits). */
  register(app: FastifyInstance): Promise<void>;
}

/**
 * Reader accounts, wired: loads the site keys (creating them on first start), builds the
 * session-to-viewer lookup and the meter, and returns them with the account pages' plugin.
 * The caller registers @fastify/cookie in whatever scope calls resolveViewer or the meter.
 */
export async function setUpReaderAccounts(deps: { db: Db; config: Config; cache: PageCache; clock: Clock; mailer: Mailer; hooks?: AccountHooks }): Promise<ReaderAccountsSetup> {
  const keys = await loadSiteKeys(deps.db);
  const identity = createReaderIdentity({ db: deps.db, clock: deps.clock, keys, publicUrl: deps.config.publicUrl, allowance: { anonymous: deps.config.meterAnonymous, registered: deps.config.meterRegistered } });
  return {
    resolveViewer: identity.resolveViewer,
    meter: identity.meter,
    async register(app) {
      await app.register(async (scope) => {
        await scope.register(cookie);
        await readerAccounts(scope, { ...deps, keys, identity });
      });
    },
  };
}

/**
 * The reader's account pages, in both editions (/account/... and /ar/account/...), as one
 * encapsulated plugin with its own form parsing, per-IP rate limit and error pages: a refusal is
 * a page in the reader's language saying what to do next, never a stack trace or a bare status.
 */
export async function readerAccounts(app: FastifyInstance, deps: ReaderAccountsDeps): Promise<void> {
  await app.register(formbody, { bodyLimit: 16 * 1024 });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError('TOO_MANY_REQUESTS', 429, `Too many attempts from your network: wait ${context.after}.`, { retryAt: new Date(deps.clock.now().getTime() + context.ttl).toISOString() }),
  });
  const kit = accountKit(deps);
  for (const [prefix, language] of [['', 'en'], ['/ar', 'ar']] as const) {
    signInRoutes(app, kit, prefix, language);
    accountRoutes(app, kit, prefix, language);
    accountNewsletterRoutes(app, kit, prefix);
  }

  app.setErrorHandler(async (error: unknown, request, reply) => {
    const language = request.url.startsWith('/ar/') ? 'ar' : 'en';
    const prefix = language === 'ar' ? '/ar' : '';
    const ctx = await kit.deps.context(language);
    const status = isAppError(error) ? error.status : ((error as { statusCode?: number }).statusCode ?? 500);
    if (status === 429) {
      const retryAt = isAppError(error) && error.fields?.retryAt ? error.fields.retryAt : new Date(deps.clock.now().getTime() + 60_000).toISOString();
      const seconds = Math.max(1, Math.ceil((Date.parse(retryAt) - deps.clock.now().getTime()) / 1000));
      reply.header('retry-after', String(seconds));
      return kit.page(reply, 429, <NoticePage ctx={ctx} title={ctx.t('tooManyTitle')} body={ctx.t('tooManyBody', { time: formatDateTime(retryAt, language) })} link={{ href: paths.home(prefix), text: ctx.t('backHome') }} />);
    }
    if (status === 503 && isAppError(error) && error.code === 'MAIL_FAILED') {
      return kit.page(reply, 503, <NoticePage ctx={ctx} title={ctx.t('mailFailedTitle')} body={ctx.t('mailFailedBody')} link={{ href: accountPaths.signIn(prefix), text: ctx.t('askAgain') }} />);
    }
    if (status === 403 || (status === 400 && !isAppError(error))) {
      // An expired or foreign form, or one whose fields were not what our pages send.
      return kit.page(reply, status, <NoticePage ctx={ctx} title={ctx.t('formExpiredTitle')} body={ctx.t('formExpiredBody')} link={{ href: accountPaths.account(prefix), text: ctx.t('accountTitle') }} />);
    }
    if (status >= 400 && status < 500) {
      const message = isAppError(error) ? error.message : ctx.t('formExpiredBody');
      return kit.page(reply, status, <NoticePage ctx={ctx} title={ctx.t('requestRefusedTitle')} body={message} link={{ href: accountPaths.account(prefix), text: ctx.t('accountTitle') }} />);
    }
    request.log.error({ err: error }, 'account page error');
    return kit.page(reply, 500, <ServerErrorPage ctx={ctx} />);
  });
}
