import type { Actor } from '../newsroom/index.js';
import type { Post } from './content-types.js';
import type { ContentDeps } from './create-post.js';
import { changesFromSnapshot } from './post-changes.js';
import { postNotFound } from './post-errors.js';
import { getRevision } from './post-revisions.js';
import { loadPostState } from './post-snapshot.js';
import { updatePost } from './update-post.js';

/**
 * Restores an earlier revision: a new save (new version, new revision) whose content is the old
 * snapshot. The status and publication time stay as they are; restoring never unpublishes.
 * `version` is the version the person was looking at (defaults to the current one).
 */
export async function restoreRevision(deps: ContentDeps, actor: Actor, postId: string, revisionRef: string, version?: number): Promise<Post> {
  const state = await loadPostState(deps.db, postId);
  if (!state) throw postNotFound();
  const revision = await getRevision(deps.db, postId, revisionRef);
  const changes = changesFromSnapshot(revision.snapshot);
  // Bylines, tags or the section may have been deleted since: restore only those that still exist.
  const [authors, tags, section, media] = await Promise.all([
    changes.authors?.length ? deps.db.selectFrom('authors').select('id').where('id', 'in', changes.authors).execute() : [],
    changes.tags?.length ? deps.db.selectFrom('tags').select('id').where('id', 'in', changes.tags).execute() : [],
    changes.section ? deps.db.selectFrom('sections').select('id').where('id', '=', changes.section).executeTakeFirst() : undefined,
    changes.leadImage ? deps.db.selectFrom('media').select('id').where('id', '=', changes.leadImage.mediaId).executeTakeFirst() : undefined,
  ]);
  const existing = new Set([...authors, ...tags].map((r) => r.id));
  changes.authors = changes.authors?.filter((id) => existing.has(id));
  changes.tags = changes.tags?.filter((id) => existing.has(id));
  if (changes.section && !section) changes.section = null;
  if (changes.leadImage && !media) changes.leadImage = null;
  if (changes.translationOf) {
    const original = await deps.db.selectFrom('posts').select('id').where('id', '=', changes.translationOf).executeTakeFirst();
    if (!original) changes.translationOf = null;
  }
  return updatePost(deps, actor, postId, version ?? state.version, changes, 'post.restore');
}
