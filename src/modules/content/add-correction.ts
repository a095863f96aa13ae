import { AppError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { recordAudit, requirePermission, type Actor } from '../newsroom/index.js';
import type { Post } from './content-types.js';
import type { ContentDeps } from './create-post.js';
import { postNotFound } from './post-errors.js';
import { getPost } from './post-queries.js';
import { writeRevision } from './post-revisions.js';
import { loadPostState } from './post-snapshot.js';
import { versionConflict } from './update-post.js';

export interface CorrectionInput {
  kind?: 'correction' | 'update';
  text: string;
  /** When given, fails with 409 if the post changed since. */
  version?: number;
}

/**
 * Appends a dated, public correction (or update note) to a published article. Its "updated" time
 * moves to now and its version increments, so caches, feeds and structured data pick it up.
 * Only editors and admins correct the record.
 */
export async function addCorrection(deps: ContentDeps, actor: Actor, postId: string, input: CorrectionInput): Promise<Post> {
  requirePermission(actor, 'post.correct');
  const text = (input.text ?? '').trim();
  const kind = input.kind ?? 'correction';
  const fields: Record<string, string> = {};
  if (text === '' || text.length > 2000) fields.text = 'is required (at most 2000 characters)';
  if (kind !== 'correction' && kind !== 'update') fields.kind = 'must be correction or update';
  if (Object.keys(fields).length) throw new AppError('VALIDATION_FAILED', 400, 'The correction needs a text of at most 2000 characters.', fields);
  const state = await loadPostState(deps.db, postId);
  if (!state) throw postNotFound();
  if (input.version !== undefined && input.version !== state.version) await versionConflict(deps.db, postId, input.version);
  if (state.status !== 'published') throw new AppError('NOT_PUBLISHED', 409, 'Corrections are public notes on published articles; edit the draft instead.');
  const now = deps.clock.now().toISOString();
  const version = state.version + 1;
  const saved = await deps.db.transaction().execute(async (trx) => {
    const result = await trx.updateTable('posts').set({ updated_at: now, version }).where('id', '=', postId).where('version', '=', state.version).executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    await trx.insertInto('corrections').values({ id: newId(deps.clock.now().getTime()), post_id: postId, kind, text, created_at: now }).execute();
    await writeRevision({ db: trx, clock: deps.clock }, postId, version, state.snapshot, actor);
    await recordAudit({ db: trx, clock: deps.clock }, actor, 'post.correct', postId, { kind, text, version });
    return true;
  });
  if (!saved) await versionConflict(deps.db, postId, input.version ?? state.version);
  await deps.events.emit('post.changed', { postId, slug: state.slug, status: state.status, previousStatus: state.status });
  return (await getPost(deps.db, postId))!;
}
