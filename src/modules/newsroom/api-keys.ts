import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { recordAudit } from './audit-log.js';
import { isStaffRole, STAFF_ROLES, type Actor, type StaffRole } from './newsroom-types.js';
import { requirePermission } from './roles.js';
import { hashToken } from './secret-tokens.js';

/** An Admin API key as lists show it: never the key itself, which is shown once at creation. */
export interface ApiKey {
  id: string;
  name: string;
  /** The first characters of the key, so people can tell keys apart. */
  prefix: string;
  role: StaffRole;
  createdBy: string | null;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** last_used_at is written at most this often, so busy integrations do not write on every request. */
const LAST_USED_EVERY_MS = 60_000;
const KEY_PATTERN = /^dl_[A-Za-z0-9_-]{43}$/;

type Row = { id: string; name: string; prefix: string; role: string; created_by: string | null; created_at: string; last_used_at: string | null; revoked_at: string | null };
const toKey = (r: Row): ApiKey => ({ id: r.id, name: r.name, prefix: r.prefix, role: r.role as StaffRole, createdBy: r.created_by, createdAt: r.created_at, lastUsedAt: r.last_used_at, revokedAt: r.revoked_at });

/**
 * Creates a key: `dl_` and 32 random bytes in base64url. Returns the key once; only its SHA-256 is
 * kept. `actor` null is the CLI. A key acts with `role` (admin by default).
 */
export async function createApiKey(deps: { db: Db; clock: Clock }, actor: Actor | null, input: { name: string; role?: StaffRole }): Promise<{ key: string; apiKey: ApiKey }> {
  if (actor) requirePermission(actor, 'keys.manage');
  const name = (input.name ?? '').trim();
  const fields: Record<string, string> = {};
  if (name === '' || name.length > 100) fields.name = 'is required (at most 100 characters)';
  if (input.role !== undefined && !isStaffRole(input.role)) fields.role = `must be one of ${STAFF_ROLES.join(', ')}`;
  if (Object.keys(fields).length) throw new AppError('VALIDATION_FAILED', 400, `Some fields are not valid: ${Object.keys(fields).join(', ')}`, fields);
  const key = `dl_${randomBytes(32).toString('base64url')}`;
  const now = deps.clock.now();
  const row = {
    id: newId(now.getTime()),
    name,
    key_hash: hashToken(key),
    prefix: key.slice(0, 10),
    role: input.role ?? 'admin',
    created_by: actor?.kind === 'staff' ? actor.id : null,
    created_at: now.toISOString(),
    last_used_at: null,
    revoked_at: null,
  };
  await deps.db.insertInto('api_keys').values(row).execute();
  await recordAudit(deps, actor, 'key.create', null, { keyId: row.id, name });
  return { key, apiKey: toKey(row) };
}

export async function listApiKeys(deps: { db: Db }, actor: Actor): Promise<ApiKey[]> {
  requirePermission(actor, 'keys.manage');
  const rows = await deps.db.selectFrom('api_keys').select(['id', 'name', 'prefix', 'role', 'created_by', 'created_at', 'last_used_at', 'revoked_at']).orderBy('created_at').orderBy('id').execute();
  return rows.map(toKey);
}

/** Revokes a key at once; requests with it get 401 from then on. Revoking twice is harmless. */
export async function revokeApiKey(deps: { db: Db; clock: Clock }, actor: Actor, id: string): Promise<ApiKey> {
  requirePermission(actor, 'keys.manage');
  const row = await deps.db.selectFrom('api_keys').select(['id', 'name', 'prefix', 'role', 'created_by', 'created_at', 'last_used_at', 'revoked_at']).where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('KEY_NOT_FOUND', 404, 'There is no API key with that id');
  if (row.revoked_at) return toKey(row);
  const now = deps.clock.now().toISOString();
  await deps.db.updateTable('api_keys').set({ revoked_at: now }).where('id', '=', id).execute();
  await recordAudit(deps, actor, 'key.revoke', null, { keyId: id, name: row.name });
  return toKey({ ...row, revoked_at: now });
}

/** The actor a presented key acts as, or undefined for an unknown or revoked key. */
export async function authenticateApiKey(deps: { db: Db; clock: Clock }, key: string): Promise<Actor | undefined> {
  if (!KEY_PATTERN.test(key)) return undefined;
  const row = await deps.db.selectFrom('api_keys').select(['id', 'name', 'role', 'last_used_at', 'revoked_at']).where('key_hash', '=', hashToken(key)).executeTakeFirst();
  if (!row || row.revoked_at) return undefined;
  const now = deps.clock.now();
  if (!row.last_used_at || now.getTime() - Date.parse(row.last_used_at) >= LAST_USED_EVERY_MS) {
    await deps.db.updateTable('api_keys').set({ last_used_at: now.toISOString() }).where('id', '=', row.id).execute();
  }
  return { kind: 'key', id: row.id, role: row.role as StaffRole, name: row.name };
}
