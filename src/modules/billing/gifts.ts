import { createHash } from 'node:crypto';
import type { Db } from '../../db/database-handle.js';
import type { GiftTable } from '../../db/schema-billing.js';
import { AppError } from '../../kernel/errors.js';
import { newId, newSecret } from '../../kernel/ids.js';
import type { BillingDeps, Gift, Tier } from './billing-types.js';
import { giftMail } from './billing-mail.js';
import { requireGateway } from './checkout.js';
import { grantEntitlement } from './entitlements.js';
import { recordMemberEvent } from './member-events.js';
import { requireTier, tierName } from './tier-repository.js';

/** Lengths a gift can be bought for. */
export const GIFT_MONTHS = [1, 3, 6, 12] as const;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

const toGift = (row: GiftTable): Gift => ({
  id: row.id,
  purchaserEmail: row.purchaser_email,
  recipientEmail: row.recipient_email,
  recipientName: row.recipient_name,
  tierSlug: row.tier_slug,
  months: row.months,
  amountCents: row.amount_cents,
  currency: row.currency,
  paidAt: row.paid_at,
  emailedAt: row.emailed_at,
  redeemedBy: row.redeemed_by,
  redeemedAt: row.redeemed_at,
  createdAt: row.created_at,
});

/** What a gift of `months` costs: whole years at the yearly price, anything else at the monthly one. */
export function giftPrice(tier: Tier, months: number): number | null {
  if (months % 12 === 0 && tier.yearlyPriceCents !== null) return tier.yearlyPriceCents * (months / 12);
  return tier.monthlyPriceCents === null ? null : tier.monthlyPriceCents * months;
}

/** `months` calendar months after `from` (the 31st becomes the month's last day). */
export function addMonths(from: Date, months: number): Date {
  const to = new Date(from);
  const day = to.getUTCDate();
  to.setUTCDate(1);
  to.setUTCMonth(to.getUTCMonth() + months);
  const last = new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth() + 1, 0)).getUTCDate();
  to.setUTCDate(Math.min(day, last));
  return to;
}

export interface GiftPurchaseInput {
  purchaserEmail: string;
  purchaserMemberId: string | null;
  recipientEmail: string | null;
  recipientName: string;
  message: string;
  tierSlug: string;
  months: number;
  language: string;
}

/** Starts Checkout (payment mode) for a gift and returns the page to send the buyer to. */
export async function startGiftCheckout(deps: BillingDeps, input: GiftPurchaseInput): Promise<{ url: string; giftId: string }> {
  const gateway = requireGateway(deps.gateway);
  if (!(GIFT_MONTHS as readonly number[]).includes(input.months)) throw new AppError('GIFT_INVALID', 400, `A gift lasts ${GIFT_MONTHS.join(', ')} months`, { months: 'choose one of the lengths offered' });
  const tier = await requireTier(deps.db, input.tierSlug);
  const amount = tier.active ? giftPrice(tier, input.months) : null;
  if (amount === null) throw new AppError('PLAN_NOT_FOR_SALE', 400, `${tier.name} cannot be given as a gift`, { tier: 'not sold' });
  const now = deps.clock.now();
  const giftId = newId(now.getTime());
  await deps.db
    .insertInto('gifts')
    .values({
      id: giftId,
      purchaser_email: input.purchaserEmail,
      purchaser_member_id: input.purchaserMemberId,
      recipient_email: input.recipientEmail,
      recipient_name: input.recipientName.slice(0, 120),
      message: input.message.slice(0, 500),
      tier_slug: tier.slug,
      months: input.months,
      amount_cents: amount,
      currency: tier.currency,
      language: input.language,
      stripe_session_id: null,
      token_hash: null,
      paid_at: null,
      emailed_at: null,
      redeemed_by: null,
      redeemed_at: null,
      created_at: now.toISOString(),
    })
    .execute();
  const session = await gateway.createPaymentCheckout({
    email: input.purchaserEmail,
    line: { priceId: null, name: `${deps.site.siteName}: ${tier.name}, ${input.months} months (gift)`, amountCents: amount, currency: tier.currency },
    metadata: { kind: 'gift', gift_id: giftId, tier_slug: tier.slug },
    successUrl: `${deps.site.publicUrl}/membership/welcome?gift=1`,
    cancelUrl: `${deps.site.publicUrl}/membership#gift`,
  });
  await deps.db.updateTable('gifts').set({ stripe_session_id: session.id }).where('id', '=', giftId).execute();
  return { url: session.url, giftId };
}

/** Marks a gift paid (inside the webhook's transaction). Returns the gift id when this call did it. */
export async function markGiftPaid(deps: { db: Db; clock: BillingDeps['clock'] }, giftId: string): Promise<string | null> {
  const result = await deps.db.updateTable('gifts').set({ paid_at: deps.clock.now().toISOString() }).where('id', '=', giftId).where('paid_at', 'is', null).executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return null;
  const gift = await deps.db.selectFrom('gifts').select(['purchaser_member_id', 'tier_slug', 'months']).where('id', '=', giftId).executeTakeFirstOrThrow();
  if (gift.purchaser_member_id) await recordMemberEvent(deps, gift.purchaser_member_id, 'gift.purchased', { gift: giftId, tier: gift.tier_slug, months: gift.months });
  return giftId;
}

/**
 * Emails a paid gift's redeem link, to the recipient or else the purchaser. Each call makes a
 * new token (only its hash is kept), so a resend by an admin makes older links stop working.
 */
export async function sendGiftEmail(deps: BillingDeps, giftId: string): Promise<void> {
  const gift = await deps.db.selectFrom('gifts').selectAll().where('id', '=', giftId).executeTakeFirst();
  if (!gift || !gift.paid_at) throw new AppError('GIFT_NOT_PAID', 409, 'This gift has not been paid for');
  if (gift.redeemed_at) throw new AppError('GIFT_ALREADY_REDEEMED', 409, 'This gift has already been redeemed');
  const token = newSecret(32);
  await deps.db.updateTable('gifts').set({ token_hash: hashToken(token) }).where('id', '=', giftId).execute();
  const tier = await requireTier(deps.db, gift.tier_slug);
  const language = gift.language === 'ar' ? 'ar' : 'en';
  await deps.mailer.send(
    giftMail({
      to: gift.recipient_email ?? gift.purchaser_email,
      language,
      siteName: language === 'ar' ? deps.site.siteNameAr : deps.site.siteName,
      tierName: tierName(tier, language),
      months: gift.months,
      purchaserEmail: gift.purchaser_email,
      forPurchaser: gift.recipient_email === null,
      recipientName: gift.recipient_name,
      message: gift.message,
      redeemUrl: `${deps.site.publicUrl}/gift/redeem?token=${encodeURIComponent(token)}`,
    }),
  );
  await deps.db.updateTable('gifts').set({ emailed_at: deps.clock.now().toISOString() }).where('id', '=', giftId).execute();
}

/** A paid gift behind a redeem link, for the confirm page; undefined for an unknown or unpaid one. */
export async function findGiftByToken(db: Db, token: string): Promise<(Gift & { tier: Tier }) | undefined> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  const row = await db.selectFrom('gifts').selectAll().where('token_hash', '=', hashToken(token)).where('paid_at', 'is not', null).executeTakeFirst();
  if (!row) return undefined;
  return { ...toGift(row), tier: await requireTier(db, row.tier_slug) };
}

/**
 * Redeems a gift for a signed-in member: `months` of the plan from now (entitlement source
 * 'gift'). The link works once; redeeming again by the same member is a no-op, by anyone else a 409.
 */
export async function redeemGift(deps: BillingDeps, token: string, memberId: string): Promise<Gift & { endsAt: string }> {
  const gift = await findGiftByToken(deps.db, token);
  if (!gift) throw new AppError('GIFT_NOT_FOUND', 404, 'This gift link is not valid. Check that you copied all of it, or ask the person who gave it to you.');
  if (gift.redeemedAt) {
    if (gift.redeemedBy === memberId) return { ...gift, endsAt: addMonths(new Date(gift.redeemedAt), gift.months).toISOString() };
    throw new AppError('GIFT_ALREADY_REDEEMED', 409, 'This gift has already been redeemed.');
  }
  const now = deps.clock.now();
  const endsAt = addMonths(now, gift.months);
  await deps.db.transaction().execute(async (trx) => {
    const claimed = await trx.updateTable('gifts').set({ redeemed_by: memberId, redeemed_at: now.toISOString() }).where('id', '=', gift.id).where('redeemed_at', 'is', null).executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw new AppError('GIFT_ALREADY_REDEEMED', 409, 'This gift has already been redeemed.');
    const tx = { db: trx, clock: deps.clock };
    await grantEntitlement(tx, { memberId, tier: gift.tier, source: 'gift', reference: gift.id, startsAt: now, endsAt });
    await recordMemberEvent(tx, memberId, 'gift.redeemed', { gift: gift.id, tier: gift.tierSlug, months: gift.months, until: endsAt.toISOString() });
  });
  return { ...gift, redeemedBy: memberId, redeemedAt: now.toISOString(), endsAt: endsAt.toISOString() };
}

export async function listGifts(db: Db, limit = 200): Promise<Gift[]> {
  return (await db.selectFrom('gifts').selectAll().orderBy('id', 'desc').limit(limit).execute()).map(toGift);
}
