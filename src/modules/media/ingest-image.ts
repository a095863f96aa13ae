import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import sharp, { type Metadata } from 'sharp';
import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';

export interface MediaDeps {
  db: Db;
  clock: Clock;
  dataDir: string;
}

export interface ImageVariantFile {
  width: number;
  format: 'webp' | 'jpeg';
  file: string;
}

/** Widths made for every image; no variant is wider than the original. */
export const VARIANT_WIDTHS = [480, 800, 1200, 1600];
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
const ACCEPTED = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const;

export const mediaDir = (dataDir: string, id: string): string => join(dataDir, 'media', id);

/**
 * Stores an uploaded image and its responsive variants (WebP at each width, one JPEG fallback).
 * The format is read from the bytes, never the file name: anything but JPEG, PNG or WebP is
 * refused with a 415.
 */
export async function ingestImage(
  deps: MediaDeps,
  input: { bytes: Buffer; originalName: string; alt?: string; caption?: string; credit?: string; sourceId?: string },
): Promise<{ id: string; width: number; height: number; variants: ImageVariantFile[] }> {
  if (input.bytes.length > MAX_UPLOAD_BYTES) throw new AppError('MEDIA_TOO_LARGE', 413, `Images may be at most ${MAX_UPLOAD_BYTES / 1024 / 1024} MB`);
  let meta: Metadata;
  try {
    meta = await sharp(input.bytes).metadata();
  } catch {
    throw new AppError('MEDIA_UNSUPPORTED', 415, 'This file is not an image we can read: upload a JPEG, PNG or WebP');
  }
  const format = meta.format as keyof typeof ACCEPTED | undefined;
  if (!format || !(format in ACCEPTED)) throw new AppError('MEDIA_UNSUPPORTED', 415, `${meta.format ?? 'This'} files are not accepted: upload a JPEG, PNG or WebP`);
  const oriented = sharp(input.bytes).rotate();
  const { width = 0, height = 0 } = await oriented.clone().metadata().then((m) => (m.orientation && m.orientation >= 5 ? { width: m.height, height: m.width } : m));
  if (width < 1 || height < 1) throw new AppError('MEDIA_UNSUPPORTED', 415, 'The image has no size');

  const id = newId(deps.clock.now().getTime());
  const dir = mediaDir(deps.dataDir, id);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `original.${format === 'jpeg' ? 'jpg' : format}`), input.bytes);

  const widths = VARIANT_WIDTHS.filter((w) => w < width);
  if (widths.length === 0 || widths[widths.length - 1]! < Math.min(width, 1600)) widths.push(Math.min(width, 1600));
  const variants: ImageVariantFile[] = [];
  for (const w of widths) {
    const file = `${w}.webp`;
    await oriented.clone().resize({ width: w }).webp({ quality: 78, effort: 4 }).toFile(join(dir, file));
    variants.push({ width: w, format: 'webp', file });
  }
  const fallbackWidth = widths.find((w) => w >= 1200) ?? widths[widths.length - 1]!;
  await oriented.clone().resize({ width: fallbackWidth }).jpeg({ quality: 80, mozjpeg: true }).toFile(join(dir, `${fallbackWidth}.jpg`));
  variants.push({ width: fallbackWidth, format: 'jpeg', file: `${fallbackWidth}.jpg` });

  await deps.db
    .insertInto('media')
    .values({
      id,
      original_name: input.originalName.slice(0, 200),
      mime: ACCEPTED[format],
      width,
      height,
      bytes: input.bytes.length,
      alt: input.alt ?? '',
      caption: input.caption ?? '',
      credit: input.credit ?? '',
      source_id: input.sourceId ?? '',
      variants: JSON.stringify(variants),
      created_at: deps.clock.now().toISOString(),
    })
    .execute();
  return { id, width, height, variants };
}
