import { openDatabase } from '../../src/db/open-database.js';

/** One thing to measure: a page, or (for `paths`) load spread over many articles in turn. */
export interface Target {
  label: string;
  /** The page measured, or for a spread the one whose bytes the bare server sends for all. */
  path: string;
  /** For a spread: every path requested, one after another. */
  paths?: string[];
  /** Time of the first request for this path after the server started: a render, no cache. */
  coldMs: number;
}

export async function timedGet(url: string): Promise<{ status: number; headers: Headers; body: Buffer; ms: number }> {
  const started = performance.now();
  const response = await fetch(url, { redirect: 'manual' });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, body, ms: performance.now() - started };
}

/**
 * Picks what to measure from the front page itself: the front page, the first public article it
 * links to, and the first gated one as an anonymous browser without cookies sees it (a first
 * visit: the meter lets it read, counts the read and sets its cookie).
 */
export async function chooseTargets(baseUrl: string): Promise<Target[]> {
  const front = await timedGet(baseUrl + '/');
  if (front.status !== 200) throw new Error(`the front page answered ${front.status}`);
  const links = [...new Set([...front.body.toString('utf8').matchAll(/href="(\/articles\/[^"?#]+)"/g)].map((m) => m[1]!))];
  const targets: Target[] = [{ label: 'front page', path: '/', coldMs: front.ms }];
  for (const path of links) {
    if (targets.length === 3) break;
    const response = await timedGet(baseUrl + path);
    if (response.status !== 200) continue;
    const label = (response.headers.get('cache-control') ?? '').startsWith('public') ? 'article (public)' : 'article (gated, anonymous)';
    if (!targets.some((t) => t.label === label)) targets.push({ label, path, coldMs: response.ms });
  }
  if (!targets.some((t) => t.label === 'article (public)')) throw new Error('the front page links to no public article');
  return targets;
}

/**
 * `count` public archive articles, for load spread over the archive the way crawlers and search
 * traffic spread it: most requests then miss the page cache. Read straight from the database the
 * server is using (the bench needs slugs, not pages).
 */
export async function archiveSpread(dataDir: string, baseUrl: string, count: number): Promise<Target | undefined> {
  const handle = openDatabase({ databaseUrl: undefined, dataDir });
  try {
    const rows = await handle.db
      .selectFrom('posts')
      .select('slug')
      .where('status', '=', 'published')
      .where('access', '=', 'public')
      .where('type', '!=', 'page')
      .where('slug', 'like', 'archive-%')
      .orderBy('slug')
      .limit(count)
      .execute();
    if (rows.length === 0) return undefined;
    const paths = rows.map((r) => `/articles/${encodeURIComponent(r.slug)}`);
    const first = await timedGet(baseUrl + paths[0]!);
    if (first.status !== 200) throw new Error(`${paths[0]} answered ${first.status}`);
    return { label: `${paths.length} archive articles in turn`, path: paths[0]!, paths, coldMs: first.ms };
  } finally {
    await handle.close();
  }
}
