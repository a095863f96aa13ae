import type { EventBus } from '../../kernel/events.js';
import { enqueueWebhookDeliveries, webhookEventFor, type WebhookEnqueueDeps } from './enqueue-deliveries.js';

/**
 * Subscribes webhooks to article events: publishing, editing a published article, unpublishing
 * and deleting each enqueue one signed delivery per interested webhook. Delivery happens in jobs,
 * so a slow receiver never slows down the editor who pressed Publish.
 */
export function announcePostChanges(events: EventBus, deps: WebhookEnqueueDeps): void {
  events.on('post.changed', async (change) => {
    const event = webhookEventFor(change);
    if (event) await enqueueWebhookDeliveries(deps, { event, postId: change.postId });
  });
  events.on('post.deleted', async ({ postId, slug }) => {
    await enqueueWebhookDeliveries(deps, { event: 'post.deleted', postId, slug });
  });
}
