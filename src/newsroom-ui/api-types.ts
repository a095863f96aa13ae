import type { Doc } from '../modules/content/index.js';

/** Shapes of the Admin API answers the app uses (see docs/admin-api.md). */
export type Role = 'contributor' | 'author' | 'editor' | 'admin';
export type Grant = boolean | 'own';

export interface Staff {
  id: string;
  email: string;
  name: string;
  role: Role;
  authorId: string | null;
  hasPassword: boolean;
  createdAt: string;
  disabledAt: string | null;
}

export interface Me {
  staff: Staff;
  csrfToken: string;
  permissions: Record<string, Grant>;
}

export interface Ref {
  id: string;
  slug: string;
  name: string;
}

export interface LeadImage {
  mediaId: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  variants: { width: number; format: string; file: string }[];
}

export interface PostSummary {
  id: string;
  slug: string;
  url: string;
  type: string;
  status: string;
  access: string;
  title: string;
  dek: string;
  language: string;
  direction: 'ltr' | 'rtl';
  section: Ref | null;
  authors: Ref[];
  leadImage: LeadImage | null;
  featured: boolean;
  publishedAt: string | null;
  scheduledFor: string | null;
  updatedAt: string;
  version: number;
}

export interface Post extends PostSummary {
  body: Doc;
  wordCount: number;
  dateline: string;
  tags: (Ref & { kind: string })[];
  corrections: { id: string; kind: string; text: string; createdAt: string }[];
  previewParagraphs: number;
  seoTitle: string;
  seoDescription: string;
  createdAt: string;
}

export interface MediaItem {
  id: string;
  originalName: string;
  mime: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  sourceId: string;
  createdAt: string;
  variantsReady: boolean;
  url: string | null;
  thumbnailUrl: string | null;
}

export interface Tag extends Ref {
  kind: string;
  posts: number;
}

export interface Section extends Ref {
  position: number;
}

export interface Revision {
  id: string;
  version: number;
  actor: string;
  createdAt: string;
  title: string;
  status: string;
}

export interface Comparison {
  fields: { field: string; from: unknown; to: unknown }[];
  body: { op: 'same' | 'added' | 'removed'; text: string }[];
}

export interface ApiKey {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export type List<K extends string, T> = Record<K, T[]> & { meta: { nextCursor: string | null } };
