import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Optional open and click tracking, off unless a send turns it on. Tokens name the recipient row
 * with an HMAC; they carry no address. Click links redirect only to the URL that was signed.
 */
const sign = (key: Buffer, value: string): string => createHmac('sha256', key).update(`track:${value}`).digest('base64url').slice(0, 22);

export function trackingPixel(key: Buffer, publicUrl: string, recipientId: string): string {
  return `<img src="${publicUrl}/newsletters/o/${recipientId}.${sign(key, `o:${recipientId}`)}.gif" width="1" height="1" alt="" style="display:block;border:0">`;
}

export function trackLinks(html: string, key: Buffer, publicUrl: string, recipientId: string, unsubscribeUrl: string): string {
  return html.replace(/href="(https?:\/\/[^"]+)"/g, (whole, url: string) => {
    const target = url.replace(/&amp;/g, '&');
    if (target === unsubscribeUrl) return whole;
    const u = Buffer.from(target).toString('base64url');
    return `href="${publicUrl}/newsletters/c/${recipientId}.${sign(key, `c:${recipientId}:${target}`)}?u=${u}"`;
  });
}

const check = (key: Buffer, value: string, mac: string): boolean => {
  const expected = sign(key, value);
  return mac.length === expected.length && timingSafeEqual(Buffer.from(mac), Buffer.from(expected));
};

export function verifyOpen(key: Buffer, token: string): string | undefined {
  const match = /^([0-9a-z]{26})\.([A-Za-z0-9_-]{22})$/.exec(token);
  return match && check(key, `o:${match[1]}`, match[2]!) ? match[1] : undefined;
}

export function verifyClick(key: Buffer, token: string, encodedUrl: string): { recipientId: string; url: string } | undefined {
  const match = /^([0-9a-z]{26})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!match) return undefined;
  const url = Buffer.from(encodedUrl, 'base64url').toString('utf8');
  if (!/^https?:\/\//.test(url) || !check(key, `c:${match[1]}:${url}`, match[2]!)) return undefined;
  return { recipientId: match[1]!, url };
}
