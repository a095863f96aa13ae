import { renderBlocksText, splitAtCut, withoutCut, type AccessLevel, type Doc } from '../content/index.js';
import { searchTokens } from './normalize-text.js';

/** What the index needs to know about one published article (read by search-source.ts). */
export interface PostSource {
  id: string;
  type: string;
  language: string;
  sectionId: string | null;
  access: AccessLevel;
  publishedAt: string;
  title: string;
  dek: string;
  body: Doc;
  previewParagraphs: number;
  tagNames: string[];
  authorNames: string[];
  tagIds: string[];
  authorIds: string[];
}

/** Normalized tokens per field. `gated` is matched but never shown: see buildSnippet. */
export interface IndexFields {
  title: string[];
  dek: string[];
  body: string[];
  gated: string[];
  tags: string[];
  authors: string[];
}

export const FIELD_NAMES = ['title', 'dek', 'body', 'gated', 'tags', 'authors'] as const satisfies readonly (keyof IndexFields)[];

/** One row of the index: the tokens to match plus the columns filters and ranking use. */
export interface IndexDocument {
  postId: string;
  language: string;
  type: string;
  sectionId: string | null;
  access: string;
  publishedAt: string;
  /** For filters: an adapter may index these (SQLite does, as facet tokens). */
  tagIds: string[];
  authorIds: string[];
  fields: IndexFields;
}

/**
 * The parts of an article a reader may see without being entitled to it: the whole body of a
 * public article, or what comes before the paywall cut of a gated one (the same split the
 * article page makes, so search can never show more than the page does).
 */
export function publicAndGatedText(post: Pick<PostSource, 'access' | 'body' | 'previewParagraphs'>): { publicText: string; gatedText: string } {
  if (post.access === 'public') return { publicText: renderBlocksText(withoutCut(post.body)), gatedText: '' };
  const { preview, rest } = splitAtCut(post.body, post.previewParagraphs);
  return { publicText: renderBlocksText(preview), gatedText: renderBlocksText(rest) };
}

/** Turns an article into an index document: each field normalized into tokens. */
export function buildIndexDocument(post: PostSource): IndexDocument {
  const { publicText, gatedText } = publicAndGatedText(post);
  return {
    postId: post.id,
    language: post.language,
    type: post.type,
    sectionId: post.sectionId,
    access: post.access,
    publishedAt: post.publishedAt,
    tagIds: post.tagIds,
    authorIds: post.authorIds,
    fields: {
      title: searchTokens(post.title),
      dek: searchTokens(post.dek),
      body: searchTokens(publicText),
      gated: searchTokens(gatedText),
      tags: searchTokens(post.tagNames.join(' ; ')),
      authors: searchTokens(post.authorNames.join(' ; ')),
    },
  };
}
