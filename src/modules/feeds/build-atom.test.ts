import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { all, childrenNamed, one, parseXml, textOf } from '../../../test/helpers/xml-document.js';
import { buildAtom } from './build-atom.js';
import { gatedEntry, publicEntry, sampleChannel } from './sample-feed.fixture.js';

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

describe('buildAtom', () => {
  const doc = parseXml(buildAtom(sampleChannel, [publicEntry, gatedEntry]));
  const feed = one(doc, 'feed');

  it('has the feed elements RFC 4287 requires: id, title, updated, author, self link', () => {
    assert.equal(feed.attribs.xmlns, 'http://www.w3.org/2005/Atom');
    assert.equal(feed.attribs['xml:lang'], 'en');
    assert.equal(textOf(childrenNamed(feed, 'id')[0]!), sampleChannel.id);
    assert.equal(textOf(childrenNamed(feed, 'title')[0]!), sampleChannel.title);
    assert.equal(textOf(childrenNamed(feed, 'updated')[0]!), '2026-11-20T11:00:00Z');
    assert.equal(textOf(one(childrenNamed(feed, 'author')[0]!, 'name')), 'The Levant Ledger');
    const self = childrenNamed(feed, 'link').find((l) => l.attribs.rel === 'self');
    assert.equal(self?.attribs.href, sampleChannel.links.atom);
  });

  it('gives each entry id, title, updated, published, an alternate link and escaped HTML content', () => {
    const entries = all(doc, 'entry');
    assert.equal(entries.length, 2);
    for (const entry of entries) {
      for (const name of ['id', 'title', 'updated']) assert.equal(childrenNamed(entry, name).length, 1, name);
      assert.match(textOf(one(entry, 'updated')), RFC3339);
      assert.match(textOf(one(entry, 'published')), RFC3339);
      assert.ok(childrenNamed(entry, 'link').some((l) => l.attribs.rel === 'alternate' && l.attribs.href.startsWith('https://')));
      assert.equal(one(entry, 'content').attribs.type, 'html');
    }
    assert.equal(textOf(one(entries[0]!, 'content')), publicEntry.contentHtml);
    assert.equal(textOf(one(entries[1]!, 'title')), 'The quiet race among Red Sea ports <analysis>');
    assert.deepEqual(all(entries[0]!, 'category').map((c) => c.attribs.term), ['Economy', 'Jordan']);
  });

  it('marks an entry whose language differs from the feed', () => {
    const xml = buildAtom(sampleChannel, [{ ...publicEntry, language: 'ar' }]);
    assert.equal(one(parseXml(xml), 'entry').attribs['xml:lang'], 'ar');
  });
});
