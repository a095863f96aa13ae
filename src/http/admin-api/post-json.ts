import type { Post, PostSummary } from '../../modules/content/index.js';
import { paths } from '../../web/site-context.js';

/** The public address of an article (pages live at the top level). */
export const postUrl = (publicUrl: string, post: Pick<PostSummary, 'slug' | 'type'>): string => publicUrl + (post.type === 'page' ? `/${encodeURIComponent(post.slug)}` : paths.article(post.slug));

/** A post in a list: everything but the body. */
export function summaryJson(post: PostSummary, publicUrl: string) {
  return {
    id: post.id,
    slug: post.slug,
    url: postUrl(publicUrl, post),
    type: post.type,
    status: post.status,
    access: post.access,
    title: post.title,
    dek: post.dek,
    language: post.language,
    direction: post.direction,
    section: post.section ? { id: post.section.id, slug: post.section.slug, name: post.section.name } : null,
    authors: post.authors.map((a) => ({ id: a.id, slug: a.slug, name: a.name })),
    leadImage: post.leadImage,
    featured: post.featured,
    publishedAt: post.status === 'scheduled' ? null : post.publishedAt,
    scheduledFor: post.status === 'scheduled' ? post.publishedAt : null,
    updatedAt: post.updatedAt,
    version: post.version,
  };
}

/** A whole post, as GET /posts/{id} and every write answer it: the body is the structured document. */
export function postJson(post: Post, publicUrl: string) {
  return {
    ...summaryJson(post, publicUrl),
    body: post.body,
    wordCount: post.wordCount,
    dateline: post.dateline,
    tags: post.tags.map((t) => ({ id: t.id, slug: t.slug, kind: t.kind, name: t.name })),
    corrections: post.corrections,
    previewParagraphs: post.previewParagraphs,
    seoTitle: post.seoTitle,
    seoDescription: post.seoDescription,
    translationOf: post.translationOf,
    createdAt: post.createdAt,
  };
}
