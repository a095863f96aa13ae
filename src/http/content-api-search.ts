import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../kernel/config.js';
import { isAppError } from '../kernel/errors.js';
import { encodeSearchCursor, parseSearchParams, searchPosts, type SearchDeps, type SearchOptions } from '../modules/search/index.js';
import { paths } from '../web/site-context.js';

export interface ContentApiSearchDeps {
  config: Config;
  search: SearchDeps;
  /** Which gated articles this caller may read in full. Unset: none (snippets stay before the cut). */
  resolveEntitlement?: (request: FastifyRequest) => Promise<SearchOptions['viewerEntitled']>;
}

/** RFC 9457 problem details, with the stable code and, for validation, the failing fields. */
function sendProblem(reply: FastifyReply, status: number, code: string, title: string, detail: string, fields?: Record<string, string>) {
  return reply
    .code(status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send({ type: 'about:blank', title, status, code, detail, ...(fields ? { fields } : {}) });
}

/**
 * GET /api/content/search: the same search as the reader's page, as JSON.
 *
 * Query: q (required), type, section, tag, author, language, from, to (YYYY-MM-DD), sort
 * (relevance|date), limit (1-50, default 20), cursor (from the previous response) or page.
 * Answer: { results: [{ id, slug, url, title, dek, type, language, publishedAt, snippet, access }],
 * page, nextCursor }. `snippet` is HTML: escaped text with the query words in <mark>, taken only
 * from text the caller may read.
 */
export async function contentApiSearch(app: FastifyInstance, deps: ContentApiSearchDeps): Promise<void> {
  app.get('/api/content/search', async (request, reply) => {
    const params = parseSearchParams(request.query as Record<string, unknown>, { defaultLimit: 20, maxLimit: 50 });
    if (params.q.trim() === '') {
      return sendProblem(reply, 400, 'INVALID_SEARCH', 'Invalid search', 'Add a query: q is required, for example ?q=water', { q: 'is required' });
    }
    const viewerEntitled = deps.resolveEntitlement ? await deps.resolveEntitlement(request) : undefined;
    const outcome = await searchPosts(deps.search, params, { viewerEntitled });
    reply.header('cache-control', viewerEntitled ? 'private, max-age=0' : 'public, max-age=60');
    return {
      results: outcome.results.map(({ post, snippetHtml }) => ({
        id: post.id,
        slug: post.slug,
        url: deps.config.publicUrl + paths.article(post.slug),
        title: post.title,
        dek: post.dek,
        type: post.type,
        language: post.language,
        publishedAt: post.publishedAt,
        snippet: snippetHtml,
        access: post.access,
      })),
      page: params.page,
      nextCursor: outcome.hasMore ? encodeSearchCursor(params.page + 1) : null,
    };
  });

  app.setErrorHandler((error: unknown, request, reply) => {
    if (isAppError(error)) return sendProblem(reply, error.status, error.code, error.status === 400 ? 'Invalid search' : 'Request failed', error.message, error.fields);
    const status = (error as { statusCode?: number }).statusCode;
    if (status && status >= 400 && status < 500) return sendProblem(reply, status, 'BAD_REQUEST', 'Bad request', 'The request could not be read; check the query string.');
    request.log.error({ err: error }, 'content api search error');
    return sendProblem(reply, 500, 'INTERNAL', 'Something went wrong', 'The search could not be completed. Please try again.');
  });
}
