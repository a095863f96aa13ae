/** Longest address SMTP can carry (RFC 5321 path limit minus the brackets). */
const MAX_LENGTH = 254;
const SHAPE = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]{2,}$/;

/**
 * An email address as we store and compare it: trimmed and lowercased, or null when it cannot be
 * an address. Deliberately pragmatic (one @, a dotted domain, no spaces or brackets): the emailed
 * link is the real proof that an address works.
 *
 * @example normalizeEmail('  Rana.Khoury@Example.COM ') // 'rana.khoury@example.com'
 */
export function normalizeEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  if (email.length < 6 || email.length > MAX_LENGTH) return null;
  if (!SHAPE.test(email) || email.includes('..')) return null;
  return email;
}
