/**
 * The three feeds of a page, advertised for feed readers and browsers: RSS, Atom and JSON Feed
 * live side by side under `base` (`/feed.xml`, `/ar/section/politics/feed.atom`...).
 */
export function FeedAlternates({ base, title }: { base: string; title: string }) {
  return (
    <>
      <link rel="alternate" type="application/rss+xml" title={`${title} (RSS)`} href={`${base}/feed.xml`} />
      <link rel="alternate" type="application/atom+xml" title={`${title} (Atom)`} href={`${base}/feed.atom`} />
      <link rel="alternate" type="application/feed+json" title={`${title} (JSON Feed)`} href={`${base}/feed.json`} />
    </>
  );
}

/**
 * Where a list page's feeds live in its edition. `feedPath` names the RSS file as the English
 * edition spells it (`/section/politics/feed.xml`); the edition's prefix is added unless present.
 */
export function feedBaseFor(prefix: string, feedPath: string): string {
  const base = feedPath.replace(/\/feed\.(xml|atom|json)$/, '');
  return prefix && !base.startsWith(`${prefix}/`) ? prefix + base : base;
}
