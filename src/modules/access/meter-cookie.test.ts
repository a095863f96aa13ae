import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { decodeMeterCookie, encodeMeterCookie, MAX_REMEMBERED, monthOf, nextMonthStart, shortPostId } from './meter-cookie.js';

const key = randomBytes(32);
const ids = ['01jd8y3k2q9r7c4v6w8x0z2b4d', '01jd8y3k2q9r7c4v6w8x0z2b4e', '01jd8y3m5t7v9x1z3b5d7f9h1k'];

describe('the anonymous meter cookie', () => {
  it('round-trips the month, the count and the counted articles', () => {
    const value = encodeMeterCookie(key, { month: '2026-11', count: 2, posts: ids.slice(0, 2).map(shortPostId) });
    assert.deepEqual(decodeMeterCookie(key, value, '2026-11'), { month: '2026-11', count: 2, posts: ids.slice(0, 2).map(shortPostId) });
    assert.deepEqual(shortPostId(ids[0]!), '8x0z2b4d');
    assert.ok(value.length < 100);
  });

  it('reads as fresh when edited, forged, signed with another key or malformed', () => {
    const value = encodeMeterCookie(key, { month: '2026-11', count: 3, posts: ids.map(shortPostId) });
    const edited = value.replace('.3.', '.0.');
    const fresh = { month: '2026-11', count: 0, posts: [] };
    assert.deepEqual(decodeMeterCookie(key, edited, '2026-11'), fresh);
    assert.deepEqual(decodeMeterCookie(randomBytes(32), value, '2026-11'), fresh);
    for (const junk of [undefined, '', 'm1', 'a.b.c.d.e', value + 'x', 'x'.repeat(3000)]) assert.deepEqual(decodeMeterCookie(key, junk, '2026-11'), fresh);
  });

  it('starts again in a new calendar month', () => {
    const value = encodeMeterCookie(key, { month: '2026-11', count: 3, posts: ids.map(shortPostId) });
    assert.deepEqual(decodeMeterCookie(key, value, '2026-12'), { month: '2026-12', count: 0, posts: [] });
  });

  it('stays bounded: only the newest ids are remembered, the count goes on', () => {
    const many = Array.from({ length: MAX_REMEMBERED + 20 }, (_, i) => String(i).padStart(8, '0'));
    const value = encodeMeterCookie(key, { month: '2026-11', count: many.length, posts: many });
    const back = decodeMeterCookie(key, value, '2026-11');
    assert.equal(back.count, MAX_REMEMBERED + 20);
    assert.equal(back.posts.length, MAX_REMEMBERED);
    assert.equal(back.posts.at(-1), many.at(-1));
    assert.ok(value.length < 1000, `cookie is ${value.length} bytes`);
  });

  it('uses calendar months in UTC', () => {
    assert.equal(monthOf(new Date('2026-11-30T23:59:59.999Z')), '2026-11');
    assert.equal(monthOf(new Date('2026-12-01T00:00:00.000Z')), '2026-12');
    assert.equal(nextMonthStart(new Date('2026-12-15T10:00:00Z')).toISOString(), '2027-01-01T00:00:00.000Z');
  });
});
