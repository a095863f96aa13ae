import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { buildNewsroom } from '../../scripts/build-newsroom.js';
import { loadConfig } from '../../src/kernel/config.js';
import { silentLogger } from '../../src/kernel/logger.js';
import { buildApp, buildServices, type Services } from '../../src/main.js';
import { createMemberAsAdmin, ensureDefaultTiers } from '../../src/modules/billing/index.js';
import { createStaff } from '../../src/modules/newsroom/index.js';
import { seedFixtureOutlet } from '../fixtures/fixture-outlet.js';
import { axeViolations, chromiumMissing, launchChromium, signInToNewsroom, type PageProblems } from '../helpers/browser.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/test-databases.js';
import { freePort } from '../helpers/dateline-process.js';

const skip = chromiumMissing();

for (const dialect of testDialects()) {
  describe(`members in the newsroom on ${dialect}`, { skip: skip ?? false }, () => {
    let database: TestDatabase;
    let services: Services;
    let app: FastifyInstance;
    let browser: Browser;
    let base: string;
    const problems: PageProblems = { csp: [], errors: [] };

    before(async () => {
      await buildNewsroom({ quiet: true });
      database = await createTestDatabase(dialect);
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      const config = loadConfig({ PUBLIC_URL: base, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: database.dataDir, LOG_LEVEL: 'silent' });
      services = await buildServices(config, { log: silentLogger(), database: database.handle });
      await seedFixtureOutlet(services);
      const deps = { db: services.database.db, clock: services.clock };
      await ensureDefaultTiers(deps);
      await createStaff(deps, null, { email: 'desk@ledger.test', name: 'Night Desk', role: 'editor', password: 'another long passphrase' });
      await createStaff(deps, null, { email: 'admin@ledger.test', name: 'Site Admin', role: 'admin', password: 'administrator passphrase' });
      await createMemberAsAdmin(deps, { email: 'free.reader@example.org', name: 'Free Reader' });
      await createMemberAsAdmin(deps, { email: 'comped.fellow@example.org', name: 'Comped Fellow', comp: { tier: 'member', until: '2099-12-31' }, by: 'test' });
      app = await buildApp(services);
      await app.listen({ port, host: '127.0.0.1' });
      browser = await launchChromium();
    });

    after(async () => {
      await browser?.close();
      await app?.close();
      await database?.drop();
    });

    const signedIn = (email: string, password: string, viewport = { width: 1280, height: 900 }): Promise<Page> =>
      signInToNewsroom(browser, base, { email, password }, problems, { viewport, acceptDownloads: true });

    test('an editor sees no Members entry', async () => {
      const page = await signedIn('desk@ledger.test', 'another long passphrase');
      await page.getByRole('link', { name: 'Newsletters' }).waitFor();
      assert.equal(await page.getByRole('link', { name: 'Members' }).count(), 0);
      await page.context().close();
    });

    test('an admin reads revenue, filters members, opens one with its history and exports CSV', { timeout: 120_000 }, async () => {
      const page = await signedIn('admin@ledger.test', 'administrator passphrase', { width: 390, height: 844 });
      await page.getByRole('link', { name: 'Members' }).click();
      await page.getByRole('heading', { name: 'Members', level: 1 }).waitFor();
      const mrr = page.locator('.nr-revenue div', { hasText: 'Monthly recurring revenue' }).locator('dd');
      await mrr.waitFor();
      assert.match(await mrr.innerText(), /0\.00/);
      await page.locator('.nr-revenue div', { hasText: 'Active paid members' }).locator('dd', { hasText: /^0$/ }).waitFor();
      await page.locator('.nr-revenue div', { hasText: 'Churn this month' }).locator('dd', { hasText: /^0$/ }).waitFor();
      await page.getByRole('link', { name: 'free.reader@example.org' }).waitFor();
      await page.getByRole('link', { name: 'comped.fellow@example.org' }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 1, `no sideways scrolling on a phone (overflow ${overflow}px)`);
      assert.deepEqual(await axeViolations(page), [], 'the Members screen');

      await page.getByLabel('Show').selectOption({ label: 'Comped' });
      await page.getByRole('link', { name: 'free.reader@example.org' }).waitFor({ state: 'detached' });
      const rows = page.locator('.nr-members-table tbody tr');
      assert.equal(await rows.count(), 1);
      assert.match(await rows.first().innerText(), /comped\.fellow@example\.org/);

      await page.getByRole('link', { name: 'comped.fellow@example.org' }).click();
      const panel = page.getByRole('region', { name: 'Comped Fellow' });
      await panel.waitFor();
      assert.match(page.url(), /\/newsroom\/members\?member=[0-9a-z]{26}$/);
      await panel.getByRole('list', { name: 'History, newest first' }).getByText(/Comp granted \(member\)/).waitFor();
      assert.deepEqual(await axeViolations(page), [], 'the open member');

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
      const csv = await readFile((await download.path())!, 'utf8');
      assert.match(csv, /^email,name,status/);
      assert.match(csv, /comped\.fellow@example\.org/);
      assert.match(csv, /free\.reader@example\.org/);

      await page.getByLabel(/^Import CSV/).setInputFiles({ name: 'new.csv', mimeType: 'text/csv', buffer: Buffer.from('email,name\nimported.reader@example.org,Imported Reader\nnot-an-email,Nobody\n') });
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await page.getByRole('status').filter({ hasText: 'Imported: 1 created, 0 updated, 0 unchanged, 1 refused.' }).waitFor();
      await page.getByText(/^Row \d+ \(not-an-email\)/).waitFor();
      await page.context().close();
      assert.deepEqual(problems.csp, []);
      assert.deepEqual(problems.errors, []);
    });
  });
}
