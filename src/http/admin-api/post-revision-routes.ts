import { Type } from 'typebox';
import { AppError } from '../../kernel/errors.js';
import { compareRevisions, getRevision, listRevisions, restoreRevision } from '../../modules/content/index.js';
import { requirePermission } from '../../modules/newsroom/index.js';
import type { AdminResource } from './admin-api-types.js';
import { actorOf } from './auth-context.js';
import { postJson } from './post-json.js';
import { IdParams, PostEnvelope } from './post-schemas.js';
import { withCurrentPost } from './posts-routes.js';

const TAGS = ['revisions'];
const RevisionRef = Type.String({ minLength: 1, maxLength: 40, pattern: '^([0-9]{1,9}|[0-9a-hjkmnp-tv-z]{26})$', description: 'A revision id or a version number' });
const RevisionParams = Type.Object({ id: IdParams.properties.id, revisionId: RevisionRef });
const CompareQuery = Type.Object({ from: RevisionRef, to: RevisionRef }, { additionalProperties: false });
const RestoreBody = Type.Object({ version: Type.Optional(Type.Integer({ minimum: 1, description: 'The version you were looking at; 409 if the post changed since' })) }, { additionalProperties: false });

/** Revisions of a post: every save is kept; compare two; restore one as a new save. */
export const postRevisionRoutes: AdminResource = async (app, deps) => {
  const contentDeps = { db: deps.db, clock: deps.clock, events: deps.events };
  const publicUrl = deps.config.publicUrl;

  const requirePost = async (id: string) => {
    const row = await deps.db.selectFrom('posts').select('id').where('id', '=', id).executeTakeFirst();
    if (!row) throw new AppError('POST_NOT_FOUND', 404, 'There is no article with that id');
  };

  app.get('/posts/:id/revisions', {
    schema: { summary: 'List the revisions of a post, newest first', tags: TAGS, params: IdParams },
    config: { apiResponses: { 200: { description: '{"revisions": [{id, version, staffId, actor, createdAt, title, status}]}' } } },
  }, async (request) => {
    requirePermission(actorOf(request), 'post.read');
    await requirePost(request.params.id);
    return { revisions: await listRevisions(deps.db, request.params.id) };
  });

  app.get('/posts/:id/revisions/compare', {
    schema: { summary: 'Compare two revisions: changed fields and a paragraph diff of the body', tags: TAGS, params: IdParams, querystring: CompareQuery },
    config: { apiResponses: { 200: { description: '{"comparison": {from, to, fields: [{field, from, to}], body: [{op: same|added|removed, text}]}}' } } },
  }, async (request) => {
    requirePermission(actorOf(request), 'post.read');
    await requirePost(request.params.id);
    return { comparison: await compareRevisions(deps.db, request.params.id, request.query.from, request.query.to) };
  });

  app.get('/posts/:id/revisions/:revisionId', {
    schema: { summary: 'Get one revision with its snapshot', tags: TAGS, params: RevisionParams },
    config: { apiResponses: { 200: { description: '{"revision": {..., snapshot}}' } } },
  }, async (request) => {
    requirePermission(actorOf(request), 'post.read');
    await requirePost(request.params.id);
    return { revision: await getRevision(deps.db, request.params.id, request.params.revisionId) };
  });

  app.post('/posts/:id/revisions/:revisionId/restore', {
    schema: { summary: 'Restore a revision (a new save with its content; the status is unchanged)', tags: TAGS, params: RevisionParams, body: RestoreBody },
    config: { apiResponses: { 200: { description: 'The post after the restore', schema: PostEnvelope } } },
  }, async (request) => {
    const post = await restoreRevision(contentDeps, actorOf(request), request.params.id, request.params.revisionId, request.body.version).catch(withCurrentPost(publicUrl));
    return { post: postJson(post, publicUrl) };
  });
};
