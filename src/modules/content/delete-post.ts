import { recordAudit, requirePermission, type Actor } from '../newsroom/index.js';
import type { ContentDeps } from './create-post.js';
import { postNotFound } from './post-errors.js';
import { isOwnPost } from './post-ownership.js';
import { loadPostState } from './post-snapshot.js';

/**
 * Deletes an article and its revisions for good. Taking down a live (published or scheduled)
 * article also needs the right to unpublish it. The audit entry outlives the article; subscribers
 * hear 'post.deleted' (caches drop it, search forgets it).
 */
export async function deletePost(deps: ContentDeps, actor: Actor, postId: string): Promise<void> {
  const state = await loadPostState(deps.db, postId);
  if (!state) throw postNotFound();
  const isOwn = isOwnPost(actor, { createdBy: state.createdBy, authorIds: state.snapshot.authorIds });
  requirePermission(actor, 'post.delete', { isOwn });
  if (state.status === 'published' || state.status === 'scheduled') requirePermission(actor, 'post.unpublish', { isOwn });
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('posts').where('id', '=', postId).execute();
    await recordAudit({ db: trx, clock: deps.clock }, actor, 'post.delete', postId, { title: state.snapshot.title, slug: state.slug, status: state.status });
  });
  await deps.events.emit('post.deleted', { postId, slug: state.slug });
}
