import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PREVIEW_SENTENCE, SECRET_SENTENCE, seedFixtureOutlet, type FixtureOutlet } from '../fixtures/fixture-outlet.js';
import { axeViolations, chromiumMissing, launchChromium } from '../helpers/browser.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';

const missing = chromiumMissing();

if (missing) {
  it('reader journeys in Chromium', (t) => {
    t.skip(missing);
  });
}

/** What a reader sees in a real browser: the front page, articles in both directions, the paywall, keyboard use, accessibility. */
describe('a reader in Chromium', { skip: missing !== null }, () => {
  let site: TestSite;
  let outlet: FixtureOutlet;
  let browser: Browser;
  let base: string;
  const contexts: BrowserContext[] = [];

  before(async () => {
    // No free metered reads, so an anonymous reader meets the paywall on the first paid article.
    site = await createTestSite('sqlite', { METER_ANONYMOUS: '0' });
    outlet = await seedFixtureOutlet(site.services);
    base = await site.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchChromium();
  });
  after(async () => {
    for (const c of contexts) await c.close().catch(() => {});
    await browser?.close();
    await site?.close();
  });

  /** A fresh page in its own context: 1280 px wide unless told otherwise, light unless told dark. */
  async function open(path: string, options: { width?: number; scheme?: 'light' | 'dark'; javaScript?: boolean } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.scheme ?? 'light', javaScriptEnabled: options.javaScript ?? true });
    contexts.push(context);
    const page = await context.newPage();
    const response = await page.goto(base + path, { waitUntil: 'load' });
    assert.ok(response, `no response for ${path}`);
    return page;
  }

  it('shows the front page: masthead, sections, the top story with its kicker, one h1', async () => {
    const page = await open('/');
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
    assert.equal(await page.locator('h1').count(), 1);
    assert.ok(await page.locator('header.masthead .site-name', { hasText: 'The Levant Ledger' }).isVisible());
    const nav = page.getByRole('navigation', { name: 'Sections' });
    assert.ok(await nav.getByRole('link', { name: 'Politics' }).isVisible());
    assert.ok(await nav.getByRole('link', { name: 'Economy' }).isVisible());
    const lead = page.locator('.card-lead');
    assert.ok(await lead.getByRole('heading', { name: 'Beirut council approves emergency budget for water pumps' }).isVisible());
    assert.equal((await lead.locator('.kicker').innerText()).trim().toLowerCase(), 'politics');
    assert.equal(await page.locator('main').count(), 1);
    assert.equal(await page.locator('footer.site-footer').count(), 1);
    assert.doesNotMatch(await page.content(), /Draft: pump contracts awarded/);
  });

  it('lays the front page out in columns on a desktop and in one column on a phone, without sideways scrolling', async () => {
    const desktop = await open('/');
    const [top, latest] = await Promise.all([desktop.locator('.front-top').boundingBox(), desktop.locator('.front-latest').boundingBox()]);
    assert.ok(top && latest);
    assert.ok(latest.x > top.x + top.width - 1, 'the latest-news column sits beside the top stories at 1280 px');
    for (const path of ['/', `/articles/${outlet.slugs.news}`, `/articles/${outlet.slugs.arabic}`, '/ar']) {
      const phone = await open(path, { width: 360 });
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px at 360 px`);
    }
    const phone = await open('/', { width: 390 });
    const [phoneTop, phoneLatest] = await Promise.all([phone.locator('.front-top').boundingBox(), phone.locator('.front-latest').boundingBox()]);
    assert.ok(phoneTop && phoneLatest);
    assert.ok(phoneLatest.y >= phoneTop.y + phoneTop.height - 1, 'the latest-news column follows the top stories at 390 px');
  });

  it('shows an English article: kicker, headline, dek, byline, dateline, caption and credit, readable body text', async () => {
    const page = await open(`/articles/${outlet.slugs.news}`);
    const article = page.locator('main article.article');
    assert.equal(await article.locator('.kicker').innerText().then((t) => t.trim().toLowerCase()), 'politics');
    assert.ok(await page.getByRole('heading', { level: 1, name: 'Beirut council approves emergency budget for water pumps' }).isVisible());
    assert.ok(await article.locator('.dek', { hasText: 'three-week standoff' }).isVisible());
    assert.ok(await article.locator('.byline').getByRole('link', { name: 'Rana Khoury' }).isVisible());
    assert.equal(await article.locator('.dateline bdi').innerText(), 'BEIRUT');
    assert.ok(await article.locator('figcaption .credit', { hasText: 'LEDGER/Nour Haddad - LL20461' }).isVisible());
    assert.ok(await article.getByText('The municipal council voted 14 to 6').isVisible());
    const body = await article.locator('.article-body p').first().evaluate((p) => {
      const style = getComputedStyle(p);
      return { size: parseFloat(style.fontSize), leading: parseFloat(style.lineHeight) / parseFloat(style.fontSize), direction: style.direction, align: style.textAlign };
    });
    assert.ok(body.size >= 18 && body.size <= 20, `body text is ${body.size}px`);
    assert.ok(body.leading >= 1.5 && body.leading <= 1.7, `body line-height is ${body.leading}`);
    assert.equal(body.direction, 'ltr');
    assert.ok(['start', 'left'].includes(body.align), `body text-align is ${body.align}`);
    const perLine = await charactersOnFirstLine(page, '.article-body .body-open > p:first-child');
    assert.ok(perLine >= 50 && perLine <= 80, `${perLine} characters on a line of body text`);
  });

  it('renders an Arabic article right to left, one step larger, with isolated Latin text', async () => {
    const page = await open(`/articles/${outlet.slugs.arabic}`);
    assert.equal(await page.getAttribute('html', 'lang'), 'ar');
    assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
    assert.ok(await page.getByRole('heading', { level: 1, name: 'مَجْلِسُ بيروت يُقِرُّ موازنة طارئة لمضخات المياه' }).isVisible());
    assert.equal(await page.locator('.dateline bdi').innerText(), 'بيروت');
    assert.equal(await page.locator('figcaption .credit bdi').innerText(), 'LEDGER/Nour Haddad - LL20461');
    const body = await page.locator('.article-body p').first().evaluate((p) => {
      const style = getComputedStyle(p);
      return { size: parseFloat(style.fontSize), leading: parseFloat(style.lineHeight) / parseFloat(style.fontSize), direction: style.direction, align: style.textAlign };
    });
    assert.equal(body.direction, 'rtl');
    assert.ok(['start', 'right'].includes(body.align), `body text-align is ${body.align}`);
    assert.ok(body.size > 20, `Arabic body text is ${body.size}px, not a step above English`);
    assert.ok(body.leading >= 1.7 && body.leading <= 1.9, `Arabic line-height is ${body.leading}`);
    const main = await page.locator('main').boundingBox();
    assert.ok(main);
    const kickerText = await page.locator('.article-header .kicker').evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect();
    });
    assert.ok(kickerText.x > main.x + main.width / 2, 'the kicker starts on the right-hand side');
  });

  it('shows the paywall prompt on a paid article and never sends the text after the cut', async () => {
    const page = await open(`/articles/${outlet.slugs.analysis}`);
    assert.ok(await page.getByText(PREVIEW_SENTENCE).isVisible());
    const prompt = page.locator('.paywall-prompt');
    assert.ok(await prompt.getByRole('heading', { name: 'Subscribe to keep reading' }).isVisible());
    assert.ok(await prompt.getByRole('link', { name: 'See membership plans' }).isVisible());
    assert.ok(await prompt.getByRole('link', { name: 'Sign in' }).isVisible());
    const html = await page.content();
    assert.ok(!html.includes(SECRET_SENTENCE), 'the sentence after the cut reached the browser');
    assert.ok(!html.includes('forty-one'), 'part of the text after the cut reached the browser');
  });

  it('lets a keyboard user skip to the content: Tab reaches the skip link first, visibly, and it moves focus to <main>', async () => {
    const page = await open(`/articles/${outlet.slugs.news}`);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return { cls: el.className, href: el.getAttribute('href'), top: box.top, bottom: box.bottom, outline: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth) };
    });
    assert.equal(focused.cls, 'skip-link');
    assert.equal(focused.href, '#main');
    assert.ok(focused.top >= 0 && focused.bottom <= 900, 'the focused skip link is on screen');
    assert.ok(focused.outline !== 'none' && focused.outlineWidth >= 2, 'the focused skip link shows a focus outline');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'main');
    await page.keyboard.press('Tab');
    const next = await page.evaluate(() => document.activeElement?.closest('main') !== null);
    assert.ok(next, 'the next Tab stays inside the main content');
  });

  it('reserves space for every image, so nothing jumps while the page loads', async () => {
    for (const path of ['/', `/articles/${outlet.slugs.news}`, `/articles/${outlet.slugs.arabic}`, '/author/rana-khoury']) {
      const page = await open(path);
      const missingSize = await page.$$eval('img', (imgs) => imgs.filter((img) => !img.getAttribute('width') || !img.getAttribute('height')).map((img) => img.getAttribute('src')));
      assert.deepEqual(missingSize, [], `${path}: images without width and height`);
      const webp = await page.$$eval('img[srcset]', (imgs) => imgs.every((img) => /\.webp \d+w/.test(img.getAttribute('srcset') ?? '')));
      assert.ok(webp, `${path}: every srcset offers WebP`);
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 300);
          }),
      );
      assert.ok(shift < 0.01, `${path}: cumulative layout shift ${shift}`);
    }
  });

  it('reads the same with JavaScript turned off', async () => {
    const page = await open(`/articles/${outlet.slugs.news}`, { javaScript: false });
    assert.ok(await page.getByRole('heading', { level: 1, name: 'Beirut council approves emergency budget for water pumps' }).isVisible());
    assert.ok(await page.getByText('Contractors have been told to begin work within ten days.').isVisible());
    const gated = await open(`/articles/${outlet.slugs.analysis}`, { javaScript: false });
    assert.ok(await gated.getByRole('heading', { name: 'Subscribe to keep reading' }).isVisible());
    const scripts = await gated.$$eval('script:not([type="application/ld+json"])', (s) => s.length);
    assert.equal(scripts, 0, 'the reader pages load no JavaScript');
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe-core (WCAG 2.2 A and AA) with zero violations in ${scheme} mode`, async () => {
      const everyPage = ['/', '/ar', `/articles/${outlet.slugs.news}`, `/articles/${outlet.slugs.analysis}`, `/articles/${outlet.slugs.arabic}`, '/section/economy', '/author/rana-khoury', '/archive', '/search?q=water', '/membership', '/no-such-page'];
      // Contrast does not change with width, so the phone layout (target sizes, wrapping) is checked once, in light mode.
      const phonePages = scheme === 'light' ? ['/', `/articles/${outlet.slugs.news}`, `/articles/${outlet.slugs.arabic}`] : [];
      const page = await open('/', { scheme });
      const failures: string[] = [];
      for (const [width, paths] of [[1280, everyPage], [390, phonePages]] as [number, string[]][]) {
        await page.setViewportSize({ width, height: 900 });
        for (const path of paths) {
          await page.goto(base + path, { waitUntil: 'load' });
          const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
          const dark = background.match(/\d+/g)!.slice(0, 3).every((c) => Number(c) < 60);
          assert.equal(dark, scheme === 'dark', `${path} follows prefers-color-scheme: ${scheme} (background ${background})`);
          for (const v of await axeViolations(page)) failures.push(`${path} @${width}px: ${v}`);
        }
      }
      assert.deepEqual(failures, [], `axe-core violations in ${scheme} mode:\n${failures.join('\n')}`);
    });
  }
});

/** How many characters the first rendered line of an element holds: a direct measure of line length. */
async function charactersOnFirstLine(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let firstTop: number | null = null;
    let count = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        if (firstTop === null) firstTop = rect.top;
        if (rect.top > firstTop + rect.height / 2) return count;
        count++;
      }
    }
    return count;
  });
}
