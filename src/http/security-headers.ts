/** Content-Security-Policy for every response: no inline script or style, no third-party origins. */
const CSP_DIRECTIVES: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  // Checkout and the billing portal are reached by a form POST answered with a redirect to Stripe;
  // browsers apply form-action to that redirect too, so Stripe's hosted pages must be listed.
  'form-action': ["'self'", 'https://checkout.stripe.com', 'https://billing.stripe.com'],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'self'"],
  'object-src': ["'none'"],
};

/**
 * The security headers every response carries: a strict CSP, no framing, no MIME sniffing, a
 * same-origin opener and resource policy, and HSTS when the site is served over HTTPS.
 *
 * They do not depend on the request, so they are computed once. (They are the headers helmet
 * sends for the options we gave it; @fastify/helmet rebuilt helmet's middleware and re-parsed the
 * CSP on every request, which on a cached article page was about a third of the server's CPU time
 * and most of its garbage: see test/bench/site-bench.ts.)
 */
export function securityHeaders(options: { https: boolean }): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {
    'content-security-policy': Object.entries(CSP_DIRECTIVES)
      .map(([name, sources]) => `${name} ${sources.join(' ')}`)
      .join(';'),
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-content-type-options': 'nosniff',
    'x-dns-prefetch-control': 'off',
    'x-download-options': 'noopen',
    'x-frame-options': 'SAMEORIGIN',
    'x-permitted-cross-domain-policies': 'none',
    'x-xss-protection': '0',
  };
  if (options.https) headers['strict-transport-security'] = 'max-age=31536000; includeSubDomains';
  return Object.freeze(headers);
}
