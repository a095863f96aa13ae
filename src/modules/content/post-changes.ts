import type { Db } from '../../db/database-handle.js';
import { AppError } from '../../kernel/errors.js';
import type { BodyInput } from './body-input.js';
import { ACCESS_LEVELS, ARTICLE_TYPES, type AccessLevel, type ArticleType } from './content-types.js';
import type { Block } from './document.js';
import type { PostSnapshot } from './post-snapshot.js';
import { isSlug } from './slugify.js';

/** The lead image of an article: a media item plus, optionally, wording for this article. */
export interface LeadImageInput {
  mediaId: string;
  alt?: string | null;
  caption?: string | null;
  credit?: string | null;
}

/**
 * What a save may change. Related things are named by id or slug. Absent fields stay as they are
 * (PATCH semantics); `null` clears a field that may be empty.
 */
export interface PostChanges {
  title?: string;
  slug?: string;
  type?: ArticleType;
  access?: AccessLevel;
  dek?: string;
  dateline?: string;
  language?: string;
  body?: BodyInput;
  section?: string | null;
  authors?: string[];
  tags?: string[];
  leadImage?: LeadImageInput | null;
  featured?: boolean;
  previewParagraphs?: number;
  seoTitle?: string;
  seoDescription?: string;
  translationOf?: string | null;
}

const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Checks the plain fields of a change; throws one 400 listing every bad field. */
export function validateChanges(changes: PostChanges): void {
  const fields: Record<string, string> = {};
  if (changes.title !== undefined && (typeof changes.title !== 'string' || changes.title.trim() === '')) fields.title = 'must not be empty';
  if (changes.title !== undefined && changes.title.length > 300) fields.title = 'must be at most 300 characters';
  if (changes.type !== undefined && !ARTICLE_TYPES.includes(changes.type)) fields.type = `must be one of ${ARTICLE_TYPES.join(', ')}`;
  if (changes.access !== undefined && !ACCESS_LEVELS.includes(changes.access)) fields.access = `must be one of ${ACCESS_LEVELS.join(', ')}`;
  if (changes.language !== undefined && !LANGUAGE.test(changes.language)) fields.language = 'must be a BCP 47 language tag such as en or ar';
  if (changes.slug !== undefined && (!isSlug(changes.slug) || changes.slug.length > 200)) fields.slug = 'must be lowercase letters, digits and hyphens';
  if (changes.previewParagraphs !== undefined && (!Number.isInteger(changes.previewParagraphs) || changes.previewParagraphs < 0 || changes.previewParagraphs > 50)) {
    fields.previewParagraphs = 'must be a whole number from 0 to 50';
  }
  if (Object.keys(fields).length) throw new AppError('VALIDATION_FAILED', 400, `Some fields are not valid: ${Object.keys(fields).join(', ')}`, fields);
}

/** The changes that would turn the current state into a snapshot (for restoring a revision). */
export function changesFromSnapshot(s: PostSnapshot): PostChanges {
  return {
    title: s.title,
    slug: s.slug,
    type: s.type,
    access: s.access,
    dek: s.dek,
    dateline: s.dateline,
    language: s.language,
    body: { format: 'doc', content: s.body },
    section: s.sectionId,
    authors: s.authorIds,
    tags: s.tagIds,
    leadImage: s.leadMediaId ? { mediaId: s.leadMediaId, alt: s.leadAlt, caption: s.leadCaption, credit: s.leadCredit } : null,
    featured: s.featured,
    previewParagraphs: s.previewParagraphs,
    seoTitle: s.seoTitle,
    seoDescription: s.seoDescription,
    translationOf: s.translationOf,
  };
}

function imageBlocks(blocks: Block[], path: string, out: { path: string; alt: string }[]): void {
  blocks.forEach((block, i) => {
    const p = `${path}[${i}]`;
    if (block.type === 'image') out.push({ path: `${p}.attrs.alt`, alt: block.attrs.alt ?? '' });
    else if (block.type === 'blockquote') imageBlocks(block.content, `${p}.content`, out);
    else if (block.type === 'bulletList' || block.type === 'orderedList') block.content.forEach((item, j) => imageBlocks(item.content, `${p}.content[${j}].content`, out));
  });
}

/**
 * What must be true before an article goes out: every image, the lead image included, has alt
 * text (screen-reader users read our journalism too). Throws 422 naming each image without it.
 */
export async function checkPublishable(db: Db, snapshot: Pick<PostSnapshot, 'body' | 'leadMediaId' | 'leadAlt'>): Promise<void> {
  const fields: Record<string, string> = {};
  if (snapshot.leadMediaId) {
    const media = await db.selectFrom('media').select('alt').where('id', '=', snapshot.leadMediaId).executeTakeFirst();
    const alt = snapshot.leadAlt ?? media?.alt ?? '';
    if (alt.trim() === '') fields['leadImage.alt'] = 'the lead image needs alt text before publishing';
  }
  const images: { path: string; alt: string }[] = [];
  imageBlocks(snapshot.body.content, 'body.content', images);
  for (const image of images) if (image.alt.trim() === '') fields[image.path] = 'this image needs alt text before publishing';
  if (Object.keys(fields).length) {
    throw new AppError('NOT_PUBLISHABLE', 422, 'Add alt text to every image before publishing, so readers using screen readers know what it shows.', fields);
  }
}
