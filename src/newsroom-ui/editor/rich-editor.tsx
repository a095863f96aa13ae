import { Editor } from '@tiptap/core';
import Blockquote from '@tiptap/extension-blockquote';
import Bold from '@tiptap/extension-bold';
import Code from '@tiptap/extension-code';
import Document from '@tiptap/extension-document';
import HardBreak from '@tiptap/extension-hard-break';
import Heading from '@tiptap/extension-heading';
import HorizontalRule from '@tiptap/extension-horizontal-rule';
import Italic from '@tiptap/extension-italic';
import { BulletList, ListItem, ListKeymap, OrderedList } from '@tiptap/extension-list';
import Paragraph from '@tiptap/extension-paragraph';
import Text from '@tiptap/extension-text';
import { Dropcursor, Gapcursor, Placeholder, TrailingNode, UndoRedo } from '@tiptap/extensions';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Doc } from '../../modules/content/index.js';
import { EmbedCard, Figure, PaywallCut, PullQuote } from './article-nodes.js';
import { LinkMark } from './link-mark.js';
import { countWords, docToEditor, editorToDoc, type PmNode } from './doc-convert.js';
import { EditorToolbar } from './editor-toolbar.js';

export interface RichEditorProps {
  initial: Doc;
  dir: 'ltr' | 'rtl';
  editable: boolean;
  /** Called on every change with the document and its word count. */
  onChange: (doc: Doc, words: number) => void;
  /** Lets the parent replace the content (reload after a conflict, restore a revision). */
  controlRef?: { current: { setDoc: (doc: Doc) => void; getDoc: () => Doc } | null };
}

/**
 * The article body editor: Tiptap (ProseMirror) with exactly the blocks the document model
 * has: headings, lists, links, quotes, pull quotes, images with caption and credit, embeds and
 * the paywall cut. Tiptap's own <style> injection is off: the CSP allows no inline styles, and
 * the editor's base styles are in newsroom.css.
 */
export function RichEditor({ initial, dir, editable, onChange, controlRef }: RichEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const [, setTick] = useState(0);
  const changeRef = useRef(onChange);
  changeRef.current = onChange;

  useEffect(() => {
    const instance = new Editor({
      element: host.current!,
      injectCSS: false,
      editable,
      extensions: [
        Document,
        Paragraph,
        Text,
        HardBreak,
        Heading.configure({ levels: [2, 3, 4] }),
        Bold,
        Italic,
        Code,
        LinkMark,
        BulletList,
        OrderedList,
        ListItem,
        ListKeymap,
        Blockquote,
        HorizontalRule,
        PullQuote,
        Figure,
        EmbedCard,
        PaywallCut,
        UndoRedo,
        Dropcursor,
        Gapcursor,
        TrailingNode,
        Placeholder.configure({ placeholder: 'Write the article…' }),
      ],
      content: docToEditor(initial),
      editorProps: { attributes: { class: 'nr-prose', 'aria-label': 'Article text', 'aria-multiline': 'true', role: 'textbox', dir } },
      onUpdate: ({ editor: e }) => changeRef.current(editorToDoc(e.getJSON() as PmNode), countWords(e.getText({ blockSeparator: ' ' }))),
      onSelectionUpdate: () => setTick((t) => t + 1),
      onTransaction: () => setTick((t) => t + 1),
    });
    setEditor(instance);
    changeRef.current(editorToDoc(instance.getJSON() as PmNode), countWords(instance.getText({ blockSeparator: ' ' })));
    if (controlRef) {
      controlRef.current = {
        setDoc: (doc) => instance.commands.setContent(docToEditor(doc), { emitUpdate: true }),
        getDoc: () => editorToDoc(instance.getJSON() as PmNode),
      };
    }
    return () => instance.destroy();
  }, []);

  useEffect(() => {
    editor?.setOptions({ editorProps: { attributes: { class: 'nr-prose', 'aria-label': 'Article text', 'aria-multiline': 'true', role: 'textbox', dir } } });
  }, [dir, editor]);
  useEffect(() => editor?.setEditable(editable), [editable, editor]);

  return (
    <div class="nr-editor">
      {editor && editable && <EditorToolbar editor={editor} />}
      <div ref={host} class="nr-editor-host" dir={dir} />
    </div>
  );
}
