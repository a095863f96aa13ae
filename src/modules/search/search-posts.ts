import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';
import {
  findAuthorBySlug,
  findSectionBySlug,
  findTagBySlug,
  renderBlocksText,
  summariesByIds,
  withoutCut,
  type AccessLevel,
  type Author,
  type PostSummary,
  type Section,
  type Tag,
} from '../content/index.js';
import { buildSnippet, highlight, leadingExcerpt } from './build-snippet.js';
import { publicAndGatedText } from './index-document.js';
import { isEmptyQuery, parseQuery, queryTokens } from './parse-query.js';
import type { SearchIndex } from './search-index.js';
import { dateRange, type SearchRequest } from './search-params.js';
import { loadSnippetSources } from './search-source.js';

export interface SearchDeps {
  db: Db;
  index: SearchIndex;
  clock: Clock;
}

export interface SearchOptions {
  /**
   * Whether this reader may read the whole of a gated article, so its snippet may come from text
   * after the cut. Until members can sign in nobody is; the default shows only public text.
   */
  viewerEntitled?: (post: { id: string; access: AccessLevel }) => boolean;
}

export interface SearchResult {
  post: PostSummary;
  /** The headline, escaped, query words in <mark>. */
  titleHtml: string;
  /** A stretch of text the reader may see, escaped, query words in <mark>. */
  snippetHtml: string;
}

export interface SearchOutcome {
  request: SearchRequest;
  /** False when the query had no searchable words: show the form, not "no results". */
  queried: boolean;
  results: SearchResult[];
  hasMore: boolean;
  /** The filters' taxonomy, resolved from their slugs (for labels). */
  section?: Section;
  tag?: Tag;
  author?: Author;
}

const notFoundFilter = (field: string, slug: string): AppError =>
  new AppError('INVALID_SEARCH', 400, `There is no ${field} "${slug}" to filter by.`, { [field]: 'does not exist' });

/**
 * Full-text search over published articles: the one operation behind the search page and the
 * Content API. Relevance (or date) order from the index, then summaries and snippets for the
 * page of results. A gated article may appear because text after its cut matched, but its
 * snippet is built only from what an anonymous reader may see (unless `viewerEntitled` says
 * otherwise).
 */
export async function searchPosts(deps: SearchDeps, request: SearchRequest, options: SearchOptions = {}): Promise<SearchOutcome> {
  const [section, tag, author] = await Promise.all([
    request.section ? findSectionBySlug(deps.db, request.section) : undefined,
    request.tag ? findTagBySlug(deps.db, request.tag) : undefined,
    request.author ? findAuthorBySlug(deps.db, request.author) : undefined,
  ]);
  if (request.section && !section) throw notFoundFilter('section', request.section);
  if (request.tag && !tag) throw notFoundFilter('tag', request.tag);
  if (request.author && !author) throw notFoundFilter('author', request.author);

  const query = parseQuery(request.q);
  const outcome: SearchOutcome = { request, queried: false, results: [], hasMore: false, section, tag, author };
  if (isEmptyQuery(query)) return outcome;

  const hits = await deps.index.search({
    query,
    filters: { types: request.type ? [request.type] : undefined, sectionId: section?.id, tagId: tag?.id, authorId: author?.id, language: request.language, ...dateRange(request) },
    sort: request.sort,
    limit: request.limit + 1,
    offset: (request.page - 1) * request.limit,
    now: deps.clock.now(),
  });
  const pageHits = hits.slice(0, request.limit);
  const ids = pageHits.map((h) => h.postId);
  const [summaries, sources] = await Promise.all([summariesByIds(deps.db, ids), loadSnippetSources(deps.db, ids)]);
  const tokens = queryTokens(query);
  const entitled = options.viewerEntitled ?? (() => false);
  const results: SearchResult[] = [];
  for (const post of summaries) {
    const source = sources.get(post.id);
    // An index entry can outlive its article for a moment (unpublished, deleted): skip it.
    if (!source || post.status !== 'published') continue;
    const visibleText = post.access !== 'public' && entitled({ id: post.id, access: post.access }) ? renderBlocksText(withoutCut(source.body)) : publicAndGatedText(source).publicText;
    const snippetHtml = buildSnippet(visibleText, tokens) ?? (post.dek ? highlight(post.dek, tokens) : leadingExcerpt(visibleText));
    results.push({ post, titleHtml: highlight(post.title, tokens), snippetHtml });
  }
  return { ...outcome, queried: true, results, hasMore: hits.length > request.limit };
}
