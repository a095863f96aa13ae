import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from '../../src/db/open-database.js';
import { ManualClock } from '../../src/kernel/clock.js';
import { silentLogger } from '../../src/kernel/logger.js';
import { buildServices, type Services } from '../../src/main.js';
import { publishScheduledPost } from '../../src/modules/content/index.js';
import { testDialects } from '../helpers/test-databases.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';
import { adminClient, keyHeaders } from '../helpers/newsroom-staff.js';

const HOUR = 3_600_000;

for (const dialect of testDialects()) {
  describe(`scheduled publishing on ${dialect}`, () => {
    let site: TestSite;
    let api: ReturnType<typeof adminClient>;
    const restarted: Services[] = [];

    before(async () => {
      site = await createTestSite(dialect);
      api = adminClient(site, await keyHeaders(site));
    });
    after(async () => {
      for (const services of restarted) await services.database.close();
      await site.close();
    });

    /** A second process on the same database, as after a restart: new services, new job runner, its own clock. */
    const restart = async (at: Date): Promise<Services> => {
      const database = openDatabase({ databaseUrl: site.database.url, dataDir: site.database.dataDir });
      const services = await buildServices(site.services.config, { log: silentLogger(), clock: new ManualClock(at), database });
      restarted.push(services);
      return services;
    };

    const draft = async (title: string) => {
      const res = await api('POST', '/posts', { title, type: 'news', body: { format: 'markdown', content: 'The cabinet meets at dawn.' } });
      assert.equal(res.statusCode, 201, res.body);
      return res.json().post as { id: string; slug: string };
    };
    const auditCount = async (postId: string, action: string) =>
      (await site.services.database.db.selectFrom('audit_log').select('id').where('post_id', '=', postId).where('action', '=', action).execute()).length;

    it('publishes at the scheduled time after a restart, exactly once', async () => {
      const post = await draft('Cabinet to name new finance minister');
      const publishAt = new Date(site.clock.now().getTime() + HOUR).toISOString();
      const scheduled = await api('POST', `/posts/${post.id}/transitions`, { action: 'schedule', publishAt });
      assert.equal(scheduled.statusCode, 200, scheduled.body);
      assert.equal(scheduled.json().post.status, 'scheduled');
      assert.equal(scheduled.json().post.scheduledFor, publishAt);
      assert.equal((await site.app.inject(`/articles/${post.slug}`)).statusCode, 404, 'not public before its time');
      // Before its time, nothing runs.
      assert.equal(await site.services.jobs.drain(), 0);

      // The process restarts; the new one comes up after the scheduled time.
      const later = new Date(Date.parse(publishAt) + 5 * 60_000);
      const next = await restart(later);
      assert.equal(await next.jobs.drain(), 1);
      const published = (await api('GET', `/posts/${post.id}`)).json().post;
      assert.equal(published.status, 'published');
      assert.equal(published.publishedAt, later.toISOString());
      assert.equal((await site.app.inject(`/articles/${post.slug}`)).statusCode, 200);

      // Neither process runs it again; a duplicate delivery of the job changes nothing.
      site.clock.set(later);
      assert.equal(await next.jobs.drain(), 0);
      assert.equal(await site.services.jobs.drain(), 0);
      assert.equal(await publishScheduledPost({ db: next.database.db, clock: next.clock, events: next.events }, { postId: post.id, publishAt }), false);
      assert.equal(await auditCount(post.id, 'post.publish'), 1);
      const revisions = (await api('GET', `/posts/${post.id}/revisions`)).json().revisions as { version: number; actor: string; status: string }[];
      assert.deepEqual(revisions.map((r) => [r.version, r.status, r.actor]), [[3, 'published', 'system'], [2, 'scheduled', revisions[1]!.actor], [1, 'draft', revisions[2]!.actor]]);
    });

    it('follows a reschedule: the old time does nothing, the new time publishes', async () => {
      const post = await draft('Parliament vote moved to Thursday');
      const first = new Date(site.clock.now().getTime() + HOUR).toISOString();
      const second = new Date(site.clock.now().getTime() + 3 * HOUR).toISOString();
      assert.equal((await api('POST', `/posts/${post.id}/transitions`, { action: 'schedule', publishAt: first })).statusCode, 200);
      assert.equal((await api('POST', `/posts/${post.id}/transitions`, { action: 'schedule', publishAt: second })).statusCode, 200);
      site.clock.set(new Date(Date.parse(first) + 1000));
      assert.equal(await site.services.jobs.drain(), 1, 'the first job runs...');
      assert.equal((await api('GET', `/posts/${post.id}`)).json().post.status, 'scheduled', '...and leaves the post scheduled');
      site.clock.set(new Date(Date.parse(second) + 1000));
      assert.equal(await site.services.jobs.drain(), 1);
      assert.equal((await api('GET', `/posts/${post.id}`)).json().post.status, 'published');
      assert.equal(await auditCount(post.id, 'post.publish'), 1);
    });

    it('does not publish a post unpublished before its time', async () => {
      const post = await draft('Embargoed statement');
      const at = new Date(site.clock.now().getTime() + HOUR).toISOString();
      await api('POST', `/posts/${post.id}/transitions`, { action: 'schedule', publishAt: at });
      const back = await api('POST', `/posts/${post.id}/transitions`, { action: 'unpublish' });
      assert.equal(back.json().post.status, 'draft');
      assert.equal(back.json().post.scheduledFor, null);
      site.clock.set(new Date(Date.parse(at) + 1000));
      await site.services.jobs.drain();
      assert.equal((await api('GET', `/posts/${post.id}`)).json().post.status, 'draft');
      const past = await api('POST', `/posts/${post.id}/transitions`, { action: 'schedule', publishAt: '2020-01-01T00:00:00Z' });
      assert.equal(past.statusCode, 400);
      assert.ok(past.json().fields.publishAt);
    });

    it('creates a post directly as scheduled', async () => {
      const publishAt = new Date(site.clock.now().getTime() + HOUR).toISOString();
      const res = await api('POST', '/posts', { title: 'Morning briefing', type: 'memo', status: 'scheduled', publishAt, body: { format: 'markdown', content: 'Five things to know.' } });
      assert.equal(res.statusCode, 201, res.body);
      const { post } = res.json();
      assert.equal(post.scheduledFor, publishAt);
      site.clock.set(new Date(Date.parse(publishAt) + 1000));
      assert.equal(await site.services.jobs.drain(), 1);
      assert.equal((await api('GET', `/posts/${post.id}`)).json().post.status, 'published');
    });
  });
}
