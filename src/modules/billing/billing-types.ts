import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import type { Logger } from '../../kernel/logger.js';
import type { Mailer } from '../mail/index.js';
import type { PaymentGateway } from './payment-gateway.js';

/**
 * What billing operations need, in one object built by the composition root. `gateway` is null
 * when STRIPE_SECRET_KEY is unset: the site then shows paid plans as unavailable and everything
 * that does not take money (comps, gifts already paid, group licences) keeps working.
 */
export interface BillingDeps {
  db: Db;
  clock: Clock;
  gateway: PaymentGateway | null;
  mailer: Mailer;
  log?: Logger;
  site: { publicUrl: string; siteName: string; siteNameAr: string };
}

export type Interval = 'month' | 'year';
export type EntitlementSource = 'comp' | 'subscription' | 'group' | 'gift';

/** A plan readers can hold. Prices are in the smallest currency unit (cents). */
export interface Tier {
  id: string;
  slug: string;
  name: string;
  names: Record<string, string>;
  description: string;
  descriptions: Record<string, string>;
  monthlyPriceCents: number | null;
  yearlyPriceCents: number | null;
  currency: string;
  stripeMonthlyPriceId: string | null;
  stripeYearlyPriceId: string | null;
  active: boolean;
  position: number;
}

/** Paid access a member holds now, whatever granted it. */
export interface ActiveEntitlement {
  tierSlug: string;
  tierName: string;
  source: EntitlementSource;
  startsAt: string;
  endsAt: string | null;
  reference: string | null;
}

export interface SubscriptionSummary {
  id: string;
  memberId: string | null;
  tierSlug: string;
  stripeSubscriptionId: string;
  status: string;
  interval: Interval;
  amountCents: number;
  currency: string;
  currentPeriodEnd: string | null;
  cancelAtPeriodEnd: boolean;
  trialEnd: string | null;
  offerCode: string | null;
  endedAt: string | null;
}

export type OfferKind = 'percent' | 'fixed' | 'trial';

export interface Offer {
  id: string;
  code: string;
  name: string;
  kind: OfferKind;
  amount: number;
  currency: string;
  durationMonths: number | null;
  trialDays: number | null;
  tierSlug: string | null;
  retention: boolean;
  active: boolean;
  maxRedemptions: number | null;
  redemptions: number;
  expiresAt: string | null;
  createdAt: string;
}

export interface Gift {
  id: string;
  purchaserEmail: string;
  recipientEmail: string | null;
  recipientName: string;
  tierSlug: string;
  months: number;
  amountCents: number;
  currency: string;
  paidAt: string | null;
  emailedAt: string | null;
  redeemedBy: string | null;
  redeemedAt: string | null;
  createdAt: string;
}

export interface GroupLicence {
  id: string;
  name: string;
  tierSlug: string;
  seats: number;
  seatsUsed: number;
  emailDomains: string[];
  ipRanges: string[];
  endsAt: string | null;
  createdAt: string;
  updatedAt: string;
}
