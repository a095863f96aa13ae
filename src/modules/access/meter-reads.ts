import type { Db } from '../../db/database-handle.js';

/** Gated articles a signed-in free member has read in a month (the server-side meter). */
export async function countMemberReads(db: Db, memberId: string, month: string): Promise<{ used: number; counted: Set<string> }> {
  const rows = await db.selectFrom('meter_reads').select('post_id').where('member_id', '=', memberId).where('month', '=', month).execute();
  return { used: rows.length, counted: new Set(rows.map((r) => r.post_id)) };
}

/** Counts one read; reading the same article again in the same month changes nothing. */
export async function recordMemberRead(db: Db, memberId: string, postId: string, month: string, at: string): Promise<void> {
  await db
    .insertInto('meter_reads')
    .values({ member_id: memberId, post_id: postId, month, read_at: at })
    .onConflict((oc) => oc.columns(['member_id', 'month', 'post_id']).doNothing())
    .execute();
}

/** Every counted read of a member, for "download my data". */
export async function listMemberReads(db: Db, memberId: string): Promise<{ postId: string; month: string; readAt: string }[]> {
  const rows = await db.selectFrom('meter_reads').select(['post_id', 'month', 'read_at']).where('member_id', '=', memberId).orderBy('read_at').execute();
  return rows.map((r) => ({ postId: r.post_id, month: r.month, readAt: r.read_at }));
}

/** Forgets what a member read (account erasure). */
export async function deleteMemberReads(db: Db, memberId: string): Promise<void> {
  await db.deleteFrom('meter_reads').where('member_id', '=', memberId).execute();
}
