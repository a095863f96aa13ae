import type { Insertable } from 'kysely';
import type { Db } from '../../db/database-handle.js';
import type { PostAuthorTable, PostTable, PostTagTable } from '../../db/schema.js';
import type { Clock } from '../../kernel/clock.js';
import { newId } from '../../kernel/ids.js';
import { countWords, directionOf, markdownToDoc, renderDocText } from '../content/index.js';

const SUBJECTS_EN = ['The port authority', 'A regional water board', 'The central bank', 'Municipal planners', 'Grain traders', 'A coalition of startups', 'The energy ministry', 'Shipping insurers', 'Farmers in the valley', 'A university consortium', 'Customs officials', 'The chamber of commerce'];
const VERBS_EN = ['announced a review of', 'quietly expanded', 'postponed a decision on', 'published new figures on', 'opened consultations on', 'struck a provisional deal over', 'raised fresh questions about', 'set a deadline for'];
const OBJECTS_EN = ['desalination capacity', 'cross-border freight fees', 'solar tariffs', 'the wheat reserve', 'currency swap lines', 'a new rail spur', 'electricity subsidies', 'container dwell times', 'groundwater permits', 'data-centre zoning', 'tourism visas', 'reconstruction tenders'];
const PLACES_EN = ['BEIRUT', 'AMMAN', 'CAIRO', 'BAGHDAD', 'ERBIL', 'DOHA', 'ISTANBUL', 'TUNIS', 'MUSCAT', 'KUWAIT CITY', 'RABAT', 'NICOSIA'];
const FILLER_EN = [
  'Officials said the figures would be revised once the quarterly audit closes.',
  'Traders described the mood as cautious rather than alarmed.',
  'The proposal still needs approval from two committees before it can take effect.',
  'Analysts noted that similar plans stalled twice in the past decade.',
  'Local businesses said they had not been consulted on the timetable.',
  'The ministry did not respond to a request for comment by publication time.',
  'Independent economists put the cost at roughly a third of the official estimate.',
  'Residents queued for hours at the district office on Tuesday morning.',
];
const SUBJECTS_AR = ['هيئة الموانئ', 'مجلس المياه الإقليمي', 'المصرف المركزي', 'مخططو البلدية', 'تجار الحبوب', 'تحالف من الشركات الناشئة', 'وزارة الطاقة', 'مزارعو الوادي'];
const VERBS_AR = ['أعلن مراجعة', 'وسّع بهدوء', 'أرجأ قرارًا بشأن', 'نشر أرقامًا جديدة عن', 'فتح مشاورات حول', 'توصل إلى اتفاق مبدئي بشأن'];
const OBJECTS_AR = ['قدرة تحلية المياه', 'رسوم الشحن عبر الحدود', 'تعرفة الطاقة الشمسية', 'احتياطي القمح', 'دعم الكهرباء', 'تصاريح المياه الجوفية', 'مناقصات إعادة الإعمار'];
const PLACES_AR = ['بيروت', 'عمّان', 'القاهرة', 'بغداد', 'الدوحة', 'تونس'];
const FILLER_AR = [
  'وقال مسؤولون إن الأرقام ستُراجع بعد انتهاء التدقيق الفصلي.',
  'ووصف التجار الأجواء بأنها حذرة أكثر منها قلقة.',
  'ولا يزال المقترح بحاجة إلى موافقة لجنتين قبل أن يدخل حيز التنفيذ.',
  'وأشار محللون إلى أن خططًا مشابهة تعثرت مرتين خلال العقد الماضي.',
  'وقالت شركات محلية إنها لم تُستشر بشأن الجدول الزمني.',
];
const TYPES = ['news', 'news', 'news', 'news', 'analysis', 'memo', 'report'] as const;
const ACCESS = ['public', 'public', 'public', 'public', 'registered', 'paid'] as const;

/** A small deterministic PRNG so the same N gives the same archive. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Adds `count` synthetic articles (about one in eight in Arabic) spread over the past years, for
 * benchmarks. Reuses the seeded sections, authors, tags and images; inserts in batches inside
 * transactions, so 100,000 articles take a minute or two, not hours.
 */
export async function seedArchive(deps: { db: Db; clock: Clock }, count: number, onProgress: (done: number) => void = () => {}): Promise<void> {
  const { db } = deps;
  const [sections, authors, tags, media] = await Promise.all([
    db.selectFrom('sections').select('id').execute(),
    db.selectFrom('authors').select('id').execute(),
    db.selectFrom('tags').select('id').execute(),
    db.selectFrom('posts').select('lead_media_id').where('lead_media_id', 'is not', null).limit(40).execute(),
  ]);
  if (sections.length === 0 || authors.length === 0) throw new Error('Seed the demo outlet first: the archive reuses its sections and authors');
  const random = prng(count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const now = deps.clock.now().getTime();
  const span = 4 * 365 * 24 * 3_600_000;
  const BATCH = 400;
  for (let start = 0; start < count; start += BATCH) {
    const n = Math.min(BATCH, count - start);
    const posts: Insertable<PostTable>[] = [];
    const postAuthors: Insertable<PostAuthorTable>[] = [];
    const postTags: Insertable<PostTagTable>[] = [];
    for (let i = 0; i < n; i++) {
      const k = start + i;
      const arabic = random() < 0.125;
      const type = pick(TYPES);
      const access = type === 'news' ? pick(ACCESS.slice(0, 5)) : pick(ACCESS);
      const title = arabic ? `${pick(SUBJECTS_AR)} ${pick(VERBS_AR)} ${pick(OBJECTS_AR)}` : `${pick(SUBJECTS_EN)} ${pick(VERBS_EN)} ${pick(OBJECTS_EN)}`;
      const fill = arabic ? FILLER_AR : FILLER_EN;
      const paragraphs = Array.from({ length: 5 + Math.floor(random() * 6) }, () => `${pick(fill)} ${pick(fill)} ${pick(fill)}`);
      if (access !== 'public') paragraphs.splice(2, 0, '<!-- paywall -->');
      const doc = markdownToDoc(paragraphs.join('\n\n'));
      const publishedAt = new Date(now - 48 * 3_600_000 - Math.floor(random() * span)).toISOString();
      const id = newId(Date.parse(publishedAt));
      const language = arabic ? 'ar' : 'en';
      posts.push({
        id,
        slug: `archive-${k + 1}-${id.slice(-6)}`,
        type,
        status: 'published',
        title,
        dek: arabic ? `${pick(fill)}` : `${pick(fill)}`,
        body: JSON.stringify(doc),
        word_count: countWords(renderDocText(doc)),
        dateline: arabic ? pick(PLACES_AR) : pick(PLACES_EN),
        language,
        direction: directionOf(language),
        section_id: pick(sections).id,
        lead_media_id: media.length && random() < 0.7 ? pick(media).lead_media_id : null,
        lead_alt: null,
        lead_caption: null,
        lead_credit: null,
        access,
        preview_paragraphs: 3,
        featured: 0,
        seo_title: '',
        seo_description: '',
        translation_of: null,
        published_at: publishedAt,
        updated_at: publishedAt,
        created_at: publishedAt,
        version: 1,
      });
      postAuthors.push({ post_id: id, author_id: pick(authors).id, position: 0 });
      const tagSet = new Set<string>();
      for (let t = 0; t < 3 && tags.length; t++) tagSet.add(pick(tags).id);
      [...tagSet].forEach((tag_id, position) => postTags.push({ post_id: id, tag_id, position }));
    }
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('posts').values(posts).execute();
      await trx.insertInto('post_authors').values(postAuthors).execute();
      if (postTags.length) await trx.insertInto('post_tags').values(postTags).execute();
    });
    onProgress(start + n);
  }
}
