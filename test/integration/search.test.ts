import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createSearchIndex, reindexAll, searchPosts, parseSearchParams } from '../../src/modules/search/index.js';
import { seedFixtureOutlet, SECRET_SENTENCE, PREVIEW_SENTENCE, type FixtureOutlet } from '../fixtures/fixture-outlet.js';
import { seedSearchCorpus } from '../fixtures/search-corpus.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';
import { testDialects } from '../helpers/test-databases.js';

interface ApiResult {
  id: string;
  slug: string;
  url: string;
  title: string;
  dek: string;
  type: string;
  language: string;
  publishedAt: string;
  snippet: string;
  access: string;
}
interface ApiPage {
  results: ApiResult[];
  page: number;
  nextCursor: string | null;
}

for (const dialect of testDialects()) {
  describe(`search on ${dialect}`, () => {
    let site: TestSite;
    let outlet: FixtureOutlet;
    let corpus: Record<string, string>;
    const api = async (query: Record<string, string>): Promise<ApiPage> => {
      const res = await site.app.inject({ url: '/api/content/search', query });
      assert.equal(res.statusCode, 200, res.body);
      return res.json<ApiPage>();
    };
    const ids = async (query: Record<string, string>) => (await api(query)).results.map((r) => r.id);

    before(async () => {
      site = await createTestSite(dialect);
      outlet = await seedFixtureOutlet(site.services);
      corpus = await seedSearchCorpus(site.services);
    });
    after(async () => site.close());

    describe('relevance', () => {
      it('puts a headline match above a newer story that mentions the word in passing', async () => {
        assert.deepEqual(await ids({ q: 'desalination' }), [corpus.desalTitle, corpus.desalBody]);
      });

      it('breaks a tie between equally relevant stories in favour of the recent one', async () => {
        assert.deepEqual((await ids({ q: 'phosphate exports' })).slice(0, 2), [corpus.phosphateNew, corpus.phosphateOld]);
      });

      it('finds a quoted phrase only where its words stand together', async () => {
        assert.deepEqual(await ids({ q: '"central bank"' }), [corpus.phrase]);
        assert.deepEqual(new Set(await ids({ q: 'central bank' })), new Set([corpus.phrase, corpus.apart]));
      });

      it('ranks the article about the query above articles that only share a word', async () => {
        const found = await ids({ q: 'water pumps' });
        assert.equal(found[0], outlet.ids.news);
        assert.ok(!found.includes(outlet.ids.draft));
      });

      it('matches tags and authors', async () => {
        assert.ok((await ids({ q: 'Levant Water Board' })).includes(outlet.ids.report));
        const byIdris = await ids({ q: 'Idris Mansour' });
        assert.deepEqual(new Set(byIdris), new Set([outlet.ids.analysis, outlet.ids.memo]));
      });

      it('never returns drafts or pages', async () => {
        assert.deepEqual(await ids({ q: 'draft must never appear' }), []);
        assert.deepEqual(await ids({ q: 'independent newsroom' }), []);
      });
    });

    describe('normalization', () => {
      it('finds vowelled Arabic with an unvowelled query, and the reverse', async () => {
        assert.equal((await ids({ q: 'مجلس بيروت' }))[0], outlet.ids.arabic);
        assert.ok((await ids({ q: 'المُقَاوِلِينَ' })).includes(outlet.ids.arabicPaid));
        assert.ok((await ids({ q: 'وَزَارَةُ الإِسْكَانِ' })).includes(corpus.housing));
      });

      it('ignores tatweel', async () => {
        assert.ok((await ids({ q: 'موازنـــة طارئـة' })).includes(outlet.ids.arabic));
      });

      it('folds hamza forms, taa marbuta and alef maqsura both ways', async () => {
        assert.ok((await ids({ q: 'الإسكان' })).includes(corpus.housing), 'hamza in the query, none in the text');
        assert.ok((await ids({ q: 'الأسر' })).includes(corpus.housing));
        assert.ok((await ids({ q: 'احد عشر' })).includes(outlet.ids.arabicPaid), 'no hamza in the query, أ in the text');
        assert.ok((await ids({ q: 'موازنه طارئه' })).includes(outlet.ids.arabic), 'ه for ة');
        assert.ok((await ids({ q: 'احدي عشره محطه' })).includes(outlet.ids.arabic), 'ي for ى');
      });

      it('finds words with or without the Arabic definite article', async () => {
        assert.ok((await ids({ q: 'مياه' })).includes(outlet.ids.arabic));
      });

      it('folds Persian letters, strips Hebrew niqqud and Latin accents', async () => {
        assert.deepEqual(await ids({ q: 'كتابخانه ملي ايران' }), [corpus.persian]);
        assert.deepEqual(await ids({ q: 'שלום' }), [corpus.hebrew]);
        assert.deepEqual(await ids({ q: 'cafe zurich' }), [corpus.latin]);
        assert.deepEqual(await ids({ q: 'Sao Paulo Istanbul' }), [corpus.latin]);
      });

      it('highlights the words as they are written in the article', async () => {
        const [hit] = (await api({ q: 'مجلس' })).results;
        assert.equal(hit!.id, outlet.ids.arabic);
        const page = await site.app.inject({ url: '/ar/search', query: { q: 'مجلس' } });
        assert.match(page.body, /<mark>مَجْلِسُ<\/mark>/);
      });
    });

    describe('the paywall', () => {
      it('shows that a gated article matches text after its cut, never the text itself', async () => {
        const res = await site.app.inject({ url: '/api/content/search', query: { q: 'unpaid invoices forty-one pages' } });
        const body = res.json<ApiPage>();
        assert.deepEqual(body.results.map((r) => r.id), [outlet.ids.analysis]);
        assert.equal(body.results[0]!.access, 'paid');
        assert.ok(!res.body.includes('invoices'), res.body);
        assert.ok(!res.body.includes('forty'), res.body);
        const page = await site.app.inject({ url: '/search', query: { q: 'unpaid invoices forty-one pages' } });
        assert.equal(page.statusCode, 200);
        assert.ok(page.body.includes(`/articles/${outlet.slugs.analysis}`));
        assert.ok(!page.body.includes(SECRET_SENTENCE) && !page.body.includes('ran to forty-one'));
      });

      it('keeps phrases after the cut out of snippets in Arabic too, and after a fallback cut', async () => {
        const arabic = await site.app.inject({ url: '/api/content/search', query: { q: 'الفواتير غير المدفوعة' } });
        assert.deepEqual(arabic.json<ApiPage>().results.map((r) => r.id), [outlet.ids.arabicPaid]);
        assert.ok(!arabic.body.includes('الفواتير') && !arabic.body.includes('صفحة'), arabic.body);
        const memo = await site.app.inject({ url: '/api/content/search', query: { q: '"joint committee meets quarterly"' } });
        assert.deepEqual(memo.json<ApiPage>().results.map((r) => r.id), [outlet.ids.memo]);
        assert.ok(!memo.body.includes('committee') && !memo.body.includes('quarterly'), memo.body);
        const fallback = await site.app.inject({ url: '/api/content/search', query: { q: 'zeolite' } });
        assert.deepEqual(fallback.json<ApiPage>().results.map((r) => r.id), [corpus.fallbackCut]);
        assert.ok(!fallback.body.includes('zeolite'), fallback.body);
      });

      it('builds snippets from the public text before the cut', async () => {
        const [hit] = (await api({ q: 'contractors southern suburbs' })).results;
        assert.equal(hit!.id, outlet.ids.analysis);
        assert.match(hit!.snippet, /<mark>Contractors<\/mark> in the <mark>southern<\/mark> <mark>suburbs<\/mark>/);
        assert.ok(hit!.snippet.replace(/<\/?mark>/g, '').includes(PREVIEW_SENTENCE));
      });

      it('lets an entitled reader see text after the cut, through the viewerEntitled hook only', async () => {
        const deps = { db: site.services.database.db, index: site.services.search, clock: site.services.clock };
        const request = parseSearchParams({ q: 'invoices' }, { defaultLimit: 10, maxLimit: 10 });
        const anonymous = await searchPosts(deps, request);
        assert.ok(!anonymous.results[0]!.snippetHtml.includes('invoices'));
        const member = await searchPosts(deps, request, { viewerEntitled: () => true });
        assert.match(member.results[0]!.snippetHtml, /unpaid <mark>invoices<\/mark> ran to forty-one pages/);
      });
    });

    describe('filters, sorting and pages', () => {
      it('filters by type, section, tag, author and language', async () => {
        assert.deepEqual(await ids({ q: 'water', type: 'memo' }), [outlet.ids.memo]);
        const economy = await ids({ q: 'water', section: 'economy' });
        assert.deepEqual(new Set(economy), new Set([outlet.ids.analysis, outlet.ids.memo, outlet.ids.report]));
        assert.deepEqual(await ids({ q: 'water', tag: 'jordan' }), [outlet.ids.memo]);
        assert.deepEqual(new Set(await ids({ q: 'water', author: 'rana-khoury' })), new Set([outlet.ids.news, outlet.ids.analysis]));
        assert.deepEqual(await ids({ q: 'المقاولين', language: 'ar', type: 'analysis' }), [outlet.ids.arabicPaid]);
        assert.deepEqual(await ids({ q: 'water', language: 'ar' }), []);
        assert.ok((await ids({ q: 'water', language: 'en' })).length >= 4);
      });

      it('filters by date range, both ends inclusive', async () => {
        assert.deepEqual(await ids({ q: 'phosphate', from: '2025-10-01', to: '2025-10-31' }), [corpus.phosphateOld]);
        assert.deepEqual(await ids({ q: 'phosphate', from: '2026-11-18', to: '2026-11-18' }), [corpus.phosphateNew]);
      });

      it('sorts by date when asked', async () => {
        const results = (await api({ q: 'water', sort: 'date' })).results;
        const dates = results.map((r) => r.publishedAt);
        assert.ok(results.length >= 4);
        assert.deepEqual(dates, [...dates].sort().reverse());
      });

      it('pages through results with a cursor, without repeats', async () => {
        const first = await api({ q: 'water', limit: '2' });
        assert.equal(first.results.length, 2);
        assert.ok(first.nextCursor);
        const second = await api({ q: 'water', limit: '2', cursor: first.nextCursor! });
        assert.equal(second.page, 2);
        assert.ok(second.results.every((r) => !first.results.some((f) => f.id === r.id)));
        const all = await ids({ q: 'water', limit: '50' });
        assert.deepEqual([...first.results, ...second.results].map((r) => r.id), all.slice(0, 4));
      });

      it('ranks broad queries among the newest matches only, and still pages by date exactly', async () => {
        const deps = { db: site.services.database.db, index: createSearchIndex(site.services.database, { candidateWindow: 2 }), clock: site.services.clock };
        const run = async (query: Record<string, string>) => (await searchPosts(deps, parseSearchParams(query, { defaultLimit: 1, maxLimit: 50 }))).results.map((r) => r.post.id);
        const newest = await ids({ q: 'water', sort: 'date', limit: '50' });
        assert.ok(newest.length >= 4);
        const paged = [...(await run({ q: 'water', sort: 'date' })), ...(await run({ q: 'water', sort: 'date', page: '2' })), ...(await run({ q: 'water', sort: 'date', page: '4' }))];
        assert.deepEqual(paged, [newest[0], newest[1], newest[3]]);
        const ranked = await run({ q: 'water' });
        assert.equal(ranked.length, 1);
        assert.ok(newest.slice(0, 2).includes(ranked[0]!), 'only the two newest matches are ranked');
      });

      it('returns complete JSON results', async () => {
        const [hit] = (await api({ q: 'desalination plant' })).results;
        assert.deepEqual(Object.keys(hit!).sort(), ['access', 'dek', 'id', 'language', 'publishedAt', 'slug', 'snippet', 'title', 'type', 'url']);
        assert.equal(hit!.url, `https://ledger.test/articles/${hit!.slug}`);
        assert.match(hit!.snippet, /<mark>desalination<\/mark>/);
      });
    });

    describe('the search page', () => {
      it('shows the form without an error when there is no query', async () => {
        for (const url of ['/search', '/search?q=', '/search?q=%22%20%2A%20%22', '/ar/search']) {
          const res = await site.app.inject(url);
          assert.equal(res.statusCode, 200, url);
          assert.match(res.body, /<form class="search-page-form" role="search"/);
          assert.doesNotMatch(res.body, /class="search-results"/);
        }
        assert.match((await site.app.inject('/ar/search')).body, /<html lang="ar" dir="rtl">/);
      });

      it('lists results with highlighted headlines and snippets, and links to the next page', async () => {
        const res = await site.app.inject('/search?q=water');
        assert.equal(res.statusCode, 200);
        assert.match(res.body, /<ol class="search-results"/);
        assert.match(res.body, /<a href="\/articles\/[^"]+">Beirut council approves emergency budget for <mark>water<\/mark> pumps<\/a>/);
        assert.match(res.body, /<meta name="robots" content="noindex"/);
        const filtered = await site.app.inject('/search?q=water&tag=jordan');
        assert.match(filtered.body, /Country: Jordan/);
        assert.match(filtered.body, /<a href="\/search\?q=water">remove<\/a>/);
      });

      it('echoes the query safely', async () => {
        const res = await site.app.inject({ url: '/search', query: { q: '<script>alert(1)</script>' } });
        assert.equal(res.statusCode, 200);
        assert.doesNotMatch(res.body, /<script>alert/);
      });
    });

    describe('bad input', () => {
      it('never turns user input into a query syntax error', async () => {
        for (const q of ['"', '*', 'AND OR NOT', 'NEAR(water pumps)', "water'", 'water\\', 'water:*', '!water & | <->', '(((', 'title:water', '^water', '-', '""""', '😀', 'a'.repeat(200)]) {
          const res = await site.app.inject({ url: '/api/content/search', query: { q } });
          assert.equal(res.statusCode, 200, `${q}: ${res.body}`);
          const page = await site.app.inject({ url: '/search', query: { q } });
          assert.equal(page.statusCode, 200, q);
        }
      });

      it('answers invalid options with a 400 naming the field', async () => {
        const cases: [Record<string, string>, string][] = [
          [{ q: 'water', type: 'opinion' }, 'type'],
          [{ q: 'water', sort: 'best' }, 'sort'],
          [{ q: 'water', page: '0' }, 'page'],
          [{ q: 'water', limit: '500' }, 'limit'],
          [{ q: 'water', from: '2026-02-30' }, 'from'],
          [{ q: 'water', from: '2026-11-02', to: '2026-11-01' }, 'to'],
          [{ q: 'water', tag: 'no-such-tag' }, 'tag'],
          [{ q: 'water', section: 'Not A Slug' }, 'section'],
          [{ q: 'water', language: 'english!' }, 'language'],
          [{ q: 'water', cursor: 'garbage' }, 'cursor'],
          [{ q: 'x'.repeat(201) }, 'q'],
          [{}, 'q'],
        ];
        for (const [query, field] of cases) {
          const res = await site.app.inject({ url: '/api/content/search', query });
          assert.equal(res.statusCode, 400, JSON.stringify(query));
          assert.match(res.headers['content-type'] as string, /application\/problem\+json/);
          const problem = res.json<{ status: number; code: string; detail: string; fields: Record<string, string> }>();
          assert.equal(problem.status, 400);
          assert.equal(problem.code, 'INVALID_SEARCH');
          assert.ok(problem.fields[field], `${JSON.stringify(query)} -> ${res.body}`);
        }
        const repeated = await site.app.inject('/api/content/search?q=water&type=news&type=memo');
        assert.equal(repeated.statusCode, 400);
        const page = await site.app.inject('/search?q=water&type=opinion');
        assert.equal(page.statusCode, 400);
        assert.match(page.headers['content-type'] as string, /text\/html/);
        assert.match(page.body, /type must be one of news, analysis, memo, report/);
        assert.match(page.body, /value="water"/);
      });
    });

    describe('keeping the index current', () => {
      it('indexes a new article, follows its changes and drops it when unpublished or deleted', async () => {
        const db = site.services.database.db;
        const corpusIds = await seedSearchCorpus(site.services);
        const id = corpusIds.latin!;
        assert.equal((await ids({ q: 'cafe zurich' })).length, 2);

        await db.updateTable('posts').set({ title: 'A bakery in Geneva that bakes Yemeni bread', version: 2 }).where('id', '=', id).execute();
        await site.services.events.emit('post.changed', { postId: id, slug: 'x', status: 'published', previousStatus: 'published' });
        assert.ok((await ids({ q: 'geneva bakery' })).includes(id));

        await db.updateTable('posts').set({ status: 'draft' }).where('id', '=', id).execute();
        await site.services.events.emit('post.changed', { postId: id, slug: 'x', status: 'draft', previousStatus: 'published' });
        assert.ok(!(await ids({ q: 'geneva bakery' })).includes(id));

        const other = corpusIds.hebrew!;
        await db.deleteFrom('posts').where('id', '=', other).execute();
        await site.services.events.emit('post.deleted', { postId: other, slug: 'x' });
        assert.equal((await ids({ q: 'שלום' })).length, 1);
      });

      it('rebuilds the whole index with progress', async () => {
        const seen: number[] = [];
        const { indexed } = await reindexAll({ db: site.services.database.db, index: site.services.search }, (done) => seen.push(done));
        assert.equal(indexed, await site.services.search.count());
        assert.equal(seen.at(-1), indexed);
        assert.ok(indexed > 10);
        assert.equal((await api({ q: 'desalination' })).results[0]!.title, 'Desalination plant opens on the Gaza coast');
      });
    });
  });
}
