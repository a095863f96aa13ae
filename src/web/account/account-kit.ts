import type { FastifyReply, FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import type { Config } from '../../kernel/config.js';
import { AppError } from '../../kernel/errors.js';
import type { Mailer } from '../../modules/mail/index.js';
import type { MembersDeps, Requester, SignedInMember, SiteKeys } from '../../modules/members/index.js';
import type { PageCache } from '../page-cache.js';
import { renderHtml } from '../render-html.js';
import { makeContext, type SiteContext } from '../site-context.js';
import { listSections } from '../../modules/content/index.js';
import { stylesheet } from '../assets.js';
import { csrfPasses, ensureSignInNonce, issueCsrfToken, randomCookie } from './account-cookies.js';
import type { ReaderIdentity } from './reader-identity.js';

/** The Arabic name of the outlet (as reader-site.tsx spells it, until Config carries it). */
const SITE_NAME_AR = 'دفتر المشرق';

export interface ReaderAccountsDeps {
  db: Db;
  config: Config;
  cache: PageCache;
  clock: Clock;
  mailer: Mailer;
  keys: SiteKeys;
  identity: ReaderIdentity;
  /** Other areas' part in the account's life (billing gives a domain seat on sign-in, ends subscriptions before erasure). */
  hooks?: AccountHooks;
}

export interface AccountHooks {
  /** After a reader signs in (or registers): e.g. claim a group seat for their verified domain. */
  signedIn?: (memberId: string) => Promise<void>;
  /** Before an account is erased: e.g. cancel its subscription at the payment provider. */
  beforeErase?: (memberId: string) => Promise<void>;
}

/** What every account route shares: the members module's deps, cookies, CSRF and page sending. */
export interface AccountKit {
  deps: ReaderAccountsDeps & { context: (language: string) => Promise<SiteContext> };
  members: MembersDeps;
  /** Sends a page that is about one reader: never stored by any cache. */
  page(reply: FastifyReply, status: number, page: VNode): FastifyReply;
  csrf(request: FastifyRequest, reply: FastifyReply): string;
  /** A preHandler for every POST: refuses a form that did not come from this site's page in this browser. */
  checkCsrf(request: FastifyRequest): Promise<void>;
  /** The browser nonce (set now if missing) and the IP address of whoever asks for an email. */
  requester(request: FastifyRequest, reply: FastifyReply): Requester;
  /** The sign-in nonce this browser holds, if any. */
  nonce(request: FastifyRequest): string | undefined;
  signedIn(request: FastifyRequest): Promise<SignedInMember | null>;
}

export function accountKit(base: ReaderAccountsDeps): AccountKit {
  const { cookies } = base.identity;
  const context = async (language: string): Promise<SiteContext> => {
    const sections = await base.cache.wrap('sections', 5 * 60_000, ['sections'], () => listSections(base.db));
    return makeContext({ siteName: base.config.siteName, siteNameAr: SITE_NAME_AR, publicUrl: base.config.publicUrl, sections, stylesheet: stylesheet.url }, language);
  };
  const deps = { ...base, context };
  const members: MembersDeps = {
    db: deps.db,
    clock: deps.clock,
    mailer: deps.mailer,
    keys: deps.keys,
    site: { publicUrl: deps.config.publicUrl, siteName: deps.config.siteName, siteNameAr: SITE_NAME_AR },
  };
  return {
    deps,
    members,
    page: (reply, status, page) =>
      reply.code(status).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').header('vary', 'Cookie').send(renderHtml(page)),
    csrf: (request, reply) => issueCsrfToken(request, reply, cookies, deps.keys.csrf),
    async checkCsrf(request) {
      const token = (request.body as Record<string, unknown> | undefined)?._csrf;
      if (!csrfPasses(request, cookies, deps.keys.csrf, deps.config.publicUrl, token)) {
        throw new AppError('FORM_EXPIRED', 403, 'This form has expired or did not come from this site. Go back, reload the page and try again.');
      }
    },
    requester: (request, reply) => ({ browserNonce: ensureSignInNonce(request, reply, cookies), ip: request.ip }),
    nonce: (request) => randomCookie(request, cookies.signIn),
    signedIn: (request) => deps.identity.signedIn(request),
  };
}
