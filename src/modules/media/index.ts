/** Media: stored images, their responsive variants and caption/credit metadata. */
export { ingestImage, checkImage, MAX_UPLOAD_BYTES, MAX_PIXELS, ACCEPTED_TYPES, type MediaDeps, type IngestInput, type IngestOptions, type CheckedImage } from './ingest-image.js';
export { mediaDir, VARIANT_WIDTHS, variantWidths, imageVariantsJob, type ImageVariantFile } from './make-variants.js';
export { imageSources, mediaUrl, type ImageSourceSet } from './image-sources.js';
export { loadSharp } from './load-sharp.js';
export { readPhotoMetadata, type PhotoMetadata } from './photo-metadata.js';
export { listMedia, getMedia, uploadImage, updateMedia, deleteMedia, mediaUsage, originalFile, toMediaItem, type MediaItem, type MediaChanges } from './media-library.js';
