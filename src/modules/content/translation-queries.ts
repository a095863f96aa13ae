import type { Db } from '../../db/database-handle.js';
import type { ArticleType, Post } from './content-types.js';

/** One language version of an article: enough to link to it and label the link. */
export interface TranslationLink {
  id: string;
  slug: string;
  type: ArticleType;
  language: string;
  title: string;
}

/**
 * The other published language versions of a post: its original and the original's other
 * translations (`translation_of` always names the original). One per language, the original
 * first, and never the post's own language, so `hreflang` alternates stay unambiguous.
 */
export async function listTranslations(db: Db, post: Pick<Post, 'id' | 'language' | 'translationOf'>): Promise<TranslationLink[]> {
  const root = post.translationOf ?? post.id;
  // The status is checked here, not in SQL: with `status = ?` in the query, SQLite's planner walks
  // the status index over every published post instead of the two exact look-ups below.
  const rows = await db
    .selectFrom('posts')
    .select(['id', 'slug', 'type', 'language', 'title', 'status', 'published_at'])
    .where((eb) => eb.or([eb('id', '=', root), eb('translation_of', '=', root)]))
    .execute();
  const published = rows.filter((r) => r.status === 'published' && r.id !== post.id).sort((a, b) => (a.published_at ?? '').localeCompare(b.published_at ?? ''));
  const ordered = [...published.filter((r) => r.id === root), ...published.filter((r) => r.id !== root)];
  const seen = new Set([post.language]);
  const out: TranslationLink[] = [];
  for (const r of ordered) {
    if (seen.has(r.language)) continue;
    seen.add(r.language);
    out.push({ id: r.id, slug: r.slug, type: r.type as ArticleType, language: r.language, title: r.title });
  }
  return out;
}

/**
 * Every published translation group in one query, keyed by the original's id, each listing all
 * its language versions (original included). For sitemaps, where each URL names all of its
 * alternates. Only groups with at least two versions are returned.
 */
export async function listTranslationGroups(db: Db): Promise<Map<string, TranslationLink[]>> {
  // `> ''` (every non-null text) is a range the translation_of index serves on both engines;
  // SQLite scans the whole table for IS NOT NULL, or for `status = ?` alongside it.
  const rows = await db
    .selectFrom('posts')
    .select(['id', 'slug', 'type', 'language', 'title', 'translation_of', 'status', 'published_at'])
    .where('translation_of', '>', '')
    .execute();
  const translations = rows.filter((r) => r.status === 'published').sort((a, b) => (a.published_at ?? '').localeCompare(b.published_at ?? ''));
  const groups = new Map<string, TranslationLink[]>();
  if (translations.length === 0) return groups;
  const rootIds = [...new Set(translations.map((t) => t.translation_of!))];
  // In slices, to stay under SQLite's limit on bound parameters however much is translated.
  for (let i = 0; i < rootIds.length; i += 5000) {
    const roots = await db.selectFrom('posts').select(['id', 'slug', 'type', 'language', 'title', 'status']).where('id', 'in', rootIds.slice(i, i + 5000)).execute();
    for (const r of roots) if (r.status === 'published') groups.set(r.id, [{ id: r.id, slug: r.slug, type: r.type as ArticleType, language: r.language, title: r.title }]);
  }
  for (const t of translations) {
    const group = groups.get(t.translation_of!);
    if (!group || group.some((g) => g.language === t.language)) continue;
    group.push({ id: t.id, slug: t.slug, type: t.type as ArticleType, language: t.language, title: t.title });
  }
  for (const [id, group] of groups) if (group.length < 2) groups.delete(id);
  return groups;
}
