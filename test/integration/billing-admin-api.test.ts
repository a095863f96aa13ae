import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ensureDefaultTiers } from '../../src/modules/billing/index.js';
import { seedFixtureOutlet, type FixtureOutlet } from '../fixtures/fixture-outlet.js';
import { deliver } from '../helpers/billing-helpers.js';
import { startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { adminClient, keyHeaders } from '../helpers/newsroom-staff.js';
import { testDialects } from '../helpers/test-databases.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';

type Api = ReturnType<typeof adminClient>;
type Member = { id: string; email: string; name: string; status: string; comp: { tier: string; until: string | null } | null; history?: { kind: string }[] };

for (const dialect of testDialects()) {
  describe(`members, tiers, offers, groups and revenue in the Admin API on ${dialect}`, () => {
    let fake: FakeStripe;
    let site: TestSite;
    let outlet: FixtureOutlet;
    let api: Api;
    before(async () => {
      fake = await startFakeStripe();
      site = await createTestSite(dialect, { ...fake.env, METER_REGISTERED: '2' });
      outlet = await seedFixtureOutlet(site.services);
      await ensureDefaultTiers({ db: site.services.database.db, clock: site.clock });
      api = adminClient(site, await keyHeaders(site));
    });
    after(async () => {
      await site.close();
      await fake.close();
    });

    const addMember = async (body: Record<string, unknown>) => {
      const res = await api('POST', '/members', body);
      assert.equal(res.statusCode, 201, res.body);
      return (res.json() as { member: Member }).member;
    };
    const emails = async (query: string) => ((await api('GET', `/members?${query}`)).json() as { members: Member[] }).members.map((m) => m.email).sort();
    /** A subscription event for a member, as Stripe would send it after Checkout. */
    const subscription = (memberId: string, interval: 'month' | 'year', cents: number, over: Record<string, unknown> = {}) => ({
      id: `sub_${memberId.slice(-8)}`,
      object: 'subscription',
      customer: `cus_${memberId.slice(-8)}`,
      status: 'active',
      cancel_at_period_end: false,
      metadata: { member_id: memberId, tier_slug: 'member', interval },
      items: { data: [{ quantity: 1, current_period_end: Math.floor(site.clock.now().getTime() / 1000) + 30 * 86_400, price: { id: `price_${interval}`, unit_amount: cents, currency: 'usd', recurring: { interval } } }] },
      ...over,
    });

    it('lists plans for anyone in the newsroom and lets admins change them', async () => {
      const list = await api('GET', '/tiers');
      assert.deepEqual((list.json() as { tiers: { slug: string }[] }).tiers.map((t) => t.slug), ['member', 'institutional']);
      const editor = adminClient(site, await keyHeaders(site, 'editor', 'Desk'));
      assert.equal((await editor('GET', '/tiers')).statusCode, 200);
      assert.equal((await editor('POST', '/tiers', { slug: 'patron', name: 'Patron' })).statusCode, 403);
      const created = await api('POST', '/tiers', { slug: 'patron', name: 'Patron', names: { ar: 'راعٍ' }, monthlyPriceCents: 2500, yearlyPriceCents: null });
      assert.equal(created.statusCode, 201, created.body);
      const bad = await api('PATCH', '/tiers/patron', { monthlyPriceCents: 3 });
      assert.equal(bad.statusCode, 400);
      assert.ok((bad.json() as { fields: Record<string, string> }).fields.monthlyPriceCents);
      const hidden = await api('PATCH', '/tiers/patron', { active: false });
      assert.equal((hidden.json() as { tier: { active: boolean } }).tier.active, false);
    });

    it('adds members, comped or not, and filters the list by how they read', async () => {
      const comped = await addMember({ email: 'Columnist@Example.org', name: 'Hala Saad', comp: { tier: 'member', until: '2027-01-31' } });
      assert.equal(comped.email, 'columnist@example.org');
      assert.equal(comped.status, 'comped');
      assert.deepEqual(comped.comp, { tier: 'member', until: '2027-01-31T00:00:00.000Z' });
      const free = await addMember({ email: 'reader@example.org' });
      assert.equal(free.status, 'free');

      assert.equal((await api('POST', '/members', { email: 'reader@example.org' })).statusCode, 409);
      assert.equal((await api('POST', '/members', { email: 'not an address' })).statusCode, 400);
      const badTier = await api('POST', '/members', { email: 'x@example.org', comp: { tier: 'platinum' } });
      assert.equal(badTier.statusCode, 400);
      assert.match(badTier.headers['content-type'] as string, /application\/problem\+json/);
      const badNewsletter = await api('POST', '/members', { email: 'y@example.org', newsletters: ['no-such-newsletter'] });
      assert.equal(badNewsletter.statusCode, 400);
      assert.deepEqual(await emails('q=y@example'), [], 'nothing half-made');

      assert.deepEqual(await emails('filter=comped'), ['columnist@example.org']);
      assert.ok((await emails('filter=free')).includes('reader@example.org'));
      assert.ok(!(await emails('filter=free')).includes('columnist@example.org'));
      assert.equal((await api('GET', '/members?filter=vip')).statusCode, 400);

      const revoked = await api('PATCH', `/members/${comped.id}`, { comp: null });
      assert.equal((revoked.json() as { member: Member }).member.status, 'free');
      const detail = (await api('GET', `/members/${comped.id}`)).json() as { member: Member };
      assert.deepEqual(detail.member.history!.map((h) => h.kind), ['member.created', 'comp.granted', 'comp.revoked']);
    });

    it('finds members who used up their free articles this month', async () => {
      const heavy = await addMember({ email: 'heavy.reader@example.org' });
      await addMember({ email: 'light.reader@example.org' });
      const month = site.clock.now().toISOString().slice(0, 7);
      for (const post of [outlet.ids.analysis!, outlet.ids.news!]) {
        await site.services.database.db.insertInto('meter_reads').values({ member_id: heavy.id, post_id: post, month, read_at: site.clock.now().toISOString() }).execute();
      }
      const out = await emails('filter=metered-out');
      assert.ok(out.includes('heavy.reader@example.org'));
      assert.ok(!out.includes('light.reader@example.org'));
    });

    it('exports members as CSV and imports the file back unchanged, reporting bad rows', async () => {
      const imported = await site.app.inject({
        method: 'POST',
        url: '/api/admin/members/import',
        headers: { ...(await keyHeaders(site)), 'content-type': 'text/csv' },
        payload: 'email,name,comp_tier,comp_until\r\nwriter@example.org,"Khoury, Rana",member,2027-03-01\r\nnot-an-email,Nobody,,\r\nsami@example.org,=Sami,,\r\nbad.tier@example.org,,gold,\r\n',
      });
      assert.equal(imported.statusCode, 200, imported.body);
      const report = imported.json() as { created: number; errors: { row: number; message: string }[] };
      assert.equal(report.created, 2);
      assert.deepEqual(report.errors.map((e) => e.row), [3, 5]);

      const exported = await api('GET', '/members/export');
      assert.match(exported.headers['content-type'] as string, /^text\/csv/);
      assert.match(exported.body, /^email,name,status,plans,comp_tier,comp_until,created_at,email_verified_at\r\n/);
      assert.match(exported.body, /writer@example\.org,"Khoury, Rana",comped,member:comp,member,2027-03-01T00:00:00\.000Z,/);
      assert.match(exported.body, /sami@example\.org,'=Sami,free/);

      const again = await site.app.inject({ method: 'POST', url: '/api/admin/members/import', headers: { ...(await keyHeaders(site)), 'content-type': 'text/csv' }, payload: exported.body });
      const round = again.json() as { created: number; updated: number; unchanged: number; errors: unknown[] };
      assert.deepEqual([round.created, round.updated, round.errors.length], [0, 0, 0]);
      assert.equal(round.unchanged, exported.body.trim().split('\r\n').length - 1);
      assert.equal((await api('GET', '/members?q=sami')).json().members[0].name, '=Sami');
    });

    it('computes MRR, paying members and churn from the subscriptions Stripe reports', async () => {
      const monthly = await addMember({ email: 'monthly@example.org' });
      const yearly = await addMember({ email: 'yearly@example.org' });
      await deliver(site, fake, fake.event('customer.subscription.created', subscription(monthly.id, 'month', 1000)));
      await deliver(site, fake, fake.event('customer.subscription.created', subscription(yearly.id, 'year', 10000)));
      assert.deepEqual((await api('GET', '/revenue')).json(), { mrrCents: 1833, activePaidMembers: 2, churnThisMonth: 0, currency: 'usd', trialing: 0 });
      assert.ok((await emails('filter=paid')).includes('monthly@example.org'));

      const ended = Math.floor(site.clock.now().getTime() / 1000);
      await deliver(site, fake, fake.event('customer.subscription.deleted', subscription(yearly.id, 'year', 10000, { status: 'canceled', ended_at: ended, canceled_at: ended })));
      assert.deepEqual((await api('GET', '/revenue')).json(), { mrrCents: 1000, activePaidMembers: 1, churnThisMonth: 1, currency: 'usd', trialing: 0 });
      const history = ((await api('GET', `/members/${yearly.id}`)).json() as { member: Member }).member.history!.map((h) => h.kind);
      assert.deepEqual(history, ['member.created', 'subscription.started', 'subscription.ended']);
    });

    it('manages group licences and shows the seats used', async () => {
      const bad = await api('POST', '/groups', { name: 'Library', tier: 'institutional', seats: 5, ipRanges: ['10.0.0.0/8', '10.1.2.3/40'] });
      assert.equal(bad.statusCode, 400);
      assert.match((bad.json() as { detail: string }).detail, /"10\.1\.2\.3\/40" is not an IP range/);
      const created = await api('POST', '/groups', { name: 'Amman Press Club', tier: 'institutional', seats: 3, emailDomains: ['@PressClub.jo'], ipRanges: ['2001:DB8:5::/48'], endsAt: '2027-12-31' });
      assert.equal(created.statusCode, 201, created.body);
      const group = (created.json() as { group: { id: string; emailDomains: string[]; ipRanges: string[]; seatsUsed: number } }).group;
      assert.deepEqual([group.emailDomains, group.ipRanges, group.seatsUsed], [['pressclub.jo'], ['2001:db8:5::/48'], 0]);
      const invited = await api('POST', `/groups/${group.id}/invitations`, { email: 'editor@pressclub.jo' });
      assert.equal(invited.statusCode, 201);
      const fewer = await api('PATCH', `/groups/${group.id}`, { seats: 1 });
      assert.equal(fewer.statusCode, 200);
      assert.equal((await api('GET', '/groups')).json().groups.find((g: { id: string }) => g.id === group.id).seats, 1);
      assert.equal((await api('DELETE', `/groups/${group.id}`)).statusCode, 204);
      assert.equal((await api('GET', `/groups/${group.id}`)).statusCode, 404);
    });

    it('creates offers with a shareable link and keeps billing to admins', async () => {
      const created = await api('POST', '/offers', { code: 'spring30', kind: 'percent', amount: 30, durationMonths: 3 });
      assert.equal(created.statusCode, 201, created.body);
      assert.equal((created.json() as { offer: { url: string } }).offer.url, 'https://ledger.test/membership?offer=SPRING30');
      assert.equal((await api('POST', '/offers', { code: 'SPRING30', kind: 'trial', trialDays: 7 })).statusCode, 409);
      assert.equal((await api('POST', '/offers', { code: 'TOOMUCH', kind: 'percent', amount: 150 })).statusCode, 400);
      const editor = adminClient(site, await keyHeaders(site, 'editor', 'Night desk'));
      for (const path of ['/members', '/offers', '/gifts', '/groups', '/revenue']) assert.equal((await editor('GET', path)).statusCode, 403, path);
    });
  });
}
