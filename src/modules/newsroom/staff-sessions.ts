import { createHash } from 'node:crypto';
import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import type { Staff } from './newsroom-types.js';
import { hashToken, newToken } from './secret-tokens.js';
import { toStaff } from './staff-accounts.js';

/** A session lasts this long after it was last used... */
export const SESSION_IDLE_MS = 14 * 24 * 3_600_000;
/** ...and never longer than this after sign-in. */
export const SESSION_MAX_MS = 60 * 24 * 3_600_000;
/** last_seen_at (and the idle expiry) is written at most this often, so reads do not all write. */
const TOUCH_EVERY_MS = 60_000;

export interface StaffSession {
  /** The session's id: the hash of its token (safe to log, useless to an attacker). */
  id: string;
  staff: Staff;
  expiresAt: string;
}

/**
 * Starts a session and returns its token, which goes into the cookie and nowhere else. Only the
 * token's SHA-256 is stored, so a copy of the database holds no usable session.
 */
export async function createStaffSession(deps: { db: Db; clock: Clock }, staffId: string, userAgent: string): Promise<{ token: string; id: string; expiresAt: string }> {
  const token = newToken();
  const id = hashToken(token);
  const now = deps.clock.now();
  const expiresAt = new Date(now.getTime() + SESSION_IDLE_MS).toISOString();
  await deps.db
    .insertInto('staff_sessions')
    .values({ id, staff_id: staffId, created_at: now.toISOString(), expires_at: expiresAt, last_seen_at: now.toISOString(), user_agent: userAgent.slice(0, 300) })
    .execute();
  return { token, id, expiresAt };
}

/** The session a token opens, if it is live and its account is enabled; slides its idle expiry. */
export async function resolveStaffSession(deps: { db: Db; clock: Clock }, token: string): Promise<StaffSession | undefined> {
  if (!token || token.length > 200) return undefined;
  const id = hashToken(token);
  const now = deps.clock.now();
  const row = await deps.db
    .selectFrom('staff_sessions')
    .innerJoin('staff', 'staff.id', 'staff_sessions.staff_id')
    .selectAll('staff')
    .select(['staff_sessions.created_at as session_created_at', 'staff_sessions.expires_at', 'staff_sessions.last_seen_at'])
    .where('staff_sessions.id', '=', id)
    .executeTakeFirst();
  if (!row || row.disabled_at || row.expires_at <= now.toISOString()) return undefined;
  let expiresAt = row.expires_at;
  if (now.getTime() - Date.parse(row.last_seen_at) >= TOUCH_EVERY_MS) {
    const cap = Date.parse(row.session_created_at) + SESSION_MAX_MS;
    expiresAt = new Date(Math.min(now.getTime() + SESSION_IDLE_MS, cap)).toISOString();
    await deps.db.updateTable('staff_sessions').set({ last_seen_at: now.toISOString(), expires_at: expiresAt }).where('id', '=', id).execute();
  }
  return { id, staff: toStaff(row), expiresAt };
}

/** Ends one session (sign out). */
export async function endStaffSession(db: Db, sessionId: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('id', '=', sessionId).execute();
}

/** Ends every session of an account (sign out everywhere); returns how many ended. */
export async function endAllStaffSessions(db: Db, staffId: string): Promise<number> {
  const result = await db.deleteFrom('staff_sessions').where('staff_id', '=', staffId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * The CSRF token of a session: derived from the session token by a one-way hash, so it needs no
 * storage, changes with every session, and cannot be computed by a page that cannot read the
 * (HttpOnly) cookie. The newsroom app reads it from the sign-in answer or GET /api/admin/me and
 * sends it back in the X-CSRF-Token header.
 */
export const csrfTokenFor = (sessionToken: string): string => createHash('sha256').update(`dateline-csrf:${sessionToken}`).digest('base64url');
