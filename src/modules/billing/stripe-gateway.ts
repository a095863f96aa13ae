import type Stripe from 'stripe';
import { AppError } from '../../kernel/errors.js';
import { lazy } from '../../kernel/lazy.js';
import type { PaymentGateway, PriceLine, VerifiedEvent } from './payment-gateway.js';
import { readSubscription, type SubscriptionSnapshot } from './subscription-snapshot.js';

export interface StripeSettings {
  secretKey: string | undefined;
  webhookSecret: string | undefined;
  /** Another host for the Stripe API (a local fake in tests): protocol, host and port are used. */
  apiBase: string | undefined;
}

const lineItem = (line: PriceLine, recurring?: { interval: 'month' | 'year' }): Stripe.Checkout.SessionCreateParams.LineItem =>
  line.priceId
    ? { price: line.priceId, quantity: 1 }
    : { price_data: { currency: line.currency, unit_amount: line.amountCents, product_data: { name: line.name }, ...(recurring ? { recurring } : {}) }, quantity: 1 };

const snapshotOf = (value: unknown): SubscriptionSnapshot => {
  const snapshot = readSubscription(value);
  if (!snapshot) throw new AppError('STRIPE_UNEXPECTED_RESPONSE', 502, 'Stripe answered with something that is not a subscription');
  return snapshot;
};

const needUrl = (url: string | null | undefined): string => {
  if (!url) throw new AppError('STRIPE_UNEXPECTED_RESPONSE', 502, 'Stripe did not return a page to send the reader to');
  return url;
};

/**
 * The payment gateway over the official Stripe SDK, or null without STRIPE_SECRET_KEY (paid plans
 * are then shown as unavailable). STRIPE_API_BASE redirects every API call, which is how the
 * tests talk to a local fake; webhook signatures are checked by the SDK either way.
 */
export function createStripeGateway(settings: StripeSettings): PaymentGateway | null {
  if (!settings.secretKey) return null;
  const base = settings.apiBase ? new URL(settings.apiBase) : undefined;
  // The SDK (about 19 MB once loaded) is loaded at the first payment call or webhook, not at start.
  const secretKey = settings.secretKey;
  const stripeClient = lazy(async (): Promise<Stripe> => {
    const { default: StripeSdk } = await import('stripe');
    return new StripeSdk(secretKey, {
      maxNetworkRetries: 2,
      timeout: 20_000,
      telemetry: false,
      appInfo: { name: 'Dateline' },
      ...(base
        ? { host: base.hostname, port: base.port || (base.protocol === 'http:' ? 80 : 443), protocol: base.protocol === 'http:' ? ('http' as const) : ('https' as const) }
        : {}),
    });
  });

  return {
    async createCustomer({ email, name, memberId }) {
      const customer = await (await stripeClient()).customers.create({ email, name: name || undefined, metadata: { member_id: memberId } }, { idempotencyKey: `dateline-customer-${memberId}` });
      return customer.id;
    },

    async createSubscriptionCheckout(input) {
      const session = await (await stripeClient()).checkout.sessions.create({
        mode: 'subscription',
        customer: input.customerId,
        client_reference_id: input.metadata.member_id,
        line_items: [lineItem(input.line, { interval: input.interval })],
        subscription_data: { metadata: input.metadata, ...(input.trialDays ? { trial_period_days: input.trialDays } : {}) },
        ...(input.couponId ? { discounts: [{ coupon: input.couponId }] } : {}),
        metadata: input.metadata,
        success_url: input.successUrl,
        cancel_url: input.cancelUrl,
        locale: 'auto',
      });
      return { id: session.id, url: needUrl(session.url) };
    },

    async createPaymentCheckout(input) {
      const session = await (await stripeClient()).checkout.sessions.create({
        mode: 'payment',
        customer_email: input.email,
        line_items: [lineItem(input.line)],
        metadata: input.metadata,
        payment_intent_data: { metadata: input.metadata },
        success_url: input.successUrl,
        cancel_url: input.cancelUrl,
        locale: 'auto',
      });
      return { id: session.id, url: needUrl(session.url) };
    },

    async createPortalSession({ customerId, returnUrl }) {
      const session = await (await stripeClient()).billingPortal.sessions.create({ customer: customerId, return_url: returnUrl });
      return needUrl(session.url);
    },

    async createCoupon(input) {
      const coupon = await (await stripeClient()).coupons.create(
        {
          name: input.name.slice(0, 40),
          ...(input.percentOff !== null ? { percent_off: input.percentOff } : { amount_off: input.amountOffCents ?? 0, currency: input.currency }),
          ...(input.durationMonths ? { duration: 'repeating' as const, duration_in_months: input.durationMonths } : { duration: 'once' as const }),
        },
        { idempotencyKey: input.idempotencyKey },
      );
      return coupon.id;
    },

    async retrieveSubscription(id) {
      return snapshotOf(await (await stripeClient()).subscriptions.retrieve(id));
    },

    async updateSubscription(id, change) {
      const params: Stripe.SubscriptionUpdateParams = {};
      if (change.cancelAtPeriodEnd !== undefined) params.cancel_at_period_end = change.cancelAtPeriodEnd;
      if (change.couponId) params.discounts = [{ coupon: change.couponId }];
      return snapshotOf(await (await stripeClient()).subscriptions.update(id, params));
    },

    async cancelSubscriptionNow(id) {
      return snapshotOf(await (await stripeClient()).subscriptions.cancel(id));
    },

    async verifyEvent(rawBody, signature) {
      if (!settings.webhookSecret) throw new AppError('WEBHOOK_NOT_CONFIGURED', 503, 'STRIPE_WEBHOOK_SECRET is not set, so Stripe events cannot be verified');
      const stripe = await stripeClient();
      let event: Stripe.Event;
      try {
        event = stripe.webhooks.constructEvent(rawBody, signature, settings.webhookSecret);
      } catch {
        throw new AppError('WEBHOOK_SIGNATURE_INVALID', 400, 'The Stripe-Signature header does not match this payload');
      }
      const object = (event.data as { object?: unknown } | undefined)?.object;
      if (typeof event.id !== 'string' || typeof event.type !== 'string' || typeof event.created !== 'number' || !object || typeof object !== 'object') {
        throw new AppError('WEBHOOK_EVENT_INVALID', 400, 'The event is missing its id, type, created time or object');
      }
      return { id: event.id, type: event.type, created: event.created, object: object as Record<string, unknown> } satisfies VerifiedEvent;
    },
  };
}
