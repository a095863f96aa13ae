import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { NODE_FLAGS, ROOT } from '../../bin/server-build.js';
import { compileServer } from '../../scripts/build-server.js';
import { newId } from '../../src/kernel/ids.js';
import { DATELINE_BIN, startDatelineServer } from '../helpers/dateline-process.js';

describe('the compiled server (dist/server)', () => {
  // Compiled into a folder of its own inside the checkout (so packages resolve from node_modules
  // and the project root is found), never into dist/server, which other tests' processes may be running.
  const outDir = join(ROOT, '.tmp', `compiled-server-${newId().slice(-8)}`);
  let dataDir: string;
  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dateline-compiled-'));
    await compileServer(outDir);
  });
  after(() => {
    rmSync(outDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves the site, its stylesheet and the newsroom app, says it runs compiled code, and stops cleanly', async () => {
    const server = await startDatelineServer({ DATA_DIR: dataDir, LOG_LEVEL: 'info' }, join(outDir, 'cli/dateline.js'));
    try {
      const front = await fetch(`${server.base}/`);
      assert.equal(front.status, 200);
      const html = await front.text();
      const stylesheet = html.match(/\/assets\/site\.[0-9a-f]+\.css/)?.[0];
      assert.ok(stylesheet, 'the page links its stylesheet');
      const css = await fetch(`${server.base}${stylesheet}`);
      assert.equal(css.status, 200);
      assert.match(await css.text(), /margin-inline|padding-inline/, 'the stylesheet copied beside the compiled module is the real one');
      const newsroom = await fetch(`${server.base}/newsroom/`);
      assert.equal(newsroom.status, 200, 'the newsroom app is found from the compiled module (dist/newsroom at the project root)');
      assert.match(server.log(), /"code":"compiled \(dist\/server\)"/);
    } finally {
      assert.equal(await server.stop(), 0, server.log());
    }
  });

  it('is bypassed for the sources with DATELINE_FROM_SOURCE=1', async () => {
    const server = await startDatelineServer({ DATA_DIR: dataDir, LOG_LEVEL: 'info', DATELINE_FROM_SOURCE: '1' });
    try {
      assert.equal((await fetch(`${server.base}/`)).status, 200);
      assert.match(server.log(), /"code":"TypeScript sources \(tsx\)"/);
    } finally {
      assert.equal(await server.stop(), 0, server.log());
    }
  });
});

describe('the Node flags of the long-running processes', () => {
  it('are the same for npm start, npm run dateline and the dateline command itself', () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const flags = NODE_FLAGS.join(' ');
    assert.equal(scripts.start, `node ${flags} bin/dateline.js serve --demo`);
    assert.equal(scripts.dateline, `node ${flags} bin/dateline.js`);
    assert.equal(readFileSync(DATELINE_BIN, 'utf8').split('\n')[0], `#!/usr/bin/env -S node ${flags}`);
  });
});
