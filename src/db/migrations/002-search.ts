import { sql, type Kysely, type Migration } from 'kysely';
import type { DialectName } from '../database-handle.js';

/**
 * The full-text search index (see modules/search). On SQLite: `search_fts` is a contentless FTS5
 * table over pre-normalized tokens and filter tokens, whose rowids encode publication time, and
 * `search_docs` maps rowids to posts (the text itself lives only in `posts`; snippets are built
 * from there). On PostgreSQL: one `search_docs` table with the publication time and a
 * weighted tsvector (words and filter tokens) under a GIN index. Either way the index can be rebuilt at any time with
 * `dateline search reindex`.
 */
export function searchMigration(dialect: DialectName): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect === 'postgres') {
        await db.schema
          .createTable('search_docs')
          .addColumn('post_id', 'text', (c) => c.primaryKey().references('posts.id').onDelete('cascade'))
          .addColumn('published_at', 'text', (c) => c.notNull())
          .addColumn('published_days', 'double precision', (c) => c.notNull())
          .addColumn('document', sql`tsvector`, (c) => c.notNull())
          .execute();
        await db.schema.createIndex('search_docs_document').on('search_docs').using('gin').column('document').execute();
        await db.schema.createIndex('search_docs_published').on('search_docs').columns(['published_at', 'post_id']).execute();
        return;
      }
      // doc_id is the FTS5 rowid, which encodes the publication time (see sqlite-fts-query.ts).
      await db.schema
        .createTable('search_docs')
        .addColumn('doc_id', 'integer', (c) => c.primaryKey())
        .addColumn('post_id', 'text', (c) => c.notNull().unique().references('posts.id').onDelete('cascade'))
        .execute();
      // Tokens arrive normalized (modules/search/normalize-text.ts); the tokenizer only splits on
      // spaces and must keep letters, digits and marks together, exactly as PostgreSQL does.
      // `facets` holds filter tokens (language, type, section, tags, authors), so filters are
      // doclist intersections inside FTS5 rather than a lookup per matching row.
      await sql`create virtual table search_fts using fts5(
        title, dek, body, gated, tags, authors, facets,
        content='', contentless_delete=1,
        tokenize="unicode61 remove_diacritics 0 categories 'L* N* M* Co'"
      )`.execute(db);
      // Whichever way a search_docs row goes (an explicit delete, or a post's deletion cascading),
      // its tokens go with it.
      await sql`create trigger search_docs_delete after delete on search_docs begin
        delete from search_fts where rowid = old.doc_id;
      end`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      if (dialect === 'sqlite') await sql`drop table if exists search_fts`.execute(db);
      await db.schema.dropTable('search_docs').ifExists().execute();
    },
  };
}
