import type { Result } from 'autocannon';
import type { Target } from './bench-targets.js';

export interface Measured {
  result: Result;
  /** The server's CPU time per response over the measured window, in microseconds. */
  cpuUs: number;
}

export interface Row {
  target: Target;
  bytes: number;
  app: Measured;
  bare: Measured;
  appPeakRssMb: number;
}

export interface DatabaseResult {
  rows: Row[];
  idleRssMb: number;
  peakRssMb: number;
}

const fmt = (value: number, digits = 0): string => (Number.isFinite(value) ? value.toFixed(digits) : '-');

/** Seconds with one decimal, or "-" when there is nothing to show. */
export const seconds = (value: number): string => fmt(value, 1);

/** Prints one database's measurements as a table: numbers only, no verdicts. */
export function printTable(title: string, result: DatabaseResult): void {
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

/** What the columns mean, printed once under the tables. */
export const LEGEND = `
cold ms: first request after the server started (a render, nothing cached).
req/s, p50, p99: autocannon's mean rate and latency over the measured window; "bare" is a node:http
  server sending the same bytes and headers, measured right after, in its own process.
ratio: app req/s / bare req/s. CPU µs/req: the server process's CPU time (from /proc) per response
  over the window; unlike req/s it barely moves when other processes load the machine.
app RSS MB: highest resident memory of the app process sampled during that row's run.`;
