import { useState } from 'preact/hooks';
import type { MediaItem } from '../api-types.js';
import { ACCEPT, uploadImage } from '../media-api.js';
import { ProblemMessage } from './problem-message.js';

/** A file input that uploads each chosen image to the media library, one at a time. */
export function UploadField({ onUploaded, label = 'Upload images' }: { onUploaded: (item: MediaItem) => void; label?: string }) {
  const [busy, setBusy] = useState('');
  const [error, setError] = useState<unknown>(null);
  const onChange = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    setError(null);
    for (const [index, file] of files.entries()) {
      setBusy(`Uploading ${file.name} (${index + 1} of ${files.length})…`);
      try {
        onUploaded(await uploadImage(file));
      } catch (caught) {
        setError(caught);
      }
    }
    setBusy('');
    input.value = '';
  };
  return (
    <div class="nr-stack">
      <label class="nr-upload">
        {label} <span class="nr-muted">(JPEG, PNG or WebP, up to 20 MB; caption and credit are read from agency photos)</span>
        <input type="file" accept={ACCEPT} multiple onChange={onChange} disabled={busy !== ''} />
      </label>
      <p role="status" class="nr-muted">
        {busy}
      </p>
      <ProblemMessage error={error} />
    </div>
  );
}
