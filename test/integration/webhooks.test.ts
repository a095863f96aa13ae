import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiKey } from '../../src/modules/newsroom/index.js';
import { verifyWebhookSignature } from '../../src/modules/webhooks/index.js';
import { testDialects } from '../helpers/test-databases.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';

// The receivers below listen on 127.0.0.1, which webhooks refuse unless the operator allows it.

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

async function receiver(status: () => number): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(status()).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/dateline`, received };
}

for (const dialect of testDialects()) {
  describe(`outgoing webhooks (${dialect})`, () => {
    let site: TestSite;
    let admin: Record<string, string>;
    let good: Awaited<ReturnType<typeof receiver>>;
    let flaky: Awaited<ReturnType<typeof receiver>>;
    let flakyStatus = 503;

    before(async () => {
      site = await createTestSite(dialect, { OUTBOUND_ALLOW_PRIVATE: '1' });
      admin = { authorization: `Bearer ${(await createApiKey({ db: site.services.database.db, clock: site.clock }, null, { name: 'ops' })).key}` };
      good = await receiver(() => 204);
      flaky = await receiver(() => flakyStatus);
    });
    after(async () => {
      await site.close();
      good.server.close();
      flaky.server.close();
    });

    const api = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, headers = admin) => site.app.inject({ method, url: `/api/admin${url}`, headers, ...(payload ? { payload } : {}) });

    test('only admins manage webhooks, and targets are checked', async () => {
      const editorKey = (await createApiKey({ db: site.services.database.db, clock: site.clock }, null, { name: 'desk', role: 'editor' })).key;
      assert.equal((await api('GET', '/webhooks', undefined, { authorization: `Bearer ${editorKey}` })).statusCode, 403);
      const bad = await api('POST', '/webhooks', { name: 'x', url: 'ftp://example.com/', events: ['post.exploded'] });
      assert.equal(bad.statusCode, 400);
      assert.deepEqual(Object.keys(bad.json().fields), ['events[0]']);
      const ftp = await api('POST', '/webhooks', { name: 'x', url: 'ftp://example.com/' });
      assert.equal(ftp.statusCode, 422);
      assert.equal(ftp.json().code, 'URL_NOT_ALLOWED');
    });

    test('publishing, updating and unpublishing send signed deliveries the receiver can verify', async () => {
      const created = await api('POST', '/webhooks', { name: 'Syndication partner', url: good.url });
      assert.equal(created.statusCode, 201, created.body);
      const { webhook } = created.json();
      assert.match(webhook.secret, /^whsec_/);
      assert.equal((await api('GET', `/webhooks/${webhook.id}`)).json().webhook.secret, undefined, 'the secret is shown once');

      const draft = (await api('POST', '/posts', { title: 'Draft about the Litani river', type: 'news', body: { format: 'markdown', content: 'Notes.' } })).json().post;
      const post = (await api('POST', '/posts', { title: 'Beirut port reopens to container ships', type: 'news', status: 'published', body: { format: 'markdown', content: 'The port reopened on Monday.' } })).json().post;
      assert.ok(post.id);
      const edited = await api('PATCH', `/posts/${post.id}`, { version: post.version, dek: 'Traffic resumes after a month-long closure' });
      assert.equal(edited.statusCode, 200, edited.body);
      const unpublished = await api('POST', `/posts/${post.id}/transitions`, { action: 'unpublish' });
      assert.equal(unpublished.statusCode, 200, unpublished.body);
      await site.services.jobs.drain();

      const events = good.received.map((r) => JSON.parse(r.body) as { event: string; post: { id: string; url: string | null; version: number } });
      assert.deepEqual(events.map((e) => e.event), ['post.published', 'post.updated', 'post.unpublished']);
      assert.ok(events.every((e) => e.post.id === post.id), 'drafts changing are not announced');
      assert.ok(!good.received.some((r) => r.body.includes(draft.id)));
      assert.equal(events[0]!.post.url, `https://ledger.test/articles/${post.slug}`);
      assert.ok(!good.received.some((r) => r.body.includes('The port reopened')), 'bodies are never sent');
      const now = Math.floor(site.clock.now().getTime() / 1000);
      for (const r of good.received) {
        const header = r.headers['x-dateline-signature'] as string;
        assert.match(header, /^t=\d+,v1=[0-9a-f]{64}$/);
        assert.equal(verifyWebhookSignature(webhook.secret, header, r.body, now), true);
        assert.equal(verifyWebhookSignature(webhook.secret, header, r.body.replace('Beirut', 'Haifa'), now), false);
        assert.equal(verifyWebhookSignature('whsec_wrong', header, r.body, now), false);
      }
      assert.equal(good.received[0]!.headers['x-dateline-event'], 'post.published');

      const log = (await api('GET', `/webhooks/${webhook.id}/deliveries`)).json();
      assert.equal(log.deliveries.length, 3);
      assert.ok(log.deliveries.every((d: { status: string; attempts: number; responseCode: number }) => d.status === 'delivered' && d.attempts === 1 && d.responseCode === 204));
      assert.equal((await api('GET', `/webhooks/${webhook.id}`)).json().webhook.lastStatus, 'delivered');

      assert.equal((await api('DELETE', `/posts/${post.id}`)).statusCode, 204);
      await site.services.jobs.drain();
      const deleted = JSON.parse(good.received[good.received.length - 1]!.body) as { event: string; post: { id: string; slug: string } };
      assert.equal(deleted.event, 'post.deleted');
      assert.deepEqual([deleted.post.id, deleted.post.slug], [post.id, post.slug]);
      await api('DELETE', `/webhooks/${webhook.id}`);
    });

    test('a failing receiver is retried with backoff until it answers 2xx', async () => {
      const { webhook } = (await api('POST', '/webhooks', { name: 'Flaky CDN purge', url: flaky.url, events: ['post.published'] })).json();
      await api('POST', '/posts', { title: 'Amman water tariffs rise', type: 'analysis', status: 'published', body: { format: 'markdown', content: 'Tariffs rise by 8 percent.' } });
      await site.services.jobs.drain();
      assert.equal(flaky.received.length, 1);
      let log = (await api('GET', `/webhooks/${webhook.id}/deliveries`)).json().deliveries;
      assert.equal(log[0].status, 'retrying');
      assert.equal(log[0].responseCode, 503);
      assert.match(log[0].lastError, /503/);

      // Not due yet: the queue backs off before trying again.
      await site.services.jobs.drain();
      assert.equal(flaky.received.length, 1);
      site.clock.advance(6_000);
      await site.services.jobs.drain();
      assert.equal(flaky.received.length, 2);
      flakyStatus = 200;
      site.clock.advance(11_000);
      await site.services.jobs.drain();
      assert.equal(flaky.received.length, 3);
      log = (await api('GET', `/webhooks/${webhook.id}/deliveries`)).json().deliveries;
      assert.equal(log[0].status, 'delivered');
      assert.equal(log[0].attempts, 3);
      assert.equal(flaky.received[0]!.body, flaky.received[2]!.body, 'every attempt sends the same payload');
    });

    test('a ping reaches only the webhook it was sent for', async () => {
      const { webhook } = (await api('POST', '/webhooks', { name: 'Ping me', url: good.url })).json();
      const before = good.received.length;
      assert.equal((await api('POST', `/webhooks/${webhook.id}/ping`)).statusCode, 202);
      await site.services.jobs.drain();
      assert.equal(good.received.length, before + 1);
      assert.equal(JSON.parse(good.received[before]!.body).event, 'ping');
    });
  });
}
