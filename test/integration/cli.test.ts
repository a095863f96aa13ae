import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DATELINE_BIN as BIN, startDateline, startDatelineServer } from '../helpers/dateline-process.js';

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
    const server = await startDatelineServer({ DATA_DIR: dataDir, LOG_LEVEL: 'warn' });
    const health = await fetch(`${server.base}/healthz`);
    assert.equal(health.status, 200);
    assert.deepEqual(await health.json(), { status: 'ok' });
    assert.equal(await server.stop(), 0, server.log());
  });

  it('runs a worker that stays up while idle and stops cleanly on SIGTERM', async () => {
    const worker = startDateline(['worker'], { DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    const deadline = Date.now() + 30_000;
    while (!worker.log().includes('worker started') && worker.running() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.match(worker.log(), /worker started/);
    // Idle for a few polls (one a second): with nothing to do, the worker must wait for work, not exit.
    await new Promise((r) => setTimeout(r, 3000));
    assert.ok(worker.running(), `the idle worker exited: ${worker.log()}`);
    assert.equal(await worker.stop(), 0, worker.log());
  });
});
