import { AppError } from '../../kernel/errors.js';
import { requirePermission, type Actor } from '../newsroom/index.js';
import { safeRequest } from '../safe-http/index.js';
import { readPageMeta, type Embed } from './read-page-meta.js';

export interface EmbedDeps {
  /** Lets tests fetch pages from servers on loopback. Never on in production. */
  allowPrivate?: boolean;
}

function charsetOf(contentType: string): string {
  const match = /charset=["']?([\w-]+)/i.exec(contentType);
  const label = match?.[1]?.toLowerCase() ?? 'utf-8';
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return 'utf-8';
  }
}

/**
 * Turns a URL an editor pasted into a safe embed card: the page is fetched on the server
 * (public addresses only, 5 s, the first 1 MB, at most 3 redirects each checked again) and only
 * its title, description and site name are kept. Nothing from the page runs or renders as HTML.
 */
export async function fetchEmbed(deps: EmbedDeps, actor: Actor, rawUrl: string): Promise<Embed> {
  requirePermission(actor, 'post.create');
  const response = await safeRequest(rawUrl, { allowPrivate: deps.allowPrivate, timeoutMs: 5000, maxBytes: 1024 * 1024, overflow: 'truncate', maxRedirects: 3, headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' } });
  if (response.status < 200 || response.status >= 300) {
    throw new AppError('EMBED_UNAVAILABLE', 422, `The page answered with HTTP ${response.status}: check the address`, { url: 'unavailable' });
  }
  const type = String(response.headers['content-type'] ?? '');
  if (!/text\/html|application\/xhtml\+xml/i.test(type)) {
    throw new AppError('EMBED_NOT_A_PAGE', 422, `This address is not a web page (${type.split(';')[0] || 'unknown type'}): link to the article's page instead`, { url: 'not a page' });
  }
  const html = new TextDecoder(charsetOf(type)).decode(response.body);
  return readPageMeta(html, response.url);
}
