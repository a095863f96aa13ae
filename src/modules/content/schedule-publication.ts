import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import { enqueue } from '../jobs/index.js';
import { recordAudit, SYSTEM_ACTOR } from '../newsroom/index.js';
import type { ContentDeps } from './create-post.js';
import { loadPostState } from './post-snapshot.js';
import { writeRevision } from './post-revisions.js';

export const PUBLISH_JOB = 'publish-post';

export interface PublishJobPayload {
  postId: string;
  /** The time the post was scheduled for; a job whose time no longer matches does nothing. */
  publishAt: string;
}

/**
 * Queues the publication of a scheduled post. The key `publish:<postId>:<version>` makes a retried
 * request enqueue once; pass the transaction that scheduled the post so both commit together.
 */
export async function enqueuePublication(deps: { db: Db; clock: Clock }, postId: string, version: number, publishAt: string): Promise<void> {
  const payload: PublishJobPayload = { postId, publishAt };
  await enqueue(deps, { kind: PUBLISH_JOB, payload, runAt: new Date(publishAt), dedupeKey: `publish:${postId}:${version}` });
}

const isPayload = (value: unknown): value is PublishJobPayload =>
  typeof value === 'object' && value !== null && typeof (value as PublishJobPayload).postId === 'string' && typeof (value as PublishJobPayload).publishAt === 'string';

/**
 * The 'publish-post' job: publishes the post only if it is still scheduled for that very time (it
 * may have been rescheduled, unpublished or deleted since). The conditional update makes a job
 * that runs twice publish once. Returns whether it published.
 */
export async function publishScheduledPost(deps: ContentDeps, payload: unknown): Promise<boolean> {
  if (!isPayload(payload)) return false;
  const now = deps.clock.now().toISOString();
  const published = await deps.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('posts').select(['version', 'slug']).where('id', '=', payload.postId).where('status', '=', 'scheduled').where('published_at', '=', payload.publishAt).executeTakeFirst();
    if (!row) return undefined;
    const result = await trx
      .updateTable('posts')
      .set({ status: 'published', published_at: now, updated_at: now, version: row.version + 1 })
      .where('id', '=', payload.postId)
      .where('status', '=', 'scheduled')
      .where('version', '=', row.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return undefined;
    const state = await loadPostState(trx, payload.postId);
    await writeRevision({ db: trx, clock: deps.clock }, payload.postId, row.version + 1, state!.snapshot, SYSTEM_ACTOR);
    await recordAudit({ db: trx, clock: deps.clock }, SYSTEM_ACTOR, 'post.publish', payload.postId, { version: row.version + 1, scheduledFor: payload.publishAt });
    return row.slug;
  });
  if (published === undefined) return false;
  await deps.events.emit('post.changed', { postId: payload.postId, slug: published, status: 'published', previousStatus: 'scheduled' });
  return true;
}
