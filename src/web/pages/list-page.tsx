import type { ComponentChildren } from 'preact';
import type { PostSummary } from '../../modules/content/index.js';
import { ArticleList } from '../components/article-card.js';
import { DocumentShell } from '../components/document-shell.js';
import { FeedAlternates, feedBaseFor } from '../components/feed-alternates.js';
import { Pagination } from '../components/pagination.js';
import { SocialTags } from '../seo.js';
import type { SiteContext } from '../site-context.js';

export interface ListPageProps {
  ctx: SiteContext;
  title: string;
  kicker?: string;
  description?: string;
  /** Extra content under the heading: an author's photo and bio, archive navigation. */
  intro?: ComponentChildren;
  posts: PostSummary[];
  basePath: string;
  nextCursor: string | null;
  isFirstPage: boolean;
  /** The page's RSS feed as the English edition spells it; the edition prefix is added, and Atom and JSON Feed sit beside it. */
  feedPath?: string;
}

/** Sections, tags, authors and the archive: a heading and a paginated list of articles. */
export function ListPage({ ctx, title, kicker, description, intro, posts, basePath, nextCursor, isFirstPage, feedPath }: ListPageProps) {
  const canonical = ctx.publicUrl + basePath;
  const name = ctx.language === 'ar' ? ctx.siteNameAr : ctx.siteName;
  const summary = description || `${title} — ${name}`;
  return (
    <DocumentShell
      ctx={ctx}
      meta={{
        title: `${title} | ${name}`,
        description: summary,
        canonical,
        noindex: !isFirstPage,
        head: (
          <>
            <SocialTags ctx={ctx} title={title} description={summary} url={canonical} type="website" language={ctx.language} />
            {feedPath ? <FeedAlternates base={feedBaseFor(ctx.prefix, feedPath)} title={title} /> : null}
          </>
        ),
      }}
    >
      <header class="list-header">
        {kicker ? <p class="kicker">{kicker}</p> : null}
        <h1>{title}</h1>
        {description ? <p class="list-description">{description}</p> : null}
        {intro}
      </header>
      <ArticleList ctx={ctx} posts={posts} variant="standard" headingLevel={2} />
      <Pagination ctx={ctx} basePath={basePath} nextCursor={nextCursor} isFirstPage={isFirstPage} />
    </DocumentShell>
  );
}
