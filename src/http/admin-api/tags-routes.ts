import { createTagAs, deleteTag, getTag, listTagsPage, updateTag } from '../../modules/content/index.js';
import type { AdminResource } from './admin-api-types.js';
import { actorOf } from './auth-context.js';
import { decodeKeyCursor, encodeKeyCursor } from './keyset-cursor.js';
import { DEFAULT_LIMIT } from './pagination.js';
import { IdParams } from './post-schemas.js';
import { CreateTagBody, ListTagsQuery, TagEnvelope, TagListEnvelope, UpdateTagBody } from './taxonomy-schemas.js';

const TAGS = ['tags'];

/** Tags (topics, countries, people, organizations): anyone in the newsroom reads them; editors manage them. */
export const tagsRoutes: AdminResource = async (app, deps) => {
  app.get('/tags', {
    schema: { summary: 'List tags by name', tags: TAGS, querystring: ListTagsQuery },
    config: { apiResponses: { 200: { description: 'A page of tags', schema: TagListEnvelope } } },
  }, async (request) => {
    const { kind, q, limit, cursor } = request.query;
    const after = decodeKeyCursor(cursor, 2);
    const page = await listTagsPage(deps.db, { limit: limit ?? DEFAULT_LIMIT, kind, query: q, after: after && { name: after[0]!, id: after[1]! } });
    const last = page.items[page.items.length - 1];
    return { tags: page.items, meta: { nextCursor: page.more && last ? encodeKeyCursor([last.name, last.id]) : null } };
  });

  app.post('/tags', {
    schema: { summary: 'Create a tag', tags: TAGS, body: CreateTagBody },
    config: { apiResponses: { 201: { description: 'The created tag', schema: TagEnvelope } } },
  }, async (request, reply) => {
    const tag = await createTagAs(deps, actorOf(request), request.body);
    return reply.code(201).header('location', `/api/admin/tags/${tag.id}`).send({ tag });
  });

  app.get('/tags/:id', {
    schema: { summary: 'Get a tag', tags: TAGS, params: IdParams },
    config: { apiResponses: { 200: { description: 'The tag', schema: TagEnvelope } } },
  }, async (request) => ({ tag: await getTag(deps.db, request.params.id) }));

  app.patch('/tags/:id', {
    schema: { summary: 'Rename a tag, or change its slug or kind', tags: TAGS, params: IdParams, body: UpdateTagBody },
    config: { apiResponses: { 200: { description: 'The tag', schema: TagEnvelope } } },
  }, async (request) => {
    return { tag: await updateTag(deps, actorOf(request), request.params.id, request.body) };
  });

  app.delete('/tags/:id', {
    schema: { summary: 'Delete a tag no article uses', tags: TAGS, params: IdParams },
    config: { apiResponses: { 204: { description: 'Deleted' } } },
  }, async (request, reply) => {
    await deleteTag(deps.db, actorOf(request), request.params.id);
    return reply.code(204).send();
  });
};
