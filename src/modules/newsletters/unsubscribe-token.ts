import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The opaque token in List-Unsubscribe URLs: the subscriber and newsletter ids with an HMAC, so
 * the link works without cookies or a sign-in and cannot be forged for another address. It
 * carries no email address, so a forwarded link reveals nothing.
 */
export function signUnsubscribeToken(key: Buffer, subscriberId: string, newsletterId: string): string {
  const body = `${subscriberId}.${newsletterId}`;
  const mac = createHmac('sha256', key).update(`unsubscribe:${body}`).digest('base64url').slice(0, 32);
  return Buffer.from(`${body}.${mac}`).toString('base64url');
}

export function verifyUnsubscribeToken(key: Buffer, token: string): { subscriberId: string; newsletterId: string } | undefined {
  if (token.length > 200) return undefined;
  const text = Buffer.from(token, 'base64url').toString('utf8');
  const match = /^([0-9a-z]{26})\.([0-9a-z]{26})\.([A-Za-z0-9_-]{32})$/.exec(text);
  if (!match) return undefined;
  const [, subscriberId, newsletterId, mac] = match as unknown as [string, string, string, string];
  const expected = createHmac('sha256', key).update(`unsubscribe:${subscriberId}.${newsletterId}`).digest('base64url').slice(0, 32);
  if (!timingSafeEqual(Buffer.from(mac), Buffer.from(expected))) return undefined;
  return { subscriberId, newsletterId };
}
