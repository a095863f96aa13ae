import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';
import { deleteMemberReads, listMemberReads } from '../access/index.js';
import { findMemberById } from './member-repository.js';

/**
 * Everything we hold about a member, as one JSON-ready object ("download my data"): the profile,
 * sessions (when they started and end; tokens are never stored), every entitlement (past ones
 * too), the meter's counted reads, and sign-in emails from the last day.
 */
export async function exportMemberData(deps: { db: Db; clock: Clock }, memberId: string, currentSessionId?: string) {
  const member = await findMemberById(deps.db, memberId);
  if (!member) throw new AppError('MEMBER_NOT_FOUND', 404, 'This account no longer exists.');
  const [sessions, entitlements, meterReads, signIns] = await Promise.all([
    deps.db.selectFrom('member_sessions').select(['id', 'created_at', 'expires_at']).where('member_id', '=', memberId).orderBy('created_at').execute(),
    deps.db.selectFrom('member_entitlements').select(['tier_slug', 'tier_name', 'source', 'starts_at', 'ends_at', 'created_at']).where('member_id', '=', memberId).orderBy('starts_at').execute(),
    listMemberReads(deps.db, memberId),
    deps.db
      .selectFrom('member_login_tokens')
      .select(['email', 'purpose', 'created_at', 'expires_at', 'used_at'])
      .where((eb) => eb.or([eb('member_id', '=', memberId), eb('email', '=', member.email)]))
      .orderBy('created_at')
      .execute(),
  ]);
  return {
    exportedAt: deps.clock.now().toISOString(),
    profile: { id: member.id, email: member.email, name: member.name, language: member.language, createdAt: member.createdAt, emailVerifiedAt: member.emailVerifiedAt },
    sessions: sessions.map((s) => ({ startedAt: s.created_at, expiresAt: s.expires_at, thisBrowser: s.id === currentSessionId })),
    entitlements: entitlements.map((e) => ({ tier: e.tier_slug, tierName: e.tier_name, source: e.source, startsAt: e.starts_at, endsAt: e.ends_at, grantedAt: e.created_at })),
    meterReads,
    signInEmails: signIns.map((t) => ({ to: t.email, purpose: t.purpose, sentAt: t.created_at, expiresAt: t.expires_at, usedAt: t.used_at })),
  };
}

export type MemberDataExport = Awaited<ReturnType<typeof exportMemberData>>;

/**
 * Erases an account. Personal data goes: the address, the name, every session and sign-in
 * token, every meter read. The member row stays as an anonymous tombstone (no address, no name)
 * only because entitlement rows point at it: those, with billing's invoices, are the records of
 * payments that accounting law obliges the outlet to keep, and they hold no personal data here.
 */
export async function eraseMember(deps: { db: Db; clock: Clock }, memberId: string): Promise<void> {
  const now = deps.clock.now().toISOString();
  await deps.db.transaction().execute(async (trx) => {
    const member = await findMemberById(trx, memberId);
    if (!member) return;
    await trx.deleteFrom('member_sessions').where('member_id', '=', memberId).execute();
    await trx.deleteFrom('member_login_tokens').where((eb) => eb.or([eb('member_id', '=', memberId), eb('email', '=', member.email)])).execute();
    await deleteMemberReads(trx, memberId);
    await trx.updateTable('members').set({ email: null, name: '', language: 'en', email_verified_at: null, deleted_at: now, updated_at: now }).where('id', '=', memberId).execute();
  });
}
