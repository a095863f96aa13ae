import { useEffect, useState } from 'preact/hooks';
import { api } from '../api-client.js';
import type { Comparison, Post, Revision } from '../api-types.js';
import { ProblemMessage } from '../components/problem-message.js';
import { formatTime } from '../format.js';
import { useSession } from '../session.js';

const show = (value: unknown): string => (value === null || value === undefined || value === '' ? '(empty)' : typeof value === 'string' ? value : JSON.stringify(value));

/** Every saved version of the article: who and when, a comparison of any two, and restore. */
export function RevisionsPanel({ post, beforeAction, onRestored }: { post: Post; beforeAction: () => Promise<number | null>; onRestored: (post: Post) => void }) {
  const session = useSession();
  const [revisions, setRevisions] = useState<Revision[]>([]);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [comparison, setComparison] = useState<Comparison | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    void api.get<{ revisions: Revision[] }>(`/posts/${post.id}/revisions`).then((r) => {
      setRevisions(r.revisions);
      if (r.revisions.length >= 2) {
        setTo(String(r.revisions[0]!.version));
        setFrom(String(r.revisions[1]!.version));
      }
    }, setError);
  }, [post.id, post.version]);

  const compare = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      setComparison((await api.get<{ comparison: Comparison }>(`/posts/${post.id}/revisions/compare?from=${from}&to=${to}`)).comparison);
    } catch (caught) {
      setError(caught);
    }
  };
  const restore = async (version: number) => {
    if (!confirm(`Restore version ${version}? It becomes a new version; nothing is lost.`)) return;
    try {
      const current = await beforeAction();
      if (current === null) return;
      const { post: restored } = await api.post<{ post: Post }>(`/posts/${post.id}/revisions/${version}/restore`, { version: current });
      onRestored(restored);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <div class="nr-stack">
      <ol class="nr-revisions" reversed>
        {revisions.map((r) => (
          <li key={r.id}>
            <span>
              Version {r.version} · {formatTime(r.createdAt)} · {r.status}
            </span>
            {r.version !== post.version && session.can('post.edit') && (
              <button type="button" class="nr-button nr-button--quiet" onClick={() => restore(r.version)}>
                Restore version {r.version}
              </button>
            )}
          </li>
        ))}
      </ol>
      {revisions.length >= 2 && (
        <form class="nr-row nr-row--wrap" onSubmit={compare}>
          <label>
            Compare version
            <select value={from} onChange={(e) => setFrom(e.currentTarget.value)}>
              {revisions.map((r) => (
                <option key={r.id} value={r.version}>
                  {r.version}
                </option>
              ))}
            </select>
          </label>
          <label>
            with version
            <select value={to} onChange={(e) => setTo(e.currentTarget.value)}>
              {revisions.map((r) => (
                <option key={r.id} value={r.version}>
                  {r.version}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" class="nr-button">
            Compare
          </button>
        </form>
      )}
      <ProblemMessage error={error} />
      {comparison && (
        <div class="nr-diff" aria-live="polite">
          {comparison.fields.length === 0 && comparison.body.every((p) => p.op === 'same') && <p>No differences.</p>}
          {comparison.fields.length > 0 && (
            <dl>
              {comparison.fields.map((f) => (
                <div key={f.field}>
                  <dt>{f.field}</dt>
                  <dd>
                    <del>{show(f.from)}</del> <ins>{show(f.to)}</ins>
                  </dd>
                </div>
              ))}
            </dl>
          )}
          {comparison.body
            .filter((p) => p.op !== 'same')
            .map((p, i) =>
              p.op === 'added' ? (
                <p key={i}>
                  <ins>{p.text}</ins>
                </p>
              ) : (
                <p key={i}>
                  <del>{p.text}</del>
                </p>
              ),
            )}
        </div>
      )}
    </div>
  );
}
