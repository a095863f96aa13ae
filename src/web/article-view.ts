import { decideAccess, type AccessDecision, type Viewer } from '../modules/access/index.js';
import { renderBlocksHtml, splitAtCut, withoutCut, type Post } from '../modules/content/index.js';
import { imageSources } from '../modules/media/index.js';
import type { PageCache } from './page-cache.js';

export interface ArticleBody {
  decision: AccessDecision;
  /** HTML the viewer may see before any gated part. */
  bodyHtml: string;
  /** For an entitled viewer of a gated article, the part after the cut. */
  gatedHtml: string | null;
}

/**
 * Decides what of the article this viewer may see, and renders only that. For a reader who is
 * not entitled, the blocks after the cut are never rendered, so they cannot leak into the page.
 * Rendered fragments are cached by article id and version.
 */
export function articleBodyFor(cache: PageCache, post: Post, viewer: Viewer, meter: Parameters<typeof decideAccess>[2]): ArticleBody {
  const decision = decideAccess(viewer, { access: post.access }, meter);
  const { preview, rest } = splitAtCut(post.body, post.previewParagraphs);
  const key = `body:${post.id}:${post.version}`;
  const render = (part: 'full' | 'preview' | 'rest'): string => {
    const k = `${key}:${part}`;
    const hit = cache.get(k);
    if (hit !== undefined) return hit;
    const blocks = part === 'full' ? withoutCut(post.body) : part === 'preview' ? preview : rest;
    const html = renderBlocksHtml(blocks, { resolveImage: (id) => (post.inlineMedia?.[id] ? imageSources(post.inlineMedia[id]) : undefined) });
    cache.set(k, html, 10 * 60_000, [`post:${post.id}`]);
    return html;
  };
  if (post.access === 'public') return { decision, bodyHtml: render('full'), gatedHtml: null };
  if (decision.show === 'full') return { decision, bodyHtml: render('preview'), gatedHtml: render('rest') };
  return { decision, bodyHtml: render('preview'), gatedHtml: null };
}

