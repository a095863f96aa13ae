import type { SiteContext } from '../site-context.js';

/** "Older articles" as a plain link carrying the cursor: works without JavaScript. */
export function Pagination({ ctx, basePath, nextCursor, isFirstPage }: { ctx: SiteContext; basePath: string; nextCursor: string | null; isFirstPage: boolean }) {
  if (!nextCursor && isFirstPage) return null;
  return (
    <nav class="pagination" aria-label={ctx.t('pages')}>
      {!isFirstPage ? (
        <a href={basePath} rel="first">
          {ctx.t('newer')}
        </a>
      ) : (
        <span />
      )}
      {nextCursor ? (
        <a href={`${basePath}?after=${encodeURIComponent(nextCursor)}`} rel="next">
          {ctx.t('older')}
        </a>
      ) : null}
    </nav>
  );
}
