import { AppError } from '../../kernel/errors.js';
import type { SearchSort } from './search-index.js';

/** Article types a reader can filter by (pages are not searchable). */
export const SEARCHABLE_TYPES = ['news', 'analysis', 'memo', 'report'] as const;
export type SearchableType = (typeof SEARCHABLE_TYPES)[number];

/** A validated search request, as the reader's site and the Content API both send it. */
export interface SearchRequest {
  q: string;
  type?: SearchableType;
  section?: string;
  tag?: string;
  author?: string;
  language?: string;
  /** YYYY-MM-DD, inclusive. */
  from?: string;
  /** YYYY-MM-DD, inclusive. */
  to?: string;
  sort: SearchSort;
  /** 1-based. */
  page: number;
  limit: number;
}

export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 100;

const SLUG = /^[\p{Ll}\p{Lo}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{N}]+)*$/u;
const LANGUAGE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Page cursors handed out by the Content API: opaque to clients, a page number inside. */
export const encodeSearchCursor = (page: number): string => Buffer.from(`search:${page}`).toString('base64url');
export function decodeSearchCursor(cursor: string): number | undefined {
  const match = /^search:(\d{1,3})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const page = match ? Number(match[1]) : NaN;
  return page >= 1 && page <= MAX_PAGE ? page : undefined;
}

const isRealDate = (value: string): boolean => {
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return y >= 1900 && y <= 2999 && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
};

/**
 * Validates raw query-string values into a SearchRequest. Empty values count as absent (an HTML
 * form sends `type=` for "any type"); anything else that is not valid is reported per field,
 * in words a reader can act on, as a 400 INVALID_SEARCH.
 */
export function parseSearchParams(raw: Record<string, unknown>, limits: { defaultLimit: number; maxLimit: number }): SearchRequest {
  const fields: Record<string, string> = {};
  const one = (name: string): string | undefined => {
    const value = raw[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') {
      fields[name] = 'give this option once';
      return undefined;
    }
    const trimmed = value.trim();
    return trimmed === '' ? undefined : trimmed;
  };
  const whole = (name: string, min: number, max: number, message: string): number | undefined => {
    const value = one(name);
    if (value === undefined) return undefined;
    if (!/^\d{1,6}$/.test(value) || Number(value) < min || Number(value) > max) fields[name] = message;
    return Number(value);
  };

  const q = one('q') ?? '';
  if (q.length > MAX_QUERY_LENGTH) fields.q = `must be at most ${MAX_QUERY_LENGTH} characters`;
  const type = one('type');
  if (type !== undefined && !(SEARCHABLE_TYPES as readonly string[]).includes(type)) fields.type = `must be one of ${SEARCHABLE_TYPES.join(', ')}`;
  const slugs: Record<'section' | 'tag' | 'author', string | undefined> = { section: one('section'), tag: one('tag'), author: one('author') };
  for (const [name, value] of Object.entries(slugs)) {
    if (value !== undefined && (value.length > 120 || !SLUG.test(value))) fields[name] = 'must be a slug: lowercase letters, digits and hyphens';
  }
  const language = one('language');
  if (language !== undefined && !LANGUAGE.test(language)) fields.language = 'must be a language code such as en or ar';
  const from = one('from');
  const to = one('to');
  if (from !== undefined && !isRealDate(from)) fields.from = 'must be a date written YYYY-MM-DD';
  if (to !== undefined && !isRealDate(to)) fields.to = 'must be a date written YYYY-MM-DD';
  if (from && to && !fields.from && !fields.to && from > to) fields.to = 'must not be before the "from" date';
  const sort = one('sort') ?? 'relevance';
  if (sort !== 'relevance' && sort !== 'date') fields.sort = 'must be relevance or date';
  let page = whole('page', 1, MAX_PAGE, `must be a whole number from 1 to ${MAX_PAGE}`) ?? 1;
  const cursor = one('cursor');
  if (cursor !== undefined) {
    const decoded = decodeSearchCursor(cursor);
    if (decoded === undefined) fields.cursor = 'is not a cursor from a previous response; start again without it';
    else page = decoded;
  }
  const limit = whole('limit', 1, limits.maxLimit, `must be a whole number from 1 to ${limits.maxLimit}`) ?? limits.defaultLimit;

  const names = Object.keys(fields);
  if (names.length) {
    throw new AppError('INVALID_SEARCH', 400, `Some search options are not valid: ${names.map((n) => `${n} ${fields[n]}`).join('; ')}.`, fields);
  }
  return { q, type: type as SearchableType | undefined, ...slugs, language, from, to, sort: sort as SearchSort, page, limit };
}

/** The published_at range (ISO, from inclusive, to exclusive) of a request's dates. */
export function dateRange(request: Pick<SearchRequest, 'from' | 'to'>): { from?: string; to?: string } {
  const out: { from?: string; to?: string } = {};
  if (request.from) out.from = `${request.from}T00:00:00.000Z`;
  if (request.to) {
    const end = new Date(`${request.to}T00:00:00.000Z`);
    end.setUTCDate(end.getUTCDate() + 1);
    out.to = end.toISOString();
  }
  return out;
}
