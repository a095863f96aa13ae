import type { MemberLoginTokenTable } from '../../db/schema-members.js';
import { AppError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { findMemberByEmail, findMemberById } from './member-repository.js';
import { createSession } from './member-sessions.js';
import { SIGN_IN_LIMITS, type LoginPurpose, type MembersDeps, type SignInOutcome } from './member-types.js';
import { emailChangedNotice } from './sign-in-email.js';

/**
 * Uses up a checked token and does what it was for, in one transaction: the token is marked used
 * by a conditional update first, so two clicks racing each other sign in once and the second is
 * refused. Sign-up creates the account (the address is verified by this very step); sign-in
 * starts a session; email-change moves the account to the new address and tells the old one.
 */
export async function completeSignIn(deps: MembersDeps, row: MemberLoginTokenTable): Promise<SignInOutcome> {
  const now = deps.clock.now().toISOString();
  const purpose = row.purpose as LoginPurpose;
  let previousEmail: string | null = null;
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const used = await trx
      .updateTable('member_login_tokens')
      .set({ used_at: now })
      .where('id', '=', row.id)
      .where('used_at', 'is', null)
      .where('attempts', '<', SIGN_IN_LIMITS.codeAttempts)
      .executeTakeFirst();
    if (Number(used.numUpdatedRows) !== 1) throw new AppError('LINK_USED', 410, 'This link or code was already used. Ask for a new email.');

    if (purpose === 'email-change') {
      const member = row.member_id ? await findMemberById(trx, row.member_id) : undefined;
      if (!member) throw new AppError('LINK_INVALID', 404, 'This account no longer exists.');
      const other = await findMemberByEmail(trx, row.email);
      if (other && other.id !== member.id) throw new AppError('EMAIL_TAKEN', 409, 'That address now belongs to another account, so it cannot be moved to yours.');
      previousEmail = member.email;
      await trx.updateTable('members').set({ email: row.email, email_verified_at: now, updated_at: now }).where('id', '=', member.id).execute();
      return { purpose, memberId: member.id, sessionToken: null, nextPath: row.next_path, language: member.language };
    }

    // Sign-in and sign-up end the same way: a verified member for this address, and a session.
    let member = await findMemberByEmail(trx, row.email);
    if (purpose === 'sign-in' && (!member || member.id !== row.member_id)) throw new AppError('LINK_INVALID', 404, 'This sign-in link is for an address the account no longer uses. Ask for a new email.');
    if (!member) {
      const id = newId(deps.clock.now().getTime());
      await trx.insertInto('members').values({ id, email: row.email, name: row.name.slice(0, 120), language: row.language, created_at: now, updated_at: now, email_verified_at: now, deleted_at: null }).execute();
      member = { id, email: row.email, name: row.name, language: row.language, createdAt: now, emailVerifiedAt: now };
    } else if (!member.emailVerifiedAt) {
      await trx.updateTable('members').set({ email_verified_at: now, updated_at: now }).where('id', '=', member.id).execute();
    }
    // Other links still waiting for this address are spent: one sign-in per batch of emails.
    await trx.updateTable('member_login_tokens').set({ used_at: now }).where('email', '=', row.email).where('used_at', 'is', null).where('purpose', 'in', ['sign-in', 'sign-up']).execute();
    const sessionToken = await createSession({ db: trx, clock: deps.clock }, member.id);
    return { purpose, memberId: member.id, sessionToken, nextPath: row.next_path, language: member.language };
  });
  if (previousEmail) {
    // Best effort: the change is done; a lost notice must not undo it or show the reader an error.
    await deps.mailer.send(emailChangedNotice({ to: previousEmail, newEmail: row.email, language: outcome.language, siteName: deps.site.siteName, siteNameAr: deps.site.siteNameAr })).catch(() => undefined);
  }
  return outcome;
}
