import type { Db } from '../../db/database-handle.js';
import type { MemberTable } from '../../db/schema-members.js';
import type { Entitlement, MemberProfile } from './member-types.js';

type MemberRow = Pick<MemberTable, 'id' | 'email' | 'name' | 'language' | 'created_at' | 'email_verified_at'>;

const COLUMNS = ['id', 'email', 'name', 'language', 'created_at', 'email_verified_at'] as const;

const toProfile = (row: MemberRow): MemberProfile => ({
  id: row.id,
  email: row.email ?? '',
  name: row.name,
  language: row.language,
  createdAt: row.created_at,
  emailVerifiedAt: row.email_verified_at,
});

/** A live (not erased) member by address; `email` must already be normalized. */
export async function findMemberByEmail(db: Db, email: string): Promise<MemberProfile | undefined> {
  const row = await db.selectFrom('members').select(COLUMNS).where('email', '=', email).where('deleted_at', 'is', null).executeTakeFirst();
  return row ? toProfile(row) : undefined;
}

/** A live (not erased) member by id. */
export async function findMemberById(db: Db, id: string): Promise<MemberProfile | undefined> {
  const row = await db.selectFrom('members').select(COLUMNS).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  return row ? toProfile(row) : undefined;
}

/**
 * Paid access active at `at`: starts_at <= at and (no end, or an end after at). Billing writes
 * these rows; reading them here is what makes a subscription count within one request.
 */
export async function activeEntitlements(db: Db, memberId: string, at: string): Promise<Entitlement[]> {
  const rows = await db
    .selectFrom('member_entitlements')
    .select(['id', 'tier_slug', 'tier_name', 'source', 'starts_at', 'ends_at'])
    .where('member_id', '=', memberId)
    .where('starts_at', '<=', at)
    .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', at)]))
    .orderBy('starts_at')
    .execute();
  return rows.map((r) => ({ id: r.id, tierSlug: r.tier_slug, tierName: r.tier_name, source: r.source as Entitlement['source'], startsAt: r.starts_at, endsAt: r.ends_at }));
}

/** Changes the name the account page and emails use. */
export async function updateMemberName(deps: { db: Db; clock: { now(): Date } }, memberId: string, name: string): Promise<void> {
  await deps.db.updateTable('members').set({ name, updated_at: deps.clock.now().toISOString() }).where('id', '=', memberId).where('deleted_at', 'is', null).execute();
}
