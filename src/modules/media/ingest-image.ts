import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Metadata } from 'sharp';
import { loadSharp } from './load-sharp.js';
import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { enqueue } from '../jobs/index.js';
import { mediaDir, writeVariants, type ImageVariantFile } from './make-variants.js';
import { readPhotoMetadata, type PhotoMetadata } from './photo-metadata.js';

export interface MediaDeps {
  db: Db;
  clock: Clock;
  dataDir: string;
  /** Called after a variants job is enqueued, so an in-process worker picks it up at once. */
  kickJobs?: () => void;
}

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Larger images are refused before decoding: a small file can still unpack to gigabytes. */
export const MAX_PIXELS = 100_000_000;
export const ACCEPTED_TYPES = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const;

export interface CheckedImage {
  format: keyof typeof ACCEPTED_TYPES;
  width: number;
  height: number;
  metadata: PhotoMetadata;
}

/**
 * Decides from the bytes alone whether a file is an image we accept (JPEG, PNG or WebP), how big
 * it is once rotated upright, and what its IPTC/XMP metadata says. The file name and the
 * browser's declared type are never trusted. SVG is refused outright: it can carry scripts.
 */
export async function checkImage(bytes: Buffer): Promise<CheckedImage> {
  if (bytes.length > MAX_UPLOAD_BYTES) throw new AppError('MEDIA_TOO_LARGE', 413, `Images may be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; this one is ${(bytes.length / 1024 / 1024).toFixed(1)} MB`);
  if (bytes.length === 0) throw new AppError('MEDIA_EMPTY', 400, 'The file is empty', { file: 'empty' });
  let meta: Metadata;
  try {
    meta = await (await loadSharp())(bytes).metadata();
  } catch {
    throw new AppError('MEDIA_UNSUPPORTED', 415, 'This file is not an image we can read: upload a JPEG, PNG or WebP');
  }
  if (meta.format === 'svg') throw new AppError('MEDIA_UNSUPPORTED', 415, 'SVG files are not accepted because they can contain scripts: upload a JPEG, PNG or WebP');
  const format = meta.format as keyof typeof ACCEPTED_TYPES | undefined;
  if (!format || !(format in ACCEPTED_TYPES)) throw new AppError('MEDIA_UNSUPPORTED', 415, `${meta.format ? meta.format.toUpperCase() : 'These'} files are not accepted: upload a JPEG, PNG or WebP`);
  const rotated = meta.orientation !== undefined && meta.orientation >= 5;
  const width = (rotated ? meta.height : meta.width) ?? 0;
  const height = (rotated ? meta.width : meta.height) ?? 0;
  if (width < 1 || height < 1) throw new AppError('MEDIA_UNSUPPORTED', 415, 'The image has no size');
  if (width * height > MAX_PIXELS) throw new AppError('MEDIA_TOO_LARGE', 413, `Images may be at most ${MAX_PIXELS / 1_000_000} megapixels; this one is ${width}×${height}`);
  return { format, width, height, metadata: readPhotoMetadata({ iptc: meta.iptc, xmp: meta.xmp }) };
}

export interface IngestInput {
  bytes: Buffer;
  originalName: string;
  alt?: string;
  caption?: string;
  credit?: string;
  sourceId?: string;
}

export interface IngestOptions {
  /**
   * `inline` (the default, used by the seed and the CLI) makes the variants before returning;
   * `job` stores the original and leaves the variants to an `image-variants` job, so an upload
   * request answers as soon as the file is safely stored.
   */
  variants?: 'inline' | 'job';
}

/**
 * Stores an uploaded image. Caption, credit and source id not given are prefilled from the
 * photo's own IPTC/XMP metadata (agency photos carry them); alt text never is, because it
 * describes the picture for this article and only a person can write it.
 */
export async function ingestImage(
  deps: MediaDeps,
  input: IngestInput,
  options: IngestOptions = {},
): Promise<{ id: string; width: number; height: number; variants: ImageVariantFile[]; metadata: PhotoMetadata }> {
  const image = await checkImage(input.bytes);
  const now = deps.clock.now();
  const id = newId(now.getTime());
  const dir = mediaDir(deps.dataDir, id);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `original.${image.format === 'jpeg' ? 'jpg' : image.format}`), input.bytes);
  const variants = options.variants === 'job' ? [] : await writeVariants(dir, input.bytes);
  await deps.db
    .insertInto('media')
    .values({
      id,
      original_name: input.originalName.slice(0, 200),
      mime: ACCEPTED_TYPES[image.format],
      width: image.width,
      height: image.height,
      bytes: input.bytes.length,
      alt: input.alt ?? '',
      caption: input.caption ?? image.metadata.caption,
      credit: input.credit ?? image.metadata.credit,
      source_id: input.sourceId ?? image.metadata.sourceId,
      variants: JSON.stringify(variants),
      created_at: now.toISOString(),
    })
    .execute();
  if (options.variants === 'job') {
    await enqueue(deps, { kind: 'image-variants', payload: { mediaId: id }, dedupeKey: `image-variants:${id}`, maxAttempts: 5 });
    deps.kickJobs?.();
  }
  return { id, width: image.width, height: image.height, variants, metadata: image.metadata };
}
