import type { SiteContext } from '../site-context.js';
import { paths } from '../site-context.js';
import { localName } from '../i18n.js';

export function SiteFooter({ ctx }: { ctx: SiteContext }) {
  const year = new Date().getUTCFullYear();
  return (
    <footer class="site-footer">
      <div class="footer-inner">
        <div>
          <p class="footer-name">{ctx.language === 'ar' ? ctx.siteNameAr : ctx.siteName}</p>
          <p>{ctx.t('footerAbout')}</p>
        </div>
        <nav aria-label={ctx.t('sections')}>
          <ul>
            {ctx.sections.map((s) => (
              <li key={s.id}>
                <a href={paths.section(ctx.prefix, s.slug)}>{localName(s, ctx.language)}</a>
              </li>
            ))}
          </ul>
        </nav>
        <ul class="footer-links">
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
      </div>
      <p class="copyright">
        © {year} {ctx.siteName}
      </p>
    </footer>
  );
}
