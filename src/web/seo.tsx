import type { Post } from '../modules/content/index.js';
import { imageSources } from '../modules/media/index.js';
import type { SiteContext } from './site-context.js';
import { paths } from './site-context.js';

/** JSON for a <script type="application/ld+json">: `<` escaped so the text cannot close the script. */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />;
}

/** The CSS class of the gated part of an article page, named in the JSON-LD `hasPart`. */
export const GATED_SELECTOR = '.paywalled-content';

/**
 * NewsArticle structured data. For a gated article, `isAccessibleForFree: false` and a `hasPart`
 * naming the gated element (Google's markup for subscription content). Only the headline,
 * description and metadata appear: never body text.
 */
export function articleJsonLd(ctx: SiteContext, post: Post, url: string): Record<string, unknown> {
  const image = post.leadImage ? ctx.publicUrl + imageSources(post.leadImage).src : undefined;
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': post.type === 'analysis' ? 'AnalysisNewsArticle' : post.type === 'report' ? 'Report' : 'NewsArticle',
    headline: post.title,
    description: post.seoDescription || post.dek,
    inLanguage: post.language,
    mainEntityOfPage: url,
    url,
    datePublished: post.publishedAt ?? undefined,
    dateModified: post.updatedAt,
    image: image ? [image] : undefined,
    author: post.authors.map((a) => ({ '@type': 'Person', name: a.name, url: ctx.publicUrl + paths.author('', a.slug) })),
    publisher: { '@type': 'NewsMediaOrganization', name: ctx.siteName, url: ctx.publicUrl },
    articleSection: post.section?.name,
    keywords: post.tags.map((t) => t.name).join(', ') || undefined,
    isAccessibleForFree: post.access === 'public',
  };
  if (post.corrections.length) {
    data.correction = post.corrections.map((c) => ({ '@type': 'CorrectionComment', text: c.text, datePublished: c.createdAt }));
  }
  if (post.access !== 'public') {
    data.hasPart = { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: GATED_SELECTOR };
  }
  return data;
}

/** OpenGraph and Twitter card tags: title, description (the dek, never body text), image. */
export function SocialTags({ ctx, title, description, url, image, type, publishedAt, updatedAt, language }: { ctx: SiteContext; title: string; description: string; url: string; image?: { src: string; width: number; height: number; alt: string }; type: 'article' | 'website'; publishedAt?: string | null; updatedAt?: string; language: string }) {
  return (
    <>
      <meta property="og:site_name" content={ctx.siteName} />
      <meta property="og:type" content={type} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={description} />
      <meta property="og:url" content={url} />
      <meta property="og:locale" content={language === 'ar' ? 'ar_AR' : 'en_GB'} />
      {image ? (
        <>
          <meta property="og:image" content={ctx.publicUrl + image.src} />
          <meta property="og:image:width" content={String(image.width)} />
          <meta property="og:image:height" content={String(image.height)} />
          <meta property="og:image:alt" content={image.alt} />
        </>
      ) : null}
      {publishedAt ? <meta property="article:published_time" content={publishedAt} /> : null}
      {updatedAt ? <meta property="article:modified_time" content={updatedAt} /> : null}
      <meta name="twitter:card" content={image ? 'summary_large_image' : 'summary'} />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={description} />
      {image ? <meta name="twitter:image" content={ctx.publicUrl + image.src} /> : null}
    </>
  );
}
