import type { Interval } from './billing-types.js';
import type { SubscriptionSnapshot } from './subscription-snapshot.js';

/** A Stripe event after its signature was checked: only the fields billing reads. */
export interface VerifiedEvent {
  id: string;
  type: string;
  /** Unix seconds, set by Stripe when the event happened (not when it was delivered). */
  created: number;
  object: Record<string, unknown>;
}

export interface PriceLine {
  /** A price configured in Stripe; when absent the price is described inline. */
  priceId: string | null;
  name: string;
  amountCents: number;
  currency: string;
}

export interface SubscriptionCheckoutInput {
  customerId: string;
  line: PriceLine;
  interval: Interval;
  couponId: string | null;
  trialDays: number | null;
  /** Copied onto the session and the subscription, so webhooks know whose it is. */
  metadata: Record<string, string>;
  successUrl: string;
  cancelUrl: string;
}

export interface PaymentCheckoutInput {
  email: string;
  line: PriceLine;
  metadata: Record<string, string>;
  successUrl: string;
  cancelUrl: string;
}

export interface CouponInput {
  name: string;
  percentOff: number | null;
  amountOffCents: number | null;
  currency: string;
  /** Null: the discount applies to the first payment only. */
  durationMonths: number | null;
  /** Makes a retried creation return the same coupon. */
  idempotencyKey: string;
}

/**
 * The few things billing asks of the payment provider. The Stripe implementation
 * (stripe-gateway.ts) is the only one in production; it is an interface so the rest of billing
 * reads as our rules, not as SDK calls.
 */
export interface PaymentGateway {
  createCustomer(input: { email: string; name: string; memberId: string }): Promise<string>;
  createSubscriptionCheckout(input: SubscriptionCheckoutInput): Promise<{ id: string; url: string }>;
  createPaymentCheckout(input: PaymentCheckoutInput): Promise<{ id: string; url: string }>;
  createPortalSession(input: { customerId: string; returnUrl: string }): Promise<string>;
  createCoupon(input: CouponInput): Promise<string>;
  retrieveSubscription(id: string): Promise<SubscriptionSnapshot>;
  updateSubscription(id: string, change: { cancelAtPeriodEnd?: boolean; couponId?: string }): Promise<SubscriptionSnapshot>;
  cancelSubscriptionNow(id: string): Promise<SubscriptionSnapshot>;
  /** Checks the Stripe-Signature header over the raw body; throws WEBHOOK_SIGNATURE_INVALID. */
  verifyEvent(rawBody: Buffer, signature: string): Promise<VerifiedEvent>;
}
