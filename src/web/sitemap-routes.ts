import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database-handle.js';
import type { Clock } from '../kernel/clock.js';
import type { Config } from '../kernel/config.js';
import { AppError } from '../kernel/errors.js';
import { frontPageLastmod, listNewsSitemapPosts, listSitemapPages, listSitemapPosts, listTaxonomyLastmods, listTranslationGroups, type TranslationLink } from '../modules/content/index.js';
import {
  buildNewsSitemap,
  buildRobotsTxt,
  buildSitemapIndex,
  buildUrlset,
  NEWS_SITEMAP_MAX_URLS,
  SITEMAP_MAX_URLS,
  servedDocument,
  type ServedDocument,
  type SitemapRef,
  type SitemapUrl,
} from '../modules/feeds/index.js';
import { EDITIONS } from './i18n.js';
import type { PageCache } from './page-cache.js';
import { publicationName } from './publication-name.js';
import { CONTENT_TYPES, sendDocument, sendMissing } from './serve-document.js';
import { paths } from './site-context.js';

export interface SitemapRoutesDeps {
  db: Db;
  config: Config;
  cache: PageCache;
  clock: Clock;
  pageSize: number;
}

/**
 * Sitemaps of a large archive cost whole-table scans to build (seconds on SQLite at 100,000
 * articles), so they are not rebuilt on every publish: they live for a quarter of an hour, and
 * concurrent requests for a cold one share one build. The news sitemap is a cheap range query and
 * follows publishing at once (it carries the 'lists' tag that post changes drop).
 */
const SITEMAP_TTL = 15 * 60_000;
const NEWS_TTL = 5 * 60_000;
/** Google News takes articles from the last two days. */
const NEWS_WINDOW_MS = 2 * 24 * 3_600_000;
const CACHE_CONTROL = 'public, max-age=300, s-maxage=300, stale-while-revalidate=600';
const TAXONOMIES = ['section', 'tag', 'author'] as const;
type TaxonomyKind = (typeof TAXONOMIES)[number];

const prefixOf = (language: string): string | undefined => (language === 'en' ? '' : (EDITIONS as readonly string[]).includes(language) ? `/${language}` : undefined);
const newestOf = (dates: (string | undefined)[]): string | undefined => dates.reduce<string | undefined>((max, d) => (d && (!max || d > max) ? d : max), undefined);
const postPath = (post: { slug: string; type: string }): string => (post.type === 'page' ? `/${encodeURIComponent(post.slug)}` : paths.article(post.slug));

/**
 * `/sitemap.xml` (an index), `/sitemaps/articles-<n>.xml` (published articles and pages, oldest
 * first, `pageSize` per file), `/sitemaps/{sections,tags,authors}.xml` (each list page per edition
 * that has articles), `/sitemaps/news.xml` (Google News: the last two days) and `/robots.txt`.
 * Only slugs, titles and dates are read: no article text can reach a sitemap.
 */
export async function sitemapRoutes(app: FastifyInstance, deps: SitemapRoutesDeps): Promise<void> {
  const { db, config, cache, clock } = deps;
  const pageSize = Math.min(Math.max(1, deps.pageSize), SITEMAP_MAX_URLS);
  const abs = (path: string) => config.publicUrl + path;
  const newsSince = () => new Date(clock.now().getTime() - NEWS_WINDOW_MS).toISOString();
  const building = new Map<string, Promise<unknown>>();
  /** The cached value, else one shared build of it however many requests wait. */
  const cached = <T>(key: string, ttl: number, tags: string[], build: () => Promise<T>): Promise<T> => {
    const hit = cache.get<T>(key);
    if (hit !== undefined) return Promise.resolve(hit);
    let pending = building.get(key) as Promise<T> | undefined;
    if (!pending) {
      pending = build()
        .then((value) => {
          cache.set(key, value, ttl, tags);
          return value;
        })
        .finally(() => building.delete(key));
      building.set(key, pending);
    }
    return pending;
  };
  const pages = () => cached(`sitemap-pages:${pageSize}`, SITEMAP_TTL, ['sitemaps'], () => listSitemapPages(db, pageSize));

  /** Builds (or takes from the cache) a document and sends it with its validators. */
  const serve = async (request: FastifyRequest, reply: FastifyReply, key: string, type: string, build: () => Promise<ServedDocument>, fresh = false) => {
    const doc = await cached(key, fresh ? NEWS_TTL : SITEMAP_TTL, fresh ? ['lists', 'sitemaps'] : ['sitemaps'], build);
    return sendDocument(request, reply, doc, type, { cacheControl: CACHE_CONTROL, surrogateKeys: ['sitemaps'] });
  };

  const buildIndex = async (): Promise<ServedDocument> => {
    const [stats, news] = await Promise.all([pages(), listNewsSitemapPosts(db, newsSince(), 1)]);
    const refs: SitemapRef[] = stats.map((s) => ({ loc: abs(`/sitemaps/articles-${s.page}.xml`), lastmod: s.lastmod }));
    // Any new or edited article may change the list-page sitemaps, so they carry the newest change
    // of all: exact dates would cost three more passes over the archive for a crawler's hint.
    const newest = newestOf(stats.map((s) => s.lastmod));
    for (const kind of TAXONOMIES) refs.push({ loc: abs(`/sitemaps/${kind}s.xml`), lastmod: newest });
    refs.push({ loc: abs('/sitemaps/news.xml'), lastmod: news[0]?.publishedAt });
    return servedDocument(buildSitemapIndex(refs), newestOf(refs.map((r) => r.lastmod)));
  };

  const buildArticles = async (page: number, lastmod: string): Promise<ServedDocument> => {
    const [posts, groups] = await Promise.all([listSitemapPosts(db, page, pageSize), listTranslationGroups(db)]);
    const groupOf = new Map<string, TranslationLink[]>();
    for (const group of groups.values()) for (const member of group) groupOf.set(member.id, group);
    const urls = posts.map((p): SitemapUrl => ({
      loc: abs(postPath(p)),
      lastmod: p.updatedAt,
      alternates: groupOf.get(p.id)?.map((t) => ({ hreflang: t.language, href: abs(postPath(t)) })),
    }));
    return servedDocument(buildUrlset(urls), lastmod);
  };

  const buildTaxonomy = async (kind: TaxonomyKind): Promise<ServedDocument> => {
    const urls: SitemapUrl[] = [];
    if (kind === 'section') {
      // The front pages of each edition ride along with the sections: they are list pages too.
      for (const edition of EDITIONS) {
        const lastmod = await frontPageLastmod(db, edition);
        if (lastmod) urls.push({ loc: abs(paths.home(prefixOf(edition)!)), lastmod });
      }
    }
    for (const row of await listTaxonomyLastmods(db, kind)) {
      const prefix = prefixOf(row.language);
      if (prefix !== undefined) urls.push({ loc: abs(paths[kind](prefix, row.slug)), lastmod: row.lastmod });
    }
    const kept = urls.slice(0, SITEMAP_MAX_URLS);
    return servedDocument(buildUrlset(kept), newestOf(kept.map((u) => u.lastmod)));
  };

  const buildNews = async (): Promise<ServedDocument> => {
    const posts = await listNewsSitemapPosts(db, newsSince(), NEWS_SITEMAP_MAX_URLS);
    const urls = posts.map((p) => ({ loc: abs(postPath(p)), publicationName: publicationName(config, p.language), language: p.language, publishedAt: p.publishedAt, title: p.title }));
    return servedDocument(buildNewsSitemap(urls), posts[0]?.publishedAt);
  };

  app.get('/sitemap.xml', (request, reply) => serve(request, reply, `sitemap:index:${pageSize}`, CONTENT_TYPES.xml, buildIndex));

  app.get('/sitemaps/articles-:page.xml', async (request, reply) => {
    const raw = (request.params as { page: string }).page;
    if (!/^[1-9]\d{0,5}$/.test(raw)) throw new AppError('INVALID_SITEMAP_PAGE', 400, `"${raw}" is not a sitemap page number: use 1, 2, 3...`);
    const page = Number(raw);
    const stat = (await pages()).find((s) => s.page === page);
    if (!stat) return sendMissing(reply, `There is no sitemap page ${page}; /sitemap.xml lists the pages there are.`);
    return serve(request, reply, `sitemap:articles:${pageSize}:${page}`, CONTENT_TYPES.xml, () => buildArticles(page, stat.lastmod));
  });

  for (const kind of TAXONOMIES) {
    app.get(`/sitemaps/${kind}s.xml`, (request, reply) => serve(request, reply, `sitemap:${kind}s`, CONTENT_TYPES.xml, () => buildTaxonomy(kind)));
  }

  app.get('/sitemaps/news.xml', (request, reply) => serve(request, reply, 'sitemap:news', CONTENT_TYPES.xml, buildNews, true));

  app.get('/robots.txt', (request, reply) =>
    serve(request, reply, 'robots.txt', CONTENT_TYPES.text, async () =>
      servedDocument(buildRobotsTxt({ sitemaps: [abs('/sitemap.xml'), abs('/sitemaps/news.xml')], disallow: ['/api/', '/search?', '/ar/search?'] }), undefined),
    ),
  );
}
