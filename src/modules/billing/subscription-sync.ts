import type { Db } from '../../db/database-handle.js';
import type { SubscriptionTable } from '../../db/schema-billing.js';
import type { Clock } from '../../kernel/clock.js';
import { newId } from '../../kernel/ids.js';
import type { Logger } from '../../kernel/logger.js';
import type { SubscriptionSummary, Tier } from './billing-types.js';
import { endEntitlements, syncReferencedEntitlement } from './entitlements.js';
import { recordMemberEvent } from './member-events.js';
import { grantsAccess, isNewer, isoFromSeconds, TERMINAL_STATUSES, type SubscriptionSnapshot } from './subscription-snapshot.js';
import { toTier } from './tier-repository.js';

/**
 * How long access outlasts a paid period that is due to renew: Stripe retries a failed renewal
 * for days (status past_due), and a renewal's webhook may arrive late. A subscription set to
 * cancel gets no grace: it ends when the period ends.
 */
export const RENEWAL_GRACE_MS = 3 * 24 * 3_600_000;

export type SyncOutcome = 'applied' | 'stale' | 'unmatched';

interface SyncDeps {
  db: Db;
  clock: Clock;
  log?: Logger;
}

async function resolveMember(db: Db, existing: SubscriptionTable | undefined, snapshot: SubscriptionSnapshot): Promise<string | null> {
  if (existing?.member_id) return existing.member_id;
  if (snapshot.memberId) {
    const member = await db.selectFrom('members').select('id').where('id', '=', snapshot.memberId).executeTakeFirst();
    if (member) return member.id;
  }
  const customer = await db.selectFrom('billing_customers').select('member_id').where('stripe_customer_id', '=', snapshot.customerId).executeTakeFirst();
  return customer?.member_id ?? null;
}

async function resolveTier(db: Db, existing: SubscriptionTable | undefined, snapshot: SubscriptionSnapshot): Promise<Tier | null> {
  const slug = snapshot.tierSlug ?? existing?.tier_slug;
  let query = db.selectFrom('tiers').selectAll();
  if (slug) query = query.where('slug', '=', slug);
  else if (snapshot.priceId) query = query.where((eb) => eb.or([eb('stripe_monthly_price_id', '=', snapshot.priceId), eb('stripe_yearly_price_id', '=', snapshot.priceId)]));
  else return null;
  const row = await query.executeTakeFirst();
  return row ? toTier(row) : null;
}

/** When the access this subscription gives ends, or null when it gives none now. */
export function accessEnd(snapshot: SubscriptionSnapshot, now: Date): Date | null {
  if (!grantsAccess(snapshot.status)) return null;
  const scheduled = snapshot.cancelAt ?? (snapshot.cancelAtPeriodEnd ? snapshot.currentPeriodEnd : null);
  if (scheduled !== null) return new Date(scheduled * 1000);
  const paidUntil = snapshot.status === 'trialing' ? (snapshot.trialEnd ?? snapshot.currentPeriodEnd) : snapshot.currentPeriodEnd;
  return new Date((paidUntil !== null ? paidUntil * 1000 : now.getTime()) + RENEWAL_GRACE_MS);
}

/**
 * Applies what Stripe says a subscription is now: the subscription row, the member's
 * entitlement (source 'subscription') and their history. `eventCreated` is the event's `created`
 * second, used by the out-of-order rule (see isNewer); null when the snapshot is Stripe's answer
 * to our own API call, which is current by definition and leaves the event marker as it was.
 * Run it inside the transaction that records the event.
 */
export async function applySubscriptionSnapshot(deps: SyncDeps, snapshot: SubscriptionSnapshot, eventCreated: number | null): Promise<SyncOutcome> {
  const { db, clock } = deps;
  const existing = await db.selectFrom('subscriptions').selectAll().where('stripe_subscription_id', '=', snapshot.id).executeTakeFirst();
  if (existing && eventCreated !== null) {
    const stored = { created: existing.updated_from_event_created, status: existing.status, currentPeriodEnd: existing.current_period_end ? Date.parse(existing.current_period_end) / 1000 : null };
    if (!isNewer({ created: eventCreated, snapshot }, stored)) return 'stale';
  }
  const memberId = await resolveMember(db, existing, snapshot);
  const tier = await resolveTier(db, existing, snapshot);
  if (!memberId || !tier) {
    deps.log?.warn({ subscription: snapshot.id, memberFound: Boolean(memberId), tierFound: Boolean(tier) }, 'Stripe subscription does not match a member and plan; ignored');
    return 'unmatched';
  }
  const now = clock.now();
  const nowIso = now.toISOString();
  const fallbackAmount = (snapshot.interval === 'year' ? tier.yearlyPriceCents : tier.monthlyPriceCents) ?? 0;
  const values = {
    member_id: memberId,
    tier_slug: tier.slug,
    stripe_customer_id: snapshot.customerId,
    status: snapshot.status,
    interval: snapshot.interval,
    amount_cents: snapshot.amountCents ?? fallbackAmount,
    currency: snapshot.currency ?? tier.currency,
    current_period_end: isoFromSeconds(snapshot.currentPeriodEnd),
    cancel_at_period_end: snapshot.cancelAtPeriodEnd || snapshot.cancelAt !== null ? 1 : 0,
    trial_end: isoFromSeconds(snapshot.trialEnd),
    canceled_at: isoFromSeconds(snapshot.canceledAt),
    ended_at: isoFromSeconds(snapshot.endedAt) ?? ((TERMINAL_STATUSES as readonly string[]).includes(snapshot.status) ? nowIso : null),
    updated_from_event_created: eventCreated ?? existing?.updated_from_event_created ?? 0,
    updated_at: nowIso,
  };
  if (existing) {
    // Conditional on the marker, so a newer event applied meanwhile by another process is never overwritten.
    let update = db.updateTable('subscriptions').set(values).where('id', '=', existing.id);
    if (eventCreated !== null) update = update.where('updated_from_event_created', '<=', eventCreated);
    const result = await update.executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return 'stale';
  } else {
    await db.insertInto('subscriptions').values({ ...values, id: newId(now.getTime()), stripe_subscription_id: snapshot.id, offer_code: snapshot.offerCode, created_at: nowIso }).execute();
    await db.insertInto('billing_customers').values({ member_id: memberId, stripe_customer_id: snapshot.customerId, created_at: nowIso }).onConflict((oc) => oc.doNothing()).execute();
    if (snapshot.offerCode) {
      await db.updateTable('offers').set((eb) => ({ redemptions: eb('redemptions', '+', 1) })).where('code', '=', snapshot.offerCode).execute();
      await recordMemberEvent(deps, memberId, 'offer.redeemed', { code: snapshot.offerCode });
    }
  }

  const end = accessEnd(snapshot, now);
  if (end && end > now) {
    await syncReferencedEntitlement(deps, { memberId, tier, source: 'subscription', reference: snapshot.id, endsAt: end });
  } else {
    await endEntitlements(db, { memberId, source: 'subscription', reference: snapshot.id }, now);
  }
  await recordChange(deps, memberId, existing, values, tier);
  return 'applied';
}

async function recordChange(deps: SyncDeps, memberId: string, before: SubscriptionTable | undefined, after: Pick<SubscriptionTable, 'status' | 'cancel_at_period_end' | 'interval' | 'current_period_end'>, tier: Tier): Promise<void> {
  const details = { tier: tier.slug, interval: after.interval, status: after.status, periodEnd: after.current_period_end };
  if (!before) return recordMemberEvent(deps, memberId, 'subscription.started', details);
  const ended = (TERMINAL_STATUSES as readonly string[]).includes(after.status);
  if (ended && before.status !== after.status) return recordMemberEvent(deps, memberId, 'subscription.ended', details);
  if (before.cancel_at_period_end !== after.cancel_at_period_end) {
    return recordMemberEvent(deps, memberId, after.cancel_at_period_end ? 'subscription.cancel-scheduled' : 'subscription.resumed', details);
  }
  if (before.status !== after.status || before.tier_slug !== tier.slug) return recordMemberEvent(deps, memberId, 'subscription.changed', details);
}

export const toSubscriptionSummary = (row: SubscriptionTable): SubscriptionSummary => ({
  id: row.id,
  memberId: row.member_id,
  tierSlug: row.tier_slug,
  stripeSubscriptionId: row.stripe_subscription_id,
  status: row.status,
  interval: row.interval === 'year' ? 'year' : 'month',
  amountCents: row.amount_cents,
  currency: row.currency,
  currentPeriodEnd: row.current_period_end,
  cancelAtPeriodEnd: row.cancel_at_period_end === 1,
  trialEnd: row.trial_end,
  offerCode: row.offer_code,
  endedAt: row.ended_at,
});

/** The member's subscription that matters now: a live one first, else the most recent. */
export async function currentSubscription(db: Db, memberId: string): Promise<SubscriptionSummary | null> {
  const rows = await db.selectFrom('subscriptions').selectAll().where('member_id', '=', memberId).orderBy('created_at', 'desc').execute();
  const live = rows.find((r) => grantsAccess(r.status)) ?? rows[0];
  return live ? toSubscriptionSummary(live) : null;
}
