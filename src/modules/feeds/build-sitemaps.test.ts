import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { all, one, parseXml, textOf } from '../../../test/helpers/xml-document.js';
import { buildNewsSitemap, buildSitemapIndex, buildUrlset, newsLanguage, NEWS_SITEMAP_MAX_URLS, SITEMAP_MAX_URLS } from './build-sitemaps.js';

const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

describe('buildUrlset', () => {
  it('writes absolute locations with W3C datetimes in the sitemaps namespace', () => {
    const doc = parseXml(buildUrlset([
      { loc: 'https://ledger.test/articles/aqaba-deep-water-berth', lastmod: '2026-11-20T11:00:00.000Z' },
      { loc: 'https://ledger.test/section/economy' },
    ]));
    assert.equal(one(doc, 'urlset').attribs.xmlns, 'http://www.sitemaps.org/schemas/sitemap/0.9');
    assert.deepEqual(all(doc, 'loc').map(textOf), ['https://ledger.test/articles/aqaba-deep-water-berth', 'https://ledger.test/section/economy']);
    assert.equal(textOf(one(doc, 'lastmod')), '2026-11-20T11:00:00Z');
    assert.match(textOf(one(doc, 'lastmod')), W3C_DATETIME);
  });

  it('leaves out relative and over-long locations instead of writing an invalid file', () => {
    const doc = parseXml(buildUrlset([{ loc: '/articles/relative' }, { loc: `https://ledger.test/${'a'.repeat(2100)}` }, { loc: 'https://ledger.test/ok' }]));
    assert.deepEqual(all(doc, 'loc').map(textOf), ['https://ledger.test/ok']);
  });

  it('escapes ampersands in locations', () => {
    const xml = buildUrlset([{ loc: 'https://ledger.test/search?q=oil&page=2' }]);
    assert.match(xml, /q=oil&amp;page=2/);
    assert.equal(textOf(one(parseXml(xml), 'loc')), 'https://ledger.test/search?q=oil&page=2');
  });

  it('lists translations as xhtml:link alternates, declaring the namespace', () => {
    const alternates = [
      { hreflang: 'en', href: 'https://ledger.test/articles/beirut-water-pumps' },
      { hreflang: 'ar', href: 'https://ledger.test/articles/beirut-water-pumps-ar' },
    ];
    const doc = parseXml(buildUrlset([{ loc: alternates[0]!.href, alternates }]));
    assert.equal(one(doc, 'urlset').attribs['xmlns:xhtml'], 'http://www.w3.org/1999/xhtml');
    assert.deepEqual(all(doc, 'xhtml:link').map((l) => [l.attribs.rel, l.attribs.hreflang, l.attribs.href]), alternates.map((a) => ['alternate', a.hreflang, a.href]));
  });

  it('refuses more than 50,000 URLs: the caller must page', () => {
    const urls = Array.from({ length: SITEMAP_MAX_URLS + 1 }, (_, i) => ({ loc: `https://ledger.test/articles/a-${i}` }));
    assert.throws(() => buildUrlset(urls), RangeError);
    assert.doesNotThrow(() => buildUrlset(urls.slice(0, SITEMAP_MAX_URLS)));
  });
});

describe('buildSitemapIndex', () => {
  it('names each sitemap with its lastmod', () => {
    const doc = parseXml(buildSitemapIndex([{ loc: 'https://ledger.test/sitemaps/articles-1.xml', lastmod: '2026-11-01T00:00:00.000Z' }, { loc: 'https://ledger.test/sitemaps/news.xml' }]));
    assert.equal(one(doc, 'sitemapindex').attribs.xmlns, 'http://www.sitemaps.org/schemas/sitemap/0.9');
    assert.equal(all(doc, 'sitemap').length, 2);
    assert.equal(textOf(one(doc, 'lastmod')), '2026-11-01T00:00:00Z');
  });
});

describe('buildNewsSitemap', () => {
  const article = { loc: 'https://ledger.test/articles/aqaba-deep-water-berth', publicationName: 'The Levant Ledger', language: 'en', publishedAt: '2026-11-20T09:30:00.000Z', title: 'Aqaba opens a berth & a debate' };

  it('names publication, language, date and title for each article', () => {
    const doc = parseXml(buildNewsSitemap([article, { ...article, loc: 'https://ledger.test/articles/x-ar', publicationName: 'دفتر المشرق', language: 'ar', title: 'عنوان' }]));
    assert.equal(one(doc, 'urlset').attribs['xmlns:news'], 'http://www.google.com/schemas/sitemap-news/0.9');
    const [first, second] = all(doc, 'url');
    assert.equal(textOf(one(first!, 'news:name')), 'The Levant Ledger');
    assert.equal(textOf(one(first!, 'news:language')), 'en');
    assert.equal(textOf(one(first!, 'news:publication_date')), '2026-11-20T09:30:00Z');
    assert.equal(textOf(one(first!, 'news:title')), 'Aqaba opens a berth & a debate');
    assert.equal(textOf(one(second!, 'news:name')), 'دفتر المشرق');
    assert.equal(textOf(one(second!, 'news:language')), 'ar');
  });

  it('writes at most 1,000 articles', () => {
    const many = Array.from({ length: 1200 }, (_, i) => ({ ...article, loc: `${article.loc}-${i}` }));
    assert.equal(all(parseXml(buildNewsSitemap(many)), 'url').length, NEWS_SITEMAP_MAX_URLS);
  });

  it('uses the language codes Google News expects', () => {
    assert.equal(newsLanguage('en-GB'), 'en');
    assert.equal(newsLanguage('ar'), 'ar');
    assert.equal(newsLanguage('zh-Hant'), 'zh-tw');
    assert.equal(newsLanguage('zh'), 'zh-cn');
  });
});
