import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

/** Where browser tests look for Chromium: CHROME_PATH, else Debian's package. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags for a quiet, sandbox-free headless Chromium that never talks to the network on its own. */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Why browser tests cannot run on this machine, or null when they can. Test files skip with this
 * reason (`t.skip(reason)`) so the run says plainly what was skipped and how to fix it; it is
 * printed too, so it is not lost in a long test report.
 */
export function chromiumMissing(): string | null {
  if (existsSync(CHROME_PATH)) return null;
  const reason = `Chromium not found at ${CHROME_PATH}; install it with apt-get install -y chromium (or set CHROME_PATH)`;
  console.log(`Browser tests skipped: ${reason}`);
  return reason;
}

/** Launches headless Chromium with the flags above. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS });
}

/** The WCAG 2.0-2.2 A and AA rules the reader's site promises to meet. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core on the page and returns its violations as readable lines (rule, impact, the
 * first few offending elements), so a failing assertion says what to fix.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => {
    const where = v.nodes
      .slice(0, 3)
      .map((n) => `${n.target.join(' ')}${n.failureSummary ? ` (${n.failureSummary.replace(/\s+/g, ' ').trim()})` : ''}`)
      .join('; ');
    return `${v.id} [${v.impact ?? 'n/a'}]: ${v.help} -> ${where}`;
  });
}

/** What the browser reported while a test ran: CSP refusals from the console and uncaught page errors. Both should stay empty. */
export interface PageProblems {
  csp: string[];
  errors: string[];
}

/** A new browser context signed in to the newsroom at `base` with a password, on the Articles screen; problems are collected into `problems`. */
export async function signInToNewsroom(browser: Browser, base: string, account: { email: string; password: string }, problems: PageProblems, options: { viewport?: { width: number; height: number }; acceptDownloads?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, acceptDownloads: options.acceptDownloads ?? false });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to (apply|load|execute|frame|display)/i.test(m.text())) problems.csp.push(m.text());
  });
  page.on('pageerror', (e) => problems.errors.push(e.message));
  await page.goto(`${base}/newsroom`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Articles' }).waitFor();
  return page;
}
