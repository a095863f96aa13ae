import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import { isAppError } from '../../kernel/errors.js';
import { PermanentJobError, type Job } from '../jobs/index.js';
import { safeRequest } from '../safe-http/index.js';
import { SIGNATURE_HEADER, signWebhook } from './webhook-signature.js';

export interface DeliverDeps {
  db: Db;
  clock: Clock;
  allowPrivateTargets?: boolean;
  /** Per attempt (default 10 s). */
  timeoutMs?: number;
}

async function record(deps: DeliverDeps, deliveryId: string, webhookId: string, status: 'delivered' | 'retrying' | 'failed', attempts: number, code: number | null, error: string | null): Promise<void> {
  const now = deps.clock.now().toISOString();
  await deps.db.updateTable('webhook_deliveries').set({ status, attempts, response_code: code, last_error: error?.slice(0, 1000) ?? null, updated_at: now }).where('id', '=', deliveryId).execute();
  await deps.db.updateTable('webhooks').set({ last_delivery_at: now, last_status: status, last_response_code: code }).where('id', '=', webhookId).execute();
}

/**
 * The `webhook-delivery` job: POSTs the recorded payload, signed, to the webhook's URL. A 2xx
 * answer is success; anything else (or no answer) throws so the job queue retries with
 * exponential backoff, and the delivery log shows the last status and number of attempts. A
 * target that became private is refused for good; redirects are not followed.
 */
export function webhookDeliveryJob(deps: DeliverDeps): (payload: unknown, job: Job) => Promise<void> {
  return async (payload, job) => {
    const deliveryId = (payload as { deliveryId?: unknown } | null)?.deliveryId;
    if (typeof deliveryId !== 'string') throw new PermanentJobError('webhook-delivery job without a deliveryId');
    const delivery = await deps.db.selectFrom('webhook_deliveries').selectAll().where('id', '=', deliveryId).executeTakeFirst();
    if (!delivery) return; // its webhook was deleted, and the log with it
    const hook = await deps.db.selectFrom('webhooks').select(['id', 'target_url', 'secret', 'active']).where('id', '=', delivery.webhook_id).executeTakeFirst();
    if (!hook || hook.active !== 1) {
      await record(deps, deliveryId, delivery.webhook_id, 'failed', delivery.attempts, null, 'The webhook was switched off before this delivery');
      return;
    }
    const attempts = delivery.attempts + 1;
    const body = delivery.payload;
    const signature = signWebhook(hook.secret, body, Math.floor(deps.clock.now().getTime() / 1000));
    let code: number | null = null;
    let error: string;
    try {
      const response = await safeRequest(hook.target_url, {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/json', [SIGNATURE_HEADER]: signature, 'X-Dateline-Event': delivery.event, 'X-Dateline-Delivery': delivery.id },
        timeoutMs: deps.timeoutMs ?? 10_000,
        maxBytes: 16 * 1024,
        overflow: 'truncate',
        maxRedirects: 0,
        allowPrivate: deps.allowPrivateTargets,
        userAgent: 'Dateline-Webhooks/0.1',
      });
      code = response.status;
      if (code >= 200 && code < 300) {
        await record(deps, deliveryId, hook.id, 'delivered', attempts, code, null);
        return;
      }
      error = `The receiver answered HTTP ${code}`;
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
      if (isAppError(caught) && caught.code === 'URL_NOT_ALLOWED') {
        await record(deps, deliveryId, hook.id, 'failed', attempts, null, error);
        throw new PermanentJobError(error);
      }
    }
    const final = job.attempts >= job.maxAttempts;
    await record(deps, deliveryId, hook.id, final ? 'failed' : 'retrying', attempts, code, error);
    throw new Error(error);
  };
}
