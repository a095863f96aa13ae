import { AppError } from '../../kernel/errors.js';
import { recordAudit, requirePermission, type Actor, type Operation } from '../newsroom/index.js';
import type { Post, PostStatus } from './content-types.js';
import type { ContentDeps } from './create-post.js';
import { checkPublishable } from './post-changes.js';
import { postNotFound } from './post-errors.js';
import { isOwnPost } from './post-ownership.js';
import { getPost } from './post-queries.js';
import { writeRevision } from './post-revisions.js';
import { loadPostState } from './post-snapshot.js';
import { enqueuePublication } from './schedule-publication.js';
import { versionConflict } from './update-post.js';

export const TRANSITION_ACTIONS = ['submit', 'approve', 'send-back', 'publish', 'schedule', 'unpublish', 'archive'] as const;
export type TransitionAction = (typeof TRANSITION_ACTIONS)[number];

export interface TransitionInput {
  action: TransitionAction;
  /** Why (required to send back; kept in the audit log either way). */
  comment?: string;
  /** For schedule (required) and approve (optional): when to publish. */
  publishAt?: string;
  /** When given, the transition fails with 409 if the post changed since this version. */
  version?: number;
}

interface Rule {
  from: PostStatus[];
  permission: Operation;
  label: string;
}

/**
 * The editorial workflow: draft -> review -> scheduled -> published, with unpublish (back to draft)
 * and archive. Contributors submit; editors approve or send back; whoever may publish publishes.
 */
const RULES: Record<TransitionAction, Rule> = {
  submit: { from: ['draft'], permission: 'post.submit', label: 'submitted for review' },
  approve: { from: ['review'], permission: 'post.review', label: 'approved' },
  'send-back': { from: ['review', 'scheduled'], permission: 'post.review', label: 'sent back' },
  publish: { from: ['draft', 'review', 'scheduled'], permission: 'post.publish', label: 'published' },
  schedule: { from: ['draft', 'review', 'scheduled'], permission: 'post.publish', label: 'scheduled' },
  unpublish: { from: ['published', 'scheduled', 'archived'], permission: 'post.unpublish', label: 'unpublished' },
  archive: { from: ['draft', 'review', 'scheduled', 'published'], permission: 'post.archive', label: 'archived' },
};

const STATUS_WORDS: Record<PostStatus, string> = { draft: 'a draft', review: 'in review', scheduled: 'scheduled', published: 'published', archived: 'archived' };

function futureTime(value: string | undefined, now: Date, field = 'publishAt'): string {
  const at = value ? new Date(value) : undefined;
  if (!at || Number.isNaN(at.getTime()) || at <= now) throw new AppError('VALIDATION_FAILED', 400, 'Choose a publication time in the future.', { [field]: 'must be a time in the future' });
  return at.toISOString();
}

/**
 * Moves an article through the workflow, checking the actor's permission and the current status
 * in the operation itself (whatever door the request came through). Every transition increments
 * the version, keeps a revision, is audited (with its comment) and emits 'post.changed'.
 * Scheduling enqueues a durable 'publish-post' job in the same transaction.
 */
export async function transitionPost(deps: ContentDeps, actor: Actor, postId: string, input: TransitionInput): Promise<Post> {
  const rule = RULES[input.action];
  if (!rule) throw new AppError('VALIDATION_FAILED', 400, `action must be one of ${TRANSITION_ACTIONS.join(', ')}`, { action: 'is not a known action' });
  const state = await loadPostState(deps.db, postId);
  if (!state) throw postNotFound();
  const isOwn = isOwnPost(actor, { createdBy: state.createdBy, authorIds: state.snapshot.authorIds });
  requirePermission(actor, rule.permission, { isOwn });
  if (input.version !== undefined && input.version !== state.version) await versionConflict(deps.db, postId, input.version);
  if (!rule.from.includes(state.status)) {
    throw new AppError('INVALID_TRANSITION', 409, `An article that is ${STATUS_WORDS[state.status]} cannot be ${rule.label}.`);
  }
  const comment = input.comment?.trim() ?? '';
  if (input.action === 'send-back' && comment === '') {
    throw new AppError('VALIDATION_FAILED', 400, 'Say what needs to change when sending an article back.', { comment: 'is required when sending back' });
  }
  const now = deps.clock.now();
  let to: PostStatus;
  let publishedAt = state.snapshot.publishedAt;
  switch (input.action) {
    case 'submit':
      to = 'review';
      break;
    case 'send-back':
    case 'unpublish':
      to = 'draft';
      if (state.status === 'scheduled') publishedAt = null;
      break;
    case 'archive':
      to = 'archived';
      if (state.status === 'scheduled') publishedAt = null;
      break;
    case 'schedule':
      to = 'scheduled';
      publishedAt = futureTime(input.publishAt, now);
      break;
    case 'approve':
    case 'publish':
      if (input.publishAt !== undefined) {
        if (input.action === 'publish') throw new AppError('VALIDATION_FAILED', 400, 'To publish later, use the schedule action.', { publishAt: 'is only for schedule and approve' });
        to = 'scheduled';
        publishedAt = futureTime(input.publishAt, now);
      } else {
        to = 'published';
        // A first publication (or one brought forward from a schedule) is dated now; a republished article keeps its date.
        if (!publishedAt || state.status === 'scheduled' || publishedAt > now.toISOString()) publishedAt = now.toISOString();
      }
      break;
  }
  if (to === 'published' || to === 'scheduled') await checkPublishable(deps.db, state.snapshot);

  const version = state.version + 1;
  const saved = await deps.db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('posts')
      .set({ status: to, published_at: publishedAt, updated_at: now.toISOString(), version })
      .where('id', '=', postId)
      .where('version', '=', state.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return false;
    const after = await loadPostState(trx, postId);
    await writeRevision({ db: trx, clock: deps.clock }, postId, version, after!.snapshot, actor);
    await recordAudit({ db: trx, clock: deps.clock }, actor, `post.${input.action}`, postId, {
      from: state.status,
      to,
      version,
      ...(comment ? { comment } : {}),
      ...(to === 'scheduled' ? { publishAt: publishedAt } : {}),
    });
    if (to === 'scheduled') await enqueuePublication({ db: trx, clock: deps.clock }, postId, version, publishedAt!);
    return true;
  });
  if (!saved) await versionConflict(deps.db, postId, input.version ?? state.version);
  await deps.events.emit('post.changed', { postId, slug: state.slug, status: to, previousStatus: state.status });
  return (await getPost(deps.db, postId))!;
}
