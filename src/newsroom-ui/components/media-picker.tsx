import { useEffect, useState } from 'preact/hooks';
import { api, query } from '../api-client.js';
import type { List, MediaItem } from '../api-types.js';
import { previewSrc, whenVariantsReady } from '../media-api.js';
import { MediaDetailsForm } from './media-details-form.js';
import { ModalDialog } from './modal-dialog.js';
import { ProblemMessage } from './problem-message.js';
import { UploadField } from './upload-field.js';

/**
 * Chooses an image from the media library (or uploads one) and makes sure it has alt text
 * before handing it back: an image without alt text cannot be published anyway.
 */
export function MediaPicker({ title, onPick, onClose }: { title: string; onPick: (item: MediaItem) => void; onClose: () => void }) {
  const [items, setItems] = useState<MediaItem[]>([]);
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<MediaItem | null>(null);
  const [waiting, setWaiting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const load = (q = '') =>
    api.get<List<'media', MediaItem>>(`/media${query({ q, limit: 40 })}`).then(
      (r) => setItems(r.media),
      (e) => setError(e),
    );
  useEffect(() => void load(), []);

  const use = async (item: MediaItem) => {
    setWaiting(true);
    try {
      onPick(await whenVariantsReady(item));
    } catch (caught) {
      setError(caught);
      setWaiting(false);
    }
  };

  return (
    <ModalDialog title={title} onClose={onClose} wide>
      {chosen ? (
        <div class="nr-stack">
          <MediaDetailsForm key={chosen.id} item={chosen} onSaved={setChosen} />
          <div class="nr-row">
            <button type="button" class="nr-button nr-button--primary" disabled={!chosen.alt.trim() || waiting} onClick={() => use(chosen)}>
              {waiting ? 'Preparing the image…' : 'Use this image'}
            </button>
            <button type="button" class="nr-button" onClick={() => setChosen(null)}>
              Choose another
            </button>
          </div>
          {!chosen.alt.trim() && <p class="nr-muted">Write and save the alt text first.</p>}
        </div>
      ) : (
        <div class="nr-stack">
          <UploadField label="Upload a new image" onUploaded={(item) => setChosen(item)} />
          <form
            role="search"
            aria-label="Search images"
            class="nr-row"
            onSubmit={(e) => {
              e.preventDefault();
              void load(search);
            }}
          >
            <label>
              Search the library
              <input type="search" value={search} onInput={(e) => setSearch(e.currentTarget.value)} />
            </label>
            <button type="submit" class="nr-button">
              Search
            </button>
          </form>
          <ProblemMessage error={error} />
          <ul class="nr-media-grid" aria-label="Images">
            {items.map((item) => (
              <li key={item.id}>
                <button type="button" class="nr-media-tile" onClick={() => setChosen(item)}>
                  <img src={previewSrc(item)} alt="" loading="lazy" />
                  <span>{item.caption || item.originalName}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </ModalDialog>
  );
}
