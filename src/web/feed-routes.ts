import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database-handle.js';
import { systemClock, type Clock } from '../kernel/clock.js';
import type { Config } from '../kernel/config.js';
import { AppError } from '../kernel/errors.js';
import { feedBodiesByIds, findAuthorBySlug, isSlug, findSectionBySlug, findTagBySlug, listPublished, type PostFilter } from '../modules/content/index.js';
import { buildAtom, buildJsonFeed, buildRss, feedEntryFor, servedDocument, type FeedArticle, type FeedChannel, type FeedEntry, type ServedDocument } from '../modules/feeds/index.js';
import { localName, translator, type Edition } from './i18n.js';
import type { PageCache } from './page-cache.js';
import { publicationName } from './publication-name.js';
import { CONTENT_TYPES, sendDocument, sendMissing } from './serve-document.js';
import { paths } from './site-context.js';
import { sitemapRoutes } from './sitemap-routes.js';

export interface FeedRoutesDeps {
  db: Db;
  config: Config;
  cache: PageCache;
  /** Time for the news sitemap's two-day window and for empty feeds' `updated`. */
  clock?: Clock;
  /** URLs per articles sitemap file (at most 50,000; smaller files are quicker to build and fetch). */
  sitemapPageSize?: number;
}

/** Articles per feed: about two days of a busy newsroom. */
const FEED_SIZE = 30;
const FEED_TTL = 5 * 60_000;
const DOCUMENT_CACHE = 'public, max-age=300, s-maxage=300, stale-while-revalidate=600';

/** Ends a gated item's preview. Belongs in i18n.ts; kept here until that table gains the key. */
const READ_MORE: Record<Edition, string> = { en: 'Continue reading on {site}', ar: 'تابع القراءة على {site}' };

const FORMATS = {
  'feed.xml': { type: CONTENT_TYPES.rss, build: buildRss },
  'feed.atom': { type: CONTENT_TYPES.atom, build: buildAtom },
  'feed.json': { type: CONTENT_TYPES.json, build: buildJsonFeed },
} as const;
type FeedFile = keyof typeof FORMATS;
type ScopeKind = 'site' | 'section' | 'tag' | 'author';

interface FeedSource {
  title: string;
  description: string;
  /** Path of the HTML page the feed mirrors; the feed files live under it (the front page's at the edition root). */
  pagePath: string;
  feedBase: string;
  filter: PostFilter;
}

interface FeedData {
  channel: FeedChannel;
  entries: FeedEntry[];
}

const SLUG_PARAM = { type: 'object', properties: { slug: { type: 'string', minLength: 1, maxLength: 200 } }, required: ['slug'] } as const;

/**
 * RSS, Atom and JSON Feed for the site and for every section, tag and author, per edition:
 * `/feed.xml` lists English articles and `/ar/feed.xml` Arabic ones, as the HTML pages they mirror
 * do (`/section/politics/feed.atom`, `/ar/tag/water/feed.json`...). Gated articles appear as
 * their preview only, for everyone. Also registers the sitemaps and robots.txt.
 */
export async function feedRoutes(app: FastifyInstance, deps: FeedRoutesDeps): Promise<void> {
  const { db, config, cache } = deps;
  const clock = deps.clock ?? systemClock;
  const abs = (path: string) => config.publicUrl + path;

  app.setErrorHandler(async (error: unknown, request, reply) => {
    const status = error instanceof AppError ? error.status : ((error as { statusCode?: number }).statusCode ?? 500);
    if (status >= 400 && status < 500) {
      const message = error instanceof AppError ? error.message : 'This address is not valid. Check it and try again.';
      return reply.code(status).header('content-type', CONTENT_TYPES.text).header('cache-control', 'no-store').send(message);
    }
    request.log.error({ err: error }, 'feed or sitemap failed');
    return reply.code(500).header('content-type', CONTENT_TYPES.text).header('cache-control', 'no-store').send('This feed could not be built just now. Please try again in a moment.');
  });

  const resolve = async (edition: Edition, kind: ScopeKind, slug: string): Promise<FeedSource | undefined> => {
    const prefix = edition === 'ar' ? '/ar' : '';
    const site = publicationName(config, edition);
    const base: PostFilter = { language: edition, excludeTypes: ['page'] };
    if (kind === 'site') return { title: site, description: translator(edition)('tagline'), pagePath: paths.home(prefix), feedBase: prefix, filter: base };
    if (kind === 'section') {
      const section = await findSectionBySlug(db, slug);
      if (!section) return undefined;
      const name = localName(section, edition);
      const pagePath = paths.section(prefix, slug);
      return { title: `${name} — ${site}`, description: section.description || name, pagePath, feedBase: pagePath, filter: { ...base, sectionId: section.id } };
    }
    if (kind === 'tag') {
      const tag = await findTagBySlug(db, slug);
      if (!tag) return undefined;
      const name = localName(tag, edition);
      const pagePath = paths.tag(prefix, slug);
      return { title: `${name} — ${site}`, description: tag.description || name, pagePath, feedBase: pagePath, filter: { ...base, tagId: tag.id } };
    }
    const author = await findAuthorBySlug(db, slug);
    if (!author) return undefined;
    const name = localName(author, edition);
    const pagePath = paths.author(prefix, slug);
    return { title: `${name} — ${site}`, description: author.bio || name, pagePath, feedBase: pagePath, filter: { ...base, authorId: author.id } };
  };

  const load = async (edition: Edition, source: FeedSource): Promise<FeedData> => {
    const page = await listPublished(db, source.filter, FEED_SIZE);
    const bodies = await feedBodiesByIds(db, page.items.map((p) => p.id));
    const site = publicationName(config, edition);
    const entries: FeedEntry[] = [];
    for (const summary of page.items) {
      const body = bodies.get(summary.id);
      if (!body || !summary.publishedAt) continue;
      const article: FeedArticle = { ...summary, ...body, publishedAt: summary.publishedAt };
      entries.push(
        feedEntryFor(article, {
          origin: config.publicUrl,
          url: abs(paths.article(summary.slug)),
          authorUrl: (slug) => abs(paths.author(edition === 'ar' ? '/ar' : '', slug)),
          readMore: READ_MORE[edition].replace('{site}', site),
          localName: (item) => localName(item, edition),
        }),
      );
    }
    const updated = entries.reduce<string | undefined>((max, e) => (max === undefined || e.updatedAt > max ? e.updatedAt : max), undefined);
    const channel: FeedChannel = {
      id: abs(source.pagePath),
      title: source.title,
      description: source.description,
      language: edition,
      links: { page: abs(source.pagePath), rss: abs(`${source.feedBase}/feed.xml`), atom: abs(`${source.feedBase}/feed.atom`), json: abs(`${source.feedBase}/feed.json`) },
      updated: updated ?? clock.now().toISOString(),
      publisher: { name: site, url: abs(paths.home(edition === 'ar' ? '/ar' : '')) },
      icon: abs('/favicon.svg'),
    };
    return { channel, entries };
  };

  /** The rendered feed with its validators, or null when the section, tag or author does not exist. */
  const rendered = (edition: Edition, kind: ScopeKind, slug: string, file: FeedFile): Promise<ServedDocument | null> =>
    cache.wrap(`feed:${file}:${edition}:${kind}:${slug}`, FEED_TTL, ['lists'], async () => {
      const data = await cache.wrap(`feed-data:${edition}:${kind}:${slug}`, FEED_TTL, ['lists'], async () => {
        const source = await resolve(edition, kind, slug);
        return source ? load(edition, source) : null;
      });
      if (!data) return null;
      const newest = data.entries.length ? data.channel.updated : undefined;
      return servedDocument(FORMATS[file].build(data.channel, data.entries), newest);
    });

  const handler = (edition: Edition, kind: ScopeKind, file: FeedFile) => async (request: FastifyRequest, reply: FastifyReply) => {
    const slug = kind === 'site' ? '' : (request.params as { slug: string }).slug;
    if (kind !== 'site' && !isSlug(slug)) throw new AppError('INVALID_SLUG', 400, `"${slug}" is not a ${kind} address: slugs are lowercase letters, digits and hyphens.`);
    const doc = await rendered(edition, kind, slug, file);
    if (!doc) return sendMissing(reply, `There is no ${kind} "${slug}", so it has no feed.`);
    return sendDocument(request, reply, doc, FORMATS[file].type, { cacheControl: DOCUMENT_CACHE, surrogateKeys: ['lists', 'feeds', kind === 'site' ? 'feed' : `${kind}:${slug}`] });
  };

  for (const edition of ['en', 'ar'] as const) {
    const prefix = edition === 'ar' ? '/ar' : '';
    for (const file of Object.keys(FORMATS) as FeedFile[]) {
      app.get(`${prefix}/${file}`, handler(edition, 'site', file));
      for (const kind of ['section', 'tag', 'author'] as const) {
        app.get(`${prefix}/${kind}/:slug/${file}`, { schema: { params: SLUG_PARAM } }, handler(edition, kind, file));
      }
    }
  }

  await sitemapRoutes(app, { db, config, cache, clock, pageSize: deps.sitemapPageSize ?? 10_000 });
}
