import type { Newsletter } from '../../modules/newsletters/index.js';
import { AccountShell, FormMessage } from '../account/account-shell.js';
import type { SiteContext } from '../site-context.js';
import type { NewsletterText } from './newsletter-strings.js';

/** The sign-up page: the newsletters open to anyone, an email field, one button. Works without JavaScript. */
export function SignUpPage({ ctx, s, newsletters, csrf, error, email, chosen }: { ctx: SiteContext; s: NewsletterText; newsletters: Newsletter[]; csrf: string; error?: string; email?: string; chosen?: string[] }) {
  return (
    <AccountShell ctx={ctx} title={s('title')}>
      <p class="account-lead">{s('lead')}</p>
      {newsletters.length === 0 ? (
        <p>{s('none')}</p>
      ) : (
        <form method="post" action={`${ctx.prefix}/newsletters`} class="account-form" novalidate>
          <input type="hidden" name="_csrf" value={csrf} />
          <FormMessage kind="error" text={error} id="newsletter-error" />
          <fieldset class="newsletter-choices">
            <legend>{s('choose')}</legend>
            {newsletters.map((n) => (
              <div class="newsletter-choice" key={n.id}>
                <input type="checkbox" id={`nl-${n.slug}`} name="newsletter" value={n.id} checked={chosen ? chosen.includes(n.id) : newsletters.length === 1} />
                <label for={`nl-${n.slug}`}>
                  <strong>{n.name}</strong>
                  {n.description ? <span class="newsletter-description">{n.description}</span> : null}
                </label>
              </div>
            ))}
          </fieldset>
          <label for="newsletter-email">{s('email')}</label>
          <input id="newsletter-email" type="email" name="email" autocomplete="email" required value={email ?? ''} aria-describedby={error ? 'newsletter-error' : undefined} />
          <button type="submit" class="button button-primary">
            {s('subscribe')}
          </button>
        </form>
      )}
    </AccountShell>
  );
}

/** A page with one button that POSTs: link scanners open links, only a person presses buttons. */
export function ConfirmButtonPage({ ctx, title, body, action, button }: { ctx: SiteContext; title: string; body: string; action: string; button: string }) {
  return (
    <AccountShell ctx={ctx} title={title}>
      <p class="account-lead">{body}</p>
      <form method="post" action={action} class="account-form">
        <button type="submit" class="button button-primary">
          {button}
        </button>
      </form>
    </AccountShell>
  );
}
