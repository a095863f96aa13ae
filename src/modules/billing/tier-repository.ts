import type { Db } from '../../db/database-handle.js';
import type { TierTable } from '../../db/schema-billing.js';
import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { Tier } from './billing-types.js';

const parseNames = (json: string): Record<string, string> => {
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === 'object' ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
};

export const toTier = (row: TierTable): Tier => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  names: parseNames(row.names),
  description: row.description,
  descriptions: parseNames(row.descriptions),
  monthlyPriceCents: row.monthly_price_cents,
  yearlyPriceCents: row.yearly_price_cents,
  currency: row.currency,
  stripeMonthlyPriceId: row.stripe_monthly_price_id,
  stripeYearlyPriceId: row.stripe_yearly_price_id,
  active: row.active === 1,
  position: row.position,
});

export interface TierInput {
  slug: string;
  name: string;
  names?: Record<string, string>;
  description?: string;
  descriptions?: Record<string, string>;
  monthlyPriceCents?: number | null;
  yearlyPriceCents?: number | null;
  currency?: string;
  stripeMonthlyPriceId?: string | null;
  stripeYearlyPriceId?: string | null;
  active?: boolean;
  position?: number;
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

function checkPrices(input: Partial<TierInput>): void {
  for (const field of ['monthlyPriceCents', 'yearlyPriceCents'] as const) {
    const value = input[field];
    if (value !== undefined && value !== null && (!Number.isInteger(value) || value < 50 || value > 100_000_00)) {
      throw new AppError('TIER_INVALID', 400, 'Prices are whole cents between 50 and 10000000', { [field]: 'must be a whole number of cents between 50 and 10000000, or null' });
    }
  }
  if (input.currency !== undefined && !/^[a-z]{3}$/.test(input.currency)) {
    throw new AppError('TIER_INVALID', 400, 'The currency is a three-letter ISO code such as "usd"', { currency: 'must be a three-letter ISO 4217 code' });
  }
}

/** Plans in display order; readers see only active ones, admins all of them. */
export async function listTiers(db: Db, options: { activeOnly?: boolean } = {}): Promise<Tier[]> {
  let query = db.selectFrom('tiers').selectAll().orderBy('position').orderBy('slug');
  if (options.activeOnly) query = query.where('active', '=', 1);
  return (await query.execute()).map(toTier);
}

export async function findTier(db: Db, slug: string): Promise<Tier | undefined> {
  const row = await db.selectFrom('tiers').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row ? toTier(row) : undefined;
}

/** Creates a plan. Slugs are permanent: entitlements and Stripe metadata refer to them. */
export async function createTier(deps: { db: Db; clock: Clock }, input: TierInput): Promise<Tier> {
  if (!SLUG.test(input.slug)) throw new AppError('TIER_INVALID', 400, 'A plan slug is lowercase letters, digits and hyphens', { slug: 'use lowercase letters, digits and hyphens' });
  if (!input.name.trim()) throw new AppError('TIER_INVALID', 400, 'A plan needs a name', { name: 'must not be empty' });
  checkPrices(input);
  if (await findTier(deps.db, input.slug)) throw new AppError('TIER_EXISTS', 409, `A plan with the slug "${input.slug}" already exists`, { slug: 'is taken' });
  const now = deps.clock.now().toISOString();
  const row: TierTable = {
    id: newId(deps.clock.now().getTime()),
    slug: input.slug,
    name: input.name.trim(),
    names: JSON.stringify(input.names ?? {}),
    description: input.description ?? '',
    descriptions: JSON.stringify(input.descriptions ?? {}),
    monthly_price_cents: input.monthlyPriceCents ?? null,
    yearly_price_cents: input.yearlyPriceCents ?? null,
    currency: input.currency ?? 'usd',
    stripe_monthly_price_id: input.stripeMonthlyPriceId ?? null,
    stripe_yearly_price_id: input.stripeYearlyPriceId ?? null,
    active: input.active === false ? 0 : 1,
    position: input.position ?? 0,
    created_at: now,
    updated_at: now,
  };
  await deps.db.insertInto('tiers').values(row).execute();
  return toTier(row);
}

/** Changes a plan's names, prices or visibility; existing subscriptions keep what they pay. */
export async function updateTier(deps: { db: Db; clock: Clock }, slug: string, changes: Partial<Omit<TierInput, 'slug'>>): Promise<Tier> {
  checkPrices(changes);
  if (changes.name !== undefined && !changes.name.trim()) throw new AppError('TIER_INVALID', 400, 'A plan needs a name', { name: 'must not be empty' });
  const set: Partial<TierTable> = { updated_at: deps.clock.now().toISOString() };
  if (changes.name !== undefined) set.name = changes.name.trim();
  if (changes.names !== undefined) set.names = JSON.stringify(changes.names);
  if (changes.description !== undefined) set.description = changes.description;
  if (changes.descriptions !== undefined) set.descriptions = JSON.stringify(changes.descriptions);
  if (changes.monthlyPriceCents !== undefined) set.monthly_price_cents = changes.monthlyPriceCents;
  if (changes.yearlyPriceCents !== undefined) set.yearly_price_cents = changes.yearlyPriceCents;
  if (changes.currency !== undefined) set.currency = changes.currency;
  if (changes.stripeMonthlyPriceId !== undefined) set.stripe_monthly_price_id = changes.stripeMonthlyPriceId;
  if (changes.stripeYearlyPriceId !== undefined) set.stripe_yearly_price_id = changes.stripeYearlyPriceId;
  if (changes.active !== undefined) set.active = changes.active ? 1 : 0;
  if (changes.position !== undefined) set.position = changes.position;
  const result = await deps.db.updateTable('tiers').set(set).where('slug', '=', slug).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new AppError('TIER_NOT_FOUND', 404, `There is no plan "${slug}"`);
  return (await findTier(deps.db, slug))!;
}

/** A plan that exists, or a 400 naming the field (for forms and the Admin API). */
export async function requireTier(db: Db, slug: string, field = 'tier'): Promise<Tier> {
  const tier = await findTier(db, slug);
  if (!tier) throw new AppError('TIER_NOT_FOUND', 400, `There is no plan "${slug}"`, { [field]: 'is not a plan slug' });
  return tier;
}

/** The plan's name in the reader's language. */
export const tierName = (tier: Pick<Tier, 'name' | 'names'>, language: string): string => tier.names[language] ?? tier.name;
