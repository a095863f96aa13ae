import type { PostSummary } from '../../modules/content/index.js';
import type { SiteContext } from '../site-context.js';
import { paths } from '../site-context.js';
import { Kicker, Timestamp } from './article-meta.js';
import { ResponsiveImage } from './responsive-image.js';
import { localName } from '../i18n.js';

export type CardVariant = 'lead' | 'standard' | 'compact';

const SIZES: Record<CardVariant, string> = {
  lead: '(min-width: 64rem) 40rem, 100vw',
  standard: '(min-width: 64rem) 20rem, (min-width: 40rem) 45vw, 100vw',
  compact: '8rem',
};

/**
 * One article in a list. The headline is the link; the card's language and direction follow the
 * article's, so an Arabic story in an English list still reads right to left.
 */
export function ArticleCard({ ctx, post, variant = 'standard', headingLevel = 3, showImage = true }: { ctx: SiteContext; post: PostSummary; variant?: CardVariant; headingLevel?: 2 | 3; showImage?: boolean }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const own = post.language !== ctx.language;
  return (
    <article class={`card card-${variant}`} lang={own ? post.language : undefined} dir={own ? post.direction : undefined}>
      {showImage && post.leadImage ? (
        <div class="card-media">
          <ResponsiveImage image={post.leadImage} sizes={SIZES[variant]} eager={variant === 'lead'} />
        </div>
      ) : null}
      <div class="card-text">
        <Kicker ctx={ctx} post={post} />
        <Heading class="card-title">
          <a href={paths.article(post.slug)}>{post.title}</a>
        </Heading>
        {variant !== 'compact' && post.dek ? <p class="card-dek">{post.dek}</p> : null}
        <p class="card-meta">
          {post.authors.length ? <span class="card-authors">{post.authors.map((a) => localName(a, ctx.language)).join(', ')}</span> : null}
          {post.publishedAt ? <Timestamp ctx={ctx} iso={post.publishedAt} /> : null}
        </p>
      </div>
    </article>
  );
}

export function ArticleList({ ctx, posts, variant = 'standard', headingLevel = 3 }: { ctx: SiteContext; posts: PostSummary[]; variant?: CardVariant; headingLevel?: 2 | 3 }) {
  if (posts.length === 0) return <p class="empty">{ctx.t('noArticles')}</p>;
  return (
    <ul class={`article-list article-list-${variant}`}>
      {posts.map((p) => (
        <li key={p.id}>
          <ArticleCard ctx={ctx} post={p} variant={variant} headingLevel={headingLevel} />
        </li>
      ))}
    </ul>
  );
}
