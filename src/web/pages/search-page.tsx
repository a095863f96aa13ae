import { SEARCHABLE_TYPES, MAX_QUERY_LENGTH, type SearchOutcome, type SearchRequest, type SearchResult } from '../../modules/search/index.js';
import { Kicker, Timestamp } from '../components/article-meta.js';
import { DocumentShell } from '../components/document-shell.js';
import { localName } from '../i18n.js';
import type { MessageKey } from '../i18n.js';
import { paths, type SiteContext } from '../site-context.js';

/** What the search form shows: the request when it was valid, else the raw values typed. */
export type SearchFormValues = Partial<Record<'q' | 'type' | 'section' | 'tag' | 'author' | 'language' | 'from' | 'to' | 'sort', string>>;

export interface SearchPageProps {
  ctx: SiteContext;
  values: SearchFormValues;
  outcome?: SearchOutcome;
  /** A validation message, shown above the form (the page answers 400). */
  error?: string;
}

const TYPE_LABELS: Record<(typeof SEARCHABLE_TYPES)[number], MessageKey> = { news: 'news', analysis: 'analysis', memo: 'memo', report: 'report' };

/** A search URL with these values (empty ones left out), for pagination and removing a filter. */
export function searchHref(prefix: string, values: SearchFormValues & { page?: number }): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === '' || (name === 'sort' && value === 'relevance') || (name === 'page' && value === 1)) continue;
    params.set(name, String(value));
  }
  const query = params.toString();
  return paths.search(prefix) + (query ? `?${query}` : '');
}

export const formValues = (request: SearchRequest): SearchFormValues => ({
  q: request.q,
  type: request.type,
  section: request.section,
  tag: request.tag,
  author: request.author,
  language: request.language,
  from: request.from,
  to: request.to,
  sort: request.sort,
});

function Select({ name, label, value, options }: { name: string; label: string; value: string | undefined; options: [string, string][] }) {
  return (
    <p class="search-field">
      <label for={`search-${name}`}>{label}</label>
      <select id={`search-${name}`} name={name}>
        {options.map(([v, text]) => (
          <option key={v} value={v} selected={(value ?? '') === v}>
            {text}
          </option>
        ))}
      </select>
    </p>
  );
}

/**
 * The query box, then the filters in a <details> that is open only when a filter is in use, so on
 * a phone the results are not pushed below the fold (and no script is needed to fold them).
 */
function SearchForm({ ctx, values }: { ctx: SiteContext; values: SearchFormValues }) {
  const t = ctx.t;
  const refined = Boolean(values.type || values.section || values.language || values.from || values.to || (values.sort && values.sort !== 'relevance'));
  return (
    <form class="search-page-form" role="search" action={paths.search(ctx.prefix)} method="get">
      <label for="search-q">{t('searchLabel')}</label>
      <div class="search-row">
        <input id="search-q" type="search" name="q" value={values.q ?? ''} maxLength={MAX_QUERY_LENGTH} />
        <button type="submit">{t('search')}</button>
      </div>
      <details class="search-filters" open={refined}>
        <summary>{t('searchFilters')}</summary>
        <div class="search-filter-grid">
          <Select name="type" label={t('filterType')} value={values.type} options={[['', t('anyType')], ...SEARCHABLE_TYPES.map((v): [string, string] => [v, t(TYPE_LABELS[v])])]} />
          <Select name="section" label={t('filterSection')} value={values.section} options={[['', t('anySection')], ...ctx.sections.map((s): [string, string] => [s.slug, localName(s, ctx.language)])]} />
          <Select name="language" label={t('filterLanguage')} value={values.language} options={[['', t('anyLanguage')], ['en', t('languageEn')], ['ar', t('languageAr')]]} />
          <p class="search-field">
            <label for="search-from">{t('filterFrom')}</label>
            <input id="search-from" type="date" name="from" value={values.from ?? ''} />
          </p>
          <p class="search-field">
            <label for="search-to">{t('filterTo')}</label>
            <input id="search-to" type="date" name="to" value={values.to ?? ''} />
          </p>
          <Select name="sort" label={t('sortBy')} value={values.sort ?? 'relevance'} options={[['relevance', t('sortRelevance')], ['date', t('sortDate')]]} />
        </div>
      </details>
      {values.tag ? <input type="hidden" name="tag" value={values.tag} /> : null}
      {values.author ? <input type="hidden" name="author" value={values.author} /> : null}
    </form>
  );
}

/** The tag and author filters have no field in the form: they show as labels with a way to remove them. */
function ActiveFilters({ ctx, values, outcome }: { ctx: SiteContext; values: SearchFormValues; outcome: SearchOutcome }) {
  const chips: { label: string; without: SearchFormValues }[] = [];
  if (outcome.tag) chips.push({ label: ctx.t('filteredBy', { kind: ctx.t(outcome.tag.kind), name: localName(outcome.tag, ctx.language) }), without: { ...values, tag: undefined } });
  if (outcome.author) chips.push({ label: ctx.t('filteredBy', { kind: ctx.t('filterAuthor'), name: localName(outcome.author, ctx.language) }), without: { ...values, author: undefined } });
  if (chips.length === 0) return null;
  return (
    <ul class="search-chips">
      {chips.map((c) => (
        <li key={c.label}>
          <bdi>{c.label}</bdi> <a href={searchHref(ctx.prefix, c.without)}>{ctx.t('removeFilter')}</a>
        </li>
      ))}
    </ul>
  );
}

function ResultItem({ ctx, result }: { ctx: SiteContext; result: SearchResult }) {
  const { post } = result;
  const own = post.language !== ctx.language;
  return (
    <li>
      <article class="search-result" lang={own ? post.language : undefined} dir={own ? post.direction : undefined}>
        <Kicker ctx={ctx} post={post} />
        <h2 class="card-title">
          <a href={paths.article(post.slug)} dangerouslySetInnerHTML={{ __html: result.titleHtml }} />
        </h2>
        {result.snippetHtml ? <p class="search-snippet" dangerouslySetInnerHTML={{ __html: result.snippetHtml }} /> : null}
        <p class="card-meta">
          {post.authors.length ? (
            <span class="card-authors">
              {post.authors.map((a, i) => (
                <span key={a.id}>
                  {i > 0 ? ', ' : null}
                  <bdi>{localName(a, ctx.language)}</bdi>
                </span>
              ))}
            </span>
          ) : null}
          {post.publishedAt ? <Timestamp ctx={ctx} iso={post.publishedAt} /> : null}
        </p>
      </article>
    </li>
  );
}

/**
 * The search page: a form that works without JavaScript (GET, every filter a plain field), then
 * the results with highlighted snippets and previous/next links. Snippet and title HTML come
 * from the search module already escaped, with only <mark> added.
 */
export function SearchPage({ ctx, values, outcome, error }: SearchPageProps) {
  const q = values.q?.trim() ?? '';
  const name = ctx.language === 'ar' ? ctx.siteNameAr : ctx.siteName;
  const heading = outcome?.queried ? ctx.t('searchResultsFor', { q }) : ctx.t('searchHeading');
  const page = outcome?.request.page ?? 1;
  return (
    <DocumentShell ctx={ctx} meta={{ title: `${heading} | ${name}`, description: ctx.t('searchPrompt'), canonical: ctx.publicUrl + paths.search(ctx.prefix), noindex: true }}>
      <header class="list-header">
        <h1>{heading}</h1>
      </header>
      {error ? (
        <div class="search-error" role="alert">
          <p>
            <strong>{ctx.t('searchInvalid')}</strong>
          </p>
          <p>{error}</p>
        </div>
      ) : null}
      <SearchForm ctx={ctx} values={values} />
      {outcome ? <ActiveFilters ctx={ctx} values={values} outcome={outcome} /> : null}
      {outcome?.queried ? (
        outcome.results.length ? (
          <ol class="search-results" start={(page - 1) * outcome.request.limit + 1}>
            {outcome.results.map((r) => (
              <ResultItem key={r.post.id} ctx={ctx} result={r} />
            ))}
          </ol>
        ) : (
          <p class="empty">{ctx.t('searchNoResults')}</p>
        )
      ) : !error ? (
        <p class="search-prompt">{ctx.t('searchPrompt')}</p>
      ) : null}
      {outcome?.queried && (page > 1 || outcome.hasMore) ? (
        <nav class="pagination" aria-label={ctx.t('pageN', { n: page })}>
          {page > 1 ? (
            <a href={searchHref(ctx.prefix, { ...values, page: page - 1 })} rel="prev">
              {ctx.t('previousResults')}
            </a>
          ) : (
            <span />
          )}
          {outcome.hasMore ? (
            <a href={searchHref(ctx.prefix, { ...values, page: page + 1 })} rel="next">
              {ctx.t('moreResults')}
            </a>
          ) : null}
        </nav>
      ) : null}
    </DocumentShell>
  );
}
