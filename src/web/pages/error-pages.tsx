import type { PostSummary } from '../../modules/content/index.js';
import { ArticleList } from '../components/article-card.js';
import { DocumentShell } from '../components/document-shell.js';
import type { SiteContext } from '../site-context.js';
import { paths } from '../site-context.js';

/** A 404 that helps: a search box and the latest stories. */
export function NotFoundPage({ ctx, latest }: { ctx: SiteContext; latest: PostSummary[] }) {
  return (
    <DocumentShell ctx={ctx} meta={{ title: `${ctx.t('pageNotFound')} | ${ctx.siteName}`, description: ctx.t('notFoundHelp'), canonical: ctx.publicUrl + '/', noindex: true }}>
      <div class="error-page">
        <h1>{ctx.t('pageNotFound')}</h1>
        <p>{ctx.t('notFoundHelp')}</p>
        <form class="search-form" role="search" action={paths.search(ctx.prefix)} method="get">
          <label for="notfound-q">{ctx.t('searchLabel')}</label>
          <div class="search-row">
            <input id="notfound-q" type="search" name="q" />
            <button type="submit">{ctx.t('search')}</button>
          </div>
        </form>
        {latest.length ? (
          <section aria-labelledby="nf-latest">
            <h2 id="nf-latest">{ctx.t('latestNews')}</h2>
            <ArticleList ctx={ctx} posts={latest} variant="compact" />
          </section>
        ) : null}
        <p>
          <a href={paths.home(ctx.prefix)}>{ctx.t('backHome')}</a>
        </p>
      </div>
    </DocumentShell>
  );
}

/** A 500 that leaks nothing: no message, no stack, no request details; just a way back. */
export function ServerErrorPage({ ctx }: { ctx: SiteContext }) {
  return (
    <DocumentShell ctx={ctx} meta={{ title: `${ctx.t('serverError')} | ${ctx.siteName}`, description: ctx.t('serverErrorHelp'), canonical: ctx.publicUrl + '/', noindex: true }}>
      <div class="error-page">
        <h1>{ctx.t('serverError')}</h1>
        <p>{ctx.t('serverErrorHelp')}</p>
        <p>
          <a href={paths.home(ctx.prefix)}>{ctx.t('backHome')}</a>
        </p>
      </div>
    </DocumentShell>
  );
}
