import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureDefaultTiers } from '../../src/modules/billing/index.js';
import { createPost } from '../../src/modules/content/index.js';
import { SECRET_SENTENCE, seedFixtureOutlet, type FixtureOutlet } from '../fixtures/fixture-outlet.js';
import { deliver } from '../helpers/billing-helpers.js';
import { chromiumMissing, launchChromium } from '../helpers/browser.js';
import { startFakeStripe, type FakeStripe } from '../helpers/fake-stripe.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';
import { freePort } from '../helpers/dateline-process.js';

const missing = chromiumMissing();
if (missing) {
  it('the membership journey in Chromium', (t) => {
    t.skip(missing);
  });
}

const READER = 'maya@example.org';
const FIRST_PAID = 'Port workers vote to strike over unpaid overtime';
const FIRST_PAID_SECRET = 'The union kept a second ballot in reserve.';
const SECOND_PAID = 'Inside the bakery cooperative that outlasted the crisis';
const SECOND_PAID_SECRET = 'The cooperative never once borrowed from a bank.';
const MEMO_SECRET = 'Volumes are capped for two years.';

/** A free local port, so PUBLIC_URL can name the address the site listens on (cookies and the CSRF Origin check depend on it). */

/** Waits for the SMTP sink to hold `count` messages; sending may finish just after the page answers. */
async function waitForMail(sink: SmtpSink, count: number): Promise<void> {
  for (let i = 0; i < 100 && sink.messages.length < count; i++) await new Promise((r) => setTimeout(r, 50));
  assert.ok(sink.messages.length >= count, `expected ${count} emails, the SMTP server received ${sink.messages.length}`);
}

/**
 * The journey the members issue asks for, in a real browser: read until the meter stops you,
 * register through the emailed link (from a real SMTP server), read on, subscribe through the
 * fake Stripe, read a paid article, cancel.
 */
describe('a reader becomes a member, in Chromium', { skip: missing !== null }, () => {
  let sink: SmtpSink;
  let fake: FakeStripe;
  let site: TestSite;
  let outlet: FixtureOutlet;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  const slugs: Record<string, string> = {};

  before(async () => {
    sink = await startSmtpSink();
    fake = await startFakeStripe();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    // One free article for anonymous readers and one more for registered ones keeps the journey short.
    site = await createTestSite('sqlite', { ...fake.env, SMTP_URL: sink.url, PUBLIC_URL: base, METER_ANONYMOUS: '1', METER_REGISTERED: '1' });
    outlet = await seedFixtureOutlet(site.services);
    await ensureDefaultTiers({ db: site.services.database.db, clock: site.clock });
    const deps = { db: site.services.database.db, clock: site.clock, events: site.services.events };
    for (const [key, title, secret] of [
      ['first', FIRST_PAID, FIRST_PAID_SECRET],
      ['second', SECOND_PAID, SECOND_PAID_SECRET],
    ] as const) {
      const post = await createPost(deps, {
        title,
        type: 'news',
        status: 'published',
        access: 'paid',
        publishedAt: new Date(site.clock.now().getTime() - 3_600_000).toISOString(),
        body: { format: 'markdown', content: `The opening paragraph anyone may read.\n\n<!-- paywall -->\n\n${secret}` },
      });
      slugs[key] = post.slug;
    }
    await site.app.listen({ port, host: '127.0.0.1' });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // The fake Stripe names a made-up Checkout host; real Stripe sends the browser to checkout.stripe.com,
    // which the site's CSP (form-action) must let the Checkout form's redirect reach. So the redirect is
    // pointed there, as Stripe would, and the browser gets a stand-in Checkout page at that address.
    await context.route(`${base}/membership/checkout`, async (route) => {
      const response = await route.fetch({ maxRedirects: 0 });
      const location = (response.headers().location ?? '').replace('https://checkout.stripe.test/', 'https://checkout.stripe.com/');
      await route.fulfill({ response, headers: { ...response.headers(), location } });
    });
    await context.route('https://checkout.stripe.com/**', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Checkout</title><h1>Pay The Levant Ledger</h1>' }));
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  });
  after(async () => {
    await context?.close().catch(() => {});
    await browser?.close();
    // The site's mailers keep pooled SMTP connections open; closed first, the sink shuts at once rather than after its 30 s timeout.
    await site?.services.mailer.close();
    await site?.services.newsletters.mailer.close();
    await site?.close();
    await fake?.close();
    await sink?.close();
  });

  const article = async (slug: string) => {
    await page.goto(`${base}/articles/${slug}`, { waitUntil: 'load' });
  };
  const banner = () => page.locator('aside.meter-banner');
  const wall = () => page.locator('.paywall-prompt');
  const visible = async (text: string) => page.getByText(text, { exact: false }).first().isVisible();
  /** Asserts the reader sees `text`; on failure, says what the page showed instead. */
  const sees = async (text: string, why = `the page shows "${text}"`) => {
    if (!(await visible(text))) assert.fail(`${why}; ${page.url()} shows:\n${(await page.locator('body').innerText()).slice(0, 1500)}`);
  };

  it('reads one paid article free, then meets the registration wall on a registered-only memo', async () => {
    await article(slugs.first!);
    await sees(FIRST_PAID_SECRET, 'the first paid article is open in full');
    assert.match(await banner().innerText(), /This is your last free article this month/);
    assert.ok(await banner().getByRole('link', { name: 'Register for free to read 1 more' }).isVisible());

    await article(outlet.slugs.memo!);
    await sees('The swap is small but sets a precedent.', 'the preview shows');
    assert.equal(await visible(MEMO_SECRET), false);
    assert.ok(!(await page.content()).includes(MEMO_SECRET), 'the text after the cut never reached the browser');
    assert.match(await banner().innerText(), /You have read your free article this month/);
    assert.ok(await wall().getByRole('heading', { name: 'Register for free to keep reading' }).isVisible());
  });

  it('registers through the link emailed by SMTP, and comes back to the memo in full', async () => {
    await wall().getByRole('link', { name: 'Register for free', exact: true }).click();
    await page.waitForURL(/\/account\/register/);
    await page.getByLabel('Email address').fill(READER);
    await page.getByRole('button', { name: 'Email me a link to confirm' }).click();
    assert.ok(await page.getByRole('heading', { name: 'Check your email' }).isVisible());

    await waitForMail(sink, 1);
    const mail = sink.messages.at(-1)!;
    assert.deepEqual(sink.recipients.at(-1), [READER]);
    const link = (mail.text ?? '').match(/https?:\/\/\S+/g)?.find((url) => url.startsWith(base));
    assert.ok(link, `no link to the site in the email:\n${mail.text}`);
    await page.goto(link, { waitUntil: 'load' });
    assert.ok(await page.getByRole('heading', { name: 'Create your account' }).isVisible());
    await sees(READER, 'the confirm page names the address being registered');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await page.waitForLoadState('load');
    assert.equal(new URL(page.url()).pathname, `/articles/${outlet.slugs.memo}`, 'registering returns the reader to the article');
    await sees(MEMO_SECRET, 'registered readers read the memo in full');
    assert.equal(await wall().count(), 0);
  });

  it('reads one more paid article on the registered meter, then meets the subscription wall', async () => {
    await article(slugs.second!);
    await sees(SECOND_PAID_SECRET);
    assert.match(await banner().innerText(), /This is your last free article this month/);
    assert.ok(await banner().getByRole('link', { name: 'Become a member to read without limits' }).isVisible());

    await article(outlet.slugs.analysis!);
    assert.ok(await wall().getByRole('heading', { name: 'Subscribe to keep reading' }).isVisible());
    assert.match(await banner().innerText(), /You have read your free article this month/);
    assert.ok(!(await page.content()).includes(SECRET_SENTENCE), 'the text after the cut never reached the browser');
  });

  it('subscribes through Checkout and reads the paid analysis in full', async () => {
    await wall().getByRole('link', { name: 'See membership plans' }).click();
    await page.waitForURL(/\/membership/);
    await page.getByRole('button', { name: /Pay monthly/ }).first().click();
    await page.waitForURL(/^https:\/\/checkout\.stripe\.com\/c\/pay\/cs_test_\w+$/);
    assert.ok(await page.getByRole('heading', { name: 'Pay The Levant Ledger' }).isVisible());

    // The reader pays; Stripe sends its signed events and then returns the browser to the site.
    const sessionId = /cs_test_\w+$/.exec(page.url())![0];
    const { session, events } = fake.completeCheckout(sessionId, site.clock.now());
    for (const event of events) assert.equal((await deliver(site, fake, event)).statusCode, 200);
    await page.goto(String(session.success_url).replace('{CHECKOUT_SESSION_ID}', sessionId), { waitUntil: 'load' });
    await sees('Your membership is active: every article is open to you.');

    await article(outlet.slugs.analysis!);
    await sees(SECRET_SENTENCE, 'a member reads the paid analysis in full');
    assert.equal(await wall().count(), 0);
    assert.equal(await banner().count(), 0, 'members are not metered');
  });

  it('cancels in one click and is told the membership ends at the period end', async () => {
    await page.goto(`${base}/membership`, { waitUntil: 'load' });
    await sees('Paid membership');
    const renews = /Renews on (.+)/.exec(await page.locator('main').innerText());
    assert.ok(renews, 'the membership page shows the renewal date');
    const periodEnd = renews[1]!.trim();

    await page.getByRole('link', { name: 'Cancel membership' }).click();
    await page.waitForURL(/\/membership\/cancel/);
    await sees(`your membership ends on ${periodEnd}`);
    await page.getByRole('button', { name: 'Cancel my membership' }).click();
    await page.waitForURL(/\/membership\?done=cancelled/);
    await sees(`Your membership is cancelled. You can keep reading until ${periodEnd}.`);
    await sees(`Ends on ${periodEnd}`);

    await article(outlet.slugs.analysis!);
    await sees(SECRET_SENTENCE, 'a cancelled member reads until the period ends');
  });
});
