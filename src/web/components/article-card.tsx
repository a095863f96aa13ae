import type { PostSummary } from '../../modules/content/index.js';
import type { SiteContext } from '../site-context.js';
import { paths } from '../site-context.js';
import { Kicker, Timestamp } from './article-meta.js';
import { ResponsiveImage } from './responsive-image.js';
import { localName } from '../i18n.js';

export type CardVariant = 'lead' | 'standard' | 'compact';

/** Rendered widths per variant, matching the grid in site.css, so the browser picks the smallest WebP that is sharp enough. */
const SIZES: Record<CardVariant, string> = {
  lead: '(min-width: 76rem) 50rem, (min-width: 64rem) 64vw, 100vw',
  standard: '(min-width: 64rem) 24rem, (min-width: 40rem) 50vw, 100vw',
  compact: '6rem',
};

/**
 * One article in a list. The headline is the link; the card's language and direction follow the
 * article's, so an Arabic story in an English list still reads right to left. Author names are
 * isolated (<bdi>) so a Latin name in an Arabic list does not reorder the punctuation around it.
 */
export function ArticleCard({ ctx, post, variant = 'standard', headingLevel = 3, showImage = true }: { ctx: SiteContext; post: PostSummary; variant?: CardVariant; headingLevel?: 2 | 3; showImage?: boolean }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const own = post.language !== ctx.language;
  const image = showImage ? post.leadImage : null;
  return (
    <article class={`card card-${variant}${image ? '' : ' card-text-only'}`} lang={own ? post.language : undefined} dir={own ? post.direction : undefined}>
      {image ? (
        <div class="card-media">
          <ResponsiveImage image={image} sizes={SIZES[variant]} eager={variant === 'lead'} />
        </div>
      ) : null}
      <div class="card-text">
        <Kicker ctx={ctx} post={post} />
        <Heading class="card-title">
          <a href={paths.article(post.slug)}>{post.title}</a>
        </Heading>
        {variant !== 'compact' && post.dek ? <p class="card-dek">{post.dek}</p> : null}
        <p class="card-meta">
          {post.authors.length ? (
            <span class="card-authors">
              {post.authors.map((a, i) => (
                <span key={a.id}>
                  {i > 0 ? ', ' : null}
                  <bdi>{localName(a, ctx.language)}</bdi>
                </span>
              ))}
            </span>
          ) : null}
          {post.publishedAt ? <Timestamp ctx={ctx} iso={post.publishedAt} /> : null}
        </p>
      </div>
    </article>
  );
}

/** A list of cards; `showImages: false` makes a text-only list (briefings, the related strip). */
export function ArticleList({ ctx, posts, variant = 'standard', headingLevel = 3, showImages = true }: { ctx: SiteContext; posts: PostSummary[]; variant?: CardVariant; headingLevel?: 2 | 3; showImages?: boolean }) {
  if (posts.length === 0) return <p class="empty">{ctx.t('noArticles')}</p>;
  return (
    <ul class={`article-list article-list-${variant}`}>
      {posts.map((p) => (
        <li key={p.id}>
          <ArticleCard ctx={ctx} post={p} variant={variant} headingLevel={headingLevel} showImage={showImages} />
        </li>
      ))}
    </ul>
  );
}
