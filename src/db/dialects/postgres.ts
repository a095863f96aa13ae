import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Database } from '../schema.js';
import type { DatabaseHandle } from '../database-handle.js';

// COUNT(*) and other int8 values arrive as strings by default; our counts fit in a double.
pg.types.setTypeParser(20, (value: string) => Number.parseInt(value, 10));

/** PostgreSQL when DATABASE_URL is a postgres:// URL: for more than one app process. */
export function openPostgres(url: string, poolSize = 10): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection dropped by the server (a restart, a failover) must not crash the process:
  // the pool discards it and the next query opens a new one.
  pool.on('error', () => {});
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    raw: pool,
    async close() {
      await db.destroy();
    },
  };
}
