import type { Db } from '../../db/database-handle.js';
import type { ArticleType } from './content-types.js';

/** What a sitemap needs of one published post: where it lives and when it last changed. No body, no text. */
export interface SitemapPost {
  id: string;
  slug: string;
  type: ArticleType;
  language: string;
  publishedAt: string;
  updatedAt: string;
}

/** One page of the articles sitemap: how many URLs it holds and the newest change among them. */
export interface SitemapPageStat {
  /** 1-based page number, as in `/sitemaps/articles-<page>.xml`. */
  page: number;
  count: number;
  lastmod: string;
}

/** A post for the Google News sitemap: its headline and language, never its text. */
export interface NewsSitemapPost {
  slug: string;
  type: ArticleType;
  language: string;
  title: string;
  publishedAt: string;
}

/** A section, tag or author with an article in one language, and that language's newest change. */
export interface TaxonomyLastmod {
  slug: string;
  language: string;
  lastmod: string;
}

const published = (db: Db) => db.selectFrom('posts').where('posts.status', '=', 'published').where('posts.published_at', 'is not', null);

/**
 * Page statistics of the articles sitemap in one pass over the publication index: rows are
 * numbered oldest first, so every page but the last stays the same as new articles arrive and a
 * crawler can skip the pages whose `lastmod` did not move.
 */
export async function listSitemapPages(db: Db, pageSize: number): Promise<SitemapPageStat[]> {
  const numbered = published(db).select((eb) => [
    'posts.updated_at',
    eb.fn.agg<number>('row_number').over((ob) => ob.orderBy('posts.published_at').orderBy('posts.id')).as('rn'),
  ]);
  const rows = await db
    .selectFrom(numbered.as('numbered'))
    .select((eb) => [
      eb(eb.parens('numbered.rn', '-', eb.lit(1)), '/', eb.lit(pageSize)).as('bucket'),
      eb.fn.max('numbered.updated_at').as('lastmod'),
      eb.fn.countAll().as('count'),
    ])
    .groupBy((eb) => eb(eb.parens('numbered.rn', '-', eb.lit(1)), '/', eb.lit(pageSize)))
    .orderBy('bucket')
    .execute();
  return rows.map((r) => ({ page: Number(r.bucket) + 1, count: Number(r.count), lastmod: String(r.lastmod) }));
}

/**
 * One page of published posts (articles and pages) for the sitemap, oldest first, so page
 * boundaries match `listSitemapPages`. The offset walks the (status, published_at, id) index only.
 */
export async function listSitemapPosts(db: Db, page: number, pageSize: number): Promise<SitemapPost[]> {
  const rows = await published(db)
    .select(['posts.id', 'posts.slug', 'posts.type', 'posts.language', 'posts.published_at', 'posts.updated_at'])
    .orderBy('posts.published_at')
    .orderBy('posts.id')
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  return rows.map((r) => ({ id: r.id, slug: r.slug, type: r.type as ArticleType, language: r.language, publishedAt: r.published_at!, updatedAt: r.updated_at }));
}

/** Articles (not pages) published at or after `since`, newest first: the Google News sitemap. */
export async function listNewsSitemapPosts(db: Db, since: string, limit: number): Promise<NewsSitemapPost[]> {
  const rows = await published(db)
    .select(['posts.slug', 'posts.type', 'posts.language', 'posts.title', 'posts.published_at'])
    .where('posts.type', '!=', 'page')
    .where('posts.published_at', '>=', since)
    .orderBy('posts.published_at', 'desc')
    .orderBy('posts.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ slug: r.slug, type: r.type as ArticleType, language: r.language, title: r.title, publishedAt: r.published_at! }));
}

/**
 * Every section, tag or author that has at least one published article in a language, with the
 * newest `updated_at` among those articles: one grouped query, whatever the size of the archive.
 */
export async function listTaxonomyLastmods(db: Db, kind: 'section' | 'tag' | 'author'): Promise<TaxonomyLastmod[]> {
  const articles = published(db).where('posts.type', '!=', 'page');
  let rows: { slug: string; language: string; lastmod: string | null }[];
  if (kind === 'section') {
    rows = await articles
      .innerJoin('sections', 'sections.id', 'posts.section_id')
      .select((eb) => ['sections.slug', 'posts.language', eb.fn.max('posts.updated_at').as('lastmod')])
      .groupBy(['sections.slug', 'posts.language'])
      .execute();
  } else if (kind === 'tag') {
    rows = await articles
      .innerJoin('post_tags', 'post_tags.post_id', 'posts.id')
      .innerJoin('tags', 'tags.id', 'post_tags.tag_id')
      .select((eb) => ['tags.slug', 'posts.language', eb.fn.max('posts.updated_at').as('lastmod')])
      .groupBy(['tags.slug', 'posts.language'])
      .execute();
  } else {
    rows = await articles
      .innerJoin('post_authors', 'post_authors.post_id', 'posts.id')
      .innerJoin('authors', 'authors.id', 'post_authors.author_id')
      .select((eb) => ['authors.slug', 'posts.language', eb.fn.max('posts.updated_at').as('lastmod')])
      .groupBy(['authors.slug', 'posts.language'])
      .execute();
  }
  return rows
    .filter((r): r is TaxonomyLastmod => r.lastmod !== null)
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : a.language < b.language ? -1 : 1));
}

/**
 * When a front page last changed: the newest `updated_at` among the 50 most recently published
 * articles in the language, which is what a front page shows. Walks the publication index from
 * the top instead of reading every article's row.
 */
export async function frontPageLastmod(db: Db, language: string): Promise<string | undefined> {
  const recent = published(db)
    .where('posts.type', '!=', 'page')
    .where('posts.language', '=', language)
    .select('posts.updated_at')
    .orderBy('posts.published_at', 'desc')
    .orderBy('posts.id', 'desc')
    .limit(50);
  const row = await db.selectFrom(recent.as('recent')).select((eb) => eb.fn.max('recent.updated_at').as('lastmod')).executeTakeFirst();
  return row?.lastmod ?? undefined;
}
