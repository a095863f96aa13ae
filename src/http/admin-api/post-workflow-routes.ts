import { Type } from 'typebox';
import { addCorrection, createPreviewLink, transitionPost } from '../../modules/content/index.js';
import { listPostAudit, requirePermission } from '../../modules/newsroom/index.js';
import { AppError } from '../../kernel/errors.js';
import type { AdminResource } from './admin-api-types.js';
import { actorOf } from './auth-context.js';
import { postJson } from './post-json.js';
import { CorrectionBody, IdParams, PostEnvelope, TransitionBody } from './post-schemas.js';
import { withCurrentPost } from './posts-routes.js';

const TAGS = ['posts'];

const PreviewLinkBody = Type.Object({ expiresInHours: Type.Optional(Type.Integer({ minimum: 1, maximum: 720, description: 'Default 168 (a week)' })) }, { additionalProperties: false });

/** The editorial workflow of a post: transitions, corrections, preview links and its activity. */
export const postWorkflowRoutes: AdminResource = async (app, deps) => {
  const contentDeps = { db: deps.db, clock: deps.clock, events: deps.events };
  const publicUrl = deps.config.publicUrl;

  app.post('/posts/:id/transitions', {
    schema: { summary: 'Move a post through the workflow (submit, approve, send-back, publish, schedule, unpublish, archive)', tags: TAGS, params: IdParams, body: TransitionBody },
    config: { apiResponses: { 200: { description: 'The post after the transition', schema: PostEnvelope } } },
  }, async (request) => {
    const post = await transitionPost(contentDeps, actorOf(request), request.params.id, request.body).catch(withCurrentPost(publicUrl));
    return { post: postJson(post, publicUrl) };
  });

  app.post('/posts/:id/corrections', {
    schema: { summary: 'Append a dated public correction or update note to a published post', tags: TAGS, params: IdParams, body: CorrectionBody },
    config: { apiResponses: { 201: { description: 'The post with its new correction', schema: PostEnvelope } } },
  }, async (request, reply) => {
    const post = await addCorrection(contentDeps, actorOf(request), request.params.id, request.body).catch(withCurrentPost(publicUrl));
    return reply.code(201).send({ post: postJson(post, publicUrl) });
  });

  app.post('/posts/:id/preview-link', {
    schema: { summary: 'Make a private, expiring preview link', tags: TAGS, params: IdParams, body: PreviewLinkBody },
    config: { apiResponses: { 201: { description: '{"previewLink": {url, expiresAt}}' } } },
  }, async (request, reply) => {
    const hours = request.body.expiresInHours;
    const link = await createPreviewLink({ ...contentDeps, publicUrl }, actorOf(request), request.params.id, hours ? hours * 3_600_000 : undefined);
    return reply.code(201).send({ previewLink: link });
  });

  app.get('/posts/:id/activity', {
    schema: { summary: 'Who did what to this post (the audit log), newest first', tags: TAGS, params: IdParams },
    config: { apiResponses: { 200: { description: '{"activity": [...]}' } } },
  }, async (request) => {
    const actor = actorOf(request);
    requirePermission(actor, 'post.read');
    const exists = await deps.db.selectFrom('posts').select('id').where('id', '=', request.params.id).executeTakeFirst();
    if (!exists) throw new AppError('POST_NOT_FOUND', 404, 'There is no article with that id');
    return { activity: await listPostAudit(deps.db, request.params.id) };
  });
};
