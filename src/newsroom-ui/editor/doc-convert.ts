import type { Block, Doc, Inline, ListItem, Mark } from '../../modules/content/index.js';

/** A ProseMirror/Tiptap JSON node, loosely typed: what editor.getJSON() returns. */
export interface PmNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNode[];
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  text?: string;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);

function marksOf(node: PmNode): Mark[] | undefined {
  const out: Mark[] = [];
  for (const m of node.marks ?? []) {
    if (m.type === 'bold' || m.type === 'italic' || m.type === 'code') out.push({ type: m.type });
    else if (m.type === 'link' && str(m.attrs?.href)) out.push({ type: 'link', attrs: { href: String(m.attrs!.href) } });
  }
  return out.length ? out : undefined;
}

function inlines(nodes: PmNode[] | undefined): Inline[] | undefined {
  const out: Inline[] = [];
  for (const n of nodes ?? []) {
    if (n.type === 'text' && n.text) {
      const marks = marksOf(n);
      out.push(marks ? { type: 'text', text: n.text, marks } : { type: 'text', text: n.text });
    } else if (n.type === 'hardBreak') out.push({ type: 'hardBreak' });
  }
  return out.length ? out : undefined;
}

function blocks(nodes: PmNode[] | undefined): Block[] {
  const out: Block[] = [];
  for (const n of nodes ?? []) {
    const b = block(n);
    if (b) out.push(b);
  }
  return out;
}

function items(nodes: PmNode[] | undefined): ListItem[] {
  return (nodes ?? []).filter((n) => n.type === 'listItem').map((n) => ({ type: 'listItem', content: blocks(n.content) }));
}

function block(n: PmNode): Block | undefined {
  const a = n.attrs ?? {};
  switch (n.type) {
    case 'paragraph': {
      const content = inlines(n.content);
      return content ? { type: 'paragraph', content } : undefined;
    }
    case 'heading': {
      const level = Math.min(4, Math.max(2, Number(a.level) || 2)) as 2 | 3 | 4;
      return { type: 'heading', attrs: { level }, content: inlines(n.content) ?? [] };
    }
    case 'bulletList':
      return { type: 'bulletList', content: items(n.content) };
    case 'orderedList':
      return { type: 'orderedList', attrs: { start: int(a.start) ?? 1 }, content: items(n.content) };
    case 'blockquote':
      return { type: 'blockquote', content: blocks(n.content) };
    case 'pullQuote': {
      const attribution = str(a.attribution);
      return { type: 'pullQuote', attrs: attribution ? { attribution } : {}, content: inlines(n.content) ?? [] };
    }
    case 'image': {
      const src = str(a.src);
      if (!src) return undefined;
      const attrs: Extract<Block, { type: 'image' }>['attrs'] = { src, alt: typeof a.alt === 'string' ? a.alt : '' };
      for (const key of ['mediaId', 'caption', 'credit'] as const) if (str(a[key])) attrs[key] = String(a[key]);
      for (const key of ['width', 'height'] as const) if (int(a[key])) attrs[key] = int(a[key]);
      return { type: 'image', attrs };
    }
    case 'embed': {
      const url = str(a.url);
      if (!url) return undefined;
      const attrs: Extract<Block, { type: 'embed' }>['attrs'] = { url };
      for (const key of ['provider', 'title', 'description'] as const) if (str(a[key])) attrs[key] = String(a[key]);
      return { type: 'embed', attrs };
    }
    case 'horizontalRule':
      return { type: 'horizontalRule' };
    case 'paywall':
      return { type: 'paywall' };
    default:
      return undefined;
  }
}

/**
 * The editor's JSON as the article document the Admin API stores: only the node types and
 * marks the document model knows, link marks reduced to their href, empty paragraphs dropped,
 * and at most one paywall cut (the first).
 */
export function editorToDoc(json: PmNode): Doc {
  const content = blocks(json.content);
  const firstCut = content.findIndex((b) => b.type === 'paywall');
  return { type: 'doc', content: content.filter((b, i) => b.type !== 'paywall' || i === firstCut) };
}

/** The stored document as editor content. The shapes already match; empty documents get one paragraph to type in. */
export function docToEditor(doc: Doc | undefined): PmNode {
  const content = (doc?.content ?? []) as unknown as PmNode[];
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;

/** Counts words the way the server does (letters and digits of any script), so the live count matches the saved one. */
export const countWords = (text: string): number => text.match(WORD)?.length ?? 0;
