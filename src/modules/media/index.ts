/** Media: stored images, their responsive variants and caption/credit metadata. */
export { ingestImage, mediaDir, MAX_UPLOAD_BYTES, VARIANT_WIDTHS, type MediaDeps, type ImageVariantFile } from './ingest-image.js';
export { imageSources, mediaUrl, type ImageSourceSet } from './image-sources.js';
