import { createHash } from 'node:crypto';

/** A rendered feed or sitemap with the validators a client can revalidate it with. */
export interface ServedDocument {
  body: string;
  /** A strong entity tag: a hash of the body, so equal bytes always get equal tags across processes. */
  etag: string;
  /** HTTP-date of the newest change among the items, when there is one. */
  lastModified?: string;
}

/** Wraps a body with its ETag and, from the newest `updated_at` it lists, its Last-Modified. */
export function servedDocument(body: string, newestIso: string | undefined): ServedDocument {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  return { body, etag, lastModified: newestIso ? new Date(newestIso).toUTCString() : undefined };
}

const opaque = (tag: string): string => tag.trim().replace(/^W\//, '');

/**
 * True when the client's copy is current, so a 304 without a body will do (RFC 9110 13.1-13.2):
 * If-None-Match, when sent, decides alone (weak comparison, `*` matches); otherwise
 * If-Modified-Since is compared with Last-Modified at one-second resolution.
 */
export function isNotModified(request: { ifNoneMatch?: string; ifModifiedSince?: string }, doc: ServedDocument): boolean {
  if (request.ifNoneMatch !== undefined) {
    const wanted = opaque(doc.etag);
    return request.ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
  }
  if (request.ifModifiedSince !== undefined && doc.lastModified) {
    const since = Date.parse(request.ifModifiedSince);
    if (Number.isNaN(since)) return false;
    return Date.parse(doc.lastModified) <= since;
  }
  return false;
}
