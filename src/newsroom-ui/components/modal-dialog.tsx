import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A modal built on the native <dialog>: the browser traps focus, Escape closes it, and focus
 * returns to where it was. `onClose` runs however it was closed.
 */
export function ModalDialog({ title, onClose, children, wide }: { title: string; onClose: () => void; children: ComponentChildren; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current!;
    const opener = document.activeElement as HTMLElement | null;
    dialog.showModal();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus?.();
    };
  }, []);
  const titleId = `dialog-${title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <dialog ref={ref} class={wide ? 'nr-dialog nr-dialog--wide' : 'nr-dialog'} aria-labelledby={titleId} onClose={onClose}>
      <div class="nr-row nr-row--spread">
        <h2 id={titleId}>{title}</h2>
        <button type="button" class="nr-button nr-button--quiet" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
      {children}
    </dialog>
  );
}
