import { rfc822 } from './feed-dates.js';
import type { FeedChannel, FeedEntry } from './feed-types.js';
import { attributes, element, escapeXml } from './xml-escape.js';

const NAMESPACES = {
  version: '2.0',
  'xmlns:atom': 'http://www.w3.org/2005/Atom',
  'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
  'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
  'xmlns:media': 'http://search.yahoo.com/mrss/',
};

function item(entry: FeedEntry): string {
  const parts = [
    element('title', entry.title),
    element('link', entry.url),
    `<guid isPermaLink="false">${escapeXml(entry.id)}</guid>`,
    element('pubDate', rfc822(entry.publishedAt)),
    element('description', entry.summary),
    element('content:encoded', entry.contentHtml),
    ...entry.authors.map((a) => element('dc:creator', a.name)),
    ...entry.categories.map((c) => element('category', c)),
  ];
  if (entry.image) {
    const { url, type, width, height, alt } = entry.image;
    parts.push(`<media:content${attributes({ url, type, medium: 'image', width, height })}>${alt ? `<media:description type="plain">${escapeXml(alt)}</media:description>` : ''}</media:content>`);
  }
  return `<item>${parts.join('')}</item>`;
}

/**
 * An RSS 2.0 document. Required channel elements (title, link, description) always appear; items
 * carry a non-permalink guid that survives slug changes, an RFC 822 pubDate, the dek as
 * description and the HTML in `content:encoded`. Authors go in `dc:creator`, because RSS's own
 * `<author>` must be an email address.
 */
export function buildRss(channel: FeedChannel, entries: FeedEntry[]): string {
  const head = [
    element('title', channel.title),
    element('link', channel.links.page),
    element('description', channel.description),
    element('language', channel.language),
    element('lastBuildDate', rfc822(channel.updated)),
    element('generator', 'Dateline'),
    `<atom:link${attributes({ href: channel.links.rss, rel: 'self', type: 'application/rss+xml' })}/>`,
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss${attributes(NAMESPACES)}><channel>${head.join('')}${entries.map(item).join('')}</channel></rss>\n`;
}
