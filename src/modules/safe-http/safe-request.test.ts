import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isPublicAddress } from './public-address.js';
import { safeRequest } from './safe-request.js';

test('private, loopback, link-local and unique-local addresses are not public', () => {
  const blocked = [
    '127.0.0.1', '127.255.0.9', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.10', '169.254.169.254', '100.64.0.1', '0.0.0.0',
    '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fc00::1', 'fd12:3456::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', '::ffff:7f00:1',
    '64:ff9b::a00:1', '2002:7f00:1::', 'ff02::1', '2001:db8::1', 'not-an-ip', '',
  ];
  for (const ip of blocked) assert.equal(isPublicAddress(ip), false, ip);
  for (const ip of ['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8', '1.1.1.1']) assert.equal(isPublicAddress(ip), true, ip);
});

let server: Server;
let base: string;
const hits: string[] = [];

before(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    if (req.url === '/hop/3') return res.writeHead(302, { location: '/page' }).end();
    const hop = /^\/hop\/(\d)$/.exec(req.url ?? '');
    if (hop) return res.writeHead(302, { location: `/hop/${Number(hop[1]) + 1}` }).end();
    if (req.url === '/to-file') return res.writeHead(301, { location: 'file:///etc/passwd' }).end();
    if (req.url === '/big') {
      res.writeHead(200, { 'content-type': 'text/html' });
      return res.end('x'.repeat(3 * 1024 * 1024));
    }
    if (req.url === '/slow') return setTimeout(() => res.end('late'), 2000);
    res.writeHead(200, { 'content-type': 'text/html' }).end('<title>ok</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('loopback targets are refused before any byte is sent', async () => {
  const before = hits.length;
  await assert.rejects(safeRequest(`${base}/page`), { code: 'URL_NOT_ALLOWED', status: 422 });
  await assert.rejects(safeRequest(`http://localhost:${new URL(base).port}/page`), { code: 'URL_NOT_ALLOWED' });
  await assert.rejects(safeRequest(`http://[::1]:${new URL(base).port}/page`), { code: 'URL_NOT_ALLOWED' });
  assert.equal(hits.length, before);
});

test('only http and https, without credentials', async () => {
  await assert.rejects(safeRequest('file:///etc/passwd'), { code: 'URL_NOT_ALLOWED' });
  await assert.rejects(safeRequest('gopher://example.com/'), { code: 'URL_NOT_ALLOWED' });
  await assert.rejects(safeRequest('https://user:secret@example.com/'), { code: 'URL_NOT_ALLOWED' });
  await assert.rejects(safeRequest('not a url'), { code: 'URL_INVALID', status: 400 });
});

test('redirects are followed at most three times, each target checked again', async () => {
  await assert.rejects(safeRequest(`${base}/to-file`, { allowPrivate: true }), { code: 'URL_NOT_ALLOWED' });
  const ok = await safeRequest(`${base}/hop/1`, { allowPrivate: true });
  assert.equal(ok.status, 200);
  assert.ok(ok.url.endsWith('/page'));
  await assert.rejects(safeRequest(`${base}/hop/0`, { allowPrivate: true }), { code: 'TOO_MANY_REDIRECTS' });
  await assert.rejects(safeRequest(`${base}/hop/1`, { allowPrivate: true, maxRedirects: 0 }), { code: 'TOO_MANY_REDIRECTS' });
});

test('bodies are limited: truncated for previews, refused on demand', async () => {
  const cut = await safeRequest(`${base}/big`, { allowPrivate: true, maxBytes: 1024 * 1024 });
  assert.equal(cut.truncated, true);
  assert.equal(cut.body.length, 1024 * 1024);
  await assert.rejects(safeRequest(`${base}/big`, { allowPrivate: true, overflow: 'fail' }), { code: 'RESPONSE_TOO_LARGE' });
});

test('a server that does not answer in time is given up on', async () => {
  const started = Date.now();
  await assert.rejects(safeRequest(`${base}/slow`, { allowPrivate: true, timeoutMs: 300 }), { code: 'FETCH_TIMEOUT' });
  assert.ok(Date.now() - started < 1500);
});
