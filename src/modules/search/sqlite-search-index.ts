import { sql } from 'kysely';
import type { Db } from '../../db/database-handle.js';
import { FIELD_NAMES, type IndexDocument } from './index-document.js';
import { CANDIDATE_WINDOW, RECENCY_HALF_LIFE_DAYS, RECENCY_WEIGHT, type IndexHit, type IndexQuery, type SearchIndex, type SearchIndexOptions } from './search-index.js';
import { documentFacets } from './facets.js';
import { ROWID_SLOT, rowidRange, secondOf, slotStart, toFtsMatch } from './sqlite-fts-query.js';

/** The two tables migration 002 creates on SQLite: rowid -> post, and the contentless FTS5 table. */
type SqliteSearchTables = {
  search_docs: { doc_id: number; post_id: string };
  search_fts: { rowid: number; search_fts: string; title: string; dek: string; body: string; gated: string; tags: string; authors: string; facets: string };
};

const withSearchTables = (db: Db) => db.withTables<SqliteSearchTables>();
type SearchDb = ReturnType<typeof withSearchTables>;

/**
 * bm25 column weights, in the table's column order (title, dek, body, gated, tags, authors,
 * facets): a word in the headline counts ten body words; text after the paywall cut counts
 * least; filter tokens count nothing.
 */
const BM25 = sql.raw('bm25(search_fts, 10.0, 4.0, 1.0, 0.5, 3.0, 2.0, 0.0)');
/** 500 rows x 8 values stays far below SQLite's bound-parameter limit. */
const BATCH = 500;

/** SQLite's adapter: FTS5 (unicode61 tokenizer over pre-normalized tokens), ranked by bm25. */
export class SqliteSearchIndex implements SearchIndex {
  private readonly db: SearchDb;

  constructor(
    db: Db,
    private readonly options: SearchIndexOptions = {},
  ) {
    this.db = withSearchTables(db);
  }

  /**
   * Replaces documents. An article keeps its rowid while its publication second is unchanged;
   * otherwise it gets the next free rowid of its new second (see ROWID_SLOT).
   */
  async upsert(docs: IndexDocument[]): Promise<void> {
    const unique = [...new Map(docs.map((d) => [d.postId, d])).values()];
    for (let i = 0; i < unique.length; i += BATCH) {
      const batch = unique.slice(i, i + BATCH);
      await this.db.transaction().execute(async (trx) => {
        const postIds = batch.map((d) => d.postId);
        const previous = new Map((await trx.selectFrom('search_docs').select(['doc_id', 'post_id']).where('post_id', 'in', postIds).execute()).map((r) => [r.post_id, r.doc_id]));
        // The delete trigger from migration 002 removes their FTS rows too.
        await trx.deleteFrom('search_docs').where('post_id', 'in', postIds).execute();
        const rowids = await this.allocate(trx, batch, previous);
        await trx.insertInto('search_docs').values(batch.map((d) => ({ doc_id: rowids.get(d.postId)!, post_id: d.postId }))).execute();
        await trx
          .insertInto('search_fts')
          .values(
            batch.map((d) => ({
              rowid: rowids.get(d.postId)!,
              ...Object.fromEntries(FIELD_NAMES.map((f) => [f, d.fields[f].join(' ')])),
              facets: documentFacets(d).join(' '),
            })) as SqliteSearchTables['search_fts'][],
          )
          .execute();
      });
    }
  }

  /** Rowids for a batch: the previous one when the second is unchanged, else the next free in the slot. */
  private async allocate(trx: SearchDb, batch: IndexDocument[], previous: Map<string, number>): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    const taken = new Map<number, number>();
    const fresh: IndexDocument[] = [];
    for (const d of batch) {
      const start = slotStart(Date.parse(d.publishedAt));
      const old = previous.get(d.postId);
      if (old !== undefined && secondOf(old) === secondOf(start)) {
        out.set(d.postId, old);
        taken.set(start, Math.max(taken.get(start) ?? -1, old));
      } else fresh.push(d);
    }
    for (const d of fresh) {
      const start = slotStart(Date.parse(d.publishedAt));
      if (!taken.has(start)) {
        const row = await trx
          .selectFrom('search_docs')
          .select((eb) => eb.fn.max('doc_id').as('top'))
          .where('doc_id', '>=', start)
          .where('doc_id', '<', start + ROWID_SLOT)
          .executeTakeFirst();
        taken.set(start, row?.top ?? start - 1);
      }
      const next = taken.get(start)! + 1;
      taken.set(start, next);
      out.set(d.postId, next);
    }
    return out;
  }

  async remove(postIds: string[]): Promise<void> {
    if (postIds.length === 0) return;
    // The delete trigger from migration 002 removes their FTS rows too.
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

  /**
   * Newest first is a walk down the rowids. Relevance scores the CANDIDATE_WINDOW newest matches
   * (the same walk, stopped early) with bm25 and the recency boost, then sorts those.
   */
  async search(q: IndexQuery): Promise<IndexHit[]> {
    const match = toFtsMatch(q.query, q.filters);
    if (!match) return [];
    const range = rowidRange(q.filters);
    const matches = () => {
      let query = this.db.selectFrom('search_fts').where(sql<boolean>`search_fts match ${match}`);
      if (range.min !== undefined) query = query.where('search_fts.rowid', '>=', range.min);
      if (range.max !== undefined) query = query.where('search_fts.rowid', '<', range.max);
      return query;
    };
    let ranked: { rowid: number; score: number }[];
    if (q.sort === 'date') {
      ranked = await matches().select(['search_fts.rowid', sql<number>`0`.as('score')]).orderBy('search_fts.rowid', 'desc').limit(q.limit).offset(q.offset).execute();
    } else {
      // The window is the newest matches (a walk down the rowids); only those are scored.
      const window = Math.max(this.options.candidateWindow ?? CANDIDATE_WINDOW, q.offset + q.limit);
      const nowDays = q.now.getTime() / 86_400_000;
      const ageDays = sql`max(${nowDays} - (search_fts.rowid / ${ROWID_SLOT}) / 86400.0, 0.0)`;
      const boost = sql`(1.0 + ${RECENCY_WEIGHT} / (1.0 + ${ageDays} / ${RECENCY_HALF_LIFE_DAYS}))`;
      const newest = matches()
        .select(['search_fts.rowid as rowid', sql<number>`-${BM25} * ${boost}`.as('score')])
        .orderBy('search_fts.rowid', 'desc')
        .limit(window);
      ranked = await this.db.selectFrom(newest.as('w')).select(['w.rowid', 'w.score']).orderBy('w.score', 'desc').orderBy('w.rowid', 'desc').limit(q.limit).offset(q.offset).execute();
    }
    if (ranked.length === 0) return [];
    const posts = new Map((await this.db.selectFrom('search_docs').select(['doc_id', 'post_id']).where('doc_id', 'in', ranked.map((r) => r.rowid)).execute()).map((r) => [r.doc_id, r.post_id]));
    return ranked.flatMap((r) => {
      const postId = posts.get(r.rowid);
      return postId ? [{ postId, score: Number(r.score) }] : [];
    });
  }
}
