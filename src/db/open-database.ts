import { join } from 'node:path';
import { openPostgres } from './dialects/postgres.js';
import { openSqlite } from './dialects/sqlite.js';
import type { DatabaseHandle } from './database-handle.js';

/**
 * Opens the database named by DATABASE_URL: postgres:// for PostgreSQL, sqlite:PATH or unset for
 * the embedded SQLite file at DATA_DIR/dateline.db.
 */
export function openDatabase(options: { databaseUrl: string | undefined; dataDir: string }): DatabaseHandle {
  const url = options.databaseUrl;
  if (url && /^postgres(ql)?:/.test(url)) return openPostgres(url);
  if (url && /^(sqlite|file):/.test(url)) {
    const path = url.replace(/^(sqlite|file):(\/\/)?/, '');
    return openSqlite(path === ':memory:' ? ':memory:' : path);
  }
  return openSqlite(join(options.dataDir, 'dateline.db'));
}
