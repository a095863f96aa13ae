import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedFixtureOutlet, SECRET_SENTENCE, PREVIEW_SENTENCE, type FixtureOutlet } from '../fixtures/fixture-outlet.js';
import sharp from 'sharp';
import { createPost } from '../../src/modules/content/index.js';
import { ingestImage } from '../../src/modules/media/index.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';
import { testDialects } from '../helpers/test-databases.js';

for (const dialect of testDialects()) {
  describe(`reader site on ${dialect}`, () => {
    let site: TestSite;
    let outlet: FixtureOutlet;
    before(async () => {
      // No free metered articles here: these tests look at the hard wall (meter.test.ts covers the meter).
      site = await createTestSite(dialect, { METER_ANONYMOUS: '0' });
      outlet = await seedFixtureOutlet(site.services);
    });
    after(async () => site.close());

    it('answers the health check', async () => {
      const res = await site.app.inject('/healthz');
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json(), { status: 'ok' });
    });

    it('shows the front page with the top story, in English, left to right', async () => {
      const res = await site.app.inject('/');
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['content-type'] as string, /text\/html/);
      assert.match(res.body, /<html lang="en" dir="ltr">/);
      assert.match(res.body, /Beirut council approves emergency budget for water pumps/);
      assert.doesNotMatch(res.body, /Draft: pump contracts awarded/);
      assert.equal((res.body.match(/<h1[ >]/g) ?? []).length, 1);
    });

    it('shows an article with byline, dateline, times, caption and credit', async () => {
      const res = await site.app.inject(`/articles/${outlet.slugs.news}`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<h1 class="headline">Beirut council approves/);
      assert.match(res.body, /href="\/author\/rana-khoury"/);
      assert.match(res.body, /<span class="dateline"><bdi>BEIRUT<\/bdi> —<\/span>/);
      assert.match(res.body, /<time datetime="2026-11-20T10:00:00.000Z">/);
      assert.match(res.body, /LEDGER\/Nour Haddad - LL20461/);
      assert.match(res.body, /srcset="\/media\/[0-9a-z]{26}\/480\.webp 480w/);
      assert.match(res.body, /<link rel="canonical" href="https:\/\/ledger.test\/articles\//);
      assert.match(res.body, /"isAccessibleForFree":true/);
    });

    it('renders an Arabic article right to left', async () => {
      const res = await site.app.inject(`/articles/${outlet.slugs.arabic}`);
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<html lang="ar" dir="rtl">/);
      assert.match(res.body, /<bdi>بيروت<\/bdi>/);
    });

    it('keeps the text after the cut on the server for an anonymous reader', async () => {
      const res = await site.app.inject(`/articles/${outlet.slugs.analysis}`);
      assert.equal(res.statusCode, 200);
      assert.ok(res.body.includes(PREVIEW_SENTENCE));
      assert.ok(!res.body.includes(SECRET_SENTENCE));
      assert.ok(!res.body.includes('forty-one'));
      assert.match(res.body, /Subscribe to keep reading/);
      assert.match(res.body, /"isAccessibleForFree":false/);
      assert.match(res.body, /"cssSelector":".paywalled-content"/);
      assert.match(res.headers['cache-control'] as string, /private/);
    });

    it('shows corrections on the article and in its structured data', async () => {
      const res = await site.app.inject(`/articles/${outlet.slugs.analysis}`);
      assert.match(res.body, /An earlier version misstated the number of ministries involved/);
      assert.match(res.body, /"@type":"CorrectionComment"/);
    });

    it('never shows drafts', async () => {
      const res = await site.app.inject(`/articles/${outlet.slugs.draft}`);
      assert.equal(res.statusCode, 404);
      assert.doesNotMatch(res.body, /must never appear/);
    });

    it('lists a section, a tag, an author and the archive', async () => {
      for (const path of ['/section/politics', '/tag/water', '/author/rana-khoury', '/archive', '/archive/2026/11', '/archive/2026/11/20', '/ar/section/politics']) {
        const res = await site.app.inject(path);
        assert.equal(res.statusCode, 200, path);
      }
      const tag = await site.app.inject('/tag/water');
      assert.match(tag.body, /Beirut council approves/);
      const arabic = await site.app.inject('/ar');
      assert.match(arabic.body, /<html lang="ar" dir="rtl">/);
      assert.match(arabic.body, /مجلس بيروت|مَجْلِسُ بيروت/);
    });

    it('serves a helpful 404 for unknown and malformed addresses, never a 500', async () => {
      for (const path of ['/articles/no-such-story', '/section/nope', '/archive/2026/13', '/archive/2026/02/30', '/archive/abcd', '/%E0%A4%A', '/articles/' + 'x'.repeat(400)]) {
        const res = await site.app.inject(path);
        assert.ok([400, 404, 414].includes(res.statusCode), `${path} answered ${res.statusCode}`);
      }
      const res = await site.app.inject('/articles/no-such-story');
      assert.match(res.body, /We could not find that page/);
      assert.match(res.body, /<input id="notfound-q" type="search" name="q"/);
      const bad = await site.app.inject('/section/politics?after=garbage');
      assert.equal(bad.statusCode, 400);
    });

    it('serves pages at the top level', async () => {
      const res = await site.app.inject('/about');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /About The Levant Ledger/);
    });

    it('gives images placed in the body their responsive WebP variants', async () => {
      const deps = { db: site.services.database.db, clock: site.clock, events: site.services.events, dataDir: site.services.config.dataDir };
      const bytes = await sharp({ create: { width: 1000, height: 600, channels: 3, background: '#7a5a3a' } }).jpeg().toBuffer();
      const photo = await ingestImage(deps, { bytes, originalName: 'market.jpg', alt: 'Stalls at the market', caption: 'The market in Tripoli.', credit: 'LEDGER/Nour Haddad - LL20999' });
      const created = await createPost(deps, {
        title: 'Tripoli market reopens',
        type: 'news',
        status: 'published',
        body: { format: 'doc', content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Traders returned on Monday.' }] }, { type: 'image', attrs: { mediaId: photo.id, src: `/media/${photo.id}/original.jpg`, alt: 'Stalls at the market', caption: 'The market in Tripoli.', credit: 'LEDGER/Nour Haddad - LL20999' } }] } },
      });
      const res = await site.app.inject(`/articles/${created.slug}`);
      assert.match(res.body, new RegExp(`<img src="/media/${photo.id}/1000\\.jpg" srcset="/media/${photo.id}/480\\.webp 480w, /media/${photo.id}/800\\.webp 800w, /media/${photo.id}/1000\\.webp 1000w"[^>]* width="1000" height="600"`));
    });

    it('sends security headers with a strict Content-Security-Policy', async () => {
      const res = await site.app.inject('/');
      assert.match(res.headers['content-security-policy'] as string, /default-src 'self'/);
      assert.doesNotMatch(res.headers['content-security-policy'] as string, /unsafe-inline/);
      assert.equal(res.headers['x-content-type-options'], 'nosniff');
    });
  });
}
