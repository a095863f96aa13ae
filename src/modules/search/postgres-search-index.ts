import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../../db/database-handle.js';
import type { IndexDocument, IndexFields } from './index-document.js';
import type { ParsedQuery } from './parse-query.js';
import { CANDIDATE_WINDOW, epochDays, RECENCY_HALF_LIFE_DAYS, RECENCY_WEIGHT, type IndexFilters, type IndexHit, type IndexQuery, type SearchIndex, type SearchIndexOptions } from './search-index.js';

/** The table migration 002 creates on PostgreSQL: filter columns and a tsvector under a GIN index. */
type PostgresSearchTables = {
  search_docs: {
    post_id: string;
    language: string;
    type: string;
    section_id: string | null;
    access: string;
    published_at: string;
    published_days: number;
    document: string;
  };
};

const withSearchTables = (db: Db) => db.withTables<PostgresSearchTables>();
type SearchDb = ReturnType<typeof withSearchTables>;

/**
 * Field weights (A heaviest): headline A; dek, tags and authors B; public body C; text after the
 * paywall cut D. Field order sets positions; a gap between fields keeps a phrase from matching
 * across two of them, as it cannot in FTS5's separate columns.
 */
const FIELD_WEIGHTS: [keyof IndexFields, 'A' | 'B' | 'C' | 'D'][] = [
  ['title', 'A'],
  ['dek', 'B'],
  ['tags', 'B'],
  ['authors', 'B'],
  ['body', 'C'],
  ['gated', 'D'],
];
const FIELD_GAP = 8;
/** PostgreSQL's limits: positions above 16383 are clamped, and a lexeme keeps 256 positions. */
const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_LEXEME = 256;
/** ts_rank_cd weights for {D, C, B, A}. */
const RANK_WEIGHTS = '{0.05,0.2,0.5,1.0}';
const BATCH = 500;

const quoteLexeme = (token: string): string => `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * A tsvector literal ("'word':1A,7C ...") built from normalized tokens. Building the vector here
 * instead of calling to_tsvector keeps PostgreSQL's parser out of it, so both databases see
 * exactly the same words. The literal is sent as a bound parameter, never spliced into SQL.
 */
export function toTsvectorLiteral(fields: IndexFields): string {
  const positions = new Map<string, string[]>();
  let position = 1;
  for (const [field, weight] of FIELD_WEIGHTS) {
    for (const token of fields[field]) {
      const list = positions.get(token) ?? [];
      if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(`${Math.min(position, MAX_POSITION)}${weight}`);
      positions.set(token, list);
      position++;
    }
    position += FIELD_GAP;
  }
  return [...positions].map(([token, list]) => `${quoteLexeme(token)}:${list.join(',')}`).join(' ');
}

/** A tsquery literal: every word required, phrases as <-> chains; bound as a parameter. */
export function toTsqueryLiteral(query: ParsedQuery): string {
  const parts = [...query.terms.map(quoteLexeme), ...query.phrases.map((p) => `(${p.map(quoteLexeme).join(' <-> ')})`)];
  return parts.join(' & ');
}

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
            language: d.language,
            type: d.type,
            section_id: d.sectionId,
            access: d.access,
            published_at: d.publishedAt,
            published_days: epochDays(d.publishedAt),
            document: sql<string>`cast(${toTsvectorLiteral(d.fields)} as tsvector)`,
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

  async search(q: IndexQuery): Promise<IndexHit[]> {
    const literal = toTsqueryLiteral(q.query);
    if (!literal) return [];
    const tsquery = sql`cast(${literal} as tsquery)`;
    const window = Math.max(this.options.candidateWindow ?? CANDIDATE_WINDOW, q.offset + q.limit);
    const floor = await this.filtered(tsquery, q.filters).select('d.published_at').orderBy('d.published_at', 'desc').limit(1).offset(window - 1).executeTakeFirst();
    const now = epochDays(q.now);
    const boost = sql<number>`(1.0 + ${RECENCY_WEIGHT}::float8 / (1.0 + greatest(${now}::float8 - d.published_days, 0.0) / ${RECENCY_HALF_LIFE_DAYS}::float8))`;
    const rank = sql<number>`ts_rank_cd(${RANK_WEIGHTS}::float4[], d.document, ${tsquery}, 1)`;
    let query = this.filtered(tsquery, q.filters).select(['d.post_id', sql<number>`${rank} * ${boost}`.as('score')]);
    if (floor) query = query.where('d.published_at', '>=', floor.published_at);
    query = q.sort === 'date' ? query.orderBy('d.published_at', 'desc').orderBy('d.post_id', 'desc') : query.orderBy('score', 'desc').orderBy('d.published_at', 'desc');
    const rows = await query.limit(q.limit).offset(q.offset).execute();
    return rows.map((r) => ({ postId: r.post_id, score: Number(r.score) }));
  }

  /** Matching rows with the filters applied. */
  private filtered(tsquery: RawBuilder<unknown>, f: IndexFilters) {
    let query = this.db.selectFrom('search_docs as d').where(sql<boolean>`d.document @@ ${tsquery}`);
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
