import type { Doc } from '../../modules/content/index.js';
import type { Post } from '../api-types.js';

/** What the editor screen edits: the post's editable fields, as the PATCH body names them. */
export interface Draft {
  title: string;
  dek: string;
  body: Doc;
  type: string;
  section: string | null;
  dateline: string;
  language: string;
  authors: string[];
  tags: string[];
  access: string;
  leadImage: { mediaId: string; alt: string | null; caption: string | null; credit: string | null } | null;
  seoTitle: string;
  seoDescription: string;
  slug: string;
  featured: boolean;
  previewParagraphs: number;
}

export type DraftField = keyof Draft;

export function draftOf(post: Post): Draft {
  return {
    title: post.title,
    dek: post.dek,
    body: post.body,
    type: post.type,
    section: post.section?.id ?? null,
    dateline: post.dateline,
    language: post.language,
    authors: post.authors.map((a) => a.id),
    tags: post.tags.map((t) => t.id),
    access: post.access,
    leadImage: post.leadImage ? { mediaId: post.leadImage.mediaId, alt: post.leadImage.alt, caption: post.leadImage.caption, credit: post.leadImage.credit } : null,
    seoTitle: post.seoTitle,
    seoDescription: post.seoDescription,
    slug: post.slug,
    featured: post.featured,
    previewParagraphs: post.previewParagraphs,
  };
}

/** The PATCH body for the fields changed since the last save. The body goes as the document itself. */
export function changesOf(draft: Draft, dirty: Set<DraftField>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of dirty) {
    if (field === 'body') out.body = { format: 'doc', content: draft.body };
    else if (field === 'leadImage') {
      const lead = draft.leadImage;
      out.leadImage = lead ? { mediaId: lead.mediaId, alt: lead.alt || null, caption: lead.caption || null, credit: lead.credit || null } : null;
    } else out[field] = draft[field];
  }
  return out;
}

/** The person's own words, as plain text, to copy somewhere safe when a save conflicts. */
export function draftAsText(draft: Draft): string {
  const lines = [draft.title, draft.dek, ''];
  const walk = (nodes: unknown[]): void => {
    for (const node of nodes as { type: string; text?: string; content?: unknown[] }[]) {
      if (node.type === 'text') lines[lines.length - 1] += node.text ?? '';
      else {
        if (node.content) walk(node.content);
        if (['paragraph', 'heading', 'pullQuote'].includes(node.type)) lines.push('');
        if (node.type === 'paywall') lines.push('--- paywall ---', '');
      }
    }
  };
  walk(draft.body.content);
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
