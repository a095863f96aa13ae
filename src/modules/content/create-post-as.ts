import { AppError } from '../../kernel/errors.js';
import { recordAudit, requirePermission, type Actor } from '../newsroom/index.js';
import { bodyToDoc, type BodyInput } from './body-input.js';
import type { ArticleType, Post } from './content-types.js';
import { createPost, type ContentDeps } from './create-post.js';
import { checkPublishable, validateChanges, type PostChanges } from './post-changes.js';
import { getPost } from './post-queries.js';
import { resolvePostReferences } from './post-references.js';
import { writeRevision } from './post-revisions.js';
import { loadPostState } from './post-snapshot.js';
import { enqueuePublication } from './schedule-publication.js';

export const CREATE_STATUSES = ['draft', 'review', 'scheduled', 'published'] as const;
export type CreateStatus = (typeof CREATE_STATUSES)[number];

export interface NewPostInput extends PostChanges {
  title: string;
  type: ArticleType;
  body: BodyInput;
  status?: CreateStatus;
  /** For status "scheduled": when to publish (ISO 8601, in the future). */
  publishAt?: string;
}

/**
 * Creates an article on behalf of someone, checking what their role allows for the status asked
 * (contributors may only create drafts or submit for review). Bylines default to the actor's own
 * author profile. Keeps revision 1 and an audit entry; a scheduled post gets its publication job.
 */
export async function createPostAs(deps: ContentDeps, actor: Actor, input: NewPostInput): Promise<Post> {
  requirePermission(actor, 'post.create');
  const status: CreateStatus = input.status ?? 'draft';
  if (!CREATE_STATUSES.includes(status)) throw new AppError('VALIDATION_FAILED', 400, `status must be one of ${CREATE_STATUSES.join(', ')}`, { status: `must be one of ${CREATE_STATUSES.join(', ')}` });
  // A new article is its creator's own, so "own" grants apply.
  if (status === 'review') requirePermission(actor, 'post.submit', { isOwn: true });
  if (status === 'published' || status === 'scheduled') requirePermission(actor, 'post.publish', { isOwn: true });
  validateChanges(input);
  const now = deps.clock.now();
  let publishAt: string | undefined;
  if (status === 'scheduled') {
    const at = input.publishAt ? new Date(input.publishAt) : undefined;
    if (!at || Number.isNaN(at.getTime()) || at <= now) throw new AppError('VALIDATION_FAILED', 400, 'A scheduled article needs a publishAt time in the future', { publishAt: 'must be a time in the future' });
    publishAt = at.toISOString();
  } else if (input.publishAt !== undefined) {
    throw new AppError('VALIDATION_FAILED', 400, 'publishAt is only for status "scheduled"', { publishAt: 'is only allowed with status "scheduled"' });
  }
  const defaultAuthors = actor.kind === 'staff' && actor.authorId ? [actor.authorId] : undefined;
  const refs = await resolvePostReferences(deps.db, {
    section: input.section,
    authors: input.authors ?? defaultAuthors,
    tags: input.tags,
    leadMediaId: input.leadImage?.mediaId,
    translationOf: input.translationOf,
  });
  if (status === 'published' || status === 'scheduled') {
    const doc = bodyToDoc(input.body);
    await checkPublishable(deps.db, { body: doc, leadMediaId: refs.leadMediaId ?? null, leadAlt: input.leadImage?.alt ?? null });
  }
  const created = await createPost(deps, {
    title: input.title,
    type: input.type,
    body: input.body,
    slug: input.slug,
    status,
    access: input.access,
    dek: input.dek,
    dateline: input.dateline,
    language: input.language,
    sectionId: refs.sectionId ?? null,
    leadMediaId: refs.leadMediaId ?? null,
    leadAlt: input.leadImage?.alt ?? null,
    leadCaption: input.leadImage?.caption ?? null,
    leadCredit: input.leadImage?.credit ?? null,
    authorIds: refs.authorIds,
    tagIds: refs.tagIds,
    featured: input.featured,
    previewParagraphs: input.previewParagraphs,
    seoTitle: input.seoTitle,
    seoDescription: input.seoDescription,
    translationOf: refs.translationOf ?? null,
    ...(publishAt ? { publishedAt: publishAt, updatedAt: now.toISOString() } : {}),
  });
  await deps.db.transaction().execute(async (trx) => {
    if (actor.kind === 'staff') await trx.updateTable('posts').set({ created_by: actor.id }).where('id', '=', created.id).execute();
    const state = await loadPostState(trx, created.id);
    await writeRevision({ db: trx, clock: deps.clock }, created.id, created.version, state!.snapshot, actor);
    await recordAudit({ db: trx, clock: deps.clock }, actor, 'post.create', created.id, { status, version: created.version });
    if (publishAt) await enqueuePublication({ db: trx, clock: deps.clock }, created.id, created.version, publishAt);
  });
  return (await getPost(deps.db, created.id))!;
}
