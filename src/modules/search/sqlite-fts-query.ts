import { filterFacets } from './facets.js';
import type { ParsedQuery } from './parse-query.js';
import type { IndexFilters } from './search-index.js';

/**
 * How the SQLite adapter lays out its FTS5 table, and how it writes MATCH expressions.
 *
 * Rowids encode publication time: rowid = publishedSecond * ROWID_SLOT + n, n counting articles
 * published in the same second. FTS5 walks rowids cheaply in either direction, so "newest first"
 * needs no sort, a date range is a rowid range, and the recency boost is computed from the rowid
 * without a join. 2^18 articles per second keeps every rowid up to the year 2999 below 2^53,
 * where JavaScript numbers stay exact.
 */
export const ROWID_SLOT = 2 ** 18;

/** The first rowid of the second in which `ms` falls. */
export const slotStart = (ms: number): number => Math.floor(ms / 1000) * ROWID_SLOT;

/** The published second a rowid belongs to. */
export const secondOf = (rowid: number): number => Math.floor(rowid / ROWID_SLOT);

const quote = (token: string) => `"${token.replace(/"/g, '""')}"`;

/**
 * An FTS5 MATCH expression: the reader's words (normalized tokens, each quoted, so no input is
 * ever FTS5 syntax) AND each filter's facet token; several types are alternatives. '' when the
 * query has no words.
 *
 * @example toFtsMatch({ terms: ['water'], phrases: [] }, { language: 'en' }) // '"water" AND ("\ue000langen")'
 */
export function toFtsMatch(query: ParsedQuery, filters: IndexFilters = {}): string {
  const parts = [...query.terms.map(quote), ...query.phrases.map((p) => quote(p.join(' ')))];
  if (parts.length === 0) return '';
  for (const alternatives of filterFacets(filters)) parts.push(`(${alternatives.map(quote).join(' OR ')})`);
  return parts.join(' AND ');
}

/** The rowid range of a date filter (from inclusive, to exclusive, both ISO at whole seconds). */
export function rowidRange(filters: Pick<IndexFilters, 'from' | 'to'>): { min?: number; max?: number } {
  return {
    min: filters.from ? slotStart(Date.parse(filters.from)) : undefined,
    max: filters.to ? slotStart(Date.parse(filters.to)) : undefined,
  };
}
