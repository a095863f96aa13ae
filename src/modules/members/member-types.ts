import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import type { Mailer } from '../mail/index.js';
import type { SiteKeys } from './site-keys.js';

/** What the members operations need, passed in one object (built once by the composition root). */
export interface MembersDeps {
  db: Db;
  clock: Clock;
  mailer: Mailer;
  keys: SiteKeys;
  /** Where links in emails point, and the outlet's name in each language. */
  site: { publicUrl: string; siteName: string; siteNameAr: string };
}

export type LoginPurpose = 'sign-in' | 'sign-up' | 'email-change';

/** A reader's account as the account page shows it. */
export interface MemberProfile {
  id: string;
  email: string;
  name: string;
  language: string;
  createdAt: string;
  emailVerifiedAt: string | null;
}

/** Paid access from billing (subscription, comp, group seat, gift) that is active now. */
export interface Entitlement {
  id: string;
  tierSlug: string;
  tierName: string;
  source: 'comp' | 'subscription' | 'group' | 'gift';
  startsAt: string;
  endsAt: string | null;
}

/** The outcome of a confirmed link or code. */
export interface SignInOutcome {
  purpose: LoginPurpose;
  memberId: string;
  /** The new session's cookie value; null for an email change, which keeps the current session. */
  sessionToken: string | null;
  nextPath: string;
  language: string;
}

/** Limits on sign-in emails: counted in the database, so they hold across every app process. */
export const SIGN_IN_LIMITS = {
  perEmailPerHour: 5,
  perEmailPerDay: 10,
  perRequesterPerHour: 20,
  /** Wrong codes a single emailed code tolerates before it stops working. */
  codeAttempts: 5,
  tokenLifetimeMs: 15 * 60_000,
  sessionLifetimeMs: 90 * 24 * 3_600_000,
} as const;
