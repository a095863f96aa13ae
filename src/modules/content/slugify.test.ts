import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isSlug, slugify } from './slugify.js';

describe('slugify', () => {
  it('makes readable ASCII slugs from Latin titles, folding diacritics', () => {
    assert.equal(slugify('Beirut’s council approves a budget — finally!'), 'beiruts-council-approves-a-budget-finally');
    assert.equal(slugify('Türkiye and the Çukurova plain'), 'turkiye-and-the-cukurova-plain');
  });

  it('keeps Arabic letters and drops vowel marks', () => {
    assert.equal(slugify('مَجْلِسُ بيروت يقر الموازنة'), 'مجلس-بيروت-يقر-الموازنة');
  });

  it('never returns an empty slug and respects the maximum length at a word boundary', () => {
    assert.equal(slugify('!!!'), 'untitled');
    const long = slugify('word '.repeat(40), 30);
    assert.ok(long.length <= 30 && !long.endsWith('-'));
  });

  it('validates slugs', () => {
    assert.ok(isSlug('water-pumps-2026'));
    assert.ok(isSlug('مجلس-بيروت'));
    for (const bad of ['', 'Upper', 'two--hyphens', '-lead', 'a/b', 'a b']) assert.ok(!isSlug(bad), bad);
  });
});
