import type { Interval } from './billing-types.js';

/**
 * A Stripe subscription reduced to what decides a member's access. Read defensively from any
 * API version: newer versions keep `current_period_end` on the subscription items, older ones on
 * the subscription itself, and a webhook endpoint may be pinned to either.
 */
export interface SubscriptionSnapshot {
  id: string;
  customerId: string;
  status: string;
  memberId: string | null;
  tierSlug: string | null;
  offerCode: string | null;
  interval: Interval;
  amountCents: number | null;
  currency: string | null;
  /** Unix seconds. */
  currentPeriodEnd: number | null;
  cancelAtPeriodEnd: boolean;
  /** Unix seconds: a scheduled end other than the period's. */
  cancelAt: number | null;
  trialEnd: number | null;
  canceledAt: number | null;
  endedAt: number | null;
  priceId: string | null;
}

/** Statuses in which a subscription still gives access. */
export const ACCESS_STATUSES = ['active', 'trialing', 'past_due'] as const;
/** Statuses a subscription does not come back from. */
export const TERMINAL_STATUSES = ['canceled', 'incomplete_expired'] as const;

const record = (value: unknown): Record<string, unknown> | null => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null);
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const seconds = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
/** An expandable field is either an id or the object itself. */
const idOf = (value: unknown): string | null => text(value) ?? text(record(value)?.id);

/**
 * Parses a Stripe subscription object; null when it is not one (so a malformed event is
 * recorded and ignored rather than half-applied).
 */
export function readSubscription(value: unknown): SubscriptionSnapshot | null {
  const sub = record(value);
  if (!sub || sub.object !== 'subscription') return null;
  const id = text(sub.id);
  const customerId = idOf(sub.customer);
  const status = text(sub.status);
  if (!id || !customerId || !status) return null;
  const metadata = record(sub.metadata) ?? {};
  const items = (record(sub.items)?.data as unknown[] | undefined) ?? [];
  const first = record(items[0]);
  const price = record(first?.price);
  const recurring = record(price?.recurring);
  const quantity = seconds(first?.quantity) ?? 1;
  const periodEnds = items.map((item) => seconds(record(item)?.current_period_end)).filter((n): n is number => n !== null);
  const interval = text(recurring?.interval) ?? text(metadata.interval);
  const unitAmount = seconds(price?.unit_amount);
  return {
    id,
    customerId,
    status,
    memberId: text(metadata.member_id),
    tierSlug: text(metadata.tier_slug),
    offerCode: text(metadata.offer_code),
    interval: interval === 'year' ? 'year' : 'month',
    amountCents: unitAmount === null ? null : unitAmount * quantity,
    currency: text(price?.currency),
    currentPeriodEnd: seconds(sub.current_period_end) ?? (periodEnds.length ? Math.max(...periodEnds) : null),
    cancelAtPeriodEnd: sub.cancel_at_period_end === true,
    cancelAt: seconds(sub.cancel_at),
    trialEnd: seconds(sub.trial_end),
    canceledAt: seconds(sub.canceled_at),
    endedAt: seconds(sub.ended_at),
    priceId: text(price?.id),
  };
}

/** Whether this state gives the member access (before looking at dates). */
export const grantsAccess = (status: string): boolean => (ACCESS_STATUSES as readonly string[]).includes(status);
const isTerminal = (status: string): boolean => (TERMINAL_STATUSES as readonly string[]).includes(status);

/**
 * The out-of-order rule. Stripe does not promise delivery order, so each subscription row keeps
 * the `created` second of the event it reflects:
 * 1. an event created earlier than that is stale and ignored;
 * 2. a later one is applied;
 * 3. within the same second (Stripe often emits several), the snapshot with the later period end
 *    wins; with equal periods a terminal status (canceled) wins over a live one, because a
 *    subscription never comes back from it; otherwise the later arrival wins.
 */
export function isNewer(incoming: { created: number; snapshot: SubscriptionSnapshot }, stored: { created: number; status: string; currentPeriodEnd: number | null }): boolean {
  if (incoming.created !== stored.created) return incoming.created > stored.created;
  const incomingEnd = incoming.snapshot.currentPeriodEnd ?? 0;
  const storedEnd = stored.currentPeriodEnd ?? 0;
  if (incomingEnd !== storedEnd) return incomingEnd > storedEnd;
  if (isTerminal(stored.status) && !isTerminal(incoming.snapshot.status)) return false;
  return true;
}

/** Unix seconds to our ISO text. */
export const isoFromSeconds = (value: number | null): string | null => (value === null ? null : new Date(value * 1000).toISOString());
