import { rm } from 'node:fs/promises';
import type { Selectable } from 'kysely';
import type { Db } from '../../db/database-handle.js';
import type { MediaTable } from '../../db/schema.js';
import { AppError } from '../../kernel/errors.js';
import { isId } from '../../kernel/ids.js';
import { requirePermission, type Actor } from '../newsroom/index.js';
import { mediaUrl } from './image-sources.js';
import { findOriginal, mediaDir, type ImageVariantFile } from './make-variants.js';
import { ingestImage, type IngestInput, type MediaDeps } from './ingest-image.js';
import type { PhotoMetadata } from './photo-metadata.js';

/** A media library item as the Admin API shows it. */
export interface MediaItem {
  id: string;
  originalName: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string;
  credit: string;
  sourceId: string;
  createdAt: string;
  /** False until the `image-variants` job has run: the image cannot be shown to readers yet. */
  variantsReady: boolean;
  variants: ImageVariantFile[];
  /** The public fallback JPEG (what a document's image `src` should be), or null while processing. */
  url: string | null;
  /** A small public WebP for lists, or null while processing. */
  thumbnailUrl: string | null;
}

export function toMediaItem(row: Selectable<MediaTable>): MediaItem {
  const variants = JSON.parse(row.variants) as ImageVariantFile[];
  const jpeg = variants.find((v) => v.format === 'jpeg');
  const smallest = variants.filter((v) => v.format === 'webp').sort((a, b) => a.width - b.width)[0];
  return {
    id: row.id,
    originalName: row.original_name,
    mime: row.mime,
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    alt: row.alt,
    caption: row.caption,
    credit: row.credit,
    sourceId: row.source_id,
    createdAt: row.created_at,
    variantsReady: variants.length > 0,
    variants,
    url: jpeg ? mediaUrl(row.id, jpeg.file) : null,
    thumbnailUrl: smallest ? mediaUrl(row.id, smallest.file) : jpeg ? mediaUrl(row.id, jpeg.file) : null,
  };
}

/**
 * The media library, newest first, `limit` at a time. `cursor` is the last id of the previous
 * page (ids sort by creation time); `query` matches name, caption, credit, alt or source id.
 */
export async function listMedia(db: Db, options: { limit: number; cursor?: string; query?: string }): Promise<{ items: MediaItem[]; nextCursor: string | null }> {
  let q = db.selectFrom('media').selectAll();
  if (options.cursor) q = q.where('id', '<', options.cursor);
  const text = options.query?.trim().toLowerCase();
  if (text) {
    // `%` and `_` typed by a person act as wildcards: harmless in a search box, and portable (SQLite has no default LIKE escape).
    const like = `%${text}%`;
    q = q.where((eb) =>
      eb.or((['original_name', 'caption', 'credit', 'alt', 'source_id'] as const).map((col) => eb(eb.fn('lower', [eb.ref(col)]), 'like', like))),
    );
  }
  const rows = await q.orderBy('id', 'desc').limit(options.limit + 1).execute();
  const more = rows.length > options.limit;
  const page = more ? rows.slice(0, options.limit) : rows;
  return { items: page.map(toMediaItem), nextCursor: more ? page[page.length - 1]!.id : null };
}

export async function getMedia(db: Db, id: string): Promise<MediaItem> {
  if (!isId(id)) throw new AppError('MEDIA_NOT_FOUND', 404, 'There is no image with this id in the media library');
  const row = await db.selectFrom('media').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('MEDIA_NOT_FOUND', 404, 'There is no image with this id in the media library');
  return toMediaItem(row);
}

export interface MediaChanges {
  alt?: string;
  caption?: string;
  credit?: string;
  sourceId?: string;
}

/** Edits the words around an image. Articles that override them for their lead image keep their own. */
export async function updateMedia(db: Db, actor: Actor, id: string, changes: MediaChanges): Promise<MediaItem> {
  requirePermission(actor, 'media.upload');
  await getMedia(db, id);
  const set: Partial<Record<'alt' | 'caption' | 'credit' | 'source_id', string>> = {};
  if (changes.alt !== undefined) set.alt = changes.alt.trim();
  if (changes.caption !== undefined) set.caption = changes.caption.trim();
  if (changes.credit !== undefined) set.credit = changes.credit.trim();
  if (changes.sourceId !== undefined) set.source_id = changes.sourceId.trim();
  if (Object.keys(set).length > 0) await db.updateTable('media').set(set).where('id', '=', id).execute();
  return getMedia(db, id);
}

/** Where an image is used: lead images, author portraits and images inside article bodies. */
export async function mediaUsage(db: Db, id: string): Promise<{ posts: { id: string; title: string }[]; authors: number }> {
  const marker = `%"mediaId":"${id}"%`;
  const posts = await db
    .selectFrom('posts')
    .select(['id', 'title'])
    .where((eb) => eb.or([eb('lead_media_id', '=', id), eb('body', 'like', marker)]))
    .limit(20)
    .execute();
  const authors = await db.selectFrom('authors').select((eb) => eb.fn.countAll<string | number>().as('n')).where('photo_media_id', '=', id).executeTakeFirstOrThrow();
  return { posts, authors: Number(authors.n) };
}

/**
 * Deletes an image and its files. An image still used by an article or an author is refused
 * with a 409 naming where, so nothing published silently loses its picture.
 */
export async function deleteMedia(db: Db, dataDir: string, actor: Actor, id: string): Promise<void> {
  requirePermission(actor, 'media.upload');
  await getMedia(db, id);
  const usage = await mediaUsage(db, id);
  if (usage.posts.length > 0 || usage.authors > 0) {
    const where = [...usage.posts.map((p) => `"${p.title}"`), ...(usage.authors ? [`${usage.authors} author portrait(s)`] : [])].slice(0, 5).join(', ');
    throw new AppError('MEDIA_IN_USE', 409, `This image is still used by ${where}: remove it there first`);
  }
  await db.deleteFrom('media').where('id', '=', id).execute();
  await rm(mediaDir(dataDir, id), { recursive: true, force: true });
}

/** The stored original file (private: served only through the Admin API, with its metadata). */
export async function originalFile(dataDir: string, id: string): Promise<{ path: string; name: string } | undefined> {
  if (!isId(id)) return undefined;
  const dir = mediaDir(dataDir, id);
  const name = await findOriginal(dir);
  return name ? { path: `${dir}/${name}`, name } : undefined;
}

/**
 * The upload operation behind every door (Admin API, newsroom app): checks the actor may upload,
 * stores the original and leaves the responsive variants to a job, so the request answers fast.
 */
export async function uploadImage(deps: MediaDeps, actor: Actor, input: IngestInput): Promise<{ media: MediaItem; metadata: PhotoMetadata }> {
  requirePermission(actor, 'media.upload');
  const stored = await ingestImage(deps, input, { variants: 'job' });
  return { media: await getMedia(deps.db, stored.id), metadata: stored.metadata };
}
