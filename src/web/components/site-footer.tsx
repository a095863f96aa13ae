import type { SiteContext } from '../site-context.js';
import { paths } from '../site-context.js';
import { localName } from '../i18n.js';

/** The outlet's name and mission, the sections again and the standing pages; its navigation is named apart from the masthead's. */
export function SiteFooter({ ctx }: { ctx: SiteContext }) {
  const year = new Date().getUTCFullYear();
  const name = ctx.language === 'ar' ? ctx.siteNameAr : ctx.siteName;
  return (
    <footer class="site-footer">
      <div class="footer-inner">
        <div class="footer-about">
          <p class="footer-name">{name}</p>
          <p>{ctx.t('footerAbout')}</p>
        </div>
        <nav class="footer-nav" aria-label={ctx.t('siteIndex')}>
          <ul>
            {ctx.sections.map((s) => (
              <li key={s.id}>
                <a href={paths.section(ctx.prefix, s.slug)}>{localName(s, ctx.language)}</a>
              </li>
            ))}
          </ul>
          <ul>
            <li>
              <a href="/about">{ctx.t('about')}</a>
            </li>
            <li>
              <a href={paths.archive(ctx.prefix)}>{ctx.t('archive')}</a>
            </li>
            <li>
              <a href="/feed.xml">{ctx.t('feeds')}</a>
            </li>
          </ul>
        </nav>
      </div>
      <p class="copyright">
        © {year} {name}
      </p>
    </footer>
  );
}
