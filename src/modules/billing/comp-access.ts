import type { Db } from '../../db/database-handle.js';
import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';
import { endEntitlements, grantEntitlement } from './entitlements.js';
import { recordMemberEvent } from './member-events.js';
import { requireTier } from './tier-repository.js';

export interface CompInput {
  memberId: string;
  tierSlug: string;
  /** Access ends then; null: until an admin revokes it. */
  until: Date | null;
  /** Who granted it, for the history (a staff id or "api-key:<id>"). */
  grantedBy?: string;
}

/**
 * Grants complimentary access to a plan (entitlement source 'comp'), replacing any comp the
 * member already has, so the admin's latest decision is the one in force.
 */
export async function grantComp(deps: { db: Db; clock: Clock }, input: CompInput): Promise<{ tierSlug: string; until: string | null }> {
  const tier = await requireTier(deps.db, input.tierSlug, 'comp.tier');
  const now = deps.clock.now();
  if (input.until && input.until <= now) throw new AppError('COMP_INVALID', 400, 'The end date of complimentary access must be in the future', { 'comp.until': 'must be in the future' });
  await deps.db.transaction().execute(async (trx) => {
    const tx = { db: trx, clock: deps.clock };
    await endEntitlements(trx, { memberId: input.memberId, source: 'comp' }, now);
    await grantEntitlement(tx, { memberId: input.memberId, tier, source: 'comp', reference: null, startsAt: now, endsAt: input.until });
    await recordMemberEvent(tx, input.memberId, 'comp.granted', { tier: tier.slug, until: input.until?.toISOString() ?? null, by: input.grantedBy ?? null });
  });
  return { tierSlug: tier.slug, until: input.until?.toISOString() ?? null };
}

/** Ends a member's complimentary access now. Returns whether there was any. */
export async function revokeComp(deps: { db: Db; clock: Clock }, memberId: string, revokedBy?: string): Promise<boolean> {
  return deps.db.transaction().execute(async (trx) => {
    const ended = await endEntitlements(trx, { memberId, source: 'comp' }, deps.clock.now());
    if (ended > 0) await recordMemberEvent({ db: trx, clock: deps.clock }, memberId, 'comp.revoked', { by: revokedBy ?? null });
    return ended > 0;
  });
}
