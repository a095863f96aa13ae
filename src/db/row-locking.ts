import type { SelectQueryBuilder } from 'kysely';
import type { DialectName } from './database-handle.js';

/**
 * Adds `FOR UPDATE SKIP LOCKED` on PostgreSQL, so several workers can claim rows without waiting
 * on each other. SQLite has one writer at a time, so the claiming UPDATE is already exclusive.
 */
export function skipLocked<DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>, dialect: DialectName): SelectQueryBuilder<DB, TB, O> {
  return dialect === 'postgres' ? query.forUpdate().skipLocked() : query;
}
