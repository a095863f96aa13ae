import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { buildNewsroom } from '../../scripts/build-newsroom.js';
import { loadConfig } from '../../src/kernel/config.js';
import { silentLogger } from '../../src/kernel/logger.js';
import { buildApp, buildServices, type Services } from '../../src/main.js';
import { createApiKey, createStaff } from '../../src/modules/newsroom/index.js';
import { agencyJpeg } from '../fixtures/agency-photo.js';
import { seedFixtureOutlet } from '../fixtures/fixture-outlet.js';
import { axeViolations, chromiumMissing, launchChromium } from '../helpers/browser.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-databases.js';
import { freePort } from '../helpers/dateline-process.js';

const skip = chromiumMissing();
// The page embedded below is served from 127.0.0.1, which embeds refuse unless this is set.
const BEFORE_CUT = 'Fishermen in Tyre say the catch has halved in five years.';
const AFTER_CUT = 'Only members read that the cooperative owes 40,000 dollars to the port authority.';
const HEADLINE = 'Tyre fishermen count the cost of an emptying sea';

describe('the newsroom in a browser', { skip: skip ?? false }, () => {
  let database: TestDatabase;
  let services: Services;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;
  let partner: Server;
  let partnerUrl: string;
  const cspViolations: string[] = [];
  const pageErrors: string[] = [];

  before(async () => {
    await buildNewsroom({ quiet: true });
    database = await createTestDatabase('sqlite');
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const config = loadConfig({ PUBLIC_URL: base, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: database.dataDir, LOG_LEVEL: 'silent', METER_ANONYMOUS: '0', OUTBOUND_ALLOW_PRIVATE: '1' });
    services = await buildServices(config, { log: silentLogger(), database: database.handle });
    await seedFixtureOutlet(services);
    const deps = { db: services.database.db, clock: services.clock };
    const rana = await services.database.db.selectFrom('authors').select('id').where('slug', '=', 'rana-khoury').executeTakeFirstOrThrow();
    await createStaff(deps, null, { email: 'rana@ledger.test', name: 'Rana Khoury', role: 'contributor', password: 'correct horse battery', authorId: rana.id });
    await createStaff(deps, null, { email: 'desk@ledger.test', name: 'Night Desk', role: 'editor', password: 'another long passphrase' });
    await createStaff(deps, null, { email: 'admin@ledger.test', name: 'Site Admin', role: 'admin', password: 'administrator passphrase' });
    app = await buildApp(services);
    await app.listen({ port, host: '127.0.0.1' });
    services.jobs.start();
    browser = await launchChromium();
    partner = createHttpServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><head><meta property="og:title" content="Port authority publishes catch figures"><meta property="og:site_name" content="Gulf Wire"><script>alert(1)</script></head></html>');
    });
    await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve));
    partnerUrl = `http://127.0.0.1:${(partner.address() as { port: number }).port}/catch-figures`;
  });

  after(async () => {
    await browser?.close();
    partner?.close();
    await app?.close();
    await services?.jobs.stop();
    await database?.drop();
  });

  async function open(viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ viewport });
    // Violations are reported as events too, not only as console messages: record both.
    await context.exposeBinding('reportCspViolation', (_source, directive: string) => void cspViolations.push(`event: ${directive}`));
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportCspViolation: (d: string) => void }).reportCspViolation(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to (apply|load|execute)/i.test(m.text())) cspViolations.push(m.text());
    });
    page.on('pageerror', (e) => pageErrors.push(e.message));
    return { context, page };
  }

  async function signIn(page: Page, email: string, password: string): Promise<void> {
    await page.goto(`${base}/newsroom`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Articles' }).waitFor();
  }

  async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
    const violations = await axeViolations(page);
    assert.deepEqual(violations, [], `${screen}: ${violations.join('\n')}`);
  }

  let articleUrl = '';

  test('a contributor writes an article with an image and a paywall cut, and submits it', async () => {
    const { context, page } = await open();
    await page.goto(`${base}/newsroom`);
    await page.getByRole('heading', { name: 'Sign in to the newsroom' }).waitFor();
    await expectNoAxeViolations(page, 'sign-in');
    await signIn(page, 'rana@ledger.test', 'correct horse battery');
    await expectNoAxeViolations(page, 'articles list');

    await page.getByRole('button', { name: 'New article' }).click();
    const headline = page.getByLabel('Headline');
    await headline.waitFor();
    await headline.fill(HEADLINE);
    await page.getByLabel('Dek (standfirst)').fill('A cooperative of 300 boats is running out of money and fish.');
    const body = page.getByRole('textbox', { name: 'Article text' });
    await body.click();
    await page.keyboard.type(BEFORE_CUT);
    await page.keyboard.press('Enter');

    await page.getByRole('button', { name: 'Image', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Insert an image' });
    const photo = await agencyJpeg({ caption: 'Boats moored in the old port of Tyre', credit: 'LEVANT PRESS', byline: 'Rania Haddad', transmissionReference: 'LP-2026-1142' }, { width: 1600, height: 1067 });
    await dialog.getByLabel(/Upload a new image/).setInputFiles({ name: 'tyre-port.jpg', mimeType: 'image/jpeg', buffer: photo });
    await dialog.getByLabel('Caption', { exact: true }).waitFor();
    assert.equal(await dialog.getByLabel('Caption', { exact: true }).inputValue(), 'Boats moored in the old port of Tyre');
    assert.equal(await dialog.getByLabel('Credit', { exact: true }).inputValue(), 'LEVANT PRESS/Rania Haddad');
    assert.equal(await dialog.getByLabel('Source id', { exact: true }).inputValue(), 'LP-2026-1142');
    await dialog.getByLabel(/Alt text/).fill('Small fishing boats tied up side by side in a stone harbour');
    await dialog.getByRole('button', { name: 'Save image details' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await dialog.getByRole('button', { name: 'Use this image' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.nr-prose figure img').waitFor();

    await page.getByRole('button', { name: 'Embed' }).click();
    const embedDialog = page.getByRole('dialog', { name: 'Embed a page' });
    await embedDialog.getByLabel('Address of the page').fill(partnerUrl);
    await embedDialog.getByRole('button', { name: 'Insert card' }).click();
    await embedDialog.waitFor({ state: 'detached' });
    assert.match((await page.locator('.nr-prose .nr-embed').textContent()) ?? '', /Port authority publishes catch figures.*Gulf Wire/);

    await body.press('Control+End');
    await page.getByRole('button', { name: 'Paywall cut' }).click();
    await body.press('Control+End');
    await page.keyboard.type(AFTER_CUT);
    await page.locator('.nr-paywall').waitFor();
    assert.match(await page.getByText(/\d+ words/).textContent() ?? '', /\d+ words/);

    await page.getByLabel('Who can read it').selectOption('paid');
    await page.getByLabel('Section').selectOption({ label: 'Economy' });
    await page.getByRole('status').filter({ hasText: /Saved · version/ }).waitFor({ timeout: 15_000 });
    await expectNoAxeViolations(page, 'editor');

    assert.equal(await page.getByRole('button', { name: 'Publish now' }).count(), 0, 'contributors cannot publish');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByRole('heading', { name: /Status: In review/ }).waitFor();

    await page.getByRole('link', { name: 'Media' }).click();
    await page.getByRole('heading', { name: 'Media library' }).waitFor();
    await expectNoAxeViolations(page, 'media library');
    await context.close();
  });

  test('an editor approves and publishes it; an anonymous reader sees only the part before the cut', async () => {
    const { context, page } = await open();
    await signIn(page, 'desk@ledger.test', 'another long passphrase');
    await page.getByLabel('Status').selectOption('review');
    await page.getByRole('link', { name: HEADLINE }).click();
    await page.getByRole('heading', { name: /Status: In review/ }).waitFor();
    await page.getByRole('button', { name: 'Approve and publish' }).click();
    await page.getByRole('heading', { name: /Status: Published/ }).waitFor();
    articleUrl = (await page.getByRole('link', { name: 'View on the site' }).getAttribute('href')) ?? '';
    assert.ok(articleUrl.startsWith(`${base}/articles/`), articleUrl);
    await context.close();

    const reader = await open({ width: 390, height: 844 });
    await reader.page.goto(articleUrl);
    await reader.page.getByRole('heading', { name: HEADLINE }).waitFor();
    const html = await reader.page.content();
    assert.ok(html.includes(BEFORE_CUT), 'the part before the cut is public');
    assert.ok(!html.includes(AFTER_CUT), 'the part after the cut never reaches an anonymous reader');
    const image = reader.page.locator('article img').first();
    assert.match((await image.getAttribute('src')) ?? '', /^\/media\/[0-9a-z]{26}\//);
    // Body images load lazily: bring it into view, then give a loaded machine a moment to fetch it.
    await image.scrollIntoViewIfNeeded();
    const loaded = await image
      .evaluate((img: HTMLImageElement) => new Promise<boolean>((resolve) => (img.complete && img.naturalWidth > 0 ? resolve(true) : (img.addEventListener('load', () => resolve(img.naturalWidth > 0)), img.addEventListener('error', () => resolve(false)), setTimeout(() => resolve(img.naturalWidth > 0), 10_000)))))
      .catch(() => false);
    assert.ok(loaded, 'the photo loads');
    await reader.context.close();
  });

  test('when someone else saves first, the editor keeps what the person typed and says so', async () => {
    const { context, page } = await open();
    await signIn(page, 'desk@ledger.test', 'another long passphrase');
    await page.getByRole('link', { name: HEADLINE }).click();
    await page.getByRole('status').filter({ hasText: /Saved · version/ }).waitFor();
    const id = /articles\/([0-9a-z]{26})/.exec(page.url())![1]!;
    const { key } = await createApiKey({ db: services.database.db, clock: services.clock }, null, { name: 'wire desk' });
    const current = (await (await fetch(`${base}/api/admin/posts/${id}`, { headers: { authorization: `Bearer ${key}` } })).json()) as { post: { version: number } };
    const other = await fetch(`${base}/api/admin/posts/${id}`, { method: 'PATCH', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify({ version: current.post.version, dek: 'Changed by the wire desk meanwhile' }) });
    assert.equal(other.status, 200);

    const body = page.getByRole('textbox', { name: 'Article text' });
    await body.click();
    await body.press('Control+End');
    await page.keyboard.type(' A late paragraph from the night desk.');
    await page.getByRole('alert').filter({ hasText: 'Someone else saved this article' }).waitFor({ timeout: 15_000 });
    assert.ok((await body.textContent())?.includes('A late paragraph from the night desk.'), 'the typed words are still in the editor');
    await page.getByRole('button', { name: 'Show my text' }).click();
    assert.match(await page.getByLabel('Your text').inputValue(), /A late paragraph from the night desk\./);
    await page.getByRole('button', { name: 'Save mine over it' }).click();
    await page.getByRole('status').filter({ hasText: /Saved · version/ }).waitFor();
    const saved = (await (await fetch(`${base}/api/admin/posts/${id}`, { headers: { authorization: `Bearer ${key}` } })).json()) as { post: { dek: string; body: unknown } };
    assert.ok(JSON.stringify(saved.post.body).includes('A late paragraph from the night desk.'));
    await context.close();
  });

  test('the newsroom works on a phone-sized screen and never trips the CSP', async () => {
    const { context, page } = await open({ width: 390, height: 844 });
    await signIn(page, 'admin@ledger.test', 'administrator passphrase');
    await page.getByRole('link', { name: HEADLINE }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 1, `no sideways scrolling on a phone (overflow ${overflow}px)`);
    await page.getByRole('link', { name: 'Staff' }).click();
    await page.getByRole('heading', { name: 'Staff' }).waitFor();
    await expectNoAxeViolations(page, 'staff');
    await page.getByRole('link', { name: 'API keys' }).click();
    await page.getByRole('heading', { name: 'API keys' }).waitFor();
    await expectNoAxeViolations(page, 'keys');
    await context.close();
    assert.deepEqual(cspViolations, []);
    assert.deepEqual(pageErrors, []);
  });
});
