import { AppError } from '../../kernel/errors.js';
import { createPostAs, getPost, listPostsForAdmin, ARTICLE_TYPES, POST_STATUSES, PostVersionConflictError, updatePost, deletePost, type ArticleType, type PostStatus } from '../../modules/content/index.js';
import { requirePermission } from '../../modules/newsroom/index.js';
import type { AdminResource } from './admin-api-types.js';
import { actorOf } from './auth-context.js';
import { readPage } from './pagination.js';
import { postJson, summaryJson } from './post-json.js';
import { CreatePostBody, IdParams, ListPostsQuery, PostEnvelope, PostListEnvelope, UpdatePostBody } from './post-schemas.js';

const TAGS = ['posts'];

function csv<T extends string>(value: string | undefined, allowed: readonly T[], field: string): T[] | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = items.filter((s) => !allowed.includes(s as T));
  if (bad.length) throw new AppError('VALIDATION_FAILED', 400, `Unknown ${field}: ${bad.join(', ')}`, { [field]: `must be one or more of ${allowed.join(', ')}, separated by commas` });
  return items as T[];
}

/**
 * Rethrows a version conflict with the current post (as the API shows posts) in the problem, so
 * the client can reconcile without another request.
 */
export function withCurrentPost(publicUrl: string) {
  return (error: unknown): never => {
    if (error instanceof PostVersionConflictError) {
      Object.assign(error, { extensions: { currentVersion: error.currentVersion, post: postJson(error.post, publicUrl) } });
    }
    throw error;
  };
}

/** Posts: create, list, read, update (with version), delete. Workflow and revisions live beside. */
export const postsRoutes: AdminResource = async (app, deps) => {
  const contentDeps = { db: deps.db, clock: deps.clock, events: deps.events };
  const publicUrl = deps.config.publicUrl;

  app.post('/posts', {
    schema: { summary: 'Create a post', tags: TAGS, body: CreatePostBody },
    config: { apiResponses: { 201: { description: 'The created post', schema: PostEnvelope } } },
  }, async (request, reply) => {
    const { body, leadImage, ...rest } = request.body;
    const post = await createPostAs(contentDeps, actorOf(request), { ...rest, body: body as never, leadImage: leadImage ?? undefined });
    return reply.code(201).header('location', `/api/admin/posts/${post.id}`).send({ post: postJson(post, publicUrl) });
  });

  app.get('/posts', {
    schema: { summary: 'List posts of every status, most recently changed first', tags: TAGS, querystring: ListPostsQuery },
    config: { apiResponses: { 200: { description: 'A page of posts (without bodies)', schema: PostListEnvelope } } },
  }, async (request) => {
    requirePermission(actorOf(request), 'post.read');
    const q = request.query;
    const { limit, cursor } = readPage(q);
    const page = await listPostsForAdmin(
      deps.db,
      { statuses: csv<PostStatus>(q.status, POST_STATUSES, 'status'), types: csv<ArticleType>(q.type, ARTICLE_TYPES, 'type'), section: q.section, author: q.author, language: q.language, q: q.q },
      limit,
      cursor,
    );
    return { posts: page.items.map((p) => summaryJson(p, publicUrl)), meta: { nextCursor: page.nextCursor } };
  });

  app.get('/posts/:id', {
    schema: { summary: 'Get a post with its body and version', tags: TAGS, params: IdParams },
    config: { apiResponses: { 200: { description: 'The post', schema: PostEnvelope } } },
  }, async (request) => {
    requirePermission(actorOf(request), 'post.read');
    const post = await getPost(deps.db, request.params.id);
    if (!post) throw new AppError('POST_NOT_FOUND', 404, 'There is no article with that id');
    return { post: postJson(post, publicUrl) };
  });

  app.patch('/posts/:id', {
    schema: {
      summary: 'Update a post',
      description: 'Send the version you started from and only the fields you change. A stale version gets 409 POST_VERSION_CONFLICT with the current post; nothing is saved.',
      tags: TAGS,
      params: IdParams,
      body: UpdatePostBody,
    },
    config: { apiResponses: { 200: { description: 'The saved post, with its new version', schema: PostEnvelope } } },
  }, async (request) => {
    const { version, status, body, ...changes } = request.body;
    if (status !== undefined) {
      throw new AppError('VALIDATION_FAILED', 400, 'The status changes through the workflow: POST /api/admin/posts/{id}/transitions.', { status: 'change it with POST /api/admin/posts/{id}/transitions' });
    }
    const post = await updatePost(contentDeps, actorOf(request), request.params.id, version, { ...changes, ...(body ? { body: body as never } : {}) }).catch(withCurrentPost(publicUrl));
    return { post: postJson(post, publicUrl) };
  });

  app.delete('/posts/:id', {
    schema: { summary: 'Delete a post', tags: TAGS, params: IdParams },
    config: { apiResponses: { 204: { description: 'Deleted' } } },
  }, async (request, reply) => {
    await deletePost(contentDeps, actorOf(request), request.params.id);
    return reply.code(204).send();
  });
};
