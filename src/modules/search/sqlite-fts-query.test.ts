import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { rowidRange, secondOf, slotStart, toFtsMatch } from './sqlite-fts-query.js';

describe('toFtsMatch', () => {
  it('quotes every word and phrase, and requires each filter', () => {
    assert.equal(toFtsMatch({ terms: ['water'], phrases: [['central', 'bank']] }), '"water" AND "central bank"');
    assert.equal(
      toFtsMatch({ terms: ['water'], phrases: [] }, { language: 'ar', types: ['news', 'memo'] }),
      '"water" AND ("\ue000langar") AND ("\ue000typenews" OR "\ue000typememo")',
    );
    assert.equal(toFtsMatch({ terms: ['a"b'], phrases: [] }), '"a""b"');
    assert.equal(toFtsMatch({ terms: [], phrases: [] }, { language: 'en' }), '');
  });
});

describe('rowids', () => {
  it('order by publication time and stay exact in JavaScript up to the year 2999', () => {
    const early = slotStart(Date.parse('1900-01-01T00:00:00Z'));
    const late = slotStart(Date.parse('2999-12-31T23:59:59Z'));
    assert.ok(early < slotStart(Date.parse('2026-11-20T12:00:00Z')) && slotStart(Date.parse('2026-11-20T12:00:00Z')) < late);
    assert.ok(Number.isSafeInteger(early) && Number.isSafeInteger(late + 1000));
    assert.equal(secondOf(slotStart(Date.parse('2026-11-20T12:00:00.999Z')) + 5), Date.parse('2026-11-20T12:00:00Z') / 1000);
  });

  it('turn a date filter into a rowid range, from inclusive and to exclusive', () => {
    const range = rowidRange({ from: '2026-11-01T00:00:00.000Z', to: '2026-11-02T00:00:00.000Z' });
    assert.equal(range.min, slotStart(Date.parse('2026-11-01T00:00:00Z')));
    assert.equal(range.max, slotStart(Date.parse('2026-11-02T00:00:00Z')));
    assert.deepEqual(rowidRange({}), { min: undefined, max: undefined });
  });
});
