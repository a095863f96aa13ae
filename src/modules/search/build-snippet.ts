import { escapeHtml } from '../content/index.js';
import { wordSpans, type WordSpan } from './normalize-text.js';

/**
 * Snippets and highlighting, built in TypeScript from text the reader may see, so both databases
 * give the same result and no engine-side snippet function can ever reach gated text. Output is
 * HTML: the text escaped, each matching word wrapped in <mark>.
 */

const SNIPPET_CHARS = 220;
/** How far before the first match a snippet may start: back to a sentence start, else a little context. */
const SENTENCE_LOOKBACK = 100;
const LEAD_CHARS = 40;
const SENTENCE_END = /[.!?؟。\n]/;

/** The text with every word that matches a query token in <mark>, escaped otherwise. */
export function highlight(text: string, tokens: ReadonlySet<string>): string {
  return markRange(text, wordSpans(text), tokens, 0, text.length);
}

function markRange(text: string, spans: WordSpan[], tokens: ReadonlySet<string>, from: number, to: number): string {
  let out = '';
  let at = from;
  for (const span of spans) {
    if (span.start < from || span.end > to || !tokens.has(span.norm)) continue;
    out += escapeHtml(text.slice(at, span.start)) + `<mark>${escapeHtml(text.slice(span.start, span.end))}</mark>`;
    at = span.end;
  }
  return out + escapeHtml(text.slice(at, to));
}

/** Where a window that shows the match at `start` should begin: a sentence start if one is near, else a word start. */
function windowStart(text: string, spans: WordSpan[], index: number): number {
  const start = spans[index]!.start;
  for (let i = start - 1; i >= Math.max(0, start - SENTENCE_LOOKBACK); i--) if (SENTENCE_END.test(text[i]!)) return i + 1;
  if (start <= SENTENCE_LOOKBACK) return 0;
  const earliest = start - LEAD_CHARS;
  let j = index;
  while (j > 0 && spans[j - 1]!.start >= earliest) j--;
  return spans[j]!.start;
}

/**
 * The stretch of `text` (about 220 characters) that shows the most distinct query words, with
 * them highlighted and an ellipsis where text was cut; null when no query word occurs in it.
 */
export function buildSnippet(text: string, tokens: ReadonlySet<string>, maxChars = SNIPPET_CHARS): string | null {
  const spans = wordSpans(text);
  const hits = spans.flatMap((s, i) => (tokens.has(s.norm) ? [i] : []));
  if (hits.length === 0) return null;
  let best = { start: 0, distinct: -1, count: 0 };
  for (const first of hits) {
    const start = windowStart(text, spans, first);
    const seen = new Set<string>();
    let count = 0;
    for (const h of hits) {
      if (spans[h]!.start < start) continue;
      if (spans[h]!.end > start + maxChars) break;
      seen.add(spans[h]!.norm);
      count++;
    }
    if (seen.size > best.distinct || (seen.size === best.distinct && count > best.count)) best = { start, distinct: seen.size, count };
  }
  return excerpt(text, spans, tokens, best.start, maxChars);
}

/** Up to `maxChars` of text from `start`, ending on a word boundary, highlighted. */
function excerpt(text: string, spans: WordSpan[], tokens: ReadonlySet<string>, start: number, maxChars: number): string {
  let end = Math.min(text.length, start + maxChars);
  if (end < text.length) {
    const last = spans.filter((s) => s.end <= end && s.start >= start).pop();
    if (last) end = last.end;
  }
  const body = markRange(text, spans, tokens, start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '… ' : ''}${body}${end < text.length ? ' …' : ''}`;
}

/** The opening of a text, for a result whose visible text does not contain the query words. */
export function leadingExcerpt(text: string, maxChars = SNIPPET_CHARS): string {
  if (!text) return '';
  return excerpt(text, wordSpans(text.slice(0, maxChars + 40)), new Set(), 0, maxChars);
}
