import type { Clock } from '../../kernel/clock.js';
import { AppError } from '../../kernel/errors.js';

/**
 * Counts attempts per key (an email, an IP address) in fixed windows and refuses those over the
 * limit. Sign-in needs two limits at once (per account and per address, so guessing stays slow
 * whichever an attacker varies), which one @fastify/rate-limit hook per request cannot express.
 * Counts live in this process: with several app processes each allows the limit, which still
 * bounds guessing to a small multiple of it.
 */
export class AttemptLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(
    private readonly clock: Clock,
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Records an attempt; throws 429 TOO_MANY_ATTEMPTS, saying how long to wait, when over the limit. */
  hit(key: string, what: string): void {
    const now = this.clock.now().getTime();
    if (this.windows.size > 50_000) this.prune(now);
    let entry = this.windows.get(key);
    if (!entry || now - entry.start >= this.windowMs) {
      entry = { start: now, count: 0 };
      this.windows.set(key, entry);
    }
    entry.count++;
    if (entry.count > this.max) {
      const retryAfterMs = entry.start + this.windowMs - now;
      const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
      const error = new AppError('TOO_MANY_ATTEMPTS', 429, `Too many ${what}. For your account's safety, wait ${minutes} minute${minutes === 1 ? '' : 's'} and try again.`);
      throw Object.assign(error, { retryAfterSeconds: Math.ceil(retryAfterMs / 1000) });
    }
  }

  private prune(now: number): void {
    for (const [key, entry] of this.windows) if (now - entry.start >= this.windowMs) this.windows.delete(key);
  }
}
