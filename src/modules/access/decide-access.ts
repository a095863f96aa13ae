import type { AccessLevel } from '../content/index.js';

/** Who is reading. Staff see everything; members carry whether they hold a paid plan. */
export type Viewer =
  | { kind: 'anonymous' }
  | { kind: 'member'; memberId: string; paid: boolean; tiers?: string[] }
  | { kind: 'staff'; staffId: string };

/** Where the reader stands on this month's meter. `remaining` counts before this article. */
export interface MeterState {
  /** Free articles allowed this month for this kind of reader (0: no metering, a hard wall). */
  allowance: number;
  /** Articles already read this month (not counting this one). */
  used: number;
  /** This article was already counted this month: re-reading is free. */
  alreadyCounted: boolean;
}

export interface ArticleAccessInfo {
  access: AccessLevel;
  /** Plans (tier slugs) that unlock a paid article; empty means any paid plan. */
  tiers?: string[];
}

export type AccessDecision =
  | { show: 'full'; reason: 'public' | 'staff' | 'member' | 'subscriber' | 'metered' | 'already-counted'; countsAgainstMeter: boolean; remainingAfter: number | null }
  | { show: 'preview'; wall: 'registration' | 'subscription' | 'upgrade'; meterExhausted: boolean };

/**
 * The paywall: what a viewer may see of an article. Pure, so it can be tested exhaustively.
 * - public: everyone, in full, never metered.
 * - registered: members and staff in full; anonymous readers through the meter, else the registration wall.
 * - paid: subscribers (of a listed tier, when tiers are listed) and staff in full; free members
 *   and anonymous readers through the meter, else the subscription wall.
 */
export function decideAccess(viewer: Viewer, article: ArticleAccessInfo, meter: MeterState | null): AccessDecision {
  if (article.access === 'public') return { show: 'full', reason: 'public', countsAgainstMeter: false, remainingAfter: null };
  if (viewer.kind === 'staff') return { show: 'full', reason: 'staff', countsAgainstMeter: false, remainingAfter: null };
  if (viewer.kind === 'member') {
    if (article.access === 'registered') return { show: 'full', reason: 'member', countsAgainstMeter: false, remainingAfter: null };
    if (viewer.paid) {
      const wanted = article.tiers ?? [];
      if (wanted.length === 0 || (viewer.tiers ?? []).some((t) => wanted.includes(t))) {
        return { show: 'full', reason: 'subscriber', countsAgainstMeter: false, remainingAfter: null };
      }
      return { show: 'preview', wall: 'upgrade', meterExhausted: false };
    }
  }
  const wall = viewer.kind === 'anonymous' && article.access === 'registered' ? 'registration' : 'subscription';
  if (meter && meter.allowance > 0) {
    if (meter.alreadyCounted) return { show: 'full', reason: 'already-counted', countsAgainstMeter: false, remainingAfter: Math.max(0, meter.allowance - meter.used) };
    if (meter.used < meter.allowance) return { show: 'full', reason: 'metered', countsAgainstMeter: true, remainingAfter: meter.allowance - meter.used - 1 };
    return { show: 'preview', wall, meterExhausted: true };
  }
  return { show: 'preview', wall, meterExhausted: false };
}
