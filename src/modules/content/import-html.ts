import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { marked } from 'marked';
import type { Block, Doc, Inline, ListItem, Mark } from './document.js';
import { safeHref } from './render-document.js';

/** Comments that mark the paywall cut in imported HTML: ours and Ghost's. */
const CUT_COMMENT = /^\s*(paywall|members-only)\s*$/i;
const DROP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title', 'form', 'button', 'input', 'select', 'textarea', 'svg', 'math', 'object', 'canvas']);
const INLINE_MARKS: Record<string, Mark['type']> = { strong: 'bold', b: 'bold', em: 'italic', i: 'italic', code: 'code' };
const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote', 'figure', 'img', 'hr', 'pre', 'div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'table', 'iframe', 'li', 'dl', 'body', 'html']);

const isElement = (node: ChildNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ');
}

function inlineFrom(nodes: ChildNode[], marks: Mark[] = []): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (node.type === 'text') {
      const text = collapse(node.data);
      if (text) out.push(marks.length ? { type: 'text', text, marks } : { type: 'text', text });
    } else if (isElement(node)) {
      const name = node.name.toLowerCase();
      if (DROP.has(name)) continue;
      if (name === 'br') out.push({ type: 'hardBreak' });
      else if (INLINE_MARKS[name]) out.push(...inlineFrom(node.children, [...marks, { type: INLINE_MARKS[name] } as Mark]));
      else if (name === 'a') {
        const href = node.attribs.href ? safeHref(node.attribs.href) : undefined;
        out.push(...inlineFrom(node.children, href ? [...marks, { type: 'link', attrs: { href } }] : marks));
      } else out.push(...inlineFrom(node.children, marks));
    }
  }
  return tidyInline(out);
}

/** Trims the edges of a run and merges adjacent text with the same marks. */
function tidyInline(nodes: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const node of nodes) {
    const last = merged[merged.length - 1];
    if (node.type === 'text' && last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(node.marks ?? [])) {
      last.text += node.text;
    } else merged.push({ ...node });
  }
  const first = merged[0];
  if (first?.type === 'text') first.text = first.text.replace(/^\s+/, '');
  const end = merged[merged.length - 1];
  if (end?.type === 'text') end.text = end.text.replace(/\s+$/, '');
  return merged.filter((n) => n.type !== 'text' || n.text !== '');
}

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => (isElement(c) && BLOCK_TAGS.has(c.name.toLowerCase())) || (c.type === 'comment' && CUT_COMMENT.test(c.data)));
}

function figureBlock(el: Element): Block[] {
  const img = findFirst(el, 'img');
  const caption = findFirst(el, 'figcaption');
  const quote = findFirst(el, 'blockquote');
  if (!img && quote) {
    const attribution = caption ? textOf(caption).trim() : undefined;
    return [{ type: 'pullQuote', attrs: attribution ? { attribution } : {}, content: inlineFrom(quote.children) }];
  }
  if (!img) return blocksFrom(el.children);
  const image = imageBlock(img);
  if (!image) return [];
  if (caption) {
    const creditEl = findFirst(caption, 'small') ?? findByClass(caption, 'credit');
    const credit = creditEl ? textOf(creditEl).trim() : '';
    let captionText = textOf(caption).trim();
    if (credit) captionText = captionText.replace(credit, '').trim();
    if (captionText) image.attrs.caption = collapse(captionText);
    if (credit) image.attrs.credit = collapse(credit);
  }
  return [image];
}

function imageBlock(img: Element): Extract<Block, { type: 'image' }> | undefined {
  const src = img.attribs.src ? safeHref(img.attribs.src) : undefined;
  if (!src) return undefined;
  const width = Number.parseInt(img.attribs.width ?? '', 10);
  const height = Number.parseInt(img.attribs.height ?? '', 10);
  return {
    type: 'image',
    attrs: { src, alt: img.attribs.alt ?? '', ...(width > 0 && height > 0 ? { width, height } : {}) },
  };
}

function findFirst(el: Element, name: string): Element | undefined {
  for (const child of el.children) {
    if (!isElement(child)) continue;
    if (child.name.toLowerCase() === name) return child;
    const deeper = findFirst(child, name);
    if (deeper) return deeper;
  }
  return undefined;
}

function findByClass(el: Element, cls: string): Element | undefined {
  for (const child of el.children) {
    if (!isElement(child)) continue;
    if ((child.attribs.class ?? '').split(/\s+/).includes(cls)) return child;
    const deeper = findByClass(child, cls);
    if (deeper) return deeper;
  }
  return undefined;
}

function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  if (isElement(node)) return node.children.map(textOf).join('');
  return '';
}

function listItems(el: Element): ListItem[] {
  const items: ListItem[] = [];
  for (const child of el.children) {
    if (!isElement(child) || child.name.toLowerCase() !== 'li') continue;
    const content = hasBlockChild(child) ? blocksFrom(child.children) : [{ type: 'paragraph' as const, content: inlineFrom(child.children) }];
    items.push({ type: 'listItem', content });
  }
  return items;
}

function blocksFrom(nodes: ChildNode[]): Block[] {
  const blocks: Block[] = [];
  let loose: ChildNode[] = [];
  const flush = () => {
    if (loose.length === 0) return;
    const content = inlineFrom(loose);
    if (content.length) blocks.push({ type: 'paragraph', content });
    loose = [];
  };
  for (const node of nodes) {
    if (node.type === 'comment') {
      if (CUT_COMMENT.test(node.data)) {
        flush();
        blocks.push({ type: 'paywall' });
      }
      continue;
    }
    if (!isElement(node)) {
      loose.push(node);
      continue;
    }
    const name = node.name.toLowerCase();
    if (DROP.has(name)) continue;
    if (!BLOCK_TAGS.has(name)) {
      loose.push(node);
      continue;
    }
    flush();
    switch (name) {
      case 'p': {
        const content = inlineFrom(node.children);
        if (hasBlockChild(node)) blocks.push(...blocksFrom(node.children));
        else if (content.length) blocks.push({ type: 'paragraph', content });
        break;
      }
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        const n = Number(name[1]);
        const level = (n <= 2 ? 2 : n === 3 ? 3 : 4) as 2 | 3 | 4;
        const content = inlineFrom(node.children);
        if (content.length) blocks.push({ type: 'heading', attrs: { level }, content });
        break;
      }
      case 'ul':
        blocks.push({ type: 'bulletList', content: listItems(node) });
        break;
      case 'ol': {
        const start = Number.parseInt(node.attribs.start ?? '1', 10);
        blocks.push({ type: 'orderedList', attrs: { start: Number.isFinite(start) ? start : 1 }, content: listItems(node) });
        break;
      }
      case 'blockquote': {
        const inner = hasBlockChild(node) ? blocksFrom(node.children) : [{ type: 'paragraph' as const, content: inlineFrom(node.children) }];
        blocks.push({ type: 'blockquote', content: inner });
        break;
      }
      case 'figure':
        blocks.push(...figureBlock(node));
        break;
      case 'img': {
        const image = imageBlock(node);
        if (image) blocks.push(image);
        break;
      }
      case 'hr':
        blocks.push({ type: 'horizontalRule' });
        break;
      case 'pre':
        blocks.push({ type: 'paragraph', content: [{ type: 'text', text: textOf(node).trim(), marks: [{ type: 'code' }] }] });
        break;
      case 'iframe': {
        const url = node.attribs.src ? safeHref(node.attribs.src) : undefined;
        if (url && /^https?:/i.test(url)) blocks.push({ type: 'embed', attrs: { url, ...(node.attribs.title ? { title: node.attribs.title } : {}) } });
        break;
      }
      default:
        blocks.push(...blocksFrom(node.children));
    }
  }
  flush();
  return blocks;
}

/** Converts (untrusted) HTML to a document. Anything outside the document model is dropped, so nothing executable survives. */
export function htmlToDoc(html: string): Doc {
  const dom = parseDocument(html, { decodeEntities: true });
  return { type: 'doc', content: blocksFrom(dom.children) };
}

/** Converts Markdown to a document (through HTML, so both share one sanitizing path). `<!-- paywall -->` marks the cut. */
export function markdownToDoc(markdown: string): Doc {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return htmlToDoc(html);
}
