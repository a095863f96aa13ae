import type { ActiveEntitlement, Offer, SubscriptionSummary, Tier } from '../../modules/billing/index.js';
import { withNext } from '../account/account-paths.js';
import { formatCount, formatDate } from '../i18n.js';
import type { SiteContext } from '../site-context.js';
import { GiftForm, type GiftChoice } from './gift-form.js';
import { membershipPaths } from './membership-paths.js';
import { CsrfInput, describeOffer, formatMoney, localTierDescription, localTierName, MembershipShell, Notice } from './membership-parts.js';

export interface MembershipPageProps {
  ctx: SiteContext;
  csrf: string;
  /** False without STRIPE_SECRET_KEY: plans are shown, with no way to pay. */
  available: boolean;
  tiers: Tier[];
  member: { email: string; entitlements: ActiveEntitlement[]; subscription: SubscriptionSummary | null; hasBillingAccount: boolean } | null;
  offer: Offer | null;
  offerCode: string;
  offerProblem: string | null;
  done: string | null;
  problem: string | null;
  giftChoices: GiftChoice[];
}

const live = (s: SubscriptionSummary | null): s is SubscriptionSummary => s !== null && ['active', 'trialing', 'past_due'].includes(s.status);

function CurrentPlan({ ctx, csrf, member }: { ctx: SiteContext; csrf: string; member: NonNullable<MembershipPageProps['member']> }) {
  const p = ctx.prefix;
  const sub = live(member.subscription) ? member.subscription : null;
  const source = { subscription: 'sourceSubscription', comp: 'sourceComp', gift: 'sourceGift', group: 'sourceGroup' } as const;
  const date = (iso: string) => formatDate(iso, ctx.language);
  return (
    <section class="membership-section current-plan" aria-labelledby="current-plan-heading">
      <h2 id="current-plan-heading">{ctx.t('currentPlanHeading')}</h2>
      {member.entitlements.length === 0 ? <p>{ctx.t('currentPlanFree')}</p> : null}
      <ul class="plan-held">
        {member.entitlements.map((e) => (
          <li key={`${e.source}:${e.reference ?? ''}:${e.startsAt}`}>
            <strong>{e.tierName || e.tierSlug}</strong> · {ctx.t(source[e.source])}
            {' · '}
            {e.source === 'subscription' && sub
              ? sub.status === 'trialing' && sub.trialEnd
                ? ctx.t('planTrialUntil', { date: date(sub.trialEnd) })
                : sub.cancelAtPeriodEnd || !sub.currentPeriodEnd
                  ? ctx.t('planEndsOn', { date: date(sub.currentPeriodEnd ?? e.endsAt ?? e.startsAt) })
                  : ctx.t('planRenewsOn', { date: date(sub.currentPeriodEnd) })
              : e.endsAt
                ? ctx.t('planEndsOn', { date: date(e.endsAt) })
                : ctx.t('planNoEnd')}
          </li>
        ))}
      </ul>
      {sub?.status === 'past_due' ? <Notice kind="problem">{ctx.t('planPastDue')}</Notice> : null}
      <div class="membership-actions">
        {member.hasBillingAccount ? (
          <form method="post" action={membershipPaths.portal(p)}>
            <CsrfInput token={csrf} />
            <button type="submit" class="button">
              {ctx.t('managePayment')}
            </button>
          </form>
        ) : null}
        {sub && !sub.cancelAtPeriodEnd ? (
          <a class="button button-quiet" href={membershipPaths.cancel(p)}>
            {ctx.t('cancelMembership')}
          </a>
        ) : null}
        {sub?.cancelAtPeriodEnd ? (
          <form method="post" action={membershipPaths.resume(p)}>
            <CsrfInput token={csrf} />
            <button type="submit" class="button button-primary">
              {ctx.t('keepMembership')}
            </button>
          </form>
        ) : null}
      </div>
    </section>
  );
}

function PlanCard({ ctx, csrf, tier, props }: { ctx: SiteContext; csrf: string; tier: Tier; props: MembershipPageProps }) {
  const p = ctx.prefix;
  const money = (cents: number) => formatMoney(cents, tier.currency, ctx.language);
  const sold = tier.monthlyPriceCents !== null || tier.yearlyPriceCents !== null;
  const saving = tier.monthlyPriceCents && tier.yearlyPriceCents ? Math.round((1 - tier.yearlyPriceCents / (tier.monthlyPriceCents * 12)) * 100) : 0;
  const subscribed = live(props.member?.subscription ?? null);
  const here = `${membershipPaths.membership(p)}${props.offer ? `?offer=${encodeURIComponent(props.offer.code)}` : ''}`;
  return (
    <li class="plan">
      <h3>{localTierName(tier, ctx.language)}</h3>
      <p class="plan-description">{localTierDescription(tier, ctx.language)}</p>
      {sold ? (
        <p class="plan-price">
          {tier.monthlyPriceCents !== null ? <span>{ctx.t('planPerMonth', { price: money(tier.monthlyPriceCents) })}</span> : null}
          {tier.yearlyPriceCents !== null ? <span>{ctx.t('planPerYear', { price: money(tier.yearlyPriceCents) })}</span> : null}
          {saving > 0 ? <span class="plan-saving">{ctx.t('planYearlySaving', { n: formatCount(saving, ctx.language) })}</span> : null}
        </p>
      ) : (
        <p class="plan-licence">{ctx.t('planByLicence')}</p>
      )}
      {sold && props.available && !subscribed && props.member ? (
        <div class="plan-buy">
          {(['year', 'month'] as const).map((interval) => {
            const cents = interval === 'year' ? tier.yearlyPriceCents : tier.monthlyPriceCents;
            if (cents === null) return null;
            return (
              <form method="post" action={membershipPaths.checkout(p)} key={interval}>
                <CsrfInput token={csrf} />
                <input type="hidden" name="tier" value={tier.slug} />
                <input type="hidden" name="interval" value={interval} />
                {props.offer ? <input type="hidden" name="offer" value={props.offer.code} /> : null}
                <button type="submit" class={interval === 'year' ? 'button button-primary' : 'button'}>
                  {ctx.t(interval === 'year' ? 'planPayYearly' : 'planPayMonthly', { price: money(cents) })}
                </button>
              </form>
            );
          })}
        </div>
      ) : null}
      {sold && props.available && !props.member ? (
        <p class="plan-buy">
          <a class="button button-primary" href={withNext(`${p}/account/sign-in`, here)}>
            {ctx.t('signInToSubscribe')}
          </a>
        </p>
      ) : null}
    </li>
  );
}

/** /membership: the reader's plan (when signed in), the plans with prices, offer codes and gifts. Plain forms, no script. */
export function MembershipPage(props: MembershipPageProps) {
  const { ctx, csrf } = props;
  const p = ctx.prefix;
  return (
    <MembershipShell ctx={ctx} title={ctx.t('membershipTitle')} path={membershipPaths.membership(p)} indexable>
      <p class="membership-lead">{ctx.t('membershipIntro')}</p>
      {props.done ? <Notice kind="done">{props.done}</Notice> : null}
      {props.problem ? <Notice kind="problem">{props.problem}</Notice> : null}
      {props.member ? <CurrentPlan ctx={ctx} csrf={csrf} member={props.member} /> : null}

      <section class="membership-section" aria-labelledby="plans-heading">
        <h2 id="plans-heading">{ctx.t('membershipPlansHeading')}</h2>
        {!props.available ? <Notice kind="problem">{ctx.t('plansUnavailable')}</Notice> : null}
        {props.offer && !live(props.member?.subscription ?? null) ? <Notice kind="done">{ctx.t('offerApplied', { code: props.offer.code, description: describeOffer(ctx, props.offer) })}</Notice> : null}
        <ul class="plan-grid">
          {props.tiers.map((tier) => (
            <PlanCard key={tier.slug} ctx={ctx} csrf={csrf} tier={tier} props={props} />
          ))}
        </ul>
        {props.available && !live(props.member?.subscription ?? null) ? (
          <form class="offer-form" method="get" action={membershipPaths.membership(p)}>
            <label for="offer-code">{ctx.t('offerHeading')}</label>
            {props.offerProblem ? (
              <p class="form-message form-error" id="offer-problem" role="alert">
                {props.offerProblem}
              </p>
            ) : null}
            <div class="offer-row">
              <input id="offer-code" type="text" name="offer" value={props.offerCode} maxLength={40} autoComplete="off" dir="ltr" aria-invalid={props.offerProblem ? 'true' : undefined} aria-describedby={props.offerProblem ? 'offer-problem' : undefined} />
              <button type="submit" class="button">
                {ctx.t('offerApply')}
              </button>
            </div>
          </form>
        ) : null}
      </section>

      {props.available && props.giftChoices.length ? <GiftForm ctx={ctx} csrf={csrf} choices={props.giftChoices} email={props.member?.email ?? ''} /> : null}
    </MembershipShell>
  );
}
