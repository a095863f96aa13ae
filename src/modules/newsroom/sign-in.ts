import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';
import type { Mailer } from '../mail/index.js';
import type { Staff } from './newsroom-types.js';
import { verifyPassword } from './passwords.js';
import { hashToken, newToken } from './secret-tokens.js';
import { normalizeEmail, toStaff } from './staff-accounts.js';

export const SIGN_IN_LINK_TTL_MS = 15 * 60_000;

const invalidCredentials = () => new AppError('INVALID_CREDENTIALS', 401, 'That email and password do not match an active staff account.');

/** Checks an email and password; the same answer, after the same work, whether or not the email exists. */
export async function verifyStaffPassword(deps: { db: Db }, email: string, password: string): Promise<Staff> {
  const row = await deps.db.selectFrom('staff').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
  const ok = await verifyPassword(row && !row.disabled_at ? row.password_hash : null, password);
  if (!row || !ok) throw invalidCredentials();
  return toStaff(row);
}

/**
 * Makes a single-use sign-in token for an account (valid 15 minutes; only its hash is stored)
 * and returns the confirmation URL. The CLI prints it; `sendSignInLink` emails it.
 */
export async function createSignInLink(deps: { db: Db; clock: Clock; publicUrl: string }, staffId: string): Promise<string> {
  const token = newToken();
  const now = deps.clock.now();
  await deps.db
    .insertInto('staff_login_tokens')
    .values({ id: hashToken(token), staff_id: staffId, created_at: now.toISOString(), expires_at: new Date(now.getTime() + SIGN_IN_LINK_TTL_MS).toISOString(), used_at: null })
    .execute();
  return `${deps.publicUrl}/newsroom/sign-in/confirm?token=${encodeURIComponent(token)}`;
}

/**
 * Emails a sign-in link when the address belongs to an active account, and quietly does nothing
 * otherwise, so the answer never tells a stranger which addresses have accounts.
 */
export async function sendSignInLink(deps: { db: Db; clock: Clock; publicUrl: string; mailer: Mailer; siteName: string }, email: string): Promise<void> {
  const row = await deps.db.selectFrom('staff').select(['id', 'name', 'email', 'disabled_at']).where('email', '=', normalizeEmail(email)).executeTakeFirst();
  if (!row || row.disabled_at) return;
  const link = await createSignInLink(deps, row.id);
  await deps.mailer.send({
    to: row.email,
    subject: `Sign in to the ${deps.siteName} newsroom`,
    text: [
      `Hello ${row.name},`,
      '',
      `Open this link to sign in to the ${deps.siteName} newsroom. It works once, for the next 15 minutes:`,
      '',
      link,
      '',
      'If you did not ask to sign in, ignore this message: nothing happens until the link is used.',
    ].join('\n'),
  });
}

/**
 * Uses a sign-in token: valid, unexpired and unused tokens of enabled accounts are marked used
 * (atomically, so a token works exactly once) and the account is returned.
 */
export async function consumeSignInLink(deps: { db: Db; clock: Clock }, token: string): Promise<Staff> {
  const expired = new AppError('SIGN_IN_LINK_INVALID', 400, 'This sign-in link has expired or was already used. Ask for a new one.');
  if (typeof token !== 'string' || token.length < 20 || token.length > 200) throw expired;
  const id = hashToken(token);
  const now = deps.clock.now().toISOString();
  const used = await deps.db
    .updateTable('staff_login_tokens')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('staff_id')
    .executeTakeFirst();
  if (!used) throw expired;
  const row = await deps.db.selectFrom('staff').selectAll().where('id', '=', used.staff_id).executeTakeFirst();
  if (!row || row.disabled_at) throw expired;
  return toStaff(row);
}
