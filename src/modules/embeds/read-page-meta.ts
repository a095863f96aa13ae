import { parseDocument } from 'htmlparser2';
import { type ChildNode, isTag } from 'domhandler';

/** What an embed card shows: never the page's HTML, only plain text read from its meta tags. */
export interface Embed {
  url: string;
  provider: string;
  title: string;
  description: string;
}

const clip = (value: string, max: number): string => {
  // eslint-disable-next-line no-control-regex
  const clean = value.replace(/[\u0000-\u001F\u007F]/g, ' ').replace(/\s+/g, ' ').trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
};

/**
 * Reads a page's OpenGraph title, description and site name (falling back to `<title>`, the
 * description meta tag and the host name) for an embed card. Only the `<head>` matters, so a
 * truncated page is fine. The values are plain text; the renderer escapes them.
 *
 * @example readPageMeta('<meta property="og:title" content="Port reopens">', 'https://news.example/a')
 */
export function readPageMeta(html: string, pageUrl: string): Embed {
  const meta = new Map<string, string>();
  let titleText = '';
  const visit = (node: ChildNode): boolean => {
    if (!isTag(node)) return false;
    const name = node.name.toLowerCase();
    if (name === 'body') return true;
    if (name === 'meta') {
      const key = (node.attribs.property ?? node.attribs.name ?? '').toLowerCase();
      const content = node.attribs.content;
      if (key && content !== undefined && !meta.has(key)) meta.set(key, content);
    } else if (name === 'title' && !titleText) {
      titleText = node.children.map((c) => ('data' in c && typeof c.data === 'string' ? c.data : '')).join('');
    }
    for (const child of node.children) if (visit(child)) return true;
    return false;
  };
  for (const node of parseDocument(html, { decodeEntities: true }).children) if (visit(node)) break;
  const host = new URL(pageUrl).hostname.replace(/^www\./, '');
  return {
    // The address actually fetched, not og:url: a page must not be able to point its card elsewhere.
    url: pageUrl,
    provider: clip(meta.get('og:site_name') ?? meta.get('twitter:site') ?? host, 100) || host,
    title: clip(meta.get('og:title') ?? meta.get('twitter:title') ?? titleText, 300),
    description: clip(meta.get('og:description') ?? meta.get('twitter:description') ?? meta.get('description') ?? '', 600),
  };
}
