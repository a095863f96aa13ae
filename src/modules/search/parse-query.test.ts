import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isEmptyQuery, parseQuery } from './parse-query.js';

describe('parseQuery', () => {
  it('turns words into required terms and quoted text into phrases, normalized', () => {
    assert.deepEqual(parseQuery('Water "Emergency Budget"'), { terms: ['water'], phrases: [['emergency', 'budget']] });
    assert.deepEqual(parseQuery('«مَجْلِسُ بيروت» موازنة'), { terms: ['موازنه'], phrases: [['مجلس', 'بيروت']] });
  });

  it('treats a one-word phrase as a term and an unclosed quote as a phrase to the end', () => {
    assert.deepEqual(parseQuery('"water" pumps'), { terms: ['water', 'pumps'], phrases: [] });
    assert.deepEqual(parseQuery('pumps "eastern districts'), { terms: ['pumps'], phrases: [['eastern', 'districts']] });
  });

  it('reduces query syntax and punctuation to nothing searchable', () => {
    for (const input of ['', '   ', '"', '***', 'AND OR NOT (', '-', 'NEAR/2']) {
      const parsed = parseQuery(input);
      assert.ok(parsed.terms.every((t) => /^[\p{L}\p{N}]+$/u.test(t)), input);
    }
    assert.ok(isEmptyQuery(parseQuery('"" *** ( )')));
  });

  it('keeps at most twelve parts', () => {
    const parsed = parseQuery(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' '));
    assert.equal(parsed.terms.length, 12);
  });
});
