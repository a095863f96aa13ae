import type { FastifyInstance } from 'fastify';
import { AppError } from '../../kernel/errors.js';
import { findGiftByToken, redeemGift, startGiftCheckout } from '../../modules/billing/index.js';
import { normalizeEmail } from '../../modules/members/index.js';
import { GiftRedeemPage, type RedeemState } from './membership-flow-pages.js';
import { MEMBERSHIP_FORM, MEMBERSHIP_QUERY, MEMBERSHIP_RATE_LIMIT, type MembershipForm, type MembershipKit } from './membership-kit.js';
import { membershipPaths } from './membership-paths.js';
import { localTierName } from './membership-parts.js';

/** Gift memberships: buying one (Checkout in payment mode) and redeeming the emailed link. */
export function giftRoutes(app: FastifyInstance, kit: MembershipKit, prefix: string, language: 'en' | 'ar'): void {
  const { billing, account } = kit;
  const post = { schema: { body: MEMBERSHIP_FORM }, preHandler: account.checkCsrf, config: { rateLimit: MEMBERSHIP_RATE_LIMIT } };

  app.post(membershipPaths.gift(prefix), post, async (request, reply) => {
    const form = request.body as MembershipForm;
    const [tierSlug = '', monthsText = ''] = (form.gift ?? '').split(':');
    const months = Number(monthsText);
    const purchaserEmail = normalizeEmail(form.purchaserEmail ?? '');
    if (!purchaserEmail) throw new AppError('VALIDATION_FAILED', 400, 'Enter your email address, so we can send the receipt (and the link, if you are passing it on yourself).');
    const recipientEmail = form.recipientEmail?.trim() ? normalizeEmail(form.recipientEmail) : null;
    if (form.recipientEmail?.trim() && !recipientEmail) throw new AppError('VALIDATION_FAILED', 400, 'The recipient’s email address is not valid. Correct it, or leave it empty to receive the link yourself.');
    if (!tierSlug || !Number.isInteger(months)) throw new AppError('VALIDATION_FAILED', 400, 'Choose a plan and a length for the gift.');
    const signedIn = await account.signedIn(request);
    const { url } = await startGiftCheckout(billing, {
      purchaserEmail,
      purchaserMemberId: signedIn?.member.id ?? null,
      recipientEmail,
      recipientName: form.recipientName?.trim() ?? '',
      message: form.message?.trim() ?? '',
      tierSlug,
      months,
      language,
    });
    return reply.header('cache-control', 'no-store').redirect(url, 303);
  });

  app.get(membershipPaths.redeem(prefix), { schema: { querystring: MEMBERSHIP_QUERY } }, async (request, reply) => {
    const token = (request.query as { token?: string }).token ?? '';
    const ctx = await account.deps.context(language);
    const gift = token ? await findGiftByToken(billing.db, token) : undefined;
    const state: RedeemState = !gift ? { kind: 'invalid' } : gift.redeemedAt ? { kind: 'used' } : { kind: 'ready', tierName: localTierName(gift.tier, language), months: gift.months, from: gift.purchaserEmail };
    const signedIn = await account.signedIn(request);
    const here = `${membershipPaths.redeem(prefix)}?token=${encodeURIComponent(token)}`;
    // The token is in the address: keep it out of Referer headers and shared caches.
    reply.header('referrer-policy', 'no-referrer');
    return account.page(reply, state.kind === 'invalid' ? 404 : 200, <GiftRedeemPage ctx={ctx} csrf={account.csrf(request, reply)} token={token} state={state} signedIn={signedIn !== null} here={here} />);
  });

  app.post(membershipPaths.redeem(prefix), post, async (request, reply) => {
    const form = request.body as MembershipForm;
    const member = await kit.requireMember(request, reply, prefix, membershipPaths.membership(prefix));
    if (!member) return reply;
    await redeemGift(billing, form.token ?? '', member.member.id);
    return reply.redirect(`${membershipPaths.membership(prefix)}?done=gift`, 303);
  });
}
