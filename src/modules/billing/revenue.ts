import type { Db } from '../../db/database-handle.js';
import { ACCESS_STATUSES } from './subscription-snapshot.js';

export interface RevenueFigures {
  /** Monthly recurring revenue in cents: monthly prices plus yearly prices / 12, list prices before discounts. */
  mrrCents: number;
  /** Distinct members with a paying subscription (active or past due; trials are not paying yet). */
  activePaidMembers: number;
  /** Subscriptions that ended this calendar month (UTC). */
  churnThisMonth: number;
  currency: string;
  /** Trials running now, which become revenue if they convert. */
  trialing: number;
}

/**
 * Revenue at a glance, from our subscription rows (kept current by Stripe's webhooks). Figures
 * are in the outlet's main currency (that of the first plan); subscriptions in any other
 * currency are left out rather than added up wrongly.
 */
export async function revenueFigures(db: Db, now: Date): Promise<RevenueFigures> {
  const firstTier = await db.selectFrom('tiers').select('currency').orderBy('position').orderBy('slug').executeTakeFirst();
  const currency = firstTier?.currency ?? 'usd';
  const live = await db
    .selectFrom('subscriptions')
    .select(['member_id', 'status', 'interval', 'amount_cents'])
    .where('status', 'in', [...ACCESS_STATUSES])
    .where('currency', '=', currency)
    .execute();
  let mrr = 0;
  const paying = new Set<string>();
  let trialing = 0;
  for (const row of live) {
    if (row.status === 'trialing') {
      trialing++;
      continue;
    }
    mrr += row.interval === 'year' ? row.amount_cents / 12 : row.amount_cents;
    if (row.member_id) paying.add(row.member_id);
  }
  const monthStart = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)).toISOString();
  const churned = await db
    .selectFrom('subscriptions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('ended_at', '>=', monthStart)
    .where('ended_at', '<=', now.toISOString())
    .where('status', '!=', 'incomplete_expired')
    .executeTakeFirstOrThrow();
  return { mrrCents: Math.round(mrr), activePaidMembers: paying.size, churnThisMonth: Number(churned.n), currency, trialing };
}
