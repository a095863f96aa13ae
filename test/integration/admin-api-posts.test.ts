import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createAuthor, createSection, createTag } from '../../src/modules/content/index.js';
import { testDialects } from '../helpers/test-databases.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';
import { adminClient, keyHeaders } from '../helpers/newsroom-staff.js';

const HOUR = 3_600_000;
const PUMPS_HTML = '<p>The municipal council voted 14 to 6 on Tuesday to release funds for eleven pumping stations.</p><p>Councillors said the money would come from a reserve set aside for road works.</p>';

type Api = ReturnType<typeof adminClient>;

for (const dialect of testDialects()) {
  describe(`Admin API posts on ${dialect}`, () => {
    let site: TestSite;
    let api: Api;
    let ids: { politics: string; rana: string; water: string };

    before(async () => {
      site = await createTestSite(dialect);
      api = adminClient(site, await keyHeaders(site));
      const deps = { db: site.services.database.db, clock: site.clock };
      ids = {
        politics: await createSection(deps, { slug: 'politics', name: 'Politics' }),
        rana: await createAuthor(deps, { slug: 'rana-khoury', name: 'Rana Khoury' }),
        water: await createTag(deps, { slug: 'water', name: 'Water', kind: 'topic' }),
      };
    });
    after(async () => site.close());

    const create = async (payload: Record<string, unknown>) => {
      const res = await api('POST', '/posts', { type: 'news', body: { format: 'html', content: PUMPS_HTML }, ...payload });
      assert.equal(res.statusCode, 201, res.body);
      return res.json().post as Record<string, unknown> & { id: string; slug: string; version: number; url: string };
    };

    it('creates a published article from only title, type, body and status, and the reader site shows it', async () => {
      const res = await api('POST', '/posts', { title: 'Beirut council approves emergency budget for water pumps', type: 'news', body: { format: 'html', content: PUMPS_HTML }, status: 'published' });
      assert.equal(res.statusCode, 201, res.body);
      assert.match(res.headers.location as string, /^\/api\/admin\/posts\/[0-9a-z]{26}$/);
      const { post } = res.json();
      assert.equal(post.status, 'published');
      assert.equal(post.access, 'public');
      assert.equal(post.language, 'en');
      assert.equal(post.version, 1);
      assert.equal(post.url, `https://ledger.test/articles/${post.slug}`);
      assert.equal(post.publishedAt, site.clock.now().toISOString());
      assert.equal(post.body.type, 'doc');
      assert.ok(post.wordCount > 20);
      const page = await site.app.inject(`/articles/${post.slug}`);
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /eleven pumping stations/);
    });

    it('accepts Markdown and the structured document, and names section, authors and tags by slug or id', async () => {
      const md = await create({ title: 'Reservoirs fall to a fifth of capacity', body: { format: 'markdown', content: 'Levels are **low**.\n\n<!-- paywall -->\n\nThe rest.' }, section: 'politics', authors: ['rana-khoury'], tags: [ids.water], access: 'paid', language: 'ar' });
      assert.deepEqual((md.section as { id: string }).id, ids.politics);
      assert.deepEqual((md.authors as { slug: string }[]).map((a) => a.slug), ['rana-khoury']);
      assert.deepEqual((md.tags as { slug: string }[]).map((t) => t.slug), ['water']);
      assert.equal(md.direction, 'rtl');
      assert.ok((md.body as { content: { type: string }[] }).content.some((b) => b.type === 'paywall'));
      const doc = await create({ title: 'A document body', body: { format: 'doc', content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Straight from the editor.' }] }] } } });
      const fetched = await api('GET', `/posts/${doc.id}`);
      assert.equal(fetched.statusCode, 200);
      assert.equal(fetched.json().post.body.content[0].content[0].text, 'Straight from the editor.');
    });

    it('answers bad input with 4xx problem details naming every failing field, never a 500', async () => {
      const bad = await api('POST', '/posts', { title: '', type: 'opinion', body: { format: 'pdf' }, status: 'live', headline: 'typo' });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.headers['content-type'], 'application/problem+json; charset=utf-8');
      const problem = bad.json();
      assert.equal(problem.type, 'urn:dateline:problem:validation-failed');
      assert.equal(problem.title, 'Bad Request');
      assert.equal(problem.status, 400);
      assert.equal(problem.code, 'VALIDATION_FAILED');
      assert.equal(typeof problem.detail, 'string');
      assert.deepEqual(Object.keys(problem.fields).sort(), ['body.content', 'body.format', 'headline', 'status', 'title', 'type']);
      assert.equal(problem.fields.headline, 'is not a known field');
      assert.doesNotMatch(bad.body, /stack|at .*\.ts:\d+/);

      const cases: [string, string, unknown, number, string][] = [
        ['POST', '/posts', { title: 'x', type: 'news', body: { format: 'html', content: 42 } }, 400, 'body.content'],
        ['POST', '/posts', { title: 'x', type: 'news', body: { format: 'doc', content: { type: 'doc', content: [{ type: 'marquee' }] } } }, 400, 'body.content[0].type'],
        ['POST', '/posts', { title: 'x', type: 'news', section: 'no-such-section', body: { format: 'html', content: '' } }, 400, 'section'],
        ['POST', '/posts', { title: 'x', type: 'news', authors: ['rana-khoury', 'nobody'], body: { format: 'html', content: '' } }, 400, 'authors[1]'],
        ['POST', '/posts', { title: 'x', type: 'news', status: 'scheduled', body: { format: 'html', content: '' } }, 400, 'publishAt'],
        ['POST', '/posts', { title: 'x', type: 'news', status: 'scheduled', publishAt: 'tomorrow', body: { format: 'html', content: '' } }, 400, 'publishAt'],
        ['POST', '/posts', { title: 'x', type: 'news', slug: 'Not A Slug', body: { format: 'html', content: '' } }, 400, 'slug'],
        ['GET', '/posts?limit=0', undefined, 400, 'limit'],
        ['GET', '/posts?limit=abc', undefined, 400, 'limit'],
        ['GET', '/posts?cursor=garbage', undefined, 400, 'cursor'],
        ['GET', '/posts?status=live', undefined, 400, 'status'],
        ['GET', '/posts/not-an-id', undefined, 400, 'id'],
        ['PATCH', '/posts/01m7wd7tg0kyhyz98vrejzffdj', { title: 'no version' }, 400, 'version'],
      ];
      for (const [method, url, payload, status, field] of cases) {
        const res = await api(method as 'GET', url, payload);
        assert.equal(res.statusCode, status, `${method} ${url}: ${res.body}`);
        assert.equal(res.headers['content-type'], 'application/problem+json; charset=utf-8');
        assert.ok(res.json().fields?.[field], `${method} ${url} should name ${field}: ${res.body}`);
      }
      const json = await site.app.inject({ method: 'POST', url: '/api/admin/posts', headers: { ...(await keyHeaders(site)), 'content-type': 'application/json' }, payload: '{"title": ' });
      assert.equal(json.statusCode, 400);
      assert.equal(json.json().code, 'INVALID_JSON');
      const missing = await api('GET', '/posts/01m7wd7tg0kyhyz98vrejzffdj');
      assert.equal(missing.statusCode, 404);
      assert.equal(missing.json().code, 'POST_NOT_FOUND');
      const unknown = await api('GET', '/no-such-resource');
      assert.equal(unknown.statusCode, 404);
      assert.equal(unknown.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(unknown.json().code, 'NOT_FOUND');
    });

    it('lists with filters and walks every page with the cursor', async () => {
      for (let i = 0; i < 7; i++) {
        site.clock.advance(1000);
        await create({ title: `Memo number ${i} on grain prices`, type: i % 2 ? 'memo' : 'analysis', status: i < 3 ? 'draft' : 'review', authors: i === 0 ? ['rana-khoury'] : [], section: i === 1 ? 'politics' : null });
      }
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await api('GET', `/posts?q=GRAIN&limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        assert.equal(res.statusCode, 200, res.body);
        const body = res.json();
        assert.ok(body.posts.length <= 3);
        assert.ok(body.posts.every((p: { body?: unknown }) => p.body === undefined), 'lists carry no bodies');
        seen.push(...body.posts.map((p: { title: string }) => p.title));
        cursor = body.meta.nextCursor;
      } while (cursor);
      assert.equal(seen.length, 7);
      assert.equal(new Set(seen).size, 7);
      assert.equal(seen[0], 'Memo number 6 on grain prices', 'most recently changed first');
      const count = async (query: string) => (await api('GET', `/posts?limit=100&${query}`)).json().posts.length;
      assert.equal(await count('q=grain&status=draft'), 3);
      assert.equal(await count('q=grain&status=draft,review'), 7);
      assert.equal(await count('q=grain&type=memo'), 3);
      assert.equal(await count('q=grain&author=rana-khoury'), 1);
      assert.equal(await count(`q=grain&author=${ids.rana}`), 1);
      assert.equal(await count('q=grain&section=politics'), 1);
      assert.equal(await count('q=grain&language=ar'), 0);
      assert.equal(await count('q=100%25'), 0);
    });

    it('refuses a stale version with 409 and the current post, and loses nothing', async () => {
      const post = await create({ title: 'Pump repairs begin in the eastern districts' });
      const first = await api('PATCH', `/posts/${post.id}`, { version: 1, title: 'Pump repairs begin in eastern Beirut', dek: 'Work starts on Monday.' });
      assert.equal(first.statusCode, 200, first.body);
      assert.equal(first.json().post.version, 2);
      const stale = await api('PATCH', `/posts/${post.id}`, { version: 1, title: 'A headline typed in another tab' });
      assert.equal(stale.statusCode, 409);
      assert.equal(stale.headers['content-type'], 'application/problem+json; charset=utf-8');
      const problem = stale.json();
      assert.equal(problem.code, 'POST_VERSION_CONFLICT');
      assert.equal(problem.currentVersion, 2);
      assert.equal(problem.post.title, 'Pump repairs begin in eastern Beirut');
      assert.equal(problem.post.dek, 'Work starts on Monday.');
      const current = (await api('GET', `/posts/${post.id}`)).json().post;
      assert.equal(current.title, 'Pump repairs begin in eastern Beirut');
      assert.equal(current.version, 2);
      const retried = await api('PATCH', `/posts/${post.id}`, { version: problem.currentVersion, title: 'A headline typed in another tab' });
      assert.equal(retried.statusCode, 200);
      assert.equal(retried.json().post.version, 3);
      assert.equal(retried.json().post.dek, 'Work starts on Monday.', 'fields not sent stay as they were');
      const status = await api('PATCH', `/posts/${post.id}`, { version: 3, status: 'published' });
      assert.equal(status.statusCode, 400);
      assert.match(status.json().fields.status, /transitions/);
      const noop = await api('PATCH', `/posts/${post.id}`, { version: 3 });
      assert.equal(noop.statusCode, 200);
      assert.equal(noop.json().post.version, 3, 'a save with no changes makes no new version');
    });

    it('keeps a revision of every save, compares two and restores one as a new save', async () => {
      const post = await create({ title: 'Port reopens after strike', body: { format: 'markdown', content: 'Dockers returned on Monday.\n\nShips queued offshore.' } });
      await api('PATCH', `/posts/${post.id}`, { version: 1, title: 'Port of Beirut reopens after strike' });
      await api('PATCH', `/posts/${post.id}`, { version: 2, body: { format: 'markdown', content: 'Dockers returned on Monday.\n\nThe first ship berthed at noon.' } });
      const list = await api('GET', `/posts/${post.id}/revisions`);
      assert.equal(list.statusCode, 200);
      assert.deepEqual(list.json().revisions.map((r: { version: number }) => r.version), [3, 2, 1]);
      assert.ok(list.json().revisions.every((r: { actor: string }) => r.actor.startsWith('key:')));

      const compared = await api('GET', `/posts/${post.id}/revisions/compare?from=1&to=3`);
      assert.equal(compared.statusCode, 200, compared.body);
      const { comparison } = compared.json();
      assert.deepEqual(comparison.fields.find((f: { field: string }) => f.field === 'title'), { field: 'title', from: 'Port reopens after strike', to: 'Port of Beirut reopens after strike' });
      assert.deepEqual(comparison.body, [
        { op: 'same', text: 'Dockers returned on Monday.' },
        { op: 'removed', text: 'Ships queued offshore.' },
        { op: 'added', text: 'The first ship berthed at noon.' },
      ]);
      assert.equal((await api('GET', `/posts/${post.id}/revisions/compare?from=1&to=99`)).statusCode, 404);

      const firstId = list.json().revisions[2].id;
      const restored = await api('POST', `/posts/${post.id}/revisions/${firstId}/restore`, { version: 3 });
      assert.equal(restored.statusCode, 200, restored.body);
      const after = restored.json().post;
      assert.equal(after.version, 4);
      assert.equal(after.title, 'Port reopens after strike');
      assert.equal(after.status, 'draft');
      assert.deepEqual(after.body.content.map((b: { content: { text: string }[] }) => b.content[0]!.text), ['Dockers returned on Monday.', 'Ships queued offshore.']);
      assert.equal((await api('GET', `/posts/${post.id}/revisions`)).json().revisions.length, 4);
      const staleRestore = await api('POST', `/posts/${post.id}/revisions/2/restore`, { version: 3 });
      assert.equal(staleRestore.statusCode, 409);
    });

    it('appends public corrections to published articles, bumping the updated time', async () => {
      const post = await create({ title: 'Ministry counts 41 contracts', status: 'published' });
      site.clock.advance(HOUR);
      const res = await api('POST', `/posts/${post.id}/corrections`, { text: 'An earlier version misstated the number of contracts.' });
      assert.equal(res.statusCode, 201, res.body);
      const corrected = res.json().post;
      assert.equal(corrected.corrections.length, 1);
      assert.equal(corrected.updatedAt, site.clock.now().toISOString());
      assert.equal(corrected.version, 2);
      const page = await site.app.inject(`/articles/${post.slug}`);
      assert.match(page.body, /An earlier version misstated the number of contracts/);
      const draft = await create({ title: 'Unpublished draft' });
      const refused = await api('POST', `/posts/${draft.id}/corrections`, { text: 'Nothing to correct yet.' });
      assert.equal(refused.statusCode, 409);
      assert.equal(refused.json().code, 'NOT_PUBLISHED');
    });

    it('moves posts through the workflow and records who did what', async () => {
      const post = await create({ title: 'Budget talks stall' });
      const act = (action: string, extra: Record<string, unknown> = {}) => api('POST', `/posts/${post.id}/transitions`, { action, ...extra });
      assert.equal((await act('submit')).json().post.status, 'review');
      const noComment = await act('send-back');
      assert.equal(noComment.statusCode, 400);
      assert.ok(noComment.json().fields.comment);
      assert.equal((await act('send-back', { comment: 'Needs a second source on the figures.' })).json().post.status, 'draft');
      const wrong = await act('approve');
      assert.equal(wrong.statusCode, 409);
      assert.equal(wrong.json().code, 'INVALID_TRANSITION');
      assert.equal((await act('publish')).json().post.status, 'published');
      assert.equal((await site.app.inject(`/articles/${post.slug}`)).statusCode, 200);
      assert.equal((await act('unpublish')).json().post.status, 'draft');
      assert.equal((await site.app.inject(`/articles/${post.slug}`)).statusCode, 404);
      assert.equal((await act('archive')).json().post.status, 'archived');
      const activity = (await api('GET', `/posts/${post.id}/activity`)).json().activity as { action: string; details: { comment?: string } }[];
      assert.deepEqual(activity.map((a) => a.action).sort(), ['post.archive', 'post.create', 'post.publish', 'post.send-back', 'post.submit', 'post.unpublish']);
      assert.equal(activity.find((a) => a.action === 'post.send-back')?.details.comment, 'Needs a second source on the figures.');
    });

    it('refuses to publish images without alt text', async () => {
      const post = await create({ title: 'Photo essay', body: { format: 'html', content: '<p>Intro.</p><figure><img src="https://example.org/a.jpg"><figcaption>Dusk</figcaption></figure>' } });
      const res = await api('POST', `/posts/${post.id}/transitions`, { action: 'publish' });
      assert.equal(res.statusCode, 422, res.body);
      assert.equal(res.json().code, 'NOT_PUBLISHABLE');
      assert.match(Object.keys(res.json().fields)[0]!, /^body\.content\[\d+\]\.attrs\.alt$/);
    });

    it('makes private, expiring preview links for unpublished articles', async () => {
      const post = await create({ title: 'Embargoed: the water board report', access: 'paid', body: { format: 'markdown', content: 'Before the cut.\n\n<!-- paywall -->\n\nAfter the cut, for the preview too.' } });
      const res = await api('POST', `/posts/${post.id}/preview-link`, { expiresInHours: 2 });
      assert.equal(res.statusCode, 201, res.body);
      const { url, expiresAt } = res.json().previewLink;
      assert.match(url, /^https:\/\/ledger\.test\/preview\/[A-Za-z0-9_-]{43}$/);
      assert.equal(expiresAt, new Date(site.clock.now().getTime() + 2 * HOUR).toISOString());
      const path = new URL(url).pathname;
      const preview = await site.app.inject(path);
      assert.equal(preview.statusCode, 200);
      assert.match(preview.body, /Embargoed: the water board report/);
      assert.match(preview.body, /After the cut, for the preview too/);
      assert.equal(preview.headers['x-robots-tag'], 'noindex, nofollow');
      assert.equal(preview.headers['cache-control'], 'no-store');
      assert.equal((await site.app.inject(`/articles/${post.slug}`)).statusCode, 404);
      assert.equal((await site.app.inject(`/preview/${'x'.repeat(43)}`)).statusCode, 404);
      site.clock.advance(2 * HOUR + 1000);
      assert.equal((await site.app.inject(path)).statusCode, 404);
    });

    it('lists sections for the article settings', async () => {
      const res = await api('GET', '/sections');
      assert.equal(res.statusCode, 200);
      assert.deepEqual(res.json().sections.map((s: { slug: string }) => s.slug), ['politics']);
    });

    it('deletes posts', async () => {
      const post = await create({ title: 'Short-lived item', status: 'published' });
      const res = await api('DELETE', `/posts/${post.id}`);
      assert.equal(res.statusCode, 204);
      assert.equal((await api('GET', `/posts/${post.id}`)).statusCode, 404);
      assert.equal((await site.app.inject(`/articles/${post.slug}`)).statusCode, 404);
      assert.equal((await api('DELETE', `/posts/${post.id}`)).statusCode, 404);
    });

    it('describes its routes in an OpenAPI 3.1 document', async () => {
      const res = await site.app.inject('/api/admin/openapi.json');
      assert.equal(res.statusCode, 200);
      const doc = res.json();
      assert.equal(doc.openapi, '3.1.0');
      for (const [path, method] of [
        ['/api/admin/posts', 'post'],
        ['/api/admin/posts', 'get'],
        ['/api/admin/posts/{id}', 'get'],
        ['/api/admin/posts/{id}', 'patch'],
        ['/api/admin/posts/{id}', 'delete'],
        ['/api/admin/posts/{id}/transitions', 'post'],
        ['/api/admin/posts/{id}/corrections', 'post'],
        ['/api/admin/posts/{id}/revisions', 'get'],
        ['/api/admin/posts/{id}/revisions/compare', 'get'],
        ['/api/admin/posts/{id}/revisions/{revisionId}/restore', 'post'],
        ['/api/admin/posts/{id}/preview-link', 'post'],
        ['/api/admin/staff', 'post'],
        ['/api/admin/keys', 'post'],
        ['/api/admin/keys/{id}', 'delete'],
        ['/api/admin/session', 'post'],
        ['/api/admin/me', 'get'],
      ]) {
        assert.ok(doc.paths[path]?.[method], `${method.toUpperCase()} ${path} is documented`);
      }
      const create = doc.paths['/api/admin/posts'].post;
      assert.deepEqual(create.requestBody.content['application/json'].schema.required, ['title', 'type', 'body']);
      assert.ok(create.responses['201'].content['application/json'].schema.properties.post);
      const list = doc.paths['/api/admin/posts'].get;
      assert.ok(list.parameters.some((p: { name: string; in: string }) => p.name === 'cursor' && p.in === 'query'));
      assert.deepEqual(doc.paths['/api/admin/posts/{id}'].get.parameters.map((p: { name: string; in: string; required: boolean }) => [p.name, p.in, p.required]), [['id', 'path', true]]);
      assert.deepEqual(doc.paths['/api/admin/session'].post.security, []);
      const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops as Record<string, { operationId: string }>).map((o) => o.operationId));
      assert.equal(new Set(ids).size, ids.length, 'operation ids are unique');
    });
  });
}
