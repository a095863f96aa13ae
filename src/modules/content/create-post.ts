import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';
import type { EventBus } from '../../kernel/events.js';
import { newId } from '../../kernel/ids.js';
import { bodyToDoc, type BodyInput } from './body-input.js';
import { ACCESS_LEVELS, ARTICLE_TYPES, POST_STATUSES, directionOf, type AccessLevel, type ArticleType, type PostStatus } from './content-types.js';
import { countWords } from './document.js';
import { renderDocText } from './render-document.js';
import { isSlug, slugify } from './slugify.js';

export interface ContentDeps {
  db: Db;
  clock: Clock;
  events: EventBus;
}

export interface CreatePostInput {
  title: string;
  type: ArticleType;
  body: BodyInput;
  slug?: string;
  status?: PostStatus;
  access?: AccessLevel;
  dek?: string;
  dateline?: string;
  language?: string;
  sectionId?: string | null;
  leadMediaId?: string | null;
  leadAlt?: string | null;
  leadCaption?: string | null;
  leadCredit?: string | null;
  authorIds?: string[];
  tagIds?: string[];
  featured?: boolean;
  previewParagraphs?: number;
  seoTitle?: string;
  seoDescription?: string;
  translationOf?: string | null;
  publishedAt?: string;
  updatedAt?: string;
  corrections?: { kind: 'correction' | 'update'; text: string; createdAt: string }[];
}

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** A slug not yet taken: the wanted one, else wanted-2, wanted-3... */
export async function uniqueSlug(db: Db, wanted: string, exceptId?: string): Promise<string> {
  for (let n = 1; n < 1000; n++) {
    const candidate = n === 1 ? wanted : `${wanted}-${n}`;
    const taken = await db.selectFrom('posts').select('id').where('slug', '=', candidate).executeTakeFirst();
    if (!taken || taken.id === exceptId) return candidate;
  }
  throw new AppError('SLUG_TAKEN', 409, `The slug "${wanted}" and its numbered variants are taken`);
}

/**
 * Creates an article (or page). The one place posts are inserted: the Admin API, the seed and
 * importers all call this. Defaults: status draft, access public, language en, a slug from the
 * title, published now when created as published.
 */
export async function createPost(deps: ContentDeps, input: CreatePostInput): Promise<{ id: string; slug: string; version: number }> {
  const fields: Record<string, string> = {};
  if (typeof input.title !== 'string' || input.title.trim() === '') fields.title = 'is required';
  if (!ARTICLE_TYPES.includes(input.type)) fields.type = `must be one of ${ARTICLE_TYPES.join(', ')}`;
  if (input.status && !POST_STATUSES.includes(input.status)) fields.status = `must be one of ${POST_STATUSES.join(', ')}`;
  if (input.access && !ACCESS_LEVELS.includes(input.access)) fields.access = `must be one of ${ACCESS_LEVELS.join(', ')}`;
  if (input.language && !LANGUAGE.test(input.language)) fields.language = 'must be a BCP 47 language tag such as en or ar';
  if (input.slug !== undefined && !isSlug(input.slug)) fields.slug = 'must be lowercase letters, digits and hyphens';
  if (Object.keys(fields).length) throw new AppError('VALIDATION_FAILED', 400, `Some fields are not valid: ${Object.keys(fields).join(', ')}`, fields);

  const doc = bodyToDoc(input.body);
  const now = deps.clock.now().toISOString();
  const status = input.status ?? 'draft';
  const language = input.language ?? 'en';
  const id = newId(deps.clock.now().getTime());
  const slug = await uniqueSlug(deps.db, input.slug ?? slugify(input.title));
  const publishedAt = input.publishedAt ?? (status === 'published' ? now : null);

  await deps.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('posts')
      .values({
        id,
        slug,
        type: input.type,
        status,
        title: input.title.trim(),
        dek: input.dek?.trim() ?? '',
        body: JSON.stringify(doc),
        word_count: countWords(renderDocText(doc)),
        dateline: input.dateline?.trim() ?? '',
        language,
        direction: directionOf(language),
        section_id: input.sectionId ?? null,
        lead_media_id: input.leadMediaId ?? null,
        lead_alt: input.leadAlt ?? null,
        lead_caption: input.leadCaption ?? null,
        lead_credit: input.leadCredit ?? null,
        access: input.access ?? 'public',
        preview_paragraphs: input.previewParagraphs ?? 3,
        featured: input.featured ? 1 : 0,
        seo_title: input.seoTitle ?? '',
        seo_description: input.seoDescription ?? '',
        translation_of: input.translationOf ?? null,
        published_at: publishedAt,
        updated_at: input.updatedAt ?? publishedAt ?? now,
        created_at: publishedAt && publishedAt < now ? publishedAt : now,
        version: 1,
      })
      .execute();
    const authorIds = [...new Set(input.authorIds ?? [])];
    if (authorIds.length) await trx.insertInto('post_authors').values(authorIds.map((author_id, position) => ({ post_id: id, author_id, position }))).execute();
    const tagIds = [...new Set(input.tagIds ?? [])];
    if (tagIds.length) await trx.insertInto('post_tags').values(tagIds.map((tag_id, position) => ({ post_id: id, tag_id, position }))).execute();
    for (const c of input.corrections ?? []) {
      await trx.insertInto('corrections').values({ id: newId(), post_id: id, kind: c.kind, text: c.text, created_at: c.createdAt }).execute();
    }
  });
  await deps.events.emit('post.changed', { postId: id, slug, status, previousStatus: null });
  return { id, slug, version: 1 };
}
