import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideAccess, type AccessDecision, type ArticleAccessInfo, type MeterState, type Viewer } from './decide-access.js';

const viewers = {
  anonymous: { kind: 'anonymous' },
  free: { kind: 'member', memberId: 'm1', paid: false, tiers: [] },
  paid: { kind: 'member', memberId: 'm2', paid: true, tiers: ['supporter'] },
  paidNoTiers: { kind: 'member', memberId: 'm3', paid: true },
  staff: { kind: 'staff', staffId: 's1' },
} satisfies Record<string, Viewer>;

const articles = {
  public: { access: 'public' },
  registered: { access: 'registered' },
  paid: { access: 'paid' },
  paidSupporter: { access: 'paid', tiers: ['supporter'] },
  paidPatron: { access: 'paid', tiers: ['patron'] },
} satisfies Record<string, ArticleAccessInfo>;

const meters = {
  none: null,
  hardWall: { allowance: 0, used: 0, alreadyCounted: false },
  fresh: { allowance: 3, used: 0, alreadyCounted: false },
  last: { allowance: 3, used: 2, alreadyCounted: false },
  exhausted: { allowance: 3, used: 3, alreadyCounted: false },
  rereadWithin: { allowance: 3, used: 1, alreadyCounted: true },
  rereadAtLimit: { allowance: 3, used: 3, alreadyCounted: true },
  rereadOver: { allowance: 3, used: 5, alreadyCounted: true },
} satisfies Record<string, MeterState | null>;

const full = (reason: Extract<AccessDecision, { show: 'full' }>['reason'], countsAgainstMeter = false, remainingAfter: number | null = null): AccessDecision => ({ show: 'full', reason, countsAgainstMeter, remainingAfter });
const wall = (kind: Extract<AccessDecision, { show: 'preview' }>['wall'], meterExhausted = false): AccessDecision => ({ show: 'preview', wall: kind, meterExhausted });

type Row = [keyof typeof viewers, keyof typeof articles, keyof typeof meters, AccessDecision];

/** Every branch of the paywall, one row each: viewer x article x meter -> decision. */
const TABLE: Row[] = [
  // Public articles: everyone, in full, never metered, whatever the meter says.
  ['anonymous', 'public', 'none', full('public')],
  ['anonymous', 'public', 'exhausted', full('public')],
  ['free', 'public', 'exhausted', full('public')],
  ['staff', 'public', 'none', full('public')],
  // Staff read everything, never metered.
  ['staff', 'registered', 'none', full('staff')],
  ['staff', 'paid', 'exhausted', full('staff')],
  ['staff', 'paidPatron', 'none', full('staff')],
  // Members read registered articles whatever their meter.
  ['free', 'registered', 'none', full('member')],
  ['free', 'registered', 'exhausted', full('member')],
  ['paid', 'registered', 'none', full('member')],
  // Paid members: any plan opens an article without listed tiers; a listed tier must match.
  ['paid', 'paid', 'none', full('subscriber')],
  ['paidNoTiers', 'paid', 'exhausted', full('subscriber')],
  ['paid', 'paidSupporter', 'none', full('subscriber')],
  ['paid', 'paidPatron', 'none', wall('upgrade')],
  ['paid', 'paidPatron', 'fresh', wall('upgrade')],
  ['paidNoTiers', 'paidSupporter', 'fresh', wall('upgrade')],
  // Free members on paid articles: the server-side meter, then the subscription wall.
  ['free', 'paid', 'none', wall('subscription')],
  ['free', 'paid', 'hardWall', wall('subscription')],
  ['free', 'paid', 'fresh', full('metered', true, 2)],
  ['free', 'paid', 'last', full('metered', true, 0)],
  ['free', 'paid', 'exhausted', wall('subscription', true)],
  ['free', 'paid', 'rereadAtLimit', full('already-counted', false, 0)],
  ['free', 'paidPatron', 'fresh', full('metered', true, 2)],
  ['free', 'paidPatron', 'exhausted', wall('subscription', true)],
  // Anonymous readers on registered articles: the browser's meter, then the registration wall.
  ['anonymous', 'registered', 'none', wall('registration')],
  ['anonymous', 'registered', 'hardWall', wall('registration')],
  ['anonymous', 'registered', 'fresh', full('metered', true, 2)],
  ['anonymous', 'registered', 'last', full('metered', true, 0)],
  ['anonymous', 'registered', 'exhausted', wall('registration', true)],
  ['anonymous', 'registered', 'rereadWithin', full('already-counted', false, 2)],
  ['anonymous', 'registered', 'rereadOver', full('already-counted', false, 0)],
  // Anonymous readers on paid articles: the same meter, then the subscription wall.
  ['anonymous', 'paid', 'none', wall('subscription')],
  ['anonymous', 'paid', 'hardWall', wall('subscription')],
  ['anonymous', 'paid', 'fresh', full('metered', true, 2)],
  ['anonymous', 'paid', 'exhausted', wall('subscription', true)],
  ['anonymous', 'paid', 'rereadAtLimit', full('already-counted', false, 0)],
  ['anonymous', 'paidPatron', 'exhausted', wall('subscription', true)],
];

describe('decideAccess', () => {
  for (const [viewer, article, meter, expected] of TABLE) {
    it(`${viewer} reading a ${article} article with meter ${meter}: ${expected.show === 'full' ? `full (${expected.reason})` : `${expected.wall} wall`}`, () => {
      assert.deepEqual(decideAccess(viewers[viewer], articles[article], meters[meter]), expected);
    });
  }

  it('holds its promises across every combination', () => {
    for (const [vName, viewer] of Object.entries(viewers)) {
      for (const [aName, article] of Object.entries(articles)) {
        for (const [mName, meter] of Object.entries(meters)) {
          const d = decideAccess(viewer, article, meter);
          const where = `${vName} / ${aName} / ${mName}`;
          if (article.access === 'public' || viewer.kind === 'staff') assert.equal(d.show, 'full', where);
          if (d.show === 'full' && d.countsAgainstMeter) {
            // Only a fresh read within the allowance counts, and it leaves a non-negative balance.
            assert.equal(d.reason, 'metered', where);
            assert.ok(meter && !meter.alreadyCounted && meter.used < meter.allowance, where);
            assert.ok(d.remainingAfter !== null && d.remainingAfter >= 0, where);
          }
          if (d.show === 'full' && (d.reason === 'metered' || d.reason === 'already-counted')) assert.notEqual(viewer.kind === 'member' && viewer.paid, true, where);
          if (d.show === 'preview' && d.meterExhausted) assert.ok(meter && meter.allowance > 0 && meter.used >= meter.allowance, where);
          if (viewer.kind === 'member' && viewer.paid) assert.ok(d.show === 'full' ? d.reason !== 'metered' : d.wall === 'upgrade', `paid members are never metered: ${where}`);
          if (d.show === 'preview' && d.wall === 'registration') assert.ok(viewer.kind === 'anonymous' && article.access === 'registered', where);
        }
      }
    }
  });
});
