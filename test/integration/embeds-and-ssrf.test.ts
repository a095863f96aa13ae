import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApiKey } from '../../src/modules/newsroom/index.js';
import { testDialects } from '../helpers/test-databases.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';

// OUTBOUND_ALLOW_PRIVATE is not set for this site: this is how production behaves.
for (const dialect of testDialects()) {
  describe(`embeds and server-side request guards (${dialect})`, () => {
    let site: TestSite;
    let server: Server;
    let local: string;
    let hits = 0;
    let headers: Record<string, string>;

    before(async () => {
      site = await createTestSite(dialect);
      headers = { authorization: `Bearer ${(await createApiKey({ db: site.services.database.db, clock: site.clock }, null, { name: 'ops' })).key}` };
      server = createServer((_req, res) => {
        hits++;
        res.writeHead(200, { 'content-type': 'text/html' }).end('<meta property="og:title" content="Internal admin panel">');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      local = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    after(async () => {
      await site.close();
      server.close();
    });

    const post = (url: string, payload: object) => site.app.inject({ method: 'POST', url: `/api/admin${url}`, headers, payload });

    test('an embed of a loopback, private or metadata address is refused before it is fetched', async () => {
      const port = new URL(local).port;
      for (const url of [`${local}/`, `http://localhost:${port}/`, `http://[::1]:${port}/`, 'http://169.254.169.254/latest/meta-data/', 'http://10.0.0.1/', 'http://[fd00::1]/', 'http://[::ffff:127.0.0.1]:' + port + '/']) {
        const res = await post('/embeds', { url });
        assert.equal(res.statusCode, 422, url);
        assert.equal(res.json().code, 'URL_NOT_ALLOWED', url);
        assert.deepEqual(Object.keys(res.json().fields), ['url']);
      }
      assert.equal(hits, 0, 'nothing reached the local server');
    });

    test('bad embed input gets a 4xx naming the field', async () => {
      assert.equal((await post('/embeds', { url: 'javascript:alert(1)' })).statusCode, 422);
      const notUrl = await post('/embeds', { url: 'beirut port news' });
      assert.equal(notUrl.statusCode, 400);
      assert.deepEqual(Object.keys(notUrl.json().fields), ['url']);
      const missing = await post('/embeds', {});
      assert.equal(missing.statusCode, 400);
      assert.deepEqual(Object.keys(missing.json().fields), ['url']);
      assert.equal((await site.app.inject({ method: 'POST', url: '/api/admin/embeds', payload: { url: 'https://example.com/' } })).statusCode, 401);
    });

    test('webhook targets on loopback or private networks are refused', async () => {
      for (const url of [`${local}/hook`, 'http://localhost/hook', 'http://192.168.1.20/hook']) {
        const res = await post('/webhooks', { name: 'Sneaky', url });
        assert.equal(res.statusCode, 422, url);
        assert.equal(res.json().code, 'URL_NOT_ALLOWED');
      }
    });
  });
}
