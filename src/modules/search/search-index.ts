import type { IndexDocument } from './index-document.js';
import type { ParsedQuery } from './parse-query.js';

/** Filters an index applies itself, on ids the operation has already resolved from slugs. */
export interface IndexFilters {
  types?: string[];
  sectionId?: string;
  tagId?: string;
  authorId?: string;
  language?: string;
  /** Inclusive lower bound of published_at (ISO). */
  from?: string;
  /** Exclusive upper bound of published_at (ISO). */
  to?: string;
}

export type SearchSort = 'relevance' | 'date';

export interface IndexQuery {
  query: ParsedQuery;
  filters: IndexFilters;
  sort: SearchSort;
  limit: number;
  offset: number;
  /** The clock's now: the recency boost is measured from it. */
  now: Date;
}

export interface IndexHit {
  postId: string;
  score: number;
}

/**
 * The port between the search operation and a database's full-text engine (SQLite FTS5 or
 * PostgreSQL tsvector). Adapters receive normalized tokens only and never build snippets.
 */
export interface SearchIndex {
  /** Adds or replaces documents (by post id). */
  upsert(docs: IndexDocument[]): Promise<void>;
  remove(postIds: string[]): Promise<void>;
  /** Empties the index before a full rebuild. */
  clear(): Promise<void>;
  /** After a bulk rebuild: merge segments / refresh statistics so queries are fast again. */
  optimize(): Promise<void>;
  count(): Promise<number>;
  search(query: IndexQuery): Promise<IndexHit[]>;
}

/**
 * Ranking, the same on both databases: the engine's text relevance (bm25 with column weights on
 * SQLite, ts_rank_cd with A-D weights on PostgreSQL) multiplied by a recency boost
 *
 *   boost = 1 + RECENCY_WEIGHT / (1 + ageInDays / RECENCY_HALF_LIFE_DAYS)
 *
 * so a story published today counts 1.5x, one a month old 1.25x, one a year old about 1.04x:
 * a strong match in an old analysis still beats a passing mention in today's news.
 */
export const RECENCY_WEIGHT = 0.5;
export const RECENCY_HALF_LIFE_DAYS = 30;

/**
 * Broad queries are ranked within a window: the CANDIDATE_WINDOW most recently published
 * articles that match (and pass the filters). Scoring all 80,000 matches of "officials" would
 * cost more than a reader waits, and would rank them on almost nothing anyway (a word found in
 * most articles carries no information). A query matching fewer articles is ranked over all of
 * them; sorting by date is always exact.
 */
export const CANDIDATE_WINDOW = 5_000;

export interface SearchIndexOptions {
  /** Overrides CANDIDATE_WINDOW (tests use a small one to exercise the window). */
  candidateWindow?: number;
}

/** Days since 1970 as a real number: stored beside each document so ranking needs no date parsing. */
export const epochDays = (iso: string | Date): number => new Date(iso).getTime() / 86_400_000;
