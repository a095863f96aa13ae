/**
 * Text normalization for search, applied identically to indexed text and to queries, so that a
 * reader who types without vowel marks finds the vowelled text and the reverse. Both databases
 * receive only the tokens produced here (SQLite FTS5 and PostgreSQL never tokenize on their own),
 * which is what keeps the two engines' matching identical.
 *
 * Per word, in order:
 * 1. NFKD: splits accented Latin letters into letter + mark, Arabic أ إ آ ؤ ئ into carrier +
 *    hamza/madda mark, and presentation forms (ﻻ, ﬁ) into ordinary letters.
 * 2. Lower case (before stripping, so Turkish İ loses its dot with the other marks).
 * 3. Strip marks: Latin diacritics, Arabic harakat (fatha ... sukun, shadda, tanwin, dagger alef,
 *    Quranic marks), Hebrew niqqud and cantillation; strip tatweel and invisible joiners.
 * 4. Fold letters: alef forms to ا (via 1 and 3, plus alef wasla ٱ), taa marbuta ة to ه,
 *    alef maqsura ى to ي, Persian kaf ک to ك and Persian yeh ی to ي, heh forms to ه; a few Latin
 *    letters without a decomposition (ø ł đ ı æ œ ß); Arabic-Indic and Persian digits to 0-9.
 * 5. Recompose (NFC), so scripts that NFKD splits into parts (Hangul) come back whole.
 * 6. Arabic words of five letters or more lose a leading definite article (ال, وال, بال, كال,
 *    فال, لل), so "مياه" finds "المياه" and the reverse.
 */

/** Marks removed from every word (code point ranges): combining diacritics, Hebrew niqqud and cantillation, Arabic harakat. */
const STRIPPED_MARKS: [number, number][] = [
  [0x0300, 0x036f], [0x1ab0, 0x1aff], [0x1dc0, 0x1dff], [0x20d0, 0x20ff], [0xfe20, 0xfe2f],
  [0x0591, 0x05bd], [0x05bf, 0x05bf], [0x05c1, 0x05c2], [0x05c4, 0x05c5], [0x05c7, 0x05c7],
  [0x0610, 0x061a], [0x064b, 0x065f], [0x0670, 0x0670], [0x06d6, 0x06dc], [0x06df, 0x06e4],
  [0x06e7, 0x06e8], [0x06ea, 0x06ed], [0x08d3, 0x08e1], [0x08e3, 0x08ff],
];
const MARK = /\p{M}/gu;
const stripMark = (mark: string): string => {
  const cp = mark.codePointAt(0)!;
  return STRIPPED_MARKS.some(([from, to]) => cp >= from && cp <= to) ? '' : mark;
};
/** Tatweel (kashida) and invisible format characters that can sit inside a word. */
const INVISIBLE = /[\u0640\u00ad\u200b-\u200f\u2060\ufeff]/g;

const LETTER_FOLDS: Record<string, string> = {
  '\u0671': '\u0627', // ٱ alef wasla -> ا
  '\u0629': '\u0647', // ة taa marbuta -> ه
  '\u0649': '\u064a', // ى alef maqsura -> ي
  '\u06cc': '\u064a', // ی Persian yeh -> ي
  '\u06a9': '\u0643', // ک Persian kaf -> ك
  '\u06d5': '\u0647', // ە (what ۀ becomes after NFKD) -> ه
  '\u06c1': '\u0647', // ہ heh goal -> ه
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ı: 'i',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
};
const LETTER_FOLD = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');
/** Arabic-Indic (٠-٩) and extended Arabic-Indic / Persian (۰-۹) digits. */
const EASTERN_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;

const ARABIC_WORD = /^[\u0621-\u064a]+$/;
const ARTICLES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const MIN_STEM = 3;

const ASCII_WORD = /^[A-Za-z0-9]+$/;
/** Words repeat (an archive has a vocabulary of tens of thousands): remember recent results. */
const memo = new Map<string, string>();
const MEMO_SIZE = 50_000;

/** One word, normalized for matching; '' when nothing searchable is left (a lone mark). */
export function normalizeWord(word: string): string {
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  const known = memo.get(word);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_SIZE) memo.clear();
  const norm = foldWord(word);
  memo.set(word, norm);
  return norm;
}

function foldWord(word: string): string {
  let w = word.normalize('NFKD').toLowerCase().replace(MARK, stripMark).replace(INVISIBLE, '');
  w = w.replace(LETTER_FOLD, (c) => LETTER_FOLDS[c]!);
  w = w.replace(EASTERN_DIGITS, (d) => String(d.charCodeAt(0) - (d >= '\u06f0' ? 0x06f0 : 0x0660)));
  w = w.normalize('NFC');
  if (ARABIC_WORD.test(w)) {
    for (const article of ARTICLES) {
      if (w.startsWith(article) && w.length - article.length >= MIN_STEM) return w.slice(article.length);
    }
  }
  return w;
}

/**
 * What a word is made of: letters, digits and marks, plus tatweel and the zero-width joiners that
 * Persian writes inside words (they are removed by normalizeWord, not treated as separators).
 */
const WORD = /[\p{L}\p{N}\p{M}\u200c\u200d]+/gu;

export interface WordSpan {
  /** Offsets into the original text, for highlighting. */
  start: number;
  end: number;
  /** The normalized word. */
  norm: string;
}

/** The words of a text with their positions in it; words that normalize to nothing are dropped. */
export function wordSpans(text: string): WordSpan[] {
  const out: WordSpan[] = [];
  for (const match of text.matchAll(WORD)) {
    const norm = normalizeWord(match[0]);
    if (norm) out.push({ start: match.index, end: match.index + match[0].length, norm });
  }
  return out;
}

/** The normalized words of a text, in order: what is indexed and what queries are made of. */
export function searchTokens(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const norm = normalizeWord(match[0]);
    if (norm) out.push(norm);
  }
  return out;
}
