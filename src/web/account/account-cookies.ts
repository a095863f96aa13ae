import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { newSecret } from '../../kernel/ids.js';

/** The reader-side cookies. Over https they carry the `__Host-` prefix, which browsers only accept with Secure, Path=/ and no Domain. */
export interface AccountCookies {
  /** The member's session token. */
  session: string;
  /** The random nonce that binds a sign-in request to the browser that made it. */
  signIn: string;
  /** The anti-CSRF secret; forms carry a token derived from it. */
  csrf: string;
  /** The anonymous reader's signed meter. */
  meter: string;
  secure: boolean;
}

/**
 * Cookie names for a site. With an https PUBLIC_URL: `__Host-dateline-member` and friends,
 * Secure. Over plain http (local development) browsers refuse `__Host-` cookies, so the names
 * lose the prefix and the Secure flag; nothing else changes.
 */
export function accountCookies(publicUrl: string): AccountCookies {
  const secure = publicUrl.startsWith('https:');
  const name = (base: string) => (secure ? `__Host-dateline-${base}` : `dateline-${base}`);
  return { session: name('member'), signIn: name('signin'), csrf: name('csrf'), meter: name('meter'), secure };
}

/** Every reader cookie is HttpOnly (no script needs one), SameSite=Lax, host-only, Path=/. */
export const cookieOptions = (cookies: AccountCookies, lifetime: { maxAgeSeconds?: number; expires?: Date } = {}) => ({
  path: '/',
  httpOnly: true,
  sameSite: 'lax' as const,
  secure: cookies.secure,
  ...(lifetime.maxAgeSeconds !== undefined ? { maxAge: lifetime.maxAgeSeconds } : {}),
  ...(lifetime.expires ? { expires: lifetime.expires } : {}),
});

const RANDOM = /^[A-Za-z0-9_-]{43}$/;

/** A cookie's value when it looks like one of our 256-bit random values, else undefined. */
export function randomCookie(request: FastifyRequest, name: string): string | undefined {
  const value = request.cookies[name];
  return value && RANDOM.test(value) ? value : undefined;
}

/** This browser's sign-in nonce, created (and set for an hour) when it has none; reused so earlier links keep working. */
export function ensureSignInNonce(request: FastifyRequest, reply: FastifyReply, cookies: AccountCookies): string {
  const nonce = randomCookie(request, cookies.signIn) ?? newSecret(32);
  reply.setCookie(cookies.signIn, nonce, cookieOptions(cookies, { maxAgeSeconds: 3600 }));
  return nonce;
}

const csrfToken = (key: Buffer, secret: string) => createHmac('sha256', key).update(secret).digest('base64url');

/**
 * The token a form must send back in `_csrf`: an HMAC of this browser's CSRF cookie (a signed
 * double-submit token), so a page on another site can neither read nor forge it. Sets the
 * cookie (for the browser session) when the browser has none.
 */
export function issueCsrfToken(request: FastifyRequest, reply: FastifyReply, cookies: AccountCookies, key: Buffer): string {
  let secret = randomCookie(request, cookies.csrf);
  if (!secret) {
    secret = newSecret(32);
    reply.setCookie(cookies.csrf, secret, cookieOptions(cookies));
    // A token rendered later in this same response must match the cookie just set.
    request.cookies[cookies.csrf] = secret;
  }
  return csrfToken(key, secret);
}

/**
 * Whether a state-changing request is genuine: the `_csrf` field matches this browser's cookie,
 * and, when the browser says where the form came from (Origin), it came from this site.
 */
export function csrfPasses(request: FastifyRequest, cookies: AccountCookies, key: Buffer, publicUrl: string, formToken: unknown): boolean {
  // Browsers send "null" when the page's referrer policy hides its origin: then the token alone decides.
  const origin = request.headers.origin;
  if (origin && origin !== 'null' && origin !== new URL(publicUrl).origin) return false;
  const secret = randomCookie(request, cookies.csrf);
  if (!secret || typeof formToken !== 'string') return false;
  const expected = Buffer.from(csrfToken(key, secret));
  const given = Buffer.from(formToken);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
