import { Type, type Static } from 'typebox';
import { PageMeta, PageQuery } from './pagination.js';

const Id = Type.String({ pattern: '^[0-9a-hjkmnp-tv-z]{26}$', description: 'A 26-character id' });
const TierSlug = Type.String({ minLength: 1, maxLength: 63, pattern: '^[a-z0-9][a-z0-9-]*$', description: 'A plan slug, e.g. "member"' });
const When = Type.String({ maxLength: 40, description: 'A date (2027-01-31, meaning its start in UTC) or an ISO 8601 time' });
const Names = Type.Record(Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' }), Type.String({ maxLength: 2000 }), { description: 'By language, e.g. {"ar": "..."}' });
const Cents = Type.Union([Type.Integer({ minimum: 50, maximum: 10_000_000 }), Type.Null()], { description: 'Whole cents; null: not sold at that interval' });

export const IdParams = Type.Object({ id: Id });
export const SlugParams = Type.Object({ slug: TierSlug });
export const SeatParams = Type.Object({ id: Id, memberId: Id });

/* Members */

export const MEMBER_FILTER_VALUES = ['free', 'paid', 'comped', 'group', 'metered-out'] as const;

export const Comp = Type.Object({ tier: TierSlug, until: Type.Optional(Type.Union([When, Type.Null()])) }, { additionalProperties: false, description: 'Complimentary access to a plan, with an optional end' });

export const ListMembersQuery = Type.Object(
  { filter: Type.Optional(Type.Enum([...MEMBER_FILTER_VALUES])), q: Type.Optional(Type.String({ maxLength: 200, description: 'Part of an email address or name' })), ...PageQuery },
  { additionalProperties: false },
);

export const CreateMemberBody = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    name: Type.Optional(Type.String({ maxLength: 120 })),
    comp: Type.Optional(Comp),
    newsletters: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 120 }), { maxItems: 50, description: 'Newsletter ids or slugs to subscribe the member to (recorded as confirmed by an admin)' })),
  },
  { additionalProperties: false },
);
export type CreateMemberBody = Static<typeof CreateMemberBody>;

export const UpdateMemberBody = Type.Object(
  { name: Type.Optional(Type.String({ maxLength: 120 })), comp: Type.Optional(Type.Union([Comp, Type.Null()], { description: 'null revokes the comp' })) },
  { additionalProperties: false, minProperties: 1 },
);

const Plan = Type.Object({ tier: Type.String(), tierName: Type.String(), source: Type.String(), startsAt: Type.String(), endsAt: Type.Union([Type.String(), Type.Null()]) });
export const MemberDoc = Type.Object(
  {
    id: Type.String(),
    email: Type.String(),
    name: Type.String(),
    language: Type.String(),
    status: Type.Enum(['free', 'paid', 'comped', 'group']),
    plans: Type.Array(Plan),
    comp: Type.Union([Type.Object({ tier: Type.String(), until: Type.Union([Type.String(), Type.Null()]) }), Type.Null()]),
    createdAt: Type.String(),
    emailVerifiedAt: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: true },
);
export const MemberEnvelope = Type.Object({ member: MemberDoc });
export const MemberListEnvelope = Type.Object({ members: Type.Array(MemberDoc), meta: PageMeta });
export const ImportReportDoc = Type.Object({
  created: Type.Integer(),
  updated: Type.Integer(),
  unchanged: Type.Integer(),
  errors: Type.Array(Type.Object({ row: Type.Integer(), email: Type.String(), message: Type.String() })),
});

/* Tiers */

export const CreateTierBody = Type.Object(
  {
    slug: TierSlug,
    name: Type.String({ minLength: 1, maxLength: 120 }),
    names: Type.Optional(Names),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    descriptions: Type.Optional(Names),
    monthlyPriceCents: Type.Optional(Cents),
    yearlyPriceCents: Type.Optional(Cents),
    currency: Type.Optional(Type.String({ pattern: '^[a-z]{3}$', description: 'ISO 4217, lowercase' })),
    stripeMonthlyPriceId: Type.Optional(Type.Union([Type.String({ pattern: '^price_[A-Za-z0-9]+$' }), Type.Null()])),
    stripeYearlyPriceId: Type.Optional(Type.Union([Type.String({ pattern: '^price_[A-Za-z0-9]+$' }), Type.Null()])),
    active: Type.Optional(Type.Boolean()),
    position: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
  },
  { additionalProperties: false },
);
export type CreateTierBody = Static<typeof CreateTierBody>;
export const UpdateTierBody = Type.Partial(Type.Omit(CreateTierBody, ['slug']), { additionalProperties: false, minProperties: 1 });
export const TierEnvelope = Type.Object({ tier: Type.Object({}, { additionalProperties: true }) });
export const TierListEnvelope = Type.Object({ tiers: Type.Array(Type.Object({}, { additionalProperties: true })) });

/* Offers */

export const CreateOfferBody = Type.Object(
  {
    code: Type.String({ minLength: 3, maxLength: 40, pattern: '^[A-Za-z0-9][A-Za-z0-9_-]*$' }),
    name: Type.Optional(Type.String({ maxLength: 120 })),
    kind: Type.Enum(['percent', 'fixed', 'trial']),
    amount: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000_000, description: 'Percent off (1-100) or cents off' })),
    currency: Type.Optional(Type.String({ pattern: '^[a-z]{3}$' })),
    durationMonths: Type.Optional(Type.Union([Type.Integer({ minimum: 1, maximum: 36 }), Type.Null()])),
    trialDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 730 })),
    tier: Type.Optional(Type.Union([TierSlug, Type.Null()])),
    retention: Type.Optional(Type.Boolean({ description: 'Offer it once in the cancel flow' })),
    maxRedemptions: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()])),
    expiresAt: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()])),
  },
  { additionalProperties: false },
);
export type CreateOfferBody = Static<typeof CreateOfferBody>;
export const UpdateOfferBody = Type.Object(
  {
    name: Type.Optional(Type.String({ maxLength: 120 })),
    active: Type.Optional(Type.Boolean()),
    retention: Type.Optional(Type.Boolean()),
    maxRedemptions: Type.Optional(Type.Union([Type.Integer({ minimum: 1 }), Type.Null()])),
    expiresAt: Type.Optional(Type.Union([Type.String({ format: 'date-time' }), Type.Null()])),
  },
  { additionalProperties: false, minProperties: 1 },
);
export const OfferEnvelope = Type.Object({ offer: Type.Object({}, { additionalProperties: true }) });
export const OfferListEnvelope = Type.Object({ offers: Type.Array(Type.Object({}, { additionalProperties: true })) });

/* Gifts */

export const GiftListEnvelope = Type.Object({ gifts: Type.Array(Type.Object({}, { additionalProperties: true })) });

/* Group licences */

const Domains = Type.Array(Type.String({ minLength: 3, maxLength: 253 }), { maxItems: 100, description: 'Email domains whose confirmed addresses take a seat (subdomains included)' });
const Ranges = Type.Array(Type.String({ minLength: 2, maxLength: 64 }), { maxItems: 200, description: 'CIDR ranges (IPv4 or IPv6) read as this plan without an account or a seat' });
export const CreateGroupBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 200 }), tier: TierSlug, seats: Type.Integer({ minimum: 0, maximum: 1_000_000 }), emailDomains: Type.Optional(Domains), ipRanges: Type.Optional(Ranges), endsAt: Type.Optional(Type.Union([When, Type.Null()])) },
  { additionalProperties: false },
);
export type CreateGroupBody = Static<typeof CreateGroupBody>;
export const UpdateGroupBody = Type.Partial(CreateGroupBody, { additionalProperties: false, minProperties: 1 });
export const InviteBody = Type.Object({ email: Type.String({ minLength: 3, maxLength: 254 }), language: Type.Optional(Type.Enum(['en', 'ar'])) }, { additionalProperties: false });
export const GroupEnvelope = Type.Object({ group: Type.Object({}, { additionalProperties: true }) });
export const GroupListEnvelope = Type.Object({ groups: Type.Array(Type.Object({}, { additionalProperties: true })) });

/* Revenue */

export const RevenueDoc = Type.Object({ mrrCents: Type.Integer(), activePaidMembers: Type.Integer(), churnThisMonth: Type.Integer(), currency: Type.String(), trialing: Type.Integer() });
