import type { SiteContext } from '../site-context.js';
import { paths } from '../site-context.js';
import { localName } from '../i18n.js';

/**
 * The outlet's name, the edition switch, search and the section navigation. A plain GET form and
 * plain links, so all of it works without JavaScript; on narrow screens the section list scrolls
 * sideways rather than wrapping into a wall of links.
 */
export function Masthead({ ctx }: { ctx: SiteContext }) {
  const other = ctx.prefix === '/ar' ? '/' : '/ar';
  const otherLang = ctx.prefix === '/ar' ? 'en' : 'ar';
  return (
    <header class="masthead">
      <div class="masthead-bar">
        <a class="edition-switch" href={other} lang={otherLang} hrefLang={otherLang} aria-label={ctx.t('otherLanguageLabel')}>
          {ctx.t('otherLanguage')}
        </a>
        {/* One link for everyone (the page is cached for all readers): /account signs in whoever is not signed in. */}
        <a class="account-link" href={`${ctx.prefix}/account`}>
          {ctx.t('account')}
        </a>
        <form class="masthead-search" role="search" action={paths.search(ctx.prefix)} method="get">
          <label class="visually-hidden" for="masthead-q">
            {ctx.t('searchLabel')}
          </label>
          <input id="masthead-q" type="search" name="q" placeholder={ctx.t('searchPlaceholder')} />
          <button type="submit">{ctx.t('search')}</button>
        </form>
      </div>
      <div class="masthead-brand">
        <a class="site-name" href={paths.home(ctx.prefix)}>
          {ctx.language === 'ar' ? ctx.siteNameAr : ctx.siteName}
        </a>
        <p class="tagline">{ctx.t('tagline')}</p>
      </div>
      <nav class="section-nav" aria-label={ctx.t('sections')}>
        <ul>
          <li>
            <a href={paths.home(ctx.prefix)}>{ctx.t('home')}</a>
          </li>
          {ctx.sections.map((s) => (
            <li key={s.id}>
              <a href={paths.section(ctx.prefix, s.slug)}>{localName(s, ctx.language)}</a>
            </li>
          ))}
          <li>
            <a href={paths.archive(ctx.prefix)}>{ctx.t('archive')}</a>
          </li>
        </ul>
      </nav>
    </header>
  );
}
