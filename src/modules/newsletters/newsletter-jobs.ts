import type { NewsletterDeps } from './newsletter-types.js';
import { deliverSend } from './deliver-send.js';
import { prepareSend } from './prepare-send.js';
import { DELIVER_JOB, PREPARE_JOB } from './sends.js';

const sendIdOf = (payload: unknown): string => {
  const id = (payload as { sendId?: unknown } | null)?.sendId;
  if (typeof id !== 'string') throw new Error('newsletter job without a sendId');
  return id;
};

/** The two durable jobs of a send: fix its audience, then deliver it. */
export function registerNewsletterJobs(jobs: { register(kind: string, handler: (payload: unknown, job: unknown, signal: AbortSignal) => Promise<void>): void }, deps: NewsletterDeps): void {
  jobs.register(PREPARE_JOB, (payload) => prepareSend(deps, sendIdOf(payload)));
  jobs.register(DELIVER_JOB, (payload, _job, signal) => deliverSend(deps, sendIdOf(payload), { signal }));
}
