import { createAuthorAs, deleteAuthor, getAuthor, listAuthorsPage, updateAuthor } from '../../modules/content/index.js';
import type { AdminResource } from './admin-api-types.js';
import { actorOf } from './auth-context.js';
import { decodeKeyCursor, encodeKeyCursor } from './keyset-cursor.js';
import { DEFAULT_LIMIT } from './pagination.js';
import { IdParams } from './post-schemas.js';
import { AuthorEnvelope, AuthorListEnvelope, CreateAuthorBody, ListAuthorsQuery, UpdateAuthorBody } from './taxonomy-schemas.js';

const TAGS = ['authors'];

/** Author profiles (bylines): anyone in the newsroom reads them; editors manage them. */
export const authorsRoutes: AdminResource = async (app, deps) => {
  app.get('/authors', {
    schema: { summary: 'List authors by name', tags: TAGS, querystring: ListAuthorsQuery },
    config: { apiResponses: { 200: { description: 'A page of authors', schema: AuthorListEnvelope } } },
  }, async (request) => {
    const { q, limit, cursor } = request.query;
    const after = decodeKeyCursor(cursor, 2);
    const page = await listAuthorsPage(deps.db, { limit: limit ?? DEFAULT_LIMIT, query: q, after: after && { name: after[0]!, id: after[1]! } });
    const last = page.items[page.items.length - 1];
    return { authors: page.items, meta: { nextCursor: page.more && last ? encodeKeyCursor([last.name, last.id]) : null } };
  });

  app.post('/authors', {
    schema: { summary: 'Create an author profile', tags: TAGS, body: CreateAuthorBody },
    config: { apiResponses: { 201: { description: 'The created author', schema: AuthorEnvelope } } },
  }, async (request, reply) => {
    const author = await createAuthorAs(deps, actorOf(request), request.body);
    return reply.code(201).header('location', `/api/admin/authors/${author.id}`).send({ author });
  });

  app.get('/authors/:id', {
    schema: { summary: 'Get an author profile', tags: TAGS, params: IdParams },
    config: { apiResponses: { 200: { description: 'The author', schema: AuthorEnvelope } } },
  }, async (request) => ({ author: await getAuthor(deps.db, request.params.id) }));

  app.patch('/authors/:id', {
    schema: { summary: 'Edit an author profile', tags: TAGS, params: IdParams, body: UpdateAuthorBody },
    config: { apiResponses: { 200: { description: 'The author', schema: AuthorEnvelope } } },
  }, async (request) => {
    return { author: await updateAuthor(deps, actorOf(request), request.params.id, request.body) };
  });

  app.delete('/authors/:id', {
    schema: { summary: 'Delete an author with no bylines', tags: TAGS, params: IdParams },
    config: { apiResponses: { 204: { description: 'Deleted' } } },
  }, async (request, reply) => {
    await deleteAuthor(deps.db, actorOf(request), request.params.id);
    return reply.code(204).send();
  });
};
