import type { Kysely } from 'kysely';

// Indexes for reading a large archive (measured on 100,000 articles with EXPLAIN QUERY PLAN; see
// test/bench/site-bench.ts). Every reader page filters published articles by language; without
// these, the front page, the archive and related-article look-ups walked every published row.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Newest first within one language: the front page's latest lists and every "latest" list. It
  // ends with `type` so the archive's month counts (which exclude pages) read the index alone.
  await db.schema.createIndex('posts_language_published').on('posts').columns(['language', 'status', 'published_at', 'id', 'type']).execute();
  // The front page's featured story: few rows are featured, so without this the look-up read the
  // whole archive to find that there was no second one.
  await db.schema.createIndex('posts_featured_published').on('posts').columns(['featured', 'status', 'language', 'published_at', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('posts_featured_published').ifExists().execute();
  await db.schema.dropIndex('posts_language_published').ifExists().execute();
}
