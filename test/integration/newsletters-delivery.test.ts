import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { newId } from '../../src/kernel/ids.js';
import {
  cancelSend,
  confirmSubscription,
  createNewsletter,
  createSend,
  requestSubscription,
  sendReport,
  subscribeDirectly,
  suppress,
  unsubscribe,
  verifyUnsubscribeToken,
  type Newsletter,
} from '../../src/modules/newsletters/index.js';
import { PREVIEW_SENTENCE, SECRET_SENTENCE, seedFixtureOutlet, type FixtureOutlet } from '../fixtures/fixture-outlet.js';
import { testDialects } from '../helpers/test-databases.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';

async function addPaidMember(site: TestSite, email: string): Promise<void> {
  const db = site.services.database.db;
  const now = site.clock.now().toISOString();
  const id = newId();
  await db.insertInto('members').values({ id, email, name: 'Paid Reader', language: 'en', created_at: now, updated_at: now, email_verified_at: now, deleted_at: null }).execute();
  await db.insertInto('member_entitlements').values({ id: newId(), member_id: id, tier_slug: 'member', tier_name: 'Member', source: 'comp', reference: null, starts_at: now, ends_at: null, created_at: now }).execute();
}

for (const dialect of testDialects()) {
  describe(`newsletter delivery on ${dialect}`, () => {
    let site: TestSite;
    let sink: SmtpSink;
    let outlet: FixtureOutlet;
    let daily: Newsletter;
    const deps = () => site.services.newsletters;
    const drain = () => site.services.jobs.drain();
    const to = (address: string) => sink.messages.filter((m) => (m.to && !Array.isArray(m.to) ? m.to.value[0]?.address : undefined) === address);

    before(async () => {
      sink = await startSmtpSink();
      site = await createTestSite(dialect, { SMTP_URL: sink.url });
      outlet = await seedFixtureOutlet(site.services);
      daily = await createNewsletter({ db: site.services.database.db, clock: site.clock, defaultSender: { name: 'The Levant Ledger', email: 'briefing@ledger.test' } }, { name: 'Daily Briefing', slug: 'daily-briefing', description: 'The day’s stories at six.' });
      await subscribeDirectly(deps(), { email: 'free.reader@example.org', newsletterIds: [daily.id], source: 'admin' });
      await subscribeDirectly(deps(), { email: 'paid.reader@example.org', newsletterIds: [daily.id], source: 'admin' });
      await subscribeDirectly(deps(), { email: 'bounced@example.org', newsletterIds: [daily.id], source: 'admin' });
      await suppress(deps(), 'bounced@example.org', 'hard-bounce', 'test');
      await addPaidMember(site, 'paid.reader@example.org');
    });
    after(async () => {
      await site.close();
      await sink.close();
    });

    it('delivers once to each confirmed, unsuppressed subscriber, with the paywall cut for free readers', async () => {
      const send = await createSend(deps(), { newsletterId: daily.id, postIds: [outlet.ids.analysis!] });
      await drain();
      const report = await sendReport(deps(), send.id);
      assert.equal(report.status, 'sent');
      assert.equal(report.recipients, 2);
      assert.equal(report.delivered, 2);
      assert.equal(to('bounced@example.org').length, 0);
      const [free] = to('free.reader@example.org');
      const [paid] = to('paid.reader@example.org');
      assert.ok(free && paid);
      assert.ok(free.html && free.html.includes(PREVIEW_SENTENCE));
      assert.ok(!String(free.html).includes(SECRET_SENTENCE) && !String(free.text).includes(SECRET_SENTENCE), 'free readers never get the text after the cut');
      assert.match(String(free.html), /Become a member to read the rest/);
      assert.ok(String(paid.html).includes(SECRET_SENTENCE) && String(paid.text).includes(SECRET_SENTENCE));
      assert.ok(Buffer.byteLength(String(free.html)) < 100_000);
    });

    it('carries RFC 8058 one-click unsubscribe headers with an opaque signed HTTPS token', async () => {
      const [message] = to('free.reader@example.org');
      const raw = (name: string) => message!.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '') ?? '';
      const header = raw('list-unsubscribe');
      const match = /^<(https:\/\/ledger\.test\/newsletters\/unsubscribe\/([A-Za-z0-9_-]+))>$/.exec(header);
      assert.ok(match, header);
      assert.equal(raw('list-unsubscribe-post'), 'List-Unsubscribe=One-Click');
      assert.ok(!match[2]!.includes('example.org'));
      assert.ok(verifyUnsubscribeToken(deps().signingKey, match[2]!));
      assert.ok(String(message!.html).includes(match[1]!) && String(message!.text).includes(match[1]!));
    });

    it('renders Arabic sends right to left', async () => {
      const arabic = await createNewsletter({ db: site.services.database.db, clock: site.clock, defaultSender: { name: 'دفتر المشرق', email: 'ar@ledger.test' } }, { name: 'النشرة اليومية', slug: 'daily-ar', language: 'ar' });
      await subscribeDirectly(deps(), { email: 'arabic.reader@example.org', newsletterIds: [arabic.id], source: 'admin', language: 'ar' });
      await createSend(deps(), { newsletterId: arabic.id, postIds: [outlet.ids.arabic!] });
      await drain();
      const [message] = to('arabic.reader@example.org');
      assert.ok(message);
      assert.match(String(message.html), /dir="rtl"/);
      assert.match(String(message.html), /lang="ar"/);
      assert.match(String(message.text), /إلغاء الاشتراك/);
    });

    it('retries a transient SMTP failure and records a permanent one, suppressing hard bounces', async () => {
      await subscribeDirectly(deps(), { email: 'later@example.org', newsletterIds: [daily.id], source: 'admin' });
      const before = sink.messages.length;
      sink.failNext(1, 451);
      const send = await createSend(deps(), { newsletterId: daily.id, postIds: [outlet.ids.news!] });
      await drain();
      let report = await sendReport(deps(), send.id);
      assert.equal(report.status, 'sending');
      assert.equal(report.pending, 1, 'the failed recipient waits for a retry');
      site.clock.advance(61_000);
      await drain();
      report = await sendReport(deps(), send.id);
      assert.equal(report.status, 'sent');
      assert.equal(report.delivered, 3);
      assert.equal(sink.messages.length - before, 3, 'nobody got it twice');

      sink.failNext(1, 550);
      const second = await createSend(deps(), { newsletterId: daily.id, postIds: [outlet.ids.report!] });
      await drain();
      const bounced = await sendReport(deps(), second.id);
      assert.equal(bounced.failed, 1);
      assert.equal(bounced.delivered, 2);
      const suppressed = await site.services.database.db.selectFrom('suppressions').select('email').where('reason', '=', 'hard-bounce').execute();
      assert.equal(suppressed.length, 2, 'the hard-bounced address is suppressed for good');
    });

    it('confirms form subscriptions by double opt-in, once', async () => {
      await requestSubscription(deps(), { email: 'New.Reader@Example.org', newsletterIds: [daily.id] });
      const mail = to('new.reader@example.org').at(-1);
      assert.ok(mail, 'a confirmation email was sent');
      const token = /newsletters\/confirm\?token=([A-Za-z0-9_-]+)/.exec(String(mail.text))?.[1];
      assert.ok(token);
      const pending = await createSend(deps(), { newsletterId: daily.id, postIds: [outlet.ids.news!] });
      await drain();
      assert.equal((await sendReport(deps(), pending.id)).recipients, 2, 'unconfirmed addresses receive nothing');
      await confirmSubscription(deps(), token);
      await assert.rejects(confirmSubscription(deps(), token), /already used|expired/);
      const confirmed = await createSend(deps(), { newsletterId: daily.id, postIds: [outlet.ids.news!] });
      await drain();
      assert.equal((await sendReport(deps(), confirmed.id)).recipients, 3);
    });

    it('leaves out people who unsubscribed and reports them', async () => {
      // A subscriber of its own: which earlier recipient drew the simulated bounce above is up to delivery order.
      await subscribeDirectly(deps(), { email: 'leaving@example.org', newsletterIds: [daily.id], source: 'admin' });
      const send = await createSend(deps(), { newsletterId: daily.id, postIds: [outlet.ids.memo!] });
      await drain();
      const subscriber = await site.services.database.db.selectFrom('subscribers').select('id').where('email', '=', 'leaving@example.org').executeTakeFirstOrThrow();
      site.clock.advance(1000);
      await unsubscribe(deps(), subscriber.id, daily.id);
      assert.equal((await sendReport(deps(), send.id)).unsubscribedSince, 1);
      const next = await createSend(deps(), { newsletterId: daily.id, postIds: [outlet.ids.memo!] });
      await drain();
      const recipients = await site.services.database.db.selectFrom('send_recipients').select('email').where('send_id', '=', next.id).execute();
      assert.ok(!recipients.some((r) => r.email === 'leaving@example.org'));
    });

    it('cancels a scheduled send before it starts, and not after', async () => {
      const later = new Date(site.clock.now().getTime() + 3_600_000).toISOString();
      const send = await createSend(deps(), { newsletterId: daily.id, postIds: [outlet.ids.news!], scheduledAt: later });
      assert.equal(send.status, 'scheduled');
      const cancelled = await cancelSend(deps(), send.id);
      assert.equal(cancelled.status, 'cancelled');
      site.clock.advance(3_700_000);
      await drain();
      assert.equal((await sendReport(deps(), send.id)).recipients, 0);
      const sent = await createSend(deps(), { newsletterId: daily.id, postIds: [outlet.ids.news!] });
      await drain();
      await assert.rejects(cancelSend(deps(), sent.id), /can no longer be cancelled/);
    });
  });
}
