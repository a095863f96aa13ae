import type { Db } from '../../db/database-handle.js';
import type { OfferTable } from '../../db/schema-billing.js';
import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { Offer, OfferKind } from './billing-types.js';
import type { PaymentGateway } from './payment-gateway.js';

const toOffer = (row: OfferTable): Offer => ({
  id: row.id,
  code: row.code,
  name: row.name,
  kind: row.kind as OfferKind,
  amount: row.amount,
  currency: row.currency,
  durationMonths: row.duration_months,
  trialDays: row.trial_days,
  tierSlug: row.tier_slug,
  retention: row.retention === 1,
  active: row.active === 1,
  maxRedemptions: row.max_redemptions,
  redemptions: row.redemptions,
  expiresAt: row.expires_at,
  createdAt: row.created_at,
});

/** An offer code as stored (uppercase), or null when it cannot be one. */
export function normalizeOfferCode(raw: string): string | null {
  const code = raw.trim().toUpperCase();
  return /^[A-Z0-9][A-Z0-9_-]{2,39}$/.test(code) ? code : null;
}

export interface OfferInput {
  code: string;
  name?: string;
  kind: OfferKind;
  /** Percent off (1-100) for percent, cents off for fixed; ignored for a trial. */
  amount?: number;
  currency?: string;
  durationMonths?: number | null;
  trialDays?: number | null;
  tierSlug?: string | null;
  retention?: boolean;
  maxRedemptions?: number | null;
  expiresAt?: string | null;
}

const invalid = (field: string, problem: string) => new AppError('OFFER_INVALID', 400, `The offer's ${field} ${problem}`, { [field]: problem });

/**
 * Creates an offer: a percentage or fixed discount for N months (or the first payment), or free
 * trial days. Readers redeem it by typing the code or following /membership?offer=CODE.
 */
export async function createOffer(deps: { db: Db; clock: Clock }, input: OfferInput): Promise<Offer> {
  const code = normalizeOfferCode(input.code);
  if (!code) throw invalid('code', 'must be 3-40 letters, digits, hyphens or underscores');
  const amount = input.kind === 'trial' ? 0 : (input.amount ?? 0);
  if (input.kind === 'percent' && (!Number.isInteger(amount) || amount < 1 || amount > 100)) throw invalid('amount', 'must be a whole percentage from 1 to 100');
  if (input.kind === 'fixed' && (!Number.isInteger(amount) || amount < 1)) throw invalid('amount', 'must be a positive number of cents');
  const trialDays = input.kind === 'trial' ? (input.trialDays ?? null) : null;
  if (input.kind === 'trial' && (!trialDays || !Number.isInteger(trialDays) || trialDays < 1 || trialDays > 730)) throw invalid('trialDays', 'must be from 1 to 730 days');
  const months = input.kind === 'trial' ? null : (input.durationMonths ?? null);
  if (months !== null && (!Number.isInteger(months) || months < 1 || months > 36)) throw invalid('durationMonths', 'must be from 1 to 36 months, or null for the first payment only');
  if (input.retention && input.kind === 'trial') throw invalid('retention', 'applies to discounts only: a member who is leaving is already past any trial');
  if (input.tierSlug) {
    const tier = await deps.db.selectFrom('tiers').select('slug').where('slug', '=', input.tierSlug).executeTakeFirst();
    if (!tier) throw invalid('tierSlug', 'is not a plan slug');
  }
  if (await deps.db.selectFrom('offers').select('id').where('code', '=', code).executeTakeFirst()) {
    throw new AppError('OFFER_EXISTS', 409, `The code ${code} is already in use`, { code: 'is taken' });
  }
  const now = deps.clock.now();
  const row: OfferTable = {
    id: newId(now.getTime()),
    code,
    name: input.name?.trim() || code,
    kind: input.kind,
    amount,
    currency: input.currency ?? 'usd',
    duration_months: months,
    trial_days: trialDays,
    tier_slug: input.tierSlug ?? null,
    retention: input.retention ? 1 : 0,
    active: 1,
    max_redemptions: input.maxRedemptions ?? null,
    redemptions: 0,
    expires_at: input.expiresAt ?? null,
    stripe_coupon_id: null,
    created_at: now.toISOString(),
  };
  await deps.db.insertInto('offers').values(row).execute();
  return toOffer(row);
}

/** Turns an offer on or off, renames it, or changes its limits. The discount itself is fixed once made. */
export async function updateOffer(deps: { db: Db }, id: string, changes: { name?: string; active?: boolean; maxRedemptions?: number | null; expiresAt?: string | null; retention?: boolean }): Promise<Offer> {
  const set: Partial<OfferTable> = {};
  if (changes.name !== undefined) set.name = changes.name.trim();
  if (changes.active !== undefined) set.active = changes.active ? 1 : 0;
  if (changes.maxRedemptions !== undefined) set.max_redemptions = changes.maxRedemptions;
  if (changes.expiresAt !== undefined) set.expires_at = changes.expiresAt;
  if (changes.retention !== undefined) set.retention = changes.retention ? 1 : 0;
  if (Object.keys(set).length) await deps.db.updateTable('offers').set(set).where('id', '=', id).execute();
  const row = await deps.db.selectFrom('offers').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('OFFER_NOT_FOUND', 404, 'There is no such offer');
  return toOffer(row);
}

export async function listOffers(db: Db): Promise<Offer[]> {
  return (await db.selectFrom('offers').selectAll().orderBy('created_at', 'desc').execute()).map(toOffer);
}

/** Why an offer cannot be used (a stable reason code), or null when it can. */
export type OfferRefusal = 'unknown' | 'ended' | 'expired' | 'used-up' | 'other-plan';

const REFUSALS: Record<OfferRefusal, string> = {
  unknown: 'We do not recognise that offer code. Check it and try again.',
  ended: 'This offer has ended.',
  expired: 'This offer has expired.',
  'used-up': 'This offer has been fully redeemed.',
  'other-plan': 'This offer is for another plan.',
};

function refusal(row: OfferTable, tierSlug: string | null, now: Date): OfferRefusal | null {
  if (row.active !== 1) return 'ended';
  if (row.expires_at && row.expires_at <= now.toISOString()) return 'expired';
  if (row.max_redemptions !== null && row.redemptions >= row.max_redemptions) return 'used-up';
  if (tierSlug && row.tier_slug && row.tier_slug !== tierSlug) return 'other-plan';
  return null;
}

/**
 * The offer behind a code a reader typed or followed, checked for this plan. Throws
 * OFFER_UNAVAILABLE (400) whose `fields.offer` is the reason code (see OfferRefusal) and whose
 * message says it in English.
 */
export async function findUsableOffer(db: Db, rawCode: string, tierSlug: string | null, now: Date): Promise<Offer> {
  const code = normalizeOfferCode(rawCode);
  const row = code ? await db.selectFrom('offers').selectAll().where('code', '=', code).executeTakeFirst() : undefined;
  // Retention offers are kept for members about to cancel (cancel-flow.ts), not for anyone who learns the code.
  const reason = row && row.retention !== 1 ? refusal(row, tierSlug, now) : 'unknown';
  if (reason || !row) throw new AppError('OFFER_UNAVAILABLE', 400, REFUSALS[reason ?? 'unknown'], { offer: reason ?? 'unknown' });
  return toOffer(row);
}

/** The discount offered once to a member about to cancel this plan, if the outlet set one. */
export async function findRetentionOffer(db: Db, tierSlug: string, now: Date): Promise<Offer | null> {
  const rows = await db.selectFrom('offers').selectAll().where('retention', '=', 1).where('active', '=', 1).orderBy('created_at', 'desc').execute();
  const row = rows.find((r) => r.kind !== 'trial' && refusal(r, tierSlug, now) === null);
  return row ? toOffer(row) : null;
}

/**
 * The Stripe coupon for a discount offer, made on first use and remembered (with an idempotency
 * key, so two readers redeeming at once still make one coupon). Null for trials.
 */
export async function couponFor(deps: { db: Db; gateway: PaymentGateway }, offer: Offer): Promise<string | null> {
  if (offer.kind === 'trial') return null;
  const row = await deps.db.selectFrom('offers').select('stripe_coupon_id').where('id', '=', offer.id).executeTakeFirst();
  if (row?.stripe_coupon_id) return row.stripe_coupon_id;
  const couponId = await deps.gateway.createCoupon({
    name: offer.name,
    percentOff: offer.kind === 'percent' ? offer.amount : null,
    amountOffCents: offer.kind === 'fixed' ? offer.amount : null,
    currency: offer.currency,
    durationMonths: offer.durationMonths,
    idempotencyKey: `dateline-offer-${offer.id}`,
  });
  await deps.db.updateTable('offers').set({ stripe_coupon_id: couponId }).where('id', '=', offer.id).execute();
  return couponId;
}
