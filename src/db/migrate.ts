import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db } from './database-handle.js';
import * as m001 from './migrations/001-content.js';

/** Migrations are imported, not read from disk, so they run the same under tsx and in a bundle. */
const MIGRATIONS: Record<string, Migration> = {
  '001-content': m001,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Brings the schema up to date; throws with the failing migration's name when one fails. */
export async function migrateToLatest(db: Db): Promise<string[]> {
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
