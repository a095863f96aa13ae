import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from '../schema.js';
import type { DatabaseHandle } from '../database-handle.js';

/**
 * PostgreSQL when DATABASE_URL is a postgres:// URL: for more than one app process. The driver is
 * loaded when the first query needs a connection, so a SQLite install never loads it (about 15 MB).
 */
export function openPostgres(url: string, poolSize = 10): DatabaseHandle {
  const pool = async () => {
    const { default: pg } = await import('pg');
    // COUNT(*) and other int8 values arrive as strings by default; our counts fit in a double.
    pg.types.setTypeParser(20, (value: string) => Number.parseInt(value, 10));
    const created = new pg.Pool({ connectionString: url, max: poolSize });
    // An idle connection dropped by the server (a restart, a failover) must not crash the process:
    // the pool discards it and the next query opens a new one.
    created.on('error', () => {});
    return created;
  };
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    async close() {
      await db.destroy();
    },
  };
}
