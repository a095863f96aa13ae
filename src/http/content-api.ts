import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Db } from '../db/database-handle.js';
import type { Config } from '../kernel/config.js';
import { isAppError } from '../kernel/errors.js';
import { decideAccess } from '../modules/access/index.js';
import {
  decodeCursor,
  findAuthorBySlug,
  findPostStamp,
  findSectionBySlug,
  findTagBySlug,
  getPost,
  listAuthors,
  listPublished,
  listTags,
  renderBlocksHtml,
  splitAtCut,
  withoutCut,
  type Post,
  type PostSummary,
} from '../modules/content/index.js';
import { imageSources } from '../modules/media/index.js';
import { paths } from '../web/site-context.js';

export interface ContentApiDeps {
  db: Db;
  config: Config;
}

function problem(reply: FastifyReply, status: number, code: string, detail: string, fields?: Record<string, string>) {
  return reply
    .code(status)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .header('cache-control', 'no-store')
    .send({ type: `urn:dateline:problem:${code.toLowerCase().replace(/_/g, '-')}`, title: status === 404 ? 'Not Found' : 'Bad Request', status, code, detail, ...(fields ? { fields } : {}) });
}

const LIST_QUERY = {
  type: 'object',
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: 50 },
    cursor: { type: 'string', maxLength: 200 },
    type: { type: 'string', enum: ['news', 'analysis', 'memo', 'report', 'page'] },
    section: { type: 'string', maxLength: 120 },
    tag: { type: 'string', maxLength: 120 },
    author: { type: 'string', maxLength: 120 },
    language: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
  },
  additionalProperties: false,
} as const;

/**
 * The Content API: read-only JSON for apps and partners, under the same rules as the public site.
 * Every caller is treated as an anonymous reader, so a gated article comes with its preview only
 * (`html` stops at the cut and `gated: true`); the text after the cut never leaves the server here.
 */
export async function contentApi(app: FastifyInstance, deps: ContentApiDeps): Promise<void> {
  const url = (post: Pick<PostSummary, 'slug' | 'type'>) => deps.config.publicUrl + (post.type === 'page' ? `/${encodeURIComponent(post.slug)}` : paths.article(post.slug));
  const image = (post: PostSummary) =>
    post.leadImage ? { url: deps.config.publicUrl + imageSources(post.leadImage).src, width: post.leadImage.width, height: post.leadImage.height, alt: post.leadImage.alt, caption: post.leadImage.caption, credit: post.leadImage.credit } : null;
  const summary = (post: PostSummary) => ({
    id: post.id,
    slug: post.slug,
    url: url(post),
    type: post.type,
    access: post.access,
    title: post.title,
    dek: post.dek,
    language: post.language,
    direction: post.direction,
    section: post.section ? { slug: post.section.slug, name: post.section.name } : null,
    authors: post.authors.map((a) => ({ slug: a.slug, name: a.name })),
    leadImage: image(post),
    publishedAt: post.publishedAt,
    updatedAt: post.updatedAt,
  });
  const full = (post: Post) => {
    const decision = decideAccess({ kind: 'anonymous' }, { access: post.access }, null);
    const blocks = decision.show === 'full' ? withoutCut(post.body) : splitAtCut(post.body, post.previewParagraphs).preview;
    return {
      ...summary(post),
      dateline: post.dateline,
      tags: post.tags.map((t) => ({ slug: t.slug, name: t.name, kind: t.kind })),
      corrections: post.corrections.map((c) => ({ kind: c.kind, text: c.text, createdAt: c.createdAt })),
      gated: decision.show !== 'full',
      html: renderBlocksHtml(blocks).replace(/(src|href)="\/(?!\/)/g, `$1="${deps.config.publicUrl}/`),
    };
  };

  app.get('/posts', { schema: { querystring: LIST_QUERY } }, async (request, reply) => {
    const q = request.query as { limit?: number; cursor?: string; type?: PostSummary['type']; section?: string; tag?: string; author?: string; language?: string };
    if (q.cursor && !decodeCursor(q.cursor)) return problem(reply, 400, 'INVALID_CURSOR', 'The cursor is not valid: pass meta.nextCursor from the previous page unchanged.', { cursor: 'invalid' });
    const [section, tag, author] = await Promise.all([
      q.section ? findSectionBySlug(deps.db, q.section) : undefined,
      q.tag ? findTagBySlug(deps.db, q.tag) : undefined,
      q.author ? findAuthorBySlug(deps.db, q.author) : undefined,
    ]);
    for (const [name, wanted, found] of [['section', q.section, section], ['tag', q.tag, tag], ['author', q.author, author]] as const) {
      if (wanted && !found) return problem(reply, 404, 'NOT_FOUND', `There is no ${name} "${wanted}".`, { [name]: 'unknown' });
    }
    const page = await listPublished(deps.db, { types: q.type ? [q.type] : undefined, sectionId: section?.id, tagId: tag?.id, authorId: author?.id, language: q.language }, q.limit ?? 20, q.cursor);
    reply.header('cache-control', 'public, max-age=60');
    return { posts: page.items.map(summary), meta: { nextCursor: page.nextCursor } };
  });

  app.get('/posts/:idOrSlug', { schema: { params: { type: 'object', properties: { idOrSlug: { type: 'string', minLength: 1, maxLength: 200 } }, required: ['idOrSlug'] } } }, async (request, reply) => {
    const key = (request.params as { idOrSlug: string }).idOrSlug;
    const stamp = (await findPostStamp(deps.db, key)) ?? (await deps.db.selectFrom('posts').select(['id', 'version', 'status']).where('id', '=', key).executeTakeFirst());
    const post = stamp && stamp.status === 'published' ? await getPost(deps.db, stamp.id) : undefined;
    if (!post) return problem(reply, 404, 'POST_NOT_FOUND', `There is no published article "${key}".`);
    reply.header('cache-control', 'public, max-age=60');
    return { post: full(post) };
  });

  app.get('/tags', async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return { tags: (await listTags(deps.db)).map((t) => ({ slug: t.slug, name: t.name, names: t.names, kind: t.kind, description: t.description })), meta: { nextCursor: null } };
  });

  app.get('/authors', async (_request, reply) => {
    reply.header('cache-control', 'public, max-age=300');
    return { authors: (await listAuthors(deps.db)).map((a) => ({ slug: a.slug, name: a.name, names: a.names, bio: a.bio })), meta: { nextCursor: null } };
  });

  app.setNotFoundHandler((request, reply) => problem(reply, 404, 'NOT_FOUND', `There is no Content API route ${request.method} ${request.url.split('?')[0]}.`));
  app.setErrorHandler((error: unknown, request, reply) => {
    if (isAppError(error)) return problem(reply, error.status, error.code, error.message, error.fields);
    const e = error as { statusCode?: number; validation?: { instancePath: string; message?: string }[]; message?: string };
    if (e.validation) {
      const fields = Object.fromEntries(e.validation.map((v) => [v.instancePath.replace(/^\//, '') || 'query', v.message ?? 'is not valid']));
      return problem(reply, 400, 'VALIDATION_FAILED', `Some parameters are not valid: ${Object.keys(fields).join(', ')}.`, fields);
    }
    if ((e.statusCode ?? 500) < 500) return problem(reply, e.statusCode!, 'BAD_REQUEST', e.message ?? 'The request could not be read.');
    request.log.error({ err: error }, 'content api error');
    return reply.code(500).header('content-type', 'application/problem+json').send({ type: 'about:blank', title: 'Internal Server Error', status: 500, code: 'INTERNAL_ERROR', detail: 'Something went wrong on our side.' });
  });
}
