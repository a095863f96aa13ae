import type { SiteContext } from '../site-context.js';
import { membershipPaths } from './membership-paths.js';
import { countOf, CsrfInput, formatMoney } from './membership-parts.js';

/** One way to buy a gift: a plan for a number of months, at a price. */
export interface GiftChoice {
  tierSlug: string;
  tierName: string;
  months: number;
  cents: number;
  currency: string;
}

/** The gift purchase form: plan and length in one choice, the buyer's and (optionally) the recipient's address. */
export function GiftForm({ ctx, csrf, choices, email }: { ctx: SiteContext; csrf: string; choices: GiftChoice[]; email: string }) {
  return (
    <section class="membership-section gift-section" id="gift" aria-labelledby="gift-heading">
      <h2 id="gift-heading">{ctx.t('giftHeading')}</h2>
      <p>{ctx.t('giftIntro')}</p>
      <form class="gift-form" method="post" action={membershipPaths.gift(ctx.prefix)}>
        <CsrfInput token={csrf} />
        <label for="gift-choice">{ctx.t('giftLength')}</label>
        <select id="gift-choice" name="gift" required>
          {choices.map((c) => {
            const price = formatMoney(c.cents, c.currency, ctx.language);
            const label = ctx.t('giftMonthsOption', { months: countOf(ctx, 'months', c.months), price });
            return (
              <option key={`${c.tierSlug}:${c.months}`} value={`${c.tierSlug}:${c.months}`} selected={c.months === 12}>
                {choices.some((o) => o.tierSlug !== c.tierSlug) ? `${c.tierName}: ${label}` : label}
              </option>
            );
          })}
        </select>
        <label for="gift-purchaser">{ctx.t('giftYourEmail')}</label>
        <input id="gift-purchaser" type="email" name="purchaserEmail" value={email} required maxLength={254} autoComplete="email" dir="ltr" />
        <label for="gift-recipient">{ctx.t('giftRecipientEmail')}</label>
        <input id="gift-recipient" type="email" name="recipientEmail" maxLength={254} autoComplete="off" dir="ltr" aria-describedby="gift-recipient-help" />
        <p class="membership-help" id="gift-recipient-help">
          {ctx.t('giftRecipientHelp')}
        </p>
        <label for="gift-name">{ctx.t('giftRecipientName')}</label>
        <input id="gift-name" type="text" name="recipientName" maxLength={120} autoComplete="off" />
        <label for="gift-message">{ctx.t('giftMessage')}</label>
        <textarea id="gift-message" name="message" maxLength={500} rows={3} />
        <button type="submit" class="button button-primary">
          {ctx.t('giftBuy')}
        </button>
      </form>
    </section>
  );
}
