import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import { newSecret } from '../../kernel/ids.js';
import type { Viewer } from '../access/index.js';
import { activeEntitlements, findMemberById } from './member-repository.js';
import { SIGN_IN_LIMITS, type Entitlement, type MemberProfile } from './member-types.js';
import { isWellFormedToken, sha256Hex } from './secret-hashing.js';

/**
 * Starts a session for a member and returns the cookie value. Only the token's SHA-256 is stored,
 * so a copy of the database cannot be turned into working cookies.
 */
export async function createSession(deps: { db: Db; clock: Clock }, memberId: string): Promise<string> {
  const token = newSecret(32);
  const now = deps.clock.now();
  await deps.db
    .insertInto('member_sessions')
    .values({ id: sha256Hex(token), member_id: memberId, created_at: now.toISOString(), expires_at: new Date(now.getTime() + SIGN_IN_LIMITS.sessionLifetimeMs).toISOString() })
    .execute();
  return token;
}

export interface SignedInMember {
  member: MemberProfile;
  entitlements: Entitlement[];
  viewer: Extract<Viewer, { kind: 'member' }>;
  /** The stored id of this session (the token's hash), to mark "this browser" in lists. */
  sessionId: string;
}

/**
 * The member behind a session cookie, with what they are entitled to right now; null for a
 * missing, malformed, expired or ended session, or an erased account. Paid status is derived
 * from active entitlements on every call, so a change billing makes shows on the next request.
 */
export async function memberForSession(deps: { db: Db; clock: Clock }, token: string | undefined): Promise<SignedInMember | null> {
  if (!token || !isWellFormedToken(token)) return null;
  const now = deps.clock.now().toISOString();
  const sessionId = sha256Hex(token);
  const session = await deps.db.selectFrom('member_sessions').select(['member_id']).where('id', '=', sessionId).where('expires_at', '>', now).executeTakeFirst();
  if (!session) return null;
  const member = await findMemberById(deps.db, session.member_id);
  if (!member) return null;
  const entitlements = await activeEntitlements(deps.db, member.id, now);
  const tiers = [...new Set(entitlements.map((e) => e.tierSlug))];
  return { member, entitlements, sessionId, viewer: { kind: 'member', memberId: member.id, paid: tiers.length > 0, tiers } };
}

/** Ends one session (sign out). Unknown tokens are ignored: signing out twice is not an error. */
export async function endSession(db: Db, token: string | undefined): Promise<void> {
  if (!token || !isWellFormedToken(token)) return;
  await db.deleteFrom('member_sessions').where('id', '=', sha256Hex(token)).execute();
}

/** Ends every session of a member except, optionally, the current one ("sign out everywhere else"). */
export async function endOtherSessions(db: Db, memberId: string, keepSessionId?: string): Promise<number> {
  let query = db.deleteFrom('member_sessions').where('member_id', '=', memberId);
  if (keepSessionId) query = query.where('id', '!=', keepSessionId);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Sessions of a member that have not expired (the account page says on how many browsers they are signed in). */
export async function countActiveSessions(deps: { db: Db; clock: Clock }, memberId: string): Promise<number> {
  const row = await deps.db
    .selectFrom('member_sessions')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('member_id', '=', memberId)
    .where('expires_at', '>', deps.clock.now().toISOString())
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}
