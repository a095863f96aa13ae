/** Events a webhook can subscribe to. */
export const WEBHOOK_EVENTS = ['post.published', 'post.updated', 'post.unpublished', 'post.deleted'] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** A webhook as the Admin API shows it: the secret only as a hint, except when created or rotated. */
export interface Webhook {
  id: string;
  name: string;
  url: string;
  events: WebhookEvent[];
  active: boolean;
  secretHint: string;
  createdAt: string;
  updatedAt: string;
  lastDeliveryAt: string | null;
  lastStatus: 'delivered' | 'retrying' | 'failed' | null;
  lastResponseCode: number | null;
}

export interface WebhookDelivery {
  id: string;
  event: string;
  postId: string | null;
  status: 'pending' | 'delivered' | 'retrying' | 'failed';
  attempts: number;
  responseCode: number | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}

/** The JSON body of a delivery: who/what changed, never the article body (it may be paywalled). */
export interface WebhookPayload {
  id: string;
  event: WebhookEvent | 'ping';
  createdAt: string;
  post: {
    id: string;
    slug: string;
    url: string | null;
    title: string;
    type: string;
    status: string;
    access: string;
    language: string;
    version: number;
    publishedAt: string | null;
    updatedAt: string;
  } | null;
}
