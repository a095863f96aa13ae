import type { Offer, SubscriptionSummary } from '../../modules/billing/index.js';
import { withNext } from '../account/account-paths.js';
import { formatDate } from '../i18n.js';
import { paths, type SiteContext } from '../site-context.js';
import { membershipPaths } from './membership-paths.js';
import { countOf, CsrfInput, describeOffer, MembershipShell, Notice } from './membership-parts.js';

const isolate = (text: string) => '\u2068' + text + '\u2069';

/**
 * Our own cancel flow: one page, one confirm button. A retention offer may sit beside it, once,
 * and declining it is the same single click as cancelling.
 */
export function CancelPage({ ctx, csrf, subscription, retention }: { ctx: SiteContext; csrf: string; subscription: SubscriptionSummary; retention: Offer | null }) {
  const p = ctx.prefix;
  const ends = subscription.currentPeriodEnd ? formatDate(subscription.currentPeriodEnd, ctx.language) : '';
  return (
    <MembershipShell ctx={ctx} title={ctx.t('cancelTitle')} path={membershipPaths.cancel(p)}>
      <p class="membership-lead">{ctx.t('cancelBody', { date: ends })}</p>
      <form method="post" action={membershipPaths.cancel(p)} class="membership-actions">
        <CsrfInput token={csrf} />
        <button type="submit" class="button button-primary">
          {ctx.t('cancelConfirm')}
        </button>
        <a href={membershipPaths.membership(p)}>{ctx.t('cancelBack')}</a>
      </form>
      {retention ? (
        <section class="membership-section retention-offer" aria-labelledby="retention-heading">
          <h2 id="retention-heading">{ctx.t('retentionHeading')}</h2>
          <p>{ctx.t('retentionBody', { offer: describeOffer(ctx, retention) })}</p>
          <form method="post" action={membershipPaths.retention(p)}>
            <CsrfInput token={csrf} />
            <input type="hidden" name="offer" value={retention.id} />
            <button type="submit" class="button">
              {ctx.t('retentionAccept')}
            </button>
          </form>
        </section>
      ) : null}
    </MembershipShell>
  );
}

/** Where Checkout sends the reader back. Access starts with Stripe's webhook, so this may still be pending. */
export function WelcomePage({ ctx, active, gift }: { ctx: SiteContext; active: boolean; gift: boolean }) {
  return (
    <MembershipShell ctx={ctx} title={ctx.t('welcomeTitle')} path={membershipPaths.welcome(ctx.prefix)}>
      <Notice kind="done">{gift ? ctx.t('welcomeGift') : active ? ctx.t('welcomeActive') : ctx.t('welcomePending')}</Notice>
      <p>
        <a class="button button-primary" href={paths.home(ctx.prefix)}>
          {ctx.t('startReading')}
        </a>{' '}
        <a href={membershipPaths.membership(ctx.prefix)}>{ctx.t('backToMembership')}</a>
      </p>
    </MembershipShell>
  );
}

export type RedeemState = { kind: 'ready'; tierName: string; months: number; from: string } | { kind: 'used' } | { kind: 'invalid' };

/** GET /gift/redeem: shows the gift and a confirm button; link scanners that open the link redeem nothing. */
export function GiftRedeemPage({ ctx, csrf, token, state, signedIn, here }: { ctx: SiteContext; csrf: string; token: string; state: RedeemState; signedIn: boolean; here: string }) {
  const p = ctx.prefix;
  return (
    <MembershipShell ctx={ctx} title={ctx.t('redeemTitle')} path={membershipPaths.redeem(p)}>
      {state.kind === 'invalid' ? <Notice kind="problem">{ctx.t('redeemInvalid')}</Notice> : null}
      {state.kind === 'used' ? <Notice kind="problem">{ctx.t('redeemUsed')}</Notice> : null}
      {state.kind === 'ready' ? (
        <>
          <p class="membership-lead">{ctx.t('redeemBody', { tier: state.tierName, months: countOf(ctx, 'months', state.months), from: isolate(state.from) })}</p>
          {signedIn ? (
            <form method="post" action={membershipPaths.redeem(p)}>
              <CsrfInput token={csrf} />
              <input type="hidden" name="token" value={token} />
              <button type="submit" class="button button-primary">
                {ctx.t('redeemConfirm')}
              </button>
            </form>
          ) : (
            <p>
              <a class="button button-primary" href={withNext(`${p}/account/sign-in`, here)}>
                {ctx.t('redeemSignIn')}
              </a>
            </p>
          )}
        </>
      ) : null}
    </MembershipShell>
  );
}

/** GET /membership/join: an invitation to a group licence, accepted with one button once signed in. */
export function JoinPage({ ctx, csrf, token, invitation, signedIn, here }: { ctx: SiteContext; csrf: string; token: string; invitation: { email: string; name: string } | null; signedIn: boolean; here: string }) {
  const p = ctx.prefix;
  if (!invitation) {
    return (
      <MembershipShell ctx={ctx} title={ctx.t('membershipTitle')} path={membershipPaths.join(p)}>
        <Notice kind="problem">{ctx.t('joinInvalid')}</Notice>
      </MembershipShell>
    );
  }
  return (
    <MembershipShell ctx={ctx} title={ctx.t('joinTitle', { name: invitation.name })} path={membershipPaths.join(p)}>
      <p class="membership-lead">{ctx.t('joinBody', { name: invitation.name })}</p>
      {signedIn ? (
        <form method="post" action={membershipPaths.join(p)}>
          <CsrfInput token={csrf} />
          <input type="hidden" name="token" value={token} />
          <button type="submit" class="button button-primary">
            {ctx.t('joinAccept')}
          </button>
        </form>
      ) : (
        <p>
          <a class="button button-primary" href={withNext(`${p}/account/sign-in`, here)}>
            {ctx.t('joinSignIn', { email: isolate(invitation.email) })}
          </a>
        </p>
      )}
    </MembershipShell>
  );
}

/** A refusal, in the reader's language, with the way back. */
export function MembershipProblemPage({ ctx, message }: { ctx: SiteContext; message: string }) {
  return (
    <MembershipShell ctx={ctx} title={ctx.t('membershipProblemTitle')} path={membershipPaths.membership(ctx.prefix)}>
      <Notice kind="problem">{message}</Notice>
      <p>
        <a href={membershipPaths.membership(ctx.prefix)}>{ctx.t('backToMembership')}</a>
      </p>
    </MembershipShell>
  );
}
