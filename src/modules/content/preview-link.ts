import { createPreviewToken, recordAudit, requirePermission, staffIdOf, type Actor } from '../newsroom/index.js';
import type { ContentDeps } from './create-post.js';
import { postNotFound } from './post-errors.js';
import { isOwnPost } from './post-ownership.js';
import { loadPostState } from './post-snapshot.js';

/** The path of a preview link; the reader site serves it (web/preview-routes.tsx). */
export const previewPath = (token: string): string => `/preview/${token}`;

/**
 * A private, expiring link that shows an article as readers will see it, even unpublished: for
 * an editor on the go or a source checking a quote. Whoever may edit the article may make one.
 */
export async function createPreviewLink(deps: ContentDeps & { publicUrl: string }, actor: Actor, postId: string, ttlMs?: number): Promise<{ url: string; expiresAt: string }> {
  const state = await loadPostState(deps.db, postId);
  if (!state) throw postNotFound();
  requirePermission(actor, 'post.preview', { isOwn: isOwnPost(actor, { createdBy: state.createdBy, authorIds: state.snapshot.authorIds }) });
  const { token, expiresAt } = await createPreviewToken(deps, postId, staffIdOf(actor), ttlMs);
  await recordAudit(deps, actor, 'post.preview-link', postId, { expiresAt });
  return { url: deps.publicUrl + previewPath(token), expiresAt };
}
