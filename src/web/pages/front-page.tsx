import type { PostSummary, Section } from '../../modules/content/index.js';
import { ArticleCard, ArticleList } from '../components/article-card.js';
import { DocumentShell } from '../components/document-shell.js';
import { localName } from '../i18n.js';
import { JsonLd, SocialTags } from '../seo.js';
import type { SiteContext } from '../site-context.js';
import { paths } from '../site-context.js';

export interface FrontPageProps {
  ctx: SiteContext;
  top: PostSummary | null;
  secondary: PostSummary[];
  latest: PostSummary[];
  analysis: PostSummary[];
  memos: PostSummary[];
  bySection: { section: Section; posts: PostSummary[] }[];
}

/**
 * Chooses each block's stories so a reader scanning the page does not meet the same headline
 * twice: the top stories never reappear, and a later block prefers stories not yet shown,
 * topping up with shown ones only to fill its row. The chronological "Latest" column is exempt.
 */
function storyPicker(top: PostSummary | null, secondary: PostSummary[]) {
  const prominent = new Set<string>([...(top ? [top.id] : []), ...secondary.map((p) => p.id)]);
  const shown = new Set<string>();
  return (posts: PostSummary[], limit = 4): PostSummary[] => {
    const eligible = posts.filter((p) => !prominent.has(p.id));
    const preferred = [...eligible.filter((p) => !shown.has(p.id)), ...eligible.filter((p) => shown.has(p.id))].slice(0, limit);
    const chosen = eligible.filter((p) => preferred.includes(p));
    for (const p of chosen) shown.add(p.id);
    return chosen;
  };
}

/** The front page: the top story and two more beside the latest-news column, then analysis, briefings and one block per section. */
export function FrontPage({ ctx, top, secondary, latest, analysis: allAnalysis, memos: allMemos, bySection: allSections }: FrontPageProps) {
  const url = ctx.publicUrl + paths.home(ctx.prefix);
  const name = ctx.language === 'ar' ? ctx.siteNameAr : ctx.siteName;
  const pick = storyPicker(top, secondary);
  const analysis = pick(allAnalysis);
  const memos = pick(allMemos);
  const bySection = allSections.map(({ section, posts }) => ({ section, posts: pick(posts) }));
  return (
    <DocumentShell
      ctx={ctx}
      meta={{
        title: `${name} — ${ctx.t('tagline')}`,
        description: ctx.t('footerAbout'),
        canonical: url,
        head: (
          <>
            <SocialTags ctx={ctx} title={name} description={ctx.t('footerAbout')} url={url} type="website" language={ctx.language} />
            <link rel="alternate" hrefLang="en" href={ctx.publicUrl + '/'} />
            <link rel="alternate" hrefLang="ar" href={ctx.publicUrl + '/ar'} />
            <JsonLd data={{ '@context': 'https://schema.org', '@type': 'NewsMediaOrganization', name: ctx.siteName, alternateName: ctx.siteNameAr, url: ctx.publicUrl }} />
          </>
        ),
      }}
    >
      <h1 class="visually-hidden">{name}</h1>
      <div class="front-grid">
        <section class="front-top" aria-label={ctx.t('latest')}>
          {top ? <ArticleCard ctx={ctx} post={top} variant="lead" headingLevel={2} /> : <p class="empty">{ctx.t('noArticles')}</p>}
          {secondary.length ? <ArticleList ctx={ctx} posts={secondary} variant="standard" /> : null}
        </section>
        <section class="front-latest" aria-labelledby="latest-heading">
          <h2 id="latest-heading" class="block-heading">
            {ctx.t('latestNews')}
          </h2>
          <ArticleList ctx={ctx} posts={latest} variant="compact" />
        </section>
      </div>
      {analysis.length ? (
        <section class="front-block front-analysis" aria-labelledby="analysis-heading">
          <h2 id="analysis-heading" class="block-heading">
            {ctx.t('analysis')}
          </h2>
          <ArticleList ctx={ctx} posts={analysis} variant="standard" />
        </section>
      ) : null}
      {memos.length ? (
        <section class="front-block front-memos" aria-labelledby="memos-heading">
          <h2 id="memos-heading" class="block-heading">
            {ctx.t('memosAndReports')}
          </h2>
          <ArticleList ctx={ctx} posts={memos} variant="standard" showImages={false} />
        </section>
      ) : null}
      {bySection.map(({ section, posts }) =>
        posts.length ? (
          <section key={section.id} class="front-block front-section" aria-labelledby={`section-${section.slug}`}>
            <h2 id={`section-${section.slug}`} class="block-heading">
              <a href={paths.section(ctx.prefix, section.slug)}>{localName(section, ctx.language)}</a>
            </h2>
            <ArticleList ctx={ctx} posts={posts} variant="standard" />
          </section>
        ) : null,
      )}
    </DocumentShell>
  );
}
