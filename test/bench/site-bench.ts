/**
 * `npm run bench`: how fast the reader's site answers, next to a bare node:http server sending the
 * same bytes in the same run, on the demo outlet and again with a large synthetic archive.
 *
 * The app runs as a child process (`dateline serve`) so its memory can be read from /proc without
 * touching it; the bare server is another child, so neither shares an event loop with autocannon,
 * which runs here. Prints measured numbers only and exits 0 whatever they are; it fails only when
 * something breaks (a seed, a server, a non-200 page).
 *
 *   npm run bench -- [--archive N] [--duration S] [--warmup S] [--connections C] [--profile] [--keep]
 *
 * --archive N     synthetic archive articles for the second run (default 100000; 0 skips it)
 * --duration S    seconds measured per target (default 10), after --warmup S (default 3)
 * --connections   concurrent connections (default 10)
 * --profile       run the app under `node --cpu-prof`; profiles land in the data directory (kept)
 * --keep          keep the temporary data directory
 * --data-dir DIR  use (and keep) DIR instead of a temporary directory: seeds only what is not
 *                 there yet, so repeated runs skip the seeding (the CLI's seed is idempotent, and
 *                 a marker file records that the archive was added)
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon, { type Result } from 'autocannon';
import { freePort, readCpuSeconds, readMemory, runToEnd, sampleMemory, startChild, stopChild, waitForLine, waitUntilReady } from './bench-processes.js';
import { recordResponse } from './recorded-response.js';

interface BenchOptions {
  archive: number;
  duration: number;
  warmup: number;
  connections: number;
  profile: boolean;
  keep: boolean;
  dataDir: string | undefined;
}

interface Target {
  label: string;
  path: string;
  /** Time of the first request for this path after the server started: a render, no cache. */
  coldMs: number;
}

interface Measured {
  result: Result;
  /** The server's CPU time per response over the measured window, in microseconds. */
  cpuUs: number;
}

interface Row {
  target: Target;
  bytes: number;
  app: Measured;
  bare: Measured;
  appPeakRssMb: number;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'bin', 'dateline.js');

function parseOptions(argv: string[]): BenchOptions {
  const options: BenchOptions = { archive: 100_000, duration: 10, warmup: 3, connections: 10, profile: false, keep: false, dataDir: undefined };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const number = (min: number, max: number): number => {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${flag} needs a whole number between ${min} and ${max}`);
      return value;
    };
    if (flag === '--archive') options.archive = number(0, 5_000_000);
    else if (flag === '--duration') options.duration = number(1, 600);
    else if (flag === '--warmup') options.warmup = number(0, 600);
    else if (flag === '--connections') options.connections = number(1, 10_000);
    else if (flag === '--profile') options.profile = true;
    else if (flag === '--keep') options.keep = true;
    else if (flag === '--data-dir') {
      options.dataDir = argv[++i];
      if (!options.dataDir) throw new Error('--data-dir needs a directory');
    }
    else throw new Error(`unknown option ${flag}; see the comment at the top of test/bench/site-bench.ts`);
  }
  return options;
}

/**
 * One autocannon run against a URL: a warm-up (discarded), then the measured window, during which
 * the server process's CPU time is read from outside.
 */
async function load(url: string, serverPid: number, options: BenchOptions): Promise<Measured> {
  if (options.warmup > 0) await autocannon({ url, connections: options.connections, duration: options.warmup });
  const cpuBefore = readCpuSeconds(serverPid);
  const result = await autocannon({ url, connections: options.connections, duration: options.duration });
  const cpuUs = ((readCpuSeconds(serverPid) - cpuBefore) * 1e6) / result.requests.total;
  if (result.errors || result.non2xx || result.timeouts) {
    console.log(`  note: ${url}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx responses`);
  }
  return { result, cpuUs };
}

/**
 * Picks what to measure from the front page itself: the first public article it links to, and the
 * first gated one (as an anonymous reader sees it: the preview and the wall).
 */
async function chooseTargets(baseUrl: string): Promise<Target[]> {
  const front = await timedGet(baseUrl + '/');
  const links = [...new Set([...front.body.toString('utf8').matchAll(/href="(\/articles\/[^"?#]+)"/g)].map((m) => m[1]!))];
  const targets: Target[] = [{ label: 'front page', path: '/', coldMs: front.ms }];
  for (const path of links) {
    if (targets.length === 3) break;
    const response = await timedGet(baseUrl + path);
    if (response.status !== 200) continue;
    const label = (response.headers.get('cache-control') ?? '').startsWith('public') ? 'article (public)' : 'article (gated, anonymous)';
    if (!targets.some((t) => t.label === label)) targets.push({ label, path, coldMs: response.ms });
  }
  if (!targets.some((t) => t.label === 'article (public)')) throw new Error('the front page links to no public article');
  return targets;
}

async function timedGet(url: string): Promise<{ status: number; headers: Headers; body: Buffer; ms: number }> {
  const started = performance.now();
  const response = await fetch(url, { redirect: 'manual' });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, body, ms: performance.now() - started };
}

/** Benchmarks one database: starts the app and the bare server, measures every target against both. */
async function benchDatabase(dataDir: string, name: string, options: BenchOptions): Promise<{ rows: Row[]; idleRssMb: number; peakRssMb: number }> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const nodeArgs = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${join(dataDir, 'profiles', name)}`] : [];
  const app = startChild(process.execPath, [...nodeArgs, CLI, 'serve'], { DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: baseUrl, LOG_LEVEL: 'warn' }, ROOT);
  let bare: ReturnType<typeof startChild> | undefined;
  try {
    await waitUntilReady(app, `${baseUrl}/healthz`);
    const idleRssMb = readMemory(app.pid)?.rssMb ?? NaN;
    const targets = await chooseTargets(baseUrl);

    const recorded = [];
    for (const target of targets) recorded.push(await recordResponse(baseUrl, target.path));
    const fixture = join(dataDir, `recorded-${name}.json`);
    writeFileSync(fixture, JSON.stringify(recorded));

    const barePort = await freePort();
    bare = startChild(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'bench', 'bare-server.ts'), fixture, String(barePort)], {}, ROOT);
    await waitForLine(bare, 'ready');

    const rows: Row[] = [];
    for (const [i, target] of targets.entries()) {
      const memory = sampleMemory(app.pid);
      const appResult = await load(baseUrl + target.path, app.pid, options);
      const appPeakRssMb = memory.stop();
      const bareResult = await load(`http://127.0.0.1:${barePort}${target.path}`, bare.pid, options);
      rows.push({ target, bytes: Buffer.from(recorded[i]!.bodyBase64, 'base64').length, app: appResult, bare: bareResult, appPeakRssMb });
    }
    const peakRssMb = readMemory(app.pid)?.peakMb ?? NaN;
    return { rows, idleRssMb, peakRssMb };
  } finally {
    if (bare) await stopChild(bare);
    await stopChild(app);
  }
}

const fmt = (value: number, digits = 0): string => (Number.isFinite(value) ? value.toFixed(digits) : '-');

function printTable(title: string, result: { rows: Row[]; idleRssMb: number; peakRssMb: number }): void {
  const header = ['path', 'KiB', 'cold ms', 'req/s', 'p50 ms', 'p99 ms', 'bare req/s', 'bare p99', 'ratio', 'CPU µs/req', 'bare µs/req', 'app RSS MB'];
  const lines = result.rows.map((r) => [
    `${r.target.label} ${r.target.path.length > 40 ? r.target.path.slice(0, 39) + '…' : r.target.path}`,
    fmt(r.bytes / 1024, 1),
    fmt(r.target.coldMs, 1),
    fmt(r.app.result.requests.average),
    fmt(r.app.result.latency.p50, 1),
    fmt(r.app.result.latency.p99, 1),
    fmt(r.bare.result.requests.average),
    fmt(r.bare.result.latency.p99, 1),
    `${fmt((100 * r.app.result.requests.average) / r.bare.result.requests.average)}%`,
    fmt(r.app.cpuUs),
    fmt(r.bare.cpuUs),
    fmt(r.appPeakRssMb),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const row = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}`);
  console.log(row(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const l of lines) console.log(row(l));
  console.log(`app RSS: ${fmt(result.idleRssMb)} MB after start, ${fmt(result.peakRssMb)} MB peak (VmHWM)`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  mkdirSync(dataDir, { recursive: true });
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  console.log(`dateline site bench: node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${options.connections} connections, ${options.warmup} s warm-up + ${options.duration} s per target`);
  console.log(`data directory: ${dataDir}`);
  try {
    const demo = await runToEnd(process.execPath, [CLI, 'seed'], env, ROOT);
    const demoCount = /(\d+) articles/.exec(demo.output)?.[1];
    console.log(demoCount ? `seeded the demo outlet (${demoCount} articles) in ${fmt(demo.seconds, 1)} s` : `reusing the demo outlet in ${dataDir}`);
    printTable(`demo outlet (${demoCount ?? 'reused'} articles)`, await benchDatabase(dataDir, 'demo', options));

    if (options.archive > 0) {
      const marker = join(dataDir, `bench-archive-${options.archive}`);
      if (existsSync(marker)) console.log(`\nreusing the ${options.archive}-article archive in ${dataDir}`);
      else {
        const archive = await runToEnd(process.execPath, [CLI, 'seed', '--articles', String(options.archive)], env, ROOT);
        writeFileSync(marker, new Date().toISOString());
        console.log(`\nseed --articles ${options.archive}: ${fmt(archive.seconds, 1)} s wall time (${/Added .*/.exec(archive.output)?.[0] ?? 'no summary printed'})`);
      }
      printTable(`demo outlet + ${options.archive} archive articles`, await benchDatabase(dataDir, `archive-${options.archive}`, options));
    }
    if (options.profile) console.log(`\nCPU profiles: ${join(dataDir, 'profiles')}`);
  } finally {
    if (!options.keep && !options.profile && !options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
