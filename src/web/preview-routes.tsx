import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database-handle.js';
import type { Clock } from '../kernel/clock.js';
import type { Config } from '../kernel/config.js';
import { getPost, listSections, renderBlocksHtml, splitAtCut, withoutCut, escapeHtml } from '../modules/content/index.js';
import { resolvePreviewToken } from '../modules/newsroom/index.js';
import { stylesheet } from './assets.js';
import { formatDate } from './i18n.js';
import { ArticlePage } from './pages/article-page.js';
import { renderHtml } from './render-html.js';
import { makeContext } from './site-context.js';
import { publicationName } from './publication-name.js';

export interface PreviewRoutesDeps {
  db: Db;
  config: Config;
  clock: Clock;
}

const TOKEN_PARAM = { type: 'object', properties: { token: { type: 'string', pattern: '^[A-Za-z0-9_-]{20,200}$' } }, required: ['token'] } as const;

const gone = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Preview unavailable</title><link rel="stylesheet" href="${stylesheet.url}"></head><body><main><h1>This preview link has expired</h1><p>Ask the newsroom for a new one.</p></main></body></html>`;

/**
 * Private previews: /preview/<token> shows an article as readers will see it, whatever its status,
 * to whoever holds an unexpired link. The whole text is shown (gated parts included, marked as
 * such) because the link comes from the newsroom. Never cached, never indexed, never sent as a referrer.
 */
export async function previewRoutes(app: FastifyInstance, deps: PreviewRoutesDeps): Promise<void> {
  app.get('/preview/:token', { schema: { params: TOKEN_PARAM } }, async (request, reply) => {
    reply.header('cache-control', 'no-store').header('x-robots-tag', 'noindex, nofollow').header('referrer-policy', 'no-referrer');
    const { token } = request.params as { token: string };
    const postId = await resolvePreviewToken(deps, token);
    const post = postId ? await getPost(deps.db, postId) : undefined;
    if (!post) return reply.code(404).header('content-type', 'text/html; charset=utf-8').send(gone);
    const ctx = makeContext({ siteName: deps.config.siteName, siteNameAr: publicationName(deps.config, 'ar'), publicUrl: deps.config.publicUrl, sections: await listSections(deps.db), stylesheet: stylesheet.url }, post.language);
    const split = splitAtCut(post.body, post.previewParagraphs);
    const gated = post.access !== 'public';
    const bodyHtml = renderBlocksHtml(gated ? split.preview : withoutCut(post.body));
    const gatedHtml = gated ? renderBlocksHtml(split.rest) : null;
    const html = renderHtml(<ArticlePage ctx={ctx} post={post} bodyHtml={bodyHtml} gatedHtml={gatedHtml} wall={null} related={[]} />);
    const status = post.status === 'scheduled' && post.publishedAt ? `scheduled for ${formatDate(post.publishedAt, 'en')}` : post.status;
    const banner = `<p class="preview-banner" role="status"><strong>Preview</strong> (${escapeHtml(status)}): readers cannot see this page unless the article is published.</p>`;
    return reply.header('content-type', 'text/html; charset=utf-8').send(html.replace(/(<main id="main"[^>]*>)/, `$1${banner}`));
  });
}
