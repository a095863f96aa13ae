import type { Db, DialectName } from '../../db/database-handle.js';
import { skipLocked } from '../../db/row-locking.js';
import type { Clock } from '../../kernel/clock.js';
import { newId } from '../../kernel/ids.js';

export interface JobsDeps {
  db: Db;
  dialect: DialectName;
  clock: Clock;
}

export interface Job {
  id: string;
  kind: string;
  payload: unknown;
  attempts: number;
  maxAttempts: number;
}

export interface EnqueueInput {
  kind: string;
  payload: unknown;
  /** When to run (default now). */
  runAt?: Date;
  /** A job with the same key is enqueued once; later attempts to enqueue it are ignored. */
  dedupeKey?: string;
  maxAttempts?: number;
}

/**
 * Adds a durable job. With a `dedupeKey`, enqueuing the same work twice (a retried request, a
 * double click) leaves one job. Returns the job id, or null when it was a duplicate.
 */
export async function enqueue(deps: Pick<JobsDeps, 'db' | 'clock'>, input: EnqueueInput): Promise<string | null> {
  const now = deps.clock.now();
  const id = newId(now.getTime());
  const result = await deps.db
    .insertInto('jobs')
    .values({
      id,
      kind: input.kind,
      payload: JSON.stringify(input.payload ?? null),
      run_at: (input.runAt ?? now).toISOString(),
      attempts: 0,
      max_attempts: input.maxAttempts ?? 8,
      status: 'pending',
      dedupe_key: input.dedupeKey ?? null,
      created_at: now.toISOString(),
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0 ? id : null;
}

/** Cancels a pending job that has not started (for example a scheduled publication). */
export async function cancelJob(deps: Pick<JobsDeps, 'db' | 'clock'>, where: { id?: string; dedupeKey?: string }): Promise<boolean> {
  let query = deps.db.updateTable('jobs').set({ status: 'cancelled', finished_at: deps.clock.now().toISOString() }).where('status', '=', 'pending');
  if (where.id) query = query.where('id', '=', where.id);
  else if (where.dedupeKey) query = query.where('dedupe_key', '=', where.dedupeKey);
  else return false;
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * Claims the next due job for `workerId`, leasing it for `leaseMs`. A job whose worker died is
 * claimed again once its lease runs out, so work survives a crash (handlers are idempotent).
 */
export async function claimNext(deps: JobsDeps, workerId: string, kinds: string[], leaseMs: number): Promise<Job | undefined> {
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const candidate = await skipLocked(
      trx
        .selectFrom('jobs')
        .select(['id'])
        .where('status', '=', 'pending')
        .where('run_at', '<=', nowIso)
        .where('kind', 'in', kinds)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', nowIso)]))
        .orderBy('run_at')
        .limit(1),
      deps.dialect,
    ).executeTakeFirst();
    if (!candidate) return undefined;
    const row = await trx
      .updateTable('jobs')
      .set((eb) => ({ locked_until: new Date(now.getTime() + leaseMs).toISOString(), locked_by: workerId, attempts: eb('attempts', '+', 1) }))
      .where('id', '=', candidate.id)
      .where('status', '=', 'pending')
      .returning(['id', 'kind', 'payload', 'attempts', 'max_attempts'])
      .executeTakeFirst();
    if (!row) return undefined;
    return { id: row.id, kind: row.kind, payload: JSON.parse(row.payload) as unknown, attempts: row.attempts, maxAttempts: row.max_attempts };
  });
}

export async function completeJob(deps: Pick<JobsDeps, 'db' | 'clock'>, id: string, workerId: string): Promise<void> {
  await deps.db.updateTable('jobs').set({ status: 'done', finished_at: deps.clock.now().toISOString(), locked_until: null }).where('id', '=', id).where('locked_by', '=', workerId).execute();
}

/** Exponential backoff: 5 s, 10 s, 20 s... capped at an hour. */
export const backoffMs = (attempts: number): number => Math.min(3_600_000, 5_000 * 2 ** Math.max(0, attempts - 1));

export async function failJob(deps: Pick<JobsDeps, 'db' | 'clock'>, job: Job, workerId: string, error: string): Promise<'retry' | 'failed'> {
  const now = deps.clock.now();
  const final = job.attempts >= job.maxAttempts;
  await deps.db
    .updateTable('jobs')
    .set({
      status: final ? 'failed' : 'pending',
      last_error: error.slice(0, 2000),
      locked_until: null,
      run_at: final ? undefined : new Date(now.getTime() + backoffMs(job.attempts)).toISOString(),
      finished_at: final ? now.toISOString() : null,
    })
    .where('id', '=', job.id)
    .where('locked_by', '=', workerId)
    .execute();
  return final ? 'failed' : 'retry';
}

/** Pushes a running job's lease forward (the runner's heartbeat). */
export async function extendLease(deps: Pick<JobsDeps, 'db' | 'clock'>, id: string, workerId: string, leaseMs: number): Promise<void> {
  await deps.db
    .updateTable('jobs')
    .set({ locked_until: new Date(deps.clock.now().getTime() + leaseMs).toISOString() })
    .where('id', '=', id)
    .where('locked_by', '=', workerId)
    .where('status', '=', 'pending')
    .execute();
}

const processAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Frees the leases of jobs claimed by processes on this host that have died, so a restart after a
 * crash resumes work at once instead of waiting for the lease to lapse. Leases of other hosts are
 * left to expire.
 */
export async function releaseDeadLocalLeases(deps: Pick<JobsDeps, 'db'>, host: string): Promise<number> {
  const rows = await deps.db.selectFrom('jobs').select(['id', 'locked_by']).where('status', '=', 'pending').where('locked_by', 'like', `${host}:%`).where('locked_until', 'is not', null).execute();
  let released = 0;
  for (const row of rows) {
    const pid = Number(row.locked_by!.split(':')[1]);
    if (Number.isInteger(pid) && pid !== process.pid && !processAlive(pid)) {
      await deps.db.updateTable('jobs').set({ locked_until: null }).where('id', '=', row.id).where('locked_by', '=', row.locked_by).execute();
      released++;
    }
  }
  return released;
}

/** Gives a job back untouched (its attempt not counted), for a worker that stopped it at a safe point. */
export async function releaseJob(deps: Pick<JobsDeps, 'db'>, job: Job, workerId: string): Promise<void> {
  await deps.db
    .updateTable('jobs')
    .set({ locked_until: null, locked_by: null, attempts: Math.max(0, job.attempts - 1) })
    .where('id', '=', job.id)
    .where('locked_by', '=', workerId)
    .execute();
}
