import { sql, type Generated } from 'kysely';
import type { Db } from '../../db/database-handle.js';
import { FIELD_NAMES, type IndexDocument } from './index-document.js';
import type { ParsedQuery } from './parse-query.js';
import { CANDIDATE_WINDOW, epochDays, RECENCY_HALF_LIFE_DAYS, RECENCY_WEIGHT, type IndexFilters, type IndexHit, type IndexQuery, type SearchIndex } from './search-index.js';

/** The two tables migration 002 creates on SQLite: filter columns, and the contentless FTS5 table. */
type SqliteSearchTables = {
  search_docs: {
    doc_id: Generated<number>;
    post_id: string;
    language: string;
    type: string;
    section_id: string | null;
    access: string;
    published_at: string;
    published_days: number;
  };
  search_fts: {
    rowid: number;
    search_fts: string;
    title: string;
    dek: string;
    body: string;
    gated: string;
    tags: string;
    authors: string;
  };
};

const withSearchTables = (db: Db) => db.withTables<SqliteSearchTables>();
type SearchDb = ReturnType<typeof withSearchTables>;

/**
 * bm25 column weights, in the table's column order (title, dek, body, gated, tags, authors):
 * a word in the headline counts ten body words; text after the paywall cut counts least.
 */
const BM25 = sql.raw('bm25(search_fts, 10.0, 4.0, 1.0, 0.5, 3.0, 2.0)');
/** 500 rows x 7 values stays far below SQLite's bound-parameter limit. */
const BATCH = 500;

/** An FTS5 MATCH expression from normalized tokens: every token quoted, so nothing is syntax. */
export function toFtsMatch(query: ParsedQuery): string {
  const quote = (token: string) => `"${token.replace(/"/g, '""')}"`;
  return [...query.terms.map(quote), ...query.phrases.map((p) => quote(p.join(' ')))].join(' ');
}

/** SQLite's adapter: FTS5 (unicode61 tokenizer over pre-normalized tokens), ranked by bm25. */
export class SqliteSearchIndex implements SearchIndex {
  private readonly db: SearchDb;

  constructor(db: Db) {
    this.db = withSearchTables(db);
  }

  /**
   * Replaces documents while keeping each article's rowid: rowids follow the order articles were
   * first indexed (publication order after a full rebuild), which the candidate window relies on.
   */
  async upsert(docs: IndexDocument[]): Promise<void> {
    const unique = [...new Map(docs.map((d) => [d.postId, d])).values()];
    for (let i = 0; i < unique.length; i += BATCH) {
      const batch = unique.slice(i, i + BATCH);
      await this.db.transaction().execute(async (trx) => {
        const existing = await trx.selectFrom('search_docs').select('doc_id').where('post_id', 'in', batch.map((d) => d.postId)).execute();
        if (existing.length) await trx.deleteFrom('search_fts').where('rowid', 'in', existing.map((r) => r.doc_id)).execute();
        const rows = await trx
          .insertInto('search_docs')
          .values(
            batch.map((d) => ({
              post_id: d.postId,
              language: d.language,
              type: d.type,
              section_id: d.sectionId,
              access: d.access,
              published_at: d.publishedAt,
              published_days: epochDays(d.publishedAt),
            })),
          )
          .onConflict((oc) =>
            oc.column('post_id').doUpdateSet((eb) => ({
              language: eb.ref('excluded.language'),
              type: eb.ref('excluded.type'),
              section_id: eb.ref('excluded.section_id'),
              access: eb.ref('excluded.access'),
              published_at: eb.ref('excluded.published_at'),
              published_days: eb.ref('excluded.published_days'),
            })),
          )
          .returning(['doc_id', 'post_id'])
          .execute();
        const rowids = new Map(rows.map((r) => [r.post_id, r.doc_id]));
        await trx
          .insertInto('search_fts')
          .values(
            batch.map((d) => ({
              rowid: rowids.get(d.postId)!,
              ...Object.fromEntries(FIELD_NAMES.map((f) => [f, d.fields[f].join(' ')])),
            })) as SqliteSearchTables['search_fts'][],
          )
          .execute();
      });
    }
  }

  async remove(postIds: string[]): Promise<void> {
    if (postIds.length === 0) return;
    // The trigger from migration 002 deletes the matching FTS rows.
    await this.db.deleteFrom('search_docs').where('post_id', 'in', postIds).execute();
  }

  async clear(): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await sql`insert into search_fts(search_fts) values ('delete-all')`.execute(trx);
      await trx.deleteFrom('search_docs').execute();
    });
  }

  async optimize(): Promise<void> {
    await sql`insert into search_fts(search_fts) values ('optimize')`.execute(this.db);
  }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('search_docs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async search(q: IndexQuery): Promise<IndexHit[]> {
    const match = toFtsMatch(q.query);
    if (!match) return [];
    const window = Math.max(CANDIDATE_WINDOW, q.offset + q.limit);
    const floor = await this.filtered(match, q.filters)
      .select('search_fts.rowid')
      .orderBy('search_fts.rowid', 'desc')
      .limit(1)
      .offset(window - 1)
      .executeTakeFirst();
    const now = epochDays(q.now);
    const boost = sql<number>`(1.0 + ${RECENCY_WEIGHT} / (1.0 + max(${now} - d.published_days, 0.0) / ${RECENCY_HALF_LIFE_DAYS}))`;
    let query = this.filtered(match, q.filters).select(['d.post_id', sql<number>`-${BM25} * ${boost}`.as('score')]);
    if (floor) query = query.where('search_fts.rowid', '>=', floor.rowid);
    query = q.sort === 'date' ? query.orderBy('d.published_at', 'desc').orderBy('d.post_id', 'desc') : query.orderBy('score', 'desc').orderBy('d.published_at', 'desc');
    const rows = await query.limit(q.limit).offset(q.offset).execute();
    return rows.map((r) => ({ postId: r.post_id, score: Number(r.score) }));
  }

  /** Matches joined to their filter columns, with the filters applied. */
  private filtered(match: string, f: IndexFilters) {
    let query = this.db
      .selectFrom('search_fts')
      .innerJoin('search_docs as d', 'd.doc_id', 'search_fts.rowid')
      .where(sql<boolean>`search_fts match ${match}`);
    if (f.language) query = query.where('d.language', '=', f.language);
    if (f.types?.length) query = query.where('d.type', 'in', f.types);
    if (f.sectionId) query = query.where('d.section_id', '=', f.sectionId);
    if (f.from) query = query.where('d.published_at', '>=', f.from);
    if (f.to) query = query.where('d.published_at', '<', f.to);
    if (f.tagId) {
      const tagId = f.tagId;
      query = query.where((eb) => eb.exists(eb.selectFrom('post_tags').select('post_tags.post_id').whereRef('post_tags.post_id', '=', 'd.post_id').where('post_tags.tag_id', '=', tagId)));
    }
    if (f.authorId) {
      const authorId = f.authorId;
      query = query.where((eb) => eb.exists(eb.selectFrom('post_authors').select('post_authors.post_id').whereRef('post_authors.post_id', '=', 'd.post_id').where('post_authors.author_id', '=', authorId)));
    }
    return query;
  }
}
