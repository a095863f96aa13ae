import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { newId } from '../../src/kernel/ids.js';
import { openDatabase } from '../../src/db/open-database.js';
import { createNewsletter, createSend } from '../../src/modules/newsletters/index.js';
import { seedFixtureOutlet } from '../fixtures/fixture-outlet.js';
import { testDialects } from '../helpers/test-databases.js';
import { createTestSite, type TestSite } from '../helpers/test-site.js';
import { startSmtpSink, type SmtpSink } from '../helpers/smtp-sink.js';
import { DATELINE_BIN } from '../helpers/dateline-process.js';

const BIN = DATELINE_BIN;
const RECIPIENTS = 2000;
/** Messages a worker has in flight at once: the most a hard kill can leave unrecorded. */
const IN_FLIGHT = 10;

/** Polls `check` until it holds; fails at once if the worker doing the work exits on its own. */
const waitFor = async (what: string, worker: ChildProcess, check: () => boolean | Promise<boolean>, timeoutMs = 90_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (worker.exitCode !== null || worker.signalCode !== null) throw new Error(`the worker exited (${worker.exitCode ?? worker.signalCode}) while waiting for ${what}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
};

for (const dialect of testDialects()) {
  describe(`a newsletter send interrupted mid-way on ${dialect}`, () => {
    let site: TestSite;
    let sink: SmtpSink;
    let sendId: string;
    const workers: ChildProcess[] = [];

    const startWorker = () => {
      const child = spawn(process.execPath, [BIN, 'worker'], {
        env: { ...process.env, DATABASE_URL: site.database.url, DATA_DIR: site.database.dataDir, SMTP_URL: sink.url, PUBLIC_URL: 'https://ledger.test', LOG_LEVEL: process.env.CRASH_TEST_LOG_LEVEL ?? 'error' },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      workers.push(child);
      return { child, exited: new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(code ?? (signal ? -1 : null)))) };
    };

    before(async () => {
      sink = await startSmtpSink({ delayMs: 4 });
      site = await createTestSite(dialect, { SMTP_URL: sink.url });
      const outlet = await seedFixtureOutlet(site.services);
      const db = site.services.database.db;
      const newsletter = await createNewsletter({ db, clock: site.clock, defaultSender: { name: 'The Levant Ledger', email: 'briefing@ledger.test' } }, { name: 'Daily Briefing', slug: 'daily' });
      const now = new Date().toISOString();
      for (let start = 0; start < RECIPIENTS; start += 500) {
        const rows = Array.from({ length: 500 }, (_, i) => ({ id: newId(), email: `reader${start + i}@example.org`, member_id: null, language: 'en', created_at: now, confirmed_at: now }));
        await db.insertInto('subscribers').values(rows).execute();
        await db.insertInto('newsletter_subscriptions').values(rows.map((r) => ({ newsletter_id: newsletter.id, subscriber_id: r.id, status: 'subscribed', source: 'import', created_at: now, updated_at: now }))).execute();
      }
      site.clock.set(new Date());
      sendId = (await createSend(site.services.newsletters, { newsletterId: newsletter.id, postIds: [outlet.ids.news!] })).id;
      await site.app.close();
      await site.services.database.close();
    });

    after(async () => {
      for (const w of workers) if (w.exitCode === null) w.kill('SIGKILL');
      await sink.close();
      await site.database.drop();
    });

    it('resumes after a restart and after a crash: everyone gets it, nobody twice', async (t) => {
      const first = startWorker();
      await waitFor('the first messages', first.child, () => sink.messages.length >= 400);
      first.child.kill('SIGTERM');
      assert.equal(await first.exited, 0, 'a graceful stop finishes the messages in flight and exits cleanly');
      const afterRestart = sink.messages.length;
      assert.ok(afterRestart < RECIPIENTS, 'the send was stopped part-way');

      const second = startWorker();
      await waitFor('more messages', second.child, () => sink.messages.length >= afterRestart + 500);
      second.child.kill('SIGKILL');
      await second.exited;

      const third = startWorker();
      const check = openDatabase({ databaseUrl: site.database.url, dataDir: site.database.dataDir });
      try {
        await waitFor('the send to finish', third.child, async () => (await check.db.selectFrom('newsletter_sends').select('status').where('id', '=', sendId).executeTakeFirstOrThrow()).status === 'sent');
        const ledger = await check.db.selectFrom('send_recipients').select(['status']).where('send_id', '=', sendId).execute();
        assert.equal(ledger.length, RECIPIENTS);
        assert.ok(ledger.every((r) => r.status === 'delivered'));
      } finally {
        await check.close();
      }
      third.child.kill('SIGTERM');
      assert.equal(await third.exited, 0);

      const copies = new Map<string, string[]>();
      for (const message of sink.messages) {
        const to = message.to && !Array.isArray(message.to) ? message.to.value[0]!.address! : '';
        copies.set(to, [...(copies.get(to) ?? []), String(message.messageId)]);
      }
      assert.equal(copies.size, RECIPIENTS, 'nobody was skipped');
      const ids = [...copies.values()];
      assert.ok(ids.every((list) => new Set(list).size === 1), 'every copy a reader got is the same message (one Message-ID each)');
      const extra = ids.reduce((n, list) => n + list.length - 1, 0);
      t.diagnostic(`copies repeated after the hard kill: ${extra}`);
      assert.ok(extra <= IN_FLIGHT, `a hard kill can repeat at most the messages in flight; repeated ${extra}`);
      const beforeKill = sink.messages.slice(0, afterRestart).map((m) => m.messageId);
      assert.equal(new Set(beforeKill).size, beforeKill.length, 'the graceful restart repeated nothing');
    });
  });
}
