/**
 * The structured article body: a ProseMirror-style JSON tree. Bodies are never stored as user
 * HTML; HTML and Markdown are converted into this on the way in (import-html, import-markdown)
 * and every output (web, email, plain text, feeds) is rendered from it.
 */
export type Mark =
  | { type: 'bold' }
  | { type: 'italic' }
  | { type: 'code' }
  | { type: 'link'; attrs: { href: string } };

export type Inline = { type: 'text'; text: string; marks?: Mark[] } | { type: 'hardBreak' };

export type Block =
  | { type: 'paragraph'; content?: Inline[] }
  | { type: 'heading'; attrs: { level: 2 | 3 | 4 }; content?: Inline[] }
  | { type: 'bulletList'; content: ListItem[] }
  | { type: 'orderedList'; attrs?: { start?: number }; content: ListItem[] }
  | { type: 'blockquote'; content: Block[] }
  | { type: 'pullQuote'; attrs?: { attribution?: string }; content?: Inline[] }
  | { type: 'image'; attrs: ImageAttrs }
  | { type: 'embed'; attrs: EmbedAttrs }
  | { type: 'horizontalRule' }
  | { type: 'paywall' };

export interface ListItem {
  type: 'listItem';
  content: Block[];
}

export interface ImageAttrs {
  mediaId?: string;
  src: string;
  alt: string;
  caption?: string;
  credit?: string;
  width?: number;
  height?: number;
}

export interface EmbedAttrs {
  url: string;
  provider?: string;
  title?: string;
  description?: string;
}

export interface Doc {
  type: 'doc';
  content: Block[];
}

export const emptyDoc = (): Doc => ({ type: 'doc', content: [] });

/** Plain text of a run of inline nodes. */
export function inlineText(nodes: Inline[] | undefined): string {
  if (!nodes) return '';
  let out = '';
  for (const node of nodes) out += node.type === 'text' ? node.text : '\n';
  return out;
}

/** The blocks before and after the paywall cut. Without a cut, the first `fallbackParagraphs` paragraphs form the preview. */
export function splitAtCut(doc: Doc, fallbackParagraphs: number): { preview: Block[]; rest: Block[]; hasCut: boolean } {
  const cut = doc.content.findIndex((b) => b.type === 'paywall');
  if (cut >= 0) return { preview: doc.content.slice(0, cut), rest: doc.content.slice(cut + 1), hasCut: true };
  let paragraphs = 0;
  let index = doc.content.length;
  for (let i = 0; i < doc.content.length; i++) {
    if (doc.content[i]!.type === 'paragraph') paragraphs++;
    if (paragraphs >= fallbackParagraphs) {
      index = i + 1;
      break;
    }
  }
  return { preview: doc.content.slice(0, index), rest: doc.content.slice(index), hasCut: false };
}

/** The document without its cut marker: what an entitled reader sees. */
export function withoutCut(doc: Doc): Block[] {
  return doc.content.filter((b) => b.type !== 'paywall');
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
