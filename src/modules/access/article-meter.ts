import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import type { AccessLevel } from '../content/index.js';
import type { MeterState, Viewer } from './decide-access.js';
import { decodeMeterCookie, encodeMeterCookie, monthOf, shortPostId, type AnonymousMeter } from './meter-cookie.js';
import { countMemberReads, recordMemberRead } from './meter-reads.js';

export interface MeterDeps {
  db: Db;
  clock: Clock;
  /** Signs the anonymous cookie (from the members module's site keys). */
  key: Buffer;
  /** Free gated articles a month: per anonymous browser, and for a signed-in free member. */
  allowance: { anonymous: number; registered: number };
}

/** A viewer's place on the meter for one article, and what is needed to count the read. */
export type MeterReading =
  | { kind: 'anonymous'; state: MeterState; month: string; cookie: AnonymousMeter }
  | { kind: 'member'; state: MeterState; month: string; memberId: string };

/**
 * Where this viewer stands on this month's meter before reading `postId`, or null when the
 * meter does not apply: public articles, staff, paid members (never metered), and free members
 * on registered articles (their account already opens those). Anonymous browsers are counted in
 * their signed cookie (`cookieValue`); signed-in free members in the database.
 */
export async function readMeter(deps: MeterDeps, viewer: Viewer, article: { id: string; access: AccessLevel }, cookieValue: string | undefined): Promise<MeterReading | null> {
  if (article.access === 'public' || viewer.kind === 'staff') return null;
  const month = monthOf(deps.clock.now());
  if (viewer.kind === 'member') {
    if (viewer.paid || article.access === 'registered') return null;
    const { used, counted } = await countMemberReads(deps.db, viewer.memberId, month);
    return { kind: 'member', month, memberId: viewer.memberId, state: { allowance: deps.allowance.registered, used, alreadyCounted: counted.has(article.id) } };
  }
  const cookie = decodeMeterCookie(deps.key, cookieValue, month);
  return { kind: 'anonymous', month, cookie, state: { allowance: deps.allowance.anonymous, used: cookie.count, alreadyCounted: cookie.posts.includes(shortPostId(article.id)) } };
}

/**
 * Counts a read the access decision said counts. For a member the read is stored (idempotent);
 * for an anonymous browser the new signed cookie value is returned for the caller to set.
 */
export async function recordMeterRead(deps: MeterDeps, reading: MeterReading, postId: string): Promise<string | null> {
  if (reading.kind === 'member') {
    await recordMemberRead(deps.db, reading.memberId, postId, reading.month, deps.clock.now().toISOString());
    return null;
  }
  const short = shortPostId(postId);
  if (reading.cookie.posts.includes(short)) return encodeMeterCookie(deps.key, reading.cookie);
  return encodeMeterCookie(deps.key, { month: reading.month, count: reading.cookie.count + 1, posts: [...reading.cookie.posts, short] });
}
