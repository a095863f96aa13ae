import type { ImageVariantFile } from './make-variants.js';

export interface ImageSourceSet {
  /** The fallback JPEG (or the widest variant). */
  src: string;
  /** WebP widths for `srcset`. */
  srcset: string;
  width: number;
  height: number;
}

/** Public URL of one stored variant. */
export const mediaUrl = (mediaId: string, file: string): string => `/media/${mediaId}/${file}`;

/** The `src`/`srcset` pair for an image with the given variants. */
export function imageSources(image: { mediaId: string; width: number; height: number; variants: ImageVariantFile[] }): ImageSourceSet {
  const webp = image.variants.filter((v) => v.format === 'webp').sort((a, b) => a.width - b.width);
  const fallback = image.variants.find((v) => v.format === 'jpeg') ?? webp[webp.length - 1];
  return {
    src: fallback ? mediaUrl(image.mediaId, fallback.file) : '',
    srcset: webp.map((v) => `${mediaUrl(image.mediaId, v.file)} ${v.width}w`).join(', '),
    width: image.width,
    height: image.height,
  };
}
