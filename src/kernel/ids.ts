import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/**
 * A 26-character, time-ordered, lowercase identifier (ULID layout, Crockford base32):
 * 48 bits of milliseconds then 80 random bits. Sorting ids sorts by creation time, which keeps
 * cursor pagination and database indexes friendly on both SQLite and PostgreSQL.
 */
export function newId(now: number = Date.now()): string {
  let time = '';
  let ms = now;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[ms % 32] + time;
    ms = Math.floor(ms / 32);
  }
  const bytes = randomBytes(16);
  let random = '';
  for (let i = 0; i < 16; i++) random += ALPHABET[bytes[i]! % 32];
  return time + random;
}

/** A URL-safe random secret with `bytes` bytes of entropy (default 32 = 256 bits). */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

const ID_PATTERN = /^[0-9a-hjkmnp-tv-z]{26}$/;
export const isId = (value: string): boolean => ID_PATTERN.test(value);
