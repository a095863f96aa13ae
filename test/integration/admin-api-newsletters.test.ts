import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { subscribeDirectly } from '../../src/modules/newsletters/index.js';
import { SECRET_SENTENCE, seedFixtureOutlet, type FixtureOutlet } from '../fixtures/fixture-outlet.js';
import { testDialects } from '../helpers/test-databases.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';
import { adminClient, keyHeaders } from '../helpers/newsroom-staff.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';

for (const dialect of testDialects()) {
  describe(`Admin API newsletters and sends on ${dialect}`, () => {
    let site: TestSite;
    let sink: SmtpSink;
    let outlet: FixtureOutlet;
    let admin: ReturnType<typeof adminClient>;
    let editor: ReturnType<typeof adminClient>;
    let author: ReturnType<typeof adminClient>;
    let newsletterId: string;

    before(async () => {
      sink = await startSmtpSink();
      site = await createTestSite(dialect, { SMTP_URL: sink.url });
      outlet = await seedFixtureOutlet(site.services);
      admin = adminClient(site, await keyHeaders(site, 'admin'));
      editor = adminClient(site, await keyHeaders(site, 'editor', 'Desk editor'));
      author = adminClient(site, await keyHeaders(site, 'author', 'Staff writer'));
    });
    after(async () => {
      await site.close();
      await sink.close();
    });

    it('creates a newsletter (admins only) and lists it with its subscribers', async () => {
      const refused = await editor('POST', '/newsletters', { name: 'Weekly Review' });
      assert.equal(refused.statusCode, 403);
      const res = await admin('POST', '/newsletters', { name: 'Weekly Review', slug: 'weekly-review', description: 'The week in five stories.', audience: 'anyone' });
      assert.equal(res.statusCode, 201);
      const { newsletter } = res.json();
      newsletterId = newsletter.id;
      assert.equal(newsletter.senderEmail.includes('@'), true);
      await subscribeDirectly(site.services.newsletters, { email: 'one@example.org', newsletterIds: [newsletterId], source: 'admin' });
      const list = await editor('GET', '/newsletters');
      assert.equal(list.statusCode, 200);
      assert.deepEqual(list.json().newsletters.map((n: { slug: string; subscribers: number }) => [n.slug, n.subscribers]), [['weekly-review', 1]]);
    });

    it('validates input with the failing fields, never a 500', async () => {
      const res = await admin('POST', '/newsletters', { name: '', audience: 'everyone', senderEmail: 'not-an-address' });
      assert.equal(res.statusCode, 400);
      assert.match(res.headers['content-type'] as string, /application\/problem\+json/);
      assert.ok(['name', 'audience', 'senderEmail'].every((f) => f in res.json().fields));
      const noPost = await editor('POST', '/sends', { newsletter: newsletterId });
      assert.equal(noPost.statusCode, 400);
      const unknown = await editor('POST', '/sends', { newsletter: 'no-such-list', post: outlet.ids.news });
      assert.equal(unknown.statusCode, 404);
    });

    it('sends an article with POST /sends {post, newsletter} and reports on it', async () => {
      assert.equal((await author('POST', '/sends', { newsletter: newsletterId, post: outlet.ids.news })).statusCode, 403, 'authors do not send newsletters');
      const res = await editor('POST', '/sends', { post: outlet.ids.news, newsletter: 'weekly-review' });
      assert.equal(res.statusCode, 201);
      const { send } = res.json();
      assert.equal(send.status, 'preparing');
      await site.services.jobs.drain();
      const report = await editor('GET', `/sends/${send.id}`);
      assert.equal(report.statusCode, 200);
      assert.deepEqual(
        (({ status, recipients, delivered, failed }) => ({ status, recipients, delivered, failed }))(report.json().send),
        { status: 'sent', recipients: 1, delivered: 1, failed: 0 },
      );
      assert.equal(sink.messages.length, 1);
    });

    it('previews the free and paid versions and sends a test copy', async () => {
      const draft = (await editor('POST', '/sends', { post: outlet.ids.analysis, newsletter: newsletterId, draft: true })).json().send;
      assert.equal(draft.status, 'draft');
      const free = await editor('GET', `/sends/${draft.id}/preview?variant=free`);
      assert.equal(free.statusCode, 200);
      assert.ok(!free.body.includes(SECRET_SENTENCE));
      assert.match(free.headers['content-security-policy'] as string, /sandbox/);
      const paid = await editor('GET', `/sends/${draft.id}/preview?variant=paid&format=text`);
      assert.ok(paid.body.includes(SECRET_SENTENCE));
      const test = await editor('POST', `/sends/${draft.id}/test`, { email: 'editor@ledger.test' });
      assert.equal(test.statusCode, 202);
      assert.match(String(sink.messages.at(-1)!.subject), /^\[Test\] /);
      const cancelled = await editor('POST', `/sends/${draft.id}/cancel`);
      assert.equal(cancelled.json().send.status, 'cancelled');
      const again = await editor('POST', `/sends/${draft.id}/cancel`);
      assert.equal(again.statusCode, 409);
    });

    it('assembles a daily draft from the day’s stories for review', async () => {
      const res = await editor('POST', `/newsletters/${newsletterId}/digest`, { date: '2026-11-20' });
      assert.equal(res.statusCode, 201);
      const { send } = res.json();
      assert.equal(send.status, 'draft');
      assert.ok(send.postIds.includes(outlet.ids.news) && send.postIds.includes(outlet.ids.analysis));
      assert.ok(!send.postIds.includes(outlet.ids.draft));
      const empty = await editor('POST', `/newsletters/${newsletterId}/digest`, { date: '2020-01-01' });
      assert.deepEqual(empty.json(), { send: null });
    });

    it('lists sends newest first with a cursor', async () => {
      const first = await editor('GET', '/sends?limit=1');
      assert.equal(first.json().sends.length, 1);
      const cursor = first.json().meta.nextCursor;
      assert.ok(cursor);
      const second = await editor('GET', `/sends?limit=1&cursor=${cursor}`);
      assert.notEqual(second.json().sends[0].id, first.json().sends[0].id);
      assert.equal((await editor('GET', '/sends?cursor=bogus')).statusCode, 400);
    });

    it('imports suppressions', async () => {
      const res = await admin('POST', '/suppressions', { emails: ['gone@example.org', 'gone@example.org', 'also.gone@example.org'], reason: 'hard-bounce' });
      assert.deepEqual(res.json(), { added: 2, skipped: 1 });
    });
  });
}
