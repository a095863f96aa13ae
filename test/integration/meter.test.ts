import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createPost, escapeHtml } from '../../src/modules/content/index.js';
import { formatDate } from '../../src/web/i18n.js';
import { seedFixtureOutlet, type FixtureOutlet } from '../fixtures/fixture-outlet.js';
import { signedInReader } from '../helpers/member-session.js';
import { Outbox } from '../helpers/outbox.js';
import { ReaderClient } from '../helpers/reader-client.js';
import { testDialects } from '../helpers/test-databases.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';

const METER = { METER_ANONYMOUS: '2', METER_REGISTERED: '3' };
const secret = (n: number) => `Sealed finding number ${n} stays behind the wall.`;

/** Five paid analyses, each with a sentence after the cut that only an entitled reader may see. */
async function seedGatedStories(site: TestSite): Promise<string[]> {
  const deps = { db: site.services.database.db, clock: site.services.clock, events: site.services.events, dataDir: site.services.config.dataDir };
  const slugs: string[] = [];
  for (let n = 1; n <= 5; n++) {
    const post = await createPost(deps, {
      title: `Port fees and the grain trade, part ${n}`,
      type: 'analysis',
      access: 'paid',
      status: 'published',
      publishedAt: new Date(site.clock.now().getTime() - n * 3_600_000).toISOString(),
      body: { format: 'markdown', content: `Shipping agents in Tartus describe a season of delays.\n\n<!-- paywall -->\n\n${secret(n)}` },
    });
    slugs.push(post.slug);
  }
  return slugs;
}

const meterCookie = (reader: ReaderClient) => reader.cookies.get('__Host-dateline-meter');

for (const dialect of testDialects()) {
  describe(`the meter on ${dialect}`, () => {
    let site: TestSite;
    let outlet: FixtureOutlet;
    let stories: string[];
    let outbox: Outbox;
    before(async () => {
      site = await createTestSite(dialect, METER);
      outlet = await seedFixtureOutlet(site.services);
      stories = await seedGatedStories(site);
      outbox = new Outbox(site.database.dataDir);
    });
    after(async () => site.close());

    const read = (reader: ReaderClient, n: number) => reader.get(`/articles/${stories[n - 1]}`);

    it('gives an anonymous browser two free articles a month, counted in a signed cookie, then the wall', async () => {
      const reader = new ReaderClient(site.app);
      const first = await read(reader, 1);
      assert.equal(first.statusCode, 200);
      assert.ok(first.body.includes(secret(1)));
      assert.match(first.body, /<aside class="meter-banner" aria-label="Free articles this month"><p><strong>1 of 2 free articles left this month<\/strong> <a href="\/account\/register\?next=%2Farticles%2F/);
      assert.match(first.headers['cache-control'] as string, /^private/);
      assert.match(String(first.headers['set-cookie']), /__Host-dateline-meter=m1\.2026-11\.1\.[0-9a-z]{8}\.[A-Za-z0-9_-]{22}; Path=\/; Expires=Tue, 01 Dec 2026 00:00:00 GMT; HttpOnly; Secure; SameSite=Lax/);

      const again = await read(reader, 1);
      assert.ok(again.body.includes(secret(1)));
      assert.match(again.body, /1 of 2 free articles left this month/, 're-reading does not count again');
      assert.equal(again.headers['set-cookie'], undefined);

      const second = await read(reader, 2);
      assert.ok(second.body.includes(secret(2)));
      assert.match(second.body, /This is your last free article this month/);

      const third = await read(reader, 3);
      assert.equal(third.statusCode, 200);
      assert.ok(!third.body.includes(secret(3)), 'the text after the cut stays on the server');
      assert.ok(third.body.includes(`You have read your 2 free articles this month</strong> Your free articles start again on ${escapeHtml(formatDate('2026-12-01T00:00:00.000Z', 'en'))}.`));
      assert.match(third.body, /Subscribe to keep reading/);
      assert.ok(third.body.indexOf('meter-banner-out') < third.body.indexOf('paywall-prompt'), 'the meter note sits just above the prompt');

      // The articles already counted stay open this month.
      assert.ok((await read(reader, 2)).body.includes(secret(2)));
    });

    it('puts the registration wall on registered articles once the meter is spent', async () => {
      const reader = new ReaderClient(site.app);
      await read(reader, 1);
      await read(reader, 2);
      const memo = await reader.get(`/articles/${outlet.slugs.memo}`);
      assert.match(memo.body, /Register for free to keep reading/);
      assert.doesNotMatch(memo.body, /Volumes are capped for two years/);
    });

    it('never meters public articles', async () => {
      const reader = new ReaderClient(site.app);
      const news = await reader.get(`/articles/${outlet.slugs.news}`);
      assert.equal(news.headers['set-cookie'], undefined);
      assert.doesNotMatch(news.body, /meter-banner/);
      assert.match(news.headers['cache-control'] as string, /^public/);
    });

    it('keeps one reader’s meter out of another reader’s page', async () => {
      const spent = new ReaderClient(site.app);
      await read(spent, 1);
      await read(spent, 2);
      assert.match((await read(spent, 4)).body, /You have read your 2 free articles/);
      const newcomer = new ReaderClient(site.app);
      const page = await read(newcomer, 4);
      assert.ok(page.body.includes(secret(4)));
      assert.match(page.body, /1 of 2 free articles left this month/);
      assert.doesNotMatch(page.body, /You have read your/);
      assert.notEqual(page.headers.etag, (await read(spent, 4)).headers.etag);
    });

    it('treats an edited or forged meter cookie as a fresh one and replaces it', async () => {
      const reader = new ReaderClient(site.app);
      await read(reader, 1);
      await read(reader, 2);
      const value = meterCookie(reader)!;
      reader.cookies.set('__Host-dateline-meter', value.replace('.2.', '.0.'));
      const res = await read(reader, 3);
      assert.ok(res.body.includes(secret(3)));
      assert.match(res.body, /1 of 2 free articles left this month/);
      assert.match(meterCookie(reader)!, /^m1\.2026-11\.1\./);
      reader.cookies.set('__Host-dateline-meter', 'm1.2026-11.0..forged');
      assert.match((await read(reader, 4)).body, /1 of 2 free articles left/);
    });

    it('starts again in a new calendar month (UTC)', async () => {
      const reader = new ReaderClient(site.app);
      await read(reader, 1);
      await read(reader, 2);
      assert.ok(!(await read(reader, 3)).body.includes(secret(3)));
      site.clock.set('2026-12-01T00:00:05.000Z');
      try {
        const december = await read(reader, 3);
        assert.ok(december.body.includes(secret(3)));
        assert.match(december.body, /1 of 2 free articles left this month/);
        assert.match(meterCookie(reader)!, /^m1\.2026-12\.1\./);
      } finally {
        site.clock.set('2026-11-20T12:00:00.000Z');
      }
    });

    it('gives a registered reader three more, counted on the server, and opens registered articles', async () => {
      const reader = await signedInReader(site, outbox, 'metered.member@example.com');
      const memo = await reader.get(`/articles/${outlet.slugs.memo}`);
      assert.match(memo.body, /Volumes are capped for two years/);
      assert.doesNotMatch(memo.body, /meter-banner/);

      const first = await read(reader, 1);
      assert.ok(first.body.includes(secret(1)));
      assert.match(first.body, /2 of 3 free articles left this month<\/strong> <a href="\/membership\?next=/);
      assert.equal(first.headers['set-cookie'], undefined, 'a member is not counted in a cookie');
      assert.match((await read(reader, 1)).body, /2 of 3 free articles left/);
      await read(reader, 2);
      assert.match((await read(reader, 3)).body, /This is your last free article this month/);
      const fourth = await read(reader, 4);
      assert.ok(!fourth.body.includes(secret(4)));
      assert.match(fourth.body, /You have read your 3 free articles this month/);
      assert.match(fourth.body, /Subscribe to keep reading/);

      const rows = await site.services.database.db.selectFrom('meter_reads').select(['post_id', 'month']).execute();
      assert.equal(rows.length, 3);
      assert.ok(rows.every((r) => r.month === '2026-11'));

      const account = await reader.get('/account');
      assert.match(account.body, /Members’ articles read this month: 3 of 3\./);

      // The same reader in another browser: the count lives on the server, not in the cookie.
      const sameReaderElsewhere = new ReaderClient(site.app);
      for (const [k, v] of reader.cookies) if (k === '__Host-dateline-member') sameReaderElsewhere.cookies.set(k, v);
      assert.ok(!(await read(sameReaderElsewhere, 5)).body.includes(secret(5)));

      site.clock.set('2026-12-02T08:00:00.000Z');
      try {
        const december = await read(reader, 4);
        assert.ok(december.body.includes(secret(4)));
        assert.match(december.body, /2 of 3 free articles left this month/);
      } finally {
        site.clock.set('2026-11-20T12:00:00.000Z');
      }
    });

    it('never meters a paid member, and shows their plan', async () => {
      const reader = await signedInReader(site, outbox, 'paying.member@example.com');
      const db = site.services.database.db;
      const member = await db.selectFrom('members').select('id').where('email', '=', 'paying.member@example.com').executeTakeFirstOrThrow();
      await db
        .insertInto('member_entitlements')
        .values({ id: 'e'.repeat(26), member_id: member.id, tier_slug: 'supporter', tier_name: 'Supporter', source: 'comp', reference: null, starts_at: '2026-11-01T00:00:00.000Z', ends_at: '2026-12-15T00:00:00.000Z', created_at: '2026-11-01T00:00:00.000Z' })
        .execute();
      for (let n = 1; n <= 5; n++) {
        const page = await read(reader, n);
        assert.ok(page.body.includes(secret(n)), `story ${n}`);
        assert.doesNotMatch(page.body, /meter-banner/);
      }
      assert.equal((await db.selectFrom('meter_reads').select('post_id').where('member_id', '=', member.id).execute()).length, 0);
      const account = await reader.get('/account');
      assert.ok(account.body.includes(`<strong>Supporter</strong> · until ${escapeHtml(formatDate('2026-12-15T00:00:00.000Z', 'en'))}`));

      // Access follows the entitlement within one request: when it ends, the meter is back.
      site.clock.set('2026-12-16T00:00:00.000Z');
      try {
        assert.match((await read(reader, 1)).body, /2 of 3 free articles left this month/);
      } finally {
        site.clock.set('2026-11-20T12:00:00.000Z');
      }
    });
  });

  describe(`a hard wall (METER_ANONYMOUS=0) on ${dialect}`, () => {
    let site: TestSite;
    let stories: string[];
    before(async () => {
      site = await createTestSite(dialect, { METER_ANONYMOUS: '0' });
      stories = await seedGatedStories(site);
    });
    after(async () => site.close());

    it('shows anonymous readers the preview and the wall from the first article, with no meter', async () => {
      const reader = new ReaderClient(site.app);
      const res = await reader.get(`/articles/${stories[0]}`);
      assert.ok(!res.body.includes(secret(1)));
      assert.match(res.body, /Shipping agents in Tartus/);
      assert.match(res.body, /Subscribe to keep reading/);
      assert.doesNotMatch(res.body, /meter-banner/);
      assert.equal(res.headers['set-cookie'], undefined);
    });
  });
}
