import { documentFacets, filterFacets } from './facets.js';
import type { IndexDocument, IndexFields } from './index-document.js';
import type { ParsedQuery } from './parse-query.js';
import type { IndexFilters } from './search-index.js';

/**
 * Field weights (A heaviest): headline A; dek, tags and authors B; public body C; text after the
 * paywall cut D. Field order sets positions; a gap between fields keeps a phrase from matching
 * across two of them, as it cannot in FTS5's separate columns.
 */
const FIELD_WEIGHTS: [keyof IndexFields, 'A' | 'B' | 'C' | 'D'][] = [
  ['title', 'A'],
  ['dek', 'B'],
  ['tags', 'B'],
  ['authors', 'B'],
  ['body', 'C'],
  ['gated', 'D'],
];
const FIELD_GAP = 8;
/** PostgreSQL's limits: positions above 16383 are clamped, and a lexeme keeps 256 positions. */
const MAX_POSITION = 16383;
const MAX_POSITIONS_PER_LEXEME = 256;

const quoteLexeme = (token: string): string => `'${token.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/**
 * A tsvector literal ("'word':1A,7C ...") built from normalized tokens, plus the document's facet
 * tokens (without positions, so they never affect rank). Building the vector here instead of
 * calling to_tsvector keeps PostgreSQL's parser out of it, so both databases see exactly the same
 * words. The literal is sent as a bound parameter, never spliced into SQL.
 */
export function toTsvectorLiteral(doc: Pick<IndexDocument, 'fields' | 'language' | 'type' | 'sectionId' | 'tagIds' | 'authorIds'>): string {
  const positions = new Map<string, string[]>();
  let position = 1;
  for (const [field, weight] of FIELD_WEIGHTS) {
    for (const token of doc.fields[field]) {
      const list = positions.get(token) ?? [];
      if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(`${Math.min(position, MAX_POSITION)}${weight}`);
      positions.set(token, list);
      position++;
    }
    position += FIELD_GAP;
  }
  const words = [...positions].map(([token, list]) => `${quoteLexeme(token)}:${list.join(',')}`);
  return [...words, ...documentFacets(doc).map(quoteLexeme)].join(' ');
}

/** A tsquery literal for the reader's words: every word required, phrases as <-> chains. */
export function toTsqueryLiteral(query: ParsedQuery): string {
  return [...query.terms.map(quoteLexeme), ...query.phrases.map((p) => `(${p.map(quoteLexeme).join(' <-> ')})`)].join(' & ');
}

/** The same words AND the filters' facet tokens: what rows must match (ranking uses the words only). */
export function toFilterTsqueryLiteral(query: ParsedQuery, filters: IndexFilters): string {
  const words = toTsqueryLiteral(query);
  if (!words) return '';
  return [`(${words})`, ...filterFacets(filters).map((alternatives) => `(${alternatives.map(quoteLexeme).join(' | ')})`)].join(' & ');
}
