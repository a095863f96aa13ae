import { useEffect, useState } from 'preact/hooks';
import { api, query } from '../api-client.js';
import type { PostSummary } from '../api-types.js';
import { ProblemMessage } from '../components/problem-message.js';
import { formatTime } from '../format.js';
import { newsletterApi, type Newsletter, type Send } from './newsletter-api.js';

/** Published articles whose headline matches `q`, newest first, for the article picker. */
async function findPublished(q: string): Promise<PostSummary[]> {
  const page = await api.get<{ posts: PostSummary[] }>(`/posts${query({ status: 'published', q: q.trim(), limit: 20 })}`);
  return page.posts;
}

/**
 * Send an article as a newsletter: pick the newsletter and a published article, optionally a
 * subject and an introduction. It is always created as a draft, so the editor sees the preview
 * and can send a test before anyone else gets it.
 */
export function NewSendForm({ newsletters, initialPost, onCreated }: { newsletters: Newsletter[]; initialPost?: string; onCreated: (send: Send) => void }) {
  const [newsletter, setNewsletter] = useState(newsletters[0]?.id ?? '');
  const [search, setSearch] = useState('');
  const [posts, setPosts] = useState<PostSummary[]>([]);
  const [post, setPost] = useState(initialPost ?? '');
  const [subject, setSubject] = useState('');
  const [intro, setIntro] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const find = (q: string) =>
    findPublished(q).then((found) => {
      setPosts(found);
      setPost((current) => (current && found.some((p) => p.id === current) ? current : (found[0]?.id ?? '')));
    }, setError);
  useEffect(() => void find(''), []);

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    setBusy(true);
    try {
      const send = await newsletterApi.createDraft({ newsletter, post, subject: subject.trim() || undefined, intro: intro.trim() || undefined });
      setSubject('');
      setIntro('');
      onCreated(send);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="nr-card nr-stack" aria-labelledby="nr-new-send-title">
      <h2 id="nr-new-send-title">Send an article as a newsletter</h2>
      <form
        role="search"
        class="nr-row"
        onSubmit={(event) => {
          event.preventDefault();
          void find(search);
        }}
      >
        <label>
          Find a published article
          <input type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
        </label>
        <button type="submit" class="nr-button">
          Find
        </button>
      </form>
      <form class="nr-stack" onSubmit={submit}>
        <div class="nr-row">
          <label>
            Newsletter
            <select value={newsletter} onChange={(e) => setNewsletter(e.currentTarget.value)}>
              {newsletters.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.name}
                </option>
              ))}
            </select>
          </label>
          <label class="nr-grow">
            Article
            <select required value={post} onChange={(e) => setPost(e.currentTarget.value)}>
              {posts.length === 0 && <option value="">No published article matches</option>}
              {posts.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.title} ({formatTime(p.publishedAt)})
                </option>
              ))}
            </select>
          </label>
        </div>
        <label>
          Subject <span class="nr-muted">(optional: the headline otherwise)</span>
          <input maxLength={200} value={subject} onInput={(e) => setSubject(e.currentTarget.value)} />
        </label>
        <label>
          Introduction <span class="nr-muted">(optional)</span>
          <textarea rows={3} maxLength={5000} value={intro} onInput={(e) => setIntro(e.currentTarget.value)} />
        </label>
        <ProblemMessage error={error} />
        <div>
          <button type="submit" class="nr-button nr-button--primary" disabled={busy || !post || !newsletter}>
            Create draft and preview
          </button>
        </div>
      </form>
    </section>
  );
}
