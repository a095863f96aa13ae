import { sql } from 'kysely';
import type { Db } from '../db/database-handle.js';
import { listPublished, listSections, type PostSummary, type Section } from '../modules/content/index.js';

/** Everything the front page shows, in one call: a handful of indexed queries. */
export async function loadFrontPage(db: Db, language: string) {
  const sections = await listSections(db);
  const [featured, latest, analysis, memos] = await Promise.all([
    listPublished(db, { featured: true, language, excludeTypes: ['page'] }, 1),
    listPublished(db, { language, excludeTypes: ['page'] }, 14),
    listPublished(db, { language, types: ['analysis'] }, 4),
    listPublished(db, { language, types: ['memo', 'report'] }, 4),
  ]);
  const top = featured.items[0] ?? latest.items.find((p) => p.leadImage) ?? latest.items[0] ?? null;
  const rest = latest.items.filter((p) => p.id !== top?.id);
  const secondary = rest.filter((p) => p.leadImage).slice(0, 2);
  const shown = new Set([top?.id, ...secondary.map((p) => p.id)]);
  const latestNews = rest.filter((p) => !shown.has(p.id)).slice(0, 8);
  const bySection: { section: Section; posts: PostSummary[] }[] = await Promise.all(
    sections.map(async (section) => ({ section, posts: (await listPublished(db, { sectionId: section.id, language, excludeTypes: ['page'] }, 4)).items })),
  );
  return { sections, top, secondary, latest: latestNews, analysis: analysis.items, memos: memos.items, bySection };
}

/** Months (YYYY-MM) that have published articles in this language, newest first. */
export async function listArchiveMonths(db: Db, language: string): Promise<{ month: string; count: number }[]> {
  const month = sql<string>`substr(published_at, 1, 7)`;
  const rows = await db
    .selectFrom('posts')
    .select([month.as('month'), (eb) => eb.fn.countAll<number>().as('count')])
    .where('status', '=', 'published')
    .where('type', '!=', 'page')
    .where('language', '=', language)
    .groupBy(month)
    .orderBy(month, 'desc')
    .limit(120)
    .execute();
  return rows.map((r) => ({ month: r.month, count: Number(r.count) }));
}
