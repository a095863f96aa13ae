/**
 * `npm run bench`: how fast the reader's site answers, next to a bare node:http server sending the
 * same bytes in the same run, on the demo outlet and again with a large synthetic archive.
 *
 * The app runs as a child process (`dateline serve`, with the Node flags `npm start` uses) so its memory and CPU time can be read from
 * /proc without touching it; the bare server is another child, so neither shares an event loop
 * with autocannon, which runs here. Prints measured numbers only and exits 0 whatever they are;
 * it fails only when something breaks (a seed, a server, a page that does not answer 200).
 *
 *   npm run bench -- [--archive N] [--spread N] [--duration S] [--warmup S] [--connections C]
 *                    [--profile] [--node-flags F] [--keep] [--data-dir DIR]
 *
 * --archive N     synthetic archive articles for the second run (default 100000; 0 skips it)
 * --spread N      in the archive run, also load N archive articles in turn (default 1000; 0 skips)
 * --duration S    seconds measured per target (default 10), after --warmup S (default 3)
 * --connections   concurrent connections (default 10)
 * --profile       run the app under `node --cpu-prof`; profiles land in the data directory (kept)
 * --node-flags F  Node flags for the app instead of npm start's (bin/server-build.js), "" for none
 * --keep          keep the temporary data directory
 * --data-dir DIR  use (and keep) DIR instead of a temporary directory: seeds only what is not
 *                 there yet, so repeated runs skip the seeding (the CLI's seed is idempotent, and
 *                 a marker file records that the archive was added)
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort, readCpuSeconds, readMemory, runToEnd, sampleMemory, startChild, stopChild, waitForLine, waitUntilReady, type Child } from './bench-processes.js';
import { LEGEND, printTable, seconds, type DatabaseResult, type Measured, type Row } from './bench-table.js';
import { archiveSpread, chooseTargets, type Target } from './bench-targets.js';
import { recordResponse } from './recorded-response.js';
import { NODE_FLAGS } from '../../bin/server-build.js';

interface BenchOptions {
  archive: number;
  spread: number;
  duration: number;
  warmup: number;
  connections: number;
  profile: boolean;
  nodeFlags: string[];
  keep: boolean;
  dataDir: string | undefined;
}

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'bin', 'dateline.js');

function parseOptions(argv: string[]): BenchOptions {
  const options: BenchOptions = { archive: 100_000, spread: 1000, duration: 10, warmup: 3, connections: 10, profile: false, keep: false, dataDir: undefined, nodeFlags: NODE_FLAGS };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const number = (min: number, max: number): number => {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${flag} needs a whole number between ${min} and ${max}`);
      return value;
    };
    if (flag === '--archive') options.archive = number(0, 5_000_000);
    else if (flag === '--spread') options.spread = number(0, 100_000);
    else if (flag === '--duration') options.duration = number(1, 600);
    else if (flag === '--warmup') options.warmup = number(0, 600);
    else if (flag === '--connections') options.connections = number(1, 10_000);
    else if (flag === '--profile') options.profile = true;
    else if (flag === '--node-flags') options.nodeFlags = (argv[++i] ?? '').split(/\s+/).filter(Boolean);
    else if (flag === '--keep') options.keep = true;
    else if (flag === '--data-dir') {
      options.dataDir = argv[++i];
      if (!options.dataDir) throw new Error('--data-dir needs a directory');
    } else throw new Error(`unknown option ${flag}; see the comment at the top of test/bench/site-bench.ts`);
  }
  return options;
}

/**
 * One autocannon run: a warm-up (discarded), then the measured window, during which the server
 * process's CPU time is read from outside. Several paths are requested in turn.
 */
async function load(baseUrl: string, paths: string[], serverPid: number, options: BenchOptions): Promise<Measured> {
  let next = 0;
  const requests = paths.length > 1 ? [{ setupRequest: (request: { path: string }) => ({ ...request, path: paths[next++ % paths.length]! }) }] : undefined;
  const run = (duration: number) => autocannon({ url: baseUrl + paths[0], connections: options.connections, duration, ...(requests ? { requests } : {}) });
  if (options.warmup > 0) await run(options.warmup);
  const cpuBefore = readCpuSeconds(serverPid);
  const result = await run(options.duration);
  const cpuUs = ((readCpuSeconds(serverPid) - cpuBefore) * 1e6) / result.requests.total;
  if (result.errors || result.non2xx || result.timeouts) {
    console.log(`  note: ${baseUrl}${paths[0]}: ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx responses`);
  }
  return { result, cpuUs };
}

/** Benchmarks one database: starts the app and the bare server, measures every target against both. */
async function benchDatabase(dataDir: string, name: string, options: BenchOptions, spread: number): Promise<DatabaseResult> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const nodeArgs = options.profile ? ['--cpu-prof', `--cpu-prof-dir=${join(dataDir, 'profiles', name)}`] : [];
  const app = startChild(process.execPath, [...nodeArgs, ...options.nodeFlags, CLI, 'serve'], { DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: baseUrl, LOG_LEVEL: 'warn' }, ROOT);
  let bare: Child | undefined;
  try {
    await waitUntilReady(app, `${baseUrl}/healthz`);
    const idleRssMb = readMemory(app.pid)?.rssMb ?? NaN;
    const targets: Target[] = await chooseTargets(baseUrl);
    const spreadTarget = spread > 0 ? await archiveSpread(dataDir, baseUrl, spread) : undefined;
    if (spreadTarget) targets.push(spreadTarget);

    const recorded = [];
    for (const target of targets) recorded.push({ ...(await recordResponse(baseUrl, target.path)), fallback: target.paths !== undefined });
    const fixture = join(dataDir, `recorded-${name}.json`);
    writeFileSync(fixture, JSON.stringify(recorded));

    const barePort = await freePort();
    bare = startChild(process.execPath, ['--import', 'tsx', join(ROOT, 'test', 'bench', 'bare-server.ts'), fixture, String(barePort)], {}, ROOT);
    await waitForLine(bare, 'ready');

    const rows: Row[] = [];
    for (const [i, target] of targets.entries()) {
      const paths = target.paths ?? [target.path];
      const memory = sampleMemory(app.pid);
      const appResult = await load(baseUrl, paths, app.pid, options);
      const appPeakRssMb = memory.stop();
      const bareResult = await load(`http://127.0.0.1:${barePort}`, paths, bare.pid, options);
      rows.push({ target, bytes: Buffer.from(recorded[i]!.bodyBase64, 'base64').length, app: appResult, bare: bareResult, appPeakRssMb });
    }
    return { rows, idleRssMb, peakRssMb: readMemory(app.pid)?.peakMb ?? NaN };
  } finally {
    if (bare) await stopChild(bare);
    await stopChild(app);
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'dateline-bench-'));
  mkdirSync(dataDir, { recursive: true });
  const env = { DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  console.log(`dateline site bench: node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), ${options.connections} connections, ${options.warmup} s warm-up + ${options.duration} s per target; app node flags: ${options.nodeFlags.join(' ') || 'none'}`);
  console.log(`data directory: ${dataDir}; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  try {
    const marker = join(dataDir, `bench-archive-${options.archive}`);
    const demo = await runToEnd(process.execPath, [CLI, 'seed'], env, ROOT);
    const demoCount = /(\d+) articles/.exec(demo.output)?.[1];
    if (demoCount) console.log(`seeded the demo outlet (${demoCount} articles) in ${seconds(demo.seconds)} s`);
    // A reused directory that already holds the archive cannot show the demo outlet alone.
    if (readdirSync(dataDir).some((name) => name.startsWith('bench-archive-'))) console.log(`${dataDir} already holds the archive: no run on the demo outlet alone`);
    else printTable(`demo outlet (${demoCount ?? 'reused'} articles)`, await benchDatabase(dataDir, 'demo', options, 0));

    if (options.archive > 0) {
      if (existsSync(marker)) console.log(`\nreusing the ${options.archive}-article archive in ${dataDir}`);
      else {
        const archive = await runToEnd(process.execPath, [CLI, 'seed', '--articles', String(options.archive)], env, ROOT);
        writeFileSync(marker, new Date().toISOString());
        console.log(`\nseed --articles ${options.archive}: ${seconds(archive.seconds)} s wall time (${/Added .*/.exec(archive.output)?.[0] ?? 'no summary printed'})`);
      }
      printTable(`demo outlet + ${options.archive} archive articles`, await benchDatabase(dataDir, `archive-${options.archive}`, options, options.spread));
    }
    console.log(`\nload average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (other processes on the machine skew req/s and p99, less so CPU µs/req)`);
    console.log(LEGEND);
    if (options.profile) console.log(`\nCPU profiles: ${join(dataDir, 'profiles')}`);
  } finally {
    if (!options.keep && !options.profile && !options.dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
