import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../db/database-handle.js';
import type { Database } from '../../db/schema.js';
import type { EntitlementSource, SubscriptionSummary } from './billing-types.js';
import { listMemberEvents, type MemberEvent } from './member-events.js';
import { toSubscriptionSummary } from './subscription-sync.js';

/** Filters of the admin's members list. */
export const MEMBER_FILTERS = ['free', 'paid', 'comped', 'group', 'metered-out'] as const;
export type MemberFilter = (typeof MEMBER_FILTERS)[number];

/** How a member stands, strongest first: paying (subscription or gift), comped, group seat, free. */
export type MemberStatus = 'paid' | 'comped' | 'group' | 'free';

export interface MemberPlan {
  tierSlug: string;
  tierName: string;
  source: EntitlementSource;
  startsAt: string;
  endsAt: string | null;
}

export interface MemberListItem {
  id: string;
  email: string;
  name: string;
  language: string;
  createdAt: string;
  emailVerifiedAt: string | null;
  status: MemberStatus;
  plans: MemberPlan[];
}

export const statusOf = (plans: Pick<MemberPlan, 'source'>[]): MemberStatus => {
  const sources = new Set(plans.map((p) => p.source));
  if (sources.has('subscription') || sources.has('gift')) return 'paid';
  if (sources.has('comp')) return 'comped';
  if (sources.has('group')) return 'group';
  return 'free';
};

const SOURCES_FOR: Record<Exclude<MemberFilter, 'free' | 'metered-out'>, EntitlementSource[]> = { paid: ['subscription', 'gift'], comped: ['comp'], group: ['group'] };

/** Active entitlements of several members at once, by member. */
export async function plansFor(db: Db, memberIds: string[], now: Date): Promise<Map<string, MemberPlan[]>> {
  const out = new Map<string, MemberPlan[]>(memberIds.map((id) => [id, []]));
  if (memberIds.length === 0) return out;
  const at = now.toISOString();
  const rows = await db
    .selectFrom('member_entitlements')
    .select(['member_id', 'tier_slug', 'tier_name', 'source', 'starts_at', 'ends_at'])
    .where('member_id', 'in', memberIds)
    .where('starts_at', '<=', at)
    .where((eb) => eb.or([eb('ends_at', 'is', null), eb('ends_at', '>', at)]))
    .orderBy('starts_at')
    .execute();
  for (const r of rows) out.get(r.member_id)?.push({ tierSlug: r.tier_slug, tierName: r.tier_name, source: r.source as EntitlementSource, startsAt: r.starts_at, endsAt: r.ends_at });
  return out;
}

export interface MemberListQuery {
  filter?: MemberFilter;
  /** Part of an email address or name. */
  q?: string;
  /** Free articles a registered reader gets a month: "metered-out" means they used them all. */
  registeredAllowance: number;
}

/**
 * Live (not erased) members, newest first, filtered as the admin asks; cursor-paginated on
 * (created_at, id). `after` is the last item of the previous page.
 */
export async function listMembers(db: Db, query: MemberListQuery, now: Date, limit: number, after?: { createdAt: string; id: string }): Promise<{ items: MemberListItem[]; last: { createdAt: string; id: string } | null }> {
  const at = now.toISOString();
  const month = at.slice(0, 7);
  let select = db.selectFrom('members').select(['id', 'email', 'name', 'language', 'created_at', 'email_verified_at']).where('deleted_at', 'is', null);
  const active = (eb: ExpressionBuilder<Database, 'members'>, sources: EntitlementSource[] | null) =>
    eb.exists(
      eb
        .selectFrom('member_entitlements as e')
        .select('e.id')
        .whereRef('e.member_id', '=', 'members.id')
        .where('e.starts_at', '<=', at)
        .where((w) => w.or([w('e.ends_at', 'is', null), w('e.ends_at', '>', at)]))
        .$if(sources !== null, (qb) => qb.where('e.source', 'in', sources!)),
    );
  const filter = query.filter;
  if (filter === 'paid' || filter === 'comped' || filter === 'group') select = select.where((eb) => active(eb, SOURCES_FOR[filter]));
  if (filter === 'free' || filter === 'metered-out') select = select.where((eb) => eb.not(active(eb, null)));
  if (filter === 'metered-out') {
    select = select.where((eb) =>
      eb(eb.selectFrom('meter_reads as r').select((r) => r.fn.countAll<number>().as('n')).whereRef('r.member_id', '=', 'members.id').where('r.month', '=', month), '>=', query.registeredAllowance),
    );
  }
  if (query.q?.trim()) {
    // LIKE has no portable escape character, so wildcards typed by the admin are dropped ("_" stays: it only widens the match).
    const pattern = `%${query.q.trim().toLowerCase().replace(/[%\\]/g, '')}%`;
    select = select.where((eb) => eb.or([eb(eb.fn('lower', ['email']), 'like', pattern), eb(eb.fn('lower', ['name']), 'like', pattern)]));
  }
  if (after) select = select.where((eb) => eb.or([eb('created_at', '<', after.createdAt), eb.and([eb('created_at', '=', after.createdAt), eb('id', '<', after.id)])]));
  const rows = await select.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
  const page = rows.slice(0, limit);
  const plans = await plansFor(db, page.map((r) => r.id), now);
  const items = page.map((r) => {
    const memberPlans = plans.get(r.id) ?? [];
    return { id: r.id, email: r.email ?? '', name: r.name, language: r.language, createdAt: r.created_at, emailVerifiedAt: r.email_verified_at, status: statusOf(memberPlans), plans: memberPlans };
  });
  const lastRow = rows.length > limit ? page[page.length - 1] : undefined;
  return { items, last: lastRow ? { createdAt: lastRow.created_at, id: lastRow.id } : null };
}

export interface MemberDetail extends MemberListItem {
  /** Every entitlement ever held, past ones too. */
  entitlements: (MemberPlan & { createdAt: string })[];
  subscriptions: SubscriptionSummary[];
  groups: { licenceId: string; name: string; via: string; since: string }[];
  readsThisMonth: number;
  history: MemberEvent[];
}

/** One member with everything the admin's member page shows; undefined when there is none. */
export async function memberDetail(db: Db, memberId: string, now: Date): Promise<MemberDetail | undefined> {
  const row = await db.selectFrom('members').select(['id', 'email', 'name', 'language', 'created_at', 'email_verified_at']).where('id', '=', memberId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) return undefined;
  const [plans, entitlements, subscriptions, groups, reads, history] = await Promise.all([
    plansFor(db, [memberId], now),
    db.selectFrom('member_entitlements').select(['tier_slug', 'tier_name', 'source', 'starts_at', 'ends_at', 'created_at']).where('member_id', '=', memberId).orderBy('created_at').execute(),
    db.selectFrom('subscriptions').selectAll().where('member_id', '=', memberId).orderBy('created_at').execute(),
    db
      .selectFrom('group_members')
      .innerJoin('group_licences', 'group_licences.id', 'group_members.licence_id')
      .select(['group_licences.id', 'group_licences.name', 'group_members.via', 'group_members.created_at'])
      .where('group_members.member_id', '=', memberId)
      .execute(),
    db.selectFrom('meter_reads').select((eb) => eb.fn.countAll<number>().as('n')).where('member_id', '=', memberId).where('month', '=', now.toISOString().slice(0, 7)).executeTakeFirstOrThrow(),
    listMemberEvents(db, memberId),
  ]);
  const current = plans.get(memberId) ?? [];
  return {
    id: row.id,
    email: row.email ?? '',
    name: row.name,
    language: row.language,
    createdAt: row.created_at,
    emailVerifiedAt: row.email_verified_at,
    status: statusOf(current),
    plans: current,
    entitlements: entitlements.map((e) => ({ tierSlug: e.tier_slug, tierName: e.tier_name, source: e.source as EntitlementSource, startsAt: e.starts_at, endsAt: e.ends_at, createdAt: e.created_at })),
    subscriptions: subscriptions.map(toSubscriptionSummary),
    groups: groups.map((g) => ({ licenceId: g.id, name: g.name, via: g.via, since: g.created_at })),
    readsThisMonth: Number(reads.n),
    history,
  };
}
