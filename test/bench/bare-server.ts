/**
 * The yardstick for the site benchmark: a bare node:http server that answers each recorded path
 * with the exact bytes and headers the real app sent. It runs in its own process (like the app),
 * so the load generator never shares its event loop. Usage:
 *   node --import tsx test/bench/bare-server.ts <responses.json> <port>
 * Prints "ready" on stdout once listening.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { RecordedResponse } from './recorded-response.js';

const [file, portArg] = process.argv.slice(2);
if (!file || !portArg) {
  console.error('usage: bare-server.ts <responses.json> <port>');
  process.exit(2);
}

const recorded = JSON.parse(readFileSync(file, 'utf8')) as RecordedResponse[];
const routes = new Map(recorded.map((r) => [r.path, { status: r.status, headers: r.headers, body: Buffer.from(r.bodyBase64, 'base64') }]));
// Load spread over many articles is answered with one recorded archive article, the nearest thing to the same bytes.
const fallback = recorded.find((r) => r.fallback);

const server = createServer((request, response) => {
  const route = routes.get(request.url ?? '') ?? (fallback && routes.get(fallback.path));
  if (!route) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not recorded');
    return;
  }
  response.writeHead(route.status, { ...route.headers, 'content-length': route.body.length });
  response.end(route.body);
});

server.listen(Number(portArg), '127.0.0.1', () => console.log('ready'));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
