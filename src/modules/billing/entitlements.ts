import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import { newId } from '../../kernel/ids.js';
import type { ActiveEntitlement, EntitlementSource, Tier } from './billing-types.js';
import { ipInRanges } from './ip-ranges.js';

/**
 * Paid access a member holds at `now`, from every source (subscription, comp, gift, group seat).
 * This is what the access decision consults on each gated request, so a webhook that changes a
 * row is reflected on the reader's very next page.
 */
export async function entitlementsFor(db: Db, memberId: string, now: Date): Promise<ActiveEntitlement[]> {
  const at = now.toISOString();
  const rows = await db
    .selectFrom('member_entitlements')
    .select(['tier_slug', 'tier_name', 'source', 'starts_at', 'ends_at', 'reference'])
    .where('member_id', '=', memberId)
    .where('starts_at', '<=', at)
    .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', at)]))
    .orderBy('starts_at')
    .execute();
  return rows.map((r) => ({ tierSlug: r.tier_slug, tierName: r.tier_name, source: r.source as EntitlementSource, startsAt: r.starts_at, endsAt: r.ends_at, reference: r.reference }));
}

export interface EntitlementGrant {
  memberId: string;
  tier: Pick<Tier, 'slug' | 'name'>;
  source: EntitlementSource;
  /** The billing record behind it (Stripe subscription id, licence id, gift id); null for comps. */
  reference: string | null;
  startsAt: Date;
  endsAt: Date | null;
}

/** Adds an entitlement row. */
export async function grantEntitlement(deps: { db: Db; clock: Clock }, grant: EntitlementGrant): Promise<void> {
  const now = deps.clock.now();
  await deps.db
    .insertInto('member_entitlements')
    .values({
      id: newId(now.getTime()),
      member_id: grant.memberId,
      tier_slug: grant.tier.slug,
      tier_name: grant.tier.name,
      source: grant.source,
      reference: grant.reference,
      starts_at: grant.startsAt.toISOString(),
      ends_at: grant.endsAt?.toISOString() ?? null,
      created_at: now.toISOString(),
    })
    .execute();
}

/**
 * Keeps the one row that stands for a billing record (a subscription) in step with it: moves its
 * end and plan, or creates it when access starts. Rows that already ended are left as history.
 */
export async function syncReferencedEntitlement(deps: { db: Db; clock: Clock }, grant: Omit<EntitlementGrant, 'startsAt'> & { reference: string }): Promise<void> {
  const now = deps.clock.now().toISOString();
  const current = await deps.db
    .selectFrom('member_entitlements')
    .select(['id'])
    .where('member_id', '=', grant.memberId)
    .where('source', '=', grant.source)
    .where('reference', '=', grant.reference)
    .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', now)]))
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  if (current) {
    await deps.db
      .updateTable('member_entitlements')
      .set({ tier_slug: grant.tier.slug, tier_name: grant.tier.name, ends_at: grant.endsAt?.toISOString() ?? null })
      .where('id', '=', current.id)
      .execute();
    return;
  }
  if (grant.endsAt && grant.endsAt.toISOString() <= now) return;
  await grantEntitlement(deps, { ...grant, startsAt: deps.clock.now() });
}

/**
 * Ends matching entitlements at `at` (never extends one that already ends sooner). Returns how
 * many rows were cut short.
 */
export async function endEntitlements(db: Db, where: { memberId?: string; source: EntitlementSource; reference?: string }, at: Date): Promise<number> {
  const iso = at.toISOString();
  let query = db
    .updateTable('member_entitlements')
    .set({ ends_at: iso })
    .where('source', '=', where.source)
    .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', iso)]));
  if (where.memberId) query = query.where('member_id', '=', where.memberId);
  if (where.reference) query = query.where('reference', '=', where.reference);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** What an address inside a licence's IP ranges may read: a whole institution, no account, no seat. */
export interface IpEntitlement {
  licenceId: string;
  licenceName: string;
  tierSlug: string;
}

/**
 * The group licence whose IP ranges contain `ip`, if any (for libraries and newsrooms reading
 * from their own network without accounts). IP access takes no seat: seats count people, and an
 * address stands for a building.
 */
export async function ipEntitlement(db: Db, ip: string, now: Date): Promise<IpEntitlement | null> {
  const at = now.toISOString();
  const rows = await db
    .selectFrom('group_licences')
    .select(['id', 'name', 'tier_slug', 'ip_ranges'])
    .where('ip_ranges', '!=', '[]')
    .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', at)]))
    .orderBy('id')
    .execute();
  for (const row of rows) {
    if (ipInRanges(ip, JSON.parse(row.ip_ranges) as string[])) return { licenceId: row.id, licenceName: row.name, tierSlug: row.tier_slug };
  }
  return null;
}
