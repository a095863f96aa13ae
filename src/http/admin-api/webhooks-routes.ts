import { Type } from 'typebox';
import type { ArticleType } from '../../modules/content/index.js';
import { createWebhook, deleteWebhook, enqueueWebhookDeliveries, getWebhook, listDeliveries, listWebhooks, rotateWebhookSecret, updateWebhook, WEBHOOK_EVENTS } from '../../modules/webhooks/index.js';
import type { AdminResource } from './admin-api-types.js';
import { actorOf } from './auth-context.js';
import { decodeKeyCursor, encodeKeyCursor } from './keyset-cursor.js';
import { DEFAULT_LIMIT, PageMeta, PageQuery } from './pagination.js';
import { postUrl } from './post-json.js';
import { IdParams } from './post-schemas.js';

const TAGS = ['webhooks'];
const Events = Type.Array(Type.Enum([...WEBHOOK_EVENTS]), { minItems: 1, maxItems: WEBHOOK_EVENTS.length, description: `Default: all of ${WEBHOOK_EVENTS.join(', ')}` });
const WebhookDoc = Type.Object({
  id: Type.String(),
  name: Type.String(),
  url: Type.String(),
  events: Type.Array(Type.String()),
  active: Type.Boolean(),
  secretHint: Type.String(),
  secret: Type.Optional(Type.String({ description: 'Only when created or rotated: keep it to verify X-Dateline-Signature' })),
  lastDeliveryAt: Type.Union([Type.String(), Type.Null()]),
  lastStatus: Type.Union([Type.Enum(['delivered', 'retrying', 'failed']), Type.Null()]),
  lastResponseCode: Type.Union([Type.Integer(), Type.Null()]),
});
const CreateWebhookBody = Type.Object(
  { name: Type.String({ minLength: 1, maxLength: 100 }), url: Type.String({ minLength: 1, maxLength: 2000, description: 'https:// address that receives POSTs' }), events: Type.Optional(Events), active: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
const UpdateWebhookBody = Type.Object(
  { name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })), url: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })), events: Type.Optional(Events), active: Type.Optional(Type.Boolean()) },
  { additionalProperties: false, minProperties: 1 },
);
const DeliveryDoc = Type.Object({ id: Type.String(), event: Type.String(), postId: Type.Union([Type.String(), Type.Null()]), status: Type.String(), attempts: Type.Integer(), responseCode: Type.Union([Type.Integer(), Type.Null()]), lastError: Type.Union([Type.String(), Type.Null()]) });

/**
 * Outgoing webhooks (admins only): POSTs signed with HMAC-SHA256 (X-Dateline-Signature) when an
 * article is published, updated, unpublished or deleted, retried with backoff, with a delivery log.
 */
export const webhooksRoutes: AdminResource = async (app, deps) => {
  const hooksDeps = { db: deps.db, clock: deps.clock, allowPrivateTargets: deps.config.outboundAllowPrivate };
  app.get('/webhooks', {
    schema: { summary: 'List webhooks with their last delivery status', tags: TAGS },
    config: { apiResponses: { 200: { description: 'Every webhook (there are few: one page)', schema: Type.Object({ webhooks: Type.Array(WebhookDoc), meta: PageMeta }) } } },
  }, async (request) => ({ webhooks: await listWebhooks(deps.db, actorOf(request)), meta: { nextCursor: null } }));

  app.post('/webhooks', {
    schema: { summary: 'Add a webhook', description: 'The URL must resolve to public addresses only. The answer carries the signing secret, shown this once.', tags: TAGS, body: CreateWebhookBody },
    config: { apiResponses: { 201: { description: 'The webhook, with its secret', schema: Type.Object({ webhook: WebhookDoc }) } } },
  }, async (request, reply) => {
    const { webhook, secret } = await createWebhook(hooksDeps, actorOf(request), request.body);
    return reply.code(201).header('location', `/api/admin/webhooks/${webhook.id}`).send({ webhook: { ...webhook, secret } });
  });

  app.get('/webhooks/:id', {
    schema: { summary: 'Get a webhook', tags: TAGS, params: IdParams },
    config: { apiResponses: { 200: { description: 'The webhook', schema: Type.Object({ webhook: WebhookDoc }) } } },
  }, async (request) => ({ webhook: await getWebhook(deps.db, actorOf(request), request.params.id) }));

  app.patch('/webhooks/:id', {
    schema: { summary: 'Change a webhook (name, URL, events, active)', tags: TAGS, params: IdParams, body: UpdateWebhookBody },
    config: { apiResponses: { 200: { description: 'The webhook', schema: Type.Object({ webhook: WebhookDoc }) } } },
  }, async (request) => ({ webhook: await updateWebhook(hooksDeps, actorOf(request), request.params.id, request.body) }));

  app.delete('/webhooks/:id', {
    schema: { summary: 'Delete a webhook and its delivery log', tags: TAGS, params: IdParams },
    config: { apiResponses: { 204: { description: 'Deleted' } } },
  }, async (request, reply) => {
    await deleteWebhook(deps.db, actorOf(request), request.params.id);
    return reply.code(204).send();
  });

  app.post('/webhooks/:id/rotate-secret', {
    schema: { summary: 'Replace the signing secret', tags: TAGS, params: IdParams },
    config: { apiResponses: { 200: { description: 'The webhook, with its new secret', schema: Type.Object({ webhook: WebhookDoc }) } } },
  }, async (request) => {
    const { webhook, secret } = await rotateWebhookSecret(hooksDeps, actorOf(request), request.params.id);
    return { webhook: { ...webhook, secret } };
  });

  app.post('/webhooks/:id/ping', {
    schema: { summary: 'Send a test delivery (event "ping")', tags: TAGS, params: IdParams },
    config: { apiResponses: { 202: { description: 'Queued; see the delivery log' } } },
  }, async (request, reply) => {
    const hook = await getWebhook(deps.db, actorOf(request), request.params.id);
    const queued = await enqueueWebhookDeliveries({ db: deps.db, clock: deps.clock, postUrl: (p) => postUrl(deps.config.publicUrl, { slug: p.slug, type: p.type as ArticleType }) }, { event: 'ping', onlyWebhookId: hook.id });
    return reply.code(202).send({ queued });
  });

  app.get('/webhooks/:id/deliveries', {
    schema: { summary: "A webhook's delivery log, newest first", tags: TAGS, params: IdParams, querystring: Type.Object({ ...PageQuery }, { additionalProperties: false }) },
    config: { apiResponses: { 200: { description: 'A page of deliveries', schema: Type.Object({ deliveries: Type.Array(DeliveryDoc), meta: PageMeta }) } } },
  }, async (request) => {
    const [cursor] = decodeKeyCursor(request.query.cursor, 1) ?? [];
    const page = await listDeliveries(deps.db, actorOf(request), request.params.id, request.query.limit ?? DEFAULT_LIMIT, cursor);
    return { deliveries: page.items, meta: { nextCursor: page.nextCursor ? encodeKeyCursor([page.nextCursor]) : null } };
  });
};
