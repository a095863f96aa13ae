/**
 * Search: full-text search over published articles on SQLite (FTS5) and PostgreSQL (tsvector),
 * with Arabic, Persian, Hebrew and Latin text normalized the same way at index and query time.
 */
export { normalizeWord, searchTokens } from './normalize-text.js';
export { parseQuery, type ParsedQuery } from './parse-query.js';
export { createSearchIndex } from './create-search-index.js';
export { CANDIDATE_WINDOW, type SearchIndex, type SearchIndexOptions, type SearchSort } from './search-index.js';
export { parseSearchParams, encodeSearchCursor, SEARCHABLE_TYPES, MAX_QUERY_LENGTH, MAX_PAGE, type SearchRequest, type SearchableType } from './search-params.js';
export { searchPosts, type SearchDeps, type SearchOptions, type SearchOutcome, type SearchResult } from './search-posts.js';
export { indexPosts, reindexAll, reindexTaxonomy, keepSearchIndexCurrent, isTaxonomyChange, REINDEX_TAXONOMY_JOB, type IndexerDeps, type TaxonomyChange } from './reindex.js';
