/**
 * robots.txt: everything readable may be crawled except search result pages (endless, thin
 * combinations of queries) and the APIs; the sitemaps are named with absolute URLs, as the
 * protocol requires.
 */
export function buildRobotsTxt(input: { sitemaps: string[]; disallow: string[] }): string {
  const lines = ['User-agent: *', ...input.disallow.map((path) => `Disallow: ${path}`), 'Allow: /', '', ...input.sitemaps.map((url) => `Sitemap: ${url}`)];
  return `${lines.join('\n')}\n`;
}
