import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { createNewsletter, subscribedNewsletterIds, type Newsletter } from '../../src/modules/newsletters/index.js';
import { testDialects } from '../helpers/test-databases.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';
import { Outbox } from '../helpers/outbox.js';
import { signedInReader } from '../helpers/member-session.js';

for (const dialect of testDialects()) {
  describe(`newsletter choices on the account page on ${dialect}`, () => {
    let site: TestSite;
    let daily: Newsletter;
    let memo: Newsletter;

    before(async () => {
      site = await createTestSite(dialect);
      const deps = { db: site.services.database.db, clock: site.clock, defaultSender: { name: 'The Levant Ledger', email: 'briefing@ledger.test' } };
      daily = await createNewsletter(deps, { name: 'The Daily Briefing', slug: 'daily-briefing' });
      memo = await createNewsletter(deps, { name: 'Members’ Memo', slug: 'members-memo', audience: 'paid' });
    });
    after(async () => site.close());

    it('lets a signed-in reader choose newsletters without another confirmation, and leave them', async () => {
      const reader = await signedInReader(site, new Outbox(site.services.config.dataDir), 'nadia@example.org');
      const page = await reader.get('/account');
      assert.equal(page.statusCode, 200);
      assert.match(page.body, /The Daily Briefing/);
      assert.match(page.body, new RegExp(`value="${memo.id}"[^>]*disabled`), 'paid-only newsletters are not offered to free readers');
      const saved = await reader.post('/account/newsletters', { newsletter: daily.id });
      assert.equal(saved.statusCode, 303);
      assert.equal(saved.headers.location, '/account?done=newsletters');
      assert.deepEqual(await subscribedNewsletterIds(site.services.database.db, 'nadia@example.org'), [daily.id]);
      const shown = await reader.get('/account?done=newsletters');
      assert.match(shown.body, /Your newsletter choices are saved/);
      assert.match(shown.body, new RegExp(`value="${daily.id}" checked`));
      await reader.post('/account/newsletters', { newsletter: memo.id });
      assert.deepEqual(await subscribedNewsletterIds(site.services.database.db, 'nadia@example.org'), [], 'a free reader cannot join a paid-only newsletter, and unticking leaves the daily');
    });

    it('refuses a form without its CSRF token', async () => {
      const reader = await signedInReader(site, new Outbox(site.services.config.dataDir), 'omar@example.org');
      const res = await reader.post('/account/newsletters', { newsletter: daily.id, _csrf: null });
      assert.equal(res.statusCode, 403);
    });
  });
}
