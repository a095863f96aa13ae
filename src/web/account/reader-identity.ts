import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import { nextMonthStart, readMeter, recordMeterRead, type AccessDecision, type MeterReading, type Viewer } from '../../modules/access/index.js';
import { memberForSession, type SignedInMember, type SiteKeys } from '../../modules/members/index.js';
import { ipEntitlement } from '../../modules/billing/index.js';
import type { SiteContext } from '../site-context.js';
import { accountCookies, cookieOptions, randomCookie, type AccountCookies } from './account-cookies.js';
import { insertMeterBanner, meterBannerHtml } from './meter-banner.js';

/** The meter as the article route uses it: read before deciding, count after, and the banner to show. */
export interface ArticleMeterHook {
  read(request: FastifyRequest, viewer: Viewer, post: { id: string; access: 'public' | 'registered' | 'paid' }): Promise<MeterReading | null>;
  record(reply: FastifyReply, reading: MeterReading, postId: string): Promise<void>;
  /** The page with this reader's meter banner put in (the page itself may come from the shared cache). */
  withBanner(html: string, ctx: SiteContext, decision: AccessDecision, reading: MeterReading, returnTo: string): string;
}

export interface ReaderIdentity {
  cookies: AccountCookies;
  /** The signed-in member of this request, looked up once per request. */
  signedIn(request: FastifyRequest): Promise<SignedInMember | null>;
  resolveViewer(request: FastifyRequest): Promise<Viewer>;
  meter: ArticleMeterHook;
}

export interface ReaderIdentityDeps {
  db: Db;
  clock: Clock;
  keys: SiteKeys;
  publicUrl: string;
  allowance: { anonymous: number; registered: number };
}

/**
 * Who is reading, from the session cookie, and the meter that goes with them. Built once and
 * shared by the article route (viewer + meter) and the account pages (signed-in member).
 */
export function createReaderIdentity(deps: ReaderIdentityDeps): ReaderIdentity {
  const cookies = accountCookies(deps.publicUrl);
  const seen = new WeakMap<FastifyRequest, Promise<SignedInMember | null>>();
  const meterDeps = { db: deps.db, clock: deps.clock, key: deps.keys.meter, allowance: deps.allowance };

  const signedIn = (request: FastifyRequest) => {
    let found = seen.get(request);
    if (!found) {
      found = memberForSession(deps, randomCookie(request, cookies.session));
      seen.set(request, found);
    }
    return found;
  };

  return {
    cookies,
    signedIn,
    async resolveViewer(request) {
      const member = await signedIn(request);
      if (member?.viewer.paid) return member.viewer;
      // Billing: an address inside a group licence's IP ranges reads as a paid member of its plan (no account, no seat).
      const network = await ipEntitlement(deps.db, request.ip, deps.clock.now());
      if (network) return { kind: 'member', memberId: member?.member.id ?? `ip-licence:${network.licenceId}`, paid: true, tiers: [network.tierSlug] };
      return member ? member.viewer : { kind: 'anonymous' };
    },
    meter: {
      read: (request, viewer, post) => readMeter(meterDeps, viewer, post, request.cookies[cookies.meter]),
      async record(reply, reading, postId) {
        const value = await recordMeterRead(meterDeps, reading, postId);
        // The cookie ends with the month it counts: a new month starts from nothing anyway.
        if (value) reply.setCookie(cookies.meter, value, cookieOptions(cookies, { expires: nextMonthStart(deps.clock.now()) }));
      },
      withBanner: (html, ctx, decision, reading, returnTo) =>
        insertMeterBanner(html, meterBannerHtml({ ctx, decision, reading, now: deps.clock.now(), returnTo, registeredAllowance: deps.allowance.registered })),
    },
  };
}
