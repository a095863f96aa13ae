import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { billingDepsFrom } from '../../src/http/billing-deps.js';
import { createLicence, grantComp, inviteToLicence, listLicences } from '../../src/modules/billing/index.js';
import { SECRET_SENTENCE, type FixtureOutlet } from '../fixtures/fixture-outlet.js';
import { deliver, sessionIdFrom, startBillingSite, type BillingSite } from '../helpers/billing-helpers.js';
import type { FakeStripe } from '../helpers/fake-stripe.js';
import { signedInReader } from '../helpers/member-session.js';
import type { Outbox } from '../helpers/outbox.js';
import { locationOf, ReaderClient } from '../helpers/reader-client.js';
import { testDialects } from '../helpers/test-databases.js';
import type { TestSite } from '../helpers/test-site.js';

const DAY = 86_400_000;

for (const dialect of testDialects()) {
  describe(`comps, gifts and group licences on ${dialect}`, () => {
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

    const deps = () => ({ db: site.services.database.db, clock: site.clock });
    const readsInFull = async (reader: ReaderClient) => (await reader.get(`/articles/${outlet.slugs.analysis}`)).body.includes(SECRET_SENTENCE);
    const memberId = async (email: string) => (await deps().db.selectFrom('members').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
    const linkIn = (text: string, path: string) => {
      const match = new RegExp(`https://ledger\\.test(${path.replace(/\//g, '\\/')}\\?token=[A-Za-z0-9_-]{43})`).exec(text);
      if (!match) throw new Error(`no ${path} link in: ${text}`);
      return match[1]!;
    };

    it('gives complimentary access that ends on its end date', async () => {
      const reader = await signedInReader(site, outbox, 'contributor@example.org');
      assert.equal(await readsInFull(reader), false);
      await grantComp(deps(), { memberId: await memberId('contributor@example.org'), tierSlug: 'member', until: new Date(site.clock.now().getTime() + 10 * DAY) });
      assert.equal(await readsInFull(reader), true);
      const started = site.clock.now();
      site.clock.set(new Date(started.getTime() + 11 * DAY));
      assert.equal(await readsInFull(reader), false);
      site.clock.set(started);
    });

    it('sells a gift through Checkout, emails the redeem link, and redeems it once', async () => {
      const giver = new ReaderClient(site.app);
      await giver.get('/membership');
      const bought = await giver.post('/membership/gift', { gift: 'member:12', purchaserEmail: 'Giver@Example.org', recipientEmail: 'friend@example.org', recipientName: 'Salma', message: 'Happy birthday!' });
      const session = fake.sessions.get(sessionIdFrom(bought))!;
      assert.equal(session.mode, 'payment');
      assert.equal(session.customer_email, 'giver@example.org');
      assert.deepEqual((session.line_items as { price_data: unknown }[])[0]!.price_data, { currency: 'usd', unit_amount: '10000', product_data: { name: 'The Levant Ledger: Member, 12 months (gift)' } });
      assert.equal((session.metadata as { kind: string }).kind, 'gift');

      const [completed] = fake.completeCheckout(String(session.id), site.clock.now()).events;
      assert.equal((await deliver(site, fake, completed!)).json().outcome, 'applied');
      assert.equal((await deliver(site, fake, completed!)).json().outcome, 'duplicate');
      const mail = await outbox.take('friend@example.org');
      assert.match(mail.text, /giver@example\.org has given you a membership to The Levant Ledger: Member for 12 months/);
      assert.match(mail.text, /Happy birthday!/);
      const redeemPath = linkIn(mail.text, '/gift/redeem');
      assert.deepEqual(await outbox.fresh(), [], 'one email, even though the event came twice');

      const scanner = await new ReaderClient(site.app).get(redeemPath);
      assert.equal(scanner.statusCode, 200);
      assert.match(scanner.body, /a gift from/);
      assert.match(scanner.body, /Sign in or register to redeem it/);

      const friend = await signedInReader(site, outbox, 'friend@example.org');
      assert.equal(await readsInFull(friend), false, 'opening the link redeems nothing');
      const page = await friend.get(redeemPath);
      const token = /name="token" value="([^"]+)"/.exec(page.body)![1]!;
      const redeemed = await friend.post('/gift/redeem', { token });
      assert.equal(locationOf(redeemed), '/membership?done=gift');
      assert.equal(await readsInFull(friend), true);
      const gift = await deps().db.selectFrom('member_entitlements').select(['source', 'ends_at']).where('member_id', '=', await memberId('friend@example.org')).executeTakeFirstOrThrow();
      assert.equal(gift.source, 'gift');
      assert.equal(gift.ends_at, '2027-11-20T12:00:00.000Z');

      const other = await signedInReader(site, outbox, 'someone.else@example.org');
      await other.get(redeemPath);
      const again = await other.post('/gift/redeem', { token });
      assert.equal(again.statusCode, 409);
      assert.match(again.body, /already been redeemed/);
      assert.equal(await readsInFull(other), false);
    });

    it('seats readers by confirmed email domain until the seats run out', async () => {
      await createLicence(deps(), { name: 'American University of Beirut', tierSlug: 'institutional', seats: 1, emailDomains: ['aub.edu.lb'] });
      // The seat is claimed as the reader signs in, before any membership page is visited.
      const student = await signedInReader(site, outbox, 'student@aub.edu.lb');
      assert.equal(await readsInFull(student), true);
      assert.match((await student.get('/membership')).body, /<strong>Institutional<\/strong> · Institutional access/);
      const lecturer = await signedInReader(site, outbox, 'lecturer@mail.aub.edu.lb');
      const full = await lecturer.get('/membership');
      assert.match(full.body, /all its seats are taken/);
      assert.equal(await readsInFull(lecturer), false);
      const outsider = await signedInReader(site, outbox, 'student@aub.edu.lb.example.com');
      assert.doesNotMatch((await outsider.get('/membership')).body, /American University of Beirut/);
      const licence = (await listLicences(deps().db)).find((l) => l.name === 'American University of Beirut')!;
      assert.equal(licence.seatsUsed, 1);
    });

    it('seats an invited reader who accepts with the invited address, and no one else', async () => {
      const licence = await createLicence(deps(), { name: 'Levant Policy Institute', tierSlug: 'institutional', seats: 2 });
      await inviteToLicence(billingDepsFrom({ ...deps(), config: site.services.config, mailer: site.services.mailer }), licence.id, 'analyst@policy.example', 'en');
      const joinPath = linkIn((await outbox.take('analyst@policy.example')).text, '/membership/join');

      const wrong = await signedInReader(site, outbox, 'forwarded@elsewhere.example');
      const page = await wrong.get(joinPath);
      const token = /name="token" value="([^"]+)"/.exec(page.body)![1]!;
      const refused = await wrong.post('/membership/join', { token });
      assert.equal(refused.statusCode, 403);
      assert.match(refused.body, /This invitation is for analyst@policy\.example/);

      const analyst = await signedInReader(site, outbox, 'analyst@policy.example');
      await analyst.get(joinPath);
      const joined = await analyst.post('/membership/join', { token });
      assert.match(locationOf(joined), /^\/membership\?done=joined&licence=/);
      assert.match((await analyst.get(locationOf(joined))).body, /You now read with Levant Policy Institute’s membership/);
      assert.equal(await readsInFull(analyst), true);
      assert.equal((await analyst.get(joinPath)).statusCode, 404, 'an accepted invitation is spent');
    });

    it('opens paid articles to every address in a licence’s IP ranges, without an account or a seat', async () => {
      await createLicence(deps(), { name: 'Beirut Public Library', tierSlug: 'institutional', seats: 0, ipRanges: ['192.0.2.0/24', '2001:db8:77::/48'] });
      assert.equal(await readsInFull(new ReaderClient(site.app, '192.0.2.44')), true);
      assert.equal(await readsInFull(new ReaderClient(site.app, '2001:db8:77::5')), true);
      assert.equal(await readsInFull(new ReaderClient(site.app, '203.0.113.9')), false);
      const library = (await listLicences(deps().db)).find((l) => l.name === 'Beirut Public Library')!;
      assert.equal(library.seatsUsed, 0);
    });
  });
}
