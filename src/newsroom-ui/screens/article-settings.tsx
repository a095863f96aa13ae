import { useEffect, useState } from 'preact/hooks';
import { api, query } from '../api-client.js';
import type { List, MediaItem, Ref, Section, Tag } from '../api-types.js';
import { MediaPicker } from '../components/media-picker.js';
import { ProblemMessage } from '../components/problem-message.js';
import { ACCESS_LABELS, LANGUAGES, TYPE_LABELS } from '../format.js';
import { previewSrc } from '../media-api.js';
import { useSession } from '../session.js';
import type { Draft, DraftField } from './article-draft.js';

interface Props {
  draft: Draft;
  editable: boolean;
  set: <K extends DraftField>(field: K, value: Draft[K]) => void;
  /** Names of tags already on the article, so chips show before the tag list loads. */
  knownTags: (Ref & { kind: string })[];
}

const TAG_KINDS = ['topic', 'country', 'person', 'organization'];

/** Article settings: type, section, dateline, language, bylines, tags, access, lead image, SEO and slug. */
export function ArticleSettings({ draft, editable, set, knownTags }: Props) {
  const session = useSession();
  const [sections, setSections] = useState<Section[]>([]);
  const [authors, setAuthors] = useState<Ref[]>([]);
  const [tags, setTags] = useState<Tag[]>(knownTags.map((t) => ({ ...t, posts: 0 })));
  const [tagSearch, setTagSearch] = useState('');
  const [newTagKind, setNewTagKind] = useState('topic');
  const [picking, setPicking] = useState(false);
  const [lead, setLead] = useState<MediaItem | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    void api.get<List<'sections', Section>>('/sections').then((r) => setSections(r.sections), setError);
    void api.get<List<'authors', Ref>>('/authors?limit=100').then((r) => setAuthors(r.authors), setError);
  }, []);
  useEffect(() => {
    if (!draft.leadImage) return setLead(null);
    void api.get<{ media: MediaItem }>(`/media/${draft.leadImage.mediaId}`).then((r) => setLead(r.media), () => setLead(null));
  }, [draft.leadImage?.mediaId]);

  const findTags = async (event: Event) => {
    event.preventDefault();
    try {
      const found = await api.get<List<'tags', Tag>>(`/tags${query({ q: tagSearch.trim(), limit: 20 })}`);
      setTags((prev) => [...prev.filter((t) => draft.tags.includes(t.id)), ...found.tags.filter((t) => !draft.tags.includes(t.id))]);
    } catch (caught) {
      setError(caught);
    }
  };
  const createTag = async () => {
    try {
      const { tag } = await api.post<{ tag: Tag }>('/tags', { name: tagSearch.trim(), kind: newTagKind });
      setTags((prev) => [...prev, tag]);
      set('tags', [...draft.tags, tag.id]);
      setTagSearch('');
    } catch (caught) {
      setError(caught);
    }
  };
  const toggle = (list: string[], id: string) => (list.includes(id) ? list.filter((x) => x !== id) : [...list, id]);
  const leadField = (name: 'alt' | 'caption' | 'credit', value: string) => draft.leadImage && set('leadImage', { ...draft.leadImage, [name]: value });

  return (
    <fieldset class="nr-settings nr-stack" disabled={!editable}>
      <legend>Article settings</legend>
      <div class="nr-row">
        <label>
          Type
          <select value={draft.type} onChange={(e) => set('type', e.currentTarget.value)}>
            {Object.entries(TYPE_LABELS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </label>
        <label>
          Section
          <select value={draft.section ?? ''} onChange={(e) => set('section', e.currentTarget.value || null)}>
            <option value="">None</option>
            {sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="nr-row">
        <label>
          Dateline
          <input value={draft.dateline} dir="auto" placeholder="BEIRUT" maxLength={100} onInput={(e) => set('dateline', e.currentTarget.value)} />
        </label>
        <label>
          Language
          <select value={draft.language} onChange={(e) => set('language', e.currentTarget.value)}>
            {Object.entries(LANGUAGES).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        Who can read it
        <select value={draft.access} onChange={(e) => set('access', e.currentTarget.value)}>
          {Object.entries(ACCESS_LABELS).map(([v, l]) => (
            <option key={v} value={v}>
              {l}
            </option>
          ))}
        </select>
      </label>

      <fieldset>
        <legend>Bylines</legend>
        <ul class="nr-checklist">
          {authors.map((a) => (
            <li key={a.id}>
              <label class="nr-check">
                <input type="checkbox" checked={draft.authors.includes(a.id)} onChange={() => set('authors', toggle(draft.authors, a.id))} />
                {a.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <fieldset>
        <legend>Tags</legend>
        <ul class="nr-chips" aria-label="Tags on this article">
          {draft.tags.map((id) => {
            const tag = tags.find((t) => t.id === id);
            return (
              <li key={id}>
                {tag ? `${tag.name} (${tag.kind})` : id}{' '}
                <button type="button" class="nr-chip-remove" aria-label={`Remove tag ${tag?.name ?? id}`} onClick={() => set('tags', draft.tags.filter((t) => t !== id))}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
        <div class="nr-row">
          <label>
            Find a tag
            <input type="search" value={tagSearch} onInput={(e) => setTagSearch(e.currentTarget.value)} onKeyDown={(e) => e.key === 'Enter' && findTags(e)} />
          </label>
          <button type="button" class="nr-button" onClick={findTags}>
            Find
          </button>
        </div>
        <ul class="nr-checklist">
          {tags
            .filter((t) => !draft.tags.includes(t.id))
            .map((t) => (
              <li key={t.id}>
                <button type="button" class="nr-button nr-button--quiet" onClick={() => set('tags', [...draft.tags, t.id])}>
                  Add {t.name} <span class="nr-muted">({t.kind})</span>
                </button>
              </li>
            ))}
        </ul>
        {session.can('taxonomy.manage') && tagSearch.trim() && (
          <div class="nr-row">
            <label>
              Kind of new tag
              <select value={newTagKind} onChange={(e) => setNewTagKind(e.currentTarget.value)}>
                {TAG_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {k}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" class="nr-button" onClick={createTag}>
              Create tag “{tagSearch.trim()}”
            </button>
          </div>
        )}
      </fieldset>

      <fieldset class="nr-stack">
        <legend>Lead image</legend>
        {draft.leadImage && lead ? (
          <>
            <img src={previewSrc(lead)} alt="" class="nr-media-preview" />
            <label>
              Alt text for this article (required to publish)
              <textarea rows={2} value={draft.leadImage.alt ?? ''} onInput={(e) => leadField('alt', e.currentTarget.value)} />
            </label>
            <label>
              Caption
              <textarea rows={2} value={draft.leadImage.caption ?? ''} onInput={(e) => leadField('caption', e.currentTarget.value)} />
            </label>
            <label>
              Credit
              <input value={draft.leadImage.credit ?? ''} onInput={(e) => leadField('credit', e.currentTarget.value)} />
            </label>
            <div class="nr-row">
              <button type="button" class="nr-button" onClick={() => setPicking(true)}>
                Replace
              </button>
              <button type="button" class="nr-button nr-button--quiet" onClick={() => set('leadImage', null)}>
                Remove lead image
              </button>
            </div>
          </>
        ) : (
          <button type="button" class="nr-button" onClick={() => setPicking(true)}>
            Choose a lead image
          </button>
        )}
      </fieldset>

      <fieldset class="nr-stack">
        <legend>Search and sharing</legend>
        <label>
          SEO title
          <input value={draft.seoTitle} maxLength={300} onInput={(e) => set('seoTitle', e.currentTarget.value)} />
        </label>
        <label>
          SEO description
          <textarea rows={2} value={draft.seoDescription} maxLength={500} onInput={(e) => set('seoDescription', e.currentTarget.value)} />
        </label>
        <label>
          Slug (the end of the address)
          <input value={draft.slug} maxLength={200} onInput={(e) => set('slug', e.currentTarget.value)} />
        </label>
        <label class="nr-check">
          <input type="checkbox" checked={draft.featured} onChange={(e) => set('featured', e.currentTarget.checked)} />
          Feature on the front page
        </label>
        <label>
          Free paragraphs when there is no paywall cut
          <input type="number" min={0} max={50} value={draft.previewParagraphs} onInput={(e) => set('previewParagraphs', Number(e.currentTarget.value) || 0)} />
        </label>
      </fieldset>
      <ProblemMessage error={error} />
      {picking && (
        <MediaPicker
          title="Choose the lead image"
          onClose={() => setPicking(false)}
          onPick={(item) => {
            setPicking(false);
            setLead(item);
            set('leadImage', { mediaId: item.id, alt: item.alt, caption: item.caption, credit: item.credit });
          }}
        />
      )}
    </fieldset>
  );
}
