import type { Db } from '../../db/database-handle.js';
import type { EventBus } from '../../kernel/events.js';
import { buildIndexDocument } from './index-document.js';
import type { SearchIndex } from './search-index.js';
import { countSearchable, listPostIdsWith, listSearchableKeys, loadPostSources, type SearchableKey } from './search-source.js';

export interface IndexerDeps {
  db: Db;
  index: SearchIndex;
}

/** The durable job that re-indexes the articles of a renamed tag or author (payload: `{ kind, id }`). */
export const REINDEX_TAXONOMY_JOB = 'search-reindex-taxonomy';

export interface TaxonomyChange {
  kind: 'tag' | 'author';
  id: string;
}

export const isTaxonomyChange = (value: unknown): value is TaxonomyChange =>
  !!value && typeof value === 'object' && ((value as TaxonomyChange).kind === 'tag' || (value as TaxonomyChange).kind === 'author') && typeof (value as TaxonomyChange).id === 'string';

const BATCH = 500;

/**
 * Brings these articles' index entries up to date: published articles are (re)indexed, anything
 * else (a draft, an unpublished or deleted article, a page) is removed.
 */
export async function indexPosts(deps: IndexerDeps, ids: string[]): Promise<void> {
  const sources = await loadPostSources(deps.db, ids);
  const found = new Set(sources.map((s) => s.id));
  await deps.index.upsert(sources.map(buildIndexDocument));
  await deps.index.remove(ids.filter((id) => !found.has(id)));
}

/**
 * Rebuilds the whole index from the articles table, oldest publication first, in batches,
 * reporting progress. Bulk imports
 * (the synthetic archive, importers) emit no events and call this afterwards. While it runs,
 * searches see a partial index.
 */
export async function reindexAll(deps: IndexerDeps, onProgress: (done: number, total: number) => void = () => {}): Promise<{ indexed: number }> {
  const total = await countSearchable(deps.db);
  await deps.index.clear();
  let done = 0;
  let after: SearchableKey | null = null;
  onProgress(0, total);
  for (;;) {
    const keys = await listSearchableKeys(deps.db, after, BATCH);
    if (keys.length === 0) break;
    const sources = await loadPostSources(deps.db, keys.map((k) => k.id));
    const order = new Map(keys.map((k, i) => [k.id, i]));
    sources.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    await deps.index.upsert(sources.map(buildIndexDocument));
    done += sources.length;
    after = keys[keys.length - 1]!;
    onProgress(Math.min(done, total), total);
  }
  await deps.index.optimize();
  return { indexed: done };
}

/**
 * Re-indexes every article carrying a tag or author, in batches: their index documents hold its
 * name (a search for the new name finds them, the old one no longer does). Safe to run again.
 */
export async function reindexTaxonomy(deps: IndexerDeps, change: TaxonomyChange): Promise<number> {
  let after: string | null = null;
  let count = 0;
  for (;;) {
    const ids = await listPostIdsWith(deps.db, change, after, BATCH);
    if (ids.length === 0) return count;
    await indexPosts(deps, ids);
    count += ids.length;
    after = ids[ids.length - 1]!;
  }
}

/**
 * Keeps the index current: every change to an article re-indexes it; a deletion removes it; a
 * renamed tag or author queues a durable job (`enqueueReindex`) for its articles, which may be
 * thousands, so the rename itself answers at once and a restart does not lose the work.
 */
export function keepSearchIndexCurrent(events: EventBus, deps: IndexerDeps & { enqueueReindex: (change: TaxonomyChange) => Promise<unknown> }): void {
  events.on('post.changed', ({ postId }) => indexPosts(deps, [postId]));
  events.on('post.deleted', ({ postId }) => deps.index.remove([postId]));
  events.on('taxonomy.changed', async (change) => {
    await deps.enqueueReindex({ kind: change.kind, id: change.id });
  });
}
