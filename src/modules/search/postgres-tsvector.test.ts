import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { toFilterTsqueryLiteral, toTsqueryLiteral, toTsvectorLiteral } from './postgres-tsvector.js';

const fields = { title: ['water', 'pumps'], dek: ['water'], body: [], gated: ["o'brien"], tags: [], authors: [] };

describe('toTsvectorLiteral', () => {
  it('weights words by field, leaves a gap between fields, and adds filter tokens without positions', () => {
    const literal = toTsvectorLiteral({ fields, language: 'en', type: 'news', sectionId: null, tagIds: [], authorIds: [] });
    assert.equal(literal, `'water':1A,11B 'pumps':2A 'o''brien':44D '\ue000langen' '\ue000typenews'`);
  });
});

describe('tsquery literals', () => {
  it('require every word, chain phrases, and add filters as alternatives', () => {
    assert.equal(toTsqueryLiteral({ terms: ['water'], phrases: [['central', 'bank']] }), `'water' & ('central' <-> 'bank')`);
    assert.equal(toFilterTsqueryLiteral({ terms: ['water'], phrases: [] }, { types: ['news', 'memo'] }), `('water') & ('\ue000typenews' | '\ue000typememo')`);
    assert.equal(toFilterTsqueryLiteral({ terms: [], phrases: [] }, { language: 'en' }), '');
  });
});
