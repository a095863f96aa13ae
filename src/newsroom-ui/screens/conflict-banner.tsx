import { useState } from 'preact/hooks';
import type { Post } from '../api-types.js';
import { formatTime } from '../format.js';
import { draftAsText, type Draft } from './article-draft.js';

/**
 * Shown when a save was refused because someone else saved first. Nothing the person typed is
 * lost: it stays in the editor, can be copied, and can be saved over the other version on purpose.
 */
export function ConflictBanner({ mine, theirs, onLoadTheirs, onKeepMine }: { mine: Draft; theirs: Post; onLoadTheirs: () => void; onKeepMine: () => void }) {
  const [copied, setCopied] = useState('');
  const [showText, setShowText] = useState(false);
  const text = draftAsText(mine);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('Your text is on the clipboard.');
    } catch {
      setShowText(true);
      setCopied('Copying is not allowed here: select the text below and copy it.');
    }
  };
  return (
    <div class="nr-alert nr-alert--warn nr-stack" role="alert">
      <p>
        <strong>Someone else saved this article</strong> (version {theirs.version}, {formatTime(theirs.updatedAt)}) while you were editing. Your changes are not saved yet, and
        they are still here.
      </p>
      <div class="nr-row nr-row--wrap">
        <button type="button" class="nr-button" onClick={copy}>
          Copy my text
        </button>
        <button type="button" class="nr-button" onClick={() => setShowText(!showText)} aria-expanded={showText}>
          Show my text
        </button>
        <button type="button" class="nr-button" onClick={() => confirm('Replace what you see with the latest saved version? Copy your text first if you need it.') && onLoadTheirs()}>
          Load the latest version
        </button>
        <button type="button" class="nr-button nr-button--danger" onClick={onKeepMine}>
          Save mine over it
        </button>
      </div>
      <p role="status">{copied}</p>
      {showText && (
        <label>
          Your text
          <textarea readOnly rows={8} value={text} />
        </label>
      )}
    </div>
  );
}
