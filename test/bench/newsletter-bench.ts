/**
 * npm run bench:newsletter — sends one newsletter to N synthetic subscribers (default 100,000)
 * through a local SMTP server in another process, and prints messages per second, the time to
 * render both versions, and the sender's memory as the send progresses. Measures; never fails on
 * a timing.
 */
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/kernel/config.js';
import { newId } from '../../src/kernel/ids.js';
import { silentLogger } from '../../src/kernel/logger.js';
import { buildServices } from '../../src/main.js';
import { createAuthor, createPost, createSection, getPost } from '../../src/modules/content/index.js';
import { createNewsletter, createSend, renderNewsletterEmail, sendReport } from '../../src/modules/newsletters/index.js';

const count = Number(process.argv.find((a) => a.startsWith('--subscribers='))?.split('=')[1] ?? 100_000);
const paidShare = 0.1;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const sink = fork(join(import.meta.dirname, 'count-sink.ts'), { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
const port = await new Promise<number>((resolve) => sink.stdout!.on('data', (chunk: Buffer) => { const m = /PORT (\d+)/.exec(chunk.toString()); if (m) resolve(Number(m[1])); }));
const received = () => new Promise<number>((resolve) => { sink.once('message', (m: { received: number }) => resolve(m.received)); sink.send('count'); });

const dataDir = mkdtempSync(join(tmpdir(), 'dateline-nl-bench-'));
const config = loadConfig({ DATA_DIR: dataDir, SMTP_URL: `smtp://127.0.0.1:${port}`, PUBLIC_URL: 'https://ledger.example', LOG_LEVEL: 'silent', SMTP_CONNECTIONS: process.env.SMTP_CONNECTIONS ?? '8' });
const services = await buildServices(config, { log: silentLogger() });
const db = services.database.db;
const deps = { db, clock: services.clock, events: services.events };

console.log(`Seeding ${count.toLocaleString('en')} subscribers (${paidShare * 100}% paid members) on SQLite...`);
const section = await createSection(deps, { name: 'Economy', slug: 'economy' });
const author = await createAuthor(deps, { name: 'Rana Khoury', slug: 'rana-khoury' });
const paragraphs = Array.from({ length: 14 }, (_, i) => `Paragraph ${i + 1}: the council’s budget vote ends a three-week standoff over who pays for repairs to eleven pumping stations in the eastern districts, where residents have queued for water since the summer.`);
paragraphs.splice(3, 0, '<!-- paywall -->');
const post = await createPost(deps, { title: 'Why the unpaid contractors matter more than the budget vote', type: 'analysis', status: 'published', access: 'paid', dek: 'The vote fixes pumps; it does not fix the arrears.', sectionId: section, authorIds: [author], body: { format: 'markdown', content: paragraphs.join('\n\n') } });
const newsletter = await createNewsletter({ db, clock: services.clock, defaultSender: { name: 'The Levant Ledger', email: 'briefing@ledger.example' } }, { name: 'The Daily Briefing', slug: 'daily-briefing' });
const now = new Date().toISOString();
for (let start = 0; start < count; start += 1000) {
  const n = Math.min(1000, count - start);
  const subscribers = Array.from({ length: n }, (_, i) => ({ id: newId(), email: `reader${start + i}@example.org`, member_id: null, language: 'en', created_at: now, confirmed_at: now }));
  await db.insertInto('subscribers').values(subscribers).execute();
  await db.insertInto('newsletter_subscriptions').values(subscribers.map((s) => ({ newsletter_id: newsletter.id, subscriber_id: s.id, status: 'subscribed', source: 'import', created_at: now, updated_at: now }))).execute();
  const paid = subscribers.filter((_, i) => (start + i) % Math.round(1 / paidShare) === 0);
  if (paid.length) {
    const members = paid.map((s) => ({ id: newId(), email: s.email, name: '', language: 'en', created_at: now, updated_at: now, email_verified_at: now, deleted_at: null }));
    await db.insertInto('members').values(members).execute();
    await db.insertInto('member_entitlements').values(members.map((m) => ({ id: newId(), member_id: m.id, tier_slug: 'member', tier_name: 'Member', source: 'comp', reference: null, starts_at: now, ends_at: null, created_at: now }))).execute();
  }
}

const full = (await getPost(db, post.id))!;
const t = performance.now();
const free = await renderNewsletterEmail({ siteName: 'The Levant Ledger', publicUrl: config.publicUrl, newsletterName: newsletter.name, language: 'en', subject: full.title, intro: '', posts: [full], variant: 'free' });
const paid = await renderNewsletterEmail({ siteName: 'The Levant Ledger', publicUrl: config.publicUrl, newsletterName: newsletter.name, language: 'en', subject: full.title, intro: '', posts: [full], variant: 'paid' });
const renderMs = performance.now() - t;

let peak = process.memoryUsage().rss;
const samples: string[] = [];
const sampler = setInterval(async () => {
  const rss = process.memoryUsage().rss;
  peak = Math.max(peak, rss);
}, 100);
const send = await createSend(services.newsletters, { newsletterId: newsletter.id, postIds: [post.id] });
const started = performance.now();
let next = count / 4;
const progress = setInterval(async () => {
  const done = await received();
  if (done >= next) {
    samples.push(`${done.toLocaleString('en')} sent: RSS ${mb(process.memoryUsage().rss)}`);
    next += count / 4;
  }
}, 500);
await services.jobs.drain();
const seconds = (performance.now() - started) / 1000;
clearInterval(progress);
clearInterval(sampler);
const report = await sendReport(services.newsletters, send.id);
const got = await received();

console.log('');
console.log(`Newsletter send to ${count.toLocaleString('en')} subscribers (SQLite, ${config.smtpConnections} SMTP connections, local smtp-server in another process)`);
console.log(`  render both versions:   ${renderMs.toFixed(0)} ms (free ${(Buffer.byteLength(free.html) / 1024).toFixed(1)} KB, paid ${(Buffer.byteLength(paid.html) / 1024).toFixed(1)} KB HTML)`);
console.log(`  delivered:              ${report.delivered.toLocaleString('en')} (failed ${report.failed}); the server received ${got.toLocaleString('en')}`);
console.log(`  time:                   ${seconds.toFixed(1)} s`);
console.log(`  messages per second:    ${(report.delivered / seconds).toFixed(0)}`);
console.log(`  peak RSS of the sender: ${mb(peak)}`);
for (const line of samples) console.log(`    ${line}`);

sink.kill();
await services.newsletters.mailer.close();
await services.mailer.close();
await services.database.close();
rmSync(dataDir, { recursive: true, force: true });
process.exit(0);
