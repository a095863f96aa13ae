import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A port nobody is listening on right now. `serve` has no PORT=0 mode, so the bench picks one:
 * the OS hands out a free ephemeral port, which is released and given to the child.
 */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

export interface Child {
  process: ChildProcess;
  pid: number;
  output: () => string;
  /** Resolves with the exit code (or the signal's name) once the process has ended. */
  exited: Promise<number | string>;
}

/** Starts a child that keeps its stdout and stderr in memory, so a failure can say what happened. */
export function startChild(command: string, args: string[], env: Record<string, string | undefined>, cwd: string): Child {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  if (child.pid === undefined) throw new Error(`could not start ${command} ${args.join(' ')}`);
  return { process: child, pid: child.pid, output: () => output, exited };
}

/** Runs a command to completion; throws with its output when it fails. Returns output and wall time. */
export async function runToEnd(command: string, args: string[], env: Record<string, string | undefined>, cwd: string): Promise<{ output: string; seconds: number }> {
  const started = performance.now();
  const child = startChild(command, args, env, cwd);
  const code = await child.exited;
  if (code !== 0) throw new Error(`${args.join(' ')} exited with ${code}:\n${child.output()}`);
  return { output: child.output(), seconds: (performance.now() - started) / 1000 };
}

/** Polls `url` until it answers 200, failing early if the child dies first. */
export async function waitUntilReady(child: Child, url: string, timeoutMs = 120_000): Promise<void> {
  let ended: number | string | undefined;
  void child.exited.then((code) => (ended = code));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (ended !== undefined) throw new Error(`the server exited (${ended}) before it was ready:\n${child.output()}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs / 1000} s:\n${child.output()}`);
}

/** Waits for a line on the child's stdout (the bare server prints "ready"). */
export async function waitForLine(child: Child, line: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!child.output().split('\n').includes(line)) {
    if (Date.now() > deadline) throw new Error(`no "${line}" from the child within ${timeoutMs / 1000} s:\n${child.output()}`);
    await sleep(50);
  }
}

/** Sends SIGTERM and waits for the child to end (SIGKILL after a grace period). */
export async function stopChild(child: Child, graceMs = 15_000): Promise<void> {
  if (child.process.exitCode !== null || child.process.signalCode !== null) return;
  child.process.kill('SIGTERM');
  const timer = setTimeout(() => child.process.kill('SIGKILL'), graceMs);
  await child.exited;
  clearTimeout(timer);
}

/** Resident memory of a process, in MiB, read from /proc (Linux): current and lifetime peak. */
export function readMemory(pid: number): { rssMb: number; peakMb: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
  } catch {
    return undefined;
  }
}

/**
 * Samples a process's RSS every `everyMs` from outside the process, so measuring costs the server
 * nothing. `stop()` returns the highest RSS seen since `start`.
 */
export function sampleMemory(pid: number, everyMs = 100): { stop: () => number } {
  let peak = readMemory(pid)?.rssMb ?? 0;
  const timer = setInterval(() => {
    const memory = readMemory(pid);
    if (memory && memory.rssMb > peak) peak = memory.rssMb;
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      const memory = readMemory(pid);
      return memory ? Math.max(peak, memory.rssMb) : peak;
    },
  };
}

/**
 * CPU time (user + system) a process has used so far, in seconds, from /proc/<pid>/stat. Divided
 * by the requests served, it gives a cost per request that other load on the machine barely moves,
 * unlike requests per second.
 */
export function readCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which is in parentheses and may hold spaces): state is the first; utime and stime the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return NaN;
  }
}

/** Linux's USER_HZ, which /proc reports CPU times in: 100 on every mainstream architecture. */
const CLOCK_TICKS = 100;
