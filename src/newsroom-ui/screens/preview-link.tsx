import { useState } from 'preact/hooks';
import { api } from '../api-client.js';
import type { Post } from '../api-types.js';
import { ProblemMessage } from '../components/problem-message.js';
import { formatTime } from '../format.js';

/** A private, expiring link showing the article as readers will see it, for someone without a newsroom account. */
export function PreviewLink({ post }: { post: Post }) {
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (post.status === 'published') return null;
  const make = async () => {
    setError(null);
    try {
      setLink((await api.post<{ previewLink: { url: string; expiresAt: string } }>(`/posts/${post.id}/preview-link`, {})).previewLink);
    } catch (caught) {
      setError(caught);
    }
  };
  return (
    <section class="nr-card nr-stack" aria-label="Preview link">
      <button type="button" class="nr-button" onClick={make}>
        Make a preview link
      </button>
      {link && (
        <label>
          Preview link (works until {formatTime(link.expiresAt)})
          <input readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      <ProblemMessage error={error} />
    </section>
  );
}
