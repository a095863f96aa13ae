import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newId } from '../../src/kernel/ids.js';
import { getPost } from '../../src/modules/content/index.js';
import { renderNewsletterEmail } from '../../src/modules/newsletters/index.js';
import { PREVIEW_SENTENCE, SECRET_SENTENCE, seedFixtureOutlet, type FixtureOutlet } from '../fixtures/fixture-outlet.js';
import { signedInReader } from '../helpers/member-session.js';
import { Outbox } from '../helpers/outbox.js';
import { ReaderClient } from '../helpers/reader-client.js';
import { testDialects } from '../helpers/test-databases.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';

/** Words only found after the cut: no part of them may reach a reader who is not entitled. */
const SECRET_WORDS = /forty-one pages|unpaid invoices ran/;

for (const dialect of testDialects()) {
  describe(`the paywall never leaks, on ${dialect}`, () => {
    let site: TestSite;
    let outlet: FixtureOutlet;
    let anonymous: ReaderClient;
    let registered: ReaderClient;
    let paid: ReaderClient;

    before(async () => {
      // No free metered reads: every gated article is behind its wall for readers who have not paid.
      site = await createTestSite(dialect, { METER_ANONYMOUS: '0', METER_REGISTERED: '0' });
      outlet = await seedFixtureOutlet(site.services);
      const outbox = new Outbox(site.services.config.dataDir);
      anonymous = new ReaderClient(site.app);
      registered = await signedInReader(site, outbox, 'free.reader@example.org');
      paid = await signedInReader(site, outbox, 'paying.reader@example.org');
      const db = site.services.database.db;
      const member = await db.selectFrom('members').select('id').where('email', '=', 'paying.reader@example.org').executeTakeFirstOrThrow();
      const now = site.clock.now().toISOString();
      await db.insertInto('member_entitlements').values({ id: newId(), member_id: member.id, tier_slug: 'member', tier_name: 'Member', source: 'comp', reference: null, starts_at: now, ends_at: null, created_at: now }).execute();
    });
    after(async () => site.close());

    it('article page, its structured data and social tags: only the paying reader gets the text after the cut', async () => {
      const path = `/articles/${outlet.slugs.analysis}`;
      for (const [who, client] of [['anonymous', anonymous], ['registered', registered]] as const) {
        const res = await client.get(path);
        assert.equal(res.statusCode, 200, who);
        assert.ok(res.body.includes(PREVIEW_SENTENCE), `${who} sees the preview`);
        assert.doesNotMatch(res.body, SECRET_WORDS, `${who} must not get the text after the cut`);
        assert.match(res.body, /class="paywall-prompt"/, `${who} sees the prompt`);
      }
      const full = await paid.get(path);
      assert.ok(full.body.includes(SECRET_SENTENCE), 'the paying reader reads it all');
      const head = full.body.slice(0, full.body.indexOf('</head>'));
      assert.doesNotMatch(head, SECRET_WORDS, 'not even a paying reader’s page puts body text in meta tags or JSON-LD');
    });

    it('Content API: posts, one post, and search never carry it', async () => {
      for (const path of ['/api/content/posts', `/api/content/posts/${outlet.slugs.analysis}`, `/api/content/posts/${outlet.ids.analysis}`, '/api/content/search?q=unpaid+invoices', '/api/content/search?q=%22forty-one+pages%22']) {
        for (const client of [anonymous, registered, paid]) {
          const res = await client.get(path);
          assert.equal(res.statusCode, 200, path);
          assert.doesNotMatch(res.body, SECRET_WORDS, path);
        }
      }
      const one = (await anonymous.get(`/api/content/posts/${outlet.slugs.analysis}`)).json();
      assert.equal(one.post.gated, true);
      assert.ok(one.post.html.includes(PREVIEW_SENTENCE));
      const found = (await anonymous.get('/api/content/search?q=%22forty-one+pages%22')).json();
      assert.ok(found.results.some((r: { slug: string }) => r.slug === outlet.slugs.analysis), 'the article may be found; its words are not shown');
    });

    it('feeds and sitemaps never carry it', async () => {
      const paths = ['/feed.xml', '/feed.atom', '/feed.json', '/section/economy/feed.xml', '/tag/lebanon/feed.atom', '/author/rana-khoury/feed.json', '/sitemap.xml', '/sitemaps/news.xml'];
      const index = await anonymous.get('/sitemap.xml');
      for (const loc of index.body.matchAll(/<loc>https:\/\/ledger\.test([^<]+)<\/loc>/g)) paths.push(loc[1]!);
      for (const path of paths) {
        for (const client of [anonymous, paid]) {
          const res = await client.get(path);
          assert.equal(res.statusCode, 200, path);
          assert.doesNotMatch(res.body, SECRET_WORDS, path);
        }
      }
      assert.ok((await anonymous.get('/feed.xml')).body.includes(PREVIEW_SENTENCE), 'feeds carry the preview');
    });

    it('search results show that the article matches, never the words after the cut', async () => {
      // "invoices" appears only after the cut; the page echoes the query, so look for the words around it.
      for (const client of [anonymous, registered, paid]) {
        const res = await client.get('/search?q=invoices');
        assert.equal(res.statusCode, 200);
        assert.match(res.body, new RegExp(`/articles/${outlet.slugs.analysis}`), 'the article is found');
        assert.doesNotMatch(res.body, /forty-one|ledger of unpaid/);
      }
    });

    it('email: the free version stops at the cut, the paid version carries it', async () => {
      const post = (await getPost(site.services.database.db, outlet.ids.analysis!))!;
      const base = { siteName: 'The Levant Ledger', publicUrl: 'https://ledger.test', newsletterName: 'The Daily Briefing', language: 'en', subject: post.title, intro: '', posts: [post] };
      const free = await renderNewsletterEmail({ ...base, variant: 'free' });
      assert.doesNotMatch(free.html + free.text, SECRET_WORDS);
      const full = await renderNewsletterEmail({ ...base, variant: 'paid' });
      assert.ok(full.html.includes(SECRET_SENTENCE) && full.text.includes(SECRET_SENTENCE));
    });
  });
}
