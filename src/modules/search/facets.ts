import type { IndexDocument } from './index-document.js';
import type { IndexFilters } from './search-index.js';

/**
 * Filters as tokens in the full-text index itself: "language ar", "type memo", "tag X" become
 * tokens of each document, and a filter becomes one more required term. Both engines then
 * answer a filtered query by intersecting posting lists (FTS5 doclists, GIN entries) instead of
 * checking each matching row, which is what keeps "officials, in Arabic" as fast as "officials".
 *
 * Facet tokens start with a private-use character: normalized words never contain one, so no
 * reader's query can match a filter token.
 */
const FACET_MARK = '\ue000';

type FacetKind = 'lang' | 'type' | 'sect' | 'tag' | 'auth';

/** A filter value as one token: mark, kind, and the value's letters and digits (ids, slugs and language codes already are). */
const facet = (kind: FacetKind, value: string): string => `${FACET_MARK}${kind}${value.toLowerCase().replace(/[^a-z0-9]/g, '')}`;

/** The facet tokens of a document. */
export function documentFacets(doc: Pick<IndexDocument, 'language' | 'type' | 'sectionId' | 'tagIds' | 'authorIds'>): string[] {
  return [
    facet('lang', doc.language),
    facet('type', doc.type),
    ...(doc.sectionId ? [facet('sect', doc.sectionId)] : []),
    ...doc.tagIds.map((id) => facet('tag', id)),
    ...doc.authorIds.map((id) => facet('auth', id)),
  ];
}

/** What the filters require: each inner list is a set of alternatives (several types), all lists required. */
export function filterFacets(filters: IndexFilters): string[][] {
  const out: string[][] = [];
  if (filters.language) out.push([facet('lang', filters.language)]);
  if (filters.types?.length) out.push(filters.types.map((t) => facet('type', t)));
  if (filters.sectionId) out.push([facet('sect', filters.sectionId)]);
  if (filters.tagId) out.push([facet('tag', filters.tagId)]);
  if (filters.authorId) out.push([facet('auth', filters.authorId)]);
  return out;
}
