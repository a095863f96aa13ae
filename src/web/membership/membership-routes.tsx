import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, isAppError } from '../../kernel/errors.js';
import {
  acceptRetentionOffer,
  claimDomainSeat,
  currentSubscription,
  entitlementsFor,
  findLicence,
  findUsableOffer,
  giftPrice,
  GIFT_MONTHS,
  hasBillingAccount,
  listTiers,
  resumeSubscription,
  retentionOfferToShow,
  scheduleCancellation,
  startPortalSession,
  startSubscriptionCheckout,
  type Offer,
  type OfferRefusal,
} from '../../modules/billing/index.js';
import { formatDate, type MessageKey } from '../i18n.js';
import type { SiteContext } from '../site-context.js';
import type { GiftChoice } from './gift-form.js';
import { CancelPage, WelcomePage } from './membership-flow-pages.js';
import { MEMBERSHIP_FORM, MEMBERSHIP_QUERY, MEMBERSHIP_RATE_LIMIT, type MembershipForm, type MembershipKit } from './membership-kit.js';
import { MembershipPage } from './membership-page.js';
import { membershipPaths } from './membership-paths.js';
import { localTierName } from './membership-parts.js';

const REFUSAL_KEYS: Record<OfferRefusal, MessageKey> = { unknown: 'offerUnknown', ended: 'offerEnded', expired: 'offerExpired', 'used-up': 'offerUsedUp', 'other-plan': 'offerOtherPlan' };

type Query = { offer?: string; done?: string; licence?: string; gift?: string };

/** The offer a reader typed or followed, or the reason (in their language) it cannot be used. */
async function readOffer(kit: MembershipKit, ctx: SiteContext, code: string | undefined): Promise<{ offer: Offer | null; problem: string | null }> {
  if (!code?.trim()) return { offer: null, problem: null };
  try {
    return { offer: await findUsableOffer(kit.billing.db, code, null, kit.billing.clock.now()), problem: null };
  } catch (error) {
    if (isAppError(error) && error.code === 'OFFER_UNAVAILABLE') return { offer: null, problem: ctx.t(REFUSAL_KEYS[(error.fields?.offer ?? 'unknown') as OfferRefusal] ?? 'offerUnknown') };
    throw error;
  }
}

/**
 * /membership and the paid-plan flows: Checkout, the customer portal, our cancel flow (with its
 * optional retention offer), resuming, and the page Checkout returns to.
 */
export function membershipRoutes(app: FastifyInstance, kit: MembershipKit, prefix: string, language: 'en' | 'ar'): void {
  const { billing, account } = kit;
  const home = membershipPaths.membership(prefix);
  const post = { schema: { body: MEMBERSHIP_FORM }, preHandler: account.checkCsrf, config: { rateLimit: MEMBERSHIP_RATE_LIMIT } };

  app.get(home, { schema: { querystring: MEMBERSHIP_QUERY } }, async (request, reply) => {
    const ctx = await account.deps.context(language);
    const query = request.query as Query;
    const signedIn = await account.signedIn(request);
    const now = billing.clock.now();
    let done: string | null = null;
    let problem: string | null = null;
    if (signedIn) {
      // A confirmed address at a licensed domain takes a seat on the way in.
      const seat = await claimDomainSeat(billing, { id: signedIn.member.id, email: signedIn.member.email, emailVerifiedAt: signedIn.member.emailVerifiedAt });
      if (seat?.outcome === 'joined') done = ctx.t('doneJoined', { name: seat.licence.name });
      if (seat?.outcome === 'full') problem = ctx.t('groupSeatsFull', { name: seat.licence.name });
    }
    const [tiers, offer, entitlements, subscription, billed] = await Promise.all([
      listTiers(billing.db, { activeOnly: true }),
      readOffer(kit, ctx, query.offer),
      signedIn ? entitlementsFor(billing.db, signedIn.member.id, now) : [],
      signedIn ? currentSubscription(billing.db, signedIn.member.id) : null,
      signedIn ? hasBillingAccount(billing.db, signedIn.member.id) : false,
    ]);
    if (query.done === 'cancelled' && subscription?.currentPeriodEnd) done = ctx.t('doneCancelled', { date: formatDate(subscription.currentPeriodEnd, language) });
    if (query.done === 'resumed') done = ctx.t('doneResumed');
    if (query.done === 'offer') done = ctx.t('doneOfferApplied');
    if (query.done === 'gift') done = ctx.t('doneGiftRedeemed');
    if (query.done === 'joined' && query.licence) {
      const licence = await findLicence(billing.db, query.licence);
      if (licence) done = ctx.t('doneJoined', { name: licence.name });
    }
    const giftChoices: GiftChoice[] = tiers.flatMap((tier) =>
      GIFT_MONTHS.map((months) => ({ tierSlug: tier.slug, tierName: localTierName(tier, language), months, cents: giftPrice(tier, months) ?? -1, currency: tier.currency })).filter((c) => c.cents > 0),
    );
    return account.page(
      reply,
      200,
      <MembershipPage
        ctx={ctx}
        csrf={account.csrf(request, reply)}
        available={billing.gateway !== null}
        tiers={tiers}
        member={signedIn ? { email: signedIn.member.email, entitlements, subscription, hasBillingAccount: billed } : null}
        offer={offer.offer}
        offerCode={query.offer ?? ''}
        offerProblem={offer.problem}
        done={done}
        problem={problem}
        giftChoices={giftChoices}
      />,
    );
  });

  app.post(membershipPaths.checkout(prefix), post, async (request, reply) => {
    const form = request.body as MembershipForm;
    const member = await kit.requireMember(request, reply, prefix, home);
    if (!member) return reply;
    if (!form.tier || !form.interval) throw new AppError('VALIDATION_FAILED', 400, 'Choose a plan and how often to pay.');
    const { url } = await startSubscriptionCheckout(billing, { member: { id: member.member.id, email: member.member.email, name: member.member.name }, tierSlug: form.tier, interval: form.interval as 'month' | 'year', offerCode: form.offer || null });
    return reply.header('cache-control', 'no-store').redirect(url, 303);
  });

  app.post(membershipPaths.portal(prefix), post, async (request, reply) => {
    const member = await kit.requireMember(request, reply, prefix, home);
    if (!member) return reply;
    return reply.header('cache-control', 'no-store').redirect(await startPortalSession(billing, member.member.id, home), 303);
  });

  app.get(membershipPaths.cancel(prefix), async (request, reply) => {
    const member = await kit.requireMember(request, reply, prefix, membershipPaths.cancel(prefix));
    if (!member) return reply;
    const subscription = await currentSubscription(billing.db, member.member.id);
    if (!subscription || !['active', 'trialing', 'past_due'].includes(subscription.status) || subscription.cancelAtPeriodEnd) return reply.redirect(home, 303);
    const ctx = await account.deps.context(language);
    const retention = await retentionOfferToShow(billing, member.member.id);
    return account.page(reply, 200, <CancelPage ctx={ctx} csrf={account.csrf(request, reply)} subscription={subscription} retention={retention} />);
  });

  const act = (path: string, run: (memberId: string, form: MembershipForm) => Promise<unknown>, done: string) =>
    app.post(path, post, async (request: FastifyRequest, reply) => {
      const member = await kit.requireMember(request, reply, prefix, home);
      if (!member) return reply;
      await run(member.member.id, request.body as MembershipForm);
      return reply.redirect(`${home}?done=${done}`, 303);
    });
  act(membershipPaths.cancel(prefix), (memberId) => scheduleCancellation(billing, memberId), 'cancelled');
  act(membershipPaths.resume(prefix), (memberId) => resumeSubscription(billing, memberId), 'resumed');
  act(membershipPaths.retention(prefix), (memberId, form) => acceptRetentionOffer(billing, memberId, form.offer ?? ''), 'offer');

  app.get(membershipPaths.welcome(prefix), { schema: { querystring: MEMBERSHIP_QUERY } }, async (request, reply) => {
    const ctx = await account.deps.context(language);
    const signedIn = await account.signedIn(request);
    const held = signedIn ? await entitlementsFor(billing.db, signedIn.member.id, billing.clock.now()) : [];
    return account.page(reply, 200, <WelcomePage ctx={ctx} active={held.length > 0} gift={(request.query as Query).gift === '1'} />);
  });
}
