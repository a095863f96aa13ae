import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import Fastify from 'fastify';
import { DomUtils, parseDocument } from 'htmlparser2';
import { createPost } from '../../src/modules/content/index.js';
import { feedRoutes } from '../../src/web/feed-routes.js';
import { PREVIEW_SENTENCE, SECRET_SENTENCE, seedFixtureOutlet, type FixtureOutlet } from '../fixtures/fixture-outlet.js';
import { testDialects } from '../helpers/test-databases.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';
import { all, childrenNamed, one, parseXml, textOf } from '../helpers/xml-document.js';

const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;
const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;
const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
/** Text after the cut of the fixture's gated articles, in both languages. */
const GATED_TEXTS = [SECRET_SENTENCE, 'forty-one', 'Volumes are capped for two years', 'بلغ سجل الفواتير'];
const HOUR = 3_600_000;

const FEED_FILES = ['feed.xml', 'feed.atom', 'feed.json'];
const FEED_SCOPES = ['', '/section/politics', '/section/economy', '/tag/water', '/tag/lebanon', '/tag/samir-haddad', '/author/rana-khoury', '/author/idris-mansour', '/author/leila-aziz'];
const ALL_FEEDS = ['', '/ar'].flatMap((prefix) => FEED_SCOPES.flatMap((scope) => FEED_FILES.map((file) => `${prefix}${scope}/${file}`)));

const headLinks = (html: string, rel: string) =>
  DomUtils.getElementsByTagName('link', parseDocument(html), true)
    .filter((l) => l.attribs.rel === rel)
    .map((l) => l.attribs);

for (const dialect of testDialects()) {
  describe(`feeds and sitemaps on ${dialect}`, () => {
    let site: TestSite;
    let outlet: FixtureOutlet;
    let oldSlug: string;
    let translationSlug: string;
    const get = (url: string, headers: Record<string, string> = {}) => site.app.inject({ method: 'GET', url, headers });

    before(async () => {
      site = await createTestSite(dialect);
      outlet = await seedFixtureOutlet(site.services);
      const deps = { db: site.services.database.db, clock: site.services.clock, events: site.services.events };
      const now = site.clock.now().getTime();
      const old = await createPost(deps, {
        title: 'Amman water utility publishes its first leak map',
        type: 'news',
        status: 'published',
        dek: 'The map covers eleven districts.',
        publishedAt: new Date(now - 72 * HOUR).toISOString(),
        body: { format: 'markdown', content: 'The utility said a third of its supply was lost to leaks.' },
      });
      oldSlug = old.slug;
      const translation = await createPost(deps, {
        title: 'كلفة العطش: تقرير عن مياه البلديات في المشرق',
        slug: 'cost-of-thirst-report-ar',
        type: 'report',
        status: 'published',
        language: 'ar',
        dek: 'عام من بيانات أربعين بلدية يكشف أين تذهب الأموال.',
        translationOf: outlet.ids.report,
        publishedAt: new Date(now - 20 * HOUR).toISOString(),
        body: { format: 'markdown', content: 'شاركتنا أربعون بلدية حساباتها.' },
      });
      translationSlug = translation.slug;
    });
    after(async () => site.close());

    it('serves RSS 2.0 with the required channel elements, stable guids and RFC 822 dates', async () => {
      const res = await get('/feed.xml');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/rss+xml; charset=utf-8');
      const doc = parseXml(res.body);
      assert.equal(one(doc, 'rss').attribs.version, '2.0');
      const channel = one(doc, 'channel');
      for (const name of ['title', 'link', 'description']) assert.ok(textOf(childrenNamed(channel, name)[0]!).length > 0, name);
      assert.equal(textOf(childrenNamed(channel, 'link')[0]!), 'https://ledger.test/');
      const items = all(doc, 'item');
      assert.ok(items.length >= 4);
      for (const item of items) {
        assert.match(textOf(one(item, 'guid')), /^tag:ledger\.test,\d{4}:post:[0-9a-z]{26}$/);
        assert.match(textOf(one(item, 'pubDate')), RFC822);
        assert.match(textOf(one(item, 'link')), /^https:\/\/ledger\.test\/articles\//);
      }
      const titles = items.map((i) => textOf(one(i, 'title')));
      assert.ok(titles.includes('Beirut council approves emergency budget for water pumps'));
      assert.ok(!titles.some((t) => /Draft|About The Levant Ledger|بيروت/.test(t)), 'no drafts, pages or Arabic articles in the English feed');
      const news = items.find((i) => textOf(one(i, 'title')).startsWith('Beirut council'))!;
      assert.match(textOf(one(news, 'content:encoded')), /We could not wait for another summer without water/);
      assert.match(textOf(one(news, 'content:encoded')), /src="https:\/\/ledger\.test\/media\//);
    });

    it('serves Atom with feed and entry ids, titles, updated dates and links', async () => {
      const res = await get('/feed.atom');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/atom+xml; charset=utf-8');
      const feed = one(parseXml(res.body), 'feed');
      assert.equal(feed.attribs.xmlns, 'http://www.w3.org/2005/Atom');
      for (const name of ['id', 'title', 'updated']) assert.equal(childrenNamed(feed, name).length, 1, name);
      assert.equal(textOf(childrenNamed(feed, 'updated')[0]!), '2026-11-20T11:00:00Z');
      const entries = childrenNamed(feed, 'entry');
      assert.ok(entries.length >= 4);
      for (const entry of entries) {
        for (const name of ['id', 'title', 'updated']) assert.equal(childrenNamed(entry, name).length, 1, name);
        assert.match(textOf(childrenNamed(entry, 'updated')[0]!), W3C_DATETIME);
        assert.ok(childrenNamed(entry, 'link').some((l) => l.attribs.rel === 'alternate' && l.attribs.href!.startsWith('https://ledger.test/articles/')));
      }
    });

    it('serves JSON Feed 1.1 with a version, a title and item ids', async () => {
      const res = await get('/feed.json');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/feed+json; charset=utf-8');
      const feed = res.json() as { version: string; title: string; feed_url: string; items: { id: string; url: string; content_html: string; date_published: string }[] };
      assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
      assert.equal(feed.title, 'The Levant Ledger');
      assert.equal(feed.feed_url, 'https://ledger.test/feed.json');
      assert.ok(feed.items.length >= 4);
      for (const item of feed.items) {
        assert.match(item.id, /^tag:/);
        assert.match(item.url, /^https:\/\/ledger\.test\//);
        assert.match(item.date_published, W3C_DATETIME);
      }
    });

    it('gives the Arabic edition its own feeds, listing only Arabic articles', async () => {
      const res = await get('/ar/feed.xml');
      assert.equal(res.statusCode, 200);
      const channel = one(parseXml(res.body), 'channel');
      assert.equal(textOf(childrenNamed(channel, 'title')[0]!), 'دفتر المشرق');
      assert.equal(textOf(childrenNamed(channel, 'language')[0]!), 'ar');
      const titles = all(channel, 'item').map((i) => textOf(one(i, 'title')));
      assert.ok(titles.includes('مَجْلِسُ بيروت يُقِرُّ موازنة طارئة لمضخات المياه'));
      assert.ok(titles.every((t) => /[\u0600-\u06FF]/.test(t)), titles.join(' | '));
    });

    it('has a feed in each format for every section, tag and author, filtered like its page', async () => {
      for (const url of ALL_FEEDS) assert.equal((await get(url)).statusCode, 200, url);
      const politics = (await get('/section/politics/feed.json')).json() as { title: string; items: { title: string }[] };
      assert.equal(politics.title, 'Politics — The Levant Ledger');
      assert.deepEqual(politics.items.map((i) => i.title), ['Beirut council approves emergency budget for water pumps']);
      const leila = one(parseXml((await get('/author/leila-aziz/feed.atom')).body), 'feed');
      assert.deepEqual(childrenNamed(leila, 'entry').map((e) => textOf(one(e, 'title'))), ['The cost of thirst: a report on municipal water in the Levant']);
      const arLebanon = (await get('/ar/tag/lebanon/feed.json')).json() as { title: string; items: { url: string }[] };
      assert.equal(arLebanon.title, 'لبنان — دفتر المشرق');
      assert.deepEqual(arLebanon.items.map((i) => i.url).sort(), [`https://ledger.test/articles/${outlet.slugs.arabic}`, `https://ledger.test/articles/${outlet.slugs.arabicPaid}`].sort());
    });

    it('answers an unknown section with 404 and a malformed slug with 400, never 500', async () => {
      const missing = await get('/section/sport/feed.xml');
      assert.equal(missing.statusCode, 404);
      assert.match(missing.body, /no section "sport"/);
      const malformed = await get('/tag/Not%20A%20Slug/feed.atom');
      assert.equal(malformed.statusCode, 400);
      assert.match(malformed.body, /slugs are lowercase/);
      assert.equal((await get('/sitemaps/articles-0.xml')).statusCode, 400);
      assert.equal((await get('/sitemaps/articles-99.xml')).statusCode, 404);
    });

    it('answers conditional GETs with 304 and changes the validators when articles change', async () => {
      const first = await get('/section/economy/feed.xml');
      const etag = first.headers.etag as string;
      const lastModified = first.headers['last-modified'] as string;
      assert.match(etag, /^"[\w-]+"$/);
      assert.equal(lastModified, 'Fri, 20 Nov 2026 11:00:00 GMT');
      const byTag = await get('/section/economy/feed.xml', { 'if-none-match': etag });
      assert.equal(byTag.statusCode, 304);
      assert.equal(byTag.body, '');
      assert.equal(byTag.headers.etag, etag);
      assert.equal((await get('/section/economy/feed.xml', { 'if-modified-since': lastModified })).statusCode, 304);
      assert.equal((await get('/section/economy/feed.xml', { 'if-modified-since': 'Fri, 20 Nov 2026 10:00:00 GMT' })).statusCode, 200);
      assert.equal((await get('/section/economy/feed.xml', { 'if-none-match': '"stale"' })).statusCode, 200);
      for (const url of ['/sitemap.xml', '/sitemaps/news.xml', '/robots.txt', '/feed.json']) {
        const res = await get(url);
        assert.equal((await get(url, { 'if-none-match': res.headers.etag as string })).statusCode, 304, url);
      }

      const deps = { db: site.services.database.db, clock: site.services.clock, events: site.services.events };
      const economy = await site.services.database.db.selectFrom('sections').select('id').where('slug', '=', 'economy').executeTakeFirstOrThrow();
      await createPost(deps, { title: 'Jordan and Iraq sign a grid maintenance pact', type: 'news', status: 'published', sectionId: economy.id, body: { format: 'markdown', content: 'Engineers will share spare parts.' } });
      const after = await get('/section/economy/feed.xml', { 'if-none-match': etag });
      assert.equal(after.statusCode, 200);
      assert.notEqual(after.headers.etag, etag);
      assert.match(after.body, /Jordan and Iraq sign a grid maintenance pact/);
    });

    it('never puts text after the cut into a feed or sitemap, but does carry the preview', async () => {
      const sitemaps = ['/sitemap.xml', '/sitemaps/articles-1.xml', '/sitemaps/sections.xml', '/sitemaps/tags.xml', '/sitemaps/authors.xml', '/sitemaps/news.xml', '/robots.txt'];
      for (const url of [...ALL_FEEDS, ...sitemaps]) {
        const res = await get(url);
        for (const secret of GATED_TEXTS) assert.ok(!res.body.includes(secret), `${url} leaks "${secret}"`);
      }
      for (const url of ['/feed.xml', '/feed.atom', '/section/economy/feed.xml', '/author/idris-mansour/feed.atom']) {
        const res = await get(url);
        assert.ok(res.body.includes(PREVIEW_SENTENCE), `${url} lacks the preview`);
      }
      const json = (await get('/feed.json')).json() as { items: { url: string; content_html: string; _dateline: { preview_only: boolean } }[] };
      const paid = json.items.find((i) => i.url.endsWith(outlet.slugs.analysis))!;
      assert.ok(paid.content_html.includes(PREVIEW_SENTENCE));
      assert.ok(paid.content_html.includes(`href="https://ledger.test/articles/${outlet.slugs.analysis}"`));
      assert.equal(paid._dateline.preview_only, true);
    });

    it('publishes a sitemap index whose sitemaps all exist and follow the protocol', async () => {
      const res = await get('/sitemap.xml');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'application/xml; charset=utf-8');
      const index = one(parseXml(res.body), 'sitemapindex');
      assert.equal(index.attribs.xmlns, SITEMAP_NS);
      const locs = all(index, 'loc').map(textOf);
      for (const path of ['/sitemaps/articles-1.xml', '/sitemaps/sections.xml', '/sitemaps/tags.xml', '/sitemaps/authors.xml', '/sitemaps/news.xml']) assert.ok(locs.includes(`https://ledger.test${path}`), path);
      for (const lastmod of all(index, 'lastmod')) assert.match(textOf(lastmod), W3C_DATETIME);
      for (const loc of locs) {
        const sitemap = await get(new URL(loc).pathname);
        assert.equal(sitemap.statusCode, 200, loc);
        const urlset = one(parseXml(sitemap.body), 'urlset');
        assert.equal(urlset.attribs.xmlns, SITEMAP_NS);
        const urls = childrenNamed(urlset, 'url');
        assert.ok(urls.length > 0 && urls.length <= 50_000, loc);
        for (const url of urls) {
          const href = textOf(one(url, 'loc'));
          assert.match(href, /^https:\/\/ledger\.test\//);
          assert.ok(href.length <= 2048);
          for (const lastmod of childrenNamed(url, 'lastmod')) assert.match(textOf(lastmod), W3C_DATETIME);
        }
      }
    });

    it('lists every published article and page in the articles sitemap, with lastmod and translations', async () => {
      const doc = parseXml((await get('/sitemaps/articles-1.xml')).body);
      const locs = all(doc, 'loc').map(textOf);
      for (const key of ['news', 'analysis', 'memo', 'report', 'arabic', 'arabicPaid']) assert.ok(locs.includes(`https://ledger.test/articles/${outlet.slugs[key]}`), key);
      assert.ok(locs.includes(`https://ledger.test/articles/${oldSlug}`));
      assert.ok(locs.includes('https://ledger.test/about'));
      assert.ok(!locs.includes(`https://ledger.test/articles/${outlet.slugs.draft}`));
      const report = all(doc, 'url').find((u) => textOf(one(u, 'loc')).endsWith(`/articles/${outlet.slugs.report}`))!;
      assert.equal(textOf(one(report, 'lastmod')), '2026-11-19T06:00:00Z');
      assert.deepEqual(
        all(report, 'xhtml:link').map((l) => `${l.attribs.hreflang} ${l.attribs.href}`),
        [`en https://ledger.test/articles/${outlet.slugs.report}`, `ar https://ledger.test/articles/${translationSlug}`],
      );
    });

    it('lists sections, tags and authors per edition, and the front pages', async () => {
      const locsOf = async (url: string) => all(parseXml((await get(url)).body), 'loc').map(textOf);
      const sections = await locsOf('/sitemaps/sections.xml');
      for (const path of ['/', '/ar', '/section/politics', '/ar/section/politics', '/section/economy']) assert.ok(sections.includes(`https://ledger.test${path}`), path);
      const tags = await locsOf('/sitemaps/tags.xml');
      assert.ok(tags.includes('https://ledger.test/tag/water') && tags.includes('https://ledger.test/ar/tag/lebanon'));
      assert.ok(!tags.includes('https://ledger.test/ar/tag/jordan'), 'no Arabic page for a tag without Arabic articles');
      const authors = await locsOf('/sitemaps/authors.xml');
      assert.ok(authors.includes('https://ledger.test/author/leila-aziz') && authors.includes('https://ledger.test/ar/author/rana-khoury'));
    });

    it('lists only the last two days of articles in the Google News sitemap, with publication and title', async () => {
      const res = await get('/sitemaps/news.xml');
      const doc = parseXml(res.body);
      assert.equal(one(doc, 'urlset').attribs['xmlns:news'], 'http://www.google.com/schemas/sitemap-news/0.9');
      const urls = all(doc, 'url');
      assert.ok(urls.length > 0 && urls.length <= 1000);
      const since = site.clock.now().getTime() - 48 * HOUR;
      for (const url of urls) {
        assert.ok(textOf(one(url, 'news:name')).length > 0);
        assert.match(textOf(one(url, 'news:language')), /^(en|ar)$/);
        assert.ok(textOf(one(url, 'news:title')).length > 0);
        assert.ok(Date.parse(textOf(one(url, 'news:publication_date'))) >= since);
      }
      const locs = all(doc, 'loc').map(textOf);
      assert.ok(locs.includes(`https://ledger.test/articles/${outlet.slugs.news}`));
      assert.ok(!locs.includes(`https://ledger.test/articles/${oldSlug}`), 'a three-day-old article is out');
      assert.ok(!locs.includes('https://ledger.test/about'), 'pages are not news');
      const arabic = urls.find((u) => textOf(one(u, 'loc')).endsWith(outlet.slugs.arabic!))!;
      assert.equal(textOf(one(arabic, 'news:name')), 'دفتر المشرق');
      assert.equal(textOf(one(arabic, 'news:language')), 'ar');
    });

    it('names the sitemaps in robots.txt', async () => {
      const res = await get('/robots.txt');
      assert.equal(res.statusCode, 200);
      assert.equal(res.headers['content-type'], 'text/plain; charset=utf-8');
      assert.match(res.body, /^User-agent: \*$/m);
      assert.match(res.body, /^Sitemap: https:\/\/ledger\.test\/sitemap\.xml$/m);
      assert.match(res.body, /^Sitemap: https:\/\/ledger\.test\/sitemaps\/news\.xml$/m);
    });

    it('splits the articles sitemap into pages, oldest first, each listed in the index', async () => {
      const small = Fastify();
      const { config, cache, clock } = site.services;
      await small.register(async (f) => feedRoutes(f, { db: site.services.database.db, config, cache, clock, sitemapPageSize: 3 }));
      const index = parseXml((await small.inject('/sitemap.xml')).body);
      const pages = all(index, 'loc').map(textOf).filter((l) => l.includes('/sitemaps/articles-'));
      const published = await site.services.database.db.selectFrom('posts').select('slug').where('status', '=', 'published').execute();
      assert.equal(pages.length, Math.ceil(published.length / 3));
      const seen: string[] = [];
      for (const page of pages) {
        const urls = all(parseXml((await small.inject(new URL(page).pathname)).body), 'loc').map(textOf);
        assert.ok(urls.length <= 3);
        seen.push(...urls);
      }
      assert.equal(new Set(seen).size, published.length);
      assert.equal(seen[0], 'https://ledger.test/about');
      await small.close();
    });

    it('advertises each page’s feeds with rel=alternate, and those feeds exist', async () => {
      const expectations: [string, string][] = [
        ['/', ''],
        ['/ar', '/ar'],
        ['/section/politics', '/section/politics'],
        ['/ar/section/politics', '/ar/section/politics'],
        ['/tag/water', '/tag/water'],
        ['/author/rana-khoury', '/author/rana-khoury'],
      ];
      for (const [page, base] of expectations) {
        const html = (await get(page)).body;
        const feeds = headLinks(html, 'alternate').filter((l) => l.type?.includes('xml') || l.type?.includes('json'));
        for (const file of FEED_FILES) {
          assert.ok(feeds.some((l) => l.href === `${base}/${file}`), `${page} advertises ${base}/${file}`);
          assert.equal((await get(`${base}/${file}`)).statusCode, 200, `${base}/${file}`);
        }
        assert.deepEqual([...new Set(feeds.map((l) => l.type))].sort(), ['application/atom+xml', 'application/feed+json', 'application/rss+xml']);
      }
    });

    it('links an article and its translation with hreflang alternates and a visible link', async () => {
      const english = (await get(`/articles/${outlet.slugs.report}`)).body;
      assert.deepEqual(
        headLinks(english, 'alternate').filter((l) => l.hreflang).map((l) => `${l.hreflang} ${l.href}`),
        [`en https://ledger.test/articles/${outlet.slugs.report}`, `ar https://ledger.test/articles/${translationSlug}`],
      );
      assert.match(english, new RegExp(`Read in <a href="/articles/${translationSlug}" hreflang="ar" lang="ar" dir="rtl">العربية</a>`));
      const arabic = (await get(`/articles/${translationSlug}`)).body;
      assert.deepEqual(
        headLinks(arabic, 'alternate').filter((l) => l.hreflang).map((l) => `${l.hreflang} ${l.href}`),
        [`ar https://ledger.test/articles/${translationSlug}`, `en https://ledger.test/articles/${outlet.slugs.report}`],
      );
      assert.match(arabic, new RegExp(`<a href="/articles/${outlet.slugs.report}" hreflang="en" lang="en" dir="ltr">English</a>`));
      const untranslated = (await get(`/articles/${outlet.slugs.news}`)).body;
      assert.equal(headLinks(untranslated, 'alternate').filter((l) => l.hreflang).length, 0);
    });
  });
}
