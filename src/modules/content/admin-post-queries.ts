import { sql } from 'kysely';
import type { Db } from '../../db/database-handle.js';
import type { ArticleType, PostStatus, PostSummary } from './content-types.js';
import { hydrateSummaries, SUMMARY_COLUMNS } from './hydrate.js';
import { decodeCursor, encodeCursor, type Page } from './post-queries.js';

/** What the newsroom's article list filters by. Section and author are an id or a slug. */
export interface AdminPostFilter {
  statuses?: PostStatus[];
  types?: ArticleType[];
  section?: string;
  author?: string;
  language?: string;
  /** Words of the title, case-insensitive. */
  q?: string;
}

/** Escapes LIKE wildcards so a search for "100%" finds "100%". */
const likePattern = (text: string): string => `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * Articles of every status for the newsroom, most recently changed first, filtered and
 * cursor-paginated (the cursor is the last row's updated time and id).
 */
export async function listPostsForAdmin(db: Db, filter: AdminPostFilter, limit: number, cursor?: string): Promise<Page<PostSummary>> {
  let query = db.selectFrom('posts').select(SUMMARY_COLUMNS);
  if (filter.statuses?.length) query = query.where('posts.status', 'in', filter.statuses);
  if (filter.types?.length) query = query.where('posts.type', 'in', filter.types);
  if (filter.language) query = query.where('posts.language', '=', filter.language);
  if (filter.section) {
    const ref = filter.section;
    query = query.where('posts.section_id', 'in', (eb) => eb.selectFrom('sections').select('sections.id').where((w) => w.or([w('sections.id', '=', ref), w('sections.slug', '=', ref)])));
  }
  if (filter.author) {
    const ref = filter.author;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('post_authors')
          .innerJoin('authors', 'authors.id', 'post_authors.author_id')
          .select('post_authors.post_id')
          .whereRef('post_authors.post_id', '=', 'posts.id')
          .where((w) => w.or([w('authors.id', '=', ref), w('authors.slug', '=', ref)])),
      ),
    );
  }
  const q = filter.q?.trim();
  if (q) query = query.where(sql<boolean>`lower(${sql.ref('posts.title')}) like ${likePattern(q)} escape '\\'`);
  const after = cursor ? decodeCursor(cursor) : undefined;
  if (after) {
    query = query.where((eb) => eb.or([eb('posts.updated_at', '<', after.publishedAt), eb.and([eb('posts.updated_at', '=', after.publishedAt), eb('posts.id', '<', after.id)])]));
  }
  const rows = await query.orderBy('posts.updated_at', 'desc').orderBy('posts.id', 'desc').limit(limit + 1).execute();
  const more = rows.length > limit;
  const pageRows = more ? rows.slice(0, limit) : rows;
  const items = await hydrateSummaries(db, pageRows);
  const last = pageRows[pageRows.length - 1];
  return { items, nextCursor: more && last ? encodeCursor(last.updated_at, last.id) : null };
}
