import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The `dateline` command of this checkout. */
export const DATELINE_BIN = join(import.meta.dirname, '../../bin/dateline.js');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface DatelineProcess {
  /** Everything the process has written to stdout and stderr so far. */
  log(): string;
  exited: Promise<number | null>;
  running(): boolean;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** Runs `node <entry> <args>` (entry: bin/dateline.js unless given) with extra environment, collecting its output. */
export function startDateline(args: string[], env: Record<string, string>, entry = DATELINE_BIN): DatelineProcess {
  const child = spawn(process.execPath, [entry, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    log: () => output,
    exited,
    running: () => child.exitCode === null && child.signalCode === null,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** `dateline serve` on a free local port, once its health check answers; throws with its output if it never does. */
export async function startDatelineServer(env: Record<string, string>, entry = DATELINE_BIN): Promise<DatelineProcess & { base: string }> {
  const port = await freePort();
  const server = startDateline(['serve'], { ...env, PORT: String(port), HOST: '127.0.0.1' }, entry);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  while (!(await fetch(`${base}/healthz`).then((r) => r.ok, () => false))) {
    if (!server.running() || Date.now() > deadline) {
      await server.stop();
      throw new Error(`the server did not start: ${server.log()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { ...server, base };
}
