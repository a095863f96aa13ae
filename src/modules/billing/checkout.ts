import type { Db } from '../../db/database-handle.js';
import { AppError } from '../../kernel/errors.js';
import type { BillingDeps, Interval, Offer, Tier } from './billing-types.js';
import { couponFor, findUsableOffer } from './offers.js';
import type { PaymentGateway, PriceLine } from './payment-gateway.js';
import { currentSubscription } from './subscription-sync.js';
import { grantsAccess } from './subscription-snapshot.js';
import { requireTier } from './tier-repository.js';

/** Thrown wherever money would change hands while STRIPE_SECRET_KEY is unset. */
export const paymentsUnavailable = (): AppError =>
  new AppError('PAYMENTS_UNAVAILABLE', 503, 'Paid memberships are not available right now. Please try again later.');

export function requireGateway(gateway: PaymentGateway | null): PaymentGateway {
  if (!gateway) throw paymentsUnavailable();
  return gateway;
}

/** What one interval of a plan costs, or null when the plan is not sold at that interval. */
export const priceFor = (tier: Tier, interval: Interval): number | null => (interval === 'year' ? tier.yearlyPriceCents : tier.monthlyPriceCents);

export function priceLine(tier: Tier, interval: Interval, siteName: string): PriceLine {
  const amount = priceFor(tier, interval);
  if (!tier.active || amount === null) throw new AppError('PLAN_NOT_FOR_SALE', 400, `${tier.name} is not sold ${interval === 'year' ? 'yearly' : 'monthly'}`, { interval: 'not available for this plan' });
  return { priceId: interval === 'year' ? tier.stripeYearlyPriceId : tier.stripeMonthlyPriceId, name: `${siteName}: ${tier.name}`, amountCents: amount, currency: tier.currency };
}

/** The member's Stripe customer, created on first need and remembered (race-safe: the first stored wins). */
export async function customerFor(deps: { db: Db; gateway: PaymentGateway; clock: BillingDeps['clock'] }, member: { id: string; email: string; name: string }): Promise<string> {
  const existing = await deps.db.selectFrom('billing_customers').select('stripe_customer_id').where('member_id', '=', member.id).executeTakeFirst();
  if (existing) return existing.stripe_customer_id;
  const customerId = await deps.gateway.createCustomer({ email: member.email, name: member.name, memberId: member.id });
  await deps.db.insertInto('billing_customers').values({ member_id: member.id, stripe_customer_id: customerId, created_at: deps.clock.now().toISOString() }).onConflict((oc) => oc.doNothing()).execute();
  const stored = await deps.db.selectFrom('billing_customers').select('stripe_customer_id').where('member_id', '=', member.id).executeTakeFirstOrThrow();
  return stored.stripe_customer_id;
}

export interface SubscribeInput {
  member: { id: string; email: string; name: string };
  tierSlug: string;
  interval: Interval;
  offerCode?: string | null;
}

/**
 * Starts Stripe Checkout for a plan and returns the page to send the reader to. An offer code
 * becomes a Stripe coupon (discounts) or `trial_period_days`. Access starts when Stripe's webhook
 * says the subscription is active, not when the reader comes back, which a closed tab can skip.
 */
export async function startSubscriptionCheckout(deps: BillingDeps, input: SubscribeInput): Promise<{ url: string; offer: Offer | null }> {
  const gateway = requireGateway(deps.gateway);
  const tier = await requireTier(deps.db, input.tierSlug);
  const line = priceLine(tier, input.interval, deps.site.siteName);
  const current = await currentSubscription(deps.db, input.member.id);
  if (current && grantsAccess(current.status)) {
    throw new AppError('ALREADY_SUBSCRIBED', 409, 'You already have a membership. Manage it from your membership page.');
  }
  const offer = input.offerCode ? await findUsableOffer(deps.db, input.offerCode, tier.slug, deps.clock.now()) : null;
  const customerId = await customerFor({ db: deps.db, gateway, clock: deps.clock }, input.member);
  const couponId = offer ? await couponFor({ db: deps.db, gateway }, offer) : null;
  const metadata: Record<string, string> = { member_id: input.member.id, tier_slug: tier.slug, interval: input.interval };
  if (offer) metadata.offer_code = offer.code;
  const session = await gateway.createSubscriptionCheckout({
    customerId,
    line,
    interval: input.interval,
    couponId,
    trialDays: offer?.kind === 'trial' ? offer.trialDays : null,
    metadata,
    successUrl: `${deps.site.publicUrl}/membership/welcome?session_id={CHECKOUT_SESSION_ID}`,
    cancelUrl: `${deps.site.publicUrl}/membership${offer ? `?offer=${encodeURIComponent(offer.code)}` : ''}`,
  });
  return { url: session.url, offer };
}

/** A Stripe customer portal session (payment method, invoices, plan) for a member who has paid before. */
export async function startPortalSession(deps: BillingDeps, memberId: string, returnPath = '/membership'): Promise<string> {
  const gateway = requireGateway(deps.gateway);
  const customer = await deps.db.selectFrom('billing_customers').select('stripe_customer_id').where('member_id', '=', memberId).executeTakeFirst();
  if (!customer) throw new AppError('NO_BILLING_ACCOUNT', 404, 'There is no billing account for you yet: you have not paid for a membership.');
  return gateway.createPortalSession({ customerId: customer.stripe_customer_id, returnUrl: `${deps.site.publicUrl}${returnPath}` });
}

/** Whether the member has a Stripe customer (has paid, or started paying): the portal link needs one. */
export async function hasBillingAccount(db: Db, memberId: string): Promise<boolean> {
  return (await db.selectFrom('billing_customers').select('member_id').where('member_id', '=', memberId).executeTakeFirst()) !== undefined;
}
