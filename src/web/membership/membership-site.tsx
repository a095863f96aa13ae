import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import { AppError, isAppError } from '../../kernel/errors.js';
import type { MessageKey } from '../i18n.js';
import { ServerErrorPage } from '../pages/error-pages.js';
import { giftRoutes } from './gift-routes.js';
import { groupRoutes } from './group-routes.js';
import { MembershipProblemPage } from './membership-flow-pages.js';
import { membershipKit, type MembershipSiteDeps } from './membership-kit.js';
import { membershipRoutes } from './membership-routes.js';

/** Refusals the reader can act on, in their language; anything else shows the error's own message. */
const MESSAGES: Record<string, MessageKey> = {
  PAYMENTS_UNAVAILABLE: 'errPaymentsUnavailable',
  STRIPE_UNAVAILABLE: 'errPaymentsUnavailable',
  ALREADY_SUBSCRIBED: 'errAlreadySubscribed',
  FORM_EXPIRED: 'errFormExpired',
  SIGN_IN_REQUIRED: 'errSignInFirst',
  GIFT_NOT_FOUND: 'redeemInvalid',
  GIFT_ALREADY_REDEEMED: 'redeemUsed',
  INVITATION_NOT_FOUND: 'joinInvalid',
  INVITATION_USED: 'joinInvalid',
  INVITATION_EXPIRED: 'joinInvalid',
};

/** A Stripe SDK failure (network, auth, their outage): the reader is told payments are unavailable, never shown a 500. */
const isStripeError = (error: unknown): boolean => typeof (error as { type?: unknown })?.type === 'string' && String((error as { type: string }).type).startsWith('Stripe');

/**
 * The membership pages (/membership, its cancel flow and welcome page, gifts, group invitations)
 * in both editions, as one encapsulated plugin with its own cookies, form parsing, rate limit and
 * error pages.
 */
export async function membershipSite(app: FastifyInstance, deps: MembershipSiteDeps): Promise<void> {
  await app.register(cookie);
  await app.register(formbody, { bodyLimit: 16 * 1024 });
  await app.register(rateLimit, { global: false, errorResponseBuilder: (_request, context) => new AppError('TOO_MANY_REQUESTS', 429, `Too many attempts from your network: wait ${context.after}.`) });
  const kit = await membershipKit(deps);
  for (const [prefix, language] of [['', 'en'], ['/ar', 'ar']] as const) {
    membershipRoutes(app, kit, prefix, language);
    giftRoutes(app, kit, prefix, language);
    groupRoutes(app, kit, prefix, language);
  }

  app.setErrorHandler(async (error: unknown, request, reply) => {
    const language = request.url.startsWith('/ar/') ? 'ar' : 'en';
    const ctx = await kit.account.deps.context(language);
    if (isStripeError(error)) {
      request.log.error({ err: error }, 'Stripe request failed');
      return kit.account.page(reply, 502, <MembershipProblemPage ctx={ctx} message={ctx.t('errPaymentsUnavailable')} />);
    }
    const status = isAppError(error) ? error.status : ((error as { statusCode?: number }).statusCode ?? 500);
    const known = isAppError(error) ? MESSAGES[error.code] : undefined;
    if (known || (status >= 400 && status < 500)) {
      const message = known ? ctx.t(known) : isAppError(error) ? error.message : ctx.t('errFormExpired');
      return kit.account.page(reply, status, <MembershipProblemPage ctx={ctx} message={message} />);
    }
    request.log.error({ err: error }, 'membership page error');
    return kit.account.page(reply, 500, <ServerErrorPage ctx={ctx} />);
  });
}
