import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildJsonFeed, JSON_FEED_VERSION } from './build-json-feed.js';
import { gatedEntry, publicEntry, sampleChannel } from './sample-feed.fixture.js';

describe('buildJsonFeed', () => {
  const feed = JSON.parse(buildJsonFeed(sampleChannel, [publicEntry, gatedEntry])) as Record<string, unknown> & { items: Record<string, unknown>[] };

  it('has the top-level fields JSON Feed 1.1 requires and recommends', () => {
    assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
    assert.equal(feed.version, JSON_FEED_VERSION);
    assert.equal(feed.title, sampleChannel.title);
    assert.equal(feed.home_page_url, sampleChannel.links.page);
    assert.equal(feed.feed_url, sampleChannel.links.json);
    assert.equal(feed.language, 'en');
  });

  it('gives each item an id, a url, content_html and RFC 3339 dates', () => {
    assert.equal(feed.items.length, 2);
    const [first, second] = feed.items;
    assert.equal(first!.id, publicEntry.id);
    assert.equal(first!.url, publicEntry.url);
    assert.equal(first!.content_html, publicEntry.contentHtml);
    assert.equal(first!.date_published, '2026-11-20T09:30:00Z');
    assert.equal(first!.date_modified, '2026-11-20T11:00:00Z');
    assert.deepEqual(first!.authors, [{ name: 'Idris Mansour', url: 'https://ledger.test/author/idris-mansour' }]);
    assert.equal(first!.image, publicEntry.image!.url);
    assert.deepEqual(second!._dateline, { access: 'paid', preview_only: true });
    assert.equal(second!.authors, undefined, 'an empty authors array is not allowed');
  });
});
