import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import type { DomainEvents } from '../../kernel/events.js';
import { newId } from '../../kernel/ids.js';
import { enqueue } from '../jobs/index.js';
import { webhooksFor } from './webhook-repository.js';
import type { WebhookEvent, WebhookPayload } from './webhook-types.js';

export interface WebhookEnqueueDeps {
  db: Db;
  clock: Clock;
  /** The public URL of an article (or page), for the payload. */
  postUrl: (post: { slug: string; type: string }) => string;
  kickJobs?: () => void;
}

export const DELIVERY_JOB = 'webhook-delivery';

/**
 * Which webhook event a post change is, if any: drafts and reviews changing are newsroom
 * business, not the outside world's. Publishing, editing a published post and taking one down are.
 */
export function webhookEventFor(change: DomainEvents['post.changed']): WebhookEvent | undefined {
  const wasLive = change.previousStatus === 'published';
  const isLive = change.status === 'published';
  if (isLive && !wasLive) return 'post.published';
  if (isLive && wasLive) return 'post.updated';
  if (!isLive && wasLive) return 'post.unpublished';
  return undefined;
}

async function snapshot(deps: WebhookEnqueueDeps, postId: string): Promise<WebhookPayload['post'] | undefined> {
  const p = await deps.db
    .selectFrom('posts')
    .select(['id', 'slug', 'title', 'type', 'status', 'access', 'language', 'version', 'published_at', 'updated_at'])
    .where('id', '=', postId)
    .executeTakeFirst();
  if (!p) return undefined;
  return {
    id: p.id,
    slug: p.slug,
    url: p.status === 'published' ? deps.postUrl(p) : null,
    title: p.title,
    type: p.type,
    status: p.status,
    access: p.access,
    language: p.language,
    version: p.version,
    publishedAt: p.published_at,
    updatedAt: p.updated_at,
  };
}

/**
 * Records one delivery per interested webhook and enqueues a job for each. The job's dedupe key
 * (`webhook:<hook>:<post>:<version>:<event>`) makes a repeated event harmless: the same version
 * of the same post is announced to the same webhook once. Returns how many were enqueued.
 */
export async function enqueueWebhookDeliveries(
  deps: WebhookEnqueueDeps,
  input: { event: WebhookEvent | 'ping'; postId?: string; slug?: string; onlyWebhookId?: string },
): Promise<number> {
  const hooks = (await webhooksFor(deps.db, input.event)).filter((h) => !input.onlyWebhookId || h.id === input.onlyWebhookId);
  if (hooks.length === 0) return 0;
  let post: WebhookPayload['post'] = null;
  if (input.postId && input.event !== 'post.deleted') {
    post = (await snapshot(deps, input.postId)) ?? null;
    if (!post) return 0;
  } else if (input.postId) {
    post = { id: input.postId, slug: input.slug ?? '', url: null, title: '', type: '', status: 'deleted', access: '', language: '', version: 0, publishedAt: null, updatedAt: deps.clock.now().toISOString() };
  }
  let count = 0;
  for (const hook of hooks) {
    const now = deps.clock.now();
    const id = newId(now.getTime());
    const payload: WebhookPayload = { id, event: input.event, createdAt: now.toISOString(), post };
    await deps.db
      .insertInto('webhook_deliveries')
      .values({ id, webhook_id: hook.id, event: input.event, post_id: input.postId ?? null, payload: JSON.stringify(payload), status: 'pending', attempts: 0, response_code: null, last_error: null, created_at: now.toISOString(), updated_at: now.toISOString() })
      .execute();
    const dedupeKey = input.event === 'ping' ? `webhook:${hook.id}:ping:${id}` : `webhook:${hook.id}:${input.postId}:${post?.version ?? 0}:${input.event}`;
    const jobId = await enqueue(deps, { kind: DELIVERY_JOB, payload: { deliveryId: id }, dedupeKey, maxAttempts: 8 });
    if (jobId) count++;
    else await deps.db.deleteFrom('webhook_deliveries').where('id', '=', id).execute();
  }
  if (count > 0) deps.kickJobs?.();
  return count;
}
