import { useState } from 'preact/hooks';
import { api } from '../api-client.js';
import type { MediaItem } from '../api-types.js';
import { previewSrc } from '../media-api.js';
import { ProblemMessage } from './problem-message.js';

/** Alt text, caption, credit and source id of one image, saved to the media library. */
export function MediaDetailsForm({ item, onSaved, onDeleted }: { item: MediaItem; onSaved: (item: MediaItem) => void; onDeleted?: () => void }) {
  const [alt, setAlt] = useState(item.alt);
  const [caption, setCaption] = useState(item.caption);
  const [credit, setCredit] = useState(item.credit);
  const [sourceId, setSourceId] = useState(item.sourceId);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const id = `media-${item.id}`;

  const save = async (event: Event) => {
    event.preventDefault();
    setError(null);
    try {
      const { media } = await api.patch<{ media: MediaItem }>(`/media/${item.id}`, { alt, caption, credit, sourceId });
      setStatus('Saved');
      onSaved(media);
    } catch (caught) {
      setError(caught);
    }
  };
  const remove = async () => {
    if (!confirm('Delete this image from the media library?')) return;
    try {
      await api.delete(`/media/${item.id}`);
      onDeleted?.();
    } catch (caught) {
      setError(caught);
    }
  };

  return (
    <form class="nr-media-form nr-stack" onSubmit={save} aria-labelledby={`${id}-name`}>
      <img src={previewSrc(item)} alt="" class="nr-media-preview" width={item.width} height={item.height} />
      <p id={`${id}-name`} class="nr-muted">
        {item.originalName} · {item.width}×{item.height}
        {item.variantsReady ? '' : ' · preparing sizes…'}
      </p>
      <label>
        Alt text <span class="nr-muted">(what the picture shows, for readers who cannot see it; required to publish)</span>
        <textarea rows={2} value={alt} onInput={(e) => setAlt(e.currentTarget.value)} maxLength={1000} />
      </label>
      <label>
        Caption
        <textarea rows={2} value={caption} onInput={(e) => setCaption(e.currentTarget.value)} maxLength={2000} />
      </label>
      <div class="nr-row">
        <label>
          Credit
          <input value={credit} onInput={(e) => setCredit(e.currentTarget.value)} maxLength={300} />
        </label>
        <label>
          Source id
          <input value={sourceId} onInput={(e) => setSourceId(e.currentTarget.value)} maxLength={200} />
        </label>
      </div>
      <ProblemMessage error={error} />
      <div class="nr-row">
        <button type="submit" class="nr-button nr-button--primary">
          Save image details
        </button>
        {onDeleted && (
          <button type="button" class="nr-button nr-button--danger" onClick={remove}>
            Delete
          </button>
        )}
        <span role="status" class="nr-muted">
          {status}
        </span>
      </div>
    </form>
  );
}
