import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { buildNewsroom } from '../../scripts/build-newsroom.js';
import { loadConfig } from '../../src/kernel/config.js';
import { silentLogger } from '../../src/kernel/logger.js';
import { buildApp, buildServices, type Services } from '../../src/main.js';
import { createNewsletter, subscribeDirectly } from '../../src/modules/newsletters/index.js';
import { createStaff } from '../../src/modules/newsroom/index.js';
import { seedFixtureOutlet } from '../fixtures/fixture-outlet.js';
import { axeViolations, chromiumMissing, launchChromium, signInToNewsroom, type PageProblems } from '../helpers/browser.js';
import { Outbox } from '../helpers/outbox.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/test-databases.js';
import { freePort } from '../helpers/dateline-process.js';

const skip = chromiumMissing();
const HEADLINE = 'Beirut council approves emergency budget for water pumps';

for (const dialect of testDialects()) {
  describe(`newsletters in the newsroom on ${dialect}`, { skip: skip ?? false }, () => {
    let database: TestDatabase;
    let services: Services;
    let app: FastifyInstance;
    let browser: Browser;
    let base: string;
    let outbox: Outbox;
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
      await createStaff(deps, null, { email: 'desk@ledger.test', name: 'Night Desk', role: 'editor', password: 'another long passphrase' });
      await createStaff(deps, null, { email: 'rana@ledger.test', name: 'Rana Khoury', role: 'contributor', password: 'correct horse battery' });
      const daily = await createNewsletter({ ...deps, defaultSender: { name: 'The Levant Ledger', email: 'briefing@ledger.test' } }, { name: 'Daily Briefing', slug: 'daily-briefing' });
      await subscribeDirectly(deps, { email: 'only.reader@example.org', newsletterIds: [daily.id], source: 'admin' });
      outbox = new Outbox(database.dataDir);
      app = await buildApp(services);
      await app.listen({ port, host: '127.0.0.1' });
      services.jobs.start();
      browser = await launchChromium();
    });

    after(async () => {
      await browser?.close();
      await app?.close();
      await services?.jobs.stop();
      await database?.drop();
    });

    const signedIn = (email: string, password: string, viewport = { width: 1280, height: 900 }): Promise<Page> =>
      signInToNewsroom(browser, base, { email, password }, problems, { viewport });

    test('a contributor sees no Newsletters entry', async () => {
      const page = await signedIn('rana@ledger.test', 'correct horse battery');
      await page.getByRole('link', { name: 'Media' }).waitFor();
      assert.equal(await page.getByRole('link', { name: 'Newsletters' }).count(), 0);
      await page.context().close();
    });

    test('an editor previews an article as a newsletter, sends a test, sends it and reads the report', { timeout: 120_000 }, async () => {
      const page = await signedIn('desk@ledger.test', 'another long passphrase', { width: 390, height: 844 });
      await page.getByRole('link', { name: 'Newsletters' }).click();
      await page.getByRole('heading', { name: 'Newsletters', level: 1 }).waitFor();
      await page.getByText(/Anyone · 1 subscriber$/).waitFor();
      await page.getByRole('combobox', { name: /^Article/ }).locator('option', { hasText: HEADLINE }).waitFor({ state: 'attached' });
      const noOverflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(noOverflow <= 1, `no sideways scrolling on a phone (overflow ${noOverflow}px)`);
      assert.deepEqual(await axeViolations(page), [], 'the Newsletters screen');

      await page.getByRole('combobox', { name: /^Newsletter/ }).selectOption({ label: 'Daily Briefing' });
      const article = await page.getByRole('combobox', { name: /^Article/ }).locator('option', { hasText: HEADLINE }).getAttribute('value');
      await page.getByRole('combobox', { name: /^Article/ }).selectOption(article!);
      await page.getByLabel(/^Subject/).fill('Water pumps: the vote');
      await page.getByRole('button', { name: 'Create draft and preview' }).click();
      await page.getByRole('heading', { name: 'Water pumps: the vote', level: 2 }).waitFor();
      assert.match(page.url(), /\/newsroom\/newsletters\?send=[0-9a-z]{26}$/);

      const frame = page.frameLocator('iframe[title^="Email preview"]');
      await frame.getByText(HEADLINE).first().waitFor();
      await page.getByLabel('Paying reader').check();
      await page.locator('iframe[src$="variant=paid"]').waitFor();
      await frame.getByText(HEADLINE).first().waitFor();

      await page.getByLabel('Send a test to').fill('editor.proof@example.org');
      await page.getByRole('button', { name: 'Send test' }).click();
      await page.getByRole('status').filter({ hasText: 'sent to editor.proof@example.org' }).waitFor();
      const proof = await outbox.take('editor.proof@example.org');
      assert.match(proof.subject, /^\[Test\] Water pumps: the vote/);

      await page.getByRole('button', { name: 'Send now' }).click();
      const report = page.getByRole('region', { name: 'Water pumps: the vote' });
      await report.locator('.nr-badge', { hasText: 'Sent' }).waitFor({ timeout: 30_000 });
      await report.locator('.nr-report div', { hasText: 'Delivered' }).locator('dd', { hasText: /^1$/ }).waitFor();
      const row = page.getByRole('row').filter({ hasText: 'Water pumps: the vote' });
      await row.getByText('Sent', { exact: true }).waitFor();
      assert.equal((await outbox.take('only.reader@example.org')).subject, 'Water pumps: the vote');
      // axe cannot run inside the sandboxed preview (no scripts there, by design): check the rest of the open send.
      await page.locator('.nr-preview-frame').evaluate((frame) => frame.setAttribute('src', 'about:blank'));
      assert.deepEqual(await axeViolations(page), [], 'the open send');
      await page.context().close();
      assert.deepEqual(problems.csp, []);
      assert.deepEqual(problems.errors, []);
    });
  });
}
