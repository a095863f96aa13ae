import { useEffect, useState } from 'preact/hooks';
import { api, query } from '../api-client.js';
import type { List, PostSummary, Ref, Section } from '../api-types.js';
import { ProblemMessage } from '../components/problem-message.js';
import { formatTime, LANGUAGES, STATUS_LABELS, TYPE_LABELS } from '../format.js';
import { href, navigate, useRoute } from '../router.js';
import { useSession } from '../session.js';

const FILTERS = ['status', 'type', 'section', 'author', 'language', 'q'] as const;

/** Every article the newsroom is working on, filterable and searchable by title; the way into the editor. */
export function ArticlesScreen() {
  const session = useSession();
  const route = useRoute();
  const filters = Object.fromEntries(FILTERS.map((f) => [f, route.params.get(f) ?? ''])) as Record<(typeof FILTERS)[number], string>;
  const [posts, setPosts] = useState<PostSummary[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [sections, setSections] = useState<Section[]>([]);
  const [authors, setAuthors] = useState<Ref[]>([]);
  const [search, setSearch] = useState(filters.q);

  useEffect(() => {
    document.title = 'Articles · Newsroom';
    void api.get<List<'sections', Section>>('/sections').then((r) => setSections(r.sections), () => undefined);
    void api.get<List<'authors', Ref>>('/authors?limit=100').then((r) => setAuthors(r.authors), () => undefined);
  }, []);

  const load = async (after?: string) => {
    setLoading(true);
    setError(null);
    try {
      const page = await api.get<List<'posts', PostSummary>>(`/posts${query({ ...filters, cursor: after, limit: 25 })}`);
      setPosts((previous) => (after ? [...previous, ...page.posts] : page.posts));
      setCursor(page.meta.nextCursor);
    } catch (caught) {
      setError(caught);
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => void load(), [route.params.toString()]);

  const setFilter = (name: string, value: string) => {
    const params = new URLSearchParams(route.params);
    if (value) params.set(name, value);
    else params.delete(name);
    const qs = params.toString();
    navigate(qs ? `/?${qs}` : '/', { replace: true });
  };

  const [creating, setCreating] = useState(false);
  const createDraft = async () => {
    setCreating(true);
    try {
      const { post } = await api.post<{ post: PostSummary }>('/posts', { title: 'Untitled article', type: 'news', body: { format: 'doc', content: { type: 'doc', content: [] } } });
      navigate(`/articles/${post.id}`);
    } catch (caught) {
      setError(caught);
      setCreating(false);
    }
  };

  return (
    <div class="nr-stack">
      <div class="nr-row nr-row--spread">
        <h1>Articles</h1>
        {session.can('post.create') && (
          <button type="button" class="nr-button nr-button--primary" onClick={createDraft} disabled={creating}>
            New article
          </button>
        )}
      </div>
      <form
        class="nr-filters"
        role="search"
        aria-label="Filter articles"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter('q', search.trim());
        }}
      >
        <label>
          Title contains
          <input type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
        </label>
        <FilterSelect label="Status" anyLabel="Any" value={filters.status} options={Object.entries(STATUS_LABELS)} onChange={(v) => setFilter('status', v)} />
        <FilterSelect label="Type" anyLabel="Any" value={filters.type} options={Object.entries(TYPE_LABELS)} onChange={(v) => setFilter('type', v)} />
        <FilterSelect label="Section" anyLabel="Any" value={filters.section} options={sections.map((s) => [s.slug, s.name])} onChange={(v) => setFilter('section', v)} />
        <FilterSelect label="Author" anyLabel="Anyone" value={filters.author} options={authors.map((a) => [a.slug, a.name])} onChange={(v) => setFilter('author', v)} />
        <FilterSelect label="Language" anyLabel="Any" value={filters.language} options={Object.entries(LANGUAGES)} onChange={(v) => setFilter('language', v)} />
        <button type="submit" class="nr-button">
          Search
        </button>
      </form>
      <ProblemMessage error={error} />
      <p role="status" class="nr-muted">
        {loading ? 'Loading…' : posts.length === 0 ? 'No articles match these filters.' : `${posts.length}${cursor ? '+' : ''} articles`}
      </p>
      <ul class="nr-article-list">
        {posts.map((p) => (
          <li key={p.id} dir={p.direction}>
            <a href={href(`/articles/${p.id}`)} class="nr-article-link">
              {p.title}
            </a>
            <span class="nr-meta" dir="ltr">
              <span class={`nr-badge nr-badge--${p.status}`}>{STATUS_LABELS[p.status] ?? p.status}</span> {TYPE_LABELS[p.type] ?? p.type}
              {p.section ? ` · ${p.section.name}` : ''}
              {p.authors.length ? ` · ${p.authors.map((a) => a.name).join(', ')}` : ''} · {p.language} · updated {formatTime(p.updatedAt)}
              {p.scheduledFor ? ` · publishes ${formatTime(p.scheduledFor)}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {cursor && (
        <button type="button" class="nr-button" disabled={loading} onClick={() => load(cursor)}>
          Show more
        </button>
      )}
    </div>
  );
}

/** One filter of the list: a labelled select whose first choice means "no filter". */
function FilterSelect({ label, anyLabel, value, options, onChange }: { label: string; anyLabel: string; value: string; options: [string, string][]; onChange: (value: string) => void }) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{anyLabel}</option>
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
      </select>
    </label>
  );
}
