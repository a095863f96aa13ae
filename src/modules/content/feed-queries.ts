import type { Db } from '../../db/database-handle.js';
import type { TagRef } from './content-types.js';
import type { Doc } from './document.js';
import { loadTagsFor } from './hydrate.js';

/** The parts of an article a feed item needs beyond its summary. */
export interface FeedBody {
  body: Doc;
  previewParagraphs: number;
  tags: TagRef[];
}

/**
 * Bodies, preview lengths and tags of the given posts in two queries, for feeds that list a page
 * of summaries and then need each one's text. Callers decide how much of each body may be shown.
 */
export async function feedBodiesByIds(db: Db, ids: string[]): Promise<Map<string, FeedBody>> {
  const out = new Map<string, FeedBody>();
  if (ids.length === 0) return out;
  const [rows, tags] = await Promise.all([
    db.selectFrom('posts').select(['id', 'body', 'preview_paragraphs']).where('id', 'in', ids).execute(),
    loadTagsFor(db, ids),
  ]);
  for (const r of rows) out.set(r.id, { body: JSON.parse(r.body) as Doc, previewParagraphs: r.preview_paragraphs, tags: tags.get(r.id) ?? [] });
  return out;
}
