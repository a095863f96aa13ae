import assert from 'node:assert/strict';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { seedFixtureOutlet, type FixtureOutlet } from '../fixtures/fixture-outlet.js';
import { signedInReader } from '../helpers/member-session.js';
import { Outbox, signInParts } from '../helpers/outbox.js';
import { locationOf, ReaderClient } from '../helpers/reader-client.js';
import { testDialects } from '../helpers/test-databases.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

for (const dialect of testDialects()) {
  describe(`the reader's account on ${dialect}`, () => {
    let site: TestSite;
    let outlet: FixtureOutlet;
    let outbox: Outbox;
    before(async () => {
      site = await createTestSite(dialect, { METER_REGISTERED: '5' });
      outlet = await seedFixtureOutlet(site.services);
      outbox = new Outbox(site.database.dataDir);
    });
    after(async () => site.close());

    const db = () => site.services.database.db;
    const memberId = async (email: string) => (await db().selectFrom('members').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;

    it('sends a signed-out reader to sign in, and back to the account page afterwards', async () => {
      const res = await new ReaderClient(site.app).get('/account');
      assert.equal(res.statusCode, 303);
      assert.equal(locationOf(res), '/account/sign-in?next=%2Faccount');
      const ar = await new ReaderClient(site.app).get('/ar/account/data');
      assert.equal(locationOf(ar), '/ar/account/sign-in?next=%2Far%2Faccount%2Fdata');
    });

    it('changes the name, only through the form with its token', async () => {
      const reader = await signedInReader(site, outbox, 'name.change@example.com');
      await reader.get('/account');
      assert.equal((await reader.post('/account/name', { name: 'Samira Haddad', _csrf: null })).statusCode, 403);
      const saved = await reader.post('/account/name', { name: '  Samira Haddad  ' });
      assert.equal(locationOf(saved), '/account?done=name-saved');
      const page = await reader.get(locationOf(saved));
      assert.match(page.body, /role="status"[^>]*>Your name was saved\./);
      assert.match(page.body, /value="Samira Haddad"/);
    });

    it('downloads everything held about the reader as JSON', async () => {
      const reader = await signedInReader(site, outbox, 'exporter@example.com');
      await reader.get(`/articles/${outlet.slugs.analysis}`);
      const res = await reader.get('/account/data');
      assert.equal(res.statusCode, 200);
      assert.match(res.headers['content-type'] as string, /^application\/json/);
      assert.match(res.headers['content-disposition'] as string, /^attachment; filename="levant-ledger-account-2026-11-20\.json"$/);
      assert.equal(res.headers['cache-control'], 'no-store');
      const data = res.json();
      assert.equal(data.profile.email, 'exporter@example.com');
      assert.equal(data.profile.emailVerifiedAt, '2026-11-20T12:00:00.000Z');
      assert.deepEqual(data.sessions.map((s: { thisBrowser: boolean }) => s.thisBrowser), [true]);
      assert.equal(data.meterReads.length, 1);
      assert.equal(data.meterReads[0].postId, outlet.ids.analysis);
      assert.deepEqual(data.entitlements, []);
      assert.equal(data.signInEmails.length, 1);
      assert.equal(data.signInEmails[0].purpose, 'sign-up');
      assert.ok(!JSON.stringify(data).match(/token|hash|salt/i), 'no secrets, not even hashed');
    });

    it('changes the email address once the new address confirms, and tells the old one', async () => {
      const reader = await signedInReader(site, outbox, 'old.address@example.com');
      await reader.get('/account');
      assert.equal((await reader.post('/account/email', { email: 'old.address@example.com' })).statusCode, 400);
      await signedInReader(site, outbox, 'taken@example.com');
      const taken = await reader.post('/account/email', { email: 'Taken@Example.com' });
      assert.equal(taken.statusCode, 409);
      assert.match(taken.body, /That address belongs to another account/);

      const asked = await reader.post('/account/email', { email: 'New.Address@example.com' });
      assert.equal(asked.statusCode, 303);
      const mail = await outbox.take('new.address@example.com');
      assert.equal(mail.subject, 'Confirm your new email address for The Levant Ledger');
      assert.match((await reader.get('/account')).body, /Signed in as \u2068old\.address@example\.com/, 'nothing changes before the new address confirms');

      const { code } = signInParts(mail);
      const done = await reader.post('/account/code', { request: locationOf(asked).split('request=')[1]!, code });
      assert.equal(locationOf(done), '/account?done=email-changed');
      assert.match((await reader.get(locationOf(done))).body, /Your email address is now new\.address@example\.com\./);
      const notice = await outbox.take('old.address@example.com');
      assert.match(notice.text, /now new\.address@example\.com/);

      // The old address no longer reaches this account: asking with it starts a new sign-up.
      const stranger = new ReaderClient(site.app);
      await stranger.get('/account/sign-in');
      await stranger.post('/account/sign-in', { email: 'old.address@example.com', next: '' });
      assert.match((await outbox.take('old.address@example.com')).subject, /^Confirm your email/);
    });

    it('signs out every other browser on request', async () => {
      const first = await signedInReader(site, outbox, 'two.devices@example.com');
      const second = new ReaderClient(site.app);
      await second.get('/account/sign-in');
      await second.post('/account/sign-in', { email: 'two.devices@example.com', next: '' });
      await second.post('/account/confirm', { token: signInParts(await outbox.take('two.devices@example.com')).token });
      const page = await first.get('/account');
      assert.match(page.body, /You are signed in on 2 browsers or devices/);
      assert.equal(locationOf(await first.post('/account/sign-out-others', {})), '/account?done=others-signed-out');
      assert.equal((await second.get('/account')).statusCode, 303);
      assert.equal((await first.get('/account')).statusCode, 200);
    });

    it('erases the account after a confirming POST, keeping only anonymous payment records', async () => {
      const reader = await signedInReader(site, outbox, 'eraser@example.com');
      const id = await memberId('eraser@example.com');
      await reader.get(`/articles/${outlet.slugs.analysis}`);
      await db()
        .insertInto('member_entitlements')
        .values({ id: 'f'.repeat(26), member_id: id, tier_slug: 'supporter', tier_name: 'Supporter', source: 'subscription', reference: 'sub_123', starts_at: '2026-01-01T00:00:00.000Z', ends_at: '2026-02-01T00:00:00.000Z', created_at: '2026-01-01T00:00:00.000Z' })
        .execute();

      const confirm = await reader.get('/account/delete');
      assert.equal(confirm.statusCode, 200);
      assert.match(confirm.body, /Delete your account\?/);
      assert.equal((await reader.post('/account/delete', { _csrf: null })).statusCode, 403);
      assert.ok(await db().selectFrom('members').select('id').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst(), 'a refused form deletes nothing');

      const erased = await reader.post('/account/delete', {});
      assert.equal(locationOf(erased), '/account/deleted');
      assert.equal(reader.cookies.has('__Host-dateline-member'), false);
      assert.match((await reader.get('/account/deleted')).body, /Your account was deleted/);

      const row = await db().selectFrom('members').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.email, null);
      assert.equal(row.name, '');
      assert.equal(row.deleted_at, '2026-11-20T12:00:00.000Z');
      for (const table of ['member_sessions', 'meter_reads'] as const) {
        assert.equal((await db().selectFrom(table).select('member_id').where('member_id', '=', id).execute()).length, 0, table);
      }
      assert.equal((await db().selectFrom('member_login_tokens').select('id').where('email', '=', 'eraser@example.com').execute()).length, 0);
      const kept = await db().selectFrom('member_entitlements').selectAll().where('member_id', '=', id).execute();
      assert.equal(kept.length, 1, 'the payment record stays, pointing at an anonymous tombstone');

      // The address is free again: registering with it makes a new, empty account.
      const again = await signedInReader(site, outbox, 'eraser@example.com');
      assert.notEqual(await memberId('eraser@example.com'), id);
      assert.match((await again.get('/account')).body, /<strong>Free<\/strong>/);
    });

    it('serves every account page as valid HTML with one h1, in both languages', async () => {
      const validator = new HtmlValidate(new FileSystemConfigLoader());
      const pages: [string, string][] = [];
      for (const prefix of ['', '/ar']) {
        const email = `valid${prefix.replace('/', '-')}@example.com`;
        const reader = new ReaderClient(site.app);
        pages.push([`${prefix} sign-in`, (await reader.get(`${prefix}/account/sign-in`)).body]);
        pages.push([`${prefix} register`, (await reader.get(`${prefix}/account/register`)).body]);
        pages.push([`${prefix} register error`, (await reader.post(`${prefix}/account/register`, { email: 'nope', name: '', next: '' })).body]);
        const asked = await reader.post(`${prefix}/account/register`, { email, name: '', next: '' });
        pages.push([`${prefix} check email`, (await reader.get(locationOf(asked))).body]);
        const { path, token } = signInParts(await outbox.take(email));
        pages.push([`${prefix} confirm`, (await reader.get(path)).body]);
        pages.push([`${prefix} other browser`, (await new ReaderClient(site.app).get(path)).body]);
        await reader.post(`${prefix}/account/confirm`, { token });
        pages.push([`${prefix} account`, (await reader.get(`${prefix}/account`)).body]);
        pages.push([`${prefix} delete`, (await reader.get(`${prefix}/account/delete`)).body]);
        pages.push([`${prefix} deleted`, (await reader.get(`${prefix}/account/deleted`)).body]);
        pages.push([`${prefix} expired form`, (await reader.post(`${prefix}/account/name`, { name: 'x', _csrf: null })).body]);
      }
      const failures: string[] = [];
      for (const [name, body] of pages) {
        assert.equal((body.match(/<h1[ >]/g) ?? []).length, 1, name);
        const report = await validator.validateString(body, join(REPO_ROOT, 'test/e2e', 'account.html'));
        for (const result of report.results) for (const m of result.messages) failures.push(`${name} ${m.ruleId}: ${m.message}`);
      }
      assert.deepEqual(failures, []);
    });

    it('shows the account pages in Arabic, right to left', async () => {
      const reader = await signedInReader(site, outbox, 'arabic.reader@example.com', '/ar');
      const page = await reader.get('/ar/account');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /<html lang="ar" dir="rtl">/);
      assert.match(page.body, /<h1>حسابك<\/h1>/);
      assert.match(page.body, /<strong>مجانية<\/strong>/);
    });
  });
}
