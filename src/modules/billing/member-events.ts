import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import { newId } from '../../kernel/ids.js';

/** Kinds of history rows; the admin's member detail shows them in order. */
export type MemberEventKind =
  | 'subscription.started'
  | 'subscription.changed'
  | 'subscription.cancel-scheduled'
  | 'subscription.resumed'
  | 'subscription.ended'
  | 'comp.granted'
  | 'comp.revoked'
  | 'gift.purchased'
  | 'gift.redeemed'
  | 'group.joined'
  | 'group.left'
  | 'offer.redeemed'
  | 'retention.offered'
  | 'retention.accepted'
  | 'member.created'
  | 'member.imported';

export interface MemberEvent {
  id: string;
  kind: string;
  details: Record<string, unknown>;
  createdAt: string;
}

/** Appends a history row. Call it inside the transaction that made the change, so history never lies. */
export async function recordMemberEvent(deps: { db: Db; clock: Clock }, memberId: string, kind: MemberEventKind, details: Record<string, unknown> = {}): Promise<void> {
  const now = deps.clock.now();
  const last = await deps.db.selectFrom('member_events').select('seq').where('member_id', '=', memberId).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  await deps.db.insertInto('member_events').values({ id: newId(now.getTime()), member_id: memberId, seq: (last?.seq ?? 0) + 1, kind, details: JSON.stringify(details), created_at: now.toISOString() }).execute();
}

/** A member's history, oldest first (the latest `limit` rows). */
export async function listMemberEvents(db: Db, memberId: string, limit = 200): Promise<MemberEvent[]> {
  const rows = await db.selectFrom('member_events').selectAll().where('member_id', '=', memberId).orderBy('seq', 'desc').limit(limit).execute();
  return rows.reverse().map((r) => ({ id: r.id, kind: r.kind, details: JSON.parse(r.details) as Record<string, unknown>, createdAt: r.created_at }));
}

/** Whether this member already has a history row of this kind (the retention offer is shown once). */
export async function hasMemberEvent(db: Db, memberId: string, kind: MemberEventKind): Promise<boolean> {
  const row = await db.selectFrom('member_events').select('id').where('member_id', '=', memberId).where('kind', '=', kind).limit(1).executeTakeFirst();
  return row !== undefined;
}
