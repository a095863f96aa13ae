/** Webhooks: signed HTTP notifications to other systems when articles are published, updated or taken down. */
export { WEBHOOK_EVENTS, type WebhookEvent, type Webhook, type WebhookDelivery, type WebhookPayload } from './webhook-types.js';
export { signWebhook, verifyWebhookSignature, SIGNATURE_HEADER } from './webhook-signature.js';
export { listWebhooks, getWebhook, createWebhook, updateWebhook, deleteWebhook, rotateWebhookSecret, listDeliveries, type WebhooksDeps } from './webhook-repository.js';
export { enqueueWebhookDeliveries, webhookEventFor, DELIVERY_JOB, type WebhookEnqueueDeps } from './enqueue-deliveries.js';
export { webhookDeliveryJob, type DeliverDeps } from './deliver-webhook.js';
export { announcePostChanges } from './announce-changes.js';
