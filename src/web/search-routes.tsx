import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/database-handle.js';
import type { Config } from '../kernel/config.js';
import { isAppError } from '../kernel/errors.js';
import { listSections } from '../modules/content/index.js';
import { parseSearchParams, searchPosts, type SearchDeps, type SearchOptions, type SearchRequest } from '../modules/search/index.js';
import { stylesheet } from './assets.js';
import type { PageCache } from './page-cache.js';
import { ServerErrorPage } from './pages/error-pages.js';
import { formValues, SearchPage, type SearchFormValues } from './pages/search-page.js';
import { renderHtml } from './render-html.js';
import { makeContext, paths, type SiteContext } from './site-context.js';

export interface SearchRoutesDeps {
  db: Db;
  config: Config;
  cache: PageCache;
  search: SearchDeps;
  /**
   * Which gated articles this reader may read in full (their snippets may then show text after
   * the cut). Unset: nobody, and the page may be cached publicly.
   */
  resolveEntitlement?: (request: FastifyRequest) => Promise<SearchOptions['viewerEntitled']>;
}

const PAGE_SIZE = 20;
/** Results change only when articles do; a short shared cache absorbs repeated searches. */
const PUBLIC_CACHE = 'public, max-age=60, s-maxage=120';
const FORM_FIELDS = ['q', 'type', 'section', 'tag', 'author', 'language', 'from', 'to', 'sort'] as const;

/** What the reader typed, echoed back into the form when it could not be used. */
function rawValues(query: Record<string, unknown>): SearchFormValues {
  const out: SearchFormValues = {};
  for (const name of FORM_FIELDS) {
    const value = query[name];
    if (typeof value === 'string') out[name] = value.slice(0, 300);
  }
  return out;
}

/**
 * The reader site's search page, at /search and /ar/search: GET only, so it works without
 * JavaScript and every result page has a URL that can be shared.
 */
export async function searchRoutes(app: FastifyInstance, deps: SearchRoutesDeps): Promise<void> {
  const context = async (language: string): Promise<SiteContext> => {
    const sections = await deps.cache.wrap('sections', 5 * 60_000, ['sections'], () => listSections(deps.db));
    return makeContext({ siteName: deps.config.siteName, siteNameAr: 'دفتر المشرق', publicUrl: deps.config.publicUrl, sections, stylesheet: stylesheet.url }, language);
  };
  const send = (reply: FastifyReply, status: number, html: string, cacheControl: string) =>
    reply.code(status).header('content-type', 'text/html; charset=utf-8').header('cache-control', cacheControl).header('surrogate-key', 'search lists').send(html);

  for (const edition of ['en', 'ar'] as const) {
    const prefix = edition === 'ar' ? '/ar' : '';
    app.get(paths.search(prefix), async (request, reply) => {
      const query = request.query as Record<string, unknown>;
      const ctx = await context(edition);
      let searchRequest: SearchRequest;
      try {
        searchRequest = parseSearchParams(query, { defaultLimit: PAGE_SIZE, maxLimit: PAGE_SIZE });
      } catch (error) {
        if (!isAppError(error) || error.status !== 400) throw error;
        return send(reply, 400, renderHtml(<SearchPage ctx={ctx} values={rawValues(query)} error={error.message} />), 'no-store');
      }
      const viewerEntitled = deps.resolveEntitlement ? await deps.resolveEntitlement(request) : undefined;
      try {
        const outcome = await searchPosts(deps.search, searchRequest, { viewerEntitled });
        const html = renderHtml(<SearchPage ctx={ctx} values={formValues(searchRequest)} outcome={outcome} />);
        return send(reply, 200, html, viewerEntitled ? 'private, max-age=0' : PUBLIC_CACHE);
      } catch (error) {
        if (!isAppError(error) || error.status !== 400) throw error;
        return send(reply, 400, renderHtml(<SearchPage ctx={ctx} values={formValues(searchRequest)} error={error.message} />), 'no-store');
      }
    });
  }

  app.setErrorHandler(async (error: unknown, request, reply) => {
    request.log.error({ err: error }, 'search page error');
    const ctx = await context(request.url.startsWith('/ar/') ? 'ar' : 'en').catch(() =>
      makeContext({ siteName: deps.config.siteName, siteNameAr: 'دفتر المشرق', publicUrl: deps.config.publicUrl, sections: [], stylesheet: stylesheet.url }, 'en'),
    );
    return send(reply, 500, renderHtml(<ServerErrorPage ctx={ctx} />), 'no-store');
  });
}
