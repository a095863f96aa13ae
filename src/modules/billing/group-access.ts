import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';
import { newId, newSecret } from '../../kernel/ids.js';
import type { BillingDeps, GroupLicence } from './billing-types.js';
import { invitationMail } from './billing-mail.js';
import { grantEntitlement } from './entitlements.js';
import { hashToken } from './gifts.js';
import { requireLicence, toLicence } from './group-licences.js';
import { recordMemberEvent } from './member-events.js';
import { requireTier } from './tier-repository.js';

/** How long an emailed invitation stays valid. */
export const INVITATION_LIFETIME_MS = 14 * 24 * 3_600_000;

const seatsGone = (licence: GroupLicence) =>
  new AppError('GROUP_FULL', 409, `All ${licence.seats} seats of ${licence.name}'s membership are taken. Ask whoever manages it to free a seat or add more.`);

/**
 * Gives a member a seat, atomically: the seat counter only moves while seats remain (a
 * conditional UPDATE, so two readers racing for the last seat cannot both get it). Taking a seat
 * one already holds changes nothing. Throws GROUP_FULL (409) when none is left.
 */
export async function takeSeat(deps: { db: Db; clock: Clock }, licence: GroupLicence, memberId: string, via: 'domain' | 'invitation'): Promise<'joined' | 'already'> {
  const now = deps.clock.now();
  if (licence.endsAt && licence.endsAt <= now.toISOString()) throw new AppError('GROUP_ENDED', 410, `${licence.name}'s membership has ended.`);
  const tier = await requireTier(deps.db, licence.tierSlug);
  return deps.db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('group_members')
      .values({ licence_id: licence.id, member_id: memberId, via, created_at: now.toISOString() })
      .onConflict((oc) => oc.columns(['licence_id', 'member_id']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return 'already';
    const counted = await trx
      .updateTable('group_licences')
      .set((eb) => ({ seats_used: eb('seats_used', '+', 1) }))
      .where('id', '=', licence.id)
      .whereRef('seats_used', '<', 'seats')
      .executeTakeFirst();
    if (Number(counted.numUpdatedRows) !== 1) throw seatsGone(licence);
    const tx = { db: trx, clock: deps.clock };
    await grantEntitlement(tx, { memberId, tier, source: 'group', reference: licence.id, startsAt: now, endsAt: licence.endsAt ? new Date(licence.endsAt) : null });
    await recordMemberEvent(tx, memberId, 'group.joined', { licence: licence.id, name: licence.name, via });
    return 'joined';
  });
}

/** Whether an address belongs to a domain: the domain itself or any subdomain of it. */
export const emailInDomain = (email: string, domain: string): boolean => {
  const host = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return host === domain || host.endsWith(`.${domain}`);
};

export type DomainSeatOutcome = { outcome: 'joined' | 'already'; licence: GroupLicence } | { outcome: 'full'; licence: GroupLicence } | null;

/**
 * Seats a member whose confirmed address is at a licensed domain (called on sign-in and when they
 * visit /membership). An unconfirmed address never takes a seat: anyone can type one. Returns
 * what happened, including "full" so the page can say so plainly; null when no licence matches.
 */
export async function claimDomainSeat(deps: { db: Db; clock: Clock }, member: { id: string; email: string; emailVerifiedAt: string | null }): Promise<DomainSeatOutcome> {
  if (!member.emailVerifiedAt || !member.email.includes('@')) return null;
  const now = deps.clock.now().toISOString();
  const rows = await deps.db
    .selectFrom('group_licences')
    .selectAll()
    .where('email_domains', '!=', '[]')
    .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', now)]))
    .orderBy('created_at')
    .execute();
  const matching = rows.map(toLicence).filter((l) => l.emailDomains.some((d) => emailInDomain(member.email, d)));
  if (matching.length === 0) return null;
  let full: GroupLicence | null = null;
  for (const licence of matching) {
    try {
      const outcome = await takeSeat(deps, licence, member.id, 'domain');
      return { outcome, licence };
    } catch (error) {
      if (error instanceof AppError && error.code === 'GROUP_FULL') full ??= licence;
      else throw error;
    }
  }
  return full ? { outcome: 'full', licence: full } : null;
}

/** Emails an invitation to take a seat; the seat is taken when it is accepted, not now. */
export async function inviteToLicence(deps: BillingDeps, licenceId: string, email: string, language: string): Promise<{ id: string; expiresAt: string }> {
  const licence = await requireLicence(deps.db, licenceId);
  const now = deps.clock.now();
  const token = newSecret(32);
  const id = newId(now.getTime());
  const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
  await deps.db.insertInto('group_invitations').values({ id, licence_id: licence.id, email, token_hash: hashToken(token), expires_at: expiresAt.toISOString(), accepted_at: null, accepted_by: null, created_at: now.toISOString() }).execute();
  const ar = language === 'ar';
  await deps.mailer.send(
    invitationMail({
      to: email,
      language: ar ? 'ar' : 'en',
      siteName: ar ? deps.site.siteNameAr : deps.site.siteName,
      licenceName: licence.name,
      acceptUrl: `${deps.site.publicUrl}/membership/join?token=${encodeURIComponent(token)}`,
      expiresOn: new Intl.DateTimeFormat(ar ? 'ar-EG' : 'en', { dateStyle: 'long', timeZone: 'UTC' }).format(expiresAt),
    }),
  );
  return { id, expiresAt: expiresAt.toISOString() };
}

export interface Invitation {
  id: string;
  email: string;
  licence: GroupLicence;
  expiresAt: string;
  acceptedAt: string | null;
}

/** The invitation behind an emailed link; undefined when the token is unknown. */
export async function findInvitation(db: Db, token: string): Promise<Invitation | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const row = await db.selectFrom('group_invitations').selectAll().where('token_hash', '=', hashToken(token)).executeTakeFirst();
  if (!row) return undefined;
  return { id: row.id, email: row.email, licence: await requireLicence(db, row.licence_id), expiresAt: row.expires_at, acceptedAt: row.accepted_at };
}

/**
 * Accepts an invitation for the signed-in member whose address it was sent to, taking a seat.
 * A forwarded link does not work for someone else: seats are the licence holder's to hand out.
 */
export async function acceptInvitation(deps: { db: Db; clock: Clock }, token: string, member: { id: string; email: string }): Promise<GroupLicence> {
  const invitation = await findInvitation(deps.db, token);
  if (!invitation) throw new AppError('INVITATION_NOT_FOUND', 404, 'This invitation link is not valid. Check that you copied all of it.');
  if (invitation.acceptedAt) throw new AppError('INVITATION_USED', 410, 'This invitation has already been accepted.');
  if (invitation.expiresAt <= deps.clock.now().toISOString()) throw new AppError('INVITATION_EXPIRED', 410, 'This invitation has expired. Ask for a new one.');
  if (invitation.email.toLowerCase() !== member.email.toLowerCase()) {
    throw new AppError('INVITATION_OTHER_EMAIL', 403, `This invitation is for ${invitation.email}. Sign in with that address to accept it.`);
  }
  await takeSeat(deps, invitation.licence, member.id, 'invitation');
  await deps.db.updateTable('group_invitations').set({ accepted_at: deps.clock.now().toISOString(), accepted_by: member.id }).where('id', '=', invitation.id).where('accepted_at', 'is', null).execute();
  return requireLicence(deps.db, invitation.licence.id);
}
