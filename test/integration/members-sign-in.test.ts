import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Outbox, signInParts } from '../helpers/outbox.js';
import { locationOf, ReaderClient } from '../helpers/reader-client.js';
import { testDialects } from '../helpers/test-databases.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';

const MINUTE = 60_000;

for (const dialect of testDialects()) {
  describe(`member sign-in on ${dialect}`, () => {
    let site: TestSite;
    let outbox: Outbox;
    before(async () => {
      site = await createTestSite(dialect);
      outbox = new Outbox(site.database.dataDir);
    });
    after(async () => site.close());

    /** Asks for a link from `reader`'s browser and returns the email's link and code. */
    const ask = async (reader: ReaderClient, email: string, form: 'register' | 'sign-in' = 'sign-in', next = '') => {
      const page = await reader.get(`/account/${form}${next ? `?next=${encodeURIComponent(next)}` : ''}`);
      assert.equal(page.statusCode, 200);
      const res = await reader.post(`/account/${form}`, { email, next, ...(form === 'register' ? { name: 'Rana Khoury' } : {}) });
      assert.equal(res.statusCode, 303, res.body);
      assert.match(locationOf(res), /^\/account\/check-email\?request=[0-9a-z]{26}$/);
      return { ...signInParts(await outbox.take(email.toLowerCase())), checkEmail: locationOf(res) };
    };

    it('registers through the emailed link: the link opens a button, and only the POST signs in', async () => {
      const reader = new ReaderClient(site.app);
      const { path, checkEmail } = await ask(reader, 'Rana.Khoury@Example.com', 'register', '/articles/some-story');
      const check = await reader.get(checkEmail);
      assert.match(check.body, /rana\.khoury@example\.com/);
      assert.match(check.body, /autocomplete="one-time-code"/);

      // A mail scanner (or the reader) opening the link twice signs nobody in.
      for (let i = 0; i < 2; i++) {
        const opened = await reader.get(path);
        assert.equal(opened.statusCode, 200);
        assert.match(opened.body, /Create my account/);
        assert.match(opened.body, /<form class="account-form" method="post" action="\/account\/confirm">/);
        assert.equal(opened.headers['referrer-policy'], 'same-origin');
        assert.equal(opened.headers['cache-control'], 'no-store');
      }
      assert.equal((await reader.get('/account')).statusCode, 303);

      const confirmed = await reader.post('/account/confirm', { token: path.split('token=')[1]! });
      assert.equal(confirmed.statusCode, 303);
      assert.equal(locationOf(confirmed), '/articles/some-story');
      const setCookie = String(confirmed.headers['set-cookie']);
      assert.match(setCookie, /__Host-dateline-member=[A-Za-z0-9_-]{43}; Max-Age=7776000; Path=\/; HttpOnly; Secure; SameSite=Lax/);

      const account = await reader.get('/account');
      assert.equal(account.statusCode, 200);
      assert.match(account.body, /Signed in as \u2068rana\.khoury@example\.com\u2069/);
      assert.match(account.body, /value="Rana Khoury"/);
      assert.match(account.body, /<strong>Free<\/strong>/);
    });

    it('sends the message as plain text and HTML, in English or Arabic', async () => {
      const english = new ReaderClient(site.app);
      await english.get('/account/sign-in');
      await english.post('/account/sign-in', { email: 'idris@example.com', next: '' });
      const en = await outbox.take('idris@example.com');
      assert.equal(en.subject, 'Confirm your email for The Levant Ledger');
      assert.equal(en.language, 'en');
      assert.match(en.text, /https:\/\/ledger\.test\/account\/confirm\?token=/);
      assert.match(en.html, /<html lang="en" dir="ltr">/);
      assert.ok(en.html.includes(signInParts(en).code));

      const arabic = new ReaderClient(site.app);
      await arabic.get('/ar/account/sign-in');
      const res = await arabic.post('/ar/account/sign-in', { email: 'leila@example.com', next: '' });
      assert.match(locationOf(res), /^\/ar\/account\/check-email/);
      const ar = await outbox.take('leila@example.com');
      assert.equal(ar.subject, 'أكّد بريدك الإلكتروني لدى دفتر المشرق');
      assert.equal(ar.language, 'ar');
      assert.match(ar.text, /https:\/\/ledger\.test\/ar\/account\/confirm\?token=/);
      assert.match(ar.html, /<html lang="ar" dir="rtl">/);
      const page = await arabic.get(signInParts(ar).path);
      assert.match(page.body, /<html lang="ar" dir="rtl">/);
      assert.match(page.body, /أنشئ حسابي/);
    });

    it('sends a reader who came from the Arabic edition to the Arabic form', async () => {
      const reader = new ReaderClient(site.app);
      const res = await reader.get('/account/register?next=%2Far%2Fsection%2Fpolitics');
      assert.equal(res.statusCode, 302);
      assert.equal(locationOf(res), '/ar/account/register?next=%2Far%2Fsection%2Fpolitics');
    });

    it('refuses a link used once already', async () => {
      const reader = new ReaderClient(site.app);
      const { token, path } = await ask(reader, 'reuse@example.com');
      assert.equal((await reader.post('/account/confirm', { token })).statusCode, 303);
      const again = await reader.post('/account/confirm', { token });
      assert.equal(again.statusCode, 410);
      assert.match(again.body, /This link was already used/);
      assert.equal((await reader.get(path)).statusCode, 410);
    });

    it('lets links and codes expire after 15 minutes', async () => {
      const reader = new ReaderClient(site.app);
      const early = await ask(reader, 'expiry@example.com');
      site.clock.advance(14 * MINUTE);
      assert.equal((await reader.get(early.path)).statusCode, 200);
      site.clock.advance(MINUTE + 1000);
      const late = await reader.get(early.path);
      assert.equal(late.statusCode, 410);
      assert.match(late.body, /This link has expired/);
      assert.equal((await reader.post('/account/confirm', { token: early.token })).statusCode, 410);
      const request = early.checkEmail.split('request=')[1]!;
      assert.equal((await reader.post('/account/code', { request, code: early.code })).statusCode, 410);
    });

    it('works only in the browser that asked: elsewhere, the code is typed where the request was made', async () => {
      const asker = new ReaderClient(site.app);
      const { path, token, code, checkEmail } = await ask(asker, 'two-browsers@example.com');
      const request = checkEmail.split('request=')[1]!;

      const other = new ReaderClient(site.app);
      const opened = await other.get(path);
      assert.equal(opened.statusCode, 403);
      assert.match(opened.body, /Finish in the browser where you asked/);
      await other.get('/account/sign-in');
      assert.equal((await other.post('/account/confirm', { token })).statusCode, 403);
      assert.equal((await other.post('/account/code', { request, code })).statusCode, 403);
      assert.equal((await other.get('/account')).statusCode, 303, 'the other browser is not signed in');

      const typed = await asker.post('/account/code', { request, code: ` ${code.slice(0, 3)} ${code.slice(3)} ` });
      assert.equal(typed.statusCode, 303);
      assert.equal((await asker.get('/account')).statusCode, 200);
    });

    it('accepts a code typed in Arabic-Indic digits', async () => {
      const reader = new ReaderClient(site.app);
      const { code, checkEmail } = await ask(reader, 'digits@example.com');
      const arabicDigits = [...code].map((d) => String.fromCharCode(0x0660 + Number(d))).join('');
      const res = await reader.post('/account/code', { request: checkEmail.split('request=')[1]!, code: arabicDigits });
      assert.equal(res.statusCode, 303);
    });

    it('stops a code after five wrong tries', async () => {
      const reader = new ReaderClient(site.app);
      const { code, checkEmail } = await ask(reader, 'guesser@example.com');
      const request = checkEmail.split('request=')[1]!;
      const wrong = code === '000000' ? '111111' : '000000';
      for (let left = 4; left >= 1; left--) {
        const res = await reader.post('/account/code', { request, code: wrong });
        assert.equal(res.statusCode, 400);
        assert.match(res.body, left === 1 ? /One more try/ : new RegExp(`${left} tries left`));
      }
      assert.equal((await reader.post('/account/code', { request, code: wrong })).statusCode, 410);
      const right = await reader.post('/account/code', { request, code });
      assert.equal(right.statusCode, 410, 'the right code no longer works either');
      const malformed = await reader.post('/account/code', { request, code: '12ab' });
      assert.equal(malformed.statusCode, 410);
    });

    it('limits emails per address, across addresses, with a page that says when to retry', async () => {
      for (let i = 0; i < 5; i++) await ask(new ReaderClient(site.app), 'popular@example.com');
      const sixth = new ReaderClient(site.app);
      await sixth.get('/account/sign-in');
      const refused = await sixth.post('/account/sign-in', { email: 'popular@example.com', next: '' });
      assert.equal(refused.statusCode, 429);
      assert.match(refused.body, /Please wait a little/);
      assert.match(refused.body, /You can try again after [^<]*2026[^<]*UTC\./);
      assert.ok(Number(refused.headers['retry-after']) > 0 && Number(refused.headers['retry-after']) <= 3600);
      assert.deepEqual(await outbox.fresh(), []);
      site.clock.advance(61 * MINUTE);
      await ask(new ReaderClient(site.app), 'popular@example.com');
    });

    it('limits emails per requesting address (IP)', async () => {
      const busy = new ReaderClient(site.app, '192.0.2.77');
      await busy.get('/account/sign-in');
      for (let i = 0; i < 20; i++) assert.equal((await busy.post('/account/sign-in', { email: `reader${i}@example.com`, next: '' })).statusCode, 303);
      const refused = await busy.post('/account/sign-in', { email: 'reader-x@example.com', next: '' });
      assert.equal(refused.statusCode, 429);
      assert.match(refused.body, /from this network/);
      assert.equal((await outbox.fresh()).length, 20);
    });

    it('slows down a flood of form posts from one address (codes tried against many requests)', async () => {
      const flooder = new ReaderClient(site.app, '192.0.2.99');
      await flooder.get('/account/sign-in');
      for (let i = 0; i < 30; i++) {
        const res = await flooder.post('/account/code', { request: '0'.repeat(26), code: '123456' });
        assert.equal(res.statusCode, 404, `attempt ${i + 1}`);
      }
      const stopped = await flooder.post('/account/code', { request: '0'.repeat(26), code: '123456' });
      assert.equal(stopped.statusCode, 429);
      assert.match(stopped.body, /Please wait a little/);
      const neighbour = new ReaderClient(site.app, '192.0.2.100');
      await neighbour.get('/account/sign-in');
      assert.equal((await neighbour.post('/account/code', { request: '0'.repeat(26), code: '123456' })).statusCode, 404, 'other addresses are unaffected');
    });

    it('refuses forms without the CSRF token or from another site', async () => {
      const reader = new ReaderClient(site.app);
      await reader.get('/account/sign-in');
      const missing = await reader.post('/account/sign-in', { email: 'csrf@example.com', next: '', _csrf: null });
      assert.equal(missing.statusCode, 403);
      assert.match(missing.body, /This form has expired/);
      const forged = await reader.post('/account/sign-in', { email: 'csrf@example.com', next: '', _csrf: 'x'.repeat(43) });
      assert.equal(forged.statusCode, 403);
      const foreign = await site.app.inject({ method: 'POST', url: '/account/sign-in', headers: { origin: 'https://evil.example', cookie: reader.cookieHeader, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'email=csrf%40example.com' });
      assert.equal(foreign.statusCode, 403);
      assert.deepEqual(await outbox.fresh(), []);
    });

    it('never redirects off the site after signing in', async () => {
      const reader = new ReaderClient(site.app);
      const { token } = await ask(reader, 'redirect@example.com', 'sign-in', 'https://evil.example/phish');
      const res = await reader.post('/account/confirm', { token });
      assert.equal(locationOf(res), '/account');
    });

    it('rejects a malformed address with a message, keeping what was typed', async () => {
      const reader = new ReaderClient(site.app);
      await reader.get('/account/register');
      const res = await reader.post('/account/register', { email: 'rana at example', name: 'Rana', next: '' });
      assert.equal(res.statusCode, 400);
      assert.match(res.body, /role="alert"[^>]*>Enter an email address like name@example.com/);
      assert.match(res.body, /value="rana at example"/);
    });

    it('signs out: the cookie is cleared and the session no longer works', async () => {
      const reader = new ReaderClient(site.app);
      const { token } = await ask(reader, 'leaver@example.com');
      await reader.post('/account/confirm', { token });
      const session = reader.cookies.get('__Host-dateline-member')!;
      await reader.get('/account');
      const out = await reader.post('/account/sign-out', {});
      assert.equal(out.statusCode, 303);
      assert.equal(locationOf(out), '/');
      assert.equal(reader.cookies.has('__Host-dateline-member'), false);
      const replay = await site.app.inject({ url: '/account', headers: { cookie: `__Host-dateline-member=${session}` } });
      assert.equal(replay.statusCode, 303);
    });
  });
}
