import { AppError } from '../../kernel/errors.js';
import type { BillingDeps, Offer, SubscriptionSummary } from './billing-types.js';
import { requireGateway } from './checkout.js';
import { removeSeat } from './group-licences.js';
import { hasMemberEvent, recordMemberEvent } from './member-events.js';
import { couponFor, findRetentionOffer } from './offers.js';
import { applySubscriptionSnapshot, currentSubscription } from './subscription-sync.js';
import { grantsAccess, type SubscriptionSnapshot } from './subscription-snapshot.js';

async function liveSubscription(deps: BillingDeps, memberId: string): Promise<SubscriptionSummary> {
  const current = await currentSubscription(deps.db, memberId);
  if (!current || !grantsAccess(current.status)) throw new AppError('NO_SUBSCRIPTION', 404, 'You do not have a paid membership to change.');
  return current;
}

/** Writes Stripe's answer to our own call at once, so the reader's next page already shows it. */
async function applyAnswer(deps: BillingDeps, snapshot: SubscriptionSnapshot): Promise<void> {
  await deps.db.transaction().execute((trx) => applySubscriptionSnapshot({ db: trx, clock: deps.clock, log: deps.log }, snapshot, null));
}

/**
 * Cancels at the end of the paid period (Stripe's cancel_at_period_end): the member keeps
 * reading until then, and can change their mind with resumeSubscription.
 */
export async function scheduleCancellation(deps: BillingDeps, memberId: string): Promise<SubscriptionSummary> {
  const gateway = requireGateway(deps.gateway);
  const current = await liveSubscription(deps, memberId);
  if (!current.cancelAtPeriodEnd) await applyAnswer(deps, await gateway.updateSubscription(current.stripeSubscriptionId, { cancelAtPeriodEnd: true }));
  return (await currentSubscription(deps.db, memberId))!;
}

/** Undoes a scheduled cancellation before the period ends. */
export async function resumeSubscription(deps: BillingDeps, memberId: string): Promise<SubscriptionSummary> {
  const gateway = requireGateway(deps.gateway);
  const current = await liveSubscription(deps, memberId);
  if (current.cancelAtPeriodEnd) await applyAnswer(deps, await gateway.updateSubscription(current.stripeSubscriptionId, { cancelAtPeriodEnd: false }));
  return (await currentSubscription(deps.db, memberId))!;
}

/**
 * The retention offer for the cancel page, shown once per member: null when the outlet has none,
 * the member already saw it, or the subscription is already set to end. Marks it as shown.
 */
export async function retentionOfferToShow(deps: BillingDeps, memberId: string): Promise<Offer | null> {
  if (!deps.gateway) return null;
  const current = await currentSubscription(deps.db, memberId);
  if (!current || !grantsAccess(current.status) || current.cancelAtPeriodEnd) return null;
  if (await hasMemberEvent(deps.db, memberId, 'retention.offered')) return null;
  const offer = await findRetentionOffer(deps.db, current.tierSlug, deps.clock.now());
  if (offer) await recordMemberEvent(deps, memberId, 'retention.offered', { code: offer.code });
  return offer;
}

/** Applies the retention discount to the member's subscription instead of cancelling. */
export async function acceptRetentionOffer(deps: BillingDeps, memberId: string, offerId: string): Promise<SubscriptionSummary> {
  const gateway = requireGateway(deps.gateway);
  const current = await liveSubscription(deps, memberId);
  const offer = await findRetentionOffer(deps.db, current.tierSlug, deps.clock.now());
  if (!offer || offer.id !== offerId) throw new AppError('OFFER_UNAVAILABLE', 400, 'This offer is no longer available.');
  const couponId = await couponFor({ db: deps.db, gateway }, offer);
  const snapshot = await gateway.updateSubscription(current.stripeSubscriptionId, { couponId: couponId ?? undefined, ...(current.cancelAtPeriodEnd ? { cancelAtPeriodEnd: false } : {}) });
  await deps.db.transaction().execute(async (trx) => {
    await applySubscriptionSnapshot({ db: trx, clock: deps.clock, log: deps.log }, snapshot, null);
    await trx.updateTable('offers').set((eb) => ({ redemptions: eb('redemptions', '+', 1) })).where('id', '=', offer.id).execute();
    await recordMemberEvent({ db: trx, clock: deps.clock }, memberId, 'retention.accepted', { code: offer.code });
  });
  return (await currentSubscription(deps.db, memberId))!;
}

/**
 * Stops everything that would keep billing a member who is leaving for good (account erasure):
 * a live subscription is cancelled at Stripe at once (no further charges; the webhook that
 * follows finds it already ended) and group seats are freed for others. Payment records stay, as
 * accounting law requires. Safe to call for a member with no billing at all.
 */
export async function endMemberBilling(deps: BillingDeps, memberId: string): Promise<void> {
  const current = await currentSubscription(deps.db, memberId);
  if (current && grantsAccess(current.status)) {
    await applyAnswer(deps, await requireGateway(deps.gateway).cancelSubscriptionNow(current.stripeSubscriptionId));
  }
  const seats = await deps.db.selectFrom('group_members').select('licence_id').where('member_id', '=', memberId).execute();
  for (const seat of seats) await removeSeat(deps, seat.licence_id, memberId);
}
