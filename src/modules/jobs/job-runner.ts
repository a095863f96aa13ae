import { hostname } from 'node:os';
import type { Logger } from '../../kernel/logger.js';
import { newId } from '../../kernel/ids.js';
import { claimNext, completeJob, extendLease, failJob, releaseDeadLocalLeases, releaseJob, type Job, type JobsDeps } from './job-queue.js';

/** `signal` aborts when the runner stops: a long job should stop at a safe point and throw JobInterrupted. */
export type JobHandler = (payload: unknown, job: Job, signal: AbortSignal) => Promise<void>;

/** An error that retrying cannot fix: the job fails at once instead of backing off. */
export class PermanentJobError extends Error {}

/** Thrown by a handler that stopped at a safe point because the runner is stopping: the job is released, not failed, and resumes at once elsewhere. */
export class JobInterrupted extends Error {
  constructor() {
    super('stopped at a safe point for shutdown');
  }
}

export interface JobRunnerOptions {
  pollMs?: number;
  leaseMs?: number;
}

/**
 * Polls the job table and runs handlers, one job at a time per runner. One runs inside the web process by default;
 * `dateline worker` runs it alone. `stop()` waits for jobs in flight, so a clean shutdown loses
 * nothing; a crash loses nothing either, because an unfinished job's lease expires and it runs again.
 */
export class JobRunner {
  private handlers = new Map<string, JobHandler>();
  private timer: NodeJS.Timeout | undefined;
  private busy = false;
  private stopped = true;
  private inFlight: Promise<void> = Promise.resolve();
  private abort = new AbortController();
  private keepAlive: NodeJS.Timeout | undefined;
  readonly workerId = `${hostname()}:${process.pid}:${newId().slice(-6)}`;

  constructor(
    private readonly deps: JobsDeps & { log: Logger },
    private readonly options: JobRunnerOptions = {},
  ) {}

  register(kind: string, handler: JobHandler): void {
    this.handlers.set(kind, handler);
  }

  /**
   * Starts polling. Its timers do not hold the process open, since a web process has its server for
   * that; `keepAlive` is for a process whose only work is this runner (`dateline worker`), which on
   * SQLite has no open socket and would otherwise exit the moment it fell idle.
   */
  start(options: { keepAlive?: boolean } = {}): void {
    if (!this.stopped) return;
    this.stopped = false;
    if (options.keepAlive) this.keepAlive = setInterval(() => {}, 2 ** 30);
    this.abort = new AbortController();
    // Jobs leased by a process on this host that no longer exists (a crash, a kill -9) are free at once.
    void releaseDeadLocalLeases(this.deps, hostname())
      .catch((error: unknown) => this.deps.log.warn({ err: error }, 'could not release dead leases'))
      .finally(() => this.schedule(0));
  }

  /** Looks for work now rather than at the next poll (after enqueuing something urgent). */
  kick(): void {
    if (!this.stopped && !this.busy) this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort();
    if (this.timer) clearTimeout(this.timer);
    if (this.keepAlive) clearInterval(this.keepAlive);
    this.keepAlive = undefined;
    await this.inFlight;
  }

  /** Runs due jobs until none is left: for tests and one-shot commands. */
  async drain(): Promise<number> {
    let count = 0;
    while (await this.runOne()) count++;
    return count;
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), ms);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (this.stopped || this.busy) return;
    this.busy = true;
    let found = false;
    const done = (async () => {
      try {
        while (!this.stopped && (await this.runOne())) found = true;
      } catch (error) {
        this.deps.log.error({ err: error }, 'job runner tick failed');
      }
    })();
    this.inFlight = done;
    await done;
    this.busy = false;
    if (!this.stopped) this.schedule(found ? 0 : (this.options.pollMs ?? 1000));
  }

  private async runOne(): Promise<boolean> {
    const kinds = [...this.handlers.keys()];
    if (kinds.length === 0) return false;
    const leaseMs = this.options.leaseMs ?? 60_000;
    const job = await claimNext(this.deps, this.workerId, kinds, leaseMs);
    if (!job) return false;
    const handler = this.handlers.get(job.kind)!;
    // A long job (a newsletter send) keeps its lease alive; if this process dies, the lease
    // lapses within `leaseMs` and another worker resumes the job.
    const heartbeat = setInterval(() => void extendLease(this.deps, job.id, this.workerId, leaseMs).catch(() => {}), Math.max(1000, leaseMs / 3));
    heartbeat.unref();
    try {
      await handler(job.payload, job, this.abort.signal);
      clearInterval(heartbeat);
      await completeJob(this.deps, job.id, this.workerId);
    } catch (error) {
      clearInterval(heartbeat);
      if (error instanceof JobInterrupted) {
        await releaseJob(this.deps, job, this.workerId);
        return false;
      }
      const message = error instanceof Error ? error.message : String(error);
      const permanent = error instanceof PermanentJobError;
      const outcome = await failJob(this.deps, permanent ? { ...job, attempts: job.maxAttempts } : job, this.workerId, message);
      this.deps.log.warn({ jobId: job.id, kind: job.kind, attempts: job.attempts, outcome, error: message }, 'job failed');
    }
    return true;
  }
}
