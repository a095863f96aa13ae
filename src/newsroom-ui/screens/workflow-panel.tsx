import { useState } from 'preact/hooks';
import { api } from '../api-client.js';
import type { Post } from '../api-types.js';
import { ModalDialog } from '../components/modal-dialog.js';
import { ProblemMessage } from '../components/problem-message.js';
import { formatTime, STATUS_LABELS } from '../format.js';
import { useSession } from '../session.js';

type Action = 'submit' | 'approve' | 'send-back' | 'publish' | 'schedule' | 'unpublish' | 'archive';

interface ActionSpec {
  action: Action;
  label: string;
  from: string[];
  permission: string;
  primary?: boolean;
}

/** Which buttons a status offers, and the permission each needs (the server checks again). */
const ACTIONS: ActionSpec[] = [
  { action: 'submit', label: 'Submit for review', from: ['draft'], permission: 'post.submit', primary: true },
  { action: 'approve', label: 'Approve and publish', from: ['review'], permission: 'post.review', primary: true },
  { action: 'send-back', label: 'Send back with a comment', from: ['review', 'scheduled'], permission: 'post.review' },
  { action: 'publish', label: 'Publish now', from: ['draft', 'review', 'scheduled'], permission: 'post.publish' },
  { action: 'schedule', label: 'Schedule…', from: ['draft', 'review', 'scheduled'], permission: 'post.publish' },
  { action: 'unpublish', label: 'Unpublish', from: ['published', 'scheduled', 'archived'], permission: 'post.unpublish' },
  { action: 'archive', label: 'Archive', from: ['draft', 'review', 'scheduled', 'published'], permission: 'post.archive' },
];

/** A datetime-local value an hour from now, in the person's own time zone. */
function inAnHour(): string {
  const d = new Date(Date.now() + 3_600_000);
  d.setSeconds(0, 0);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

/**
 * The status of the article and the workflow buttons the person's role allows. `beforeAction`
 * saves pending edits first, so a transition never races an autosave.
 */
export function WorkflowPanel({ post, beforeAction, onChanged }: { post: Post; beforeAction: () => Promise<number | null>; onChanged: (post: Post) => void }) {
  const session = useSession();
  const [dialog, setDialog] = useState<'send-back' | 'schedule' | null>(null);
  const [comment, setComment] = useState('');
  const [when, setWhen] = useState(inAnHour);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  const run = async (action: Action, extra: Record<string, unknown> = {}) => {
    setBusy(true);
    setError(null);
    try {
      const version = await beforeAction();
      if (version === null) return;
      const { post: updated } = await api.post<{ post: Post }>(`/posts/${post.id}/transitions`, { action, version, ...extra });
      setDialog(null);
      setStatus(`${STATUS_LABELS[updated.status] ?? updated.status}.`);
      onChanged(updated);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  const available = ACTIONS.filter((a) => a.from.includes(post.status) && session.can(a.permission));
  return (
    <section class="nr-card nr-stack" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">
        Status: <span class={`nr-badge nr-badge--${post.status}`}>{STATUS_LABELS[post.status] ?? post.status}</span>
      </h2>
      {post.scheduledFor && <p>Publishes {formatTime(post.scheduledFor)}.</p>}
      {post.publishedAt && post.status === 'published' && (
        <p>
          Published {formatTime(post.publishedAt)}.{' '}
          <a href={post.url} target="_blank" rel="noopener">
            View on the site
          </a>
        </p>
      )}
      <div class="nr-row nr-row--wrap">
        {available.map((a) => (
          <button
            key={a.action}
            type="button"
            class={a.primary ? 'nr-button nr-button--primary' : 'nr-button'}
            disabled={busy}
            onClick={() => (a.action === 'send-back' || a.action === 'schedule' ? setDialog(a.action) : run(a.action))}
          >
            {a.label}
          </button>
        ))}
        {available.length === 0 && <p class="nr-muted">Your role has no workflow action at this stage.</p>}
      </div>
      <p role="status" class="nr-muted">
        {status}
      </p>
      <ProblemMessage error={error} />
      {dialog === 'send-back' && (
        <ModalDialog title="Send back to the writer" onClose={() => setDialog(null)}>
          <form
            class="nr-stack"
            onSubmit={(e) => {
              e.preventDefault();
              void run('send-back', { comment: comment.trim() });
            }}
          >
            <label>
              What needs to change
              <textarea rows={4} required value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
            </label>
            <ProblemMessage error={error} />
            <button type="submit" class="nr-button nr-button--primary" disabled={busy || !comment.trim()}>
              Send back
            </button>
          </form>
        </ModalDialog>
      )}
      {dialog === 'schedule' && (
        <ModalDialog title="Schedule publication" onClose={() => setDialog(null)}>
          <form
            class="nr-stack"
            onSubmit={(e) => {
              e.preventDefault();
              void run('schedule', { publishAt: new Date(when).toISOString() });
            }}
          >
            <label>
              Publish at (your time zone)
              <input type="datetime-local" required value={when} onInput={(e) => setWhen(e.currentTarget.value)} />
            </label>
            <ProblemMessage error={error} />
            <button type="submit" class="nr-button nr-button--primary" disabled={busy}>
              Schedule
            </button>
          </form>
        </ModalDialog>
      )}
    </section>
  );
}
