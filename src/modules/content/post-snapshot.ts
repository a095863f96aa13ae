import type { Db } from '../../db/database-handle.js';
import type { AccessLevel, ArticleType, PostStatus } from './content-types.js';
import type { Doc } from './document.js';

/**
 * Everything a person edits about an article, as kept in each revision. Restoring a revision
 * writes these fields back (except status and publication time, which only workflow changes).
 */
export interface PostSnapshot {
  title: string;
  slug: string;
  type: ArticleType;
  status: PostStatus;
  access: AccessLevel;
  dek: string;
  dateline: string;
  language: string;
  body: Doc;
  sectionId: string | null;
  authorIds: string[];
  tagIds: string[];
  leadMediaId: string | null;
  leadAlt: string | null;
  leadCaption: string | null;
  leadCredit: string | null;
  featured: boolean;
  previewParagraphs: number;
  seoTitle: string;
  seoDescription: string;
  translationOf: string | null;
  publishedAt: string | null;
}

/** The fields of a snapshot a save may change (status and publishedAt belong to the workflow). */
export const EDITABLE_FIELDS = [
  'title', 'slug', 'type', 'access', 'dek', 'dateline', 'language', 'body', 'sectionId', 'authorIds', 'tagIds',
  'leadMediaId', 'leadAlt', 'leadCaption', 'leadCredit', 'featured', 'previewParagraphs', 'seoTitle', 'seoDescription', 'translationOf',
] as const satisfies readonly (keyof PostSnapshot)[];

export interface PostState {
  id: string;
  version: number;
  status: PostStatus;
  slug: string;
  createdBy: string | null;
  snapshot: PostSnapshot;
}

/** The current state of a post (inside a transaction when given one), or undefined. */
export async function loadPostState(db: Db, id: string): Promise<PostState | undefined> {
  const row = await db.selectFrom('posts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [authors, tags] = await Promise.all([
    db.selectFrom('post_authors').select('author_id').where('post_id', '=', id).orderBy('position').execute(),
    db.selectFrom('post_tags').select('tag_id').where('post_id', '=', id).orderBy('position').execute(),
  ]);
  return {
    id: row.id,
    version: row.version,
    status: row.status as PostStatus,
    slug: row.slug,
    createdBy: row.created_by,
    snapshot: {
      title: row.title,
      slug: row.slug,
      type: row.type as ArticleType,
      status: row.status as PostStatus,
      access: row.access as AccessLevel,
      dek: row.dek,
      dateline: row.dateline,
      language: row.language,
      body: JSON.parse(row.body) as Doc,
      sectionId: row.section_id,
      authorIds: authors.map((a) => a.author_id),
      tagIds: tags.map((t) => t.tag_id),
      leadMediaId: row.lead_media_id,
      leadAlt: row.lead_alt,
      leadCaption: row.lead_caption,
      leadCredit: row.lead_credit,
      featured: row.featured === 1,
      previewParagraphs: row.preview_paragraphs,
      seoTitle: row.seo_title,
      seoDescription: row.seo_description,
      translationOf: row.translation_of,
      publishedAt: row.published_at,
    },
  };
}
