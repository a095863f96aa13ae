import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import { createTier, findTier, type TierInput } from './tier-repository.js';

/** The plans a new outlet starts with: one paid membership, and a plan for institutions (sold by licence, not online). */
export const DEFAULT_TIERS: TierInput[] = [
  {
    slug: 'member',
    name: 'Member',
    names: { en: 'Member', ar: 'عضوية' },
    description: 'Every article, memo and report, the full archive, and the weekly review.',
    descriptions: { en: 'Every article, memo and report, the full archive, and the weekly review.', ar: 'كل المقالات والمذكرات والتقارير، والأرشيف كاملًا، والمراجعة الأسبوعية.' },
    monthlyPriceCents: 1000,
    yearlyPriceCents: 10000,
    currency: 'usd',
    position: 1,
  },
  {
    slug: 'institutional',
    name: 'Institutional',
    names: { en: 'Institutional', ar: 'اشتراك مؤسسي' },
    description: 'For universities, libraries and newsrooms: seats by email domain or invitation, or access across your network.',
    descriptions: { en: 'For universities, libraries and newsrooms: seats by email domain or invitation, or access across your network.', ar: 'للجامعات والمكتبات وغرف الأخبار: مقاعد حسب نطاق البريد أو بدعوة، أو وصول من شبكتكم.' },
    monthlyPriceCents: null,
    yearlyPriceCents: null,
    currency: 'usd',
    position: 2,
  },
];

/** Creates the default plans that do not exist yet (the demo seed calls it; running it twice adds nothing). */
export async function ensureDefaultTiers(deps: { db: Db; clock: Clock }): Promise<number> {
  let created = 0;
  for (const tier of DEFAULT_TIERS) {
    if (await findTier(deps.db, tier.slug)) continue;
    await createTier(deps, tier);
    created++;
  }
  return created;
}
