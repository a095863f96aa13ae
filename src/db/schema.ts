import type { NewsroomTables } from './schema-newsroom.js';
import type { MembersTables } from './schema-members.js';
import type { BillingTables } from './schema-billing.js';
import type { NewslettersTables } from './schema-newsletters.js';
import type { SearchTables } from './schema-search.js';
import type { WebhooksTables } from './schema-webhooks.js';

/**
 * The database as Kysely sees it. Conventions that keep one query layer working on SQLite and
 * PostgreSQL alike: ids are text (see kernel/ids), times are ISO 8601 UTC text, flags are
 * integers 0/1, structured values are JSON text parsed by the repository that owns them.
 */
export interface SectionTable {
  id: string;
  slug: string;
  name: string;
  names: string; // JSON: { [lang]: name }
  description: string;
  position: number;
}

export interface AuthorTable {
  id: string;
  slug: string;
  name: string;
  names: string; // JSON: { [lang]: name }
  bio: string;
  photo_media_id: string | null;
  created_at: string;
}

export interface TagTable {
  id: string;
  slug: string;
  kind: string; // topic | country | person | organization
  name: string;
  names: string;
  description: string;
}

export interface MediaTable {
  id: string;
  original_name: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string;
  credit: string;
  source_id: string;
  variants: string; // JSON: [{ width, format, file }]
  created_at: string;
}

export interface PostTable {
  id: string;
  slug: string;
  type: string; // news | analysis | memo | report | page
  status: string; // draft | review | scheduled | published | archived
  title: string;
  dek: string;
  body: string; // JSON document
  word_count: number;
  dateline: string;
  language: string;
  direction: string; // ltr | rtl
  section_id: string | null;
  lead_media_id: string | null;
  lead_alt: string | null;
  lead_caption: string | null;
  lead_credit: string | null;
  access: string; // public | registered | paid
  preview_paragraphs: number;
  featured: number;
  seo_title: string;
  seo_description: string;
  translation_of: string | null;
  published_at: string | null;
  updated_at: string;
  created_at: string;
  version: number;
}

export interface PostAuthorTable {
  post_id: string;
  author_id: string;
  position: number;
}

export interface PostTagTable {
  post_id: string;
  tag_id: string;
  position: number;
}

export interface CorrectionTable {
  id: string;
  post_id: string;
  kind: string; // correction | update
  text: string;
  created_at: string;
}

export interface JobTable {
  id: string;
  kind: string;
  payload: string;
  run_at: string;
  attempts: number;
  max_attempts: number;
  locked_until: string | null;
  locked_by: string | null;
  last_error: string | null;
  status: string; // pending | done | failed
  dedupe_key: string | null;
  created_at: string;
  finished_at: string | null;
}

export interface KeyValueTable {
  key: string;
  value: string;
}

/** The content tables (migration 001). Other areas declare their tables in schema-<area>.ts. */
export interface ContentTables {
  sections: SectionTable;
  authors: AuthorTable;
  tags: TagTable;
  media: MediaTable;
  posts: PostTable;
  post_authors: PostAuthorTable;
  post_tags: PostTagTable;
  corrections: CorrectionTable;
  jobs: JobTable;
  settings: KeyValueTable;
}

/** The whole database as Kysely sees it: each area's tables, declared beside its migration. */
export interface Database extends ContentTables, NewsroomTables, MembersTables, BillingTables, NewslettersTables, SearchTables, WebhooksTables {}
