import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createApiKey } from '../../src/modules/newsroom/index.js';
import { testDialects } from '../helpers/test-databases.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';

for (const dialect of testDialects()) {
  describe(`tags and authors in the Admin API (${dialect})`, () => {
    let site: TestSite;
    let editor: Record<string, string>;
    let contributor: Record<string, string>;

    before(async () => {
      site = await createTestSite(dialect);
      const deps = { db: site.services.database.db, clock: site.clock };
      editor = { authorization: `Bearer ${(await createApiKey(deps, null, { name: 'desk', role: 'editor' })).key}` };
      contributor = { authorization: `Bearer ${(await createApiKey(deps, null, { name: 'stringer', role: 'contributor' })).key}` };
    });
    after(() => site.close());

    const api = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, headers = editor) => site.app.inject({ method, url: `/api/admin${url}`, headers, ...(payload ? { payload } : {}) });

    test('editors create, rename and delete tags; contributors only read them', async () => {
      const created = await api('POST', '/tags', { name: 'Water Scarcity', kind: 'topic', names: { ar: 'شح المياه' } });
      assert.equal(created.statusCode, 201, created.body);
      const { tag } = created.json();
      assert.equal(tag.slug, 'water-scarcity');
      assert.equal(tag.posts, 0);
      assert.equal((await api('POST', '/tags', { name: 'Jordan', kind: 'country' }, contributor)).statusCode, 403);
      assert.equal((await api('GET', '/tags', undefined, contributor)).statusCode, 200);

      const dup = await api('POST', '/tags', { name: 'Water scarcity', kind: 'topic' });
      assert.equal(dup.statusCode, 409);
      assert.equal(dup.json().code, 'SLUG_TAKEN');
      const bad = await api('POST', '/tags', { name: '', kind: 'planet' });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(Object.keys(bad.json().fields).sort(), ['kind', 'name']);

      const renamed = await api('PATCH', `/tags/${tag.id}`, { name: 'Water', slug: 'water' });
      assert.equal(renamed.json().tag.slug, 'water');
      assert.equal((await api('PATCH', `/tags/${tag.id}`, { slug: 'Not A Slug' })).statusCode, 400);

      const post = await api('POST', '/posts', { title: 'Dams run dry in the Jordan valley', type: 'news', tags: [tag.id], body: { format: 'markdown', content: 'Reservoirs are at 20 percent.' } });
      assert.equal(post.statusCode, 201, post.body);
      assert.equal((await api('GET', `/tags/${tag.id}`)).json().tag.posts, 1);
      const inUse = await api('DELETE', `/tags/${tag.id}`);
      assert.equal(inUse.statusCode, 409);
      assert.equal(inUse.json().code, 'TAG_IN_USE');
      const spare = (await api('POST', '/tags', { name: 'Spare tag', kind: 'organization' })).json().tag;
      assert.equal((await api('DELETE', `/tags/${spare.id}`)).statusCode, 204);
      assert.equal((await api('GET', `/tags/${spare.id}`)).statusCode, 404);
    });

    test('renaming a tag or an author shows on its articles at once, and search finds them by the new name', async () => {
      const tag = (await api('POST', '/tags', { name: 'Desalination', kind: 'topic' })).json().tag;
      const author = (await api('POST', '/authors', { name: 'Samir Aoun' })).json().author;
      const post = (await api('POST', '/posts', { title: 'A plant by the sea in Tyre', type: 'news', tags: [tag.id], authors: [author.slug], body: { format: 'markdown', content: 'The plant opens in spring.' } })).json().post;
      assert.equal((await api('POST', `/posts/${post.id}/transitions`, { action: 'publish' })).statusCode, 200);
      const page = async () => (await site.app.inject(`/articles/${post.slug}`)).body;
      const search = async (q: string) => ((await site.app.inject({ url: '/api/content/search', query: { q } })).json().results as { id: string }[]).map((r) => r.id);
      assert.match(await page(), /Desalination/);
      assert.match(await page(), /Samir Aoun/, 'the page is now in the cache');
      assert.deepEqual(await search('Aoun'), [post.id]);

      assert.equal((await api('PATCH', `/tags/${tag.id}`, { name: 'Seawater desalination' })).statusCode, 200);
      assert.equal((await api('PATCH', `/authors/${author.id}`, { name: 'Samir Aoun-Khalil' })).statusCode, 200);
      assert.match(await page(), /Seawater desalination/, 'the cached page was dropped');
      assert.match(await page(), /Samir Aoun-Khalil/);

      await site.services.jobs.drain();
      assert.deepEqual(await search('seawater'), [post.id], 'the re-index job ran for the tag');
      assert.deepEqual(await search('Khalil'), [post.id], 'and for the author');
    });

    test('tag lists filter by kind and name and paginate by cursor', async () => {
      for (const [name, kind] of [['Lebanon', 'country'], ['Syria', 'country'], ['Iraq', 'country'], ['UNRWA', 'organization']] as const) await api('POST', '/tags', { name, kind });
      const countries = (await api('GET', '/tags?kind=country&limit=2')).json();
      assert.deepEqual(countries.tags.map((t: { name: string }) => t.name), ['Iraq', 'Lebanon']);
      const rest = (await api('GET', `/tags?kind=country&limit=2&cursor=${countries.meta.nextCursor}`)).json();
      assert.deepEqual(rest.tags.map((t: { name: string }) => t.name), ['Syria']);
      assert.equal(rest.meta.nextCursor, null);
      assert.deepEqual((await api('GET', '/tags?q=unr')).json().tags.map((t: { name: string }) => t.name), ['UNRWA']);
      assert.equal((await api('GET', '/tags?kind=planet')).statusCode, 400);
      assert.equal((await api('GET', '/tags?cursor=xyz')).statusCode, 400);
    });

    test('author profiles: create, edit, and no deleting a byline still in use', async () => {
      const created = await api('POST', '/authors', { name: 'Rania Haddad', names: { ar: 'رانيا حداد' }, bio: 'Covers energy and water from Amman.' });
      assert.equal(created.statusCode, 201, created.body);
      const { author } = created.json();
      assert.equal(author.slug, 'rania-haddad');
      assert.equal((await api('POST', '/authors', { name: 'Rania Haddad' })).statusCode, 409);
      assert.equal((await api('POST', '/authors', { name: 'Omar' }, contributor)).statusCode, 403);
      const noPhoto = await api('PATCH', `/authors/${author.id}`, { photoMediaId: '01jd0000000000000000000000' });
      assert.equal(noPhoto.statusCode, 400);
      assert.deepEqual(Object.keys(noPhoto.json().fields), ['photoMediaId']);
      const edited = await api('PATCH', `/authors/${author.id}`, { bio: 'Energy and water correspondent, Amman.' });
      assert.equal(edited.json().author.bio, 'Energy and water correspondent, Amman.');
      await api('POST', '/posts', { title: 'Solar farms spread in the Jordanian desert', type: 'analysis', authors: [author.id], body: { format: 'markdown', content: 'Text.' } });
      assert.equal((await api('DELETE', `/authors/${author.id}`)).statusCode, 409);
      const listed = (await api('GET', '/authors?q=rania', undefined, contributor)).json();
      assert.equal(listed.authors[0].posts, 1);
    });
  });
}
