import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

const BIN = join(import.meta.dirname, '../../bin/dateline.js');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('the dateline command', () => {
  let dataDir: string;
  before(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'dateline-cli-'));
  });
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  it('stops with one clear line naming a malformed variable', () => {
    const result = spawnSync(process.execPath, [BIN, 'serve'], { env: { ...process.env, PORT: 'eighty', DATA_DIR: dataDir }, encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.equal(result.stderr.trim(), 'dateline: PORT must be a whole number, got "eighty"');
  });

  it('rejects an unknown command with a pointer to help', () => {
    const result = spawnSync(process.execPath, [BIN, 'publish-everything'], { env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /is not a dateline command/);
  });

  it('serves, answers the health check, and shuts down cleanly on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [BIN, 'serve'], { env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 30_000;
    let health: Response | undefined;
    while (Date.now() < deadline) {
      try {
        health = await fetch(`http://127.0.0.1:${port}/healthz`);
        break;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    assert.ok(health, `server did not start: ${output}`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok' });
    child.kill('SIGTERM');
    assert.equal(await exited, 0, output);
  });

  it('runs a worker that stays up while idle and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'worker'], { env: { ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 30_000;
    while (!output.includes('worker started') && child.exitCode === null && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.match(output, /worker started/);
    // Idle for a few polls (one a second): with nothing to do, the worker must wait for work, not exit.
    await new Promise((r) => setTimeout(r, 3000));
    assert.equal(child.exitCode, null, `the idle worker exited: ${output}`);
    child.kill('SIGTERM');
    assert.equal(await exited, 0, output);
  });
});
