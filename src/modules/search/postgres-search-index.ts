import { sql } from 'kysely';
import type { Db } from '../../db/database-handle.js';
import type { IndexDocument } from './index-document.js';
import { toFilterTsqueryLiteral, toTsqueryLiteral, toTsvectorLiteral } from './postgres-tsvector.js';
import { CANDIDATE_WINDOW, epochDays, RECENCY_HALF_LIFE_DAYS, RECENCY_WEIGHT, type IndexHit, type IndexQuery, type SearchIndex, type SearchIndexOptions } from './search-index.js';

/** The table migration 002 creates on PostgreSQL: publication time and a tsvector under a GIN index. */
type PostgresSearchTables = {
  search_docs: { post_id: string; published_at: string; published_days: number; document: string };
};

const withSearchTables = (db: Db) => db.withTables<PostgresSearchTables>();
type SearchDb = ReturnType<typeof withSearchTables>;

/** ts_rank_cd weights for {D, C, B, A}; normalization 1 divides by 1 + log(length), as bm25 discounts long documents. */
const RANK_WEIGHTS = '{0.05,0.2,0.5,1.0}';
const BATCH = 500;

/** PostgreSQL's adapter: one row per article with a weighted tsvector, ranked by ts_rank_cd. */
export class PostgresSearchIndex implements SearchIndex {
  private readonly db: SearchDb;

  constructor(
    db: Db,
    private readonly options: SearchIndexOptions = {},
  ) {
    this.db = withSearchTables(db);
  }

  async upsert(docs: IndexDocument[]): Promise<void> {
    const unique = [...new Map(docs.map((d) => [d.postId, d])).values()];
    for (let i = 0; i < unique.length; i += BATCH) {
      const batch = unique.slice(i, i + BATCH);
      await this.db
        .insertInto('search_docs')
        .values(
          batch.map((d) => ({
            post_id: d.postId,
            published_at: d.publishedAt,
            published_days: epochDays(d.publishedAt),
            document: sql<string>`cast(${toTsvectorLiteral(d)} as tsvector)`,
          })),
        )
        .onConflict((oc) =>
          oc.column('post_id').doUpdateSet((eb) => ({
            published_at: eb.ref('excluded.published_at'),
            published_days: eb.ref('excluded.published_days'),
            document: eb.ref('excluded.document'),
          })),
        )
        .execute();
    }
  }

  async remove(postIds: string[]): Promise<void> {
    if (postIds.length === 0) return;
    await this.db.deleteFrom('search_docs').where('post_id', 'in', postIds).execute();
  }

  async clear(): Promise<void> {
    await this.db.deleteFrom('search_docs').execute();
  }

  async optimize(): Promise<void> {
    await sql`analyze search_docs`.execute(this.db);
  }

  async count(): Promise<number> {
    const row = await this.db.selectFrom('search_docs').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * Rows must match the words and the filters' facet tokens (one GIN lookup); relevance then
   * ranks the CANDIDATE_WINDOW newest of them with ts_rank_cd and the recency boost.
   */
  async search(q: IndexQuery): Promise<IndexHit[]> {
    const words = toTsqueryLiteral(q.query);
    if (!words) return [];
    const filter = sql`cast(${toFilterTsqueryLiteral(q.query, q.filters)} as tsquery)`;
    const matches = () => {
      let query = this.db.selectFrom('search_docs as d').where(sql<boolean>`d.document @@ ${filter}`);
      if (q.filters.from) query = query.where('d.published_at', '>=', q.filters.from);
      if (q.filters.to) query = query.where('d.published_at', '<', q.filters.to);
      return query;
    };
    if (q.sort === 'date') {
      const rows = await matches().select('d.post_id').orderBy('d.published_at', 'desc').orderBy('d.post_id', 'desc').limit(q.limit).offset(q.offset).execute();
      return rows.map((r) => ({ postId: r.post_id, score: 0 }));
    }
    const window = Math.max(this.options.candidateWindow ?? CANDIDATE_WINDOW, q.offset + q.limit);
    const boost = sql`(1.0 + ${RECENCY_WEIGHT}::float8 / (1.0 + greatest(${epochDays(q.now)}::float8 - w.published_days, 0.0) / ${RECENCY_HALF_LIFE_DAYS}::float8))`;
    const rank = sql`ts_rank_cd(${RANK_WEIGHTS}::float4[], w.document, cast(${words} as tsquery), 1)`;
    const newest = matches().select(['d.post_id', 'd.published_at', 'd.published_days', 'd.document']).orderBy('d.published_at', 'desc').limit(window);
    const rows = await this.db
      .selectFrom(newest.as('w'))
      .select(['w.post_id', sql<number>`${rank} * ${boost}`.as('score')])
      .orderBy('score', 'desc')
      .orderBy('w.published_at', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute();
    return rows.map((r) => ({ postId: r.post_id, score: Number(r.score) }));
  }
}
