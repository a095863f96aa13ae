import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database-handle.js';
import { listNewsletters, setMemberNewsletters, subscribedNewsletterIds } from '../../modules/newsletters/index.js';
import type { AccountKit } from '../account/account-kit.js';
import { accountPaths, withNext } from '../account/account-paths.js';
import { CsrfField } from '../account/account-shell.js';
import { FORM_RATE_LIMIT } from '../account/form-body.js';
import type { SiteContext } from '../site-context.js';
import { newsletterText } from './newsletter-strings.js';

export interface NewsletterChoice {
  id: string;
  slug: string;
  name: string;
  description: string;
  subscribed: boolean;
  /** Paid-only newsletters are offered to paying members only. */
  available: boolean;
}

/** The newsletters a member can choose from on the account page, with their current choices. */
export async function newsletterChoices(db: Db, email: string | null, paid: boolean): Promise<NewsletterChoice[]> {
  const [all, mine] = await Promise.all([listNewsletters(db), email ? subscribedNewsletterIds(db, email) : Promise.resolve([])]);
  return all.map((n) => ({ id: n.id, slug: n.slug, name: n.name, description: n.description, subscribed: mine.includes(n.id), available: n.audience !== 'paid' || paid }));
}

export const newslettersPath = (prefix: string): string => `${prefix}/account/newsletters`;

/** The account page's newsletter section: one checkbox per newsletter, one save button. */
export function AccountNewsletters({ ctx, csrf, choices }: { ctx: SiteContext; csrf: string; choices: NewsletterChoice[] }) {
  if (choices.length === 0) return null;
  const s = newsletterText(ctx.language);
  return (
    <section class="account-section" aria-labelledby="newsletters-heading">
      <h2 id="newsletters-heading">{s('title')}</h2>
      <form class="account-form" method="post" action={newslettersPath(ctx.prefix)}>
        <CsrfField token={csrf} />
        <fieldset class="newsletter-choices">
          <legend class="visually-hidden">{s('choose')}</legend>
          {choices.map((n) => (
            <div class="newsletter-choice" key={n.id}>
              <input type="checkbox" id={`account-nl-${n.slug}`} name="newsletter" value={n.id} checked={n.subscribed} disabled={!n.available} />
              <label for={`account-nl-${n.slug}`}>
                <strong>{n.name}</strong>
                {n.description ? <span class="newsletter-description">{n.description}</span> : null}
                {!n.available ? <span class="newsletter-description">{s('paid')}</span> : null}
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit">{s('save')}</button>
      </form>
    </section>
  );
}

const BODY = {
  type: 'object',
  properties: { _csrf: { type: 'string', maxLength: 100 }, newsletter: { anyOf: [{ type: 'string', maxLength: 40 }, { type: 'array', maxItems: 50, items: { type: 'string', maxLength: 40 } }] } },
  additionalProperties: false,
} as const;

/** Saves a signed-in member's newsletter choices; the address is verified, so no double opt-in. */
export function accountNewsletterRoutes(app: FastifyInstance, kit: AccountKit, prefix: string): void {
  app.post(newslettersPath(prefix), { config: { rateLimit: FORM_RATE_LIMIT }, preHandler: kit.checkCsrf, schema: { body: BODY } }, async (request, reply) => {
    const signedIn = await kit.signedIn(request);
    if (!signedIn || !signedIn.member.email) return reply.redirect(withNext(accountPaths.signIn(prefix), accountPaths.account(prefix)), 303);
    const body = request.body as { newsletter?: string | string[] };
    const chosen = Array.isArray(body.newsletter) ? body.newsletter : body.newsletter ? [body.newsletter] : [];
    await setMemberNewsletters(kit.deps, { id: signedIn.member.id, email: signedIn.member.email, language: signedIn.member.language, paid: signedIn.viewer.paid }, chosen);
    return reply.redirect(`${accountPaths.account(prefix)}?done=newsletters`, 303);
  });
}
