import type { Db } from '../../db/database-handle.js';

/**
 * For a batch of email addresses: which belong to a member, and which of those hold paid access
 * now. Two queries per batch, however large (newsletter sends ask this 1,000 addresses at a time).
 */
export async function readerTiers(db: Db, emails: string[], at: string): Promise<Map<string, { member: boolean; paid: boolean }>> {
  const out = new Map<string, { member: boolean; paid: boolean }>();
  if (emails.length === 0) return out;
  const members = await db.selectFrom('members').select(['id', 'email']).where('email', 'in', emails).where('deleted_at', 'is', null).execute();
  if (members.length === 0) return out;
  const paid = await db
    .selectFrom('member_entitlements')
    .select('member_id')
    .distinct()
    .where('member_id', 'in', members.map((m) => m.id))
    .where('starts_at', '<=', at)
    .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', at)]))
    .execute();
  const paidIds = new Set(paid.map((p) => p.member_id));
  for (const m of members) if (m.email) out.set(m.email, { member: true, paid: paidIds.has(m.id) });
  return out;
}
