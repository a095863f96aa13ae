import type { Db } from '../../db/database-handle.js';
import type { AccessLevel, Doc } from '../content/index.js';
import type { PostSource } from './index-document.js';

/**
 * The search module's read-only view of the content tables, in batches: building index documents
 * for thousands of articles one `getPost` at a time would cost six queries each. Only published
 * articles (not pages) are searchable.
 */

const parseNames = (json: string): Record<string, string> => {
  try {
    const value: unknown = JSON.parse(json);
    return value && typeof value === 'object' ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
};

/** A tag's or author's name as the article's own language spells it. */
const nameIn = (row: { name: string; names: string }, language: string): string => parseNames(row.names)[language] ?? row.name;

export interface SearchableKey {
  id: string;
  publishedAt: string;
}

/**
 * Searchable articles after `after`, oldest publication first: keyset pages for a rebuild, so
 * the index receives articles in publication order.
 */
export async function listSearchableKeys(db: Db, after: SearchableKey | null, limit: number): Promise<SearchableKey[]> {
  let query = db.selectFrom('posts').select(['id', 'published_at']).where('status', '=', 'published').where('type', '!=', 'page').where('published_at', 'is not', null);
  if (after) {
    query = query.where((eb) => eb.or([eb('published_at', '>', after.publishedAt), eb.and([eb('published_at', '=', after.publishedAt), eb('id', '>', after.id)])]));
  }
  const rows = await query.orderBy('published_at').orderBy('id').limit(limit).execute();
  return rows.map((r) => ({ id: r.id, publishedAt: r.published_at! }));
}

export async function countSearchable(db: Db): Promise<number> {
  const row = await db
    .selectFrom('posts')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'published')
    .where('type', '!=', 'page')
    .where('published_at', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Index sources for the given ids; ids that are missing, unpublished or pages are left out (the
 * caller removes them from the index).
 */
export async function loadPostSources(db: Db, ids: string[]): Promise<PostSource[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('posts')
    .select(['id', 'type', 'language', 'section_id', 'access', 'published_at', 'title', 'dek', 'body', 'preview_paragraphs'])
    .where('id', 'in', ids)
    .where('status', '=', 'published')
    .where('type', '!=', 'page')
    .where('published_at', 'is not', null)
    .execute();
  if (rows.length === 0) return [];
  const found = rows.map((r) => r.id);
  const [tags, authors] = await Promise.all([
    db
      .selectFrom('post_tags')
      .innerJoin('tags', 'tags.id', 'post_tags.tag_id')
      .select(['post_tags.post_id', 'tags.id', 'tags.name', 'tags.names'])
      .where('post_tags.post_id', 'in', found)
      .orderBy('post_tags.position')
      .execute(),
    db
      .selectFrom('post_authors')
      .innerJoin('authors', 'authors.id', 'post_authors.author_id')
      .select(['post_authors.post_id', 'authors.id', 'authors.name', 'authors.names'])
      .where('post_authors.post_id', 'in', found)
      .orderBy('post_authors.position')
      .execute(),
  ]);
  const language = new Map(rows.map((r) => [r.id, r.language]));
  const group = (list: { post_id: string; id: string; name: string; names: string }[]) => {
    const out = new Map<string, { ids: string[]; names: string[] }>();
    for (const r of list) {
      const entry = out.get(r.post_id) ?? { ids: [], names: [] };
      entry.ids.push(r.id);
      entry.names.push(nameIn(r, language.get(r.post_id)!));
      out.set(r.post_id, entry);
    }
    return out;
  };
  const tagsOf = group(tags);
  const authorsOf = group(authors);
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    language: r.language,
    sectionId: r.section_id,
    access: r.access as AccessLevel,
    publishedAt: r.published_at!,
    title: r.title,
    dek: r.dek,
    body: JSON.parse(r.body) as Doc,
    previewParagraphs: r.preview_paragraphs,
    tagNames: tagsOf.get(r.id)?.names ?? [],
    authorNames: authorsOf.get(r.id)?.names ?? [],
    tagIds: tagsOf.get(r.id)?.ids ?? [],
    authorIds: authorsOf.get(r.id)?.ids ?? [],
  }));
}

/** What a snippet is built from, for one page of results: one query, never the whole archive. */
export async function loadSnippetSources(db: Db, ids: string[]): Promise<Map<string, Pick<PostSource, 'access' | 'body' | 'previewParagraphs' | 'title' | 'dek'>>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('posts').select(['id', 'access', 'body', 'preview_paragraphs', 'title', 'dek']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, { access: r.access as AccessLevel, body: JSON.parse(r.body) as Doc, previewParagraphs: r.preview_paragraphs, title: r.title, dek: r.dek }]));
}

/** The ids of the articles carrying a tag or an author, in id order after `after`: a renamed tag's articles to re-index. */
export async function listPostIdsWith(db: Db, taxonomy: { kind: 'tag' | 'author'; id: string }, after: string | null, limit: number): Promise<string[]> {
  const rows =
    taxonomy.kind === 'tag'
      ? await db.selectFrom('post_tags').select('post_id').where('tag_id', '=', taxonomy.id).$if(after !== null, (q) => q.where('post_id', '>', after!)).orderBy('post_id').limit(limit).execute()
      : await db.selectFrom('post_authors').select('post_id').where('author_id', '=', taxonomy.id).$if(after !== null, (q) => q.where('post_id', '>', after!)).orderBy('post_id').limit(limit).execute();
  return rows.map((r) => r.post_id);
}
