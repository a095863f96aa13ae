import { Type } from 'typebox';
import { createApiKey, listApiKeys, revokeApiKey, STAFF_ROLES } from '../../modules/newsroom/index.js';
import type { AdminResource } from './admin-api-types.js';
import { actorOf } from './auth-context.js';
import { IdParams } from './post-schemas.js';

const TAGS = ['keys'];
const CreateKeyBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 100 }), role: Type.Optional(Type.Enum([...STAFF_ROLES], { description: 'The role the key acts with (default admin)' })) },
  { additionalProperties: false },
);

/** Admin API keys (admins only): list, create (the secret is shown once), revoke. */
export const keysRoutes: AdminResource = async (app, deps) => {
  app.get('/keys', { schema: { summary: 'List API keys (never their secrets)', tags: TAGS }, config: { apiResponses: { 200: { description: '{"keys": [...]}' } } } }, async (request) => ({
    keys: await listApiKeys(deps, actorOf(request)),
  }));

  app.post('/keys', {
    schema: { summary: 'Create an API key; the answer shows its secret this one time', tags: TAGS, body: CreateKeyBody },
    config: { apiResponses: { 201: { description: '{"key": {..., "secret": "dl_..."}}' } } },
  }, async (request, reply) => {
    const { key, apiKey } = await createApiKey(deps, actorOf(request), request.body);
    return reply.code(201).send({ key: { ...apiKey, secret: key } });
  });

  app.delete('/keys/:id', {
    schema: { summary: 'Revoke an API key', tags: TAGS, params: IdParams },
    config: { apiResponses: { 200: { description: '{"key": {...}} with revokedAt set' } } },
  }, async (request) => ({ key: await revokeApiKey(deps, actorOf(request), request.params.id) }));
};
