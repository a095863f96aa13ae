import { AppError } from '../../kernel/errors.js';
import type { Block, Doc, Inline, ListItem, Mark } from './document.js';
import { safeHref } from './render-document.js';

/**
 * Checks an untrusted JSON value against the document model and returns a clean copy holding
 * only known node types and attributes. Throws a 400 naming the path of the first bad node.
 */
export function parseDoc(value: unknown): Doc {
  if (!isObject(value) || value.type !== 'doc' || !Array.isArray(value.content)) fail('body', 'must be {"type":"doc","content":[...]}');
  return { type: 'doc', content: value.content.map((b, i) => parseBlock(b, `body.content[${i}]`)) };
}

function fail(path: string, problem: string): never {
  throw new AppError('INVALID_DOCUMENT', 400, `The article body is not a valid document: ${path} ${problem}`, { [path]: problem });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown, path: string, optional = false): string | undefined {
  if (v === undefined && optional) return undefined;
  if (typeof v !== 'string') fail(path, 'must be a string');
  return v;
}

function inlines(v: unknown, path: string): Inline[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) fail(path, 'must be an array');
  return v.map((n, i): Inline => {
    const p = `${path}[${i}]`;
    if (!isObject(n)) fail(p, 'must be an object');
    if (n.type === 'hardBreak') return { type: 'hardBreak' };
    if (n.type !== 'text') fail(`${p}.type`, 'must be "text" or "hardBreak"');
    const text = str(n.text, `${p}.text`)!;
    if (n.marks === undefined) return { type: 'text', text };
    if (!Array.isArray(n.marks)) fail(`${p}.marks`, 'must be an array');
    const marks = n.marks.map((m, j): Mark => {
      const mp = `${p}.marks[${j}]`;
      if (!isObject(m)) fail(mp, 'must be an object');
      if (m.type === 'bold' || m.type === 'italic' || m.type === 'code') return { type: m.type };
      if (m.type === 'link') {
        const href = isObject(m.attrs) ? str(m.attrs.href, `${mp}.attrs.href`)! : fail(`${mp}.attrs`, 'must hold href');
        if (!safeHref(href)) fail(`${mp}.attrs.href`, 'must be an http(s), mailto or site-relative URL');
        return { type: 'link', attrs: { href } };
      }
      fail(`${mp}.type`, 'must be bold, italic, code or link');
    });
    return { type: 'text', text, marks };
  });
}

function items(v: unknown, path: string): ListItem[] {
  if (!Array.isArray(v)) fail(path, 'must be an array of listItem');
  return v.map((li, i) => {
    const p = `${path}[${i}]`;
    if (!isObject(li) || li.type !== 'listItem' || !Array.isArray(li.content)) fail(p, 'must be {"type":"listItem","content":[...]}');
    return { type: 'listItem', content: li.content.map((b, j) => parseBlock(b, `${p}.content[${j}]`)) };
  });
}

function parseBlock(v: unknown, path: string): Block {
  if (!isObject(v)) fail(path, 'must be an object');
  const attrs = isObject(v.attrs) ? v.attrs : {};
  switch (v.type) {
    case 'paragraph':
      return { type: 'paragraph', content: inlines(v.content, `${path}.content`) };
    case 'heading': {
      const level = attrs.level;
      if (level !== 2 && level !== 3 && level !== 4) fail(`${path}.attrs.level`, 'must be 2, 3 or 4');
      return { type: 'heading', attrs: { level }, content: inlines(v.content, `${path}.content`) };
    }
    case 'bulletList':
      return { type: 'bulletList', content: items(v.content, `${path}.content`) };
    case 'orderedList': {
      const start = typeof attrs.start === 'number' && Number.isInteger(attrs.start) ? attrs.start : 1;
      return { type: 'orderedList', attrs: { start }, content: items(v.content, `${path}.content`) };
    }
    case 'blockquote':
      if (!Array.isArray(v.content)) fail(`${path}.content`, 'must be an array');
      return { type: 'blockquote', content: v.content.map((b, i) => parseBlock(b, `${path}.content[${i}]`)) };
    case 'pullQuote': {
      const attribution = str(attrs.attribution, `${path}.attrs.attribution`, true);
      return { type: 'pullQuote', attrs: attribution ? { attribution } : {}, content: inlines(v.content, `${path}.content`) };
    }
    case 'image': {
      const src = str(attrs.src, `${path}.attrs.src`)!;
      if (!safeHref(src)) fail(`${path}.attrs.src`, 'must be an http(s) or site-relative URL');
      const out: Block = { type: 'image', attrs: { src, alt: str(attrs.alt, `${path}.attrs.alt`, true) ?? '' } };
      for (const key of ['mediaId', 'caption', 'credit'] as const) {
        const s = str(attrs[key], `${path}.attrs.${key}`, true);
        if (s !== undefined) out.attrs[key] = s;
      }
      for (const key of ['width', 'height'] as const) {
        const n = attrs[key];
        if (typeof n === 'number' && Number.isInteger(n) && n > 0) out.attrs[key] = n;
      }
      return out;
    }
    case 'embed': {
      const url = str(attrs.url, `${path}.attrs.url`)!;
      if (!/^https?:\/\//i.test(url)) fail(`${path}.attrs.url`, 'must be an http(s) URL');
      const out: Block = { type: 'embed', attrs: { url } };
      for (const key of ['provider', 'title', 'description'] as const) {
        const s = str(attrs[key], `${path}.attrs.${key}`, true);
        if (s !== undefined) out.attrs[key] = s;
      }
      return out;
    }
    case 'horizontalRule':
      return { type: 'horizontalRule' };
    case 'paywall':
      return { type: 'paywall' };
    default:
      fail(`${path}.type`, `"${String(v.type)}" is not a known block type`);
  }
}
