/**
 * Dates in the forms each format requires. RSS 2.0 wants RFC 822 (with a four-digit year, as
 * RFC 1123 amended it); Atom, JSON Feed and sitemaps want RFC 3339 / W3C Datetime. Everything
 * is written in UTC, to the second.
 */

/** `Sat, 28 Nov 2026 02:23:20 GMT` */
export const rfc822 = (iso: string): string => new Date(iso).toUTCString();

/** `2026-11-28T02:23:20Z` */
export const rfc3339 = (iso: string): string => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The later of two ISO 8601 UTC timestamps (they sort as strings). */
export const latest = (a: string, b: string): string => (a > b ? a : b);
