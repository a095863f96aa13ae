/**
 * The plain data the feed and sitemap builders take. Everything is already decided and absolute:
 * URLs carry the site's origin, `contentHtml` holds only what an anonymous reader may read.
 */
export interface FeedLinks {
  /** The HTML page the feed mirrors (the front page, a section, a tag, an author). */
  page: string;
  rss: string;
  atom: string;
  json: string;
}

export interface FeedChannel {
  /** Stable identity of the feed (the Atom feed id): the address of the page it mirrors. */
  id: string;
  title: string;
  description: string;
  /** BCP 47 language of the feed's articles. */
  language: string;
  links: FeedLinks;
  /** ISO 8601: the newest change among the entries (or now, for an empty feed). */
  updated: string;
  /** The outlet: the feed's author and publisher. */
  publisher: { name: string; url: string };
  /** An absolute URL of the outlet's small square icon (Atom `icon`, JSON Feed `favicon`; RSS wants GIF, JPEG or PNG, so not there). */
  icon?: string;
}

export interface FeedPerson {
  name: string;
  url?: string;
}

export interface FeedImage {
  url: string;
  type: string;
  alt: string;
  width?: number;
  height?: number;
}

export interface FeedEntry {
  /** Stable across edits and slug changes: a `tag:` URI built from the post's id. */
  id: string;
  url: string;
  title: string;
  /** Plain text: the dek, or the opening of the preview. Never text after the cut. */
  summary: string;
  /** HTML: the whole article when it is public, else only the preview and a link to the article. */
  contentHtml: string;
  /** True when `contentHtml` holds only the preview of a gated article. */
  isPreview: boolean;
  access: 'public' | 'registered' | 'paid';
  language: string;
  publishedAt: string;
  updatedAt: string;
  authors: FeedPerson[];
  categories: string[];
  image?: FeedImage;
}

/** One `<url>` of a sitemap: `loc` absolute, `lastmod` ISO 8601, alternates for translations. */
export interface SitemapUrl {
  loc: string;
  lastmod?: string;
  alternates?: { hreflang: string; href: string }[];
}

/** One `<sitemap>` of a sitemap index. */
export interface SitemapRef {
  loc: string;
  lastmod?: string;
}

/** One article of a Google News sitemap. */
export interface NewsUrl {
  loc: string;
  publicationName: string;
  language: string;
  publishedAt: string;
  title: string;
}
