import { useEffect, useState } from 'preact/hooks';
import { api } from '../api-client.js';
import { formatTime } from '../format.js';

interface Entry {
  id: string;
  actor: { name: string | null; kind: string };
  action: string;
  details: Record<string, unknown>;
  createdAt: string;
}

/** Who did what to the article, with editors' comments (a send-back says what to change). */
export function ActivityList({ postId, version }: { postId: string; version: number }) {
  const [entries, setEntries] = useState<Entry[]>([]);
  useEffect(() => {
    void api.get<{ activity: Entry[] }>(`/posts/${postId}/activity`).then((r) => setEntries(r.activity), () => setEntries([]));
  }, [postId, version]);
  if (entries.length === 0) return <p class="nr-muted">Nothing yet.</p>;
  return (
    <ul class="nr-activity">
      {entries.map((e) => (
        <li key={e.id}>
          <span class="nr-muted">{formatTime(e.createdAt)}</span> {e.actor.name ?? String(e.details.actorName ?? e.actor.kind)}: {e.action.replace(/^post\./, '')}
          {typeof e.details.comment === 'string' && <blockquote>{e.details.comment}</blockquote>}
        </li>
      ))}
    </ul>
  );
}
