import { rfc3339 } from './feed-dates.js';
import type { FeedChannel, FeedEntry } from './feed-types.js';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

/**
 * A JSON Feed 1.1 document. Items carry `content_html`, `summary`, RFC 3339 dates, authors and
 * tags; `_dateline` (an extension, as the spec allows under a leading underscore) says whether
 * the item holds only the preview of a gated article, so an app can show a lock.
 */
export function buildJsonFeed(channel: FeedChannel, entries: FeedEntry[]): string {
  const feed = {
    version: JSON_FEED_VERSION,
    title: channel.title,
    home_page_url: channel.links.page,
    feed_url: channel.links.json,
    description: channel.description,
    language: channel.language,
    favicon: channel.icon,
    authors: [{ name: channel.publisher.name, url: channel.publisher.url }],
    items: entries.map((e) => ({
      id: e.id,
      url: e.url,
      title: e.title,
      summary: e.summary || undefined,
      content_html: e.contentHtml,
      image: e.image?.url,
      date_published: rfc3339(e.publishedAt),
      date_modified: rfc3339(e.updatedAt),
      authors: e.authors.length ? e.authors.map((a) => ({ name: a.name, url: a.url })) : undefined,
      tags: e.categories.length ? e.categories : undefined,
      language: e.language !== channel.language ? e.language : undefined,
      _dateline: { access: e.access, preview_only: e.isPreview },
    })),
  };
  return `${JSON.stringify(feed, null, 1)}\n`;
}
