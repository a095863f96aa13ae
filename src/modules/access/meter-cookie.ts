import { createHmac, timingSafeEqual } from 'node:crypto';

/** An anonymous browser's meter for one calendar month, as carried in its signed cookie. */
export interface AnonymousMeter {
  /** 'YYYY-MM' (UTC). */
  month: string;
  /** Articles counted this month. */
  count: number;
  /** Short ids of the counted articles (newest last), so re-reading one does not count again. */
  posts: string[];
}

/** Characters of a post id kept in the cookie: the random tail of the id, 40 bits, so collisions are negligible. */
export const SHORT_ID_LENGTH = 8;
/** At most this many ids are remembered, which bounds the cookie at about 900 bytes whatever the allowance. */
export const MAX_REMEMBERED = 100;
const VERSION = 'm1';
const SHORT_ID = new RegExp(`^(?:[0-9a-z]{${SHORT_ID_LENGTH}})*$`);

/** The calendar month (UTC) a moment falls in: the meter's period. */
export const monthOf = (date: Date): string => date.toISOString().slice(0, 7);

/** The first moment of the next calendar month (UTC): when every meter starts again. */
export function nextMonthStart(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
}

export const shortPostId = (postId: string): string => postId.slice(-SHORT_ID_LENGTH);

const sign = (key: Buffer, payload: string): string => createHmac('sha256', key).update(payload).digest('base64url').slice(0, 22);

/** The cookie value for a meter: `m1.<month>.<count>.<ids>.<signature>`, signed with the server's meter key. */
export function encodeMeterCookie(key: Buffer, meter: AnonymousMeter): string {
  const posts = meter.posts.slice(-MAX_REMEMBERED).join('');
  const payload = `${VERSION}.${meter.month}.${meter.count}.${posts}`;
  return `${payload}.${sign(key, payload)}`;
}

/**
 * Reads a meter cookie for `month`. Anything that is not a well-formed value signed with our key,
 * or that is from another month, reads as a fresh meter: a forged or edited cookie gains nothing
 * over deleting the cookie, which a reader can always do.
 */
export function decodeMeterCookie(key: Buffer, value: string | undefined, month: string): AnonymousMeter {
  const fresh: AnonymousMeter = { month, count: 0, posts: [] };
  if (!value || value.length > 2000) return fresh;
  const parts = value.split('.');
  if (parts.length !== 5) return fresh;
  const [version, cookieMonth, count, posts, signature] = parts as [string, string, string, string, string];
  const expected = Buffer.from(sign(key, `${version}.${cookieMonth}.${count}.${posts}`));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return fresh;
  if (version !== VERSION || cookieMonth !== month || !/^\d{1,4}$/.test(count) || !SHORT_ID.test(posts)) return fresh;
  const ids = posts.match(new RegExp(`.{${SHORT_ID_LENGTH}}`, 'g')) ?? [];
  return { month, count: Math.max(Number(count), ids.length), posts: ids };
}
