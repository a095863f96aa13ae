import { decideAccess } from '../access/index.js';
import { escapeHtml, renderBlocksHtml, renderBlocksText, splitAtCut, withoutCut, type FeedBody, type PostSummary } from '../content/index.js';
import { imageSources } from '../media/index.js';
import type { FeedEntry, FeedImage } from './feed-types.js';

/** A published article as a feed needs it: its summary plus body, preview length and tags. */
export type FeedArticle = PostSummary & FeedBody & { publishedAt: string };

export interface EntryLinks {
  /** The site's origin, e.g. `https://ledger.example`: relative URLs in bodies are made absolute against it. */
  origin: string;
  /** Absolute URL of the article page. */
  url: string;
  /** Absolute URL of an author's page. */
  authorUrl: (slug: string) => string;
  /** The words of the link that ends a preview ("Continue reading on The Levant Ledger"). */
  readMore: string;
  /** A section's, tag's or author's name in the feed's language. */
  localName: (item: { name: string; names: Record<string, string> }) => string;
}

/**
 * Relative `href`, `src` and `srcset` URLs made absolute: feed readers show the HTML away from
 * the site, where `/media/...` would point nowhere. The renderer escapes attribute values, so a
 * quoted attribute cannot be faked by article text.
 */
export function absolutizeHtml(html: string, origin: string): string {
  return html
    .replace(/ (href|src)="\/(?!\/)/g, ` $1="${origin}/`)
    .replace(/ srcset="([^"]*)"/g, (_m, set: string) => ` srcset="${set.replace(/(^|,\s*)\/(?!\/)/g, `$1${origin}/`)}"`);
}

/** A stable, globally unique id (RFC 4151 tag URI) from the site's host, the year of first publication and the post id. */
export const entryId = (origin: string, post: { id: string; publishedAt: string }): string =>
  `tag:${new URL(origin).hostname},${post.publishedAt.slice(0, 4)}:post:${post.id}`;

/** The lead image's single-file fallback (the JPEG) with its own dimensions: what feed readers download. */
function leadImageOf(article: FeedArticle, origin: string): FeedImage | undefined {
  const lead = article.leadImage;
  if (!lead) return undefined;
  const { src } = imageSources(lead);
  const variant = lead.variants.find((v) => src.endsWith(`/${v.file}`));
  if (!src || !variant) return undefined;
  return {
    url: origin + src,
    type: variant.format === 'webp' ? 'image/webp' : 'image/jpeg',
    alt: lead.alt,
    width: variant.width,
    height: Math.round((lead.height * variant.width) / lead.width),
  };
}

const SUMMARY_CHARS = 300;

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 40))}…`;
}

/**
 * One feed entry for an anonymous reader, decided by the same paywall function as the web page:
 * a public article in full; a gated one as its preview (the blocks before the cut) and a link to
 * the article. The blocks after the cut are never rendered here, so they cannot reach a feed.
 */
export function feedEntryFor(article: FeedArticle, links: EntryLinks): FeedEntry {
  const decision = decideAccess({ kind: 'anonymous' }, { access: article.access }, null);
  const { preview } = splitAtCut(article.body, article.previewParagraphs);
  const blocks = decision.show === 'full' ? withoutCut(article.body) : preview;
  let html = '';
  const image = leadImageOf(article, links.origin);
  if (article.leadImage && image) {
    const lead = article.leadImage;
    const caption = [lead.caption && `<span class="caption-text">${escapeHtml(lead.caption)}</span>`, lead.credit && `<span class="credit">${escapeHtml(lead.credit)}</span>`].filter(Boolean).join(' ');
    html += `<figure><img src="${escapeHtml(image.url)}" alt="${escapeHtml(lead.alt)}" width="${image.width}" height="${image.height}">${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
  }
  html += absolutizeHtml(renderBlocksHtml(blocks), links.origin);
  if (decision.show === 'preview') html += `<p><a href="${escapeHtml(links.url)}">${escapeHtml(links.readMore)}</a></p>`;
  const categories = [...(article.section ? [links.localName(article.section)] : []), ...article.tags.map((t) => links.localName(t))];
  return {
    id: entryId(links.origin, article),
    url: links.url,
    title: article.title,
    summary: article.dek || shorten(renderBlocksText(preview), SUMMARY_CHARS),
    contentHtml: html,
    isPreview: decision.show === 'preview',
    access: article.access,
    language: article.language,
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt,
    authors: article.authors.map((a) => ({ name: links.localName(a), url: links.authorUrl(a.slug) })),
    categories: [...new Set(categories)],
    image,
  };
}
