import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import type { Config } from '../../kernel/config.js';
import { AppError } from '../../kernel/errors.js';
import type { Logger } from '../../kernel/logger.js';
import type { BillingDeps } from '../../modules/billing/index.js';
import type { Mailer } from '../../modules/mail/index.js';
import { loadSiteKeys, type SignedInMember } from '../../modules/members/index.js';
import { accountKit, type AccountKit } from '../account/account-kit.js';
import { accountPaths, withNext } from '../account/account-paths.js';
import { createReaderIdentity } from '../account/reader-identity.js';
import type { PageCache } from '../page-cache.js';

export interface MembershipSiteDeps {
  db: Db;
  config: Config;
  cache: PageCache;
  clock: Clock;
  mailer: Mailer;
  log?: Logger;
  billing: BillingDeps;
}

/** What every membership route shares: the account kit (session, CSRF, page sending) and billing. */
export interface MembershipKit {
  account: AccountKit;
  billing: BillingDeps;
  /** The signed-in member, or a redirect to sign in that comes back to `next`. */
  requireMember(request: FastifyRequest, reply: FastifyReply, prefix: string, next: string): Promise<SignedInMember | null>;
}

/**
 * Builds the kit from the reader-accounts pieces (same cookies, same CSRF key, same session
 * lookup as the account pages), so a form issued by one is accepted by the other.
 */
export async function membershipKit(deps: MembershipSiteDeps): Promise<MembershipKit> {
  const keys = await loadSiteKeys(deps.db);
  const identity = createReaderIdentity({ db: deps.db, clock: deps.clock, keys, publicUrl: deps.config.publicUrl, allowance: { anonymous: deps.config.meterAnonymous, registered: deps.config.meterRegistered } });
  const account = accountKit({ db: deps.db, config: deps.config, cache: deps.cache, clock: deps.clock, mailer: deps.mailer, keys, identity });
  return {
    account,
    billing: deps.billing,
    async requireMember(request, reply, prefix, next) {
      const member = await account.signedIn(request);
      if (member) return member;
      if (request.method !== 'GET') throw new AppError('SIGN_IN_REQUIRED', 401, 'Sign in first, then try again.');
      await reply.redirect(withNext(accountPaths.signIn(prefix), next), 303);
      return null;
    },
  };
}

/** Membership forms: short urlencoded strings, each optional here and checked by the route that needs it. */
export interface MembershipForm {
  _csrf?: string;
  tier?: string;
  interval?: string;
  offer?: string;
  gift?: string;
  purchaserEmail?: string;
  recipientEmail?: string;
  recipientName?: string;
  message?: string;
  token?: string;
}

export const MEMBERSHIP_FORM = {
  type: 'object',
  properties: {
    _csrf: { type: 'string', maxLength: 100 },
    tier: { type: 'string', maxLength: 64 },
    interval: { type: 'string', enum: ['month', 'year'] },
    offer: { type: 'string', maxLength: 40 },
    gift: { type: 'string', maxLength: 80 },
    purchaserEmail: { type: 'string', maxLength: 320 },
    recipientEmail: { type: 'string', maxLength: 320 },
    recipientName: { type: 'string', maxLength: 200 },
    message: { type: 'string', maxLength: 1000 },
    token: { type: 'string', maxLength: 100 },
  },
  additionalProperties: false,
} as const;

/** Query strings the membership pages read. */
export const MEMBERSHIP_QUERY = {
  type: 'object',
  properties: {
    offer: { type: 'string', maxLength: 40 },
    done: { type: 'string', maxLength: 20 },
    licence: { type: 'string', maxLength: 40 },
    next: { type: 'string', maxLength: 600 },
    token: { type: 'string', maxLength: 100 },
    session_id: { type: 'string', maxLength: 200 },
    gift: { type: 'string', maxLength: 2 },
  },
  additionalProperties: true,
} as const;

/** Per-IP guard on every membership POST (in memory, per process); Checkout sessions are not free to make. */
export const MEMBERSHIP_RATE_LIMIT = { max: 20, timeWindow: 60_000, groupId: 'membership-forms' };
