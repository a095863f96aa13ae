import { renderToString } from 'preact-render-to-string';
import { nextMonthStart, type AccessDecision, type MeterReading } from '../../modules/access/index.js';
import { formatCount, formatDate } from '../i18n.js';
import type { SiteContext } from '../site-context.js';
import { accountPaths, withNext } from './account-paths.js';

export interface MeterBannerProps {
  ctx: SiteContext;
  decision: AccessDecision;
  reading: MeterReading;
  now: Date;
  /** The article's path, to come back to after registering. */
  returnTo: string;
  /** Members' articles a free account adds (METER_REGISTERED), offered to anonymous readers. */
  registeredAllowance: number;
}

/**
 * The meter, shown without JavaScript: "2 of 5 free articles left this month" while free
 * articles remain, and "You have read your 5 free articles this month" (with the date they come
 * back) when the wall is up. Nothing when the meter did not decide this page.
 */
export function MeterBanner({ ctx, decision, reading, now, returnTo, registeredAllowance }: MeterBannerProps) {
  const n = (value: number) => formatCount(value, ctx.language);
  const total = reading.state.allowance;
  const metered = decision.show === 'full' && (decision.reason === 'metered' || decision.reason === 'already-counted');
  const exhausted = decision.show === 'preview' && decision.meterExhausted;
  if (!metered && !exhausted) return null;
  const next =
    reading.kind === 'anonymous' ? (
      <a href={withNext(accountPaths.register(ctx.prefix), returnTo)}>{ctx.t('meterRegisterMore', { n: n(registeredAllowance) })}</a>
    ) : (
      <a href={withNext(accountPaths.membership(), returnTo)}>{ctx.t('meterSubscribe')}</a>
    );
  if (metered && decision.show === 'full') {
    const left = decision.remainingAfter ?? 0;
    return (
      <aside class="meter-banner" aria-label={ctx.t('meterLabel')}>
        <p>
          <strong>{left === 0 ? ctx.t('meterLast') : ctx.t('meterLeft', { n: n(left), total: n(total) })}</strong>
          {reading.kind === 'member' || registeredAllowance > 0 ? <> {next}</> : null}
        </p>
      </aside>
    );
  }
  return (
    <aside class="meter-banner meter-banner-out" aria-label={ctx.t('meterLabel')}>
      <p>
        <strong>{total === 1 ? ctx.t('meterOutOne') : ctx.t('meterOut', { total: n(total) })}</strong> {ctx.t('meterResets', { date: formatDate(nextMonthStart(now).toISOString(), ctx.language) })}
      </p>
    </aside>
  );
}

export const meterBannerHtml = (props: MeterBannerProps): string => renderToString(<MeterBanner {...props} />);

/**
 * Puts the per-reader banner into a page rendered (and cached) for every reader alike: above the
 * paywall prompt when the wall is up, else above the article text. The cached page itself never
 * holds anything about one reader.
 */
export function insertMeterBanner(html: string, banner: string): string {
  if (!banner) return html;
  const anchors = banner.includes('meter-banner-out') ? ['<div class="paywalled-content"><section class="paywall-prompt"', '<div class="article-body">'] : ['<div class="article-body">'];
  for (const anchor of anchors) {
    const at = html.indexOf(anchor);
    if (at >= 0) return html.slice(0, at) + banner + html.slice(at);
  }
  return html;
}
