import type { ComponentChildren } from 'preact';
import type { Offer, Tier } from '../../modules/billing/index.js';
import { DocumentShell } from '../components/document-shell.js';
import { formatCount } from '../i18n.js';
import type { SiteContext } from '../site-context.js';

const MONEY = new Map<string, Intl.NumberFormat>();

/** "$10" or "$9.50" in the reader's language. */
export function formatMoney(cents: number, currency: string, language: string): string {
  const whole = cents % 100 === 0;
  const key = `${language}|${currency}|${whole}`;
  let format = MONEY.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language === 'ar' ? 'ar-EG' : 'en', { style: 'currency', currency: currency.toUpperCase(), minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: 2 });
    MONEY.set(key, format);
  }
  return format.format(cents / 100);
}


/**
 * "3 months" / "12 days" with the noun agreeing with the number: Arabic has a dual and takes a
 * plural after 3-10 but a singular after 11 and up, which English's two forms cannot express.
 */
export function countOf(ctx: SiteContext, unit: 'months' | 'days', n: number): string {
  const form = n === 1 ? 'One' : n === 2 ? 'Two' : n % 100 >= 3 && n % 100 <= 10 ? 'Few' : 'Many';
  const key = `count${unit === 'months' ? 'Months' : 'Days'}${form}` as const;
  return ctx.t(key, { n: formatCount(n, ctx.language) });
}

/** What an offer gives, in a sentence fragment ("50% off for 3 months"). */
export function describeOffer(ctx: SiteContext, offer: Offer): string {
  if (offer.kind === 'trial') return ctx.t('offerTrial', { days: countOf(ctx, 'days', offer.trialDays ?? 0) });
  const months = offer.durationMonths ? countOf(ctx, 'months', offer.durationMonths) : null;
  if (offer.kind === 'percent') {
    const n = formatCount(offer.amount, ctx.language);
    return months ? ctx.t('offerPercent', { n, months }) : ctx.t('offerPercentOnce', { n });
  }
  const amount = formatMoney(offer.amount, offer.currency, ctx.language);
  return months ? ctx.t('offerFixed', { amount, months }) : ctx.t('offerFixedOnce', { amount });
}

export const localTierName = (tier: Pick<Tier, 'name' | 'names'>, language: string): string => tier.names[language] ?? tier.name;
export const localTierDescription = (tier: Pick<Tier, 'description' | 'descriptions'>, language: string): string => tier.descriptions[language] ?? tier.description;

/** The frame of every membership page: the site's chrome, never indexed except the plans page. */
export function MembershipShell({ ctx, title, path, indexable, children }: { ctx: SiteContext; title: string; path: string; indexable?: boolean; children: ComponentChildren }) {
  const site = ctx.language === 'ar' ? ctx.siteNameAr : ctx.siteName;
  return (
    <DocumentShell ctx={ctx} meta={{ title: `${title} | ${site}`, description: ctx.t('membershipIntro'), canonical: `${ctx.publicUrl}${path}`, noindex: !indexable }}>
      <div class="membership-page">
        <h1>{title}</h1>
        {children}
      </div>
    </DocumentShell>
  );
}

/** The hidden anti-CSRF field every state-changing form carries. */
export const CsrfInput = ({ token }: { token: string }) => <input type="hidden" name="_csrf" value={token} />;

/** A confirmation or a problem above the page's content, announced to screen readers. */
export function Notice({ kind, children }: { kind: 'done' | 'problem'; children: ComponentChildren }) {
  return (
    <p class={`membership-notice membership-notice-${kind}`} role={kind === 'problem' ? 'alert' : 'status'}>
      {children}
    </p>
  );
}
