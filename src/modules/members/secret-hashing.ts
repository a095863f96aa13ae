import { createHash, createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/** SHA-256 as hex: for high-entropy secrets (link tokens, session tokens, browser nonces), where a salt adds nothing. */
export const sha256Hex = (value: string): string => createHash('sha256').update(value).digest('hex');

/** HMAC-SHA256 as hex, for low-entropy values (codes, IP addresses) that must not be brute-forced from a leaked database. */
export const hmacHex = (key: Buffer, value: string): string => createHmac('sha256', key).update(value).digest('hex');

/** Compares two hex digests in constant time. */
export function sameDigest(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/** A uniformly random 6-digit code, leading zeros kept. */
export const newSixDigitCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** Tokens we issue are 32 random bytes in base64url (43 characters); anything else is rejected before any lookup. */
export const isWellFormedToken = (value: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(value);
