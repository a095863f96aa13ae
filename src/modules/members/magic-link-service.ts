import type { Db } from '../../db/database-handle.js';
import type { MemberLoginTokenTable } from '../../db/schema-members.js';
import { AppError } from '../../kernel/errors.js';
import { newId, newSecret } from '../../kernel/ids.js';
import { completeSignIn } from './complete-sign-in.js';
import { findMemberByEmail, findMemberById } from './member-repository.js';
import { SIGN_IN_LIMITS, type LoginPurpose, type MembersDeps, type SignInOutcome } from './member-types.js';
import { hmacHex, isWellFormedToken, newSixDigitCode, sameDigest, sha256Hex } from './secret-hashing.js';
import { assertCanSendSignIn } from './sign-in-limits.js';
import { signInEmail } from './sign-in-email.js';

/** Who asked, from where: the browser's nonce (from its cookie) and its IP address. */
export interface Requester {
  browserNonce: string;
  ip: string;
}

export interface SignInRequestInput {
  /** Already normalized (normalizeEmail). */
  email: string;
  /** Typed on the registration form; used if the account is created. */
  name?: string;
  language: string;
  nextPath: string;
  requester: Requester;
  /** The web layer's confirm-page URL for a token (the module does not spell site paths). */
  confirmUrl: (token: string) => string;
}

const codeHash = (deps: MembersDeps, salt: string, code: string) => hmacHex(deps.keys.code, `${salt}:${code}`);

async function issue(deps: MembersDeps, input: SignInRequestInput, purpose: LoginPurpose, memberId: string | null, name: string): Promise<{ requestId: string }> {
  const now = deps.clock.now();
  const requesterHash = hmacHex(deps.keys.requester, input.requester.ip);
  await assertCanSendSignIn(deps.db, now, input.email, requesterHash);
  // Rows older than a day have outlived every limit window and every token: they hold an address, so they go.
  await deps.db.deleteFrom('member_login_tokens').where('created_at', '<', new Date(now.getTime() - 24 * 3_600_000).toISOString()).execute();
  const token = newSecret(32);
  const code = newSixDigitCode();
  const salt = newSecret(16);
  const id = newId(now.getTime());
  await deps.db
    .insertInto('member_login_tokens')
    .values({
      id,
      token_hash: sha256Hex(token),
      code_hash: codeHash(deps, salt, code),
      code_salt: salt,
      email: input.email,
      purpose,
      member_id: memberId,
      browser_hash: sha256Hex(input.requester.browserNonce),
      requester_hash: requesterHash,
      name,
      language: input.language,
      next_path: input.nextPath,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SIGN_IN_LIMITS.tokenLifetimeMs).toISOString(),
      used_at: null,
      attempts: 0,
    })
    .execute();
  const message = signInEmail({ to: input.email, purpose, language: input.language, name, link: input.confirmUrl(token), code, siteName: deps.site.siteName, siteNameAr: deps.site.siteNameAr });
  try {
    await deps.mailer.send(message);
  } catch {
    await deps.db.updateTable('member_login_tokens').set({ used_at: now.toISOString() }).where('id', '=', id).execute();
    throw new AppError('MAIL_FAILED', 503, 'We could not send the email just now. Please try again in a few minutes.');
  }
  return { requestId: id };
}

/**
 * Emails a sign-in link and code to an address. The same answer whether or not an account
 * exists (no address probing): an unknown address gets a sign-up message that creates the
 * account when confirmed, a known one a sign-in message. Rate-limited per address and requester.
 */
export async function requestSignIn(deps: MembersDeps, input: SignInRequestInput): Promise<{ requestId: string }> {
  const member = await findMemberByEmail(deps.db, input.email);
  return member ? issue(deps, input, 'sign-in', member.id, member.name) : issue(deps, input, 'sign-up', null, (input.name ?? '').trim());
}

/**
 * Emails a link and code to a member's new address; the change happens only when that address
 * confirms. An address that belongs to another account is refused (the member is signed in, so
 * this tells nothing to a stranger).
 */
export async function requestEmailChange(deps: MembersDeps, memberId: string, input: Omit<SignInRequestInput, 'name'>): Promise<{ requestId: string }> {
  const member = await findMemberById(deps.db, memberId);
  if (!member) throw new AppError('MEMBER_NOT_FOUND', 404, 'This account no longer exists.');
  if (member.email === input.email) throw new AppError('EMAIL_UNCHANGED', 400, 'That is already the address of your account.', { email: 'same' });
  const other = await findMemberByEmail(deps.db, input.email);
  if (other) throw new AppError('EMAIL_TAKEN', 409, 'That address belongs to another account. Choose another, or sign in with it instead.', { email: 'taken' });
  return issue(deps, input, 'email-change', member.id, member.name);
}

type TokenRow = MemberLoginTokenTable;

export type LinkStatus =
  | { status: 'ready'; purpose: LoginPurpose; email: string; nextPath: string }
  | { status: 'other-browser'; purpose: LoginPurpose; requestId: string }
  | { status: 'used' | 'expired' | 'invalid' };

function statusOf(deps: MembersDeps, row: TokenRow | undefined, browserNonce: string | undefined): LinkStatus {
  if (!row) return { status: 'invalid' };
  if (row.used_at || row.attempts >= SIGN_IN_LIMITS.codeAttempts) return { status: 'used' };
  if (row.expires_at <= deps.clock.now().toISOString()) return { status: 'expired' };
  if (!browserNonce || !sameDigest(row.browser_hash, sha256Hex(browserNonce))) return { status: 'other-browser', purpose: row.purpose as LoginPurpose, requestId: row.id };
  return { status: 'ready', purpose: row.purpose as LoginPurpose, email: row.email, nextPath: row.next_path };
}

const rowByToken = (db: Db, token: string) =>
  isWellFormedToken(token) ? db.selectFrom('member_login_tokens').selectAll().where('token_hash', '=', sha256Hex(token)).executeTakeFirst() : Promise.resolve(undefined);

/**
 * What opening an emailed link should show, without using it up (link scanners open links; only
 * the confirm button's POST signs in). A link works only in the browser that asked for it: in any
 * other browser the status is 'other-browser' and the reader types the code where they asked.
 */
export async function inspectSignInLink(deps: MembersDeps, token: string, browserNonce: string | undefined): Promise<LinkStatus> {
  return statusOf(deps, await rowByToken(deps.db, token), browserNonce);
}

const refusal = (status: LinkStatus['status']): AppError =>
  status === 'used'
    ? new AppError('LINK_USED', 410, 'This link or code was already used, or too many wrong codes were typed. Ask for a new email.')
    : status === 'expired'
      ? new AppError('LINK_EXPIRED', 410, 'This link or code has expired: they work for 15 minutes. Ask for a new email.')
      : status === 'other-browser'
        ? new AppError('OTHER_BROWSER', 403, 'This link was asked for in another browser. Open it there, or type the code from the email in that browser.')
        : new AppError('LINK_INVALID', 404, 'This sign-in link is not valid. Check that you copied all of it, or ask for a new email.');

/** Uses an emailed link from the confirm page's POST: signs in (or creates the account, or changes the address). */
export async function confirmSignInLink(deps: MembersDeps, token: string, browserNonce: string | undefined): Promise<SignInOutcome> {
  const row = await rowByToken(deps.db, token);
  const status = statusOf(deps, row, browserNonce);
  if (status.status !== 'ready' || !row) throw refusal(status.status);
  return completeSignIn(deps, row);
}

/**
 * Uses the 6-digit code typed on the "check your email" page. Only the browser that asked may
 * use it; each wrong code counts, and after five the request is dead (so guessing a code means
 * asking for new emails, which the rate limits cap).
 */
export async function confirmSignInCode(deps: MembersDeps, requestId: string, code: string, browserNonce: string | undefined): Promise<SignInOutcome> {
  if (!/^[0-9a-z]{26}$/.test(requestId)) throw refusal('invalid');
  const row = await deps.db.selectFrom('member_login_tokens').selectAll().where('id', '=', requestId).executeTakeFirst();
  const status = statusOf(deps, row, browserNonce);
  if (status.status !== 'ready' || !row) throw refusal(status.status);
  if (!/^\d{6}$/.test(code) || !sameDigest(row.code_hash, codeHash(deps, row.code_salt, code))) {
    await deps.db.updateTable('member_login_tokens').set((eb) => ({ attempts: eb('attempts', '+', 1) })).where('id', '=', row.id).execute();
    const left = SIGN_IN_LIMITS.codeAttempts - row.attempts - 1;
    if (left <= 0) throw refusal('used');
    throw new AppError('CODE_WRONG', 400, left === 1 ? 'That code is not right. One more try, then ask for a new email.' : `That code is not right. Check the email and try again (${left} tries left).`, { code: String(left) });
  }
  return completeSignIn(deps, row);
}

/** Where the request behind a "check your email" page stands, for the browser looking at it. */
export async function pendingSignIn(deps: MembersDeps, requestId: string, browserNonce: string | undefined): Promise<LinkStatus> {
  if (!/^[0-9a-z]{26}$/.test(requestId)) return { status: 'invalid' };
  const row = await deps.db.selectFrom('member_login_tokens').selectAll().where('id', '=', requestId).executeTakeFirst();
  return statusOf(deps, row, browserNonce);
}
