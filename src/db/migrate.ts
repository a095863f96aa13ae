import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Db, DialectName } from './database-handle.js';
import * as m001 from './migrations/001-content.js';
import { searchMigration } from './migrations/002-search.js';
import * as m003 from './migrations/003-indexes.js';
import * as m004 from './migrations/004-newsroom.js';
import * as m005 from './migrations/005-media-webhooks.js';
import * as m006 from './migrations/006-members.js';
import * as m007 from './migrations/007-billing.js';
import * as m008 from './migrations/008-newsletters.js';

/** Migrations are imported, not read from disk, so they run the same under tsx and in a bundle. */
const MIGRATIONS: Record<string, Migration> = {
  '001-content': m001,
  '003-indexes': m003,
  '004-newsroom': m004,
  '005-media-webhooks': m005,
  '006-members': m006,
  '008-newsletters': m008,
  '007-billing': m007,
};

/** Migrations whose DDL differs by engine (full-text search) are built for the open database. */
const migrationsFor = (dialect: DialectName): Record<string, Migration> => ({ ...MIGRATIONS, '002-search': searchMigration(dialect) });

/** Brings the schema up to date; throws with the failing migration's name when one fails. */
export async function migrateToLatest(db: Db, dialect: DialectName): Promise<string[]> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(dialect) };
  const migrator = new Migrator({ db, provider });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
