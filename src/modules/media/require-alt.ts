import type { Db } from '../../db/database-handle.js';
import { AppError } from '../../kernel/errors.js';

/** A post as stored (snake_case row) or as loaded by the content module (with `leadImage`). */
export type LeadImageHolder =
  | { lead_media_id: string | null; lead_alt?: string | null }
  | { leadImage: { mediaId: string; alt: string } | null };

/**
 * Refuses to publish an article whose lead image has no alt text, with a 422 a person can act
 * on. The article's own alt (set for this use of the picture) wins over the library's. Call it
 * in every path that makes a post public: publish now, schedule, and the scheduled job itself
 * (alt text may have been removed in between).
 *
 * @example await assertLeadImageHasAlt(db, postRow) // before setting status = 'published'
 */
export async function assertLeadImageHasAlt(db: Db, post: LeadImageHolder): Promise<void> {
  let alt: string;
  if ('leadImage' in post) {
    if (!post.leadImage) return;
    alt = post.leadImage.alt;
  } else {
    if (!post.lead_media_id) return;
    alt = post.lead_alt ?? '';
    if (!alt.trim()) {
      const media = await db.selectFrom('media').select(['alt']).where('id', '=', post.lead_media_id).executeTakeFirst();
      if (!media) return;
      alt = media.alt;
    }
  }
  if (!alt.trim()) {
    throw new AppError('LEAD_IMAGE_ALT_MISSING', 422, 'Add alt text to the lead image before publishing: describe what the photo shows for readers who cannot see it', {
      leadImage: 'alt text is required before publishing',
    });
  }
}
