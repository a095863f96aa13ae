import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildRobotsTxt } from './build-robots-txt.js';
import { rfc3339, rfc822 } from './feed-dates.js';
import { attributes, escapeXml } from './xml-escape.js';

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    assert.equal(escapeXml(`Tom & Jerry's <"show">`), 'Tom &amp; Jerry&apos;s &lt;&quot;show&quot;&gt;');
  });

  it('drops characters XML 1.0 forbids, keeping tabs, newlines and astral characters', () => {
    assert.equal(escapeXml('a\u0000b\u0008c\u000Bd\tе\n🙂\uFFFE\uD800'), 'abcd\tе\n🙂');
  });

  it('writes only defined attributes', () => {
    assert.equal(attributes({ href: '/a?b=1&c=2', width: 480, title: undefined }), ' href="/a?b=1&amp;c=2" width="480"');
  });
});

describe('feed dates', () => {
  it('writes RFC 822 for RSS and RFC 3339 without milliseconds for the rest', () => {
    assert.equal(rfc822('2026-03-01T04:05:06.789Z'), 'Sun, 01 Mar 2026 04:05:06 GMT');
    assert.equal(rfc3339('2026-03-01T04:05:06.789Z'), '2026-03-01T04:05:06Z');
  });
});

describe('buildRobotsTxt', () => {
  it('names each sitemap by absolute URL and the paths not to crawl', () => {
    const text = buildRobotsTxt({ sitemaps: ['https://ledger.test/sitemap.xml'], disallow: ['/api/'] });
    assert.match(text, /^User-agent: \*$/m);
    assert.match(text, /^Disallow: \/api\/$/m);
    assert.match(text, /^Sitemap: https:\/\/ledger.test\/sitemap.xml$/m);
  });
});
