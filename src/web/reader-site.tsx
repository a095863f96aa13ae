import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database-handle.js';
import type { Config } from '../kernel/config.js';
import { AppError } from '../kernel/errors.js';
import type { Viewer } from '../modules/access/index.js';
import { decodeCursor, findAuthorBySlug, findPostStamp, findSectionBySlug, findTagBySlug, getPost, listPublished, listRelated, listSections, listTranslations, type Section } from '../modules/content/index.js';
import { articleBodyFor } from './article-view.js';
import type { ArticleMeterHook } from './account/reader-identity.js';
import { ResponsiveImage } from './components/responsive-image.js';
import { formatDate, localName } from './i18n.js';
import type { PageCache } from './page-cache.js';
import { ArticlePage } from './pages/article-page.js';
import { NotFoundPage, ServerErrorPage } from './pages/error-pages.js';
import { FrontPage } from './pages/front-page.js';
import { ListPage } from './pages/list-page.js';
import { renderHtml } from './render-html.js';
import { listArchiveMonths, loadFrontPage } from './site-data.js';
import { makeContext, paths, type SiteContext } from './site-context.js';
import { stylesheet } from './assets.js';

export interface ReaderSiteDeps {
  db: Db;
  config: Config;
  cache: PageCache;
  /** Who is reading: anonymous until the members module says otherwise. */
  resolveViewer?: (request: FastifyRequest) => Promise<Viewer>;
  /** The meter for gated articles (reader accounts); without it gated articles show their wall. */
  meter?: ArticleMeterHook;
}

const LIST_TTL = 30_000;
const PAGE_SIZE = 20;
const SECTIONS_KEY = 'sections';
/** Shared caches (CDNs) may keep pages that do not depend on the reader; browsers revalidate quickly. */
const PUBLIC_CACHE = 'public, max-age=60, s-maxage=300, stale-while-revalidate=600';

const SLUG_PARAM = { type: 'object', properties: { slug: { type: 'string', minLength: 1, maxLength: 200 } }, required: ['slug'] } as const;
const LIST_QUERY = { type: 'object', properties: { after: { type: 'string', maxLength: 200 } }, additionalProperties: true } as const;

/** The reader's website: front page, articles, sections, tags, authors, archive, 404 and 500 pages. */
export async function readerSite(app: FastifyInstance, deps: ReaderSiteDeps): Promise<void> {
  const { db, config, cache } = deps;
  const viewerOf = deps.resolveViewer ?? (async (): Promise<Viewer> => ({ kind: 'anonymous' }));

  const sections = async (): Promise<Section[]> => {
    return cache.wrap(SECTIONS_KEY, 5 * 60_000, ['sections'], () => listSections(db));
  };
  const context = async (language: string): Promise<SiteContext> =>
    makeContext({ siteName: config.siteName, siteNameAr: 'دفتر المشرق', publicUrl: config.publicUrl, sections: await sections(), stylesheet: stylesheet.url }, language);

  // Hot pages are cached as UTF-8 bytes: encoded once, then written as they are. A string would be
  // measured and encoded again on every response.
  const sendHtml = (reply: FastifyReply, html: string | Buffer, cacheControl: string, surrogateKeys: string[], status = 200) =>
    reply.code(status).header('content-type', 'text/html; charset=utf-8').header('cache-control', cacheControl).header('surrogate-key', surrogateKeys.join(' ')).send(html);

  const cursorOf = (request: FastifyRequest): string | undefined => {
    const after = (request.query as { after?: string }).after;
    if (after === undefined || after === '') return undefined;
    if (!decodeCursor(after)) throw new AppError('INVALID_CURSOR', 400, 'The "after" parameter is not a valid page cursor; start again from the first page');
    return after;
  };

  const notFound = async (request: FastifyRequest, reply: FastifyReply) => {
    const language = request.url.startsWith('/ar/') || request.url === '/ar' ? 'ar' : 'en';
    const ctx = await context(language);
    const latest = await cache.wrap(`latest5:${language}`, LIST_TTL, ['lists'], async () => (await listPublished(db, { language, excludeTypes: ['page'] }, 5)).items);
    return sendHtml(reply, renderHtml(<NotFoundPage ctx={ctx} latest={latest} />), 'public, max-age=60', ['404'], 404);
  };

  for (const edition of ['en', 'ar'] as const) {
    const prefix = edition === 'ar' ? '/ar' : '';

    app.get(prefix || '/', async (_request, reply) => {
      const html = await cache.wrap(`front:${edition}`, LIST_TTL, ['lists'], async () => {
        const data = await loadFrontPage(db, edition);
        return Buffer.from(renderHtml(<FrontPage ctx={await context(edition)} {...data} />));
      });
      return sendHtml(reply, html, PUBLIC_CACHE, ['front', 'lists']);
    });

    app.get(`${prefix}/section/:slug`, { schema: { params: SLUG_PARAM, querystring: LIST_QUERY } }, async (request, reply) => {
      const { slug } = request.params as { slug: string };
      const cursor = cursorOf(request);
      const html = await cache.wrap(`section:${edition}:${slug}:${cursor ?? ''}`, LIST_TTL, ['lists'], async () => {
        const section = await findSectionBySlug(db, slug);
        if (!section) return '';
        const page = await listPublished(db, { sectionId: section.id, language: edition, excludeTypes: ['page'] }, PAGE_SIZE, cursor);
        const ctx = await context(edition);
        return renderHtml(
          <ListPage ctx={ctx} title={localName(section, edition)} kicker={ctx.t('section')} description={section.description} posts={page.items} basePath={paths.section(prefix, slug)} nextCursor={page.nextCursor} isFirstPage={!cursor} feedPath={`/section/${slug}/feed.xml`} />,
        );
      });
      if (!html) return notFound(request, reply);
      return sendHtml(reply, html, PUBLIC_CACHE, ['lists', `section:${slug}`]);
    });

    app.get(`${prefix}/tag/:slug`, { schema: { params: SLUG_PARAM, querystring: LIST_QUERY } }, async (request, reply) => {
      const { slug } = request.params as { slug: string };
      const cursor = cursorOf(request);
      const html = await cache.wrap(`tag:${edition}:${slug}:${cursor ?? ''}`, LIST_TTL, ['lists'], async () => {
        const tag = await findTagBySlug(db, slug);
        if (!tag) return '';
        const page = await listPublished(db, { tagId: tag.id, language: edition, excludeTypes: ['page'] }, PAGE_SIZE, cursor);
        const ctx = await context(edition);
        return renderHtml(
          <ListPage ctx={ctx} title={localName(tag, edition)} kicker={ctx.t(tag.kind)} description={tag.description} posts={page.items} basePath={paths.tag(prefix, slug)} nextCursor={page.nextCursor} isFirstPage={!cursor} feedPath={`/tag/${slug}/feed.xml`} />,
        );
      });
      if (!html) return notFound(request, reply);
      return sendHtml(reply, html, PUBLIC_CACHE, ['lists', `tag:${slug}`]);
    });

    app.get(`${prefix}/author/:slug`, { schema: { params: SLUG_PARAM, querystring: LIST_QUERY } }, async (request, reply) => {
      const { slug } = request.params as { slug: string };
      const cursor = cursorOf(request);
      const html = await cache.wrap(`author:${edition}:${slug}:${cursor ?? ''}`, LIST_TTL, ['lists'], async () => {
        const author = await findAuthorBySlug(db, slug);
        if (!author) return '';
        const page = await listPublished(db, { authorId: author.id, language: edition, excludeTypes: ['page'] }, PAGE_SIZE, cursor);
        const ctx = await context(edition);
        const name = localName(author, edition);
        const intro = (
          <div class="author-intro">
            {author.photo ? <ResponsiveImage image={{ ...author.photo, alt: name }} sizes="6rem" class="author-photo" /> : null}
            <p>{author.bio}</p>
          </div>
        );
        return renderHtml(<ListPage ctx={ctx} title={name} intro={intro} posts={page.items} basePath={paths.author(prefix, slug)} nextCursor={page.nextCursor} isFirstPage={!cursor} feedPath={`/author/${slug}/feed.xml`} />);
      });
      if (!html) return notFound(request, reply);
      return sendHtml(reply, html, PUBLIC_CACHE, ['lists', `author:${slug}`]);
    });

    const archive = async (request: FastifyRequest, reply: FastifyReply) => {
      const params = request.params as { year?: string; month?: string; day?: string };
      const range = archiveRange(params);
      if (!range) return notFound(request, reply);
      const cursor = cursorOf(request);
      const key = `archive:${edition}:${params.year ?? ''}-${params.month ?? ''}-${params.day ?? ''}:${cursor ?? ''}`;
      const html = await cache.wrap(key, LIST_TTL, ['lists'], async () => {
        const ctx = await context(edition);
        const [page, months] = await Promise.all([
          listPublished(db, { language: edition, excludeTypes: ['page'], from: range.from, to: range.to }, PAGE_SIZE, cursor),
          listArchiveMonths(db, edition),
        ]);
        const title = range.label ? ctx.t('archiveFor', { date: range.label(edition) }) : ctx.t('archive');
        const intro = (
          <nav class="archive-months" aria-label={ctx.t('archive')}>
            <ul>
              {months.map(({ month }) => {
                const [y, m] = month.split('-').map(Number) as [number, number];
                return (
                  <li key={month}>
                    <a href={paths.archive(prefix, y, m)}>{new Intl.DateTimeFormat(edition === 'ar' ? 'ar-EG' : edition, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1))}</a>
                  </li>
                );
              })}
            </ul>
          </nav>
        );
        return renderHtml(<ListPage ctx={ctx} title={title} intro={intro} posts={page.items} basePath={paths.archive(prefix, range.y, range.m, range.d)} nextCursor={page.nextCursor} isFirstPage={!cursor} />);
      });
      return sendHtml(reply, html, PUBLIC_CACHE, ['lists', 'archive']);
    };
    app.get(`${prefix}/archive`, { schema: { querystring: LIST_QUERY } }, archive);
    app.get(`${prefix}/archive/:year`, { schema: { querystring: LIST_QUERY } }, archive);
    app.get(`${prefix}/archive/:year/:month`, { schema: { querystring: LIST_QUERY } }, archive);
    app.get(`${prefix}/archive/:year/:month/:day`, { schema: { querystring: LIST_QUERY } }, archive);
  }

  const articleRoute = (kind: 'article' | 'page') => async (request: FastifyRequest, reply: FastifyReply) => {
    const { slug } = request.params as { slug: string };
    const stamp = await findPostStamp(db, slug);
    if (!stamp || stamp.status !== 'published') return notFound(request, reply);
    // Cached by id and version: an edit (here or in another process) changes the key, so an old
    // version is never served; the version is read from the database on every request.
    const key = `article:${stamp.id}:${stamp.version}`;
    const post = await cache.wrap(key, 10 * 60_000, [`post:${stamp.id}`], () => getPost(db, stamp.id));
    if (!post) return notFound(request, reply);
    if ((kind === 'page') !== (post.type === 'page')) {
      return kind === 'page' ? notFound(request, reply) : reply.redirect(`/${post.slug}`, 301);
    }
    // A public article reads the same for everyone, so the reader is not looked up (no session or
    // licence queries on the hottest page); any other article needs to know who is reading.
    const viewer: Viewer = post.access === 'public' ? { kind: 'anonymous' } : await viewerOf(request);
    // The meter is read before deciding and counted after; its banner is per reader, so it is put
    // into the page after the page comes out of the shared cache.
    const reading = deps.meter ? await deps.meter.read(request, viewer, post) : null;
    const body = articleBodyFor(cache, post, viewer, reading?.state ?? null);
    if (reading && body.decision.show === 'full' && body.decision.countsAgainstMeter) await deps.meter!.record(reply, reading, post.id);
    const variant = body.decision.show === 'full' ? 'full' : `preview-${body.decision.wall}`;
    const html = await cache.wrap(`${key}:${variant}`, 60_000, [`post:${stamp.id}`], async () => {
      const [related, translations] = await Promise.all([kind === 'article' ? listRelated(db, post, 4) : [], listTranslations(db, post)]);
      const ctx = await context(post.language);
      return Buffer.from(renderHtml(<ArticlePage ctx={ctx} post={post} bodyHtml={body.bodyHtml} gatedHtml={body.gatedHtml} wall={body.decision.show === 'preview' ? body.decision.wall : null} related={related} translations={translations} />));
    });
    const varies = post.access !== 'public';
    const page = reading && deps.meter ? deps.meter.withBanner(html.toString('utf8'), await context(post.language), body.decision, reading, paths.article(post.slug)) : html;
    const meterTag = reading ? `-m${reading.state.used}` : '';
    reply.header('etag', `"${stamp.id}-${stamp.version}-${variant}${meterTag}"`);
    if (varies) reply.header('vary', 'Cookie');
    return sendHtml(reply, page, varies ? 'private, max-age=0, must-revalidate' : PUBLIC_CACHE, [`post:${stamp.id}`]);
  };
  app.get('/articles/:slug', { schema: { params: SLUG_PARAM } }, articleRoute('article'));
  app.get('/:slug', { schema: { params: SLUG_PARAM } }, articleRoute('page'));

  app.setNotFoundHandler(notFound);

  app.setErrorHandler(async (error: unknown, request, reply) => {
    const status = error instanceof AppError ? error.status : (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const message = error instanceof AppError ? error.message : status === 400 ? 'This address is not valid. Check it and try again.' : 'The request could not be handled.';
      return reply.code(status).header('content-type', 'text/plain; charset=utf-8').header('cache-control', 'no-store').send(message);
    }
    request.log.error({ err: error }, 'reader site error');
    let ctx: SiteContext;
    try {
      ctx = await context('en');
    } catch {
      ctx = makeContext({ siteName: config.siteName, siteNameAr: 'دفتر المشرق', publicUrl: config.publicUrl, sections: [], stylesheet: stylesheet.url }, 'en');
    }
    return sendHtml(reply, renderHtml(<ServerErrorPage ctx={ctx} />), 'no-store', ['error'], 500);
  });
}

/** The published_at range of an archive URL, or undefined when the date is not a real one. */
export function archiveRange(params: { year?: string; month?: string; day?: string }):
  | { from?: string; to?: string; y?: number; m?: number; d?: number; label?: (language: string) => string }
  | undefined {
  if (!params.year) return {};
  if (!/^\d{4}$/.test(params.year) || (params.month && !/^\d{2}$/.test(params.month)) || (params.day && !/^\d{2}$/.test(params.day))) return undefined;
  const y = Number(params.year);
  const m = params.month ? Number(params.month) : undefined;
  const d = params.day ? Number(params.day) : undefined;
  if (y < 1900 || y > 2999 || (m !== undefined && (m < 1 || m > 12))) return undefined;
  const start = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  if (d !== undefined && start.getUTCDate() !== d) return undefined;
  const end = new Date(start);
  if (d !== undefined) end.setUTCDate(end.getUTCDate() + 1);
  else if (m !== undefined) end.setUTCMonth(end.getUTCMonth() + 1);
  else end.setUTCFullYear(end.getUTCFullYear() + 1);
  const label = (language: string) => {
    const locale = language === 'ar' ? 'ar-EG' : language;
    if (d !== undefined) return formatDate(start.toISOString(), language);
    if (m !== undefined) return new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(start);
    return new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(start);
  };
  return { from: start.toISOString(), to: end.toISOString(), y, m, d, label };
}
