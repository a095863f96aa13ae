import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { all, childrenNamed, one, parseXml, textOf } from '../../../test/helpers/xml-document.js';
import { buildRss } from './build-rss.js';
import { gatedEntry, publicEntry, sampleChannel } from './sample-feed.fixture.js';

const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe('buildRss', () => {
  const doc = parseXml(buildRss(sampleChannel, [publicEntry, gatedEntry]));

  it('has the channel elements RSS 2.0 requires, and a self link', () => {
    const rss = one(doc, 'rss');
    assert.equal(rss.attribs.version, '2.0');
    const channel = one(doc, 'channel');
    assert.equal(textOf(childrenNamed(channel, 'title')[0]!), 'Economy — The Levant Ledger');
    assert.equal(textOf(childrenNamed(channel, 'link')[0]!), 'https://ledger.test/section/economy');
    assert.equal(textOf(childrenNamed(channel, 'description')[0]!), 'Money, trade & work across the Levant.');
    assert.equal(one(channel, 'atom:link').attribs.href, 'https://ledger.test/section/economy/feed.xml');
    assert.match(textOf(one(channel, 'lastBuildDate')), RFC822);
  });

  it('gives each item a stable guid, an RFC 822 date, a link and its HTML', () => {
    const items = all(doc, 'item');
    assert.equal(items.length, 2);
    const [first, second] = items as [(typeof items)[0], (typeof items)[0]];
    const guid = one(first, 'guid');
    assert.equal(guid.attribs.isPermaLink, 'false');
    assert.equal(textOf(guid), publicEntry.id);
    assert.equal(textOf(one(first, 'pubDate')), 'Fri, 20 Nov 2026 09:30:00 GMT');
    assert.match(textOf(one(second, 'pubDate')), RFC822);
    assert.equal(textOf(one(first, 'link')), publicEntry.url);
    assert.equal(textOf(one(first, 'content:encoded')), publicEntry.contentHtml);
    assert.equal(textOf(one(first, 'dc:creator')), 'Idris Mansour');
    assert.deepEqual(all(first, 'category').map(textOf), ['Economy', 'Jordan']);
    assert.equal(one(first, 'media:content').attribs.url, publicEntry.image!.url);
  });

  it('escapes markup in headlines and drops characters XML cannot carry', () => {
    const xml = buildRss(sampleChannel, [{ ...publicEntry, title: 'Oil & gas <update>\u0007 “quoted”' }]);
    const title = one(one(parseXml(xml), 'item'), 'title');
    assert.equal(textOf(title), 'Oil & gas <update> “quoted”');
  });

  it('keeps Arabic text as it is', () => {
    const xml = buildRss({ ...sampleChannel, language: 'ar', title: 'اقتصاد — دفتر المشرق' }, []);
    assert.equal(textOf(one(one(parseXml(xml), 'channel'), 'title')), 'اقتصاد — دفتر المشرق');
  });
});
