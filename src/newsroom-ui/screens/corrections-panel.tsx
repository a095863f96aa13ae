import { useState } from 'preact/hooks';
import { api } from '../api-client.js';
import type { Post } from '../api-types.js';
import { ProblemMessage } from '../components/problem-message.js';
import { formatTime } from '../format.js';
import { useSession } from '../session.js';

/** Public corrections and update notes on a published article; editors add them. */
export function CorrectionsPanel({ post, beforeAction, onChanged }: { post: Post; beforeAction: () => Promise<number | null>; onChanged: (post: Post) => void }) {
  const session = useSession();
  const [kind, setKind] = useState('correction');
  const [text, setText] = useState('');
  const [error, setError] = useState<unknown>(null);

  const add = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      const version = await beforeAction();
      if (version === null) return;
      const { post: updated } = await api.post<{ post: Post }>(`/posts/${post.id}/corrections`, { kind, text: text.trim(), version });
      setText('');
      onChanged(updated);
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <div class="nr-stack">
      {post.corrections.length === 0 ? (
        <p class="nr-muted">No corrections or updates.</p>
      ) : (
        <ul>
          {post.corrections.map((c) => (
            <li key={c.id}>
              <strong>{c.kind === 'update' ? 'Update' : 'Correction'}</strong> ({formatTime(c.createdAt)}): {c.text}
            </li>
          ))}
        </ul>
      )}
      {post.status === 'published' && session.can('post.correct') && (
        <form class="nr-stack" onSubmit={add}>
          <label>
            Kind
            <select value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
              <option value="correction">Correction</option>
              <option value="update">Update</option>
            </select>
          </label>
          <label>
            Note shown to readers, dated today
            <textarea rows={3} required maxLength={2000} value={text} onInput={(e) => setText(e.currentTarget.value)} />
          </label>
          <ProblemMessage error={error} />
          <button type="submit" class="nr-button" disabled={!text.trim()}>
            Add to the article
          </button>
        </form>
      )}
    </div>
  );
}
