import type { Entitlement, MemberProfile } from '../../modules/members/index.js';
import { formatDate } from '../i18n.js';
import type { SiteContext } from '../site-context.js';
import { accountPaths } from './account-paths.js';
import { AccountNewsletters, type NewsletterChoice } from '../newsletters/account-newsletters.js';
import { formatCount } from '../i18n.js';
import { AccountShell, CsrfField, FormMessage } from './account-shell.js';

export interface AccountPageProps {
  ctx: SiteContext;
  csrf: string;
  member: MemberProfile;
  entitlements: Entitlement[];
  /** This month's server-side meter for a free member; null for paid members. */
  meter: { used: number; allowance: number } | null;
  sessionCount: number;
  /** Newsletter choices (the newsletters module's section of the page). */
  newsletters?: NewsletterChoice[];
  done?: string;
  nameError?: string;
  emailError?: string;
}

const isolate = (text: string) => '\u2068' + text + '\u2069';

/** The reader's account: name, address, plan, sessions, data download and erasure. Every action is a plain form. */
export function AccountPage({ ctx, csrf, member, entitlements, meter, sessionCount, newsletters, done, nameError, emailError }: AccountPageProps) {
  const p = ctx.prefix;
  return (
    <AccountShell ctx={ctx} title={ctx.t('accountTitle')}>
      <p class="account-lead">{ctx.t('signedInAs', { email: isolate(member.email) })}</p>
      <FormMessage kind="done" text={done} />

      <section class="account-section" aria-labelledby="plan-heading">
        <h2 id="plan-heading">{ctx.t('planHeading')}</h2>
        {entitlements.length ? (
          <ul class="plan-list">
            {entitlements.map((e) => (
              <li key={e.id}>
                <strong>{e.tierName || e.tierSlug}</strong>
                {e.endsAt ? <> · {ctx.t('planUntil', { date: formatDate(e.endsAt, ctx.language) })}</> : null}
              </li>
            ))}
          </ul>
        ) : (
          <>
            <p>
              <strong>{ctx.t('planFree')}</strong>
            </p>
            <p>{meter && meter.allowance > 0 ? ctx.t('planFreeBody', { n: formatCount(meter.allowance, ctx.language) }) : ctx.t('registerIntroNoMeter')}</p>
            {meter && meter.allowance > 0 ? <p>{ctx.t('planFreeMeter', { used: formatCount(meter.used, ctx.language), total: formatCount(meter.allowance, ctx.language) })}</p> : null}
          </>
        )}
        <p>
          <a href={accountPaths.membership()}>{ctx.t('subscribe')}</a>
        </p>
      </section>

      <AccountNewsletters ctx={ctx} csrf={csrf} choices={newsletters ?? []} />

      <section class="account-section" aria-labelledby="name-heading">
        <h2 id="name-heading">{ctx.t('nameLabel')}</h2>
        <form class="account-form" method="post" action={accountPaths.name(p)}>
          <CsrfField token={csrf} />
          <FormMessage kind="error" text={nameError} id="name-error" />
          <label class="visually-hidden" for="account-name">
            {ctx.t('nameLabel')}
          </label>
          <input id="account-name" type="text" name="name" value={member.name} maxLength={120} autoComplete="name" aria-invalid={nameError ? 'true' : undefined} aria-describedby={nameError ? 'name-error' : undefined} />
          <button type="submit">{ctx.t('saveName')}</button>
        </form>
      </section>

      <section class="account-section" aria-labelledby="email-heading">
        <h2 id="email-heading">{ctx.t('emailHeading')}</h2>
        <p dir="ltr" class="account-email">
          {member.email}
        </p>
        <form class="account-form" method="post" action={accountPaths.email(p)}>
          <CsrfField token={csrf} />
          <FormMessage kind="error" text={emailError} id="new-email-error" />
          <label for="account-new-email">{ctx.t('newEmailLabel')}</label>
          <input id="account-new-email" type="email" name="email" required maxLength={254} autoComplete="email" dir="ltr" aria-invalid={emailError ? 'true' : undefined} aria-describedby={emailError ? 'new-email-error' : 'new-email-help'} />
          <p class="account-help" id="new-email-help">
            {ctx.t('changeEmailHelp')}
          </p>
          <button type="submit">{ctx.t('changeEmail')}</button>
        </form>
      </section>

      <section class="account-section" aria-labelledby="sessions-heading">
        <h2 id="sessions-heading">{ctx.t('signOut')}</h2>
        <p>{sessionCount > 1 ? ctx.t('sessionsBody', { n: formatCount(sessionCount, ctx.language) }) : ctx.t('sessionsBodyOne')}</p>
        <div class="account-actions">
          <form method="post" action={accountPaths.signOut(p)}>
            <CsrfField token={csrf} />
            <button type="submit">{ctx.t('signOut')}</button>
          </form>
          {sessionCount > 1 ? (
            <form method="post" action={accountPaths.signOutOthers(p)}>
              <CsrfField token={csrf} />
              <button type="submit" class="button-quiet">
                {ctx.t('signOutOthers')}
              </button>
            </form>
          ) : null}
        </div>
      </section>

      <section class="account-section" aria-labelledby="data-heading">
        <h2 id="data-heading">{ctx.t('dataHeading')}</h2>
        <p>{ctx.t('dataBody')}</p>
        <p>
          <a class="button button-quiet" href={accountPaths.data(p)}>
            {ctx.t('downloadData')}
          </a>
        </p>
      </section>

      <section class="account-section account-danger" aria-labelledby="delete-heading">
        <h2 id="delete-heading">{ctx.t('deleteHeading')}</h2>
        <p>{ctx.t('deleteBody')}</p>
        <p>
          <a href={accountPaths.delete(p)}>{ctx.t('deleteStart')}</a>
        </p>
      </section>
    </AccountShell>
  );
}

/** The erasure's confirmation step: a POST, never a link, so nothing deletes an account by being opened. */
export function DeleteAccountPage({ ctx, csrf, email }: { ctx: SiteContext; csrf: string; email: string }) {
  return (
    <AccountShell ctx={ctx} title={ctx.t('deleteConfirmTitle')}>
      <p class="account-lead">{ctx.t('deleteConfirmBody', { email: isolate(email) })}</p>
      <p>{ctx.t('deleteBody')}</p>
      <div class="account-actions">
        <form method="post" action={accountPaths.delete(ctx.prefix)}>
          <CsrfField token={csrf} />
          <button type="submit" class="button-danger">
            {ctx.t('deleteConfirm')}
          </button>
        </form>
        <a class="button button-quiet" href={accountPaths.account(ctx.prefix)}>
          {ctx.t('keepAccount')}
        </a>
      </div>
    </AccountShell>
  );
}
