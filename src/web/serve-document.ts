import type { FastifyReply, FastifyRequest } from 'fastify';
import { isNotModified, type ServedDocument } from '../modules/feeds/index.js';

export const CONTENT_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  text: 'text/plain; charset=utf-8',
} as const;

/**
 * Sends a feed, sitemap or robots.txt with its validators, or a bodiless 304 when the client's
 * copy is current. These documents never depend on who asks (gated articles appear as previews
 * for everyone), so shared caches may keep them.
 */
export function sendDocument(request: FastifyRequest, reply: FastifyReply, doc: ServedDocument, contentType: string, options: { cacheControl: string; surrogateKeys: string[] }) {
  reply.header('etag', doc.etag).header('cache-control', options.cacheControl).header('surrogate-key', options.surrogateKeys.join(' '));
  if (doc.lastModified) reply.header('last-modified', doc.lastModified);
  const ifNoneMatch = request.headers['if-none-match'];
  const ifModifiedSince = request.headers['if-modified-since'];
  if (isNotModified({ ifNoneMatch, ifModifiedSince }, doc)) return reply.code(304).send();
  return reply.code(200).header('content-type', contentType).send(doc.body);
}

/** A plain-text 404 naming what was not found: feeds and sitemaps are read by programs and people alike. */
export const sendMissing = (reply: FastifyReply, message: string) =>
  reply.code(404).header('content-type', CONTENT_TYPES.text).header('cache-control', 'public, max-age=60').send(message);
