import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import type { EventBus } from '../../kernel/events.js';
import { createAuthor, createPost, createSection, createTag } from '../content/index.js';
import { ingestImage } from '../media/index.js';
import { articlesAr } from './articles-ar.js';
import { articlesEn } from './articles-en.js';
import { authors, sections, tags, type DemoArticle } from './demo-data.js';
import { makeDemoImage, makeDemoPortrait } from './demo-images.js';
import { ensureDefaultTiers } from '../billing/index.js';
import { createNewsletter } from '../newsletters/index.js';

export interface SeedDeps {
  db: Db;
  clock: Clock;
  events: EventBus;
  dataDir: string;
}

const HOUR = 3_600_000;

/** True when the database holds no articles: the only time the demo outlet is seeded. */
export async function isEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('posts').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

export const demoArticles = (): DemoArticle[] => [...articlesEn, ...articlesAr];

/**
 * Seeds "The Levant Ledger", the fictional demo outlet: sections, authors with portraits, tags,
 * and every demo article with a generated lead image, dated relative to now.
 */
export async function seedDemo(deps: SeedDeps, onProgress: (done: number, total: number) => void = () => {}): Promise<{ articles: number }> {
  const now = deps.clock.now().getTime();
  const sectionIds = new Map<string, string>();
  for (const [position, s] of sections.entries()) {
    sectionIds.set(s.slug, await createSection(deps, { slug: s.slug, name: s.name, names: { en: s.name, ar: s.nameAr }, description: s.description, position }));
  }
  const authorIds = new Map<string, string>();
  for (const a of authors) {
    const photo = await ingestImage(deps, { bytes: await makeDemoPortrait(a.portrait), originalName: `${a.slug}.jpg`, alt: a.name });
    authorIds.set(a.slug, await createAuthor(deps, { slug: a.slug, name: a.name, names: a.nameAr ? { en: a.name, ar: a.nameAr } : {}, bio: a.bio, photoMediaId: photo.id }));
  }
  const tagIds = new Map<string, string>();
  for (const t of tags) {
    tagIds.set(t.slug, await createTag(deps, { slug: t.slug, name: t.name, kind: t.kind, names: t.nameAr ? { en: t.name, ar: t.nameAr } : {}, description: t.description }));
  }
  const all = demoArticles();
  // Oldest first, so ids and creation order follow publication order; translations after every
  // original, whatever their dates, so the original's id is known when a translation names it.
  const byAge = [...all].sort((a, b) => b.hoursAgo - a.hoursAgo);
  const ordered = [...byAge.filter((a) => !a.translationOf), ...byAge.filter((a) => a.translationOf)];
  const postIds = new Map<string, string>();
  for (const [index, article] of ordered.entries()) {
    const translationOf = article.translationOf ? postIds.get(article.translationOf) : null;
    if (translationOf === undefined) throw new Error(`Demo article ${article.slug} translates "${article.translationOf}", which is not a demo article`);
    const lead = article.image
      ? await ingestImage(deps, {
          bytes: await makeDemoImage(article.image.key),
          originalName: `${article.image.key}.jpg`,
          alt: article.image.alt,
          caption: article.image.caption,
          credit: article.image.credit,
          sourceId: article.image.sourceId,
        })
      : undefined;
    const publishedAt = new Date(now - article.hoursAgo * HOUR).toISOString();
    const created = await createPost(deps, {
      title: article.title,
      slug: article.slug,
      type: article.type,
      status: 'published',
      access: article.access,
      dek: article.dek,
      dateline: article.dateline ?? '',
      language: article.language,
      sectionId: sectionIds.get(article.section) ?? null,
      leadMediaId: lead?.id ?? null,
      authorIds: article.authors.map((slug) => authorIds.get(slug)).filter((id): id is string => id !== undefined),
      tagIds: article.tags.map((slug) => tagIds.get(slug)).filter((id): id is string => id !== undefined),
      featured: article.featured ?? false,
      body: { format: 'markdown', content: article.body },
      publishedAt,
      updatedAt: article.updatedHoursAgo !== undefined ? new Date(now - article.updatedHoursAgo * HOUR).toISOString() : publishedAt,
      corrections: (article.corrections ?? []).map((c) => ({ kind: c.kind, text: c.text, createdAt: new Date(now - c.hoursAgo * HOUR).toISOString() })),
      translationOf,
    });
    postIds.set(article.slug, created.id);
    onProgress(index + 1, ordered.length);
  }
  // Billing: the demo's plans ("Member" at $10 a month or $100 a year; "Institutional" through group licences).
  await ensureDefaultTiers(deps);
  await seedDemoNewsletters(deps);
  return { articles: ordered.length };
}

/** The demo outlet's newsletters: a daily briefing (assembled for review each day), a weekly review, an Arabic briefing and a members-only memo. */
async function seedDemoNewsletters(deps: SeedDeps): Promise<void> {
  const sender = { name: 'The Levant Ledger', email: 'briefing@levant-ledger.example' };
  await createNewsletter({ ...deps, defaultSender: sender }, { name: 'The Daily Briefing', slug: 'daily-briefing', description: 'The day’s essential stories from across the region, every weekday at six.', autoDigest: true });
  await createNewsletter({ ...deps, defaultSender: sender }, { name: 'The Weekly Review', slug: 'weekly-review', description: 'Our editors’ pick of the week’s reporting and analysis, on Saturdays.' });
  await createNewsletter({ ...deps, defaultSender: { name: 'دفتر المشرق', email: sender.email } }, { name: 'الموجز اليومي', slug: 'daily-briefing-ar', language: 'ar', description: 'أبرز أخبار المنطقة كل صباح.', autoDigest: true });
  await createNewsletter({ ...deps, defaultSender: sender }, { name: 'Members’ Memo', slug: 'members-memo', description: 'Short briefing memos for paying members.', audience: 'paid' });
}
