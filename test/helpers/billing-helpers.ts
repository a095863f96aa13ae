import type { LightMyRequestResponse } from 'fastify';
import type { DialectName } from '../../src/db/database-handle.js';
import { ensureDefaultTiers } from '../../src/modules/billing/index.js';
import { seedFixtureOutlet, type FixtureOutlet } from '../fixtures/fixture-outlet.js';
import { startFakeStripe, type FakeStripe } from './fake-stripe.js';
import { Outbox } from './outbox.js';
import { createTestSite, type TestSite } from './test-site.js';

export interface BillingSite {
  fake: FakeStripe;
  site: TestSite;
  outlet: FixtureOutlet;
  outbox: Outbox;
  close(): Promise<void>;
}

/**
 * A test site paid through a fake Stripe, with the fixture outlet and the default plans, and no
 * free articles: what a reader sees depends on their plan alone.
 */
export async function startBillingSite(dialect: DialectName): Promise<BillingSite> {
  const fake = await startFakeStripe();
  const site = await createTestSite(dialect, { ...fake.env, METER_ANONYMOUS: '0', METER_REGISTERED: '0' });
  const outlet = await seedFixtureOutlet(site.services);
  await ensureDefaultTiers({ db: site.services.database.db, clock: site.clock });
  return {
    fake,
    site,
    outlet,
    outbox: new Outbox(site.database.dataDir),
    async close() {
      await site.close();
      await fake.close();
    },
  };
}

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
