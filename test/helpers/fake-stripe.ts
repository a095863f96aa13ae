import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

/** A request the fake received, with its form body decoded into nested objects as Stripe reads it. */
export interface RecordedRequest {
  method: string;
  path: string;
  body: Record<string, unknown>;
}

type Json = Record<string, unknown>;

export interface FakeStripe {
  url: string;
  /** Environment for createTestSite: the key, the webhook secret and STRIPE_API_BASE. */
  env: Record<string, string>;
  webhookSecret: string;
  requests: RecordedRequest[];
  customers: Map<string, Json>;
  sessions: Map<string, Json>;
  subscriptions: Map<string, Json>;
  coupons: Map<string, Json>;
  /**
   * What Stripe does when the reader pays on the Checkout page: a subscription (active, or
   * trialing with a trial) for subscription mode; the session marked paid. Returns the events
   * Stripe would send, not yet delivered.
   */
  completeCheckout(sessionId: string, now: Date): { session: Json; subscription: Json | null; events: Json[] };
  /** An event as Stripe sends it. `created` defaults to one second after the previous event. */
  event(type: string, object: Json, created?: number): Json;
  /** The Stripe-Signature header for a payload, signed with the webhook secret (or another). */
  sign(payload: string, secret?: string): string;
  close(): Promise<void>;
}

/**
 * Parses a form-encoded body the way Stripe does: `a[b][0][c]=1` becomes { a: { b: [{ c: '1' }] } }.
 */
export function parseStripeForm(text: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    const parts = key.replace(/\]/g, '').split('[');
    let node: Record<string, unknown> | unknown[] = root;
    parts.forEach((part, index) => {
      const last = index === parts.length - 1;
      const nextIsIndex = /^\d+$/.test(parts[index + 1] ?? '');
      const slot = Array.isArray(node) ? Number(part) : part;
      const container = node as Record<string | number, unknown>;
      if (last) container[slot] = value;
      else {
        container[slot] ??= nextIsIndex ? [] : {};
        node = container[slot] as Record<string, unknown> | unknown[];
      }
    });
  }
  return root;
}

const addPeriod = (from: Date, interval: string): number => {
  const to = new Date(from);
  if (interval === 'year') to.setUTCFullYear(to.getUTCFullYear() + 1);
  else to.setUTCMonth(to.getUTCMonth() + 1);
  return Math.floor(to.getTime() / 1000);
};

/**
 * A local stand-in for the few Stripe endpoints Dateline calls (customers, Checkout sessions,
 * billing portal sessions, coupons, subscriptions), speaking Stripe's wire format: form-encoded
 * requests with a Bearer key, JSON answers, Stripe-shaped errors.
 */
export async function startFakeStripe(): Promise<FakeStripe> {
  const secretKey = 'sk_test_fake_dateline';
  const webhookSecret = 'whsec_fake_dateline_secret';
  const requests: RecordedRequest[] = [];
  const customers = new Map<string, Json>();
  const sessions = new Map<string, Json>();
  const subscriptions = new Map<string, Json>();
  const coupons = new Map<string, Json>();
  let seq = 0;
  let lastCreated = Math.floor(Date.now() / 1000);
  const id = (prefix: string) => `${prefix}_fake${String(++seq).padStart(6, '0')}`;

  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${seq}` });
    res.end(JSON.stringify(body));
  };
  const notFound = (res: ServerResponse, what: string) => send(res, 404, { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such ${what}` } });

  const route = (method: string, path: string, body: Json, res: ServerResponse) => {
    let m: RegExpExecArray | null;
    if (method === 'POST' && path === '/v1/customers') {
      const customer = { id: id('cus'), object: 'customer', email: body.email ?? null, name: body.name ?? null, metadata: body.metadata ?? {} };
      customers.set(customer.id, customer);
      return send(res, 200, customer);
    }
    if (method === 'POST' && path === '/v1/checkout/sessions') {
      const sessionId = id('cs_test');
      const session = { id: sessionId, object: 'checkout.session', url: `https://checkout.stripe.test/c/pay/${sessionId}`, status: 'open', payment_status: 'unpaid', subscription: null, customer: body.customer ?? null, ...body };
      sessions.set(sessionId, session);
      return send(res, 200, session);
    }
    if ((m = /^\/v1\/checkout\/sessions\/([\w-]+)$/.exec(path)) && method === 'GET') {
      const session = sessions.get(m[1]!);
      return session ? send(res, 200, session) : notFound(res, 'checkout session');
    }
    if (method === 'POST' && path === '/v1/billing_portal/sessions') {
      if (!customers.has(String(body.customer))) return notFound(res, 'customer');
      const portalId = id('bps');
      return send(res, 200, { id: portalId, object: 'billing_portal.session', customer: body.customer, return_url: body.return_url, url: `https://billing.stripe.test/p/session/${portalId}` });
    }
    if (method === 'POST' && path === '/v1/coupons') {
      const coupon = {
        id: id('coupon'),
        object: 'coupon',
        name: body.name ?? null,
        percent_off: body.percent_off !== undefined ? Number(body.percent_off) : null,
        amount_off: body.amount_off !== undefined ? Number(body.amount_off) : null,
        currency: body.currency ?? null,
        duration: body.duration,
        duration_in_months: body.duration_in_months !== undefined ? Number(body.duration_in_months) : null,
      };
      coupons.set(coupon.id, coupon);
      return send(res, 200, coupon);
    }
    if ((m = /^\/v1\/subscriptions\/([\w-]+)$/.exec(path))) {
      const subscription = subscriptions.get(m[1]!);
      if (!subscription) return notFound(res, 'subscription');
      if (method === 'POST') {
        if (body.cancel_at_period_end !== undefined) subscription.cancel_at_period_end = body.cancel_at_period_end === 'true';
        const discounts = body.discounts as Json[] | undefined;
        if (discounts?.[0]?.coupon) subscription.discounts = [{ coupon: coupons.get(String(discounts[0].coupon)) ?? { id: discounts[0].coupon } }];
      }
      if (method === 'DELETE') {
        const now = Math.floor(Date.now() / 1000);
        Object.assign(subscription, { status: 'canceled', canceled_at: now, ended_at: now });
      }
      return send(res, 200, subscription);
    }
    return send(res, 404, { error: { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${path})` } });
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0]!;
      const body = parseStripeForm(Buffer.concat(chunks).toString('utf8'));
      requests.push({ method: req.method ?? 'GET', path, body });
      if (req.headers.authorization !== `Bearer ${secretKey}`) {
        return send(res, 401, { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } });
      }
      route(req.method ?? 'GET', path, body, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const signer = new Stripe(secretKey);

  const event = (type: string, object: Json, created?: number): Json => {
    lastCreated = created ?? lastCreated + 1;
    return { id: id('evt'), object: 'event', api_version: '2026-10-28.endive', type, created: lastCreated, livemode: false, data: { object } };
  };

  return {
    url,
    env: { STRIPE_SECRET_KEY: secretKey, STRIPE_WEBHOOK_SECRET: webhookSecret, STRIPE_API_BASE: url },
    webhookSecret,
    requests,
    customers,
    sessions,
    subscriptions,
    coupons,
    event,
    completeCheckout(sessionId, now) {
      const session = sessions.get(sessionId);
      if (!session) throw new Error(`no session ${sessionId}`);
      session.status = 'complete';
      session.payment_status = 'paid';
      if (session.mode !== 'subscription') return { session, subscription: null, events: [event('checkout.session.completed', session)] };
      const data = (session.subscription_data ?? {}) as Json;
      const line = (session.line_items as Json[])[0]!;
      const priceData = (line.price_data ?? {}) as Json;
      const interval = String(((priceData.recurring ?? {}) as Json).interval ?? (data.metadata as Json | undefined)?.interval ?? 'month');
      const trialDays = data.trial_period_days ? Number(data.trial_period_days) : 0;
      const periodEnd = trialDays ? Math.floor(now.getTime() / 1000) + trialDays * 86_400 : addPeriod(now, interval);
      const discounts = session.discounts as Json[] | undefined;
      const subscription: Json = {
        id: id('sub'),
        object: 'subscription',
        customer: session.customer,
        status: trialDays ? 'trialing' : 'active',
        cancel_at_period_end: false,
        cancel_at: null,
        canceled_at: null,
        ended_at: null,
        trial_end: trialDays ? periodEnd : null,
        metadata: data.metadata ?? {},
        discounts: discounts?.[0]?.coupon ? [{ coupon: coupons.get(String(discounts[0].coupon)) }] : [],
        items: {
          object: 'list',
          data: [{ id: id('si'), object: 'subscription_item', quantity: 1, current_period_start: Math.floor(now.getTime() / 1000), current_period_end: periodEnd, price: { id: line.price ?? id('price'), object: 'price', currency: priceData.currency ?? 'usd', unit_amount: priceData.unit_amount ? Number(priceData.unit_amount) : 1000, recurring: { interval } } }],
        },
      };
      subscriptions.set(String(subscription.id), subscription);
      session.subscription = subscription.id;
      return { session, subscription, events: [event('checkout.session.completed', { ...session }), event('customer.subscription.created', structuredClone(subscription))] };
    },
    sign: (payload, secret = webhookSecret) => signer.webhooks.generateTestHeaderString({ payload, secret }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
