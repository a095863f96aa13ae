import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedFixtureOutlet, type FixtureOutlet } from '../fixtures/fixture-outlet.js';
import { testDialects } from '../helpers/test-databases.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';

for (const dialect of testDialects()) {
  describe(`Content API on ${dialect}`, () => {
    let site: TestSite;
    let outlet: FixtureOutlet;
    before(async () => {
      site = await createTestSite(dialect);
      outlet = await seedFixtureOutlet(site.services);
    });
    after(async () => site.close());

    it('lists published articles newest first with filters and a cursor', async () => {
      const res = await site.app.inject('/api/content/posts?limit=2');
      assert.equal(res.statusCode, 200);
      const body = res.json();
      assert.deepEqual(body.posts.map((p: { slug: string }) => p.slug), [outlet.slugs.news, outlet.slugs.arabic]);
      assert.ok(body.meta.nextCursor);
      const next = (await site.app.inject(`/api/content/posts?limit=2&cursor=${body.meta.nextCursor}`)).json();
      assert.equal(next.posts[0].slug, outlet.slugs.analysis);
      const arabic = (await site.app.inject('/api/content/posts?language=ar')).json();
      assert.ok(arabic.posts.every((p: { language: string; direction: string }) => p.language === 'ar' && p.direction === 'rtl'));
      const tagged = (await site.app.inject('/api/content/posts?tag=jordan')).json();
      assert.deepEqual(tagged.posts.map((p: { slug: string }) => p.slug), [outlet.slugs.memo]);
      const all = (await site.app.inject('/api/content/posts?limit=50')).json();
      assert.ok(!all.posts.some((p: { slug: string }) => p.slug === outlet.slugs.draft), 'drafts are never listed');
    });

    it('returns one article by slug or id with absolute URLs', async () => {
      const bySlug = (await site.app.inject(`/api/content/posts/${outlet.slugs.news}`)).json();
      const byId = (await site.app.inject(`/api/content/posts/${outlet.ids.news}`)).json();
      assert.equal(bySlug.post.id, byId.post.id);
      assert.equal(bySlug.post.url, `https://ledger.test/articles/${outlet.slugs.news}`);
      assert.equal(bySlug.post.gated, false);
      assert.match(bySlug.post.leadImage.url, /^https:\/\/ledger\.test\/media\//);
      assert.equal((await site.app.inject(`/api/content/posts/${outlet.slugs.draft}`)).statusCode, 404);
    });

    it('answers bad input with problem details naming the field', async () => {
      for (const [path, status, field] of [['/api/content/posts?limit=500', 400, 'limit'], ['/api/content/posts?type=opinion', 400, 'type'], ['/api/content/posts?cursor=nope', 400, 'cursor'], ['/api/content/posts?section=sport', 404, 'section'], ['/api/content/nothing', 404, undefined]] as const) {
        const res = await site.app.inject(path);
        assert.equal(res.statusCode, status, path);
        assert.match(res.headers['content-type'] as string, /application\/problem\+json/);
        if (field) assert.ok(field in (res.json().fields ?? {}), `${path} names ${field}`);
      }
    });

    it('lists tags and authors', async () => {
      const tags = (await site.app.inject('/api/content/tags')).json();
      assert.ok(tags.tags.some((t: { slug: string; kind: string }) => t.slug === 'levant-water-board' && t.kind === 'organization'));
      const authors = (await site.app.inject('/api/content/authors')).json();
      assert.deepEqual(authors.authors.map((a: { slug: string }) => a.slug).sort(), ['idris-mansour', 'leila-aziz', 'rana-khoury']);
    });
  });
}
