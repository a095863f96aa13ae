import type { LightMyRequestResponse } from 'fastify';
import type { FakeStripe } from './fake-stripe.js';
import type { TestSite } from './test-site.js';

/** Posts an event to /webhooks/stripe the way Stripe does: raw JSON, signed (with the right secret unless told otherwise). */
export async function deliver(site: TestSite, fake: FakeStripe, event: Record<string, unknown>, options: { secret?: string } = {}): Promise<LightMyRequestResponse> {
  const payload = JSON.stringify(event);
  return site.app.inject({
    method: 'POST',
    url: '/webhooks/stripe',
    headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': fake.sign(payload, options.secret) },
    payload,
  });
}

/** The id of the Checkout session a 303 to the fake's Checkout page points at. */
export function sessionIdFrom(res: LightMyRequestResponse): string {
  const match = /\/c\/pay\/(cs_test_\w+)$/.exec(String(res.headers.location ?? ''));
  if (!match) throw new Error(`not a redirect to Checkout: ${res.statusCode} ${String(res.headers.location)} ${res.body.slice(0, 300)}`);
  return match[1]!;
}
