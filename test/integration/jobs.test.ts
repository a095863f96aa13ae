import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ManualClock } from '../../src/kernel/clock.js';
import { silentLogger } from '../../src/kernel/logger.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import { claimNext, enqueue, JobRunner, PermanentJobError } from '../../src/modules/jobs/index.js';
import { createTestDatabase, testDialects, type TestDatabase } from '../helpers/test-databases.js';

for (const dialect of testDialects()) {
  describe(`durable jobs on ${dialect}`, () => {
    let database: TestDatabase;
    let clock: ManualClock;
    const deps = () => ({ db: database.handle.db, dialect: database.handle.dialect, clock, log: silentLogger() });

    before(async () => {
      database = await createTestDatabase(dialect);
      await migrateToLatest(database.handle.db, database.handle.dialect);
      clock = new ManualClock('2026-11-20T12:00:00.000Z');
    });
    after(async () => database.drop());

    it('enqueues work once per dedupe key', async () => {
      const first = await enqueue(deps(), { kind: 'dedupe', payload: { n: 1 }, dedupeKey: 'send:42' });
      const second = await enqueue(deps(), { kind: 'dedupe', payload: { n: 2 }, dedupeKey: 'send:42' });
      assert.ok(first);
      assert.equal(second, null);
      const rows = await database.handle.db.selectFrom('jobs').select('payload').where('dedupe_key', '=', 'send:42').execute();
      assert.deepEqual(rows.map((r) => JSON.parse(r.payload)), [{ n: 1 }]);
    });

    it('waits until a job is due, then runs it once', async () => {
      const runner = new JobRunner(deps());
      const seen: unknown[] = [];
      runner.register('scheduled', async (payload) => void seen.push(payload));
      await enqueue(deps(), { kind: 'scheduled', payload: 'at noon', runAt: new Date('2026-11-20T13:00:00.000Z') });
      assert.equal(await runner.drain(), 0);
      clock.set('2026-11-20T13:00:00.000Z');
      assert.equal(await runner.drain(), 1);
      assert.equal(await runner.drain(), 0);
      assert.deepEqual(seen, ['at noon']);
    });

    it('retries a failing job with backoff and gives up after its last attempt', async () => {
      const runner = new JobRunner(deps());
      let calls = 0;
      runner.register('flaky', async () => {
        calls++;
        throw new Error('SMTP 451 try later');
      });
      const id = await enqueue(deps(), { kind: 'flaky', payload: null, maxAttempts: 2 });
      await runner.drain();
      assert.equal(calls, 1);
      let row = await database.handle.db.selectFrom('jobs').selectAll().where('id', '=', id!).executeTakeFirstOrThrow();
      assert.equal(row.status, 'pending');
      assert.equal(row.last_error, 'SMTP 451 try later');
      assert.ok(row.run_at > clock.now().toISOString(), 'the retry waits');
      clock.advance(10_000);
      await runner.drain();
      row = await database.handle.db.selectFrom('jobs').selectAll().where('id', '=', id!).executeTakeFirstOrThrow();
      assert.equal(calls, 2);
      assert.equal(row.status, 'failed');
    });

    it('fails at once on a permanent error', async () => {
      const runner = new JobRunner(deps());
      runner.register('permanent', async () => {
        throw new PermanentJobError('550 no such mailbox');
      });
      const id = await enqueue(deps(), { kind: 'permanent', payload: null, maxAttempts: 5 });
      await runner.drain();
      const row = await database.handle.db.selectFrom('jobs').selectAll().where('id', '=', id!).executeTakeFirstOrThrow();
      assert.equal(row.status, 'failed');
    });

    it('runs again a job whose worker died, once its lease expires', async () => {
      await enqueue(deps(), { kind: 'crashy', payload: 'survives' });
      const claimed = await claimNext(deps(), 'dead-worker', ['crashy'], 60_000);
      assert.ok(claimed);
      const runner = new JobRunner(deps());
      const seen: unknown[] = [];
      runner.register('crashy', async (payload) => void seen.push(payload));
      assert.equal(await runner.drain(), 0, 'leased jobs are not taken');
      clock.advance(60_001);
      assert.equal(await runner.drain(), 1);
      assert.deepEqual(seen, ['survives']);
    });

    it('never gives one job to two workers at once', async () => {
      for (let i = 0; i < 20; i++) await enqueue(deps(), { kind: 'race', payload: i });
      const claims = await Promise.all(Array.from({ length: 40 }, (_, i) => claimNext(deps(), `w${i % 4}`, ['race'], 60_000)));
      const ids = claims.filter((c) => c !== undefined).map((c) => c!.id);
      assert.equal(ids.length, 20);
      assert.equal(new Set(ids).size, 20);
    });
  });
}
