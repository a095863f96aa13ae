import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { seedFixtureOutlet, PREVIEW_SENTENCE, SECRET_SENTENCE, type FixtureOutlet } from '../fixtures/fixture-outlet.js';
import { ReaderClient } from '../helpers/reader-client.js';
import { testDialects } from '../helpers/test-databases.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';

// The page cache must never trade correctness for speed: an edited article is served in its new
// version at once, and a page rendered for an entitled reader never reaches one who is not.
for (const dialect of testDialects()) {
  describe(`page cache keys on ${dialect}`, () => {
    let site: TestSite;
    let outlet: FixtureOutlet;
    before(async () => {
      // One free gated article a month for anonymous browsers, so one browser can read the full
      // text (and fill the cache) while another has already used its free article.
      site = await createTestSite(dialect, { METER_ANONYMOUS: '1' });
      outlet = await seedFixtureOutlet(site.services);
    });
    after(async () => site.close());

    it('serves the new version of an article edited by another process, with no event here', async () => {
      const path = `/articles/${outlet.slugs.news}`;
      const before = await site.app.inject(path);
      assert.match(before.body, /Beirut council approves emergency budget for water pumps/);
      // Another app process (or the worker) saves an edit: the row changes, this process hears nothing.
      const { db } = site.services.database;
      const row = await db.selectFrom('posts').select('version').where('id', '=', outlet.ids.news!).executeTakeFirstOrThrow();
      await db.updateTable('posts').set({ title: 'Beirut council doubles emergency budget for water pumps', version: row.version + 1 }).where('id', '=', outlet.ids.news!).execute();
      const afterEdit = await site.app.inject(path);
      assert.match(afterEdit.body, /Beirut council doubles emergency budget/);
      assert.doesNotMatch(afterEdit.body, /Beirut council approves emergency budget/);
      assert.notEqual(afterEdit.headers.etag, before.headers.etag);
    });

    it('drops the cached front page when an article changes in this process', async () => {
      assert.match((await site.app.inject('/')).body, /water pumps/);
      const { db } = site.services.database;
      const row = await db.selectFrom('posts').select(['version', 'slug', 'status']).where('id', '=', outlet.ids.news!).executeTakeFirstOrThrow();
      await db.updateTable('posts').set({ title: 'Beirut council rejects the pump budget', version: row.version + 1 }).where('id', '=', outlet.ids.news!).execute();
      await site.services.events.emit('post.changed', { postId: outlet.ids.news!, slug: row.slug, status: row.status, previousStatus: row.status });
      assert.match((await site.app.inject('/')).body, /Beirut council rejects the pump budget/);
    });

    it('never hands the full text cached for an entitled reader to one who is not', async () => {
      const path = `/articles/${outlet.slugs.analysis}`;
      const entitled = new ReaderClient(site.app);
      const full = await entitled.get(path);
      assert.equal(full.statusCode, 200);
      assert.ok(full.body.includes(SECRET_SENTENCE), 'the first free article is read in full');

      const spent = new ReaderClient(site.app);
      assert.equal((await spent.get(`/articles/${outlet.slugs.memo}`)).statusCode, 200);
      const walled = await spent.get(path);
      assert.equal(walled.statusCode, 200);
      assert.ok(walled.body.includes(PREVIEW_SENTENCE));
      assert.ok(!walled.body.includes(SECRET_SENTENCE), 'the text after the cut leaked from the cache');
      assert.match(walled.headers['cache-control'] as string, /private/);
      assert.notEqual(walled.headers.etag, full.headers.etag);

      const anonymous = await site.app.inject({ url: path, headers: { cookie: spent.cookieHeader } });
      assert.ok(!anonymous.body.includes(SECRET_SENTENCE));
    });
  });
}
