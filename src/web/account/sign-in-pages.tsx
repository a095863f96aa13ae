import type { LinkStatus, LoginPurpose } from '../../modules/members/index.js';
import type { SiteContext } from '../site-context.js';
import { accountPaths, withNext } from './account-paths.js';
import { formatCount } from '../i18n.js';
import { AccountShell, CsrfField, FormMessage } from './account-shell.js';

export interface SignInFormProps {
  ctx: SiteContext;
  mode: 'sign-in' | 'register';
  csrf: string;
  next: string;
  email?: string;
  name?: string;
  error?: string;
  /** Members' articles a free account adds each month (METER_REGISTERED). */
  registeredAllowance: number;
}

/** Sign in, or register: one email field (and a name when registering); the same email does both. */
export function SignInPage({ ctx, mode, csrf, next, email, name, error, registeredAllowance }: SignInFormProps) {
  const register = mode === 'register';
  const action = register ? accountPaths.register(ctx.prefix) : accountPaths.signIn(ctx.prefix);
  const intro = register ? (registeredAllowance > 0 ? ctx.t('registerIntro', { n: formatCount(registeredAllowance, ctx.language) }) : ctx.t('registerIntroNoMeter')) : ctx.t('signInIntro');
  return (
    <AccountShell ctx={ctx} title={register ? ctx.t('registerTitle') : ctx.t('signIn')}>
      <p class="account-lead">{intro}</p>
      <form class="account-form" method="post" action={action}>
        <CsrfField token={csrf} />
        <input type="hidden" name="next" value={next} />
        <FormMessage kind="error" text={error} id="email-error" />
        <label for="account-email">{ctx.t('emailLabel')}</label>
        <input id="account-email" type="email" name="email" value={email ?? ''} required maxLength={254} autoComplete="email" inputMode="email" dir="ltr" aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'email-error' : undefined} />
        {register ? (
          <>
            <label for="account-name">{ctx.t('nameOptionalLabel')}</label>
            <input id="account-name" type="text" name="name" value={name ?? ''} maxLength={120} autoComplete="name" />
          </>
        ) : null}
        <button type="submit" class="button button-primary">
          {register ? ctx.t('sendRegisterLink') : ctx.t('sendSignInLink')}
        </button>
      </form>
      <p class="account-switch">
        {register ? (
          <>
            {ctx.t('alreadyMember')} <a href={withNext(accountPaths.signIn(ctx.prefix), next)}>{ctx.t('signIn')}</a>
          </>
        ) : (
          <>
            {ctx.t('newHere')} <a href={withNext(accountPaths.register(ctx.prefix), next)}>{ctx.t('createFreeAccount')}</a>
          </>
        )}
      </p>
    </AccountShell>
  );
}

/** After asking: where the email went, and the code field (the link works in this browser too). */
export function CheckEmailPage({ ctx, csrf, requestId, email, purpose, error }: { ctx: SiteContext; csrf: string; requestId: string; email: string; purpose: LoginPurpose; error?: string }) {
  return (
    <AccountShell ctx={ctx} title={ctx.t('checkEmailTitle')}>
      <p class="account-lead">{ctx.t('checkEmailBody', { email: '\u2068' + email + '\u2069' })}</p>
      <form class="account-form" method="post" action={accountPaths.code(ctx.prefix)}>
        <CsrfField token={csrf} />
        <input type="hidden" name="request" value={requestId} />
        <FormMessage kind="error" text={error} id="code-error" />
        <label for="account-code">{ctx.t('codeLabel')}</label>
        <input id="account-code" class="code-input" type="text" name="code" required inputMode="numeric" pattern="[0-9]{6}" maxLength={6} autoComplete="one-time-code" dir="ltr" aria-invalid={error ? 'true' : undefined} aria-describedby={error ? 'code-error' : undefined} />
        <button type="submit" class="button button-primary">
          {purpose === 'email-change' ? ctx.t('confirmEmailChange') : ctx.t('useCode')}
        </button>
      </form>
      <p class="account-help">{ctx.t('checkEmailHelp')}</p>
      <p>
        <a href={purpose === 'email-change' ? accountPaths.account(ctx.prefix) : accountPaths.signIn(ctx.prefix)}>{ctx.t('askAgain')}</a>
      </p>
    </AccountShell>
  );
}

const titles = (ctx: SiteContext, purpose: LoginPurpose) =>
  purpose === 'sign-up' ? [ctx.t('confirmSignUpTitle'), ctx.t('confirmSignUp')] : purpose === 'email-change' ? [ctx.t('confirmEmailChangeTitle'), ctx.t('confirmEmailChange')] : [ctx.t('confirmSignInTitle'), ctx.t('confirmSignIn')];

/** What an emailed link opens: a button. Only its POST signs in, so link scanners that open mail cannot. */
export function ConfirmPage({ ctx, csrf, token, purpose, email }: { ctx: SiteContext; csrf: string; token: string; purpose: LoginPurpose; email: string }) {
  const [title, button] = titles(ctx, purpose);
  return (
    <AccountShell ctx={ctx} title={title}>
      <p class="account-lead">{ctx.t('confirmAs', { email: '\u2068' + email + '\u2069' })}</p>
      <form class="account-form" method="post" action={accountPaths.confirm(ctx.prefix)}>
        <CsrfField token={csrf} />
        <input type="hidden" name="token" value={token} />
        <button type="submit" class="button button-primary">
          {button}
        </button>
      </form>
    </AccountShell>
  );
}

/** A link or code that cannot be used here, saying why and what to do instead. */
export function LinkProblemPage({ ctx, status }: { ctx: SiteContext; status: Exclude<LinkStatus['status'], 'ready'> }) {
  const [title, body] =
    status === 'used'
      ? [ctx.t('linkUsedTitle'), ctx.t('linkUsedBody')]
      : status === 'expired'
        ? [ctx.t('linkExpiredTitle'), ctx.t('linkExpiredBody')]
        : status === 'other-browser'
          ? [ctx.t('otherBrowserTitle'), ctx.t('otherBrowserBody')]
          : [ctx.t('linkInvalidTitle'), ctx.t('linkInvalidBody')];
  return (
    <AccountShell ctx={ctx} title={title}>
      <p class="account-lead">{body}</p>
      <p>
        {status === 'other-browser' ? <>{ctx.t('otherBrowserHere')} </> : null}
        <a class="button" href={accountPaths.signIn(ctx.prefix)}>
          {ctx.t('askAgain')}
        </a>
      </p>
    </AccountShell>
  );
}

/** A plain message page (too many requests, an expired form, an erased account, another refusal). */
export function NoticePage({ ctx, title, body, link }: { ctx: SiteContext; title: string; body: string; link?: { href: string; text: string } }) {
  return (
    <AccountShell ctx={ctx} title={title}>
      <p class="account-lead">{body}</p>
      {link ? (
        <p>
          <a href={link.href}>{link.text}</a>
        </p>
      ) : null}
    </AccountShell>
  );
}
