/**
 * Where to send a reader after signing in: `raw` when it is a path on this site, else
 * `fallback`. Refuses absolute and protocol-relative URLs ("//evil.example", "/\\evil.example"),
 * other schemes, control characters and anything that would resolve to another origin, so the
 * `next` parameter cannot be used for open redirects.
 *
 * @example safeNextPath('/articles/x?ref=wall', '/account') // '/articles/x?ref=wall'
 * @example safeNextPath('https://evil.example/', '/account') // '/account'
 */
export function safeNextPath(raw: unknown, fallback: string): string {
  if (typeof raw !== 'string' || raw === '' || raw.length > 500) return fallback;
  if (!raw.startsWith('/') || raw.startsWith('//') || raw.includes('\\')) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(raw)) return fallback;
  const base = 'http://same.invalid';
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  return url.pathname + url.search + url.hash;
}
