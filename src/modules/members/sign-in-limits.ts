import type { Db } from '../../db/database-handle.js';
import { AppError } from '../../kernel/errors.js';
import { SIGN_IN_LIMITS } from './member-types.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

interface Window {
  column: 'email' | 'requester_hash';
  value: string;
  spanMs: number;
  max: number;
}

async function windowRetryAt(db: Db, window: Window, now: Date): Promise<Date | null> {
  const since = new Date(now.getTime() - window.spanMs).toISOString();
  const row = await db
    .selectFrom('member_login_tokens')
    .select((eb) => [eb.fn.countAll().as('n'), eb.fn.min('created_at').as('oldest')])
    .where(window.column, '=', window.value)
    .where('created_at', '>', since)
    .executeTakeFirst();
  const count = Number(row?.n ?? 0);
  if (count < window.max || !row?.oldest) return null;
  return new Date(new Date(String(row.oldest)).getTime() + window.spanMs);
}

/**
 * Refuses a new sign-in email when this address or this requester asked too often: at most 5 an
 * hour and 10 a day per address (which also caps how many codes anyone can try against it), and
 * 20 an hour per requesting IP. Counted from the token rows themselves, so the limits hold across
 * every app process and follow the injected clock. Throws SIGN_IN_RATE_LIMITED (429) with the
 * time to retry in `fields.retryAt`.
 */
export async function assertCanSendSignIn(db: Db, now: Date, email: string, requesterHash: string): Promise<void> {
  const windows: Window[] = [
    { column: 'email', value: email, spanMs: HOUR, max: SIGN_IN_LIMITS.perEmailPerHour },
    { column: 'email', value: email, spanMs: DAY, max: SIGN_IN_LIMITS.perEmailPerDay },
    { column: 'requester_hash', value: requesterHash, spanMs: HOUR, max: SIGN_IN_LIMITS.perRequesterPerHour },
  ];
  let latest: Date | null = null;
  for (const window of windows) {
    const retryAt = await windowRetryAt(db, window, now);
    if (retryAt && (!latest || retryAt > latest)) latest = retryAt;
  }
  if (latest) {
    throw new AppError('SIGN_IN_RATE_LIMITED', 429, 'Too many sign-in emails were asked for. Please wait before asking again.', { retryAt: latest.toISOString() });
  }
}
