import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AccessDecision, MeterReading } from '../../modules/access/index.js';
import { makeContext } from '../site-context.js';
import { meterBannerHtml } from './meter-banner.js';

const base = { siteName: 'The Levant Ledger', siteNameAr: 'دفتر المشرق', publicUrl: 'https://ledger.test', sections: [], stylesheet: '/assets/site.css' };
const wall: AccessDecision = { show: 'preview', wall: 'registration', meterExhausted: true };
const reading = (allowance: number): MeterReading => ({ kind: 'member', memberId: 'm1', month: '2026-11', state: { allowance, used: allowance, alreadyCounted: false } });
const banner = (language: string, allowance: number) =>
  meterBannerHtml({ ctx: makeContext(base, language), decision: wall, reading: reading(allowance), now: new Date('2026-11-28T12:00:00Z'), returnTo: '/articles/x', registeredAllowance: 5 });

test('the spent meter counts in the plural, and names a single free article in the singular', () => {
  assert.match(banner('en', 3), /You have read your 3 free articles this month/);
  assert.match(banner('en', 1), /You have read your free article this month/);
  assert.doesNotMatch(banner('en', 1), /1 free articles/);
  assert.match(banner('ar', 1), /قرأت مقالك المجاني لهذا الشهر/);
  assert.match(banner('ar', 3), /قرأت مقالاتك المجانية لهذا الشهر \(٣\)/);
});
