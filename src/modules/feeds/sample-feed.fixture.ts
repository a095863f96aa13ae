import type { FeedChannel, FeedEntry } from './feed-types.js';

/** A section feed of The Levant Ledger with one public and one gated article, for the builders' tests. */
export const sampleChannel: FeedChannel = {
  id: 'https://ledger.test/section/economy',
  title: 'Economy — The Levant Ledger',
  description: 'Money, trade & work across the Levant.',
  language: 'en',
  links: {
    page: 'https://ledger.test/section/economy',
    rss: 'https://ledger.test/section/economy/feed.xml',
    atom: 'https://ledger.test/section/economy/feed.atom',
    json: 'https://ledger.test/section/economy/feed.json',
  },
  updated: '2026-11-20T11:00:00.000Z',
  publisher: { name: 'The Levant Ledger', url: 'https://ledger.test/' },
  icon: 'https://ledger.test/favicon.svg',
};

export const publicEntry: FeedEntry = {
  id: 'tag:ledger.test,2026:post:01jd3m9k2q0000000000000001',
  url: 'https://ledger.test/articles/aqaba-deep-water-berth',
  title: 'Aqaba container terminal opens deep-water berth for larger ships',
  summary: 'The berth can take vessels of up to 18,000 containers & cuts waiting times.',
  contentHtml: '<p>AQABA — The port opened its <a href="https://ledger.test/tag/jordan">deep-water</a> berth on Monday.</p>',
  isPreview: false,
  access: 'public',
  language: 'en',
  publishedAt: '2026-11-20T09:30:00.000Z',
  updatedAt: '2026-11-20T11:00:00.000Z',
  authors: [{ name: 'Idris Mansour', url: 'https://ledger.test/author/idris-mansour' }],
  categories: ['Economy', 'Jordan'],
  image: { url: 'https://ledger.test/media/01jd3m9k2q0000000000000009/1200.jpg', type: 'image/jpeg', alt: 'Cranes at the Aqaba terminal', width: 1200, height: 675 },
};

export const gatedEntry: FeedEntry = {
  id: 'tag:ledger.test,2026:post:01jd3m9k2q0000000000000002',
  url: 'https://ledger.test/articles/red-sea-ports-race',
  title: 'The quiet race among Red Sea ports <analysis>',
  summary: 'Who wins the next generation of transshipment.',
  contentHtml: '<p>Preview paragraph.</p><p><a href="https://ledger.test/articles/red-sea-ports-race">Continue reading on The Levant Ledger</a></p>',
  isPreview: true,
  access: 'paid',
  language: 'en',
  publishedAt: '2026-11-19T07:00:00.000Z',
  updatedAt: '2026-11-19T07:00:00.000Z',
  authors: [],
  categories: [],
};
