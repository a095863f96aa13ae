import { useEffect, useState } from 'preact/hooks';
import { api, query } from '../api-client.js';
import type { List, MediaItem } from '../api-types.js';
import { MediaDetailsForm } from '../components/media-details-form.js';
import { ProblemMessage } from '../components/problem-message.js';
import { UploadField } from '../components/upload-field.js';
import { previewSrc } from '../media-api.js';

/** The media library: upload photos, then check alt text, caption and credit. */
export function MediaScreen() {
  const [items, setItems] = useState<MediaItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [selected, setSelected] = useState<MediaItem | null>(null);
  const [search, setSearch] = useState('');
  const [error, setError] = useState<unknown>(null);

  const load = async (after?: string, q = search) => {
    try {
      const page = await api.get<List<'media', MediaItem>>(`/media${query({ q, cursor: after, limit: 30 })}`);
      setItems((prev) => (after ? [...prev, ...page.media] : page.media));
      setCursor(page.meta.nextCursor);
    } catch (caught) {
      setError(caught);
    }
  };
  useEffect(() => {
    document.title = 'Media · Newsroom';
    void load();
  }, []);

  return (
    <div class="nr-stack">
      <h1>Media library</h1>
      <UploadField
        onUploaded={(item) => {
          setItems((prev) => [item, ...prev]);
          setSelected(item);
        }}
      />
      <form
        role="search"
        aria-label="Search the media library"
        class="nr-row"
        onSubmit={(e) => {
          e.preventDefault();
          void load(undefined, search);
        }}
      >
        <label>
          Search captions, credits and names
          <input type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
        </label>
        <button class="nr-button" type="submit">
          Search
        </button>
      </form>
      <ProblemMessage error={error} />
      <div class="nr-media-layout">
        <ul class="nr-media-grid" aria-label="Images">
          {items.map((item) => (
            <li key={item.id}>
              <button type="button" class="nr-media-tile" aria-pressed={selected?.id === item.id} onClick={() => setSelected(item)}>
                <img src={previewSrc(item)} alt="" loading="lazy" />
                <span>{item.caption || item.originalName}</span>
                {!item.alt && <span class="nr-badge nr-badge--warn">No alt text</span>}
              </button>
            </li>
          ))}
        </ul>
        {selected && (
          <section aria-label="Image details" class="nr-card">
            <MediaDetailsForm
              key={selected.id}
              item={selected}
              onSaved={(saved) => setItems((prev) => prev.map((i) => (i.id === saved.id ? saved : i)))}
              onDeleted={() => {
                setItems((prev) => prev.filter((i) => i.id !== selected.id));
                setSelected(null);
              }}
            />
          </section>
        )}
      </div>
      {cursor && (
        <button type="button" class="nr-button" onClick={() => load(cursor)}>
          Show more
        </button>
      )}
    </div>
  );
}
