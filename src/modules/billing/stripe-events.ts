import type { Db } from '../../db/database-handle.js';
import type { BillingDeps } from './billing-types.js';
import { markGiftPaid, sendGiftEmail } from './gifts.js';
import type { VerifiedEvent } from './payment-gateway.js';
import { applySubscriptionSnapshot, type SyncOutcome } from './subscription-sync.js';
import { readSubscription } from './subscription-snapshot.js';

export type EventOutcome = SyncOutcome | 'duplicate' | 'ignored';

/** Subscription events whose object is the subscription as it is after the change. */
const SUBSCRIPTION_EVENTS = new Set([
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'customer.subscription.paused',
  'customer.subscription.resumed',
  'customer.subscription.pending_update_applied',
  'customer.subscription.pending_update_expired',
  'customer.subscription.trial_will_end',
]);

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const idOf = (value: unknown): string | null => text(value) ?? (value && typeof value === 'object' ? text((value as { id?: unknown }).id) : null);

/**
 * A finished Checkout: for a subscription, remembers which Stripe customer is which member (the
 * subscription events grant access); for a gift, marks it paid once the money is in (cards at
 * completion, slower methods at async_payment_succeeded).
 */
async function checkoutCompleted(deps: { db: Db; clock: BillingDeps['clock'] }, event: VerifiedEvent, followUps: Array<() => Promise<void>>, send: (giftId: string) => Promise<void>): Promise<EventOutcome> {
  const session = event.object;
  const metadata = (session.metadata && typeof session.metadata === 'object' ? session.metadata : {}) as Record<string, unknown>;
  if (session.mode === 'subscription') {
    const memberId = text(metadata.member_id) ?? text(session.client_reference_id);
    const customerId = idOf(session.customer);
    if (!memberId || !customerId) return 'ignored';
    const member = await deps.db.selectFrom('members').select('id').where('id', '=', memberId).executeTakeFirst();
    if (!member) return 'unmatched';
    await deps.db.insertInto('billing_customers').values({ member_id: memberId, stripe_customer_id: customerId, created_at: deps.clock.now().toISOString() }).onConflict((oc) => oc.doNothing()).execute();
    return 'applied';
  }
  const giftId = text(metadata.gift_id);
  if (session.mode === 'payment' && metadata.kind === 'gift' && giftId) {
    const paid = event.type === 'checkout.session.async_payment_succeeded' || session.payment_status === 'paid' || session.payment_status === 'no_payment_required';
    if (!paid) return 'ignored';
    const marked = await markGiftPaid(deps, giftId);
    if (marked) followUps.push(() => send(marked));
    return marked ? 'applied' : 'ignored';
  }
  return 'ignored';
}

/**
 * Applies one verified Stripe event, exactly once: the event id is recorded in the same
 * transaction as its effects, so a redelivery (or two deliveries racing) changes nothing the
 * second time. Subscription snapshots go through the out-of-order rule (subscription-snapshot.ts:
 * isNewer). Email that an event triggers is sent after the commit; if it fails the state stays
 * right and an admin can resend (POST /api/admin/gifts/{id}/resend).
 */
export async function handleStripeEvent(deps: BillingDeps, event: VerifiedEvent): Promise<EventOutcome> {
  const followUps: Array<() => Promise<void>> = [];
  const send = (giftId: string) => sendGiftEmail(deps, giftId);
  const outcome = await deps.db.transaction().execute(async (trx): Promise<EventOutcome> => {
    const recorded = await trx
      .insertInto('stripe_events')
      .values({ id: event.id, type: event.type, created: event.created, received_at: deps.clock.now().toISOString() })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (Number(recorded.numInsertedOrUpdatedRows ?? 0) === 0) return 'duplicate';
    const tx = { db: trx, clock: deps.clock, log: deps.log };
    if (SUBSCRIPTION_EVENTS.has(event.type)) {
      const snapshot = readSubscription(event.object);
      return snapshot ? applySubscriptionSnapshot(tx, snapshot, event.created) : 'ignored';
    }
    if (event.type === 'checkout.session.completed' || event.type === 'checkout.session.async_payment_succeeded') {
      return checkoutCompleted(tx, event, followUps, send);
    }
    return 'ignored';
  });
  for (const followUp of followUps) {
    await followUp().catch((error: unknown) => deps.log?.error({ err: error, event: event.id }, 'follow-up of a Stripe event failed; an admin can retry it'));
  }
  return outcome;
}
