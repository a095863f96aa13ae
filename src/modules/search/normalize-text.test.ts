import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { normalizeWord, searchTokens, wordSpans } from './normalize-text.js';

/** Two spellings a reader may type for the same word must normalize to the same token. */
const same = (a: string, b: string) => assert.equal(normalizeWord(a), normalizeWord(b), `${a} / ${b}`);

describe('normalizeWord', () => {
  it('strips Arabic harakat, shadda, tanwin and the dagger alef', () => {
    same('مَجْلِسُ', 'مجلس');
    same('يُقِرُّ', 'يقر');
    same('كتابًا', 'كتابا');
    same('هٰذا', 'هذا');
  });

  it('strips tatweel', () => {
    same('مجـــلس', 'مجلس');
    same('بيـروت', 'بيروت');
  });

  it('folds alef and hamza forms', () => {
    assert.equal(normalizeWord('أحمد'), 'احمد');
    same('إحسان', 'احسان');
    same('آمال', 'امال');
    same('ٱستقلال', 'استقلال');
    same('مسؤول', 'مسوول');
    same('رئيس', 'رييس');
  });

  it('folds taa marbuta and alef maqsura', () => {
    same('موازنة', 'موازنه');
    same('مستشفى', 'مستشفي');
  });

  it('folds Persian kaf, yeh and heh to their Arabic forms', () => {
    same('کتاب', 'كتاب');
    same('ایران', 'ايران');
    same('خانۀ', 'خانه');
  });

  it('drops the Arabic definite article from longer words, not from short ones', () => {
    same('المياه', 'مياه');
    same('والمياه', 'مياه');
    same('بالمياه', 'مياه');
    assert.equal(normalizeWord('الله'), 'الله');
  });

  it('strips Hebrew niqqud', () => {
    same('שָׁלוֹם', 'שלום');
    same('יְרוּשָׁלַיִם', 'ירושלים');
  });

  it('folds Latin diacritics and case, including letters without a decomposition', () => {
    assert.equal(normalizeWord('Café'), 'cafe');
    assert.equal(normalizeWord('İstanbul'), 'istanbul');
    assert.equal(normalizeWord('Ørsted'), 'orsted');
    assert.equal(normalizeWord('Straße'), 'strasse');
    same('Zürich', 'zurich');
  });

  it('reads Arabic-Indic and Persian digits as 0-9', () => {
    assert.equal(normalizeWord('٢٠٢٦'), '2026');
    assert.equal(normalizeWord('۱۴۰۳'), '1403');
  });

  it('keeps scripts it does not fold intact', () => {
    assert.equal(normalizeWord('한국어'), '한국어');
    assert.equal(normalizeWord('नमस्ते'), 'नमस्ते');
  });
});

describe('searchTokens', () => {
  it('splits on punctuation and spaces, keeping Persian words joined by a zero-width non-joiner whole', () => {
    assert.deepEqual(searchTokens('Beirut’s council, 14-6 vote.'), ['beirut', 's', 'council', '14', '6', 'vote']);
    assert.deepEqual(searchTokens('می‌خواهم'), ['ميخواهم']);
  });

  it('drops words that are only marks', () => {
    assert.deepEqual(searchTokens('a \u064e b'), ['a', 'b']);
  });
});

describe('wordSpans', () => {
  it('points into the original text, vowel marks included', () => {
    const text = 'قال المَجْلِسُ اليوم';
    const spans = wordSpans(text);
    assert.equal(text.slice(spans[1]!.start, spans[1]!.end), 'المَجْلِسُ');
    assert.equal(spans[1]!.norm, 'مجلس');
  });
});
