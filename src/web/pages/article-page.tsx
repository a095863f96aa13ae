import { escapeHtml, type Post, type PostSummary, type TranslationLink } from '../../modules/content/index.js';
import { imageSources } from '../../modules/media/index.js';
import { DocumentShell } from '../components/document-shell.js';
import { Byline, Kicker, Timestamp } from '../components/article-meta.js';
import { LeadFigure } from '../components/responsive-image.js';
import { PaywallPrompt } from '../components/paywall-prompt.js';
import { ArticleList } from '../components/article-card.js';
import { HreflangLinks, TranslationLinks } from '../components/translation-links.js';
import { localName } from '../i18n.js';
import { articleJsonLd, GATED_SELECTOR, JsonLd, SocialTags } from '../seo.js';
import type { SiteContext } from '../site-context.js';
import { paths } from '../site-context.js';

export interface ArticlePageProps {
  ctx: SiteContext;
  post: Post;
  /** The rendered body the viewer may see: the whole text, or only the preview. */
  bodyHtml: string;
  /** For entitled readers of a gated article: the part after the cut, rendered separately so it can be marked. */
  gatedHtml: string | null;
  wall: 'registration' | 'subscription' | 'upgrade' | null;
  related: PostSummary[];
  /** The article's other language versions: linked visibly and as hreflang alternates. */
  translations?: TranslationLink[];
}

/** Sets the dateline ("BEIRUT —") at the start of the first paragraph, isolated so a Latin place name sits right in Arabic text. */
export function withDateline(dateline: string, html: string): string {
  if (!dateline) return html;
  const mark = `<span class="dateline"><bdi>${escapeHtml(dateline)}</bdi> —</span> `;
  return html.startsWith('<p>') ? `<p>${mark}${html.slice(3)}` : `<p>${mark}</p>${html}`;
}

/** "4 min read", in the reader's plural form and digits (Arabic has distinct forms for one, two and three to ten). */
export function readingTime(ctx: SiteContext, words: number): string {
  const n = Math.max(1, Math.round(words / 230));
  const locale = ctx.language === 'ar' ? 'ar-EG' : ctx.language;
  const form = new Intl.PluralRules(locale).select(n);
  const key = form === 'one' ? 'minReadOne' : form === 'two' ? 'minReadTwo' : form === 'few' ? 'minReadFew' : 'minRead';
  return ctx.t(key, { n: new Intl.NumberFormat(locale).format(n) });
}

export function ArticlePage({ ctx, post, bodyHtml, gatedHtml, wall, related, translations = [] }: ArticlePageProps) {
  const url = ctx.publicUrl + paths.article(post.slug);
  const description = post.seoDescription || post.dek;
  const image = post.leadImage ? { ...imageSources(post.leadImage), alt: post.leadImage.alt } : undefined;
  const updated = post.publishedAt && post.updatedAt > post.publishedAt ? post.updatedAt : null;
  const isPage = post.type === 'page';
  return (
    <DocumentShell
      ctx={ctx}
      meta={{
        title: `${post.seoTitle || post.title} | ${ctx.language === 'ar' ? ctx.siteNameAr : ctx.siteName}`,
        description,
        canonical: url,
        head: (
          <>
            <SocialTags ctx={ctx} title={post.seoTitle || post.title} description={description} url={url} image={image} type="article" publishedAt={post.publishedAt} updatedAt={post.updatedAt} language={post.language} />
            {isPage ? null : <JsonLd data={articleJsonLd(ctx, post, url)} />}
            <HreflangLinks ctx={ctx} self={post} translations={translations} />
          </>
        ),
      }}
    >
      <article class={`article article-${post.type}`}>
        <header class="article-header">
          {isPage ? null : <Kicker ctx={ctx} post={post} />}
          <h1 class="headline">{post.title}</h1>
          {post.dek ? <p class="dek">{post.dek}</p> : null}
          <TranslationLinks ctx={ctx} translations={translations} />
          {isPage ? null : (
            <div class="article-meta">
              <Byline ctx={ctx} authors={post.authors} />
              <p class="times">
                {post.publishedAt ? (
                  <span>
                    {ctx.t('published')} <Timestamp ctx={ctx} iso={post.publishedAt} withTime />
                  </span>
                ) : null}
                {updated ? (
                  <span>
                    {ctx.t('updated')} <Timestamp ctx={ctx} iso={updated} withTime />
                  </span>
                ) : null}
                <span>{readingTime(ctx, post.wordCount)}</span>
              </p>
            </div>
          )}
        </header>
        {post.leadImage ? <LeadFigure image={post.leadImage} creditLabel={ctx.t('photo')} /> : null}
        <div class="article-body">
          <div class="body-open" dangerouslySetInnerHTML={{ __html: withDateline(post.dateline, bodyHtml) }} />
          {gatedHtml !== null ? <div class={GATED_SELECTOR.slice(1)} dangerouslySetInnerHTML={{ __html: gatedHtml }} /> : null}
        </div>
        {wall ? (
          <div class={GATED_SELECTOR.slice(1)}>
            <PaywallPrompt ctx={ctx} wall={wall} returnTo={paths.article(post.slug)} />
          </div>
        ) : null}
        {post.corrections.length ? (
          <section class="corrections" aria-labelledby="corrections-heading">
            <h2 id="corrections-heading">{ctx.t('corrections')}</h2>
            <ul>
              {post.corrections.map((c) => (
                <li key={c.id}>
                  <strong>{c.kind === 'correction' ? ctx.t('correction') : ctx.t('update')}</strong> (<Timestamp ctx={ctx} iso={c.createdAt} />): {c.text}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {post.tags.length ? (
          <nav class="article-tags" aria-label={ctx.t('tags')}>
            <h2 class="visually-hidden">{ctx.t('tags')}</h2>
            <ul>
              {post.tags.map((tag) => (
                <li key={tag.id}>
                  <a href={paths.tag(ctx.prefix, tag.slug)} class={`tag tag-${tag.kind}`}>
                    {localName(tag, ctx.language)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </article>
      {related.length ? (
        <aside class="related" aria-labelledby="related-heading">
          <h2 id="related-heading">{ctx.t('related')}</h2>
          <ArticleList ctx={ctx} posts={related} variant="compact" />
        </aside>
      ) : null}
    </DocumentShell>
  );
}
