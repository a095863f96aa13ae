import { rfc3339 } from './feed-dates.js';
import type { NewsUrl, SitemapRef, SitemapUrl } from './feed-types.js';
import { attributes, element, escapeXml } from './xml-escape.js';

/** The sitemaps protocol's limits for one file. */
export const SITEMAP_MAX_URLS = 50_000;
export const SITEMAP_MAX_BYTES = 50 * 1024 * 1024;
export const SITEMAP_MAX_LOC = 2048;
/** Google News reads at most this many articles from one news sitemap. */
export const NEWS_SITEMAP_MAX_URLS = 1000;

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';
const PROLOG = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** A `<loc>` the protocol accepts: absolute http(s) and at most 2,048 characters. */
export const isValidLoc = (loc: string): boolean => loc.length <= SITEMAP_MAX_LOC && /^https?:\/\/[^/\s]+/.test(loc);

function checkSize(kind: string, count: number, max: number, xml: string): string {
  if (count > max) throw new RangeError(`A ${kind} may hold at most ${max} entries, got ${count}: page it`);
  if (Buffer.byteLength(xml) > SITEMAP_MAX_BYTES) throw new RangeError(`A ${kind} may be at most 50 MB: use smaller pages`);
  return xml;
}

/**
 * A `<urlset>` sitemap. URLs that break the protocol (relative, or longer than 2,048 characters)
 * are left out rather than making the whole file invalid; more than 50,000 URLs or 50 MB is a
 * paging mistake in the caller and throws. Translations become `xhtml:link` alternates.
 */
export function buildUrlset(urls: SitemapUrl[]): string {
  const valid = urls.filter((u) => isValidLoc(u.loc));
  const withAlternates = valid.some((u) => u.alternates?.length);
  const ns = attributes({ xmlns: SITEMAP_NS, 'xmlns:xhtml': withAlternates ? XHTML_NS : undefined });
  let body = '';
  for (const u of valid) {
    body += `<url>${element('loc', u.loc)}${u.lastmod ? element('lastmod', rfc3339(u.lastmod)) : ''}`;
    for (const a of u.alternates ?? []) if (isValidLoc(a.href)) body += `<xhtml:link${attributes({ rel: 'alternate', hreflang: a.hreflang, href: a.href })}/>`;
    body += '</url>\n';
  }
  return checkSize('sitemap', valid.length, SITEMAP_MAX_URLS, `${PROLOG}<urlset${ns}>\n${body}</urlset>\n`);
}

/** A `<sitemapindex>` naming each sitemap file with its newest change. */
export function buildSitemapIndex(sitemaps: SitemapRef[]): string {
  const body = sitemaps
    .filter((s) => isValidLoc(s.loc))
    .map((s) => `<sitemap>${element('loc', s.loc)}${s.lastmod ? element('lastmod', rfc3339(s.lastmod)) : ''}</sitemap>\n`)
    .join('');
  return checkSize('sitemap index', sitemaps.length, SITEMAP_MAX_URLS, `${PROLOG}<sitemapindex${attributes({ xmlns: SITEMAP_NS })}>\n${body}</sitemapindex>\n`);
}

/**
 * Google News wants ISO 639 codes (`en`, `ar`), except Chinese, which it wants as zh-cn / zh-tw.
 */
export function newsLanguage(language: string): string {
  const lower = language.toLowerCase();
  if (lower.startsWith('zh')) return /hant|tw|hk|mo/.test(lower) ? 'zh-tw' : 'zh-cn';
  return lower.split('-')[0]!;
}

/**
 * A Google News sitemap: the caller passes the articles of the last two days, newest first; at
 * most 1,000 are written. Each names the publication and language, the publication date and
 * the headline: never any article text.
 */
export function buildNewsSitemap(urls: NewsUrl[]): string {
  const kept = urls.filter((u) => isValidLoc(u.loc)).slice(0, NEWS_SITEMAP_MAX_URLS);
  const body = kept
    .map(
      (u) =>
        `<url>${element('loc', u.loc)}<news:news><news:publication>${element('news:name', u.publicationName)}${element('news:language', newsLanguage(u.language))}</news:publication>` +
        `${element('news:publication_date', rfc3339(u.publishedAt))}<news:title>${escapeXml(u.title)}</news:title></news:news></url>\n`,
    )
    .join('');
  return checkSize('news sitemap', kept.length, NEWS_SITEMAP_MAX_URLS, `${PROLOG}<urlset${attributes({ xmlns: SITEMAP_NS, 'xmlns:news': NEWS_NS })}>\n${body}</urlset>\n`);
}
