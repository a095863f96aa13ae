import type { Doc } from './document.js';

export const ARTICLE_TYPES = ['news', 'analysis', 'memo', 'report', 'page'] as const;
export type ArticleType = (typeof ARTICLE_TYPES)[number];

export const ACCESS_LEVELS = ['public', 'registered', 'paid'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

export const POST_STATUSES = ['draft', 'review', 'scheduled', 'published', 'archived'] as const;
export type PostStatus = (typeof POST_STATUSES)[number];

export const TAG_KINDS = ['topic', 'country', 'person', 'organization'] as const;
export type TagKind = (typeof TAG_KINDS)[number];

export type Direction = 'ltr' | 'rtl';

/** Languages written right to left (by primary subtag). */
const RTL = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv', 'sd', 'ug']);
export const directionOf = (language: string): Direction => (RTL.has(language.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr');

export interface SectionRef {
  id: string;
  slug: string;
  name: string;
  names: Record<string, string>;
}

export interface Section extends SectionRef {
  description: string;
  position: number;
}

export interface AuthorRef {
  id: string;
  slug: string;
  name: string;
  names: Record<string, string>;
}

export interface Author extends AuthorRef {
  bio: string;
  photo: LeadImage | null;
}

export interface TagRef {
  id: string;
  slug: string;
  kind: TagKind;
  name: string;
  names: Record<string, string>;
}

export interface Tag extends TagRef {
  description: string;
}

export interface ImageVariant {
  width: number;
  format: 'webp' | 'jpeg';
  file: string;
}

export interface LeadImage {
  mediaId: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  sourceId: string;
  variants: ImageVariant[];
}

export interface Correction {
  id: string;
  kind: 'correction' | 'update';
  text: string;
  createdAt: string;
}

/** What lists, cards and feeds need of an article: no body. */
export interface PostSummary {
  id: string;
  slug: string;
  type: ArticleType;
  status: PostStatus;
  title: string;
  dek: string;
  language: string;
  direction: Direction;
  access: AccessLevel;
  section: SectionRef | null;
  authors: AuthorRef[];
  leadImage: LeadImage | null;
  featured: boolean;
  publishedAt: string | null;
  updatedAt: string;
  version: number;
}

/** An article with everything its page shows. */
export interface Post extends PostSummary {
  body: Doc;
  wordCount: number;
  dateline: string;
  tags: TagRef[];
  corrections: Correction[];
  previewParagraphs: number;
  seoTitle: string;
  seoDescription: string;
  translationOf: string | null;
  createdAt: string;
  /** The stored images placed in the body, by media id, so renderers can offer their responsive variants. */
  inlineMedia: Record<string, LeadImage>;
}
