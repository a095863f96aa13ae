import type { Selectable } from 'kysely';
import type { Db } from '../../db/database-handle.js';
import type { MediaTable, PostTable } from '../../db/schema.js';
import type { AuthorRef, ImageVariant, LeadImage, PostSummary, SectionRef, TagRef, TagKind, ArticleType, AccessLevel, PostStatus, Direction } from './content-types.js';

export type PostRow = Selectable<PostTable>;

/** The columns a summary needs: lists never load bodies. */
export const SUMMARY_COLUMNS = [
  'posts.id', 'posts.slug', 'posts.type', 'posts.status', 'posts.title', 'posts.dek', 'posts.language', 'posts.direction',
  'posts.access', 'posts.section_id', 'posts.lead_media_id', 'posts.lead_alt', 'posts.lead_caption', 'posts.lead_credit',
  'posts.featured', 'posts.published_at', 'posts.updated_at', 'posts.version',
] as const;
export type SummaryRow = Pick<PostRow, 'id' | 'slug' | 'type' | 'status' | 'title' | 'dek' | 'language' | 'direction' | 'access' | 'section_id' | 'lead_media_id' | 'lead_alt' | 'lead_caption' | 'lead_credit' | 'featured' | 'published_at' | 'updated_at' | 'version'>;

export const parseNames = (json: string): Record<string, string> => {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
};

export function mediaToImage(row: Selectable<MediaTable>, overrides?: { alt?: string | null; caption?: string | null; credit?: string | null }): LeadImage {
  return {
    mediaId: row.id,
    width: row.width,
    height: row.height,
    alt: overrides?.alt ?? row.alt,
    caption: overrides?.caption ?? row.caption,
    credit: overrides?.credit ?? row.credit,
    sourceId: row.source_id,
    variants: JSON.parse(row.variants) as ImageVariant[],
  };
}

export async function loadMedia(db: Db, ids: string[]): Promise<Map<string, Selectable<MediaTable>>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.selectFrom('media').selectAll().where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

export async function loadSections(db: Db): Promise<Map<string, SectionRef>> {
  const rows = await db.selectFrom('sections').select(['id', 'slug', 'name', 'names']).execute();
  return new Map(rows.map((r) => [r.id, { id: r.id, slug: r.slug, name: r.name, names: parseNames(r.names) }]));
}

export async function loadAuthorsFor(db: Db, postIds: string[]): Promise<Map<string, AuthorRef[]>> {
  const out = new Map<string, AuthorRef[]>();
  if (postIds.length === 0) return out;
  const rows = await db
    .selectFrom('post_authors')
    .innerJoin('authors', 'authors.id', 'post_authors.author_id')
    .select(['post_authors.post_id', 'authors.id', 'authors.slug', 'authors.name', 'authors.names'])
    .where('post_authors.post_id', 'in', postIds)
    .orderBy('post_authors.position')
    .execute();
  for (const r of rows) {
    const list = out.get(r.post_id) ?? [];
    list.push({ id: r.id, slug: r.slug, name: r.name, names: parseNames(r.names) });
    out.set(r.post_id, list);
  }
  return out;
}

export async function loadTagsFor(db: Db, postIds: string[]): Promise<Map<string, TagRef[]>> {
  const out = new Map<string, TagRef[]>();
  if (postIds.length === 0) return out;
  const rows = await db
    .selectFrom('post_tags')
    .innerJoin('tags', 'tags.id', 'post_tags.tag_id')
    .select(['post_tags.post_id', 'tags.id', 'tags.slug', 'tags.kind', 'tags.name', 'tags.names'])
    .where('post_tags.post_id', 'in', postIds)
    .orderBy('post_tags.position')
    .execute();
  for (const r of rows) {
    const list = out.get(r.post_id) ?? [];
    list.push({ id: r.id, slug: r.slug, kind: r.kind as TagKind, name: r.name, names: parseNames(r.names) });
    out.set(r.post_id, list);
  }
  return out;
}

/** Turns post rows into summaries with three extra queries in all, whatever the number of rows. */
export async function hydrateSummaries(db: Db, rows: SummaryRow[], sections?: Map<string, SectionRef>): Promise<PostSummary[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [authors, media, sectionMap] = await Promise.all([
    loadAuthorsFor(db, ids),
    loadMedia(db, rows.flatMap((r) => (r.lead_media_id ? [r.lead_media_id] : []))),
    sections ? Promise.resolve(sections) : loadSections(db),
  ]);
  return rows.map((r) => summaryFromRow(r, sectionMap, authors.get(r.id) ?? [], r.lead_media_id ? media.get(r.lead_media_id) : undefined));
}

export function summaryFromRow(r: SummaryRow, sections: Map<string, SectionRef>, authors: AuthorRef[], media: Selectable<MediaTable> | undefined): PostSummary {
  return {
    id: r.id,
    slug: r.slug,
    type: r.type as ArticleType,
    status: r.status as PostStatus,
    title: r.title,
    dek: r.dek,
    language: r.language,
    direction: r.direction as Direction,
    access: r.access as AccessLevel,
    section: r.section_id ? (sections.get(r.section_id) ?? null) : null,
    authors,
    leadImage: media ? mediaToImage(media, { alt: r.lead_alt, caption: r.lead_caption, credit: r.lead_credit }) : null,
    featured: r.featured === 1,
    publishedAt: r.published_at,
    updatedAt: r.updated_at,
    version: r.version,
  };
}
