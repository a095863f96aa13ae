import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SYSTEM_ACTOR } from '../newsroom/index.js';
import { fetchEmbed } from './fetch-embed.js';
import { readPageMeta } from './read-page-meta.js';

const ARTICLE = `<!doctype html><html><head>
<title>Fallback title | Gulf Wire</title>
<meta property="og:title" content="Port of Aqaba reopens after &quot;week-long&quot; strike">
<meta property="og:description" content="Dockworkers returned on Monday after a deal on overtime pay.">
<meta property="og:site_name" content="Gulf Wire">
<meta property="og:url" content="https://elsewhere.example/phish">
</head><body><meta property="og:title" content="in the body: ignored"><script>alert(1)</script></body></html>`;

test('OpenGraph title, description and site name are read as plain text', () => {
  const embed = readPageMeta(ARTICLE, 'https://gulfwire.example/aqaba');
  assert.deepEqual(embed, {
    url: 'https://gulfwire.example/aqaba',
    provider: 'Gulf Wire',
    title: 'Port of Aqaba reopens after "week-long" strike',
    description: 'Dockworkers returned on Monday after a deal on overtime pay.',
  });
});

test('without OpenGraph, the title element, description meta and host name stand in', () => {
  const embed = readPageMeta('<html><head><title>  Cabinet   resigns </title><meta name="description" content="Beirut, Tuesday."></head></html>', 'https://www.example.org/x');
  assert.equal(embed.title, 'Cabinet resigns');
  assert.equal(embed.description, 'Beirut, Tuesday.');
  assert.equal(embed.provider, 'example.org');
});

let server: Server;
let base: string;

before(async () => {
  server = createServer((req, res) => {
    if (req.url === '/article') return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ARTICLE);
    if (req.url === '/moved') return res.writeHead(301, { location: '/article' }).end();
    if (req.url === '/photo.jpg') return res.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.alloc(10));
    res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise<void>((resolve) => server.close(() => resolve())));

test('a page on loopback is refused by default', async () => {
  await assert.rejects(fetchEmbed({}, SYSTEM_ACTOR, `${base}/article`), { code: 'URL_NOT_ALLOWED', status: 422 });
});

test('a reachable page becomes an embed card, after a redirect', async () => {
  const embed = await fetchEmbed({ allowPrivate: true }, SYSTEM_ACTOR, `${base}/moved`);
  assert.equal(embed.title, 'Port of Aqaba reopens after "week-long" strike');
  assert.equal(embed.url, `${base}/article`);
});

test('errors a person can act on: missing pages and non-pages', async () => {
  await assert.rejects(fetchEmbed({ allowPrivate: true }, SYSTEM_ACTOR, `${base}/gone`), { code: 'EMBED_UNAVAILABLE', status: 422 });
  await assert.rejects(fetchEmbed({ allowPrivate: true }, SYSTEM_ACTOR, `${base}/photo.jpg`), { code: 'EMBED_NOT_A_PAGE', status: 422 });
});
