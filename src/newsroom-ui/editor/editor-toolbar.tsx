import type { Editor } from '@tiptap/core';
import { useState } from 'preact/hooks';
import { api } from '../api-client.js';
import type { MediaItem } from '../api-types.js';
import { MediaPicker } from '../components/media-picker.js';
import { ModalDialog } from '../components/modal-dialog.js';
import { ProblemMessage } from '../components/problem-message.js';
import type { EmbedCardAttrs, FigureAttrs } from './article-nodes.js';
import { safeLinkHref } from './link-mark.js';

type Open = 'link' | 'embed' | 'image' | 'figure' | 'attribution' | null;

function Tool({ label, pressed, onClick, disabled, shortcut }: { label: string; pressed?: boolean; onClick: () => void; disabled?: boolean; shortcut?: string }) {
  return (
    <button type="button" class="nr-tool" aria-pressed={pressed === undefined ? undefined : pressed} disabled={disabled} onClick={onClick} title={shortcut ? `${label} (${shortcut})` : label} aria-keyshortcuts={shortcut}>
      {label}
    </button>
  );
}

/** The formatting toolbar and the small dialogs behind its buttons (link, embed, image, attribution). */
export function EditorToolbar({ editor }: { editor: Editor }) {
  const [open, setOpen] = useState<Open>(null);
  const chain = () => editor.chain().focus();
  const figure = editor.isActive('image') ? (editor.getAttributes('image') as FigureAttrs) : null;

  return (
    <>
      <div class="nr-toolbar" role="toolbar" aria-label="Formatting">
        <Tool label="Paragraph" pressed={editor.isActive('paragraph')} onClick={() => chain().setParagraph().run()} />
        <Tool label="Heading" pressed={editor.isActive('heading', { level: 2 })} onClick={() => chain().toggleHeading({ level: 2 }).run()} />
        <Tool label="Subheading" pressed={editor.isActive('heading', { level: 3 })} onClick={() => chain().toggleHeading({ level: 3 }).run()} />
        <Tool label="Bold" shortcut="Control+B" pressed={editor.isActive('bold')} onClick={() => chain().toggleBold().run()} />
        <Tool label="Italic" shortcut="Control+I" pressed={editor.isActive('italic')} onClick={() => chain().toggleItalic().run()} />
        <Tool label="Link" pressed={editor.isActive('link')} onClick={() => setOpen('link')} />
        <Tool label="Bullets" pressed={editor.isActive('bulletList')} onClick={() => chain().toggleBulletList().run()} />
        <Tool label="Numbered" pressed={editor.isActive('orderedList')} onClick={() => chain().toggleOrderedList().run()} />
        <Tool label="Quote" pressed={editor.isActive('blockquote')} onClick={() => chain().toggleBlockquote().run()} />
        <Tool label="Pull quote" pressed={editor.isActive('pullQuote')} onClick={() => chain().togglePullQuote().run()} />
        {editor.isActive('pullQuote') && <Tool label="Attribution" onClick={() => setOpen('attribution')} />}
        <Tool label="Image" onClick={() => setOpen('image')} />
        {figure && <Tool label="Edit image" onClick={() => setOpen('figure')} />}
        <Tool label="Embed" onClick={() => setOpen('embed')} />
        <Tool label="Paywall cut" onClick={() => chain().setPaywallCut().run()} />
        <Tool label="Undo" shortcut="Control+Z" disabled={!editor.can().undo()} onClick={() => chain().undo().run()} />
        <Tool label="Redo" shortcut="Control+Shift+Z" disabled={!editor.can().redo()} onClick={() => chain().redo().run()} />
      </div>
      {open === 'link' && <LinkDialog editor={editor} onClose={() => setOpen(null)} />}
      {open === 'embed' && <EmbedDialog editor={editor} onClose={() => setOpen(null)} />}
      {open === 'attribution' && <AttributionDialog editor={editor} onClose={() => setOpen(null)} />}
      {open === 'image' && (
        <MediaPicker
          title="Insert an image"
          onClose={() => setOpen(null)}
          onPick={(item: MediaItem) => {
            setOpen(null);
            chain()
              .insertFigure({ mediaId: item.id, src: item.url ?? `/api/admin/media/${item.id}/original`, alt: item.alt, caption: item.caption, credit: item.credit, width: item.width, height: item.height })
              .run();
          }}
        />
      )}
      {open === 'figure' && figure && <FigureDialog editor={editor} attrs={figure} onClose={() => setOpen(null)} />}
    </>
  );
}

function LinkDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const [url, setUrl] = useState(String(editor.getAttributes('link').href ?? ''));
  const [error, setError] = useState<unknown>(null);
  const apply = (event: Event) => {
    event.preventDefault();
    const href = url.trim();
    if (href && !safeLinkHref(href)) return setError(new Error('Links must start with https://, http://, mailto: or / (a page on this site).'));
    if (!href) editor.chain().focus().extendMarkRange('link').unsetLink().run();
    else editor.chain().focus().extendMarkRange('link').setLink({ href }).run();
    onClose();
  };
  return (
    <ModalDialog title="Link" onClose={onClose}>
      <form class="nr-stack" onSubmit={apply}>
        <label>
          Address (leave empty to remove the link)
          <input type="text" inputMode="url" value={url} placeholder="https://" onInput={(e) => setUrl(e.currentTarget.value)} autoFocus />
        </label>
        <ProblemMessage error={error} />
        <button type="submit" class="nr-button nr-button--primary">
          Apply
        </button>
      </form>
    </ModalDialog>
  );
}

function EmbedDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const [url, setUrl] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fetchCard = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { embed } = await api.post<{ embed: EmbedCardAttrs }>('/embeds', { url: url.trim() });
      editor.chain().focus().insertEmbed(embed).run();
      onClose();
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  };
  return (
    <ModalDialog title="Embed a page" onClose={onClose}>
      <form class="nr-stack" onSubmit={fetchCard}>
        <label>
          Address of the page
          <input type="url" required value={url} placeholder="https://" onInput={(e) => setUrl(e.currentTarget.value)} autoFocus />
        </label>
        <p class="nr-muted">The server fetches the page and keeps only its title, description and site name: no third-party code reaches readers.</p>
        <ProblemMessage error={error} />
        <button type="submit" class="nr-button nr-button--primary" disabled={busy}>
          {busy ? 'Fetching…' : 'Insert card'}
        </button>
      </form>
    </ModalDialog>
  );
}

function AttributionDialog({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const [value, setValue] = useState(String(editor.getAttributes('pullQuote').attribution ?? ''));
  return (
    <ModalDialog title="Pull quote attribution" onClose={onClose}>
      <form
        class="nr-stack"
        onSubmit={(e) => {
          e.preventDefault();
          editor.chain().focus().updateAttributes('pullQuote', { attribution: value.trim() }).run();
          onClose();
        }}
      >
        <label>
          Who said it
          <input value={value} onInput={(e) => setValue(e.currentTarget.value)} autoFocus />
        </label>
        <button type="submit" class="nr-button nr-button--primary">
          Apply
        </button>
      </form>
    </ModalDialog>
  );
}

function FigureDialog({ editor, attrs, onClose }: { editor: Editor; attrs: FigureAttrs; onClose: () => void }) {
  const [alt, setAlt] = useState(attrs.alt ?? '');
  const [caption, setCaption] = useState(attrs.caption ?? '');
  const [credit, setCredit] = useState(attrs.credit ?? '');
  return (
    <ModalDialog title="Image in this article" onClose={onClose}>
      <form
        class="nr-stack"
        onSubmit={(e) => {
          e.preventDefault();
          editor.chain().focus().updateAttributes('image', { alt: alt.trim(), caption: caption.trim(), credit: credit.trim() }).run();
          onClose();
        }}
      >
        <label>
          Alt text (required to publish)
          <textarea rows={2} value={alt} onInput={(e) => setAlt(e.currentTarget.value)} />
        </label>
        <label>
          Caption
          <textarea rows={2} value={caption} onInput={(e) => setCaption(e.currentTarget.value)} />
        </label>
        <label>
          Credit
          <input value={credit} onInput={(e) => setCredit(e.currentTarget.value)} />
        </label>
        <button type="submit" class="nr-button nr-button--primary">
          Apply
        </button>
      </form>
    </ModalDialog>
  );
}
