import { useEffect, useRef, useState } from 'preact/hooks';
import type { Doc } from '../../modules/content/index.js';
import { api, ApiError } from '../api-client.js';
import type { Post } from '../api-types.js';
import { ProblemMessage } from '../components/problem-message.js';
import { RichEditor } from '../editor/rich-editor.js';
import { directionOf, formatTime } from '../format.js';
import { useSession } from '../session.js';
import { ActivityList } from './activity-list.js';
import { changesOf, draftOf, type Draft, type DraftField } from './article-draft.js';
import { ArticleSettings } from './article-settings.js';
import { ConflictBanner } from './conflict-banner.js';
import { CorrectionsPanel } from './corrections-panel.js';
import { PreviewLink } from './preview-link.js';
import { RevisionsPanel } from './revisions-panel.js';
import { WorkflowPanel } from './workflow-panel.js';

const AUTOSAVE_MS = 3000;
type SaveState = 'saved' | 'unsaved' | 'saving' | 'conflict' | 'error';

/**
 * Writing and editing one article. Every change is saved a few seconds after the person stops
 * typing, with the version it was based on; if someone else saved meanwhile the server answers
 * 409 and the editor keeps the person's text, says so, and offers to copy it, load the other
 * version, or save over it.
 */
export function ArticleEditorScreen({ id }: { id: string }) {
  const session = useSession();
  const [post, setPost] = useState<Post | null>(null);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [words, setWords] = useState(0);
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<unknown>(null);
  const [conflict, setConflict] = useState<Post | null>(null);
  const [editorKey, setEditorKey] = useState(0);
  const dirty = useRef(new Set<DraftField>());
  const draftRef = useRef<Draft | null>(null);
  const versionRef = useRef(0);
  const saving = useRef<Promise<number | null> | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const editorControl = useRef<{ setDoc: (doc: Doc) => void; getDoc: () => Doc } | null>(null);
  // The body as the editor first normalized it: opening an article must not count as a change.
  const bodyJson = useRef<string | null>(null);
  const inConflict = useRef(false);

  const adopt = (fresh: Post, resetEditor = false) => {
    setPost(fresh);
    versionRef.current = fresh.version;
    if (resetEditor || !draftRef.current) {
      const next = draftOf(fresh);
      draftRef.current = next;
      setDraft(next);
      dirty.current.clear();
      bodyJson.current = null;
      setEditorKey((k) => k + 1);
    }
  };

  useEffect(() => {
    api.get<{ post: Post }>(`/posts/${id}`).then(
      ({ post: loaded }) => {
        adopt(loaded, true);
        document.title = `${loaded.title} · Newsroom`;
      },
      setError,
    );
    return () => window.clearTimeout(timer.current);
  }, [id]);

  // Leaving with unsaved words asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current.size > 0) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  /** Saves what changed; resolves to the new version, or null when the save could not happen. */
  const save = async (overVersion?: number): Promise<number | null> => {
    if (saving.current) await saving.current;
    const current = draftRef.current;
    if (!current || dirty.current.size === 0) return versionRef.current;
    if (inConflict.current && overVersion === undefined) return null;
    const fields = new Set(dirty.current);
    dirty.current.clear();
    setState('saving');
    const attempt = (async () => {
      try {
        const { post: saved } = await api.patch<{ post: Post }>(`/posts/${id}`, { version: overVersion ?? versionRef.current, ...changesOf(current, fields) });
        adopt(saved);
        inConflict.current = false;
        setConflict(null);
        setError(null);
        setState(dirty.current.size > 0 ? 'unsaved' : 'saved');
        return saved.version;
      } catch (caught) {
        fields.forEach((f) => dirty.current.add(f));
        if (caught instanceof ApiError && caught.code === 'POST_VERSION_CONFLICT') {
          inConflict.current = true;
          setConflict(caught.problem.post as Post);
          setState('conflict');
        } else {
          setError(caught);
          setState('error');
        }
        return null;
      } finally {
        saving.current = null;
      }
    })();
    saving.current = attempt;
    return attempt;
  };

  // Leaving the editor inside the app (a link, the back button) saves what is pending first.
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(
    () => () => {
      window.clearTimeout(timer.current);
      if (dirty.current.size > 0) void saveRef.current();
    },
    [],
  );

  const change = <K extends DraftField>(field: K, value: Draft[K]) => {
    if (!draftRef.current) return;
    const next = { ...draftRef.current, [field]: value };
    draftRef.current = next;
    setDraft(next);
    dirty.current.add(field);
    if (!inConflict.current) setState('unsaved');
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void save(), AUTOSAVE_MS);
  };

  if (error && !post) return <ProblemMessage error={error} />;
  if (!post || !draft) return <p role="status">Loading the article…</p>;

  const own = true; // the server decides between own and others' articles; the UI offers what the role may do
  const editable = session.can(post.status === 'published' || post.status === 'scheduled' ? 'post.edit-published' : 'post.edit', { own }) && state !== 'conflict';
  const dir = directionOf(draft.language);
  const label: Record<SaveState, string> = { saved: `Saved · version ${post.version}`, unsaved: 'Unsaved changes…', saving: 'Saving…', conflict: 'Not saved: someone else changed this article', error: 'Not saved' };

  return (
    <div class="nr-editor-layout">
      <div class="nr-editor-main nr-stack">
        <div class="nr-row nr-row--spread">
          <h1 class="nr-visually-hidden">Edit article</h1>
          <p class="nr-save-state" role="status" aria-live="polite">
            {label[state]}
          </p>
          {state === 'unsaved' || state === 'error' ? (
            <button type="button" class="nr-button" onClick={() => void save()}>
              Save now
            </button>
          ) : null}
        </div>
        {conflict && (
          <ConflictBanner
            mine={draft}
            theirs={conflict}
            onLoadTheirs={() => {
              adopt(conflict, true);
              inConflict.current = false;
              setConflict(null);
              setState('saved');
            }}
            onKeepMine={() => void save(conflict.version)}
          />
        )}
        {state === 'error' && <ProblemMessage error={error} />}
        <label class="nr-field-title">
          <span>Headline</span>
          <textarea rows={2} dir={dir} value={draft.title} maxLength={300} disabled={!editable} onInput={(e) => change('title', e.currentTarget.value)} />
        </label>
        <label class="nr-field-dek">
          <span>Dek (standfirst)</span>
          <textarea rows={2} dir={dir} value={draft.dek} maxLength={1000} disabled={!editable} onInput={(e) => change('dek', e.currentTarget.value)} />
        </label>
        <RichEditor
          key={editorKey}
          initial={draft.body}
          dir={dir}
          editable={editable}
          controlRef={editorControl}
          onChange={(doc, count) => {
            setWords(count);
            const json = JSON.stringify(doc);
            if (bodyJson.current === null) bodyJson.current = json;
            else if (json !== bodyJson.current) {
              bodyJson.current = json;
              change('body', doc);
            }
          }}
        />
        <p class="nr-muted" aria-live="off">
          {words} {words === 1 ? 'word' : 'words'}
        </p>
      </div>
      <aside class="nr-editor-side nr-stack" aria-label="Article status and settings">
        <WorkflowPanel post={post} beforeAction={() => save()} onChanged={(p) => adopt(p, true)} />
        <PreviewLink post={post} />
        <ArticleSettings draft={draft} editable={editable} set={change} knownTags={post.tags} />
        <details class="nr-card">
          <summary>Corrections and updates ({post.corrections.length})</summary>
          <CorrectionsPanel post={post} beforeAction={() => save()} onChanged={(p) => adopt(p, true)} />
        </details>
        <details class="nr-card">
          <summary>Revisions</summary>
          <RevisionsPanel post={post} beforeAction={() => save()} onRestored={(p) => adopt(p, true)} />
        </details>
        <details class="nr-card">
          <summary>Activity</summary>
          <ActivityList postId={post.id} version={post.version} />
        </details>
        <p class="nr-muted">Created {formatTime(post.createdAt)} · updated {formatTime(post.updatedAt)}</p>
      </aside>
    </div>
  );
}
