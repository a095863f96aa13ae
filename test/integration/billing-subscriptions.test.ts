import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { billingDepsFrom } from '../../src/http/billing-deps.js';
import { createOffer, endMemberBilling, ensureDefaultTiers } from '../../src/modules/billing/index.js';
import { SECRET_SENTENCE, type FixtureOutlet } from '../fixtures/fixture-outlet.js';
import { deliver, sessionIdFrom, startBillingSite, type BillingSite } from '../helpers/billing-helpers.js';
import type { FakeStripe } from '../helpers/fake-stripe.js';
import { signedInReader } from '../helpers/member-session.js';
import { Outbox } from '../helpers/outbox.js';
import { locationOf, ReaderClient } from '../helpers/reader-client.js';
import { testDialects } from '../helpers/test-databases.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';

const DAY = 86_400_000;
const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

for (const dialect of testDialects()) {
  describe(`subscriptions through Stripe on ${dialect}`, () => {
    let billing: BillingSite;
    let fake: FakeStripe;
    let site: TestSite;
    let outlet: FixtureOutlet;
    let outbox: Outbox;
    before(async () => {
      billing = await startBillingSite(dialect);
      ({ fake, site, outlet, outbox } = billing);
    });
    after(() => billing.close());

    const db = () => site.services.database.db;
    const paidArticle = () => `/articles/${outlet.slugs.analysis}`;
    const readsInFull = async (reader: ReaderClient) => (await reader.get(paidArticle())).body.includes(SECRET_SENTENCE);

    /** A signed-in reader who has paid through Checkout; returns the subscription's id at Stripe. */
    const subscribe = async (email: string, fields: Record<string, string> = {}) => {
      const reader = await signedInReader(site, outbox, email);
      await reader.get('/membership');
      const checkout = await reader.post('/membership/checkout', { tier: 'member', interval: 'year', ...fields });
      const sessionId = sessionIdFrom(checkout);
      const { subscription, events } = fake.completeCheckout(sessionId, site.clock.now());
      for (const event of events) assert.equal((await deliver(site, fake, event)).statusCode, 200);
      return { reader, sessionId, subscription: subscription!, subscriptionId: String(subscription!.id) };
    };

    it('refuses an event with a bad signature with 400 and changes nothing', async () => {
      const event = fake.event('customer.subscription.created', { id: 'sub_forged', object: 'subscription', customer: 'cus_x', status: 'active', metadata: {}, items: { data: [] } });
      const forged = await deliver(site, fake, event, { secret: 'whsec_someone_else' });
      assert.equal(forged.statusCode, 400);
      const signature = fake.sign(JSON.stringify(event));
      const tampered = await site.app.inject({ method: 'POST', url: '/webhooks/stripe', headers: { 'content-type': 'application/json', 'stripe-signature': signature }, payload: JSON.stringify({ ...event, type: 'customer.subscription.deleted' }) });
      assert.equal(tampered.statusCode, 400, 'a signature over another body does not count');
      const unsigned = await site.app.inject({ method: 'POST', url: '/webhooks/stripe', headers: { 'content-type': 'application/json' }, payload: JSON.stringify(event) });
      assert.equal(unsigned.statusCode, 400);
      assert.equal((await db().selectFrom('stripe_events').selectAll().execute()).length, 0);
      assert.equal((await db().selectFrom('subscriptions').selectAll().execute()).length, 0);
    });

    it('sends a reader to Checkout, and opens paid articles on the very next request once Stripe says so', async () => {
      const reader = await signedInReader(site, outbox, 'nadia@example.org');
      assert.equal(await readsInFull(reader), false);
      await reader.get('/membership');
      const checkout = await reader.post('/membership/checkout', { tier: 'member', interval: 'year' });
      assert.equal(checkout.statusCode, 303);
      const session = fake.sessions.get(sessionIdFrom(checkout))!;
      assert.equal(session.mode, 'subscription');
      assert.match(String(session.customer), /^cus_/);
      assert.deepEqual((session.line_items as { price_data: unknown }[])[0]!.price_data, { currency: 'usd', unit_amount: '10000', product_data: { name: 'The Levant Ledger: Member' }, recurring: { interval: 'year' } });
      assert.equal((session.subscription_data as { metadata: { tier_slug: string } }).metadata.tier_slug, 'member');
      assert.equal(session.success_url, 'https://ledger.test/membership/welcome?session_id={CHECKOUT_SESSION_ID}');
      assert.equal(await readsInFull(reader), false, 'coming back from Checkout is not proof of payment');

      const { events } = fake.completeCheckout(String(session.id), site.clock.now());
      for (const event of events) assert.equal((await deliver(site, fake, event)).statusCode, 200);
      assert.equal(await readsInFull(reader), true);
      const page = await reader.get('/membership');
      assert.match(page.body, /Paid membership/);
      assert.match(page.body, /Renews on/);
      assert.match((await reader.get('/membership/welcome?session_id=x')).body, /Your membership is active/);
    });

    it('applies the same event once, however often it is delivered', async () => {
      const { subscription } = await subscribe('replay@example.org');
      const memberId = (subscription.metadata as { member_id: string }).member_id;
      const changed = fake.event('customer.subscription.updated', { ...structuredClone(subscription), cancel_at_period_end: true });
      const history = async () => (await db().selectFrom('member_events').select('kind').where('member_id', '=', memberId).execute()).map((r) => r.kind);
      const first = await deliver(site, fake, changed);
      assert.deepEqual(first.json(), { received: true, outcome: 'applied' });
      const before = await history();
      const again = await deliver(site, fake, changed);
      assert.equal(again.statusCode, 200);
      assert.deepEqual(again.json(), { received: true, outcome: 'duplicate' });
      assert.deepEqual(await history(), before);
      assert.equal(before.filter((k) => k === 'subscription.cancel-scheduled').length, 1);
    });

    it('keeps the newest state when an older event arrives after a newer one', async () => {
      const { reader, subscription, subscriptionId } = await subscribe('order@example.org');
      const older = fake.event('customer.subscription.updated', { ...structuredClone(subscription), status: 'active' });
      const newer = fake.event('customer.subscription.deleted', { ...structuredClone(subscription), status: 'canceled', ended_at: Math.floor(site.clock.now().getTime() / 1000) });
      assert.equal((await deliver(site, fake, newer)).json().outcome, 'applied');
      assert.equal(await readsInFull(reader), false);
      assert.equal((await deliver(site, fake, older)).json().outcome, 'stale');
      const row = await db().selectFrom('subscriptions').select(['status']).where('stripe_subscription_id', '=', subscriptionId).executeTakeFirstOrThrow();
      assert.equal(row.status, 'canceled');
      assert.equal(await readsInFull(reader), false, 'the stale "active" did not bring access back');
    });

    it('cancels with one page and one button; access lasts until the period ends', async () => {
      const { reader, subscriptionId } = await subscribe('leaving@example.org', { interval: 'month' });
      const page = await reader.get('/membership/cancel');
      assert.equal(page.statusCode, 200);
      assert.equal((page.body.match(/<form method="post"/g) ?? []).length, 1, 'no retention offer exists, so there is one form');
      const cancelled = await reader.post('/membership/cancel', {});
      assert.equal(cancelled.statusCode, 303);
      assert.equal(locationOf(cancelled), '/membership?done=cancelled');
      const call = fake.requests.findLast((r) => r.path === `/v1/subscriptions/${subscriptionId}`)!;
      assert.deepEqual([call.method, call.body.cancel_at_period_end], ['POST', 'true']);
      assert.match((await reader.get('/membership?done=cancelled')).body, /Your membership is cancelled\. You can keep reading until/);
      assert.equal(await readsInFull(reader), true, 'still paid up');

      const periodEnd = (await db().selectFrom('subscriptions').select('current_period_end').where('stripe_subscription_id', '=', subscriptionId).executeTakeFirstOrThrow()).current_period_end!;
      const started = site.clock.now();
      site.clock.set(new Date(Date.parse(periodEnd) - 60_000));
      assert.equal(await readsInFull(reader), true);
      site.clock.set(new Date(Date.parse(periodEnd) + 1000));
      assert.equal(await readsInFull(reader), false, 'no grace period after a cancellation');
      site.clock.set(started);
    });

    it('lets a member change their mind before the period ends', async () => {
      const { reader, subscriptionId } = await subscribe('undecided@example.org');
      await reader.get('/membership/cancel');
      await reader.post('/membership/cancel', {});
      await reader.get('/membership');
      assert.equal(locationOf(await reader.post('/membership/resume', {})), '/membership?done=resumed');
      assert.equal(fake.subscriptions.get(subscriptionId)!.cancel_at_period_end, false);
      const row = await db().selectFrom('subscriptions').select('cancel_at_period_end').where('stripe_subscription_id', '=', subscriptionId).executeTakeFirstOrThrow();
      assert.equal(row.cancel_at_period_end, 0);
    });

    it('offers a retention discount once, declinable with the same single click', async () => {
      await createOffer({ db: db(), clock: site.clock }, { code: 'STAY50', kind: 'percent', amount: 50, durationMonths: 3, retention: true });
      const { reader, subscriptionId } = await subscribe('tempted@example.org');
      const first = await reader.get('/membership/cancel');
      assert.match(first.body, /50% off for 3 months/);
      const second = await reader.get('/membership/cancel');
      assert.doesNotMatch(second.body, /50% off/, 'shown once, not on every visit');
      assert.equal(locationOf(await reader.post('/membership/retention', { offer: /name="offer" value="([^"]+)"/.exec(first.body)![1]! })), '/membership?done=offer');
      const couponId = (fake.subscriptions.get(subscriptionId)!.discounts as { coupon: { id: string } }[])[0]!.coupon.id;
      assert.equal(fake.coupons.get(couponId)!.percent_off, 50);
      const newcomer = await signedInReader(site, outbox, 'newcomer@example.org');
      assert.match((await newcomer.get('/membership?offer=STAY50')).body, /We do not recognise that offer code/, 'a retention offer is not a public code');
    });

    it('applies an offer code at Checkout: a coupon for discounts, trial days for a trial', async () => {
      await createOffer({ db: db(), clock: site.clock }, { code: 'LAUNCH25', kind: 'fixed', amount: 2500, durationMonths: 12 });
      await createOffer({ db: db(), clock: site.clock }, { code: 'TRY14', kind: 'trial', trialDays: 14 });
      const reader = await signedInReader(site, outbox, 'bargain@example.org');
      const shown = await reader.get('/membership?offer=launch25');
      assert.match(shown.body, /Offer LAUNCH25: \$25 off for 12 months/);
      assert.match(shown.body, /name="offer" value="LAUNCH25"/);
      const discounted = fake.sessions.get(sessionIdFrom(await reader.post('/membership/checkout', { tier: 'member', interval: 'year', offer: 'LAUNCH25' })))!;
      const couponId = String((discounted.discounts as { coupon: string }[])[0]!.coupon);
      assert.deepEqual(fake.coupons.get(couponId), { id: couponId, object: 'coupon', name: 'LAUNCH25', percent_off: null, amount_off: 2500, currency: 'usd', duration: 'repeating', duration_in_months: 12 });

      const trial = fake.sessions.get(sessionIdFrom(await reader.post('/membership/checkout', { tier: 'member', interval: 'month', offer: 'TRY14' })))!;
      assert.equal((trial.subscription_data as { trial_period_days: string }).trial_period_days, '14');
      assert.equal(trial.discounts, undefined);
      const { events } = fake.completeCheckout(String(trial.id), site.clock.now());
      for (const event of events) await deliver(site, fake, event);
      assert.equal(await readsInFull(reader), true, 'a trial opens the paywall');
      const offer = await db().selectFrom('offers').select('redemptions').where('code', '=', 'TRY14').executeTakeFirstOrThrow();
      assert.equal(offer.redemptions, 1);

      const unknown = await (await signedInReader(site, outbox, 'curious@example.org')).get('/membership?offer=NOSUCHCODE');
      assert.equal(unknown.statusCode, 200);
      assert.match(unknown.body, /We do not recognise that offer code/);
    });

    it('ends access when Stripe reports the subscription over, and lapses without renewal after the grace days', async () => {
      const { reader, subscription } = await subscribe('lapsed@example.org', { interval: 'month' });
      const periodEnd = Number((subscription.items as { data: { current_period_end: number }[] }).data[0]!.current_period_end) * 1000;
      const started = site.clock.now();
      site.clock.set(new Date(periodEnd + 2 * DAY));
      assert.equal(await readsInFull(reader), true, 'a renewal may still be on its way');
      site.clock.set(new Date(periodEnd + 4 * DAY));
      assert.equal(await readsInFull(reader), false);
      site.clock.set(started);
    });

    it('cancels at once at Stripe when a member leaves for good (erasure), so nothing more is charged', async () => {
      const { reader, subscription, subscriptionId } = await subscribe('erasing@example.org', { interval: 'month' });
      const billing = billingDepsFrom({ config: site.services.config, db: db(), clock: site.clock, mailer: site.services.mailer });
      await endMemberBilling(billing, (subscription.metadata as { member_id: string }).member_id);
      const call = fake.requests.findLast((r) => r.path === `/v1/subscriptions/${subscriptionId}`)!;
      assert.equal(call.method, 'DELETE');
      assert.equal(await readsInFull(reader), false);
      const row = await db().selectFrom('subscriptions').select('status').where('stripe_subscription_id', '=', subscriptionId).executeTakeFirstOrThrow();
      assert.equal(row.status, 'canceled');
    });

    it('serves valid HTML on every membership page, in English and Arabic', async () => {
      await createOffer({ db: db(), clock: site.clock }, { code: 'VALID10', kind: 'percent', amount: 10 });
      const validator = new HtmlValidate(new FileSystemConfigLoader());
      const failures: string[] = [];
      for (const prefix of ['', '/ar']) {
        const { reader } = await subscribe(`valid${prefix.replace('/', '-')}@example.org`, { interval: 'month' });
        const pages: [string, string][] = [
          ['plans', (await new ReaderClient(site.app).get(`${prefix}/membership?offer=VALID10`)).body],
          ['member', (await reader.get(`${prefix}/membership?done=resumed`)).body],
          ['cancel', (await reader.get(`${prefix}/membership/cancel`)).body],
          ['welcome', (await reader.get(`${prefix}/membership/welcome`)).body],
          ['redeem', (await reader.get(`${prefix}/gift/redeem?token=${'x'.repeat(43)}`)).body],
          ['join', (await reader.get(`${prefix}/membership/join?token=${'x'.repeat(43)}`)).body],
        ];
        for (const [name, body] of pages) {
          const report = await validator.validateString(body, join(REPO_ROOT, 'test/e2e', 'membership.html'));
          for (const result of report.results) for (const m of result.messages) failures.push(`${prefix} ${name} ${m.ruleId}: ${m.message}`);
        }
      }
      assert.deepEqual(failures, []);
    });

    it('asks a signed-out reader to sign in before Checkout, and refuses a forged form', async () => {
      const anonymous = new ReaderClient(site.app);
      const page = await anonymous.get('/membership');
      assert.match(page.body, /href="\/account\/sign-in\?next=%2Fmembership"/);
      const reader = await signedInReader(site, outbox, 'forged@example.org');
      await reader.get('/membership');
      const forged = await reader.post('/membership/checkout', { tier: 'member', interval: 'year', _csrf: 'x'.repeat(43) });
      assert.equal(forged.statusCode, 403);
      const bad = await reader.post('/membership/checkout', { tier: 'member', interval: 'weekly' });
      assert.equal(bad.statusCode, 400);
    });
  });

  describe(`membership without Stripe configured on ${dialect}`, () => {
    let site: TestSite;
    let outbox: Outbox;
    before(async () => {
      site = await createTestSite(dialect);
      outbox = new Outbox(site.database.dataDir);
      await ensureDefaultTiers({ db: site.services.database.db, clock: site.clock });
    });
    after(async () => site.close());

    it('shows the plans as unavailable, never a broken page', async () => {
      for (const path of ['/membership', '/ar/membership']) {
        const res = await new ReaderClient(site.app).get(path);
        assert.equal(res.statusCode, 200, path);
        assert.match(res.body, path.startsWith('/ar') ? /العضويات المدفوعة غير متاحة حاليًا/ : /Paid memberships are not available at the moment/);
        assert.doesNotMatch(res.body, /action="(\/ar)?\/membership\/(checkout|gift)"/);
      }
      const reader = await signedInReader(site, outbox, 'early@example.org');
      await reader.get('/membership');
      const refused = await reader.post('/membership/checkout', { tier: 'member', interval: 'month' });
      assert.equal(refused.statusCode, 503);
      assert.match(refused.body, /Paid memberships are not available right now/);
      const hook = await site.app.inject({ method: 'POST', url: '/webhooks/stripe', headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=x' }, payload: '{}' });
      assert.equal(hook.statusCode, 503);
    });
  });
}
