import type { Block, Doc, Inline, Mark } from './document.js';
import { inlineText } from './document.js';

/** How the web renderer turns a media id into responsive image sources. */
export interface ImageSources {
  src: string;
  srcset?: string;
  width: number;
  height: number;
}
export type ResolveImage = (mediaId: string) => ImageSources | undefined;

export interface RenderOptions {
  resolveImage?: ResolveImage;
  /** `sizes` for inline images; the body column is at most ~42rem wide. */
  sizes?: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** Only links a reader can safely follow leave the renderer; anything else becomes plain text. */
export function safeHref(href: string): string | undefined {
  const trimmed = href.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) return trimmed;
  if (/^\/(?!\/)/.test(trimmed) || trimmed.startsWith('#')) return trimmed;
  return undefined;
}

function renderMarks(text: string, marks: Mark[] | undefined): string {
  let html = escapeHtml(text);
  if (!marks) return html;
  for (const mark of marks) {
    if (mark.type === 'bold') html = `<strong>${html}</strong>`;
    else if (mark.type === 'italic') html = `<em>${html}</em>`;
    else if (mark.type === 'code') html = `<code>${html}</code>`;
    else if (mark.type === 'link') {
      const href = safeHref(mark.attrs.href);
      if (href) {
        const external = /^https?:/i.test(href);
        html = `<a href="${escapeHtml(href)}"${external ? ' rel="noopener"' : ''}>${html}</a>`;
      }
    }
  }
  return html;
}

export function renderInline(nodes: Inline[] | undefined): string {
  if (!nodes) return '';
  let out = '';
  for (const node of nodes) out += node.type === 'text' ? renderMarks(node.text, node.marks) : '<br>';
  return out;
}

function renderImage(block: Extract<Block, { type: 'image' }>, options: RenderOptions): string {
  const a = block.attrs;
  // A stored image whose variants are not made yet keeps the address the editor inserted.
  const found = a.mediaId ? options.resolveImage?.(a.mediaId) : undefined;
  const resolved = found?.src ? found : undefined;
  const src = resolved?.src ?? a.src;
  const width = resolved?.width ?? a.width;
  const height = resolved?.height ?? a.height;
  const srcset = resolved?.srcset ? ` srcset="${escapeHtml(resolved.srcset)}" sizes="${escapeHtml(options.sizes ?? '(min-width: 48rem) 42rem, 100vw')}"` : '';
  const dims = width && height ? ` width="${width}" height="${height}"` : '';
  const img = `<img src="${escapeHtml(src)}"${srcset} alt="${escapeHtml(a.alt)}"${dims} loading="lazy" decoding="async">`;
  const caption = a.caption ? `<span class="caption-text">${escapeHtml(a.caption)}</span>` : '';
  const credit = a.credit ? ` <span class="credit">${escapeHtml(a.credit)}</span>` : '';
  const figcaption = caption || credit ? `<figcaption>${caption}${credit}</figcaption>` : '';
  return `<figure class="figure">${img}${figcaption}</figure>`;
}

function renderEmbed(block: Extract<Block, { type: 'embed' }>): string {
  const a = block.attrs;
  const href = safeHref(a.url);
  if (!href) return '';
  const host = (() => {
    try {
      return new URL(href).hostname;
    } catch {
      return '';
    }
  })();
  const title = a.title ? `<span class="embed-title">${escapeHtml(a.title)}</span>` : '';
  const desc = a.description ? `<span class="embed-description">${escapeHtml(a.description)}</span>` : '';
  return `<aside class="embed"><a href="${escapeHtml(href)}" rel="noopener">${title}${desc}<span class="embed-host">${escapeHtml(a.provider ?? host)}</span></a></aside>`;
}

/** Renders blocks to web HTML. Text is escaped; links are limited to http(s), mailto and site-relative URLs. */
export function renderBlocksHtml(blocks: Block[], options: RenderOptions = {}): string {
  let out = '';
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        out += `<p>${renderInline(block.content)}</p>`;
        break;
      case 'heading':
        out += `<h${block.attrs.level}>${renderInline(block.content)}</h${block.attrs.level}>`;
        break;
      case 'bulletList':
        out += `<ul>${block.content.map((li) => `<li>${renderBlocksHtml(li.content, options)}</li>`).join('')}</ul>`;
        break;
      case 'orderedList': {
        const start = block.attrs?.start && block.attrs.start !== 1 ? ` start="${block.attrs.start}"` : '';
        out += `<ol${start}>${block.content.map((li) => `<li>${renderBlocksHtml(li.content, options)}</li>`).join('')}</ol>`;
        break;
      }
      case 'blockquote':
        out += `<blockquote>${renderBlocksHtml(block.content, options)}</blockquote>`;
        break;
      case 'pullQuote': {
        const who = block.attrs?.attribution ? `<cite>${escapeHtml(block.attrs.attribution)}</cite>` : '';
        out += `<figure class="pull-quote"><blockquote><p>${renderInline(block.content)}</p></blockquote>${who ? `<figcaption>${who}</figcaption>` : ''}</figure>`;
        break;
      }
      case 'image':
        out += renderImage(block, options);
        break;
      case 'embed':
        out += renderEmbed(block);
        break;
      case 'horizontalRule':
        out += '<hr>';
        break;
      case 'paywall':
        break;
    }
  }
  return out;
}

/** Renders blocks to plain text, paragraphs separated by blank lines: for email text parts, feeds' summaries and search. */
export function renderBlocksText(blocks: Block[]): string {
  const parts: string[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
      case 'heading':
        parts.push(inlineText(block.content));
        break;
      case 'pullQuote':
        parts.push(`“${inlineText(block.content)}”${block.attrs?.attribution ? ` — ${block.attrs.attribution}` : ''}`);
        break;
      case 'bulletList':
      case 'orderedList':
        parts.push(
          block.content
            .map((li, i) => `${block.type === 'bulletList' ? '-' : `${i + 1}.`} ${renderBlocksText(li.content)}`)
            .join('\n'),
        );
        break;
      case 'blockquote':
        parts.push(renderBlocksText(block.content).replace(/^/gm, '> '));
        break;
      case 'image':
        if (block.attrs.caption) parts.push(`[${block.attrs.caption}]`);
        break;
      case 'embed':
        parts.push(block.attrs.title ? `${block.attrs.title}: ${block.attrs.url}` : block.attrs.url);
        break;
      case 'horizontalRule':
        parts.push('* * *');
        break;
      case 'paywall':
        break;
    }
  }
  return parts.filter((p) => p.trim() !== '').join('\n\n');
}

export const renderDocHtml = (doc: Doc, options?: RenderOptions): string => renderBlocksHtml(doc.content, options);
export const renderDocText = (doc: Doc): string => renderBlocksText(doc.content);
