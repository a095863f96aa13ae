import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

/** An open database: the query builder, which engine it is, and how to close it. */
export interface DatabaseHandle {
  db: Kysely<Database>;
  dialect: DialectName;
  /** The driver object, for the few places (dialect files, tests) that need it. */
  raw: unknown;
  close(): Promise<void>;
}

export type Db = Kysely<Database>;
