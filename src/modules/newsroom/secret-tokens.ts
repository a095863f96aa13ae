import { createHash, timingSafeEqual } from 'node:crypto';
import { newSecret } from '../../kernel/ids.js';

/** A new bearer secret: 32 random bytes (256 bits), base64url. */
export const newToken = (): string => newSecret(32);

/**
 * Secrets are stored as their SHA-256 hex digest. A plain (unsalted) hash is enough because the
 * secrets are 256-bit random values, not guessable passwords, and it lets us look them up by hash.
 */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** Compares two strings without revealing, through timing, how much of them matched. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
