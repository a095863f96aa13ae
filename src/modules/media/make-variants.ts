import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadSharp } from './load-sharp.js';
import type { Db } from '../../db/database-handle.js';
import { PermanentJobError } from '../jobs/index.js';

export interface ImageVariantFile {
  width: number;
  format: 'webp' | 'jpeg';
  file: string;
}

/** Widths made for every image; no variant is wider than the original. */
export const VARIANT_WIDTHS = [480, 800, 1200, 1600];

export const mediaDir = (dataDir: string, id: string): string => join(dataDir, 'media', id);

/** The widths to make for an image `width` pixels wide: the standard ones below it, plus its own width up to 1600. */
export function variantWidths(width: number): number[] {
  const widths = VARIANT_WIDTHS.filter((w) => w < width);
  if (widths.length === 0 || widths[widths.length - 1]! < Math.min(width, 1600)) widths.push(Math.min(width, 1600));
  return widths;
}

/**
 * Writes the responsive variants of an image (WebP at each width, one JPEG fallback) from its
 * original bytes. Outputs carry no metadata: EXIF (GPS position, camera serial) stays in the
 * private original. Writing the same files again is harmless, so a retried job is idempotent.
 */
export async function writeVariants(dir: string, original: Buffer): Promise<ImageVariantFile[]> {
  const sharp = await loadSharp();
  const oriented = sharp(original, { limitInputPixels: 100_000_000 }).rotate();
  const info = await oriented.clone().metadata();
  const width = info.orientation && info.orientation >= 5 ? info.height : info.width;
  const widths = variantWidths(width ?? 0);
  const variants: ImageVariantFile[] = [];
  for (const w of widths) {
    const file = `${w}.webp`;
    await oriented.clone().resize({ width: w }).webp({ quality: 78, effort: 4 }).toFile(join(dir, file));
    variants.push({ width: w, format: 'webp', file });
  }
  const fallbackWidth = widths.find((w) => w >= 1200) ?? widths[widths.length - 1]!;
  await oriented.clone().resize({ width: fallbackWidth }).flatten({ background: '#ffffff' }).jpeg({ quality: 80, mozjpeg: true }).toFile(join(dir, `${fallbackWidth}.jpg`));
  variants.push({ width: fallbackWidth, format: 'jpeg', file: `${fallbackWidth}.jpg` });
  return variants;
}

/** The stored original's file name in a media folder, if any. */
export async function findOriginal(dir: string): Promise<string | undefined> {
  const files = await readdir(dir).catch(() => [] as string[]);
  return files.find((f) => f.startsWith('original.'));
}

/**
 * The `image-variants` job: makes the variants of one stored image and records them. A media
 * item deleted meanwhile is skipped; a missing original cannot be fixed by retrying.
 */
export function imageVariantsJob(deps: { db: Db; dataDir: string }): (payload: unknown) => Promise<void> {
  return async (payload) => {
    const mediaId = (payload as { mediaId?: unknown } | null)?.mediaId;
    if (typeof mediaId !== 'string') throw new PermanentJobError('image-variants job without a mediaId');
    const row = await deps.db.selectFrom('media').select(['id']).where('id', '=', mediaId).executeTakeFirst();
    if (!row) return;
    const dir = mediaDir(deps.dataDir, mediaId);
    const original = await findOriginal(dir);
    if (!original) throw new PermanentJobError(`The original of media ${mediaId} is missing`);
    const variants = await writeVariants(dir, await readFile(join(dir, original)));
    await deps.db.updateTable('media').set({ variants: JSON.stringify(variants) }).where('id', '=', mediaId).execute();
  };
}
