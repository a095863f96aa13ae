import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { markdownToDoc } from '../content/index.js';
import { absolutizeHtml, entryId, feedEntryFor, type FeedArticle, type EntryLinks } from './feed-entry.js';

const PREVIEW = 'Contractors in the southern suburbs say they have waited eleven months for payment.';
const SECRET = 'The ledger of unpaid invoices ran to forty-one pages.';

function article(overrides: Partial<FeedArticle> = {}): FeedArticle {
  return {
    id: '01jd3m9k2q0000000000000002',
    slug: 'unpaid-contractors',
    type: 'analysis',
    status: 'published',
    title: 'Why the unpaid contractors matter more than the budget vote',
    dek: '',
    language: 'en',
    direction: 'ltr',
    access: 'paid',
    section: { id: 's1', slug: 'economy', name: 'Economy', names: { ar: 'اقتصاد' } },
    authors: [{ id: 'a1', slug: 'rana-khoury', name: 'Rana Khoury', names: {} }],
    leadImage: {
      mediaId: '01jd3m9k2q0000000000000009',
      width: 1600,
      height: 900,
      alt: 'A half-built overpass',
      caption: 'Work stopped in March.',
      credit: 'LEDGER/Nour Haddad - LL20461',
      sourceId: 'LL20461',
      variants: [
        { width: 800, format: 'webp', file: '800.webp' },
        { width: 1200, format: 'jpeg', file: '1200.jpg' },
      ],
    },
    featured: false,
    publishedAt: '2026-11-20T07:00:00.000Z',
    updatedAt: '2026-11-20T11:00:00.000Z',
    version: 2,
    body: markdownToDoc(`${PREVIEW}\n\nThe arrears are spread across [four ministries](/tag/lebanon).\n\n<!-- paywall -->\n\n${SECRET}\n\nFirms now price the delay into every bid.`),
    previewParagraphs: 3,
    tags: [{ id: 't1', slug: 'lebanon', kind: 'country', name: 'Lebanon', names: {} }],
    ...overrides,
  };
}

const links: EntryLinks = {
  origin: 'https://ledger.test',
  url: 'https://ledger.test/articles/unpaid-contractors',
  authorUrl: (slug) => `https://ledger.test/author/${slug}`,
  readMore: 'Continue reading on The Levant Ledger',
  localName: (item) => item.name,
};

describe('feedEntryFor', () => {
  it('gives a paid article only its preview, with a link to the rest', () => {
    const entry = feedEntryFor(article(), links);
    assert.equal(entry.isPreview, true);
    assert.ok(entry.contentHtml.includes(PREVIEW));
    assert.ok(!entry.contentHtml.includes(SECRET));
    assert.ok(!entry.contentHtml.includes('price the delay'));
    assert.ok(!entry.summary.includes(SECRET));
    assert.match(entry.contentHtml, /<a href="https:\/\/ledger.test\/articles\/unpaid-contractors">Continue reading on The Levant Ledger<\/a>/);
  });

  it('treats a registered-only article as gated too: feeds are read anonymously', () => {
    const entry = feedEntryFor(article({ access: 'registered' }), links);
    assert.equal(entry.isPreview, true);
    assert.ok(!entry.contentHtml.includes(SECRET));
  });

  it('cuts a gated article without a cut marker after its preview paragraphs', () => {
    const body = markdownToDoc(`${PREVIEW}\n\n${SECRET}`);
    const entry = feedEntryFor(article({ body, previewParagraphs: 1 }), links);
    assert.ok(entry.contentHtml.includes(PREVIEW));
    assert.ok(!entry.contentHtml.includes(SECRET));
  });

  it('gives a public article in full, the cut marker dropped', () => {
    const entry = feedEntryFor(article({ access: 'public' }), links);
    assert.equal(entry.isPreview, false);
    assert.ok(entry.contentHtml.includes(SECRET));
    assert.ok(!entry.contentHtml.includes('Continue reading'));
  });

  it('makes site-relative links and the lead image absolute', () => {
    const entry = feedEntryFor(article({ access: 'public' }), links);
    assert.match(entry.contentHtml, /href="https:\/\/ledger.test\/tag\/lebanon"/);
    assert.match(entry.contentHtml, /<img src="https:\/\/ledger.test\/media\/01jd3m9k2q0000000000000009\/1200.jpg"/);
    assert.match(entry.contentHtml, /LEDGER\/Nour Haddad - LL20461/);
    assert.deepEqual(entry.image, { url: 'https://ledger.test/media/01jd3m9k2q0000000000000009/1200.jpg', type: 'image/jpeg', alt: 'A half-built overpass', width: 1200, height: 675 });
  });

  it('summarises with the dek, or else the opening of the preview', () => {
    assert.equal(feedEntryFor(article({ dek: 'The vote fixes pumps, not arrears.' }), links).summary, 'The vote fixes pumps, not arrears.');
    assert.ok(feedEntryFor(article(), links).summary.startsWith('Contractors in the southern suburbs'));
  });

  it('has a stable tag: id, section and tags as categories, and bylines with pages', () => {
    const entry = feedEntryFor(article(), links);
    assert.equal(entry.id, 'tag:ledger.test,2026:post:01jd3m9k2q0000000000000002');
    assert.equal(entry.id, entryId('https://ledger.test', { id: '01jd3m9k2q0000000000000002', publishedAt: '2026-11-20T07:00:00.000Z' }));
    assert.deepEqual(entry.categories, ['Economy', 'Lebanon']);
    assert.deepEqual(entry.authors, [{ name: 'Rana Khoury', url: 'https://ledger.test/author/rana-khoury' }]);
    assert.equal(entry.updatedAt, '2026-11-20T11:00:00.000Z');
  });
});

describe('absolutizeHtml', () => {
  it('prefixes site-relative href, src and srcset URLs, leaving others alone', () => {
    const html = '<a href="/articles/x">x</a><a href="//cdn.example/y">y</a><a href="https://other.example/">z</a><img src="/media/a/480.webp" srcset="/media/a/480.webp 480w, /media/a/800.webp 800w">';
    assert.equal(
      absolutizeHtml(html, 'https://ledger.test'),
      '<a href="https://ledger.test/articles/x">x</a><a href="//cdn.example/y">y</a><a href="https://other.example/">z</a><img src="https://ledger.test/media/a/480.webp" srcset="https://ledger.test/media/a/480.webp 480w, https://ledger.test/media/a/800.webp 800w">',
    );
  });
});
