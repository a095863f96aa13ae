import type { SiteContext } from '../site-context.js';

/** The prompt shown where a gated article's preview ends. The rest of the text never left the server. */
export function PaywallPrompt({ ctx, wall, returnTo }: { ctx: SiteContext; wall: 'registration' | 'subscription' | 'upgrade'; returnTo: string }) {
  const heading = wall === 'registration' ? ctx.t('registerToRead') : wall === 'upgrade' ? ctx.t('upgradeToRead') : ctx.t('subscribeToRead');
  const body = wall === 'registration' ? ctx.t('registerToReadBody') : wall === 'upgrade' ? ctx.t('upgradeToReadBody') : ctx.t('subscribeToReadBody');
  const next = encodeURIComponent(returnTo);
  return (
    <section class="paywall-prompt" aria-labelledby="paywall-heading">
      <h2 id="paywall-heading">{heading}</h2>
      <p>{body}</p>
      <p class="paywall-actions">
        {wall === 'registration' ? (
          <a class="button button-primary" href={`${ctx.prefix}/account/register?next=${next}`}>
            {ctx.t('register')}
          </a>
        ) : (
          <a class="button button-primary" href={`${ctx.prefix}/membership?next=${next}`}>
            {ctx.t('subscribe')}
          </a>
        )}
        <span class="paywall-signin">
          {ctx.t('alreadyMember')} <a href={`${ctx.prefix}/account/sign-in?next=${next}`}>{ctx.t('signIn')}</a>
        </span>
      </p>
    </section>
  );
}
