/** Jobs: durable work in the database (scheduled publishing, image variants, sends, webhooks). */
export { enqueue, cancelJob, claimNext, completeJob, failJob, backoffMs, extendLease, releaseDeadLocalLeases, releaseJob, type Job, type JobsDeps, type EnqueueInput } from './job-queue.js';
export { JobRunner, PermanentJobError, JobInterrupted, type JobHandler, type JobRunnerOptions } from './job-runner.js';
