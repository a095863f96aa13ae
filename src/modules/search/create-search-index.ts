import type { DatabaseHandle } from '../../db/database-handle.js';
import { PostgresSearchIndex } from './postgres-search-index.js';
import type { SearchIndex, SearchIndexOptions } from './search-index.js';
import { SqliteSearchIndex } from './sqlite-search-index.js';

/** The search index adapter for this database: the one place search chooses an engine. */
export function createSearchIndex(database: Pick<DatabaseHandle, 'db' | 'dialect'>, options: SearchIndexOptions = {}): SearchIndex {
  return database.dialect === 'postgres' ? new PostgresSearchIndex(database.db, options) : new SqliteSearchIndex(database.db, options);
}
