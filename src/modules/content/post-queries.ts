import type { Db } from '../../db/database-handle.js';
import type { ArticleType, Correction, Post, PostSummary } from './content-types.js';
import type { Block, Doc } from './document.js';
import { hydrateSummaries, loadAuthorsFor, loadMedia, loadSections, loadTagsFor, mediaToImage, SUMMARY_COLUMNS, summaryFromRow } from './hydrate.js';

export interface PostFilter {
  types?: ArticleType[];
  excludeTypes?: ArticleType[];
  sectionId?: string;
  tagId?: string;
  authorId?: string;
  language?: string;
  /** Inclusive lower bound of published_at (ISO). */
  from?: string;
  /** Exclusive upper bound of published_at (ISO). */
  to?: string;
  excludeIds?: string[];
  featured?: boolean;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Cursors are opaque to callers: the last row's publication time and id, base64url-encoded. */
export function encodeCursor(publishedAt: string, id: string): string {
  return Buffer.from(`${publishedAt}|${id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { publishedAt: string; id: string } | undefined {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^(\d{4}-\d{2}-\d{2}T[\d:.]+Z)\|([0-9a-z]{26})$/.exec(text);
  return match ? { publishedAt: match[1]!, id: match[2]! } : undefined;
}

/**
 * Published articles, newest first, filtered and cursor-paginated. Hydrating the page takes a
 * fixed number of queries however long it is.
 */
export async function listPublished(db: Db, filter: PostFilter, limit: number, cursor?: string): Promise<Page<PostSummary>> {
  let query = db.selectFrom('posts').select(SUMMARY_COLUMNS).where('posts.status', '=', 'published');
  if (filter.types?.length) query = query.where('posts.type', 'in', filter.types);
  if (filter.excludeTypes?.length) query = query.where('posts.type', 'not in', filter.excludeTypes);
  if (filter.sectionId) query = query.where('posts.section_id', '=', filter.sectionId);
  if (filter.language) query = query.where('posts.language', '=', filter.language);
  if (filter.from) query = query.where('posts.published_at', '>=', filter.from);
  if (filter.to) query = query.where('posts.published_at', '<', filter.to);
  if (filter.featured !== undefined) query = query.where('posts.featured', '=', filter.featured ? 1 : 0);
  if (filter.excludeIds?.length) query = query.where('posts.id', 'not in', filter.excludeIds);
  if (filter.tagId) {
    const tagId = filter.tagId;
    query = query.where((eb) => eb.exists(eb.selectFrom('post_tags').select('post_tags.post_id').whereRef('post_tags.post_id', '=', 'posts.id').where('post_tags.tag_id', '=', tagId)));
  }
  if (filter.authorId) {
    const authorId = filter.authorId;
    query = query.where((eb) => eb.exists(eb.selectFrom('post_authors').select('post_authors.post_id').whereRef('post_authors.post_id', '=', 'posts.id').where('post_authors.author_id', '=', authorId)));
  }
  const after = cursor ? decodeCursor(cursor) : undefined;
  if (after) {
    query = query.where((eb) =>
      eb.or([eb('posts.published_at', '<', after.publishedAt), eb.and([eb('posts.published_at', '=', after.publishedAt), eb('posts.id', '<', after.id)])]),
    );
  }
  const rows = await query.orderBy('posts.published_at', 'desc').orderBy('posts.id', 'desc').limit(limit + 1).execute();
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const items = await hydrateSummaries(db, pageRows);
  const last = pageRows[pageRows.length - 1];
  return { items, nextCursor: more && last?.published_at ? encodeCursor(last.published_at, last.id) : null };
}

/** The id, version and status of a post by slug: the cheap look-up that keys the page cache. */
export async function findPostStamp(db: Db, slug: string): Promise<{ id: string; version: number; status: string } | undefined> {
  return db.selectFrom('posts').select(['id', 'version', 'status']).where('slug', '=', slug).executeTakeFirst();
}

/** One article with everything its page needs, by id (any status; callers decide what may be shown). */
export async function getPost(db: Db, id: string): Promise<Post | undefined> {
  const row = await db.selectFrom('posts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const body = JSON.parse(row.body) as Doc;
  const inlineIds = bodyMediaIds(body.content);
  const [sections, authors, tags, media, corrections] = await Promise.all([
    loadSections(db),
    loadAuthorsFor(db, [row.id]),
    loadTagsFor(db, [row.id]),
    loadMedia(db, row.lead_media_id ? [row.lead_media_id, ...inlineIds] : inlineIds),
    db.selectFrom('corrections').select(['id', 'kind', 'text', 'created_at']).where('post_id', '=', row.id).orderBy('created_at').execute(),
  ]);
  const summary = summaryFromRow(row, sections, authors.get(row.id) ?? [], row.lead_media_id ? media.get(row.lead_media_id) : undefined);
  return {
    ...summary,
    body,
    wordCount: row.word_count,
    dateline: row.dateline,
    tags: tags.get(row.id) ?? [],
    corrections: corrections.map((c): Correction => ({ id: c.id, kind: c.kind as Correction['kind'], text: c.text, createdAt: c.created_at })),
    previewParagraphs: row.preview_paragraphs,
    seoTitle: row.seo_title,
    seoDescription: row.seo_description,
    translationOf: row.translation_of,
    createdAt: row.created_at,
    inlineMedia: Object.fromEntries(inlineIds.flatMap((id) => (media.get(id) ? [[id, mediaToImage(media.get(id)!)]] : []))),
  };
}

/** Media ids of the stored images placed anywhere in a body (lists and quotes included). */
function bodyMediaIds(blocks: Block[]): string[] {
  const ids: string[] = [];
  for (const block of blocks) {
    if (block.type === 'image' && block.attrs.mediaId) ids.push(block.attrs.mediaId);
    else if (block.type === 'blockquote') ids.push(...bodyMediaIds(block.content));
    else if (block.type === 'bulletList' || block.type === 'orderedList') for (const item of block.content) ids.push(...bodyMediaIds(item.content));
  }
  return [...new Set(ids)];
}

/** Articles that share the most tags with this one (then the same section), newest first. */
export async function listRelated(db: Db, post: Pick<Post, 'id' | 'tags' | 'section' | 'language'>, limit: number): Promise<PostSummary[]> {
  const tagIds = post.tags.map((t) => t.id);
  let ids: string[] = [];
  if (tagIds.length) {
    const perTag = await Promise.all(tagIds.map((tagId) => db.selectFrom('post_tags').select('post_id').where('tag_id', '=', tagId).where('post_id', '!=', post.id).orderBy('post_id', 'desc').limit(50).execute()));
    const shared = new Map<string, number>();
    for (const rows of perTag) for (const r of rows) shared.set(r.post_id, (shared.get(r.post_id) ?? 0) + 1);
    if (shared.size) {
      const candidates = await db.selectFrom('posts').select(['id', 'published_at', 'status', 'type', 'language']).where('id', 'in', [...shared.keys()]).execute();
      const rows = candidates.filter((r) => r.status === 'published' && r.type !== 'page' && r.language === post.language);
      ids = rows.sort((a, b) => shared.get(b.id)! - shared.get(a.id)! || (b.published_at ?? '').localeCompare(a.published_at ?? '')).slice(0, limit).map((r) => r.id);
    }
  }
  if (ids.length < limit && post.section) {
    const more = await listPublished(db, { sectionId: post.section.id, excludeIds: [post.id, ...ids], excludeTypes: ['page'], language: post.language }, limit - ids.length);
    const byId = await summariesByIds(db, ids);
    return [...byId, ...more.items];
  }
  return summariesByIds(db, ids);
}

/** Summaries for the given ids, in the given order. */
export async function summariesByIds(db: Db, ids: string[]): Promise<PostSummary[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('posts').select(SUMMARY_COLUMNS).where('posts.id', 'in', ids).execute();
  const items = await hydrateSummaries(db, rows);
  const order = new Map(ids.map((id, i) => [id, i]));
  return items.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}
