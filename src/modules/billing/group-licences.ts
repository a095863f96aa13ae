import type { Db } from '../../db/database-handle.js';
import type { GroupLicenceTable } from '../../db/schema-billing.js';
import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { GroupLicence } from './billing-types.js';
import { endEntitlements } from './entitlements.js';
import { formatIpRange, parseIpRange } from './ip-ranges.js';
import { recordMemberEvent } from './member-events.js';
import { requireTier } from './tier-repository.js';

export const toLicence = (row: GroupLicenceTable): GroupLicence => ({
  id: row.id,
  name: row.name,
  tierSlug: row.tier_slug,
  seats: row.seats,
  seatsUsed: row.seats_used,
  emailDomains: JSON.parse(row.email_domains) as string[],
  ipRanges: JSON.parse(row.ip_ranges) as string[],
  endsAt: row.ends_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const DOMAIN = /^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** Domains as stored: lowercase, no "@", each checked; the message names the first bad one. */
export function normalizeDomains(raw: string[]): string[] {
  const out = new Set<string>();
  for (const entry of raw) {
    const domain = entry.trim().toLowerCase().replace(/^@/, '');
    if (!DOMAIN.test(domain)) throw new AppError('GROUP_INVALID', 400, `"${entry}" is not an email domain (for example: university.edu)`, { emailDomains: `"${entry}" is not a domain` });
    out.add(domain);
  }
  return [...out];
}

/** CIDR ranges as stored; the message names the first bad one. */
export function normalizeRanges(raw: string[]): string[] {
  return [
    ...new Set(
      raw.map((entry) => {
        const range = parseIpRange(entry);
        if (!range) throw new AppError('GROUP_INVALID', 400, `"${entry}" is not an IP range (for example: 192.0.2.0/24 or 2001:db8::/48)`, { ipRanges: `"${entry}" is not a CIDR range` });
        return formatIpRange(range);
      }),
    ),
  ];
}

const checkSeats = (seats: number) => {
  if (!Number.isInteger(seats) || seats < 0 || seats > 1_000_000) throw new AppError('GROUP_INVALID', 400, 'Seats is a whole number from 0 to 1000000', { seats: 'must be a whole number from 0 to 1000000' });
};

export interface LicenceInput {
  name: string;
  tierSlug: string;
  seats: number;
  emailDomains?: string[];
  ipRanges?: string[];
  endsAt?: string | null;
}

/** Creates an institutional licence: a plan, a number of seats, and the ways to take one. */
export async function createLicence(deps: { db: Db; clock: Clock }, input: LicenceInput): Promise<GroupLicence> {
  if (!input.name.trim()) throw new AppError('GROUP_INVALID', 400, 'A licence needs a name', { name: 'must not be empty' });
  checkSeats(input.seats);
  await requireTier(deps.db, input.tierSlug, 'tierSlug');
  const now = deps.clock.now();
  const row: GroupLicenceTable = {
    id: newId(now.getTime()),
    name: input.name.trim(),
    tier_slug: input.tierSlug,
    seats: input.seats,
    seats_used: 0,
    email_domains: JSON.stringify(normalizeDomains(input.emailDomains ?? [])),
    ip_ranges: JSON.stringify(normalizeRanges(input.ipRanges ?? [])),
    ends_at: input.endsAt ?? null,
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
  };
  await deps.db.insertInto('group_licences').values(row).execute();
  return toLicence(row);
}

export async function findLicence(db: Db, id: string): Promise<GroupLicence | undefined> {
  const row = await db.selectFrom('group_licences').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toLicence(row) : undefined;
}

export async function requireLicence(db: Db, id: string): Promise<GroupLicence> {
  const licence = await findLicence(db, id);
  if (!licence) throw new AppError('GROUP_NOT_FOUND', 404, 'There is no such group licence');
  return licence;
}

export async function listLicences(db: Db): Promise<GroupLicence[]> {
  return (await db.selectFrom('group_licences').selectAll().orderBy('name').execute()).map(toLicence);
}

/**
 * Changes a licence. Seats cannot drop below the seats already taken (remove members first);
 * a new plan or end date carries over to every current seat.
 */
export async function updateLicence(deps: { db: Db; clock: Clock }, id: string, changes: Partial<LicenceInput>): Promise<GroupLicence> {
  const licence = await requireLicence(deps.db, id);
  const set: Partial<GroupLicenceTable> = { updated_at: deps.clock.now().toISOString() };
  if (changes.name !== undefined) {
    if (!changes.name.trim()) throw new AppError('GROUP_INVALID', 400, 'A licence needs a name', { name: 'must not be empty' });
    set.name = changes.name.trim();
  }
  if (changes.seats !== undefined) {
    checkSeats(changes.seats);
    if (changes.seats < licence.seatsUsed) throw new AppError('GROUP_SEATS_IN_USE', 409, `${licence.seatsUsed} seats are taken; remove members before going below that`, { seats: `must be at least ${licence.seatsUsed}` });
    set.seats = changes.seats;
  }
  const tier = changes.tierSlug !== undefined ? await requireTier(deps.db, changes.tierSlug, 'tierSlug') : undefined;
  if (tier) set.tier_slug = tier.slug;
  if (changes.emailDomains !== undefined) set.email_domains = JSON.stringify(normalizeDomains(changes.emailDomains));
  if (changes.ipRanges !== undefined) set.ip_ranges = JSON.stringify(normalizeRanges(changes.ipRanges));
  if (changes.endsAt !== undefined) set.ends_at = changes.endsAt;
  await deps.db.transaction().execute(async (trx) => {
    // The seats check above may race another change; the conditional update settles it.
    let update = trx.updateTable('group_licences').set(set).where('id', '=', id);
    if (set.seats !== undefined) update = update.where('seats_used', '<=', set.seats);
    const result = await update.executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw new AppError('GROUP_SEATS_IN_USE', 409, 'More seats were taken meanwhile; try again', { seats: 'too low' });
    if (tier || changes.endsAt !== undefined) {
      const entitlement: { tier_slug?: string; tier_name?: string; ends_at?: string | null } = {};
      if (tier) Object.assign(entitlement, { tier_slug: tier.slug, tier_name: tier.name });
      if (changes.endsAt !== undefined) entitlement.ends_at = changes.endsAt;
      const now = deps.clock.now().toISOString();
      await trx
        .updateTable('member_entitlements')
        .set(entitlement)
        .where('source', '=', 'group')
        .where('reference', '=', id)
        .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', now)]))
        .execute();
    }
  });
  return requireLicence(deps.db, id);
}

/** Deletes a licence: every seat's access ends now; invitations die with it. */
export async function deleteLicence(deps: { db: Db; clock: Clock }, id: string): Promise<void> {
  await requireLicence(deps.db, id);
  await deps.db.transaction().execute(async (trx) => {
    await endEntitlements(trx, { source: 'group', reference: id }, deps.clock.now());
    await trx.deleteFrom('group_licences').where('id', '=', id).execute();
  });
}

export interface LicenceSeat {
  memberId: string;
  email: string;
  name: string;
  via: string;
  createdAt: string;
}

/** Who holds this licence's seats, for the admin. */
export async function listSeats(db: Db, licenceId: string): Promise<LicenceSeat[]> {
  const rows = await db
    .selectFrom('group_members')
    .innerJoin('members', 'members.id', 'group_members.member_id')
    .select(['group_members.member_id', 'members.email', 'members.name', 'group_members.via', 'group_members.created_at'])
    .where('group_members.licence_id', '=', licenceId)
    .orderBy('group_members.created_at')
    .execute();
  return rows.map((r) => ({ memberId: r.member_id, email: r.email ?? '', name: r.name, via: r.via, createdAt: r.created_at }));
}

/** Frees a seat: the member's group access ends now and the seat can be taken again. */
export async function removeSeat(deps: { db: Db; clock: Clock }, licenceId: string, memberId: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    const removed = await trx.deleteFrom('group_members').where('licence_id', '=', licenceId).where('member_id', '=', memberId).executeTakeFirst();
    if (Number(removed.numDeletedRows) !== 1) throw new AppError('GROUP_SEAT_NOT_FOUND', 404, 'This member does not hold a seat on this licence');
    await trx.updateTable('group_licences').set((eb) => ({ seats_used: eb('seats_used', '-', 1) })).where('id', '=', licenceId).execute();
    await endEntitlements(trx, { memberId, source: 'group', reference: licenceId }, deps.clock.now());
    await recordMemberEvent({ db: trx, clock: deps.clock }, memberId, 'group.left', { licence: licenceId });
  });
}
