import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import { AppError, isAppError } from '../../kernel/errors.js';
import { listSections } from '../../modules/content/index.js';
import {
  confirmSubscription,
  getNewsletter,
  listNewsletters,
  parseEmailEvents,
  requestSubscription,
  suppress,
  unsubscribe,
  verifyClick,
  verifyOpen,
  verifyUnsubscribeToken,
  type NewsletterDeps,
} from '../../modules/newsletters/index.js';
import { accountCookies, csrfPasses, issueCsrfToken } from '../account/account-cookies.js';
import { NoticePage } from '../account/sign-in-pages.js';
import { stylesheet } from '../assets.js';
import type { PageCache } from '../page-cache.js';
import { renderHtml } from '../render-html.js';
import { makeContext, paths, type SiteContext } from '../site-context.js';
import { newsletterText } from './newsletter-strings.js';
import { ConfirmButtonPage, SignUpPage } from './newsletter-pages.js';

export interface NewsletterRoutesDeps {
  newsletters: NewsletterDeps;
  cache: PageCache;
  siteNameAr: string;
  /** HMAC key for the sign-up form's CSRF token (the reader accounts' key, so one cookie serves both). */
  csrfKey: Buffer;
}

const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const TOKEN = { type: 'object', properties: { token: { type: 'string', minLength: 10, maxLength: 200 } }, required: ['token'] } as const;
const SIGN_UP_BODY = {
  type: 'object',
  properties: { _csrf: { type: 'string', maxLength: 100 }, email: { type: 'string', maxLength: 320 }, newsletter: { anyOf: [{ type: 'string', maxLength: 40 }, { type: 'array', maxItems: 20, items: { type: 'string', maxLength: 40 } }] } },
  additionalProperties: false,
} as const;

/** The secret path segment of the bounce/complaint webhook: derived from the signing key, shown by `dateline newsletters webhook-url`. */
export const emailEventsToken = (key: Buffer): string => createHmac('sha256', key).update('email-events').digest('base64url').slice(0, 32);

/**
 * The reader's side of newsletters: the sign-up form (double opt-in), the confirmation page, the
 * one-click unsubscribe (RFC 8058: a POST works without cookies and answers without a redirect;
 * a GET only shows a button, because link scanners prefetch URLs), optional open/click
 * tracking, and the webhook that takes bounces and complaints from the mail provider.
 */
export async function newsletterRoutes(app: FastifyInstance, deps: NewsletterRoutesDeps): Promise<void> {
  const nl = deps.newsletters;
  const cookies = accountCookies(nl.publicUrl);
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 16 * 1024 });
  await app.register(rateLimit, { global: false });

  const context = async (language: string): Promise<SiteContext> => {
    const sections = await deps.cache.wrap('sections', 5 * 60_000, ['sections'], () => listSections(nl.db));
    return makeContext({ siteName: nl.siteName, siteNameAr: deps.siteNameAr, publicUrl: nl.publicUrl, sections, stylesheet: stylesheet.url }, language);
  };
  const page = (reply: FastifyReply, status: number, vnode: VNode) =>
    reply.code(status).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(renderHtml(vnode));
  const languageOf = (request: FastifyRequest) => (request.url.startsWith('/ar/') ? 'ar' : 'en');

  for (const [prefix, language] of [['', 'en'], ['/ar', 'ar']] as const) {
    const s = newsletterText(language);
    const open = async () => (await listNewsletters(nl.db)).filter((n) => n.audience === 'anyone');

    app.get(`${prefix}/newsletters`, async (request, reply) => {
      const ctx = await context(language);
      return page(reply, 200, <SignUpPage ctx={ctx} s={s} newsletters={await open()} csrf={issueCsrfToken(request, reply, cookies, deps.csrfKey)} />);
    });

    app.post(`${prefix}/newsletters`, { schema: { body: SIGN_UP_BODY }, config: { rateLimit: { max: 10, timeWindow: 60_000 } } }, async (request, reply) => {
      const body = (request.body ?? {}) as { _csrf?: string; email?: string; newsletter?: string | string[] };
      if (!csrfPasses(request, cookies, deps.csrfKey, nl.publicUrl, body._csrf)) {
        throw new AppError('FORM_EXPIRED', 403, language === 'ar' ? 'انتهت صلاحية هذا النموذج. أعد تحميل الصفحة وحاول مجددًا.' : 'This form has expired. Reload the page and try again.');
      }
      const chosen = Array.isArray(body.newsletter) ? body.newsletter : body.newsletter ? [body.newsletter] : [];
      const ctx = await context(language);
      const again = async (error: string) =>
        page(reply, 400, <SignUpPage ctx={ctx} s={s} newsletters={await open()} csrf={issueCsrfToken(request, reply, cookies, deps.csrfKey)} error={error} email={body.email} chosen={chosen} />);
      if (!body.email || !/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(body.email.trim())) return again(s('errorEmail'));
      if (chosen.length === 0) return again(s('errorChoose'));
      try {
        await requestSubscription(nl, { email: body.email, newsletterIds: chosen, language });
      } catch (error) {
        if (isAppError(error) && error.code === 'NO_NEWSLETTER_CHOSEN') return again(s('errorChoose'));
        if (isAppError(error) && error.code === 'INVALID_EMAIL') return again(s('errorEmail'));
        throw error;
      }
      return page(reply, 200, <NoticePage ctx={ctx} title={s('checkInbox')} body={s('checkInboxBody')} link={{ href: paths.home(prefix), text: s('backHome') }} />);
    });
  }

  app.get('/newsletters/confirm', { schema: { querystring: TOKEN } }, async (request, reply) => {
    const { token } = request.query as { token: string };
    const language = languageOf(request);
    const s = newsletterText(language);
    return page(reply, 200, <ConfirmButtonPage ctx={await context(language)} title={s('confirmTitle')} body={s('confirmBody')} action={`/newsletters/confirm?token=${encodeURIComponent(token)}`} button={s('confirm')} />);
  });

  app.post('/newsletters/confirm', { schema: { querystring: TOKEN }, config: { rateLimit: { max: 20, timeWindow: 60_000 } } }, async (request, reply) => {
    const { token } = request.query as { token: string };
    const { newsletterIds } = await confirmSubscription(nl, token);
    const first = newsletterIds[0] ? await getNewsletter(nl.db, newsletterIds[0]).catch(() => undefined) : undefined;
    const language = first?.language === 'ar' ? 'ar' : 'en';
    const s = newsletterText(language);
    return page(reply, 200, <NoticePage ctx={await context(language)} title={s('confirmedTitle')} body={s('confirmedBody')} link={{ href: paths.home(language === 'ar' ? '/ar' : ''), text: s('backHome') }} />);
  });

  const unsubscribeTarget = async (token: string) => {
    const parsed = verifyUnsubscribeToken(nl.signingKey, token);
    if (!parsed) throw new AppError('UNSUBSCRIBE_LINK_INVALID', 400, 'This unsubscribe link is not valid. Use the link in your most recent newsletter, or write to us.');
    return { ...parsed, newsletter: await getNewsletter(nl.db, parsed.newsletterId) };
  };

  app.get('/newsletters/unsubscribe/:token', { schema: { params: TOKEN } }, async (request, reply) => {
    const { newsletter } = await unsubscribeTarget((request.params as { token: string }).token);
    const s = newsletterText(newsletter.language);
    const ctx = await context(newsletter.language === 'ar' ? 'ar' : 'en');
    return page(reply, 200, <ConfirmButtonPage ctx={ctx} title={s('unsubscribeTitle')} body={s('unsubscribeBody', { name: newsletter.name })} action={request.url} button={s('unsubscribe')} />);
  });

  // RFC 8058: mail clients POST "List-Unsubscribe=One-Click" here with no cookies; we answer 200, never a redirect.
  app.post('/newsletters/unsubscribe/:token', { schema: { params: TOKEN }, config: { rateLimit: { max: 60, timeWindow: 60_000 } } }, async (request, reply) => {
    const { subscriberId, newsletter } = await unsubscribeTarget((request.params as { token: string }).token);
    await unsubscribe(nl, subscriberId, newsletter.id);
    const s = newsletterText(newsletter.language);
    const language = newsletter.language === 'ar' ? 'ar' : 'en';
    return page(reply, 200, <NoticePage ctx={await context(language)} title={s('unsubscribedTitle')} body={s('unsubscribedBody', { name: newsletter.name })} link={{ href: `${language === 'ar' ? '/ar' : ''}/newsletters`, text: s('title') }} />);
  });

  app.get('/newsletters/o/:file', async (request, reply) => {
    const token = (request.params as { file: string }).file.replace(/\.gif$/, '');
    const recipient = verifyOpen(nl.signingKey, token);
    if (recipient) await nl.db.updateTable('send_recipients').set({ opened_at: nl.clock.now().toISOString() }).where('id', '=', recipient).where('opened_at', 'is', null).execute();
    return reply.header('content-type', 'image/gif').header('cache-control', 'no-store').send(GIF);
  });

  app.get('/newsletters/c/:token', { schema: { querystring: { type: 'object', properties: { u: { type: 'string', maxLength: 4000 } }, required: ['u'] } } }, async (request, reply) => {
    const click = verifyClick(nl.signingKey, (request.params as { token: string }).token, (request.query as { u: string }).u);
    if (!click) throw new AppError('LINK_INVALID', 400, 'This link is not valid.');
    await nl.db.updateTable('send_recipients').set({ clicked_at: nl.clock.now().toISOString() }).where('id', '=', click.recipientId).where('clicked_at', 'is', null).execute();
    return reply.redirect(click.url, 302);
  });

  // Bounces and complaints from the mail provider (SES via SNS, Mailgun, SendGrid, Postmark, or plain JSON).
  app.post('/webhooks/email-events/:token', { config: { rateLimit: { max: 600, timeWindow: 60_000 } } }, async (request, reply) => {
    const given = Buffer.from(String((request.params as { token: string }).token));
    const expected = Buffer.from(emailEventsToken(nl.signingKey));
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new AppError('NOT_FOUND', 404, 'Not found');
    const body = typeof request.body === 'string' ? (() => { try { return JSON.parse(request.body as string) as unknown; } catch { return null; } })() : request.body;
    const events = parseEmailEvents(body);
    for (const event of events) await suppress(nl, event.email, event.reason, event.details);
    return reply.send({ received: events.length });
  });

  app.setErrorHandler(async (error: unknown, request, reply) => {
    const status = isAppError(error) ? error.status : ((error as { statusCode?: number }).statusCode ?? 500);
    if (request.url.startsWith('/webhooks/')) return reply.code(status >= 500 ? 500 : status).send({ error: status >= 500 ? 'internal error' : (error as Error).message });
    if (status >= 500) request.log.error({ err: error }, 'newsletter page error');
    const language = languageOf(request);
    const s = newsletterText(language);
    const ctx = await context(language);
    const message = status >= 500 ? ctx.t('serverErrorHelp') : status === 429 ? ctx.t('serverErrorHelp') : isAppError(error) ? error.message : ctx.t('notFoundHelp');
    return page(reply, status, <NoticePage ctx={ctx} title={status === 400 ? s('linkInvalidTitle') : status >= 500 ? ctx.t('serverError') : s('title')} body={message} link={{ href: paths.home(language === 'ar' ? '/ar' : ''), text: s('backHome') }} />);
  });
}
