import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createStaff } from '../../src/modules/newsroom/index.js';
import { testDialects } from '../helpers/test-databases.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';
import { Outbox } from '../helpers/outbox.js';
import { adminClient, cookieFrom, keyHeaders, signInAs, STAFF_PASSWORD, type SignedIn } from '../helpers/newsroom-staff.js';

const DAY = 24 * 3_600_000;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

for (const dialect of testDialects()) {
  describe(`Admin API authentication on ${dialect}`, () => {
    let site: TestSite;
    let admin: SignedIn;
    let outbox: Outbox;

    before(async () => {
      site = await createTestSite(dialect);
      outbox = new Outbox(site.database.dataDir);
      admin = await signInAs(site, 'admin', 'Maya Admin');
    });
    after(async () => site.close());

    const signIn = (email: string, password: string, headers: Record<string, string> = {}) => site.app.inject({ method: 'POST', url: '/api/admin/session', headers, payload: { email, password } });

    it('refuses requests without credentials, with a bad key, or a revoked key', async () => {
      const none = await site.app.inject('/api/admin/posts');
      assert.equal(none.statusCode, 401);
      assert.equal(none.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(none.json().code, 'UNAUTHENTICATED');
      for (const authorization of ['Bearer dl_nope', `Bearer dl_${'A'.repeat(43)}`, 'Basic Zm9vOmJhcg==']) {
        const res = await site.app.inject({ url: '/api/admin/posts', headers: { authorization } });
        assert.equal(res.statusCode, 401, authorization);
        assert.equal(res.json().code, 'INVALID_API_KEY');
      }
      const api = adminClient(site, admin.headers);
      const created = await api('POST', '/keys', { name: 'Wire importer' });
      assert.equal(created.statusCode, 201, created.body);
      const { key } = created.json();
      assert.match(key.secret, /^dl_[A-Za-z0-9_-]{43}$/);
      assert.equal(key.prefix, key.secret.slice(0, 10));
      const bearer = { authorization: `Bearer ${key.secret}` };
      assert.equal((await site.app.inject({ url: '/api/admin/posts', headers: bearer })).statusCode, 200);
      const row = await site.services.database.db.selectFrom('api_keys').selectAll().where('id', '=', key.id).executeTakeFirstOrThrow();
      assert.equal(row.key_hash, sha256(key.secret), 'only the hash is stored');
      const listed = (await api('GET', '/keys')).json().keys;
      assert.ok(!JSON.stringify(listed).includes(key.secret.slice(10)), 'the list never shows the secret');
      assert.equal((await api('DELETE', `/keys/${key.id}`)).json().key.revokedAt, site.clock.now().toISOString());
      const revoked = await site.app.inject({ url: '/api/admin/posts', headers: bearer });
      assert.equal(revoked.statusCode, 401);
      assert.equal(revoked.json().code, 'INVALID_API_KEY');
    });

    it('records when a key was last used, at most once a minute', async () => {
      const headers = await keyHeaders(site, 'editor', 'Last used');
      const lastUsed = async () => (await site.services.database.db.selectFrom('api_keys').select('last_used_at').where('name', '=', 'Last used').executeTakeFirstOrThrow()).last_used_at;
      assert.equal(await lastUsed(), null);
      const first = site.clock.now().toISOString();
      await site.app.inject({ url: '/api/admin/me', headers });
      assert.equal(await lastUsed(), first);
      site.clock.advance(30_000);
      await site.app.inject({ url: '/api/admin/me', headers });
      assert.equal(await lastUsed(), first);
      site.clock.advance(31_000);
      await site.app.inject({ url: '/api/admin/me', headers });
      assert.equal(await lastUsed(), site.clock.now().toISOString());
      const me = (await site.app.inject({ url: '/api/admin/me', headers })).json();
      assert.equal(me.key.role, 'editor');
      assert.equal(me.permissions['post.publish'], true);
      assert.equal(me.permissions['keys.manage'], false);
    });

    it('signs in with a password into a __Host- cookie whose token is stored only as a hash', async () => {
      const res = await signIn(admin.email, STAFF_PASSWORD);
      assert.equal(res.statusCode, 200, res.body);
      const setCookie = String(res.headers['set-cookie']);
      assert.match(setCookie, /^__Host-dateline-staff=[A-Za-z0-9_-]{43};/);
      assert.match(setCookie, /Path=\//);
      assert.match(setCookie, /HttpOnly/);
      assert.match(setCookie, /Secure/);
      assert.match(setCookie, /SameSite=Strict/);
      assert.doesNotMatch(setCookie, /Domain=/);
      const token = cookieFrom(res).split('=')[1]!;
      const row = await site.services.database.db.selectFrom('staff_sessions').select('id').where('id', '=', sha256(token)).executeTakeFirst();
      assert.ok(row, 'the session id is the hash of the token');
      const body = res.json();
      assert.equal(body.staff.email, admin.email);
      assert.equal(body.staff.passwordHash, undefined);
      assert.ok(body.csrfToken);
    });

    it('gives the same answer for an unknown email and a wrong password', async () => {
      const wrong = await signIn(admin.email, 'not the password at all');
      const unknown = await signIn('nobody@ledger.test', 'not the password at all');
      assert.equal(wrong.statusCode, 401);
      assert.equal(unknown.statusCode, 401);
      assert.equal(wrong.json().code, 'INVALID_CREDENTIALS');
      assert.equal(wrong.json().detail, unknown.json().detail);
      assert.equal(wrong.headers['set-cookie'], undefined);
    });

    it('needs the session-bound CSRF token on state-changing cookie requests', async () => {
      const cookieOnly = { cookie: admin.cookie };
      assert.equal((await site.app.inject({ url: '/api/admin/me', headers: cookieOnly })).statusCode, 200, 'reads need no token');
      const payload = { title: 'Cross-site attempt', type: 'news', body: { format: 'html', content: '<p>x</p>' } };
      const missing = await site.app.inject({ method: 'POST', url: '/api/admin/posts', headers: cookieOnly, payload });
      assert.equal(missing.statusCode, 403);
      assert.equal(missing.json().code, 'CSRF_TOKEN_INVALID');
      const other = await signInAs(site, 'editor', 'Omar Editor');
      const foreign = await site.app.inject({ method: 'POST', url: '/api/admin/posts', headers: { cookie: admin.cookie, 'x-csrf-token': other.csrfToken }, payload });
      assert.equal(foreign.statusCode, 403, "another session's token does not work");
      const ok = await site.app.inject({ method: 'POST', url: '/api/admin/posts', headers: admin.headers, payload });
      assert.equal(ok.statusCode, 201, ok.body);
      const me = (await site.app.inject({ url: '/api/admin/me', headers: cookieOnly })).json();
      assert.equal(me.csrfToken, admin.csrfToken);
      assert.equal(me.staff.role, 'admin');
      assert.equal(me.permissions['staff.manage'], true);
    });

    it('signs out, signs out everywhere, and expires idle sessions', async () => {
      const a = await signInAs(site, 'author', 'Sara Author');
      const second = await signIn(a.email, STAFF_PASSWORD);
      const b = { cookie: cookieFrom(second), 'x-csrf-token': second.json().csrfToken };
      const third = await signIn(a.email, STAFF_PASSWORD);
      const c = { cookie: cookieFrom(third), 'x-csrf-token': third.json().csrfToken };

      const out = await site.app.inject({ method: 'DELETE', url: '/api/admin/session', headers: a.headers });
      assert.equal(out.statusCode, 204);
      assert.match(String(out.headers['set-cookie']), /__Host-dateline-staff=;/);
      const dead = await site.app.inject({ url: '/api/admin/me', headers: a.headers });
      assert.equal(dead.statusCode, 401);
      assert.equal(dead.json().code, 'SESSION_EXPIRED');
      assert.equal((await site.app.inject({ url: '/api/admin/me', headers: b })).statusCode, 200, 'other devices stay signed in');

      const everywhere = await site.app.inject({ method: 'POST', url: '/api/admin/session/sign-out-everywhere', headers: b });
      assert.equal(everywhere.statusCode, 200);
      assert.equal(everywhere.json().ended, 2);
      assert.equal((await site.app.inject({ url: '/api/admin/me', headers: b })).statusCode, 401);
      assert.equal((await site.app.inject({ url: '/api/admin/me', headers: c })).statusCode, 401);

      const idle = await signInAs(site, 'contributor', 'Idle Contributor');
      site.clock.advance(13 * DAY);
      assert.equal((await site.app.inject({ url: '/api/admin/me', headers: idle.headers })).statusCode, 200, 'use slides the expiry');
      site.clock.advance(13 * DAY);
      assert.equal((await site.app.inject({ url: '/api/admin/me', headers: idle.headers })).statusCode, 200);
      site.clock.advance(15 * DAY);
      assert.equal((await site.app.inject({ url: '/api/admin/me', headers: idle.headers })).statusCode, 401, 'unused for 15 days');
    });

    it('signs in with a single-use emailed link behind a confirm button', async () => {
      const staff = await createStaff({ db: site.services.database.db, clock: site.clock }, null, { email: 'nadia@ledger.test', role: 'author', name: 'Nadia' });
      const requested = await site.app.inject({ method: 'POST', url: '/api/admin/session/link', payload: { email: 'Nadia@Ledger.test' } });
      assert.equal(requested.statusCode, 202);
      const unknown = await site.app.inject({ method: 'POST', url: '/api/admin/session/link', payload: { email: 'stranger@ledger.test' } });
      assert.equal(unknown.statusCode, 202);
      assert.deepEqual(unknown.json(), requested.json(), 'the answer does not reveal which addresses have accounts');
      const mails = await outbox.fresh();
      assert.deepEqual(mails.map((m) => m.to), ['nadia@ledger.test']);
      const link = /https:\/\/ledger\.test\/newsroom\/sign-in\/confirm\?token=([A-Za-z0-9_-]{43})/.exec(mails[0]!.text);
      assert.ok(link, mails[0]!.text);
      const token = link[1]!;
      const stored = await site.services.database.db.selectFrom('staff_login_tokens').select('id').where('staff_id', '=', staff.id).execute();
      assert.deepEqual(stored.map((r) => r.id), [sha256(token)]);

      // Opening the link (as a mail scanner would) changes nothing.
      for (let i = 0; i < 2; i++) {
        const page = await site.app.inject(`/newsroom/sign-in/confirm?token=${token}`);
        assert.equal(page.statusCode, 200);
        assert.match(page.body, /<form method="post" action="\/newsroom\/sign-in\/confirm">/);
        assert.match(page.body, /<button type="submit"/);
        assert.equal(page.headers['referrer-policy'], 'no-referrer');
      }
      const foreign = await site.app.inject({ method: 'POST', url: '/newsroom/sign-in/confirm', headers: { origin: 'https://evil.example' }, payload: { token } });
      assert.equal(foreign.statusCode, 403);
      const confirmed = await site.app.inject({ method: 'POST', url: '/newsroom/sign-in/confirm', headers: { origin: 'https://ledger.test' }, payload: { token } });
      assert.equal(confirmed.statusCode, 303);
      assert.equal(confirmed.headers.location, '/newsroom');
      const cookie = cookieFrom(confirmed);
      const me = await site.app.inject({ url: '/api/admin/me', headers: { cookie } });
      assert.equal(me.json().staff.email, 'nadia@ledger.test');
      const again = await site.app.inject({ method: 'POST', url: '/newsroom/sign-in/confirm', payload: { token } });
      assert.equal(again.statusCode, 400, 'a link works once');
      assert.match(again.body, /expired/);

      await site.app.inject({ method: 'POST', url: '/api/admin/session/link', payload: { email: 'nadia@ledger.test' } });
      const late = /token=([A-Za-z0-9_-]{43})/.exec((await outbox.take('nadia@ledger.test')).text)![1]!;
      site.clock.advance(16 * 60_000);
      assert.equal((await site.app.inject({ method: 'POST', url: '/newsroom/sign-in/confirm', payload: { token: late } })).statusCode, 400, 'a link lasts 15 minutes');
      assert.equal((await site.app.inject('/newsroom/sign-in/confirm?token=short')).statusCode, 400);
    });

    it('limits password attempts per account with a clear 429', async () => {
      const target = await signInAs(site, 'editor', 'Guessed Editor');
      for (let i = 0; i < 9; i++) assert.equal((await signIn(target.email, `wrong guess ${i}`)).statusCode, 401);
      const limited = await signIn(target.email, STAFF_PASSWORD);
      assert.equal(limited.statusCode, 429);
      assert.equal(limited.headers['content-type'], 'application/problem+json; charset=utf-8');
      assert.equal(limited.json().code, 'TOO_MANY_ATTEMPTS');
      assert.match(limited.json().detail, /wait 15 minutes and try again/);
      assert.equal(limited.headers['retry-after'], '900');
      const otherAccount = await signIn(admin.email, STAFF_PASSWORD);
      assert.equal(otherAccount.statusCode, 200, 'other accounts are not locked out');
      site.clock.advance(15 * 60_000);
      assert.equal((await signIn(target.email, STAFF_PASSWORD)).statusCode, 200, 'the limit lifts after the window');
      site.clock.advance(15 * 60_000);
      for (let i = 0; i < 50; i++) assert.equal((await signIn(`stranger${i}@ledger.test`, 'guess')).statusCode, 401);
      const fromAddress = await signIn('stranger-last@ledger.test', 'guess');
      assert.equal(fromAddress.statusCode, 429);
      assert.match(fromAddress.json().detail, /from this address/);
      site.clock.advance(15 * 60_000);
    });

    it('changes a password, ending the other sessions', async () => {
      const person = await signInAs(site, 'author', 'Karim Author');
      const other = await signIn(person.email, STAFF_PASSWORD);
      const otherHeaders = { cookie: cookieFrom(other) };
      const wrong = await site.app.inject({ method: 'POST', url: '/api/admin/me/password', headers: person.headers, payload: { currentPassword: 'nope', newPassword: 'a much longer passphrase' } });
      assert.equal(wrong.statusCode, 401);
      const weak = await site.app.inject({ method: 'POST', url: '/api/admin/me/password', headers: person.headers, payload: { currentPassword: STAFF_PASSWORD, newPassword: 'short' } });
      assert.equal(weak.statusCode, 400);
      assert.ok(weak.json().fields.password);
      const changed = await site.app.inject({ method: 'POST', url: '/api/admin/me/password', headers: person.headers, payload: { currentPassword: STAFF_PASSWORD, newPassword: 'a much longer passphrase' } });
      assert.equal(changed.statusCode, 204, changed.body);
      assert.equal((await site.app.inject({ url: '/api/admin/me', headers: person.headers })).statusCode, 200);
      assert.equal((await site.app.inject({ url: '/api/admin/me', headers: otherHeaders })).statusCode, 401);
      assert.equal((await signIn(person.email, 'a much longer passphrase')).statusCode, 200);
    });

    it('lets admins add and disable staff; a disabled account is signed out at once', async () => {
      const fresh = await signIn(admin.email, STAFF_PASSWORD);
      const api = adminClient(site, { cookie: cookieFrom(fresh), 'x-csrf-token': fresh.json().csrfToken });
      const added = await api('POST', '/staff', { email: 'new.reporter@ledger.test', role: 'contributor', name: 'New Reporter' });
      assert.equal(added.statusCode, 201, added.body);
      assert.equal(added.json().staff.hasPassword, false);
      assert.equal(added.json().signInLinkSent, true);
      assert.equal(added.json().signInLink, undefined, 'the link goes to the colleague, not the admin');
      assert.match((await outbox.take('new.reporter@ledger.test')).text, /newsroom\/sign-in\/confirm\?token=/);
      const duplicate = await api('POST', '/staff', { email: 'NEW.reporter@ledger.test', role: 'author' });
      assert.equal(duplicate.statusCode, 409);
      const invalid = await api('POST', '/staff', { email: 'not-an-email', role: 'chief' });
      assert.equal(invalid.statusCode, 400);
      assert.deepEqual(Object.keys(invalid.json().fields).sort(), ['role']);

      const victim = await signInAs(site, 'editor', 'Leaving Editor');
      const disabled = await api('POST', `/staff/${victim.id}/disable`);
      assert.equal(disabled.statusCode, 200);
      assert.ok(disabled.json().staff.disabledAt);
      assert.equal((await site.app.inject({ url: '/api/admin/me', headers: victim.headers })).statusCode, 401);
      assert.equal((await signIn(victim.email, STAFF_PASSWORD)).statusCode, 401);
      assert.equal((await api('POST', `/staff/${admin.id}/disable`)).statusCode, 409, 'an admin cannot lock themself out');
      const list = (await api('GET', '/staff')).json().staff as { email: string }[];
      assert.ok(list.some((s) => s.email === 'new.reporter@ledger.test'));
      assert.ok(!JSON.stringify(list).includes('argon2'), 'password hashes never leave the server');
    });
  });

  describe(`Admin API over plain HTTP on ${dialect}`, () => {
    let site: TestSite;
    before(async () => {
      site = await createTestSite(dialect, { PUBLIC_URL: 'http://localhost:3000' });
    });
    after(async () => site.close());

    it('uses a cookie without the __Host- prefix or Secure, which browsers would drop over HTTP', async () => {
      const person = await signInAs(site, 'editor', 'Local Editor');
      assert.match(person.cookie, /^dateline-staff=/);
      const res = await site.app.inject({ method: 'POST', url: '/api/admin/session', payload: { email: person.email, password: STAFF_PASSWORD } });
      assert.doesNotMatch(String(res.headers['set-cookie']), /Secure/);
      assert.equal((await site.app.inject({ url: '/api/admin/me', headers: { cookie: person.cookie } })).statusCode, 200);
    });
  });
}
