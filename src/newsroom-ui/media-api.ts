import { api } from './api-client.js';
import type { MediaItem } from './api-types.js';

/** Uploads one image file; the server checks its content and reads caption and credit from it. */
export async function uploadImage(file: File): Promise<MediaItem> {
  const form = new FormData();
  form.append('file', file, file.name);
  return (await api.upload<{ media: MediaItem }>('/media', form)).media;
}

/** Waits (up to ~30 s) until the image's responsive variants exist, so it can be shown to readers. */
export async function whenVariantsReady(item: MediaItem): Promise<MediaItem> {
  let current = item;
  for (let i = 0; i < 60 && !current.variantsReady; i++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    current = (await api.get<{ media: MediaItem }>(`/media/${item.id}`)).media;
  }
  return current;
}

/** What to show in the newsroom: a small variant once made, the private original before. */
export const previewSrc = (item: Pick<MediaItem, 'id' | 'thumbnailUrl'>): string => item.thumbnailUrl ?? `/api/admin/media/${item.id}/original`;

export const ACCEPT = 'image/jpeg,image/png,image/webp';
