import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createNewsletter, createSend, sendReport, type Newsletter } from '../../src/modules/newsletters/index.js';
import { emailEventsToken } from '../../src/web/newsletters/newsletter-routes.js';
import { seedFixtureOutlet, type FixtureOutlet } from '../fixtures/fixture-outlet.js';
import { testDialects } from '../helpers/test-databases.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';

const cookiesOf = (res: { headers: Record<string, unknown> }): string => {
  const set = res.headers['set-cookie'];
  return (Array.isArray(set) ? set : set ? [String(set)] : []).map((c) => c.split(';')[0]).join('; ');
};

for (const dialect of testDialects()) {
  describe(`newsletter pages on ${dialect}`, () => {
    let site: TestSite;
    let sink: SmtpSink;
    let outlet: FixtureOutlet;
    let daily: Newsletter;
    const status = async (email: string) =>
      (await site.services.database.db
        .selectFrom('newsletter_subscriptions')
        .innerJoin('subscribers', 'subscribers.id', 'newsletter_subscriptions.subscriber_id')
        .select('newsletter_subscriptions.status')
        .where('subscribers.email', '=', email)
        .where('newsletter_id', '=', daily.id)
        .executeTakeFirst())?.status;

    before(async () => {
      sink = await startSmtpSink();
      site = await createTestSite(dialect, { SMTP_URL: sink.url });
      outlet = await seedFixtureOutlet(site.services);
      daily = await createNewsletter({ db: site.services.database.db, clock: site.clock, defaultSender: { name: 'The Levant Ledger', email: 'briefing@ledger.test' } }, { name: 'Daily Briefing', slug: 'daily-briefing', description: 'The day’s stories at six.' });
    });
    after(async () => {
      await site.close();
      await sink.close();
    });

    it('signs a reader up by double opt-in; the emailed link shows a button and only the POST confirms', async () => {
      const form = await site.app.inject('/newsletters');
      assert.equal(form.statusCode, 200);
      assert.match(form.body, /Daily Briefing/);
      const csrf = /name="_csrf" value="([^"]+)"/.exec(form.body)![1]!;
      const cookie = cookiesOf(form);
      const refused = await site.app.inject({ method: 'POST', url: '/newsletters', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://ledger.test' }, payload: `email=reader%40example.org&newsletter=${daily.id}` });
      assert.equal(refused.statusCode, 403, 'a form without the CSRF token is refused');
      const bad = await site.app.inject({ method: 'POST', url: '/newsletters', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', origin: 'https://ledger.test' }, payload: `_csrf=${encodeURIComponent(csrf)}&email=nope&newsletter=${daily.id}` });
      assert.equal(bad.statusCode, 400);
      assert.match(bad.body, /Enter a valid email address/);
      const res = await site.app.inject({ method: 'POST', url: '/newsletters', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', origin: 'https://ledger.test' }, payload: `_csrf=${encodeURIComponent(csrf)}&email=reader%40example.org&newsletter=${daily.id}` });
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /Check your inbox/);
      assert.equal(await status('reader@example.org'), 'pending');
      const link = /https:\/\/ledger\.test(\/newsletters\/confirm\?token=[A-Za-z0-9_-]+)/.exec(String(sink.messages.at(-1)!.text))![1]!;
      const view = await site.app.inject(link);
      assert.equal(view.statusCode, 200);
      assert.match(view.body, /<form method="post"/);
      assert.equal(await status('reader@example.org'), 'pending', 'opening the link (a scanner) changes nothing');
      const confirmed = await site.app.inject({ method: 'POST', url: link });
      assert.equal(confirmed.statusCode, 200);
      assert.equal(await status('reader@example.org'), 'subscribed');
      assert.equal((await site.app.inject({ method: 'POST', url: link })).statusCode, 400, 'a used link is refused');
    });

    it('unsubscribes by one-click POST without cookies or a redirect; a GET only asks', async () => {
      await createSend(site.services.newsletters, { newsletterId: daily.id, postIds: [outlet.ids.news!] });
      await site.services.jobs.drain();
      const message = sink.messages.at(-1)!;
      const url = /<https:\/\/ledger\.test([^>]+)>/.exec(message.headerLines.find((h) => h.key === 'list-unsubscribe')!.line)![1]!;
      assert.doesNotMatch(String(message.html), /newsletters\/o\//, 'no tracking pixel unless a send turns tracking on');
      const asked = await site.app.inject(url);
      assert.equal(asked.statusCode, 200);
      assert.equal(await status('reader@example.org'), 'subscribed');
      const done = await site.app.inject({ method: 'POST', url, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'List-Unsubscribe=One-Click' });
      assert.equal(done.statusCode, 200);
      assert.equal(done.headers.location, undefined);
      assert.equal(await status('reader@example.org'), 'unsubscribed');
      assert.equal((await site.app.inject({ method: 'POST', url: '/newsletters/unsubscribe/forged-token-123' })).statusCode, 400);
    });

    it('takes bounces and complaints from the provider webhook and sends those addresses nothing more', async () => {
      const { subscribeDirectly } = await import('../../src/modules/newsletters/index.js');
      await subscribeDirectly(site.services.newsletters, { email: 'bouncy@example.org', newsletterIds: [daily.id], source: 'admin' });
      const token = emailEventsToken(site.services.newsletters.signingKey);
      const ses = { Type: 'Notification', Message: JSON.stringify({ notificationType: 'Bounce', bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: 'bouncy@example.org' }] } }) };
      assert.equal((await site.app.inject({ method: 'POST', url: '/webhooks/email-events/wrong-token-wrong-token-wrong-tok', payload: ses })).statusCode, 404);
      const res = await site.app.inject({ method: 'POST', url: `/webhooks/email-events/${token}`, payload: ses });
      assert.deepEqual(res.json(), { received: 1 });
      const before = sink.messages.length;
      const send = await createSend(site.services.newsletters, { newsletterId: daily.id, postIds: [outlet.ids.report!] });
      await site.services.jobs.drain();
      assert.equal((await sendReport(site.services.newsletters, send.id)).recipients, 0);
      assert.equal(sink.messages.length, before);
    });

    it('records opens only when a send turns tracking on', async () => {
      const { subscribeDirectly } = await import('../../src/modules/newsletters/index.js');
      await subscribeDirectly(site.services.newsletters, { email: 'tracked@example.org', newsletterIds: [daily.id], source: 'admin' });
      const send = await createSend(site.services.newsletters, { newsletterId: daily.id, postIds: [outlet.ids.news!], trackOpens: true });
      await site.services.jobs.drain();
      const pixel = /https:\/\/ledger\.test(\/newsletters\/o\/[^"]+\.gif)/.exec(String(sink.messages.at(-1)!.html))![1]!;
      const res = await site.app.inject(pixel);
      assert.equal(res.headers['content-type'], 'image/gif');
      assert.equal((await sendReport(site.services.newsletters, send.id)).opens, 1);
    });

    it('offers the Arabic sign-up page right to left', async () => {
      const res = await site.app.inject('/ar/newsletters');
      assert.equal(res.statusCode, 200);
      assert.match(res.body, /<html lang="ar" dir="rtl">/);
      assert.match(res.body, /النشرات البريدية/);
    });
  });
}
