import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isNewer, readSubscription, type SubscriptionSnapshot } from './subscription-snapshot.js';
import { accessEnd, RENEWAL_GRACE_MS } from './subscription-sync.js';

const stripeSubscription = (over: Record<string, unknown> = {}) => ({
  id: 'sub_1',
  object: 'subscription',
  customer: 'cus_1',
  status: 'active',
  cancel_at_period_end: false,
  cancel_at: null,
  metadata: { member_id: 'm1', tier_slug: 'member', interval: 'year' },
  items: { object: 'list', data: [{ id: 'si_1', quantity: 1, current_period_end: 1_800_000_000, price: { id: 'price_1', unit_amount: 10000, currency: 'usd', recurring: { interval: 'year' } } }] },
  ...over,
});

describe('readSubscription', () => {
  it('reads the period end from the items (current API) or the subscription (older API versions)', () => {
    const current = readSubscription(stripeSubscription())!;
    assert.equal(current.currentPeriodEnd, 1_800_000_000);
    assert.equal(current.interval, 'year');
    assert.equal(current.amountCents, 10000);
    assert.equal(current.memberId, 'm1');
    const older = readSubscription(stripeSubscription({ current_period_end: 1_700_000_000, items: { data: [] } }))!;
    assert.equal(older.currentPeriodEnd, 1_700_000_000);
    assert.equal(older.interval, 'year', 'falls back to the interval in our metadata');
  });

  it('accepts an expanded customer and refuses what is not a subscription', () => {
    assert.equal(readSubscription(stripeSubscription({ customer: { id: 'cus_9', object: 'customer' } }))!.customerId, 'cus_9');
    assert.equal(readSubscription({ ...stripeSubscription(), object: 'invoice' }), null);
    assert.equal(readSubscription(stripeSubscription({ status: undefined })), null);
    assert.equal(readSubscription('sub_1'), null);
  });
});

describe('isNewer (the out-of-order rule)', () => {
  const snap = (over: Partial<SubscriptionSnapshot>): SubscriptionSnapshot => ({ ...readSubscription(stripeSubscription())!, ...over });
  it('orders by the event time first', () => {
    assert.equal(isNewer({ created: 100, snapshot: snap({}) }, { created: 200, status: 'active', currentPeriodEnd: 1 }), false);
    assert.equal(isNewer({ created: 300, snapshot: snap({ status: 'active' }) }, { created: 200, status: 'canceled', currentPeriodEnd: 1 }), true);
  });

  it('within one second, prefers the later period, then a terminal status', () => {
    const stored = { created: 200, status: 'active', currentPeriodEnd: 1_800_000_000 };
    assert.equal(isNewer({ created: 200, snapshot: snap({ currentPeriodEnd: 1_700_000_000 }) }, stored), false);
    assert.equal(isNewer({ created: 200, snapshot: snap({ currentPeriodEnd: 1_900_000_000 }) }, stored), true);
    assert.equal(isNewer({ created: 200, snapshot: snap({ status: 'canceled' }) }, stored), true);
    assert.equal(isNewer({ created: 200, snapshot: snap({ status: 'active' }) }, { ...stored, status: 'canceled' }), false);
  });
});

describe('accessEnd', () => {
  const now = new Date('2026-11-20T12:00:00Z');
  const periodEnd = Date.parse('2026-12-20T12:00:00Z') / 1000;
  const snap = (over: Partial<SubscriptionSnapshot>): SubscriptionSnapshot => ({ ...readSubscription(stripeSubscription())!, currentPeriodEnd: periodEnd, ...over });

  it('gives a renewing subscription a grace period after the paid period', () => {
    assert.equal(accessEnd(snap({}), now)!.getTime(), periodEnd * 1000 + RENEWAL_GRACE_MS);
    assert.equal(accessEnd(snap({ status: 'past_due' }), now)!.getTime(), periodEnd * 1000 + RENEWAL_GRACE_MS);
  });

  it('ends a cancelling subscription exactly at the period end, and gives nothing once it is over', () => {
    assert.equal(accessEnd(snap({ cancelAtPeriodEnd: true }), now)!.getTime(), periodEnd * 1000);
    assert.equal(accessEnd(snap({ cancelAt: periodEnd - 100 }), now)!.getTime(), (periodEnd - 100) * 1000);
    for (const status of ['canceled', 'incomplete', 'incomplete_expired', 'unpaid', 'paused']) assert.equal(accessEnd(snap({ status }), now), null, status);
  });
});
