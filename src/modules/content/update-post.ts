import type { Db } from '../../db/database-handle.js';
import { recordAudit, requirePermission, type Actor } from '../newsroom/index.js';
import { bodyToDoc } from './body-input.js';
import { directionOf, type Post } from './content-types.js';
import type { ContentDeps } from './create-post.js';
import { uniqueSlug } from './create-post.js';
import { countWords } from './document.js';
import { validateChanges, type PostChanges } from './post-changes.js';
import { PostVersionConflictError, postNotFound } from './post-errors.js';
import { isOwnPost } from './post-ownership.js';
import { getPost } from './post-queries.js';
import { resolvePostReferences } from './post-references.js';
import { writeRevision } from './post-revisions.js';
import { loadPostState, type PostState } from './post-snapshot.js';
import { renderDocText } from './render-document.js';

/** Throws the 409 that carries the current post, for a save based on `basedOn`. */
export async function versionConflict(db: Db, postId: string, basedOn: number): Promise<never> {
  const current = await getPost(db, postId);
  if (!current) throw postNotFound();
  throw new PostVersionConflictError(current.version, current, basedOn);
}

/** Checks that the actor may change this article in its current status. */
export function requireEditable(actor: Actor, state: PostState): void {
  const isOwn = isOwnPost(actor, { createdBy: state.createdBy, authorIds: state.snapshot.authorIds });
  requirePermission(actor, 'post.edit', { isOwn });
  if (state.status === 'published' || state.status === 'scheduled') requirePermission(actor, 'post.edit-published', { isOwn });
}

/**
 * Saves changes to an article (PATCH semantics). `version` is the version the changes were based
 * on: if someone saved since, nothing is written and a 409 carries the current post. Every save
 * increments the version, keeps a revision and is audited; subscribers hear 'post.changed'.
 */
export async function updatePost(deps: ContentDeps, actor: Actor, postId: string, version: number, changes: PostChanges, action = 'post.update'): Promise<Post> {
  validateChanges(changes);
  const doc = changes.body !== undefined ? bodyToDoc(changes.body) : undefined;
  const state = await loadPostState(deps.db, postId);
  if (!state) throw postNotFound();
  requireEditable(actor, state);
  if (state.version !== version) await versionConflict(deps.db, postId, version);
  // Nothing to change (an autosave with no edits): no new version, no revision.
  if (Object.values(changes).every((v) => v === undefined)) return (await getPost(deps.db, postId))!;
  const refs = await resolvePostReferences(
    deps.db,
    { section: changes.section, authors: changes.authors, tags: changes.tags, leadMediaId: changes.leadImage === undefined ? undefined : (changes.leadImage?.mediaId ?? null), translationOf: changes.translationOf },
    postId,
  );
  const slug = changes.slug !== undefined && changes.slug !== state.slug ? await uniqueSlug(deps.db, changes.slug, postId) : undefined;
  const now = deps.clock.now().toISOString();

  const saved = await deps.db.transaction().execute(async (trx) => {
    const lead = changes.leadImage;
    const result = await trx
      .updateTable('posts')
      .set({
        ...(changes.title !== undefined ? { title: changes.title.trim() } : {}),
        ...(slug !== undefined ? { slug } : {}),
        ...(changes.type !== undefined ? { type: changes.type } : {}),
        ...(changes.access !== undefined ? { access: changes.access } : {}),
        ...(changes.dek !== undefined ? { dek: changes.dek.trim() } : {}),
        ...(changes.dateline !== undefined ? { dateline: changes.dateline.trim() } : {}),
        ...(changes.language !== undefined ? { language: changes.language, direction: directionOf(changes.language) } : {}),
        ...(doc !== undefined ? { body: JSON.stringify(doc), word_count: countWords(renderDocText(doc)) } : {}),
        ...(refs.sectionId !== undefined ? { section_id: refs.sectionId } : {}),
        ...(lead !== undefined
          ? { lead_media_id: lead?.mediaId ?? null, lead_alt: lead?.alt ?? null, lead_caption: lead?.caption ?? null, lead_credit: lead?.credit ?? null }
          : {}),
        ...(changes.featured !== undefined ? { featured: changes.featured ? 1 : 0 } : {}),
        ...(changes.previewParagraphs !== undefined ? { preview_paragraphs: changes.previewParagraphs } : {}),
        ...(changes.seoTitle !== undefined ? { seo_title: changes.seoTitle } : {}),
        ...(changes.seoDescription !== undefined ? { seo_description: changes.seoDescription } : {}),
        ...(refs.translationOf !== undefined ? { translation_of: refs.translationOf } : {}),
        updated_at: now,
        version: version + 1,
      })
      .where('id', '=', postId)
      .where('version', '=', version)
      .executeTakeFirst();
    // Someone saved between our read and this write: nothing changed, report the conflict.
    if (Number(result.numUpdatedRows) === 0) return false;
    if (refs.authorIds !== undefined) {
      await trx.deleteFrom('post_authors').where('post_id', '=', postId).execute();
      if (refs.authorIds.length) await trx.insertInto('post_authors').values(refs.authorIds.map((author_id, position) => ({ post_id: postId, author_id, position }))).execute();
    }
    if (refs.tagIds !== undefined) {
      await trx.deleteFrom('post_tags').where('post_id', '=', postId).execute();
      if (refs.tagIds.length) await trx.insertInto('post_tags').values(refs.tagIds.map((tag_id, position) => ({ post_id: postId, tag_id, position }))).execute();
    }
    const after = await loadPostState(trx, postId);
    await writeRevision({ db: trx, clock: deps.clock }, postId, version + 1, after!.snapshot, actor);
    await recordAudit({ db: trx, clock: deps.clock }, actor, action, postId, { version: version + 1, fields: Object.keys(changes) });
    return true;
  });
  if (!saved) await versionConflict(deps.db, postId, version);
  await deps.events.emit('post.changed', { postId, slug: slug ?? state.slug, status: state.status, previousStatus: state.status });
  return (await getPost(deps.db, postId))!;
}
