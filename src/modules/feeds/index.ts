/** Feeds and sitemaps: RSS 2.0, Atom, JSON Feed 1.1, sitemaps, Google News sitemap, robots.txt. Pure builders over plain data. */
export type { FeedChannel, FeedEntry, FeedImage, FeedLinks, FeedPerson, NewsUrl, SitemapRef, SitemapUrl } from './feed-types.js';
export { buildRss } from './build-rss.js';
export { buildAtom } from './build-atom.js';
export { buildJsonFeed, JSON_FEED_VERSION } from './build-json-feed.js';
export { buildUrlset, buildSitemapIndex, buildNewsSitemap, newsLanguage, isValidLoc, SITEMAP_MAX_URLS, SITEMAP_MAX_BYTES, SITEMAP_MAX_LOC, NEWS_SITEMAP_MAX_URLS } from './build-sitemaps.js';
export { buildRobotsTxt } from './build-robots-txt.js';
export { feedEntryFor, absolutizeHtml, entryId, type FeedArticle, type EntryLinks } from './feed-entry.js';
export { servedDocument, isNotModified, type ServedDocument } from './conditional-get.js';
export { rfc822, rfc3339 } from './feed-dates.js';
